"""Ours -> XLSForm -> ours: the export imports back into the same questionnaire, field by field,
and pyxform (the XLSForm reference converter) turns it into an XForm without an error."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from feedback_app.domain.questionnaire import Questionnaire
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.domain.xlsform import (
    XLSFormExportError,
    import_xlsform_with_notes,
    xlsform_sheets,
    xlsform_workbook,
)
from feedback_app.store.questionnaires import builtin_questionnaires

FI_SV = ("fi", "sv")


def both(fi: str, sv: str | None = None) -> dict[str, str]:
    return {"fi": fi, "sv": sv or f"{fi} (sv)"}


def options(*codes: Any) -> list[dict[str, Any]]:
    return [{"value": c, "label": both(f"Vaihtoehto {c}")} for c in codes]


def question(qid: str, qtype: str, show_if: dict[str, Any] | None = None, **fields: Any):
    data: dict[str, Any] = {"id": qid, "type": qtype}
    if qtype != "note":
        data["required"] = fields.pop("required", False)
    data["text"] = both(f"Kysymys {qid}")
    data |= fields
    if show_if:
        data["show_if"] = show_if
    return data


def every_type() -> dict[str, Any]:
    """Every question type with every optional field, and every test on every kind of target."""
    first = [
        question("scale", "likert", required=True, help=both("Ohje"), options=options(1, 2, 3, 4))
        | {"cannot_say": both("En osaa sanoa", "Kan inte säga")},
        question("negative", "likert", options=options(-2, -1, 0, 1, 2)),
        question("overall", "rating", min=0, max=10, min_label=both("Huono"))
        | {"max_label": both("Hyvä"), "cannot_say": both("En tiedä")},
        question("stars", "rating", show_if={"question": "scale", "at_least": 2.5}, min=1, max=5),
        question("role", "single_choice", options=options("police", "border", "_1", "a.b-c")),
        question("topics", "multiple_choice", options=options("law", "practice", "other")),
    ]
    second = [
        question("years", "number", cannot_say=both("En halua sanoa"), min=0, max=60),
        question("hours", "number", integer=False, min=0.5, max=12.25),
        question("free", "number", integer=True),
        question("text1", "text", long=True, max_length=500),
        question("text2", "text", long=False, show_if={"question": "text1", "one_of": ["a", "b"]}),
        question("intro", "note", help=both("Lue tämä")),
        question("t_eq", "text", show_if={"question": "role", "equals": "_1"}),
        question("t_one", "text", show_if={"question": "role", "one_of": ["border", "police"]}),
        question("t_none", "text", show_if={"question": "role", "none_of": ["a.b-c"]}),
        question("t_m_eq", "text", show_if={"question": "topics", "equals": "law"}),
        question("t_m_one", "text", show_if={"question": "topics", "one_of": ["other", "law"]}),
        question("t_m_none", "text", show_if={"question": "topics", "none_of": ["practice"]}),
        question("t_m_none2", "text", show_if={"question": "topics", "none_of": ["law", "other"]}),
        question("t_s_one", "text", show_if={"question": "scale", "one_of": [4, 1]}),
        question("t_s_none", "text", show_if={"question": "scale", "none_of": [2, 3]}),
        question("t_s_most", "text", show_if={"question": "negative", "at_most": -1}),
        question("t_r_eq", "text", show_if={"question": "overall", "equals": 10}),
        question("t_n_eq", "text", show_if={"question": "years", "equals": 3}),
        question("t_n_one", "text", show_if={"question": "hours", "one_of": [0.5, 2.75]}),
        question("t_n_none", "text", show_if={"question": "free", "none_of": [7]}),
        question("t_n_least", "text", show_if={"question": "hours", "at_least": 0.125}),
        question("t_t_eq", "text", show_if={"question": "text1", "equals": "it's"}),
        question("t_t_none", "text", show_if={"question": "text1", "none_of": ["x", "y"]}),
        question("n_cond", "note", show_if={"question": "stars", "at_most": 2}),
    ]
    return {
        "format": "feedback-app-questionnaire",
        "id": "every-type.v2",
        "version": 2024030101,
        "title": both("Kaikki tyypit", "Alla typer"),
        "languages": list(FI_SV),
        "default_language": "sv",
        "sections": [
            {"id": "first", "title": both("Ensimmäinen"), "questions": first},
            {"id": "section2", "questions": second},
        ],
    }


def exported(q: Questionnaire, folder: Path, name: str = "export.xlsx") -> Path:
    path = folder / name
    xlsform_workbook(q).save(path)
    return path


def assert_same(got: Questionnaire, want: Questionnaire) -> None:
    """Field by field, so a difference names the field."""
    for field in ("id", "version", "title", "languages", "default_language"):
        assert getattr(got, field) == getattr(want, field), field
    assert [(s.id, s.title) for s in got.sections] == [(s.id, s.title) for s in want.sections]
    for a, b in zip(got.questions, want.questions, strict=True):
        for field in a.__dataclass_fields__:
            assert getattr(a, field) == getattr(b, field), (a.id, field)
    assert got == want
    assert got.to_dict() == want.to_dict()


def test_the_builtin_questionnaire_round_trips_through_xlsform(tmp_path: Path):
    (q,) = builtin_questionnaires()
    result = import_xlsform_with_notes(exported(q, tmp_path))
    assert_same(result.questionnaire, q)
    assert result.notes == ()


def test_every_question_type_and_every_test_round_trips(tmp_path: Path):
    q = parse_questionnaire(every_type())
    result = import_xlsform_with_notes(exported(q, tmp_path))
    assert_same(result.questionnaire, q)
    assert result.notes == ()


def test_the_sheets_are_an_xlsform_a_designer_can_read():
    sheets = xlsform_sheets(parse_questionnaire(every_type()))
    survey = sheets["survey"]
    assert survey[0][:5] == [
        "type",
        "name",
        "label::Finnish (fi)",
        "label::Swedish (sv)",
        "required",
    ]
    rows = {row[1]: dict(zip(survey[0], row, strict=True)) for row in survey[1:] if row[1]}
    assert rows["scale"]["type"] == "select_one scale"
    assert rows["scale"]["appearance"] == "likert" and rows["scale"]["required"] == "yes"
    assert rows["overall"]["parameters"] == "start=0 end=10 step=1"
    assert rows["hours"]["type"] == "decimal"
    assert rows["hours"]["constraint"] == ". >= 0.5 and . <= 12.25"
    assert rows["text1"]["constraint"] == "string-length(.) <= 500"
    assert rows["text1"]["appearance"] == "multiline"
    relevant = {name: row["relevant"] for name, row in rows.items() if row["relevant"]}
    assert relevant["t_one"] == "${role} = 'border' or ${role} = 'police'"
    assert relevant["t_none"] == "${role} != 'a.b-c'"
    assert relevant["t_m_one"] == "selected(${topics}, 'other') or selected(${topics}, 'law')"
    assert (
        relevant["t_m_none2"]
        == "not(selected(${topics}, 'law')) and not(selected(${topics}, 'other'))"
    )
    assert relevant["stars"] == "${scale} >= 2.5"
    assert relevant["t_t_eq"] == '${text1} = "it\'s"'
    choices = sheets["choices"]
    assert ["scale", "cannot_say", "En osaa sanoa", "Kan inte säga"] in choices
    assert sheets["settings"] == [
        ["form_title", "form_id", "version", "default_language"]
        + ["questionnaire_title::Finnish (fi)", "questionnaire_title::Swedish (sv)"],
        [
            "Alla typer",
            "every-type.v2",
            "2024030101",
            "Swedish (sv)",
            "Kaikki tyypit",
            "Alla typer",
        ],
    ]


def test_a_form_with_one_language_and_no_optional_columns(tmp_path: Path):
    data = {
        "id": "small",
        "version": 1,
        "title": {"en": "Small"},
        "languages": ["en"],
        "sections": [{"id": "s", "questions": [question("a", "text") | {"text": {"en": "A"}}]}],
    }
    q = parse_questionnaire(data)
    header = xlsform_sheets(q)["survey"][0]
    assert header == [
        "type",
        "name",
        "label::English (en)",
        "required",
        "relevant",
        "constraint",
    ] + [
        "appearance",
        "parameters",
    ]
    assert_same(import_xlsform_with_notes(exported(q, tmp_path)).questionnaire, q)


def test_pyxform_converts_the_exports_without_an_error(tmp_path: Path):
    """pyxform is the reference implementation of XLSForm (a test-only dependency)."""
    xls2xform = pytest.importorskip("pyxform.xls2xform")
    (builtin,) = builtin_questionnaires()
    for q in (builtin, parse_questionnaire(every_type())):
        path = exported(q, tmp_path, f"{q.id}.xlsx")
        xform = tmp_path / f"{q.id}.xml"
        warnings = xls2xform.xls2xform_convert(
            xlsform_path=str(path), xform_path=str(xform), validate=False
        )
        assert warnings == []
        text = xform.read_text(encoding="utf-8")
        assert f'id="{q.id}"' in text and f'version="{q.version}"' in text
        for language in ("Finnish (fi)", "Swedish (sv)"):
            assert f'lang="{language}"' in text
        for question in q.questions:
            assert f"/{question.id}" in text
        assert text.count('relevant="') == sum(x.show_if is not None for x in q.questions)


def broken(change) -> dict[str, Any]:
    data = every_type()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["sections"][0]["questions"][0]["text"].update(fi="=SUM(A1)"),
            "scale: the text '=SUM(A1)' starts with '=', which a spreadsheet reads as a formula",
        ),
        (
            lambda d: d["sections"][0]["questions"][0]["text"].update(fi="Hei ${nimi}"),
            "scale: the text 'Hei ${nimi}' holds '${', which XLSForm reads as an earlier answer",
        ),
        (
            lambda d: d["sections"][0]["questions"][0]["text"].update(fi="a\x07b"),
            "scale: the text 'a\\x07b' holds a control character that a spreadsheet cannot store",
        ),
        (
            lambda d: d["sections"][1]["questions"][6]["show_if"].update(equals="nosuch"),
            "show_if of 't_eq': 'nosuch' is not an answer of 'role' it can test",
        ),
        (
            lambda d: d["sections"][1]["questions"][6].update(
                show_if={"question": "role", "at_least": 1}
            ),
            "show_if of 't_eq': a single_choice question has no order to compare with",
        ),
        (
            lambda d: d["sections"][1]["questions"][6].update(
                show_if={"question": "text1", "equals": "'\""}
            ),
            "show_if of 't_eq': '\\'\"' is not an answer of 'text1' it can test",
        ),
        (
            lambda d: d["sections"][1].update(id="first"),
            "section 'first': two sections have this id",
        ),
        (
            lambda d: d["sections"][1].update(id="meta"),
            "meta: XLSForm keeps the name 'meta' for form metadata; rename it",
        ),
    ],
)
def test_what_xlsform_cannot_say_is_an_export_error(change, message: str):
    q = parse_questionnaire(broken(change))
    with pytest.raises(XLSFormExportError) as caught:
        xlsform_sheets(q)
    assert message in caught.value.errors


def test_an_export_writes_every_cell_as_text(tmp_path: Path):
    data = copy.deepcopy(every_type())
    path = exported(parse_questionnaire(data), tmp_path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["survey", "choices", "settings"]
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type in ("s", "n") and (
                    cell.value is None or isinstance(cell.value, str)
                )
