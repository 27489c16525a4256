"""XLSForm import: the public forms in shared/data/xlsform, forms built here, and junk."""

from __future__ import annotations

import datetime
import re
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback_app.domain.questionnaire import Condition, Option, QuestionnaireError
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.domain.xlsform import (
    XLSFormError,
    import_xlsform,
    import_xlsform_with_notes,
    language_code,
    read_xlsform,
)

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "xlsform"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared XLSForm files not present")

FI_SV_EN = ["label::Finnish (fi)", "label::Swedish (sv)", "label::English (en)"]
HINTS = ["hint::Finnish (fi)", "hint::Swedish (sv)", "hint::English (en)"]


def write_form(
    folder: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    settings_rows: list[list[Any]] | None = None,
    name: str = "form.xlsx",
) -> Path:
    """An .xlsx with the given sheets; the first row of each is its header."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    for title, rows in (("choices", choices), ("settings", settings_rows)):
        if rows is not None:
            extra = book.create_sheet(title)
            for row in rows:
                extra.append(row)
    path = folder / name
    book.save(path)
    return path


def refusal(path: Path) -> list[str]:
    with pytest.raises(XLSFormError) as caught:
        import_xlsform(path)
    return caught.value.errors


def agree_choices(points: int = 5, cannot_say: bool = True) -> list[list[Any]]:
    rows: list[list[Any]] = [["list_name", "name", *FI_SV_EN]]
    rows += [["agree", i, f"fi{i}", f"sv{i}", f"en{i}"] for i in range(1, points + 1)]
    if cannot_say:
        rows.append(["agree", "cannot_say", "En osaa sanoa", "Kan inte säga", "Cannot say"])
    return rows


def scale(points: int = 5) -> list[dict[str, Any]]:
    return [
        {"value": i, "label": {"fi": f"fi{i}", "sv": f"sv{i}", "en": f"en{i}"}}
        for i in range(1, points + 1)
    ]


CANNOT_SAY = {"fi": "En osaa sanoa", "sv": "Kan inte säga", "en": "Cannot say"}


# -- the public forms ----------------------------------------------------------------------


@needs_shared
def test_public_text_and_integer_form_imports():
    result = import_xlsform_with_notes(SHARED / "accept" / "text_and_integer.xlsx")
    q = result.questionnaire
    assert (q.id, q.version, q.languages, q.default_language) == (
        "text_and_integer",
        1,
        ("en",),
        "en",
    )
    assert q.title == {"en": "text_and_integer"}
    assert [(x.id, x.type, x.text["en"]) for x in q.questions] == [
        ("your_name", "text", "What is your name?"),
        ("your_age", "number", "How many years old are you?"),
    ]
    assert q.question("your_age").integer is True and q.question("your_name").long is False
    assert result.notes == ()


@needs_shared
def test_public_field_list_form_keeps_the_complete_language_and_says_what_it_left_out():
    result = import_xlsform_with_notes(SHARED / "accept" / "field-list.xlsx")
    q = result.questionnaire
    assert q.languages == ("en",)
    assert [s.id for s in q.sections] == ["name"]
    question = q.question("table_list_question")
    assert question.type == "single_choice"
    assert question.text == {"en": "table list question"} and question.help == {"en": "hint"}
    assert question.options == (Option("yes", {"en": "Yes"}), Option("no", {"en": "No"}))
    assert result.notes == (
        "untagged columns such as 'hint' were read as English (en); name their language with "
        "default_language in the settings sheet",
        "Chinese (zh) left out: text missing in survey row 3 (label)",
    )


@needs_shared
def test_public_form_with_thousands_of_empty_columns_imports():
    q = import_xlsform(SHARED / "accept" / "extra_columns.xlsx")
    assert q.to_dict()["sections"] == [
        {
            "id": "section1",
            "questions": [
                {"id": "a", "type": "text", "required": False, "text": {"en": "A"}, "long": False}
            ],
        }
    ]


@needs_shared
@pytest.mark.parametrize("path", sorted((SHARED / "accept").glob("*.xlsx")), ids=lambda p: p.name)
def test_every_accepted_public_form_is_usable(path: Path):
    q = import_xlsform(path)
    assert q.questions
    assert parse_questionnaire(q.to_dict()) == q
    for question in q.questions:
        assert set(question.text) == set(q.languages), question.id


@needs_shared
def test_public_calculate_form_is_refused_with_row_and_reason():
    assert refusal(SHARED / "refuse" / "bad_calc.xlsx") == [
        "survey row 2: column 'calculation' is not supported (calculations)",
        "survey row 2: type 'calculate' is not supported",
    ]


@needs_shared
def test_public_workbook_without_survey_sheet_is_refused():
    assert refusal(SHARED / "refuse" / "survey_no_name.xlsx") == [
        "workbook: no sheet named 'survey' (sheets: 'Sheet1'), so this is not an XLSForm; an "
        "XLSForm has the sheets 'survey', 'choices' and 'settings'"
    ]


@needs_shared
def test_public_spec_test_form_is_refused_for_each_unsupported_feature():
    errors = refusal(SHARED / "refuse" / "xlsform_spec_test.xlsx")
    expected = [
        "survey row 5: label::english 'Your name is ${my_name}' shows an earlier answer (${...}),"
        " which is not supported",
        "survey row 9: column 'image' is not supported (pictures, sound and video)",
        "survey row 12: appearance 'autocomplete_chars' is not supported",
        "survey row 14: constraint '. <= ${a_integer}' is not supported (use . >= N and . <= M)",
        "survey row 15: type 'begin repeat' is not supported (repeats)",
        "survey row 18: constraint on a multiple_choice question is not supported",
        "survey row 31: type 'date' is not supported",
        "survey row 34: type 'geopoint' is not supported",
        "survey row 40: type 'calculate' is not supported",
        "survey row 55: name '=FALSE()' must be letters, digits, _ . or -, starting with a "
        "letter, at most 64 characters",
        "choices row 4: column 'image' is not supported (pictures, sound and video)",
        "settings row 2: column 'public_key' is not supported (encrypted submissions)",
        "settings row 2: form_id 'Spec test' must be letters, digits, _ . or -, starting with a "
        "letter",
    ]
    for message in expected:
        assert message in errors
    assert errors.index(expected[0]) < errors.index(expected[-1])


@needs_shared
@pytest.mark.parametrize("path", sorted((SHARED / "refuse").glob("*.xlsx")), ids=lambda p: p.name)
def test_every_refused_public_form_names_sheet_row_and_reason(path: Path):
    for message in refusal(path):
        assert message.startswith(("survey row ", "choices row ", "settings row ", "workbook: "))


# -- forms built here: every supported feature ---------------------------------------------


def test_multilingual_form_with_groups_likert_text_and_number(tmp_path: Path):
    header = ["type", "name", *FI_SV_EN, *HINTS, "required", "appearance", "constraint"]
    header.append("relevant")
    survey = [
        header,
        ["begin group", "ratings", "Arviot", "Bedömning", "Ratings"],
        ["select_one agree", "interesting", "Kiinnostava", "Intressant", "Interesting"]
        + ["Valitse", "Välj", "Choose", "yes", "likert"],
        ["select_one agree", "practical", "Käytännöllinen", "Praktisk", "Practical"]
        + [None, None, None, "=TRUE()", "likert", None, "${interesting} >= 3"],
        ["end group"],
        ["text", "most_useful", "Hyödyllisintä", "Nyttigast", "Most useful"]
        + [None, None, None, "no", "multiline", "string-length(.) <= 500"],
        ["integer", "age", "Ikä", "Ålder", "Age", None, None, None, None, None]
        + [". >= 18 and . <= 70"],
    ]
    settings_rows = [
        ["form_title", "form_id", "version", "default_language"],
        ["Koulutuspalaute", "training_feedback", "2024030101", "Finnish (fi)"],
    ]
    path = write_form(tmp_path, survey, agree_choices(), settings_rows)
    expected = {
        "format": "feedback-app-questionnaire",
        "id": "training_feedback",
        "version": 2024030101,
        "title": {"fi": "Koulutuspalaute", "sv": "Koulutuspalaute", "en": "Koulutuspalaute"},
        "languages": ["fi", "sv", "en"],
        "default_language": "fi",
        "sections": [
            {
                "id": "ratings",
                "title": {"fi": "Arviot", "sv": "Bedömning", "en": "Ratings"},
                "questions": [
                    {
                        "id": "interesting",
                        "type": "likert",
                        "required": True,
                        "text": {"fi": "Kiinnostava", "sv": "Intressant", "en": "Interesting"},
                        "help": {"fi": "Valitse", "sv": "Välj", "en": "Choose"},
                        "options": scale(),
                        "cannot_say": CANNOT_SAY,
                    },
                    {
                        "id": "practical",
                        "type": "likert",
                        "required": True,
                        "text": {"fi": "Käytännöllinen", "sv": "Praktisk", "en": "Practical"},
                        "options": scale(),
                        "cannot_say": CANNOT_SAY,
                        "show_if": {"question": "interesting", "at_least": 3},
                    },
                ],
            },
            {
                "id": "section1",
                "questions": [
                    {
                        "id": "most_useful",
                        "type": "text",
                        "required": False,
                        "text": {"fi": "Hyödyllisintä", "sv": "Nyttigast", "en": "Most useful"},
                        "long": True,
                        "max_length": 500,
                    },
                    {
                        "id": "age",
                        "type": "number",
                        "required": False,
                        "text": {"fi": "Ikä", "sv": "Ålder", "en": "Age"},
                        "integer": True,
                        "min": 18,
                        "max": 70,
                    },
                ],
            },
        ],
    }
    assert read_xlsform(path) == expected
    result = import_xlsform_with_notes(path)
    assert result.notes == ()
    q = result.questionnaire
    assert q.to_dict() == expected
    practical = q.question("practical")
    assert practical.scale_values() == [1, 2, 3, 4, 5]
    assert practical.show_if == Condition("interesting", "at_least", 3)
    assert practical.cannot_say == CANNOT_SAY and practical.allows_cannot_say
    assert q.question("age").min == 18 and q.question("age").max == 70
    assert q.question("most_useful").max_length == 500
    assert [s.title.get("en") for s in q.sections] == ["Ratings", None]


def test_choices_and_every_relevant_form(tmp_path: Path):
    survey = [
        ["type", "name", "label", "required", "relevant"],
        ["select_one yes_no", "consent", "Do you agree?", True],
        ["select_multiple topics", "topics", "Topics", None, "${consent} != 'no'"],
        ["integer", "years", "Years in service", "1", "selected(${topics}, '2')"],
        ["text", "why", "Why so long?", None, "${years} > 20"],
        ["text", "short", "Why so short?", None, "${years} <= 2"],
        ["note", "thanks", "Thank you", None, "${consent} = 'yes'"],
        ["select_one level", "level", "Level", "yes"],
        ["text", "mid", "Middle?", None, "${level} >= 2 and ${level} <= 3"],
        ["text", "shy", "Shy?", None, "${level} != '1'"],
        ["text", "quoted", "Quoted?", None, '${why} = "a b"'],
    ]
    choices = [
        ["list_name", "name", "label"],
        ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"],
        ["yes_no", "maybe", "Maybe"],
        ["topics", 1, "Law"],
        ["topics", "2", "Practice"],
        ["topics", "t3.x", "Other"],
        *[["level", i, f"L{i}"] for i in range(1, 5)],
    ]
    q = import_xlsform(write_form(tmp_path, survey, choices, None, name="choices.xlsx"))
    assert q.languages == ("en",)
    topics = q.question("topics")
    assert topics.type == "multiple_choice"
    assert [o.value for o in topics.options] == ["_1", "_2", "t3.x"]
    assert topics.option_label("_2", "en") == "Practice"
    assert topics.show_if == Condition("consent", "one_of", ("yes", "maybe"))
    assert q.question("consent").required is True and topics.required is False
    assert q.question("years").required is True
    assert q.question("years").show_if == Condition("topics", "equals", "_2")
    assert q.question("why").show_if == Condition("years", "at_least", 21)
    assert q.question("short").show_if == Condition("years", "at_most", 2)
    assert q.question("thanks").type == "note"
    assert q.question("thanks").show_if == Condition("consent", "equals", "yes")
    assert q.question("level").type == "single_choice"
    assert q.question("mid").show_if == Condition("level", "one_of", ("_2", "_3"))
    assert q.question("shy").show_if == Condition("level", "one_of", ("_2", "_3", "_4"))
    assert q.question("quoted").show_if == Condition("why", "equals", "a b")


def test_legacy_headers_untagged_labels_and_settings_defaults(tmp_path: Path):
    survey = [
        ["Type", "Name", "label:english", "label:French", "hint"],
        ["text", "name", "Your unit?", "Votre unité ?", "Short"],
    ]
    path = write_form(tmp_path, survey, name="My form (2).xlsx")
    result = import_xlsform_with_notes(path)
    q = result.questionnaire
    assert q.id == "My_form__2_" and q.version == 1
    assert q.title == {"en": "My_form__2_", "fr": "My_form__2_"}
    assert q.languages == ("en", "fr") and q.default_language == "en"
    assert q.question("name").text == {"en": "Your unit?", "fr": "Votre unité ?"}
    assert q.question("name").help == {}
    assert result.notes == (
        "untagged columns such as 'hint' were read as English (en); name their language with "
        "default_language in the settings sheet",
        "not in every kept language, so left out: survey row 2 (hint)",
    )


def test_untagged_language_given_by_the_caller_or_settings(tmp_path: Path):
    survey = [["type", "name", "label"], ["text", "q", "Mitä opit?"]]
    path = write_form(tmp_path, survey, name="fi.xlsx")
    assert read_xlsform(path, language="fi")["languages"] == ["fi"]
    settings_rows = [["default_language", "version"], ["suomi", 3.0]]
    path = write_form(tmp_path, survey, None, settings_rows, name="fi2.xlsx")
    result = import_xlsform_with_notes(path)
    assert result.questionnaire.languages == ("fi",) and result.questionnaire.version == 3
    assert result.notes == ()


def test_nested_groups_are_flattened_and_group_conditions_apply(tmp_path: Path):
    survey = [
        ["type", "name", "label::English (en)", "label::Swedish (sv)", "relevant", "appearance"],
        ["integer", "age", "Age", "Ålder"],
        ["begin group", "outer", "Outer", "Yttre", "${age} >= 18", "field-list"],
        ["text", "a", "A", "A"],
        ["begin_group", "inner", None, None, None, "table-list"],
        ["text", "b", "B", "B"],
        ["end_group"],
        ["text", "c", "C", "C", "${age} >= 18"],
        ["end group"],
        ["begin group", "outer", "Again", "Igen"],
        ["text", "d", "D", "D"],
        ["end group"],
        ["text", "e", "E", "E"],
    ]
    q = import_xlsform(write_form(tmp_path, survey))
    assert [(s.id, s.title.get("en"), [x.id for x in s.questions]) for s in q.sections] == [
        ("section1", None, ["age"]),
        ("outer", "Outer", ["a"]),
        ("inner", "Outer", ["b"]),
        ("outer_2", "Outer", ["c"]),
        ("outer_3", "Again", ["d"]),
        ("section2", None, ["e"]),
    ]
    assert q.sections[1].title == {"en": "Outer", "sv": "Yttre"}
    for qid in ("a", "b", "c"):
        assert q.question(qid).show_if == Condition("age", "at_least", 18)
    assert q.question("d").show_if is None and q.question("e").show_if is None


def test_group_and_question_conditions_on_different_questions_are_refused(tmp_path: Path):
    survey = [
        ["type", "name", "label", "relevant"],
        ["integer", "age", "Age"],
        ["integer", "years", "Years"],
        ["begin group", "g", "G", "${age} >= 18"],
        ["text", "c", "C", "${years} <= 65"],
        ["end group"],
    ]
    assert refusal(write_form(tmp_path, survey)) == [
        "survey row 5: the question depends on several questions ('age', 'years'); a question "
        "can depend on one earlier question only"
    ]


def test_range_decimal_note_and_required_spellings(tmp_path: Path):
    survey = [
        ["type", "name", "label", "hint", "required", "parameters", "constraint", "rows"],
        ["note", "intro", "Welcome", "Read this"],
        ["range", "overall", "Overall", None, "TRUE", "start=0 end=10 step=1"],
        ["range", "default_range", "Default range", None, "true()"],
        ["decimal", "hours", "Hours", None, "Yes", None, ". >= 0.5 and . <= 12.5"],
        ["integer", "count", "Count", None, "no", None, ". > 0 and . < 100"],
        ["text", "comment", "Comment", None, "0", None, None, 4],
        ["select_one r", "r", "R", None, 1],
    ]
    choices = [["list_name", "name", "label"], ["r", "a", "A"], ["r", "b", "B"]]
    q = import_xlsform(write_form(tmp_path, survey, choices))
    intro = q.question("intro")
    assert (intro.type, intro.required, intro.text, intro.help) == (
        "note",
        False,
        {"en": "Welcome"},
        {"en": "Read this"},
    )
    overall = q.question("overall")
    assert (overall.type, overall.min, overall.max, overall.required) == ("rating", 0, 10, True)
    assert overall.scale_values() == list(range(11))
    assert (q.question("default_range").min, q.question("default_range").max) == (1, 10)
    hours = q.question("hours")
    assert (hours.type, hours.integer, hours.min, hours.max, hours.required) == (
        "number",
        False,
        0.5,
        12.5,
        True,
    )
    count = q.question("count")
    assert (count.integer, count.min, count.max, count.required) == (True, 1, 99, False)
    comment = q.question("comment")
    assert (comment.long, comment.max_length, comment.required) == (True, None, False)
    assert q.question("r").required is True


def test_version_cells_map_to_positive_whole_numbers(tmp_path: Path):
    survey = [["type", "name", "label"], ["text", "q", "Q"]]
    cases = [
        ("2014082801", 2014082801),
        (7, 7),
        (7.0, 7),
        (datetime.datetime(2024, 3, 1), 20240301),
        ("2024-03-01", 20240301),
        (None, 1),
    ]
    for i, (cell, expected) in enumerate(cases):
        path = write_form(tmp_path, survey, None, [["version"], [cell]], name=f"v{i}.xlsx")
        assert import_xlsform(path).version == expected, cell


def test_metadata_rows_unused_columns_and_sheets_are_left_out_with_notes(tmp_path: Path):
    survey = [
        ["type", "name", "label", "constraint_message", "comments"],
        ["start", "start"],
        ["end", "end"],
        ["text", "q", "Q", "Too long", "ask the trainer"],
        [None, None, None, None, "a designer's remark"],
    ]
    settings_rows = [["form_id", "submission_url", "form_title::English"], ["f", "http://x", "T"]]
    path = write_form(tmp_path, survey, None, settings_rows)
    book = openpyxl.load_workbook(path)
    book.create_sheet("notes").append(["anything"])
    book["notes"].append(["more"])
    book.save(path)
    result = import_xlsform_with_notes(path)
    assert [x.id for x in result.questionnaire.questions] == ["q"]
    assert result.notes == (
        "survey column 'constraint_message' is not used; ignored",
        "survey column 'comments' is not used; ignored",
        "settings column 'submission_url' is not used; ignored",
        "settings column 'form_title::English' is not used; ignored",
        "sheet 'notes' is not part of XLSForm; ignored",
        "untagged columns such as 'label' were read as English (en); name their language with "
        "default_language in the settings sheet",
        "survey row 2: 'start' rows are not recorded (answers stay anonymous); left out",
        "survey row 3: 'end' rows are not recorded (answers stay anonymous); left out",
    )


def test_missing_translation_drops_only_that_language(tmp_path: Path):
    survey = [
        ["type", "name", *FI_SV_EN],
        ["text", "a", "A fi", "A sv", "A en"],
        ["select_one agree", "b", "B fi", None, "B en", "likert"],
    ]
    survey[0].append("appearance")
    survey[1].append(None)
    choices = agree_choices(cannot_say=False)
    choices[3][3] = None
    settings_rows = [["default_language"], ["English (en)"]]
    result = import_xlsform_with_notes(write_form(tmp_path, survey, choices, settings_rows))
    assert result.questionnaire.languages == ("en", "fi")
    assert result.questionnaire.default_language == "en"
    assert result.questionnaire.question("b").text == {"en": "B en", "fi": "B fi"}
    assert result.notes == (
        "Swedish (sv) left out: text missing in survey row 3 (label), choices row 4 (label)",
    )


def test_answered_tests_and_default_language_left_out(tmp_path: Path):
    survey = [
        ["type", "name", "label::English (en)", "label::Finnish (fi)", "relevant", "appearance"],
        ["select_multiple yn", "m", "M", "M fi"],
        ["range", "r", "R", "R fi", None],
        ["select_one agree", "l", "L", "L fi", None, "likert"],
        ["text", "a", "A", "A fi", "${m} != ''"],
        ["text", "b", "B", "B fi", "${r} != '' and ${r} >= 9"],
        ["text", "c", "C", "C fi", "${l} > 3"],
    ]
    choices = [
        ["list_name", "name", "label::English (en)", "label::Finnish (fi)"],
        ["yn", "yes", "Yes", "Kyllä"],
        ["yn", "no", "No", "Ei"],
        *[["agree", i, f"en{i}", f"fi{i}"] for i in range(1, 4)],
    ]
    settings_rows = [["default_language"], ["Swedish (sv)"]]
    result = import_xlsform_with_notes(write_form(tmp_path, survey, choices, settings_rows))
    q = result.questionnaire
    assert q.question("a").show_if == Condition("m", "one_of", ("yes", "no"))
    assert q.question("b").show_if == Condition("r", "one_of", (9, 10))
    assert q.question("c").show_if == Condition("l", "at_least", 4)
    assert (q.languages, q.default_language) == (("en", "fi"), "en")
    assert result.notes == ("the default language is English (en), as Swedish (sv) is not kept",)


def test_language_codes_from_xlsform_headers():
    assert language_code("Finnish (fi)") == "fi"
    assert language_code("English (en-GB)") == "en"
    assert language_code("svenska") == "sv"
    assert language_code("French") == "fr"
    assert language_code("de") == "de"
    assert language_code("Klingon") is None


# -- refused forms -------------------------------------------------------------------------

BASIC = [["type", "name", "label"]]
YES_NO = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]

REFUSED: list[tuple[str, list[list[Any]], list[list[Any]] | None, list[list[Any]] | None, str]] = [
    (
        "calculate",
        [*BASIC, ["text", "a", "A"], ["calculate", "c", None]],
        None,
        None,
        "survey row 3: type 'calculate' is not supported",
    ),
    (
        "or_other",
        [*BASIC, ["select_one yn or_other", "a", "A"]],
        YES_NO,
        None,
        "survey row 2: type 'select_one yn or_other' is not supported (or_other)",
    ),
    (
        "repeat",
        [*BASIC, ["begin repeat", "r", "R"], ["text", "a", "A"], ["end repeat"]],
        None,
        None,
        "survey row 2: type 'begin repeat' is not supported (repeats)",
    ),
    (
        "relevant with or",
        [
            [*BASIC[0], "relevant"],
            ["integer", "a", "A"],
            ["text", "b", "B", "${a} = 1 or ${a} = 2"],
        ],
        None,
        None,
        "survey row 3: relevant '${a} = 1 or ${a} = 2' is not supported; use ${q} = 'v', !=, >=,"
        " <=, selected(${q}, 'v') joined by and",
    ),
    (
        "!= on an optional question",
        [[*BASIC[0], "relevant"], ["select_one yn", "a", "A"], ["text", "b", "B", "${a} != 'no'"]],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': '!=' also holds when 'a' is unanswered, which show_if "
        "cannot express; make it required (without cannot_say or relevant) or use = / selected()",
    ),
    (
        "= on select_multiple",
        [
            [*BASIC[0], "relevant"],
            ["select_multiple yn", "a", "A"],
            ["text", "b", "B", "${a}='yes'"],
        ],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': '=' is not supported on a multiple_choice question; use "
        "selected(${q}, 'v')",
    ),
    (
        "relevant on a later question",
        [[*BASIC[0], "relevant"], ["text", "b", "B", "${a} = 'x'"], ["text", "a", "A"]],
        None,
        None,
        "survey row 2: relevant refers to 'a', which comes later",
    ),
    (
        "relevant value not a choice",
        [[*BASIC[0], "relevant"], ["select_one yn", "a", "A"], ["text", "b", "B", "${a} = 'y'"]],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': 'y' is not one of its answers",
    ),
    (
        "regex constraint on text",
        [[*BASIC[0], "constraint"], ["text", "a", "A", "regex(., '[0-9]+')"]],
        None,
        None,
        "survey row 2: constraint \"regex(., '[0-9]+')\" is not supported (a text allows only "
        "string-length(.) <= N)",
    ),
    (
        "strict bound on a decimal",
        [[*BASIC[0], "constraint"], ["decimal", "a", "A", ". > 0"]],
        None,
        None,
        "survey row 2: constraint '. > 0' is not supported (use . >= N and . <= M)",
    ),
    (
        "default answer",
        [[*BASIC[0], "default"], ["integer", "a", "A", 3]],
        None,
        None,
        "survey row 2: column 'default' is not supported (default answers)",
    ),
    (
        "media",
        [[*BASIC[0], "media::image::English (en)"], ["note", "a", "A", "a.png"]],
        None,
        None,
        "survey row 2: column 'media::image::English (en)' is not supported (pictures, sound and "
        "video)",
    ),
    (
        "missing list",
        [*BASIC, ["select_one colours", "a", "A"]],
        YES_NO,
        None,
        "survey row 2: list 'colours' is not in the choices sheet",
    ),
    (
        "likert with words",
        [[*BASIC[0], "appearance"], ["select_one yn", "a", "A", "likert"]],
        YES_NO,
        None,
        "choices row 2: list 'yn' is a likert scale, so choice name 'yes' must be a whole number",
    ),
    (
        "likert with eight points",
        [[*BASIC[0], "appearance"], ["select_one s", "a", "A", "likert"]],
        [["list_name", "name", "label"], *[["s", i, str(i)] for i in range(1, 9)]],
        None,
        "choices row 2: likert list 's' needs 3 to 7 consecutive whole numbers, not "
        "1, 2, 3, 4, 5, 6, 7, 8",
    ),
    (
        "duplicate name",
        [*BASIC, ["text", "a", "A"], ["integer", "a", "A again"]],
        None,
        None,
        "survey row 3: name 'a' is used twice",
    ),
    (
        "piping",
        [*BASIC, ["text", "a", "A"], ["note", "b", "You said ${a}"]],
        None,
        None,
        "survey row 3: label 'You said ${a}' shows an earlier answer (${...}), which is not "
        "supported",
    ),
    (
        "unknown language",
        [["type", "name", "label::Klingon"], ["text", "a", "A"]],
        None,
        None,
        "survey row 1: column 'label::Klingon': unknown language 'Klingon'; write it like "
        "'Finnish (fi)'",
    ),
    (
        "two columns for one language",
        [["type", "name", "label", "label::English (en)"], ["text", "a", "A", "A"]],
        None,
        None,
        "survey row 1: columns 'label' and 'label::English (en)' are both in English (en)",
    ),
    (
        "required expression",
        [[*BASIC[0], "required"], ["integer", "a", "A"], ["text", "b", "B", "${a} > 3"]],
        None,
        None,
        "survey row 3: required '${a} > 3' is not supported (use yes or no)",
    ),
    (
        "read only",
        [[*BASIC[0], "read_only"], ["text", "a", "A", "yes"]],
        None,
        None,
        "survey row 2: read_only questions are not supported",
    ),
    (
        "bad version",
        [*BASIC, ["text", "a", "A"]],
        None,
        [["version"], ["v1.2"]],
        "settings row 2: version 'v1.2' is not a whole number of 1 or more (such as 3 or "
        "2024030101)",
    ),
    (
        "no label",
        [*BASIC, ["text", "a", None]],
        None,
        None,
        "survey row 2: question 'a' has no label",
    ),
    (
        "end group without begin",
        [*BASIC, ["text", "a", "A"], ["end group"]],
        None,
        None,
        "survey row 3: 'end group' without a matching 'begin group'",
    ),
    (
        "group never closed",
        [*BASIC, ["begin group", "g", "G"], ["text", "a", "A"]],
        None,
        None,
        "survey row 2: group 'g' has no 'end group'",
    ),
    (
        "range step",
        [[*BASIC[0], "parameters"], ["range", "a", "A", "start=0 end=10 step=2"]],
        None,
        None,
        "survey row 2: a range needs step=1 and 2 to 21 points",
    ),
    (
        "appearance that hides the answers",
        [[*BASIC[0], "appearance"], ["select_one yn", "a", "A", "label"]],
        YES_NO,
        None,
        "survey row 2: appearance 'label' is not supported",
    ),
    (
        "formula label",
        [*BASIC, ["text", "a", '="Q"&1']],
        None,
        None,
        "survey row 2: label '=\"Q\"&1' is a formula; replace it by its text",
    ),
    (
        "untagged column in a tagged language",
        [["type", "name", "label:english", "caption"], ["text", "a", "A", "B"]],
        None,
        None,
        "survey row 1: columns 'label:english' and 'caption' are both in English (en)",
    ),
    (
        "answered test on a number",
        [[*BASIC[0], "relevant"], ["integer", "a", "A"], ["text", "b", "B", "${a} != ''"]],
        None,
        None,
        "survey row 3: relevant on 'a': show_if cannot test whether a number question is answered",
    ),
    (
        "unanswered test",
        [[*BASIC[0], "relevant"], ["select_one yn", "a", "A"], ["text", "b", "B", "${a} = ''"]],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': show_if cannot test that a question is unanswered",
    ),
    (
        "relevant on a left-out metadata row",
        [[*BASIC[0], "relevant"], ["start", "begun"], ["text", "b", "B", "${begun} >= 1"]],
        None,
        None,
        "survey row 3: relevant refers to 'begun', which is left out",
    ),
    (
        "numeric comparison on words",
        [[*BASIC[0], "relevant"], ["select_one yn", "a", "A"], ["text", "b", "B", "${a} >= 2"]],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': '>=' needs numbers, and 'yes' is not one",
    ),
    (
        "two tests on one number",
        [[*BASIC[0], "relevant"], ["integer", "a", "A"]]
        + [["text", "b", "B", "${a} >= 2 and ${a} <= 9"]],
        None,
        None,
        "survey row 3: conditions joined by 'and' on 'a' can be combined only for single "
        "choice, likert and range questions",
    ),
    (
        "group hint",
        [[*BASIC[0], "hint"], ["begin group", "g", "G", "Read"], ["text", "a", "A"], ["end group"]],
        None,
        None,
        "survey row 2: a group hint is not supported",
    ),
    (
        "choices without list_name",
        [*BASIC, ["select_one yn", "a", "A"]],
        [["name", "label"], ["yes", "Yes"]],
        None,
        "choices row 1: no 'list_name' column",
    ),
    (
        "metadata only",
        [*BASIC, ["start", "start"], ["end", "end"]],
        None,
        None,
        "survey: the form has no questions that can be imported",
    ),
    (
        "a column twice",
        [[*BASIC[0], "relevant", "relevant"], ["integer", "a", "A"]],
        None,
        None,
        "survey row 1: column 'relevant' appears twice",
    ),
    (
        "no type column",
        [["name", "label"], ["a", "A"]],
        None,
        None,
        "survey row 1: no 'type' column",
    ),
    (
        "add_none_option",
        [*BASIC, ["text", "a", "A"]],
        None,
        [["add_none_option"], ["yes"]],
        "settings row 2: add_none_option is not supported",
    ),
    (
        "no form in the default language",
        [["type", "name", "label::English (en)", "label::Finnish (fi)"], ["text", "a", "A", None]]
        + [["text", "b", None, "B"]],
        None,
        None,
        "survey row 3: label missing in English (en)",
    ),
    (
        "two values merged into none",
        [[*BASIC[0], "relevant", "required"], ["select_one yn", "a", "A", None, "yes"]]
        + [["text", "b", "B", "${a} = 'yes' and ${a} = 'no'"]],
        YES_NO,
        None,
        "survey row 3: the conditions can never all hold",
    ),
]


@pytest.mark.parametrize(
    ("survey", "choices", "settings_rows", "message"),
    [case[1:] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
def test_unsupported_forms_are_refused_with_sheet_row_and_reason(
    tmp_path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None,
    settings_rows: list[list[Any]] | None,
    message: str,
):
    path = write_form(tmp_path, survey, choices, settings_rows)
    errors = refusal(path)
    assert message in errors
    with pytest.raises(XLSFormError):
        read_xlsform(path)


def test_a_text_file_is_not_an_xlsx(tmp_path: Path):
    path = tmp_path / "form.xlsx"
    path.write_text("type,name,label\ntext,a,A\n", encoding="utf-8")
    assert refusal(path) == [
        "form.xlsx: not an Excel .xlsx file (an old .xls file must first be saved as .xlsx)"
    ]


def test_a_damaged_xlsx_is_refused(tmp_path: Path):
    good = write_form(tmp_path, [*BASIC, ["text", "a", "A"]])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(
                item, data[: len(data) // 2] if item.filename.endswith(".xml") else data
            )
    (message,) = refusal(damaged)
    assert message.startswith("damaged.xlsx: not an Excel .xlsx file, or the file is damaged (")


def test_a_wrong_stored_sheet_size_does_not_cut_rows_off(tmp_path: Path):
    good = write_form(tmp_path, [*BASIC, ["text", "a", "A"], ["integer", "b", "B"]])
    shrunk = tmp_path / "shrunk.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(shrunk, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:A1"/>', data)
                assert b'ref="A1:A1"' in data
            target.writestr(item, data)
    assert [q.id for q in import_xlsform(shrunk).questions] == ["a", "b"]


def test_a_missing_file_is_refused(tmp_path: Path):
    (message,) = refusal(tmp_path / "nowhere.xlsx")
    assert message.startswith("nowhere.xlsx: cannot read the file (")


def test_a_bad_language_argument_is_refused(tmp_path: Path):
    path = write_form(tmp_path, [*BASIC, ["text", "a", "A"]])
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path, language="Finnish")
    assert caught.value.errors == ["language 'Finnish' is not a code such as 'fi' or 'en'"]


def test_validation_errors_are_given_with_their_survey_row(tmp_path: Path):
    path = write_form(tmp_path, [*BASIC, ["text", "a", "A"], ["text", "b", "x" * 10_001]])
    assert refusal(path) == [
        "survey row 3: text.en: longer than 10000 characters",
        "survey row 3: text: English text missing",
    ]


def test_xlsform_error_is_a_questionnaire_error(tmp_path: Path):
    path = write_form(tmp_path, [*BASIC, ["calculate", "c", None]])
    with pytest.raises(QuestionnaireError):
        import_xlsform(path)


# -- junk ----------------------------------------------------------------------------------

HEADERS = [
    "type", "name", "label", "label::English (en)", "label::Finnish (fi)", "hint", "required",
    "relevant", "constraint", "appearance", "parameters", "list_name", "default", "read_only",
    "label:french", "label::", "media::image", "rows", "version", "form_id", "default_language",
]  # fmt: skip
WORDS = [
    "text", "integer", "decimal", "note", "range", "select_one l", "select_multiple l",
    "select_one l or_other", "begin group", "end group", "begin repeat", "end repeat", "start",
    "calculate", "a", "b", "l", "yes", "no", "likert", "multiline", "${a} = 'x'",
    "${a} >= 2 and ${a} <= 3", "selected(${b}, 'a')", ". >= 0 and . <= 9", "1", "2", "=TRUE()",
    "start=0 end=4", "Finnish (fi)", "cannot_say",
]  # fmt: skip
cell = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.integers(-5, 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
sheet_rows = st.lists(st.lists(cell, max_size=6), max_size=8)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    survey=sheet_rows,
    choices=st.one_of(st.none(), sheet_rows),
    settings_rows=st.one_of(st.none(), sheet_rows),
)
def test_junk_never_raises_anything_but_a_questionnaire_error(
    header: list[str],
    survey: list[list[Any]],
    choices: list[list[Any]] | None,
    settings_rows: list[list[Any]] | None,
):
    with tempfile.TemporaryDirectory() as folder:
        path = write_form(Path(folder), [header, *survey], choices, settings_rows)
        try:
            data = read_xlsform(path)
        except QuestionnaireError as exc:
            assert exc.errors and all(isinstance(e, str) and e for e in exc.errors)
        else:
            assert parse_questionnaire(data).id == data["id"]


FORM_TYPES = ["text", "integer", "decimal", "range", "note", "select_one l", "select_multiple l"]
GOOD_CONSTRAINT = {"text": "string-length(.) <= 3", "integer": ". >= 0 and . <= 9"}
SPECIAL_APPEARANCE = {"text": "multiline", "select_one l": "likert"}
form_row = st.tuples(
    st.sampled_from(FORM_TYPES),
    st.sampled_from([None, None, "no", True]),
    st.one_of(
        st.none(),
        st.tuples(
            st.integers(1, 3),
            st.sampled_from(["=", "!=", ">=", "<", "selected"]),
            st.sampled_from(["'1'", "'2'", "2", "''", "'x'"]),
        ),
    ),
    st.sampled_from([None, None, None, "good", ". > 1"]),
    st.sampled_from([None, None, "special", "special", "minimal"]),
)


def plausible_row(i: int, row: tuple[Any, ...]) -> list[Any]:
    """One survey row named ``q<i>``: mostly sensible, sometimes not, as a designer writes."""
    kind, required, test, constraint, appearance = row
    relevant = None
    if test is not None:
        back, op, literal = test
        target = i - back
        relevant = (
            f"selected(${{q{target}}}, {literal})"
            if op == "selected"
            else f"${{q{target}}} {op} {literal}"
        )
    if constraint == "good":
        constraint = GOOD_CONSTRAINT.get(kind)
    if appearance == "special":
        appearance = SPECIAL_APPEARANCE.get(kind)
    return [kind, f"q{i}", required, relevant, constraint, appearance, f"Question {i}"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(form_row, min_size=1, max_size=7), extra=st.sampled_from([None, "x", 4]))
def test_random_plausible_forms_import_or_are_refused_cleanly(
    rows: list[tuple[Any, ...]], extra: Any
):
    header = ["type", "name", "required", "relevant", "constraint", "appearance", "label"]
    survey = [header, *[plausible_row(i, row) for i, row in enumerate(rows)]]
    names = [1, 2, 3, "cannot_say"] + ([extra] if extra is not None else [])
    choices = [["list_name", "name", "label"], *[["l", name, f"Choice {name}"] for name in names]]
    with tempfile.TemporaryDirectory() as folder:
        path = write_form(Path(folder), survey, choices)
        try:
            q = import_xlsform(path)
        except XLSFormError as exc:
            assert all(e.startswith(("survey row ", "choices row ")) for e in exc.errors)
        else:
            assert [x.id for x in q.questions] == [f"q{i}" for i in range(len(rows))]
            for question in q.questions:
                if question.show_if is not None:
                    assert int(question.show_if.question[1:]) < int(question.id[1:])


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=400))
def test_junk_bytes_are_refused_as_not_xlsx(blob: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "junk.xlsx"
        path.write_bytes(b"PK\x03\x04" + blob if blob[:1] == b"\x00" else blob)
        with pytest.raises(XLSFormError) as caught:
            import_xlsform(path)
        assert caught.value.errors[0].startswith("junk.xlsx: ")
