"""The trainer's questionnaire editor: duplicate, edit texts and questions, preview, save."""

from __future__ import annotations

import json

import pytest
from builtin_items import BUILTIN_IDS
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from ui_helpers import button, click, open_editor, open_list, put_text, select

from feedback_app.domain.questionnaire import QUESTION_TYPES
from feedback_app.domain.sessions import SessionDraft
from feedback_app.store.questionnaires import BUILTIN_ID


def field_text(field) -> str:
    return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()


def table(dialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def order(editor) -> list[str]:
    return [q.id for q in editor.draft.questions]


def stored(store, qid: str, version: int) -> dict:
    return json.loads(store.questionnaires.definition_json(qid, version))


def stored_questions(definition: dict) -> list[dict]:
    return [q for s in definition["sections"] for q in s["questions"]]


def duplicate_builtin(qtbot, dialog, new_id: str, title_en: str) -> None:
    dialog.select(BUILTIN_ID, 1)
    click(qtbot, dialog.duplicate_button)
    duplicate = dialog.dialog
    duplicate.id_edit.setText(new_id)
    put_text(duplicate.title_texts.field("title", "en"), title_en)
    click(qtbot, button(duplicate, "duplicate_ok"))
    assert not duplicate.isVisible(), duplicate.error_text()


def add_question(qtbot, editor, qtype: str) -> str:
    """Add a question of ``qtype`` through the buttons and write every text it needs."""
    panel = editor.questions
    panel.add_type.setCurrentIndex(panel.add_type.findData(qtype))
    click(qtbot, panel.add_button)
    form = editor.form
    for key, lang in form.texts.missing_fields():
        put_text(form.texts.field(key, lang), f"{qtype} {key} {lang}")
    assert form.texts.missing_fields() == []
    return form.id_edit.text()


def test_duplicate_edit_reorder_and_save_the_copy(qtbot, home):
    store = home.controller.services.store
    dialog = open_list(qtbot, home)
    assert table(dialog) == [["Training feedback", BUILTIN_ID, "1", "0"]]
    duplicate_builtin(qtbot, dialog, "border-course", "Border course feedback")
    assert table(dialog)[0] == ["Border course feedback", "border-course", "1", "0"]
    copy = stored(store, "border-course", 1)
    assert [q["id"] for q in stored_questions(copy)] == list(BUILTIN_IDS)
    assert copy["title"]["fi"] == "Palaute koulutuksesta"

    editor = open_editor(qtbot, dialog, "border-course", 1)
    assert editor.info.text() == "Questionnaire border-course, version 1"
    select(qtbot, editor, "interesting")
    put_text(editor.form.texts.field("text", "fi"), "Koulutus oli mielenkiintoinen.")
    select(qtbot, editor, "know_whom_to_consult")
    added = [add_question(qtbot, editor, qtype) for qtype in QUESTION_TYPES]
    assert order(editor)[6:13] == added  # each one after the one selected before it
    select(qtbot, editor, "overall")
    click(qtbot, editor.questions.up_button)
    click(qtbot, editor.questions.up_button)
    select(qtbot, editor, "most_useful")
    click(qtbot, editor.questions.remove_button)
    click(qtbot, button(editor, "save_button"))
    assert editor.error_texts() == []
    assert editor.notice.text() == "Saved as version 1."

    saved = stored(store, "border-course", 1)
    questions = stored_questions(saved)
    assert (
        [q["id"] for q in questions]
        == [
            *BUILTIN_IDS[:6],
            *added[:5],
            "overall",  # moved up past the text and the note
            *added[5:],
            "improve",
        ]
    )
    assert questions[0]["text"]["fi"] == "Koulutus oli mielenkiintoinen."
    assert questions[0]["text"]["sv"] == "Utbildningen var intressant."
    by_id = {q["id"]: q for q in questions}
    assert [by_id[qid]["type"] for qid in added] == list(QUESTION_TYPES)
    assert by_id[added[0]]["options"] == stored_questions(copy)[0]["options"]  # the same scale
    assert by_id[added[2]]["options"][1]["label"]["sv"] == "single_choice option1 sv"
    assert by_id[added[6]]["text"]["en"] == "note text en"
    assert store.questionnaires.latest_version("border-course") == 1
    assert stored(store, BUILTIN_ID, 1)["sections"][0]["questions"][0]["text"]["fi"] == (
        "Koulutus oli kiinnostava."
    )


def test_moving_past_the_edge_of_a_section_moves_the_question_into_the_next(qtbot, home):
    dialog = open_list(qtbot, home)
    editor = open_editor(qtbot, dialog, BUILTIN_ID, 1)
    select(qtbot, editor, "overall")
    click(qtbot, editor.questions.down_button)
    assert order(editor) == list(BUILTIN_IDS)  # same place, now the first of the comments
    click(qtbot, editor.questions.down_button)
    assert order(editor)[6:] == ["most_useful", "overall", "improve"]
    click(qtbot, button(editor, "save_button"))
    sections = stored(home.controller.services.store, BUILTIN_ID, 1)["sections"]
    assert [q["id"] for q in sections[1]["questions"]] == ["most_useful", "overall", "improve"]
    assert len(sections[0]["questions"]) == 6


def test_editing_a_version_with_responses_saves_the_next_version(qtbot, home):
    store = home.controller.services.store
    answered = store.sessions.get(home.selected_id())
    store.responses.submit(
        answered.id,
        store.questionnaires.get(BUILTIN_ID, 1),
        "fi",
        dict.fromkeys(BUILTIN_IDS[:6], 4) | {"overall": 5},
    )
    waiting = home._services.sessions.create(
        SessionDraft(title="Waiting", session_date="2026-05-04")
    )
    dialog = open_list(qtbot, home)
    assert table(dialog) == [["Training feedback", BUILTIN_ID, "1", "1"]]
    editor = open_editor(qtbot, dialog, BUILTIN_ID, 1)
    select(qtbot, editor, "overall")
    put_text(editor.form.texts.field("text", "en"), "All in all, how was the training?")
    click(qtbot, button(editor, "save_button"))
    assert editor.notice.text() == (
        "Version 1 is already used by responses, so this was saved as version 2. "
        "Sessions that already collected answers keep version 1. "
        "Sessions without answers now use version 2 (1)."
    )
    assert editor.info.text() == "Questionnaire ihme-feedback, version 2"
    old = stored_questions(stored(store, BUILTIN_ID, 1))
    new = stored_questions(stored(store, BUILTIN_ID, 2))
    assert old[6]["text"]["en"] == "Overall, how would you rate the training?"
    assert new[6]["text"]["en"] == "All in all, how was the training?"
    assert store.sessions.get(answered.id).questionnaire_version == 1
    assert store.sessions.get(waiting.id).questionnaire_version == 2
    assert table(dialog) == [
        ["Training feedback", BUILTIN_ID, "1", "1"],
        ["Training feedback", BUILTIN_ID, "2", "0"],
    ]
    put_text(editor.form.texts.field("text", "en"), "All in all, how good was it?")
    click(qtbot, button(editor, "save_button"))
    assert editor.notice.text() == "Saved as version 2."  # v2 has no responses yet
    assert store.questionnaires.latest_version(BUILTIN_ID) == 2


def test_a_missing_swedish_text_is_highlighted_counted_and_not_saved(qtbot, home):
    store = home.controller.services.store
    before = store.questionnaires.definition_json(BUILTIN_ID, 1)
    editor = open_editor(qtbot, open_list(qtbot, home), BUILTIN_ID, 1)
    assert editor.status.text() == "Every text is given in every language."
    select(qtbot, editor, "practical")
    swedish = editor.form.texts.field("text", "sv")
    put_text(swedish, "   ")
    assert swedish.property("missing") is True
    assert editor.form.texts.field("text", "fi").property("missing") is False
    assert editor.form.texts.missing_fields() == [("text", "sv")]
    assert editor.missing_count() == 1
    assert editor.status.text() == "Missing translations: 1 (highlighted)  —  Svenska: 1"
    row = editor.questions.list.currentItem().text()
    assert row.startswith("2. The training was practical.") and "⚠ 1 missing" in row
    put_text(editor.form.texts.field("help", "en"), "Think of the exercises.")
    assert editor.missing_count() == 3  # a help text begun in English needs fi and sv too
    assert editor.form.texts.field("help", "fi").property("missing") is True
    click(qtbot, button(editor, "save_button"))
    assert editor.error_texts() == [
        "sections[0].questions[1].text: Swedish text missing",
        "sections[0].questions[1].help: Finnish text missing",
        "sections[0].questions[1].help: Swedish text missing",
    ]
    assert store.questionnaires.definition_json(BUILTIN_ID, 1) == before
    put_text(swedish, "Utbildningen var praktisk.")
    put_text(editor.form.texts.field("help", "en"), "")
    assert swedish.property("missing") is False
    assert editor.status.text() == "Every text is given in every language."


def test_invalid_ids_show_the_error_and_save_nothing(qtbot, home):
    store = home.controller.services.store
    before = store.questionnaires.definition_json(BUILTIN_ID, 1)
    editor = open_editor(qtbot, open_list(qtbot, home), BUILTIN_ID, 1)
    select(qtbot, editor, "necessary")
    editor.form.id_edit.setText("")
    select(qtbot, editor, "most_useful")
    editor.form.id_edit.setText("improve")
    click(qtbot, button(editor, "save_button"))
    assert editor.error_texts() == [
        "sections[0].questions[3].id: must be an id of letters, digits, _ . or -, "
        "starting with a letter",
        "sections[1].questions[1].id: duplicate question id 'improve'",
    ]
    assert editor.notice.text().startswith("Not saved: fix these problems first")
    assert editor.isVisible() and editor.is_dirty()
    assert store.questionnaires.definition_json(BUILTIN_ID, 1) == before
    assert store.questionnaires.latest_version(BUILTIN_ID) == 1
    editor.errors.itemClicked.emit(editor.errors.item(0))  # go to the question
    assert editor.form.id_edit.text() == "" and editor.questions.current_question() == 3
    assert editor.draft.questions[7].id == "improve"  # nothing typed was lost


def test_a_duplicate_needs_a_new_valid_id_and_every_title(qtbot, home):
    store = home.controller.services.store
    dialog = open_list(qtbot, home)
    click(qtbot, dialog.duplicate_button)
    duplicate = dialog.dialog
    assert duplicate.id_edit.text() == "ihme-feedback-copy"
    for typed, message in [
        ("", "Give an id of letters, digits, _ . or -, starting with a letter"),
        ("2nd course", "Give an id of letters, digits, _ . or -, starting with a letter"),
        (BUILTIN_ID, "A questionnaire with this id exists already: choose another."),
    ]:
        duplicate.id_edit.setText(typed)
        click(qtbot, button(duplicate, "duplicate_ok"))
        assert duplicate.isVisible()
        assert duplicate.error_text().startswith(message)
    duplicate.id_edit.setText("course-b")
    put_text(duplicate.title_texts.field("title", "sv"), "")
    click(qtbot, button(duplicate, "duplicate_ok"))
    assert duplicate.error_text() == "Give the title in every language."
    assert duplicate.title_texts.field("title", "sv").property("missing") is True
    assert [i.id for i in store.questionnaires.list()] == [BUILTIN_ID]


def test_closing_with_unsaved_changes_asks(qtbot, home):
    store = home.controller.services.store
    before = store.questionnaires.definition_json(BUILTIN_ID, 1)
    editor = open_editor(qtbot, open_list(qtbot, home), BUILTIN_ID, 1)
    put_text(editor.title_texts.field("title", "en"), "Course feedback")
    click(qtbot, button(editor, "close_editor_button"))
    assert editor.confirm is not None and editor.confirm.isVisible()
    click(qtbot, editor.confirm.button(QMessageBox.StandardButton.Cancel))
    assert editor.isVisible() and editor.confirm is None
    click(qtbot, button(editor, "close_editor_button"))
    click(qtbot, editor.confirm.button(QMessageBox.StandardButton.Discard))
    assert not editor.isVisible()
    assert store.questionnaires.definition_json(BUILTIN_ID, 1) == before

    editor = open_editor(qtbot, home.dialog, BUILTIN_ID, 1)
    put_text(editor.title_texts.field("title", "en"), "Course feedback")
    editor.reject()  # Esc or the window's close button
    click(qtbot, editor.confirm.button(QMessageBox.StandardButton.Save))
    assert not editor.isVisible()
    assert stored(store, BUILTIN_ID, 1)["title"]["en"] == "Course feedback"
    assert table(home.dialog)[0][0] == "Course feedback"


def kiosk_page(home, language: str, question_id: str):
    """The kiosk's question page, walked to ``question_id`` as a participant would."""
    kiosk = home.controller.build_kiosk(home.selected_id())
    kiosk.resize(1280, 800)
    kiosk.show()
    kiosk.start_respondent(language)
    while kiosk.current_question.id != question_id:
        kiosk.question_page.answer_widget().set_value(4)
        kiosk.go_next()
    return kiosk


def page_texts(page) -> dict[str, str]:
    labels = {
        name: page.findChild(QLabel, name).text()
        for name in ("section_title", "progress_text", "question_text", "question_help")
    }
    buttons = [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)]
    return labels | {"buttons": "|".join(buttons)}


