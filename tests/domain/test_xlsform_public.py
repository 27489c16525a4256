"""The public XLSForms in tests/data/xlsform: each accepted one is usable, each refused one
is refused with sheet, row and reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from xlsform_builders import ACCEPTED, PUBLIC, REFUSED_FILES, refusal

from feedback_app.domain.answers import AnswerProblem, answer_rows, check_answers
from feedback_app.domain.questionnaire import Option, Question
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.domain.xlsform import import_xlsform, import_xlsform_with_notes


def test_the_public_forms_are_in_the_repository():
    assert [p.name for p in ACCEPTED] == [
        "extra_columns.xlsx",
        "field-list.xlsx",
        "text_and_integer.xlsx",
    ]
    assert [p.name for p in REFUSED_FILES] == [
        "bad_calc.xlsx",
        "survey_no_name.xlsx",
        "xlsform_spec_test.xlsx",
    ]


def test_public_text_and_integer_form_imports():
    result = import_xlsform_with_notes(PUBLIC / "accept" / "text_and_integer.xlsx")
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


def test_public_field_list_form_keeps_the_complete_language_and_says_what_it_left_out():
    result = import_xlsform_with_notes(PUBLIC / "accept" / "field-list.xlsx")
    q = result.questionnaire
    assert q.languages == ("en",)
    assert [s.id for s in q.sections] == ["name"]
    question = q.question("table_list_question")
    assert question.type == "single_choice"
    assert question.text == {"en": "table list question"} and question.help == {"en": "hint"}
    assert question.options == (Option("yes", {"en": "Yes"}), Option("no", {"en": "No"}))
    assert result.notes == (
        "choices column 'image' is empty; ignored",
        "untagged columns such as 'hint' were read as English (en); name their language with "
        "default_language in the settings sheet",
        "Chinese (zh) left out: text missing in survey row 3 (label)",
    )


def test_public_form_with_thousands_of_empty_columns_imports():
    q = import_xlsform(PUBLIC / "accept" / "extra_columns.xlsx")
    assert q.to_dict()["sections"] == [
        {
            "id": "section1",
            "questions": [
                {"id": "a", "type": "text", "required": False, "text": {"en": "A"}, "long": False}
            ],
        }
    ]


@pytest.mark.parametrize("path", ACCEPTED, ids=lambda p: p.name)
def test_every_accepted_public_form_is_usable(path: Path):
    q = import_xlsform(path)
    assert q.questions
    assert parse_questionnaire(q.to_dict()) == q
    for question in q.questions:
        assert set(question.text) == set(q.languages), question.id


def test_public_calculate_form_is_refused_with_row_and_reason():
    assert refusal(PUBLIC / "refuse" / "bad_calc.xlsx") == [
        "survey row 2: column 'calculation' is not supported (not yet: calculations)",
        "survey row 2: type 'calculate' is not supported (not yet: calculations)",
    ]


def test_public_workbook_without_survey_sheet_is_refused():
    assert refusal(PUBLIC / "refuse" / "survey_no_name.xlsx") == [
        "workbook: no sheet named 'survey' (sheets: 'Sheet1'), so this is not an XLSForm; an "
        "XLSForm has the sheets 'survey', 'choices' and 'settings'"
    ]


def test_public_spec_test_form_is_refused_for_each_unsupported_feature():
    errors = refusal(PUBLIC / "refuse" / "xlsform_spec_test.xlsx")
    expected = [
        "survey row 5: label::english 'Your name is ${my_name}' shows an earlier answer (${...}),"
        " which is not supported",
        "survey row 9: column 'image' is not supported (not yet: pictures, sound and video)",
        "survey row 12: appearance 'autocomplete_chars' is not supported",
        "survey row 14: constraint '. <= ${a_integer}' is not supported (use . >= N and . <= M)",
        "survey row 15: type 'begin repeat' is not supported (not yet: repeats)",
        "survey row 18: constraint on a multiple_choice question is not supported",
        "survey row 31: type 'date' is not supported (not yet: date and time answers)",
        "survey row 34: type 'geopoint' is not supported (anonymity: a location says where a "
        "participant is)",
        "survey row 40: type 'calculate' is not supported (not yet: calculations)",
        "survey row 55: name '=FALSE()' must be letters, digits, _ . or -, starting with a "
        "letter, at most 64 characters",
        "choices row 4: column 'image' is not supported (not yet: pictures, sound and video)",
        "settings row 2: column 'public_key' is not supported (not yet: encrypted submissions)",
        "settings row 2: form_id 'Spec test' must be letters, digits, _ . or -, starting with a "
        "letter",
    ]
    for message in expected:
        assert message in errors
    assert errors.index(expected[0]) < errors.index(expected[-1])


@pytest.mark.parametrize("path", REFUSED_FILES, ids=lambda p: p.name)
def test_every_refused_public_form_names_sheet_row_and_reason(path: Path):
    for message in refusal(path):
        assert message.startswith(("survey row ", "choices row ", "settings row ", "workbook: "))


def an_answer(question: Question) -> Any:
    """A valid answer to ``question``, as the kiosk would keep it."""
    if question.type == "likert":
        return question.scale_values()[-1]
    if question.type == "rating":
        return int(question.min or 0)
    if question.type == "number":
        return question.min if question.min is not None else 7
    if question.type == "single_choice":
        return question.options[-1].value
    if question.type == "multiple_choice":
        return tuple(o.value for o in question.options)
    return "Hyvä koulutus"


@pytest.mark.parametrize("path", ACCEPTED, ids=lambda p: p.name)
def test_the_kiosk_accepts_and_stores_answers_to_every_accepted_public_form(path: Path):
    q = import_xlsform(path)
    answers = {x.id: an_answer(x) for x in q.questions if x.stores_answer}
    assert check_answers(q, answers) == {}
    expected = []
    for x in q.questions:
        value = answers[x.id]
        if x.type == "multiple_choice":
            expected += [(x.id, None, code) for code in value]
        elif x.is_numeric:
            expected.append((x.id, float(value), None))
        else:
            expected.append((x.id, None, value))
    assert answer_rows(q, answers) == expected
    assert check_answers(q, {}) == {x.id: AnswerProblem.REQUIRED for x in q.questions if x.required}
    assert answer_rows(q, {}) == []


def test_answers_to_the_public_forms_are_checked_against_their_choices_and_types():
    choice = import_xlsform(PUBLIC / "accept" / "field-list.xlsx")
    assert check_answers(choice, {"table_list_question": "maybe"}) == {
        "table_list_question": AnswerProblem.UNKNOWN_OPTION
    }
    assert answer_rows(choice, {"table_list_question": "no"}) == [
        ("table_list_question", None, "no")
    ]
    numbers = import_xlsform(PUBLIC / "accept" / "text_and_integer.xlsx")
    assert check_answers(numbers, {"your_age": 30.5, "your_name": "  "}) == {
        "your_age": AnswerProblem.NOT_WHOLE
    }
    assert answer_rows(numbers, {"your_age": 30, "your_name": " Kim "}) == [
        ("your_name", None, "Kim"),
        ("your_age", 30.0, None),
    ]
