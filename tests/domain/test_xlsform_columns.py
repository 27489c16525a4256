"""Columns that change nothing for a kiosk are imported or ignored with a listed note, never a
refusal; language columns in every common spelling map onto fi, sv and en."""

from __future__ import annotations

from pathlib import Path

import pytest
from xlsform_builders import refusal, write_form

from feedback_app.domain.questionnaire import Condition
from feedback_app.domain.xlsform import import_xlsform_with_notes


def test_bind_body_instance_and_empty_media_columns_are_ignored_with_a_note(tmp_path: Path):
    survey = [
        ["type", "name", "label", "bind::jr:preload", "body::accuracyThreshold"]
        + ["instance::odk:tag", "media::image", "bind::relevant", "bind::required"]
        + ["bind::jr:constraintMsg::English (en)", "control::appearance"],
        ["integer", "a", "A", "uid", "5", "t1", None, None, "yes", "Too big", "thousands-sep"],
        ["text", "b", "B", None, None, None, None, "${a} >= 3"],
    ]
    result = import_xlsform_with_notes(
        write_form(tmp_path, survey, settings_rows=[["default_language"], ["en"]])
    )
    q = result.questionnaire
    assert q.question("a").required is True
    assert q.question("b").show_if == Condition("a", "at_least", 3)
    assert result.notes == (
        "survey column 'bind::jr:preload' (an XForm bind attribute) changes nothing a respondent "
        "sees or the kiosk stores; ignored",
        "survey column 'body::accuracyThreshold' (how ODK draws the question) changes nothing a "
        "respondent sees or the kiosk stores; ignored",
        "survey column 'instance::odk:tag' (an attribute ODK stores with the form) changes "
        "nothing a respondent sees or the kiosk stores; ignored",
        "survey column 'media::image' is empty; ignored",
        "survey column 'bind::jr:constraintMsg::English (en)' is not used (the kiosk shows its "
        "own, translated message); ignored",
    )


def test_messages_per_language_and_hints_in_other_languages_are_notes(tmp_path: Path):
    survey = [
        ["type", "name", "label::Finnish (fi)", "label::English (en)", "hint::Deutsch (de)"]
        + ["required_message::Finnish (fi)", "constraint_message::English (en)", "guidance_hint"],
        ["integer", "a", "A fi", "A en", "Hinweis", "Pakollinen", "Too big", "Ask"],
    ]
    result = import_xlsform_with_notes(write_form(tmp_path, survey))
    assert result.questionnaire.languages == ("fi", "en")
    assert result.notes == (
        "survey column 'required_message::Finnish (fi)' is not used (the kiosk shows its own, "
        "translated message); ignored",
        "survey column 'constraint_message::English (en)' is not used (the kiosk shows its own, "
        "translated message); ignored",
        "survey column 'guidance_hint' is not used; ignored",
        "German (de) left out: it has only hint, no labels",
        "not in every kept language, so left out: survey row 2 (hint)",
    )


@pytest.mark.parametrize(
    ("headers", "codes"),
    [
        (["label::Finnish (fi)", "label::Svenska (sv)", "label::English (en)"], ("fi", "sv", "en")),
        (["label::fi", "label::sv", "label::en"], ("fi", "sv", "en")),
        (["label::Suomi", "label::Svenska", "label::English"], ("fi", "sv", "en")),
        (["label:Finnish", "label:Swedish", "label:English"], ("fi", "sv", "en")),
        (["label::fi-FI", "label::sv_FI", "label::en-GB"], ("fi", "sv", "en")),
        (["label::Finnish(fi)", "label::Ruotsi", "label::Englanti"], ("fi", "sv", "en")),
        (["label::FI", "label::SV", "label::EN"], ("fi", "sv", "en")),
    ],
)
def test_language_columns_in_every_common_spelling(tmp_path: Path, headers: list[str], codes):
    survey = [["type", "name", *headers], ["text", "a", "Suomeksi", "På svenska", "In English"]]
    q = import_xlsform_with_notes(write_form(tmp_path, survey)).questionnaire
    assert q.languages == codes
    assert q.question("a").text == dict(
        zip(codes, ["Suomeksi", "På svenska", "In English"], strict=True)
    )


def test_columns_that_change_what_is_asked_stay_refused(tmp_path: Path):
    survey = [
        ["type", "name", "label", "body::intent", "bind::calculate", "media::image"],
        ["text", "a", "A", "org.app", None, None],
        ["integer", "b", "B", None, "1 + 1", None],
        ["note", "c", "C", None, None, "c.png"],
    ]
    assert refusal(write_form(tmp_path, survey)) == [
        "survey row 2: column 'body::intent' is not supported (kiosk: the kiosk opens no other "
        "apps)",
        "survey row 3: column 'bind::calculate' is not supported (not yet: calculations)",
        "survey row 4: column 'media::image' is not supported (not yet: pictures, sound and video)",
    ]


def test_this_apps_own_columns_are_read_where_they_belong(tmp_path: Path):
    survey = [
        ["type", "name", "label::English (en)", "parameters", "min_label::English (en)"]
        + ["max_label::English (en)", "cannot_say::English (en)"],
        ["range", "r", "R", "start=0 end=4", "Low", "High", "Cannot say"],
        ["decimal", "d", "D", None, None, None, "Don't know"],
        ["text", "t", "T", None, "Low"],
        ["select_one l", "s", "S", None, None, None, "No idea"],
    ]
    choices = [["list_name", "name", "label::English (en)"], ["l", "a", "A"]]
    settings_rows = [["questionnaire_title::English (en)", "form_title"], ["Our form", "Form"]]
    assert refusal(write_form(tmp_path, survey, choices, settings_rows)) == [
        "survey row 4: min_label is used only on range questions",
        "survey row 5: cannot_say is used only on range, integer and decimal questions",
    ]
    path = write_form(tmp_path, survey[:3], choices, settings_rows, name="ok.xlsx")
    q = import_xlsform_with_notes(path).questionnaire
    assert q.title == {"en": "Our form"}
    r = q.question("r")
    assert (r.min_label, r.max_label, r.cannot_say) == (
        {"en": "Low"},
        {"en": "High"},
        {"en": "Cannot say"},
    )
    assert q.question("d").cannot_say == {"en": "Don't know"}