@pytest.mark.parametrize("language", ["sv", "fi"])
def test_preview_shows_what_the_kiosk_shows(qtbot, home, language):
    editor = open_editor(qtbot, open_list(qtbot, home), BUILTIN_ID, 1)
    select(qtbot, editor, "overall")
    preview = editor.open_preview()
    preview.language.setCurrentIndex(preview.language.findData(language))
    # The kiosk's texts were translated for the preview only; the interface stays English.
    assert QCoreApplication.translate("QuestionPage", "Next") == "Next"
    kiosk = kiosk_page(home, language, "overall")
    try:
        expected = page_texts(kiosk.question_page)
        assert page_texts(preview.page) == expected
        assert "Nästa" in expected["buttons"] or "Seuraava" in expected["buttons"]
        put_text(editor.form.texts.field("text", language), "Hur var det?")
        assert preview.page.findChild(QLabel, "question_text").text() == "Hur var det?"
        click(qtbot, preview.page.findChild(QPushButton, "next_button"))
        assert editor.form.id_edit.text() == "most_useful"  # Next steps through the editor
    finally:
        kiosk.close_unlocked()


def interactive(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QSpinBox, QCheckBox)
    found = [w for w in widget.findChildren(QWidget) if isinstance(w, kinds)]
    inner = ("qt_spinbox_lineedit",)
    return [
        w
        for w in found
        if w.isVisibleTo(widget)
        and w.objectName() not in inner
        and not isinstance(w.parent(), QComboBox | QSpinBox)
        and w.parent().objectName() != "qt_scrollarea_viewport"
    ]


