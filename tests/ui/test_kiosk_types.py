"""The kiosk shows every question type and follows show_if: a hidden question stores nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from feedback_app.app import create_app_window
from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.validation import parse_questionnaire


def text(en: str) -> dict[str, str]:
    return {"fi": f"{en} (fi)", "sv": f"{en} (sv)", "en": en}


def options(*codes: str) -> list[dict]:
    return [{"value": c, "label": text(c.title())} for c in codes]


EVERY_TYPE = {
    "id": "every-type",
    "version": 1,
    "title": text("Every type"),
    "languages": ["fi", "sv", "en"],
    "default_language": "en",
    "sections": [
        {
            "id": "main",
            "questions": [
                {"id": "intro", "type": "note", "text": text("Thank you for taking part.")},
                {
                    "id": "agree7",
                    "type": "likert",
                    "required": True,
                    "text": text("Seven points."),
                    "options": [{"value": v, "label": text(f"Point {v}")} for v in range(1, 8)],
                    "cannot_say": text("Cannot say"),
                },
                {
                    "id": "recommend",
                    "type": "rating",
                    "text": text("Would you recommend it?"),
                    "min": 0,
                    "max": 10,
                    "min_label": text("Not at all"),
                    "max_label": text("Certainly"),
                },
                {
                    "id": "role",
                    "type": "single_choice",
                    "required": True,
                    "text": text("Your role?"),
                    "options": options("patrol", "investigator", "other"),
                },
                {
                    "id": "role_other",
                    "type": "text",
                    "text": text("Which role?"),
                    "max_length": 40,
                    "show_if": {"question": "role", "equals": "other"},
                },
                {
                    "id": "topics",
                    "type": "multiple_choice",
                    "text": text("Topics you want more of?"),
                    "options": options("law", "cases", "interviews"),
                },
                {
                    "id": "cases_count",
                    "type": "number",
                    "text": text("How many cases a year?"),
                    "min": 0,
                    "max": 500,
                    "show_if": {"question": "topics", "one_of": ["cases"]},
                },
                {
                    "id": "cases_detail",
                    "type": "text",
                    "long": True,
                    "text": text("Tell more about the cases."),
                    "show_if": {"question": "cases_count", "at_least": 10},
                },
            ],
        }
    ],
}


@pytest.fixture
def kiosk(qtbot, data_dir, store):
    questionnaire = parse_questionnaire(EVERY_TYPE)
    store.questionnaires.save(questionnaire)
    session = store.sessions.create(
        SessionDraft(title="Every type", session_date="2026-11-28"), "every-type", 1
    )
    window = create_app_window(data_dir, kiosk=True, session_id=session.id, language="en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close_unlocked()
    window.controller.services.store.close()


def stored(kiosk) -> list[tuple]:
    return kiosk.controller.services.store.db.execute(
        "SELECT question_id, value_num, value_text FROM answers ORDER BY question_id, value_text"
    ).fetchall()


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def option(kiosk, name: str) -> QPushButton:
    widget = kiosk.question_page.answer_widget()
    return next(b for b in widget.findChildren(QPushButton) if b.objectName() == name)


def page_text(kiosk) -> str:
    return kiosk.question_page.findChild(QLabel, "question_text").text()


def next_(qtbot, kiosk) -> None:
    click(qtbot, kiosk.question_page._next)


def type_into(qtbot, kiosk, text: str) -> None:
    widget = kiosk.question_page.answer_widget()
    box = widget.findChild(QLineEdit) or widget.findChild(QPlainTextEdit)
    box.setFocus()
    for char in text:  # key events carrying text: QTest cannot name ä, ö or å
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                box, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_type_is_shown_and_stored(qtbot, kiosk, language):
    click(qtbot, kiosk.welcome.buttons[language])
    suffix = "" if language == "en" else f" ({language})"
    assert page_text(kiosk) == "Thank you for taking part." + suffix
    assert kiosk.question_page.answer_widget().findChildren(QPushButton) == []
    next_(qtbot, kiosk)

    assert page_text(kiosk) == "Seven points." + suffix
    names = [b.objectName() for b in kiosk.question_page.answer_widget().findChildren(QPushButton)]
    assert names == [f"option_{v}" for v in range(1, 8)] + ["option_cannot_say"]
    click(qtbot, option(kiosk, "option_7"))
    next_(qtbot, kiosk)

    labels = [w.text() for w in kiosk.question_page.answer_widget().findChildren(QLabel)]
    assert "Not at all" + suffix in labels and "Certainly" + suffix in labels
    names = [b.objectName() for b in kiosk.question_page.answer_widget().findChildren(QPushButton)]
    assert names == [f"option_{v}" for v in range(11)]
    click(qtbot, option(kiosk, "option_0"))
    next_(qtbot, kiosk)

    click(qtbot, option(kiosk, "option_other"))
    next_(qtbot, kiosk)
    assert kiosk.current_question.id == "role_other"
    type_into(qtbot, kiosk, "Rajatarkastaja åäö")
    next_(qtbot, kiosk)

    click(qtbot, option(kiosk, "option_law"))
    click(qtbot, option(kiosk, "option_cases"))
    next_(qtbot, kiosk)
    assert kiosk.current_question.id == "cases_count"
    type_into(qtbot, kiosk, "12")
    next_(qtbot, kiosk)
    assert kiosk.current_question.id == "cases_detail"
    next_(qtbot, kiosk)  # optional, left empty: submits

    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert stored(kiosk) == [
        ("agree7", 7.0, None),
        ("cases_count", 12.0, None),
        ("recommend", 0.0, None),
        ("role", None, "other"),
        ("role_other", None, "Rajatarkastaja åäö"),
        ("topics", None, "cases"),
        ("topics", None, "law"),
    ]


def test_questions_whose_condition_fails_are_skipped_and_store_nothing(qtbot, kiosk):
    click(qtbot, kiosk.welcome.buttons["en"])
    next_(qtbot, kiosk)
    click(qtbot, option(kiosk, "option_cannot_say"))
    next_(qtbot, kiosk)
    next_(qtbot, kiosk)  # rating is optional
    click(qtbot, option(kiosk, "option_patrol"))
    next_(qtbot, kiosk)
    assert kiosk.current_question.id == "topics"  # role_other skipped
    click(qtbot, option(kiosk, "option_interviews"))
    next_(qtbot, kiosk)  # cases_count and cases_detail skipped: submits
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert stored(kiosk) == [
        ("agree7", None, None),
        ("role", None, "patrol"),
        ("topics", None, "interviews"),
    ]


def test_answers_to_questions_hidden_by_a_changed_answer_are_not_stored(qtbot, kiosk):
    """Going back and changing an answer hides what depended on it, along the whole chain."""
    click(qtbot, kiosk.welcome.buttons["en"])
    next_(qtbot, kiosk)
    click(qtbot, option(kiosk, "option_3"))
    next_(qtbot, kiosk)
    next_(qtbot, kiosk)
    click(qtbot, option(kiosk, "option_other"))
    next_(qtbot, kiosk)
    type_into(qtbot, kiosk, "Analyst")
    next_(qtbot, kiosk)
    click(qtbot, option(kiosk, "option_cases"))
    next_(qtbot, kiosk)
    type_into(qtbot, kiosk, "40")
    next_(qtbot, kiosk)
    assert kiosk.current_question.id == "cases_detail"
    kiosk.question_page.answer_widget().set_value("Many cases at the border")
    # back to the topics, and untick "cases": cases_count and cases_detail must go
    for _ in range(2):
        click(qtbot, kiosk.question_page._back)
    assert kiosk.current_question.id == "topics"
    click(qtbot, option(kiosk, "option_cases"))
    click(qtbot, option(kiosk, "option_law"))
    # back once more to the role, and pick another: role_other must go
    click(qtbot, kiosk.question_page._back)
    click(qtbot, kiosk.question_page._back)
    assert kiosk.current_question.id == "role"
    click(qtbot, option(kiosk, "option_investigator"))
    next_(qtbot, kiosk)
    assert kiosk.current_question.id == "topics"
    next_(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert stored(kiosk) == [
        ("agree7", 3.0, None),
        ("role", None, "investigator"),
        ("topics", None, "law"),
    ]


def test_progress_counts_only_the_questions_shown(qtbot, kiosk):
    click(qtbot, kiosk.welcome.buttons["en"])
    progress = kiosk.question_page.findChild(QLabel, "progress_text")
    # with nothing answered yet, role_other, cases_count and cases_detail are hidden
    assert progress.text() == "Question 1 of 5"
    next_(qtbot, kiosk)
    click(qtbot, option(kiosk, "option_1"))
    next_(qtbot, kiosk)
    next_(qtbot, kiosk)
    assert progress.text() == "Question 4 of 5"
    click(qtbot, option(kiosk, "option_other"))
    assert progress.text() == "Question 4 of 6"  # "other" shows one more question
    click(qtbot, option(kiosk, "option_patrol"))
    assert progress.text() == "Question 4 of 5"
    click(qtbot, option(kiosk, "option_other"))
    next_(qtbot, kiosk)
    assert progress.text() == "Question 5 of 6"
    type_into(qtbot, kiosk, "Analyst")
    next_(qtbot, kiosk)
    assert progress.text() == "Question 6 of 6"
    assert kiosk.question_page._next.text() == "Submit"
    click(qtbot, option(kiosk, "option_cases"))  # shows the number of cases next
    assert progress.text() == "Question 6 of 7"
    assert kiosk.question_page._next.text() == "Next"


def test_number_and_multiple_choice_say_what_they_take(qtbot, kiosk):
    click(qtbot, kiosk.welcome.buttons["fi"])
    next_(qtbot, kiosk)
    click(qtbot, option(kiosk, "option_2"))
    next_(qtbot, kiosk)
    next_(qtbot, kiosk)
    click(qtbot, option(kiosk, "option_patrol"))
    next_(qtbot, kiosk)
    hint = kiosk.question_page.answer_widget().findChild(QLabel, "answer_hint")
    assert hint.text() == "Valitse kaikki sopivat vaihtoehdot."
    click(qtbot, option(kiosk, "option_cases"))
    next_(qtbot, kiosk)
    hint = kiosk.question_page.answer_widget().findChild(QLabel, "answer_hint")
    assert hint.text() == "Kokonaisluku väliltä 0–500"
    type_into(qtbot, kiosk, "501")
    next_(qtbot, kiosk)
    assert kiosk.question_page.message() == "Anna luku väliltä 0–500."
