"""XLSForm languages, legacy headers and the notes about what was left out or assumed."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from xlsform_builders import FI_SV_EN, agree_choices, write_form

from feedback_app.domain.questionnaire import Condition
from feedback_app.domain.xlsform import import_xlsform_with_notes, language_code, read_xlsform


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
        "survey column 'constraint_message' is not used (the kiosk shows its own, translated "
        "message); ignored",
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
    assert result.questionnaire.languages == ("fi", "en")
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