def test_every_control_has_a_name_and_a_touch_sized_target(qtbot, home):
    dialog = open_list(qtbot, home)
    editor = open_editor(qtbot, dialog, BUILTIN_ID, 1)
    checked = 0
    for qid in ("interesting", "overall", "improve"):
        select(qtbot, editor, qid)
        for screen in (dialog, editor):
            for widget in interactive(screen):
                assert widget.objectName(), widget
                assert widget.accessibleName(), widget.objectName()
                assert widget.height() >= 44, (widget.objectName(), widget.height())
                checked += 1
    assert checked > 60


def test_saving_without_changes_keeps_the_stored_definition_exactly(qtbot, home):
    store = home.controller.services.store
    before = store.questionnaires.definition_json(BUILTIN_ID, 1)
    editor = open_editor(qtbot, open_list(qtbot, home), BUILTIN_ID, 1)
    for qid in BUILTIN_IDS:  # every form shown, nothing typed
        select(qtbot, editor, qid)
    click(qtbot, button(editor, "save_button"))
    assert editor.notice.text() == "Nothing to save: version 1 is stored exactly like this."
    assert store.questionnaires.definition_json(BUILTIN_ID, 1) == before
    click(qtbot, button(editor, "close_editor_button"))
    assert not editor.isVisible() and editor.confirm is None


def test_a_question_asking_for_a_name_is_saved_with_a_warning(qtbot, home):
    dialog = open_list(qtbot, home)
    duplicate_builtin(qtbot, dialog, "name-course", "Name course")
    editor = open_editor(qtbot, dialog, "name-course", 1)
    qid = add_question(qtbot, editor, "text")
    put_text(editor.form.texts.field("text", "en"), "What is your name?")
    click(qtbot, button(editor, "save_button"))
    assert editor.notice.text() == (
        f"Saved as version 1. Check “{qid}”: it seems to ask for something that identifies a "
        "participant (a name, contact details, an address). Responses are meant to be "
        "anonymous, so remove or reword it unless it is harmless."
    )
    questions = stored_questions(stored(home.controller.services.store, "name-course", 1))
    assert {q["id"]: q["text"]["en"] for q in questions}[qid] == "What is your name?"
