"""More whole XLSForms compared field by field: likert scales, numbered choice lists, and the
other spellings that KoboToolbox and SurveyCTO write (aliases, capitalised sheets)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from xlsform_builders import assert_imports_as, write_form

FORMAT = "feedback-app-questionnaire"


def sv_fi(sv: str, fi: str) -> dict[str, str]:
    return {"sv": sv, "fi": fi}


def points(first: int, last: int) -> list[dict[str, Any]]:
    return [{"value": i, "label": sv_fi(f"sv{i}", f"fi{i}")} for i in range(first, last + 1)]


def test_likert_scales_of_several_sizes_and_a_numbered_choice_list(tmp_path: Path):
    header = ["type", "name", "label::Svenska (sv)", "label::suomi", "appearance", "required"]
    survey = [
        [*header, "relevant"],
        ["select_one five", "q1", "Intressant", "Kiinnostava", "likert", "yes"],
        ["select_one zero4", "q2", "Praktisk", "Käytännöllinen", "likert"],
        ["select_one seven", "q3", "Nödvändig", "Tarpeellinen", "quick likert"],
        ["select_one num", "q4", "Antal", "Määrä", "horizontal"],
        ["text", "why", "Varför?", "Miksi?", None, None, "${q1} <= 2"],
        ["text", "how", "Hur?", "Miten?", None, None, "${q4} = '2'"],
        ["text", "zero", "Noll?", "Nolla?", None, None, "${q2} != ''"],
    ]
    choices = [
        ["list_name", "name", "label::Svenska (sv)", "label::suomi"],
        *[["five", i, f"sv{i}", f"fi{i}"] for i in range(1, 6)],
        ["five", "cannot_say", "Kan inte säga", "En osaa sanoa"],
        *[["zero4", i, f"sv{i}", f"fi{i}"] for i in range(0, 5)],
        *[["seven", i, f"sv{i}", f"fi{i}"] for i in range(1, 8)],
        *[["num", i, f"sv{i}", f"fi{i}"] for i in range(1, 4)],
    ]
    settings_rows = [["default_language", "version"], ["sv", "2"]]

    def likert(qid: str, sv: str, fi: str, scale: list[dict[str, Any]]) -> dict[str, Any]:
        return {"id": qid, "type": "likert", "required": False, "text": sv_fi(sv, fi)} | {
            "options": scale
        }

    def text(qid: str, sv: str, fi: str, show_if: dict[str, Any]) -> dict[str, Any]:
        return {"id": qid, "type": "text", "required": False, "text": sv_fi(sv, fi)} | {
            "long": False,
            "show_if": show_if,
        }

    numbered = [{"value": f"_{i}", "label": sv_fi(f"sv{i}", f"fi{i}")} for i in range(1, 4)]
    questions = [
        likert("q1", "Intressant", "Kiinnostava", points(1, 5))
        | {"required": True, "cannot_say": sv_fi("Kan inte säga", "En osaa sanoa")},
        likert("q2", "Praktisk", "Käytännöllinen", points(0, 4)),
        likert("q3", "Nödvändig", "Tarpeellinen", points(1, 7)),
        {"id": "q4", "type": "single_choice", "required": False, "text": sv_fi("Antal", "Määrä")}
        | {"options": numbered},
        text("why", "Varför?", "Miksi?", {"question": "q1", "at_most": 2}),
        text("how", "Hur?", "Miten?", {"question": "q4", "equals": "_2"}),
        text("zero", "Noll?", "Nolla?", {"question": "q2", "one_of": [0, 1, 2, 3, 4]}),
    ]
    expected = {
        "format": FORMAT,
        "id": "scales",
        "version": 2,
        "title": sv_fi("scales", "scales"),
        "languages": ["sv", "fi"],
        "default_language": "sv",
        "sections": [{"id": "section1", "questions": questions}],
    }
    path = write_form(tmp_path, survey, choices, settings_rows, name="scales.xlsx")
    note = "list 'num': choice names starting with a digit are stored with a leading '_' (1 -> _1)"
    assert_imports_as(path, expected, (note,))


def test_surveycto_and_kobo_spellings_of_types_headers_and_sheets(tmp_path: Path):
    survey = [
        ["Type", "Name", "Caption", "relevance", "Required", "appearance", "constraint"],
        ["begin_group", "intro", "Intro", None, None, "field-list"],
        ["select one yn", "ok", "OK?", None, "Yes", "horizontal"],
        ["select all that apply colours", "fav", "Favourite colours", None, None, "columns-3"],
        ["end_group"],
        ["int", "age", "Age", "${ok} = 'yes'", None, "thousands-sep", ". >= 18 and . <= 99"],
        ["text", "remarks", "Remarks", None, None, "w2 multiline", "string-length(.) < 201"],
    ]
    choices = [
        ["list name", "name", "label"],
        ["yn", "yes", "Yes"],
        ["yn", "no", "No"],
        ["colours", "blue", "Blue"],
        ["colours", "green", "Green"],
    ]
    settings_rows = [["id_string", "version", "form_title"], ["field_form", "7", "Field form"]]
    intro = [
        {"id": "ok", "type": "single_choice", "required": True, "text": {"en": "OK?"}}
        | {"options": [{"value": v, "label": {"en": v.title()}} for v in ("yes", "no")]},
        {"id": "fav", "type": "multiple_choice", "required": False}
        | {"text": {"en": "Favourite colours"}}
        | {"options": [{"value": v, "label": {"en": v.title()}} for v in ("blue", "green")]},
    ]
    after = [
        {"id": "age", "type": "number", "required": False, "text": {"en": "Age"}}
        | {"integer": True, "min": 18, "max": 99, "show_if": {"question": "ok", "equals": "yes"}},
        {"id": "remarks", "type": "text", "required": False, "text": {"en": "Remarks"}}
        | {"long": True, "max_length": 200},
    ]
    expected = {
        "format": FORMAT,
        "id": "field_form",
        "version": 7,
        "title": {"en": "Field form"},
        "languages": ["en"],
        "default_language": "en",
        "sections": [
            {"id": "intro", "title": {"en": "Intro"}, "questions": intro},
            {"id": "section1", "questions": after},
        ],
    }
    titles = ("Survey", "Choices", "Settings")
    path = write_form(tmp_path, survey, choices, settings_rows, titles=titles)
    note = (
        "untagged columns such as 'Caption' were read as English (en); name their language "
        "with default_language in the settings sheet"
    )
    assert_imports_as(path, expected, (note,))
