"""Participants complete the kiosk by mouse and by keyboard, in each language."""

from __future__ import annotations

import pytest
from builtin_items import AGREEMENT
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from feedback_app.app import create_app_window
from feedback_app.store import StoreWriteError

NEXT = {"fi": "Seuraava", "sv": "Nästa", "en": "Next"}
SUBMIT = {"fi": "Lähetä", "sv": "Skicka", "en": "Submit"}
THANKS = {
    "fi": "Kiitos palautteestasi!",
    "sv": "Tack för din respons!",
    "en": "Thank you for your feedback!",
}
REQUIRED = {
    "fi": "Vastaa tähän kysymykseen ennen kuin jatkat.",
    "sv": "Svara på frågan innan du fortsätter.",
    "en": "Please answer this question before you continue.",
}
QUESTION_1 = {
    "fi": "Koulutus oli kiinnostava.",
    "sv": "Utbildningen var intressant.",
    "en": "The training was interesting.",
}


def stored(kiosk) -> dict[str, list[tuple]]:
    db = kiosk.controller.services.store.db
    result: dict[str, list[tuple]] = {}
    for response_id, language in db.execute("SELECT id, language FROM responses ORDER BY rid"):
        rows = db.execute(
            "SELECT question_id, value_num, value_text FROM answers a JOIN responses r "
            "ON r.rid = a.response_id WHERE r.id = ? ORDER BY question_id",
            [response_id],
        ).fetchall()
        result.setdefault(language, []).append(tuple(rows))
    return result


