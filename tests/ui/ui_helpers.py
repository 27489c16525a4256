"""Helpers the trainer-screen tests share (pytest puts this folder on the import path)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def button(parent: QWidget, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def put_text(field, text: str) -> None:
    if isinstance(field, QPlainTextEdit):
        field.setPlainText(text)
    else:
        field.setText(text)


def open_list(qtbot, home):
    """The questionnaire list, opened from the trainer's home."""
    click(qtbot, button(home, "questionnaires_button"))
    return home.dialog


def open_editor(qtbot, dialog, qid: str, version: int):
    dialog.select(qid, version)
    click(qtbot, dialog.edit_button)
    editor = dialog.dialog
    editor.resize(1280, 800)
    qtbot.waitExposed(editor)
    return editor


def select(qtbot, editor, question_id: str) -> None:
    index = next(i for i, q in enumerate(editor.draft.questions) if q.id == question_id)
    editor.questions.select_question(index)
    assert editor.form.id_edit.text() == question_id
