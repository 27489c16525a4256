"""Export and import are lossless: to_dict -> JSON text -> parse gives the same questionnaire.

Checked for the built-in questionnaire, for imported XLSForms (public and built here), for
generated definitions using every optional field, and through the database.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from questionnaire_strategies import questionnaire_dicts
from xlsform_builders import ACCEPTED, FI_SV_EN, HINTS, agree_choices, write_form

from feedback_app.domain.questionnaire import Questionnaire
from feedback_app.domain.validation import load_questionnaire_json, parse_questionnaire
from feedback_app.domain.xlsform import import_xlsform
from feedback_app.store import Store
from feedback_app.store.questionnaires import BUILTIN_ID, builtin_questionnaires


def exported(q: Questionnaire) -> str:
    """The JSON text an export writes."""
    return json.dumps(q.to_dict(), ensure_ascii=False, indent=2)


def assert_round_trip(q: Questionnaire) -> None:
    text = exported(q)
    again = load_questionnaire_json(text)
    assert again == q
    assert again.to_dict() == q.to_dict() == json.loads(text)
    assert exported(again) == text


def test_the_builtin_questionnaire_round_trips():
    (q,) = builtin_questionnaires()
    assert_round_trip(q)
    assert "Täysin samaa mieltä" in exported(q)


@pytest.mark.parametrize("path", ACCEPTED, ids=lambda p: p.name)
def test_imported_public_forms_round_trip(path: Path):
    assert_round_trip(import_xlsform(path))


def test_an_imported_form_with_every_type_round_trips(tmp_path: Path):
    header = ["type", "name", *FI_SV_EN, *HINTS, "appearance", "constraint", "relevant"]
    header.append("parameters")
    survey: list[list[Any]] = [
        header,
        ["begin group", "g", "Ryhmä", "Grupp", "Group"],
        ["select_one agree", "a", "A fi", "A sv", "A en", "h", "h", "h", "likert"],
        ["range", "r", "R fi", "R sv", "R en", None, None, None, None, None, None]
        + ["start=0 end=10"],
        ["end group"],
        ["select_multiple agree", "m", "M fi", "M sv", "M en", None, None, None, None, None]
        + ["${a} >= 4"],
        ["decimal", "d", "D fi", "D sv", "D en", None, None, None, None, ". >= 0.25"],
        ["text", "t", "T fi", "T sv", "T en", None, None, None, "multiline"]
        + ["string-length(.) <= 50", "${r} <= 3"],
        ["note", "n", "N fi", "N sv", "N en"],
    ]
    q = import_xlsform(write_form(tmp_path, survey, agree_choices()))
    assert [x.type for x in q.questions] == [
        "likert",
        "rating",
        "multiple_choice",
        "number",
        "text",
        "note",
    ]
    assert_round_trip(q)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questionnaire_dicts())
def test_generated_definitions_round_trip_without_losing_a_field(data: dict[str, Any]):
    q = parse_questionnaire(data)
    assert q.to_dict() == data
    assert_round_trip(q)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questionnaire_dicts())
def test_generated_definitions_come_back_unchanged_from_the_database(data: dict[str, Any]):
    assume(data["id"] != BUILTIN_ID)
    q = parse_questionnaire(data)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder))
        try:
            assert store.questionnaires.save(q).outcome == "new"
            stored = store.questionnaires.definition_json(q.id, q.version)
            assert load_questionnaire_json(stored) == q
            assert json.loads(stored) == data
            assert store.questionnaires.save(load_questionnaire_json(stored)).outcome == "unchanged"
        finally:
            store.close()
