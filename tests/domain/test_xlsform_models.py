"""Whole XLSForms built here, each compared field by field with the questionnaire it must give.

Together with ``test_xlsform_models_scales.py`` they cover every supported feature: each
question type, required spellings, constraints, every relevant form, groups (also nested),
languages (tagged, legacy, untagged), settings, left-out metadata and the notes.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from xlsform_builders import assert_imports_as, write_form

FORMAT = "feedback-app-questionnaire"


def en(text: str) -> dict[str, str]:
    return {"en": text}


def fi_en(fi: str, english: str) -> dict[str, str]:
    return {"fi": fi, "en": english}


def test_every_question_type_with_constraints_and_required_spellings(tmp_path: Path):
    survey = [
        ["type", "name", "label", "hint", "required", "constraint", "appearance"]
        + ["parameters", "rows"],
        ["note", "intro", "Welcome", "Thank you for coming"],
        ["text", "unit", "Your unit", None, "no"],
        ["text", "story", "What happened?", None, None, "string-length(.) <= 800"]
        + [None, None, 3],
        ["integer", "years", "Years in service", None, "yes", ". > 0 and . < 50"],
        ["decimal", "hours", "Hours of training", None, "TRUE()", ". >= 0.5 and . <= 12.5"],
        ["range", "overall", "Overall", None, 1, None, None, "start=0 end=10 step=1"],
        ["select_one topic", "topic", "Main topic", None, None, None, "minimal"],
        ["select_multiple topic", "topics", "Topics", None, None, None, "columns-2"],
        ["select_one agree", "useful", "Useful", "Choose one", "true", None, "likert"],
    ]
    choices = [
        ["list_name", "name", "label"],
        ["topic", "law", "Law"],
        ["topic", "practice", "Practice"],
        ["topic", "ethics", "Ethics"],
        *[["agree", i, f"Agree {i}"] for i in range(1, 6)],
        ["agree", "cannot_say", "Cannot say"],
    ]
    settings_rows = [
        ["form_id", "version", "form_title", "default_language"],
        ["all_types", 3, "All types", "English (en)"],
    ]
    topics = [
        {"value": "law", "label": en("Law")},
        {"value": "practice", "label": en("Practice")},
        {"value": "ethics", "label": en("Ethics")},
    ]
    questions: list[dict[str, Any]] = [
        {"id": "intro", "type": "note", "text": en("Welcome"), "help": en("Thank you for coming")},
        {"id": "unit", "type": "text", "required": False, "text": en("Your unit"), "long": False},
        {"id": "story", "type": "text", "required": False, "text": en("What happened?")}
        | {"long": True, "max_length": 800},
        {"id": "years", "type": "number", "required": True, "text": en("Years in service")}
        | {"min": 1, "max": 49, "integer": True},
        {"id": "hours", "type": "number", "required": True, "text": en("Hours of training")}
        | {"min": 0.5, "max": 12.5, "integer": False},
        {"id": "overall", "type": "rating", "required": True, "text": en("Overall")}
        | {"min": 0, "max": 10},
        {"id": "topic", "type": "single_choice", "required": False, "text": en("Main topic")}
        | {"options": topics},
        {"id": "topics", "type": "multiple_choice", "required": False, "text": en("Topics")}
        | {"options": topics},
        {"id": "useful", "type": "likert", "required": True, "text": en("Useful")}
        | {"help": en("Choose one"), "cannot_say": en("Cannot say")}
        | {"options": [{"value": i, "label": en(f"Agree {i}")} for i in range(1, 6)]},
    ]
    expected = {
        "format": FORMAT,
        "id": "all_types",
        "version": 3,
        "title": en("All types"),
        "languages": ["en"],
        "default_language": "en",
        "sections": [{"id": "section1", "questions": questions}],
    }
    assert_imports_as(write_form(tmp_path, survey, choices, settings_rows), expected)


def test_every_relevant_form_and_a_group_condition(tmp_path: Path):
    header = ["type", "name", "label::Finnish (fi)", "label::English (en)", "required"]
    survey = [
        [*header, "relevant"],
        ["select_one yn", "consent", "Suostutko?", "Do you agree?", "yes"],
        ["select_multiple topic", "topics", "Aiheet", "Topics", None, "${consent} = 'yes'"],
        ["integer", "years", "Vuodet", "Years", "yes", "selected(${topics}, 'law')"],
        ["text", "long_service", "Pitkä", "Long", None, "${years} > 20"],
        ["text", "short_service", "Lyhyt", "Short", None, "${years} < 3"],
        ["text", "no_consent", "Miksi ei?", "Why not?", None, "${consent} != 'yes'"],
        ["select_one level", "level", "Taso", "Level", "no"],
        ["text", "mid", "Keski", "Middle", None, "${level} >= 2 and ${level} <= 3"],
        ["text", "any_topic", "Aihe", "Topic", None, "${topics} != ''"],
        ["begin group", "follow", "Jatko", "Follow-up", None, "${years} >= 10"],
        ["text", "detail", "Tarkemmin", "In detail"],
        ["note", "bye", "Kiitos", "Thanks", None, "${years} >= 10"],
        ["end group"],
        ["text", "top", "Huippu", "Top", None, '${level} = "4"'],
    ]
    choices = [
        ["list_name", "name", "label::Finnish (fi)", "label::English (en)"],
        ["yn", "yes", "Kyllä", "Yes"],
        ["yn", "no", "Ei", "No"],
        ["topic", "law", "Laki", "Law"],
        ["topic", "practice", "Käytäntö", "Practice"],
        *[["level", i, f"T{i}", f"L{i}"] for i in range(1, 5)],
    ]

    def text(qid: str, fi: str, english: str, show_if: dict[str, Any]) -> dict[str, Any]:
        return {"id": qid, "type": "text", "required": False, "text": fi_en(fi, english)} | {
            "long": False,
            "show_if": show_if,
        }

    yes_no = [
        {"value": "yes", "label": fi_en("Kyllä", "Yes")},
        {"value": "no", "label": fi_en("Ei", "No")},
    ]
    topics = [
        {"value": "law", "label": fi_en("Laki", "Law")},
        {"value": "practice", "label": fi_en("Käytäntö", "Practice")},
    ]
    levels = [{"value": f"_{i}", "label": fi_en(f"T{i}", f"L{i}")} for i in range(1, 5)]
    first = [
        {"id": "consent", "type": "single_choice", "required": True}
        | {"text": fi_en("Suostutko?", "Do you agree?"), "options": yes_no},
        {"id": "topics", "type": "multiple_choice", "required": False}
        | {"text": fi_en("Aiheet", "Topics"), "options": topics}
        | {"show_if": {"question": "consent", "equals": "yes"}},
        {"id": "years", "type": "number", "required": True, "text": fi_en("Vuodet", "Years")}
        | {"integer": True, "show_if": {"question": "topics", "equals": "law"}},
        text("long_service", "Pitkä", "Long", {"question": "years", "at_least": 21}),
        text("short_service", "Lyhyt", "Short", {"question": "years", "at_most": 2}),
        text("no_consent", "Miksi ei?", "Why not?", {"question": "consent", "none_of": ["yes"]}),
        {"id": "level", "type": "single_choice", "required": False}
        | {"text": fi_en("Taso", "Level"), "options": levels},
        text("mid", "Keski", "Middle", {"question": "level", "one_of": ["_2", "_3"]}),
        text("any_topic", "Aihe", "Topic", {"question": "topics", "one_of": ["law", "practice"]}),
    ]
    follow = [
        text("detail", "Tarkemmin", "In detail", {"question": "years", "at_least": 10}),
        {"id": "bye", "type": "note", "text": fi_en("Kiitos", "Thanks")}
        | {"show_if": {"question": "years", "at_least": 10}},
    ]
    expected = {
        "format": FORMAT,
        "id": "relevant",
        "version": 1,
        "title": fi_en("relevant", "relevant"),
        "languages": ["fi", "en"],
        "default_language": "fi",
        "sections": [
            {"id": "section1", "questions": first},
            {"id": "follow", "title": fi_en("Jatko", "Follow-up"), "questions": follow},
            {
                "id": "section2",
                "questions": [text("top", "Huippu", "Top", {"question": "level", "equals": "_4"})],
            },
        ],
    }
    path = write_form(tmp_path, survey, choices, name="relevant.xlsx")
    note = (
        "list 'level': choice names starting with a digit are stored with a leading '_' (1 -> _1)"
    )
    assert_imports_as(path, expected, (note,))


def test_nested_groups_legacy_headers_left_out_metadata_and_a_dropped_language(tmp_path: Path):
    header = ["type", "name", "label:english", "label:Finnish", "label::Swedish (sv)"]
    survey = [
        [*header, "hint:english", "hint:Finnish"],
        ["start", "start"],
        ["begin group", "outer", "Outer", "Ulompi", "Yttre"],
        ["text", "a", "A", "A fi", "A sv", "Say it", "Sano se"],
        ["begin group", "inner"],
        ["integer", "b", "B", "B fi", "B sv"],
        ["end group"],
        ["text", "c", "C", "C fi", "C sv"],
        ["end group"],
        ["text", "d", "D", "D fi"],
        ["end", "end"],
    ]
    settings_rows = [
        ["form_title", "form_id", "version", "default_language"],
        ["Kurssi", "course", datetime.datetime(2024, 3, 1), "Finnish (fi)"],
    ]
    outer = fi_en("Ulompi", "Outer")

    def question(qid: str, qtype: str, extra: dict[str, Any]) -> dict[str, Any]:
        return (
            {"id": qid, "type": qtype, "required": False}
            | {"text": fi_en(f"{qid.upper()} fi", qid.upper())}
            | extra
        )

    expected = {
        "format": FORMAT,
        "id": "course",
        "version": 20240301,
        "title": fi_en("Kurssi", "Kurssi"),
        "languages": ["en", "fi"],
        "default_language": "fi",
        "sections": [
            {
                "id": "outer",
                "title": outer,
                "questions": [
                    question("a", "text", {"help": fi_en("Sano se", "Say it"), "long": False})
                ],
            },
            {"id": "inner", "title": outer, "questions": [question("b", "number", {})]},
            {"id": "outer_2", "title": outer, "questions": [question("c", "text", {})]},
            {"id": "section1", "questions": [question("d", "text", {"long": False})]},
        ],
    }
    expected["sections"][1]["questions"][0]["integer"] = True
    expected["sections"][2]["questions"][0]["long"] = False
    notes = (
        "survey row 2: 'start' rows are not recorded (answers stay anonymous); left out",
        "survey row 11: 'end' rows are not recorded (answers stay anonymous); left out",
        "Swedish (sv) left out: text missing in survey row 10 (label)",
    )
    assert_imports_as(write_form(tmp_path, survey, None, settings_rows), expected, notes)
