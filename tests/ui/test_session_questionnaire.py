"""A session uses one questionnaire version, chosen in the session dialog."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton
from ui_helpers import click

from feedback_app.domain.sessions import SessionDraft
from feedback_app.store import StoreError
from feedback_app.store.questionnaires import BUILTIN_ID

ANSWERS = {
    "interesting": 4,
    "practical": 4,
    "understandable": 4,
    "necessary": 4,
    "identify_victims": 4,
    "know_whom_to_consult": 4,
    "overall": 5,
}


def child_button(parent, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def choices(dialog) -> list[str]:
    combo = dialog.questionnaire
    return [combo.itemText(i) for i in range(combo.count())]


def choose(dialog, qid: str, version: int) -> None:
    combo = dialog.questionnaire
    index = next(i for i in range(combo.count()) if tuple(combo.itemData(i)) == (qid, version))
    combo.setCurrentIndex(index)


def make_course_questionnaire(qtbot, home) -> None:
    """Duplicate the built-in questionnaire as 'border-course' and reword its first question."""
    click(qtbot, child_button(home, "questionnaires_button"))
    questionnaires = home.dialog
    click(qtbot, questionnaires.duplicate_button)
    duplicate = questionnaires.dialog
    duplicate.id_edit.setText("border-course")
    duplicate.title_texts.field("title", "en").setText("Border course")
    click(qtbot, child_button(duplicate, "duplicate_ok"))
    click(qtbot, questionnaires.edit_button)
    editor = questionnaires.dialog
    field = editor.form.texts.field("text", "en")
    assert isinstance(field, QPlainTextEdit)
    field.setPlainText("The border course was worth my time.")
    click(qtbot, child_button(editor, "save_button"))
    assert editor.notice.text() == "Saved as version 1."
    click(qtbot, child_button(editor, "close_editor_button"))
    click(qtbot, child_button(questionnaires, "close_questionnaires_button"))
    assert not questionnaires.isVisible()


def test_a_session_with_the_duplicated_questionnaire_shows_its_questions(qtbot, home):
    make_course_questionnaire(qtbot, home)
    click(qtbot, child_button(home, "new_session_button"))
    dialog = home.dialog
    assert choices(dialog) == [
        "Border course (border-course, version 1)",
        "Training feedback (ihme-feedback, version 1)",
    ]
    assert dialog.questionnaire_choice() == (BUILTIN_ID, 1)  # the built-in by default
    dialog.title.setText("Rajakoulutus")
    choose(dialog, "border-course", 1)
    dialog._save()
    store = home.controller.services.store
    session = store.sessions.get(home.selected_id())
    assert (session.title, session.questionnaire_id, session.questionnaire_version) == (
        "Rajakoulutus",
        "border-course",
        1,
    )
    click(qtbot, home.start_button)
    kiosk = home.controller.kiosk
    try:
        kiosk.start_respondent("en")
        text = kiosk.question_page.findChild(QLabel, "question_text").text()
        assert text == "The border course was worth my time."
        kiosk.question_page.answer_widget().set_value(5)
        kiosk.go_next()
        assert kiosk.current_question.id == "practical"
    finally:
        kiosk.close_unlocked()


def test_a_session_without_responses_can_change_its_questionnaire(qtbot, home):
    make_course_questionnaire(qtbot, home)
    session_id = home.selected_id()
    click(qtbot, home.edit_button)
    dialog = home.dialog
    assert dialog.questionnaire.isEnabled()
    assert dialog.findChild(QLabel, "questionnaire_locked") is None
    choose(dialog, "border-course", 1)
    dialog.title.setText("Renamed")
    dialog._save()
    session = home.controller.services.store.sessions.get(session_id)
    assert (session.title, session.questionnaire_id) == ("Renamed", "border-course")


def test_a_session_with_responses_keeps_its_questionnaire(qtbot, home):
    make_course_questionnaire(qtbot, home)
    store = home.controller.services.store
    session_id = home.selected_id()
    store.responses.submit(session_id, store.questionnaires.get(BUILTIN_ID, 1), "fi", ANSWERS)
    click(qtbot, home.edit_button)
    dialog = home.dialog
    assert not dialog.questionnaire.isEnabled()
    assert dialog.questionnaire.currentText() == "Training feedback (ihme-feedback, version 1)"
    assert (
        dialog.findChild(QLabel, "questionnaire_locked")
        .text()
        .startswith("This session already has responses, so it keeps its questionnaire version")
    )
    dialog.title.setText("Still editable")
    dialog._save()
    session = store.sessions.get(session_id)
    assert (session.title, session.questionnaire_id, session.questionnaire_version) == (
        "Still editable",
        BUILTIN_ID,
        1,
    )


def test_an_older_version_in_use_is_still_shown_as_the_sessions_choice(qtbot, home):
    store = home.controller.services.store
    session_id = home.selected_id()
    store.responses.submit(session_id, store.questionnaires.get(BUILTIN_ID, 1), "fi", ANSWERS)
    edited = store.questionnaires.get(BUILTIN_ID, 1)
    store.questionnaires.save(replace(edited, title={**edited.title, "en": "Edited"}))
    click(qtbot, home.edit_button)
    assert choices(home.dialog) == [
        "Edited (ihme-feedback, version 2)",
        "Training feedback (ihme-feedback, version 1)",
    ]
    assert home.dialog.questionnaire_choice() == (BUILTIN_ID, 1)


# -- the store ---------------------------------------------------------------------------


def test_store_update_changes_the_questionnaire_only_without_responses(store):
    draft = SessionDraft(title="Kurssi", session_date="2026-05-04")
    session = store.sessions.create(draft, BUILTIN_ID, 1)
    course = store.questionnaires.get(BUILTIN_ID, 1)
    store.questionnaires.save(replace(course, id="course"))
    assert store.sessions.update(session.id, draft).questionnaire_id == BUILTIN_ID
    moved = store.sessions.update(session.id, draft, ("course", 1))
    assert (moved.questionnaire_id, moved.questionnaire_version) == ("course", 1)
    with pytest.raises(KeyError):
        store.sessions.update(session.id, draft, ("course", 9))
    store.responses.submit(session.id, store.questionnaires.get("course", 1), "sv", ANSWERS)
    renamed = SessionDraft(title="Kurs", session_date="2026-05-04")
    with pytest.raises(StoreError, match="already has responses"):
        store.sessions.update(session.id, renamed, (BUILTIN_ID, 1))
    assert store.sessions.get(session.id).title == "Kurssi"  # nothing of the refused edit
    kept = store.sessions.update(session.id, renamed, ("course", 1))  # the same: fine
    assert (kept.title, kept.questionnaire_id) == ("Kurs", "course")
    assert store.sessions.has_responses(session.id)
