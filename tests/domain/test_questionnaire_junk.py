"""Junk never raises anything but ``QuestionnaireError``, and whatever passes is usable.

"Usable" means what an import relies on: the definition can be written as UTF-8 JSON, read
back unchanged, and the kiosk can check and store answers for it.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from long_run import examples
from questionnaire_strategies import questionnaire_dicts

from feedback_app.domain.answers import answer_rows, check_answers
from feedback_app.domain.questionnaire import Questionnaire, QuestionnaireError
from feedback_app.domain.validation import load_questionnaire_json, parse_questionnaire
from feedback_app.store.questionnaires import builtin_questionnaires

JUNK_SETTINGS = settings(
    max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(-(10**400), 10**400),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["fi", "sv", "en", "likert", "note", "q0", "equals", "one_of", ""]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
BUILTIN = builtin_questionnaires()[0].to_dict()


def outcome(data: Any) -> Questionnaire | None:
    """The questionnaire, or None after a QuestionnaireError with located messages."""
    try:
        return parse_questionnaire(data)
    except QuestionnaireError as exc:
        assert exc.errors and all(isinstance(e, str) and e for e in exc.errors)
        return None


def assert_usable(q: Questionnaire) -> None:
    text = json.dumps(q.to_dict(), ensure_ascii=False, allow_nan=False)
    text.encode("utf-8")
    assert load_questionnaire_json(text) == q
    assert isinstance(check_answers(q, {}), dict)
    assert answer_rows(q, {}) == []


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place inside a JSON value that a mutation may change."""
    children: list[tuple[Any, Any]] = []
    if isinstance(value, dict):
        children = list(value.items())
    elif isinstance(value, list):
        children = list(enumerate(value))
    out = []
    for key, child in children:
        out.append((*prefix, key))
        out.extend(paths(child, (*prefix, key)))
    return out


def mutate(data: dict[str, Any], draw: st.DrawFn) -> dict[str, Any]:
    """A copy of ``data`` with one to three values replaced, deleted, duplicated or added."""
    doc = copy.deepcopy(data)
    for _ in range(draw(st.integers(1, 3))):
        places = paths(doc)
        if not places:
            break
        place = draw(st.sampled_from(places))
        parent = doc
        for key in place[:-1]:
            parent = parent[key]
        key = place[-1]
        action = draw(st.sampled_from(["replace", "delete", "duplicate", "add"]))
        if action == "replace":
            parent[key] = draw(json_values)
        elif action == "delete":
            del parent[key]
        elif action == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=10))] = draw(json_values)
    return doc


@JUNK_SETTINGS
@given(json_values)
def test_random_json_values_are_refused_with_located_errors(data: Any):
    q = outcome(data)
    if q is not None:
        assert_usable(q)


@JUNK_SETTINGS
@given(st.text(max_size=200) | st.sampled_from(["[" * 100_000, "{" * 5000, "NaN", "1e999"]))
def test_random_text_is_refused_as_json(text: str):
    try:
        q = load_questionnaire_json(text)
    except QuestionnaireError as exc:
        assert exc.errors and all(isinstance(e, str) and e for e in exc.errors)
    else:
        assert_usable(q)


@JUNK_SETTINGS
@given(st.data())
def test_mutated_builtin_definitions_are_refused_or_usable(data: st.DataObject):
    q = outcome(mutate(BUILTIN, data.draw))
    if q is not None:
        assert_usable(q)


@JUNK_SETTINGS
@given(questionnaire_dicts(), st.data())
def test_mutated_generated_definitions_are_refused_or_usable(
    valid: dict[str, Any], data: st.DataObject
):
    q = outcome(mutate(valid, data.draw))
    if q is not None:
        assert_usable(q)


def test_values_that_cannot_be_stored_are_refused_with_their_place():
    def rating(**fields: Any) -> dict[str, Any]:
        question = {"id": "r", "type": "rating", "text": "R", "min": 1, "max": 5} | fields
        return {"id": "x", "version": 1, "title": "X", "languages": ["en"]} | {
            "sections": [{"id": "s", "questions": [question]}]
        }

    cases = [
        (rating(min=10**400), "sections[0].questions[0].min: must be a number"),
        (rating(max=float("nan")), "sections[0].questions[0].max: must be a number"),
        (rating(help="\ud800"), "sections[0].questions[0].help.en: must be text"),
        ({**rating(), "version": 2**63}, "version: must be a whole number from 1 to"),
        (
            rating(show_if={"question": "r", "one_of": [[1]]}),
            "sections[0].questions[0].show_if.one_of: must be a non-empty list of numbers or "
            "option codes",
        ),
    ]
    for data, message in cases:
        try:
            parse_questionnaire(data)
        except QuestionnaireError as exc:
            assert any(e.startswith(message) for e in exc.errors), exc.errors
        else:
            raise AssertionError(f"accepted: {data}")
    assert _errors_of('{"id": ' + "[" * 50_000) == [
        "the JSON is nested too deeply to be a questionnaire"
    ]


def _errors_of(text: str) -> list[str]:
    try:
        load_questionnaire_json(text)
    except QuestionnaireError as exc:
        return exc.errors
    raise AssertionError("accepted")
