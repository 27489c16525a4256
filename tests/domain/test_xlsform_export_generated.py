"""Generated questionnaires (every type, optional field and kind of show_if) come back from
an XLSForm export exactly as they were."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from long_run import examples
from questionnaire_strategies import FORMAT, LANGUAGES, codes

from feedback_app.domain.questionnaire import QUESTION_TYPES
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.domain.xlsform import import_xlsform_with_notes, xlsform_workbook

#: Texts a spreadsheet keeps as they are (cells are read without surrounding spaces).
words = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
        min_size=1,
        max_size=15,
    )
    .map(str.strip)
    .filter(lambda s: s and "${" not in s and not s.startswith("="))
)
numbers = st.one_of(st.integers(-50, 50), st.sampled_from([0.5, -2.25, 3.125, 1e-05, 1000.75]))


def texts(draw: st.DrawFn, languages: list[str]) -> dict[str, str]:
    return {lang: draw(words) for lang in languages}


def fields(draw: st.DrawFn, qtype: str, languages: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if qtype == "likert":
        first = draw(st.integers(-2, 2))
        values = [first + i for i in range(draw(st.integers(3, 7)))]
        out["options"] = [{"value": v, "label": texts(draw, languages)} for v in values]
    elif qtype in ("single_choice", "multiple_choice"):
        values = draw(st.lists(codes, min_size=1, max_size=4, unique=True))
        out["options"] = [{"value": v, "label": texts(draw, languages)} for v in values]
    if qtype in ("likert", "rating", "number") and draw(st.booleans()):
        out["cannot_say"] = texts(draw, languages)
    if qtype == "rating":
        low = draw(st.integers(-5, 5))
        out |= {"min": low, "max": low + draw(st.integers(1, 20))}
        for key in ("min_label", "max_label"):
            if draw(st.booleans()):
                out[key] = texts(draw, languages)
    elif qtype == "number":
        low, high = sorted(draw(st.lists(numbers, min_size=2, max_size=2, unique=True)))
        out |= {"min": low} if draw(st.booleans()) else {}
        out |= {"max": high} if draw(st.booleans()) else {}
        out["integer"] = draw(st.booleans())
    elif qtype == "text":
        out["long"] = draw(st.booleans())
        if draw(st.booleans()):
            out["max_length"] = draw(st.integers(1, 10_000))
    return out


def answers(question: dict[str, Any]) -> list[Any]:
    """Values a show_if on ``question`` may test and the export can write."""
    if "options" in question:
        return [o["value"] for o in question["options"]]
    if question["type"] == "rating":
        return list(range(question["min"], question["max"] + 1))
    if question["type"] == "text":
        return ["a", "it's", "b c"]
    if question.get("integer") and "min" in question and "max" in question:
        return [v for v in range(-50, 51) if question["min"] <= v <= question["max"]] or [None]
    return [0, 2.5, -1] if not question.get("integer") else [0, 3, -1]


def condition(draw: st.DrawFn, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    targets = [q for q in earlier if q["type"] != "note"]
    if not targets or not draw(st.booleans()):
        return None
    target = draw(st.sampled_from(targets))
    values = [v for v in answers(target) if v is not None]
    operators = ["equals", "none_of"] + (["one_of"] if len(values) > 1 else [])
    if target["type"] in ("likert", "rating", "number"):
        operators += ["at_least", "at_most"]
    operator = draw(st.sampled_from(operators))
    if not values or operator in ("at_least", "at_most"):
        return {
            "question": target["id"],
            draw(st.sampled_from(["at_least", "at_most"])): draw(numbers),
        }
    if operator == "equals":
        return {"question": target["id"], "equals": draw(st.sampled_from(values))}
    size = 2 if operator == "one_of" else 1
    chosen = draw(st.lists(st.sampled_from(values), min_size=size, max_size=3, unique=True))
    return {"question": target["id"], operator: chosen}


@st.composite
def questionnaires(draw: st.DrawFn) -> dict[str, Any]:
    languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True))
    sections, earlier = [], []
    for s in range(draw(st.integers(1, 3))):
        section: dict[str, Any] = {"id": f"s{s}"}
        if draw(st.booleans()):
            section["title"] = texts(draw, languages)
        section["questions"] = []
        for _ in range(draw(st.integers(1, 4))):
            qtype = draw(st.sampled_from(QUESTION_TYPES))
            question: dict[str, Any] = {"id": f"q{len(earlier)}", "type": qtype}
            if qtype != "note":
                question["required"] = draw(st.booleans())
            question["text"] = texts(draw, languages)
            if draw(st.booleans()):
                question["help"] = texts(draw, languages)
            question |= fields(draw, qtype, languages)
            show_if = condition(draw, earlier)
            if show_if:
                question["show_if"] = show_if
            section["questions"].append(question)
            earlier.append(question)
        sections.append(section)
    return {
        "format": FORMAT,
        "id": draw(codes),
        "version": draw(st.integers(1, 2**63 - 1)),
        "title": texts(draw, languages),
        "languages": languages,
        "default_language": draw(st.sampled_from(languages)),
        "sections": sections,
    }


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questionnaires())
def test_generated_questionnaires_round_trip_through_xlsform(data: dict[str, Any]):
    q = parse_questionnaire(data)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "form.xlsx"
        xlsform_workbook(q).save(path)
        result = import_xlsform_with_notes(path)
    assert result.questionnaire == q
    assert result.questionnaire.to_dict() == q.to_dict()
    assert result.notes == ()