def type_text(widget, text: str) -> None:
    """Type text as key presses, including letters QTest cannot name (ä, ö, å, emoji)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def page_text(kiosk) -> str:
    return kiosk.question_page.findChild(type(kiosk.question_page._text), "question_text").text()


def next_button(kiosk):
    return kiosk.question_page._next


def button(kiosk, name):
    widget = kiosk.question_page.answer_widget()
    return next(
        b for b in widget.findChildren(type(kiosk.question_page._next)) if b.objectName() == name
    )


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_participant_completes_by_mouse(qtbot, kiosk, language):
    click(qtbot, kiosk.welcome.buttons[language])
    assert page_text(kiosk) == QUESTION_1[language]
    assert next_button(kiosk).text() == NEXT[language]
    for i, qid in enumerate(AGREEMENT):
        assert kiosk.current_question.id == qid
        name = "option_cannot_say" if qid == "necessary" else f"option_{(i % 5) + 1}"
        click(qtbot, button(kiosk, name))
        click(qtbot, next_button(kiosk))
    click(qtbot, button(kiosk, "option_4"))  # overall
    click(qtbot, next_button(kiosk))
    box = kiosk.question_page.answer_widget().findChild(QPlainTextEdit, "text_input")
    type_text(box, "Tapausesimerkit, ä ö å 🙂")
    click(qtbot, next_button(kiosk))
    assert next_button(kiosk).text() == SUBMIT[language]
    click(qtbot, next_button(kiosk))  # improve left empty: optional
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert kiosk.thanks._thanks.text() == THANKS[language]
    assert stored(kiosk) == {
        language: [
            (
                ("identify_victims", 5.0, None),
                ("interesting", 1.0, None),
                ("know_whom_to_consult", 1.0, None),
                ("most_useful", None, "Tapausesimerkit, ä ö å 🙂"),
                ("necessary", None, None),
                ("overall", 4.0, None),
                ("practical", 2.0, None),
                ("understandable", 3.0, None),
            )
        ]
    }


def focused():
    return QApplication.focusWidget()


def key(qtbot, k, text=""):
    qtbot.keyClick(focused(), k)


def type_digit(qtbot, digit: int):
    qtbot.keyClick(focused(), str(digit))


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_participant_completes_by_keyboard_alone(qtbot, kiosk, language):
    # On the welcome screen: Tab/arrow to the language, Enter to start.
    index = ["fi", "sv", "en"].index(language)
    kiosk.welcome.buttons["fi"].setFocus()
    for _ in range(index):
        key(qtbot, Qt.Key.Key_Right)
    assert focused() is kiosk.welcome.buttons[language]
    key(qtbot, Qt.Key.Key_Return)
    assert kiosk.language == language
    # Enter without an answer is refused with the inline message.
    key(qtbot, Qt.Key.Key_Return)
    assert kiosk.current_question.id == "interesting"
    assert kiosk.question_page.message() == REQUIRED[language]
    for digit in (5, 4, 4, 3, 2, 1):
        type_digit(qtbot, digit)
        key(qtbot, Qt.Key.Key_Return)
    assert kiosk.current_question.id == "overall"
    key(qtbot, Qt.Key.Key_Right)  # nothing chosen yet: the first point
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Return)  # overall = 3
    assert kiosk.current_question.id == "most_useful"
    type_text(focused(), "Åland och Ähtäri")
    key(qtbot, Qt.Key.Key_Return)  # Enter adds a line in a long text box
    type_text(focused(), "rad två")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert kiosk.current_question.id == "improve"
    key(qtbot, Qt.Key.Key_Tab)  # Tab leaves the text box
    key(qtbot, Qt.Key.Key_PageUp)  # back to the previous question, answer still there
    assert kiosk.current_question.id == "most_useful"
    assert kiosk.question_page.value() == "Åland och Ähtäri\nrad två"
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert stored(kiosk)[language] == [
        (
            ("identify_victims", 2.0, None),
            ("interesting", 5.0, None),
            ("know_whom_to_consult", 1.0, None),
            ("most_useful", None, "Åland och Ähtäri\nrad två"),
            ("necessary", 3.0, None),
            ("overall", 3.0, None),
            ("practical", 4.0, None),
            ("understandable", 4.0, None),
        )
    ]


def answer_all(qtbot, kiosk, language="en", overall=5):
    kiosk.start_respondent(language)
    for _ in AGREEMENT:
        kiosk.question_page.answer_widget().set_value(4)
        kiosk.go_next()
    kiosk.question_page.answer_widget().set_value(overall)
    kiosk.go_next()
    kiosk.question_page.answer_widget().set_value("Secret of respondent one")
    kiosk.go_next()
    kiosk.go_next()


def test_required_question_blocks_next_until_answered(qtbot, kiosk):
    click(qtbot, kiosk.welcome.buttons["sv"])
    click(qtbot, next_button(kiosk))
    assert kiosk.current_question.id == "interesting"
    assert kiosk.question_page.message() == REQUIRED["sv"]
    click(qtbot, button(kiosk, "option_3"))
    assert kiosk.question_page.message() == ""  # the message goes once answered
    click(qtbot, next_button(kiosk))
    assert kiosk.current_question.id == "practical"


def test_thank_you_gives_a_fresh_welcome_without_trace(qtbot, kiosk):
    answer_all(qtbot, kiosk, "fi")
    assert kiosk.stack.currentWidget() is kiosk.thanks
    click(qtbot, kiosk.thanks)  # a tap continues at once
    assert kiosk.stack.currentWidget() is kiosk.welcome
    assert kiosk.answers() == {} and kiosk.language is None
    assert kiosk.question_page.answer_widget() is None
    texts = " ".join(label.text() for label in kiosk.findChildren(type(kiosk.question_page._text)))
    assert "Secret of respondent one" not in texts
    # The next respondent starts on empty questions.
    kiosk.start_respondent("en")
    assert kiosk.question_page.value() is None


def test_thank_you_returns_to_welcome_after_the_configured_seconds(qtbot, kiosk):
    kiosk.controller.services.store.settings.set("thank_you_seconds", 1)
    answer_all(qtbot, kiosk)
    assert kiosk.stack.currentWidget() is kiosk.thanks
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome, timeout=3000)


def test_failed_submit_keeps_answers_on_screen_and_can_be_retried(qtbot, kiosk, monkeypatch):
    service = kiosk._service
    real_submit = service.submit
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise StoreWriteError("the response could not be saved: the disk is full")
        return real_submit(*args, **kwargs)

    monkeypatch.setattr(service, "submit", failing)
    answer_all(qtbot, kiosk, "fi")
    assert kiosk.stack.currentWidget() is kiosk.question_page
    assert kiosk.current_question.id == "improve"
    assert "Vastauksiasi ei voitu tallentaa" in kiosk.question_page.message()
    assert kiosk.answers()["most_useful"] == "Secret of respondent one"
    assert kiosk.controller.services.store.responses.count() == 0
    click(qtbot, next_button(kiosk))  # retry
    assert kiosk.stack.currentWidget() is kiosk.thanks
    assert kiosk.controller.services.store.responses.count() == 1


def test_start_window_reaches_the_kiosk_in_one_click(qtbot, data_dir):
    window = create_app_window(data_dir, language="fi")
    qtbot.addWidget(window)
    window.show()
    assert window.start_button.text().startswith("Aloita palautteen keruu: Koulutus ")
    click(qtbot, window.start_button)
    kiosk = window.controller.kiosk
    assert kiosk is not None and kiosk.isVisible() and kiosk.isFullScreen()
    assert kiosk.welcome.title() == window.selected().title
    kiosk.close_unlocked()
    window.controller.services.store.close()
