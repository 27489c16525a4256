"""The kiosk cannot be left without the trainer PIN; idle respondents are timed out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from feedback_app.app import AlreadyRunning, acquire_instance_lock, create_app_window
from feedback_app.ui.widgets.pin_dialogs import PinDialog, SetPinDialog


@pytest.fixture
def kiosk(qtbot, data_dir):
    window = create_app_window(data_dir, kiosk=True, language="fi")
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: getattr(window, "guard", None) is not None)
    yield window
    controller = window.controller
    if controller.kiosk is not None:
        window.close_unlocked()
    if controller.home is not None:
        controller.home.close()
    controller.services.store.close()


def set_pin(kiosk, pin="2468"):
    assert kiosk.controller.services.store.pin.set_first(pin).accepted


def test_kiosk_is_full_screen(kiosk):
    assert kiosk.isFullScreen()


def test_closing_without_pin_set_does_nothing(qtbot, kiosk):
    assert kiosk.close() is False
    for keys in ("Esc", "Ctrl+Q"):
        qtbot.keyClick(
            kiosk,
            Qt.Key.Key_Escape if keys == "Esc" else Qt.Key.Key_Q,
            Qt.KeyboardModifier.NoModifier
            if keys == "Esc"
            else Qt.KeyboardModifier.ControlModifier,
        )
    assert kiosk.isVisible()
    assert kiosk.guard.dialog is None  # a participant gets no way out at all


def test_every_way_of_closing_asks_for_the_pin(qtbot, kiosk):
    set_pin(kiosk)
    attempts = [
        lambda: kiosk.close(),
        lambda: qtbot.keyClick(kiosk, Qt.Key.Key_Escape),
        lambda: qtbot.keyClick(kiosk, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        lambda: qtbot.keyClick(
            kiosk,
            Qt.Key.Key_T,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        ),
    ]
    for attempt in attempts:
        attempt()
        dialog = kiosk.guard.dialog
        assert isinstance(dialog, PinDialog) and dialog.isVisible()
        dialog.reject()
        qtbot.waitUntil(lambda: kiosk.guard.dialog is None)
        assert kiosk.isVisible()


def test_wrong_pin_keeps_the_kiosk_and_right_pin_opens_trainer_home(qtbot, kiosk):
    set_pin(kiosk)
    kiosk.close()
    dialog = kiosk.guard.dialog
    dialog.field.setText("1111")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.message.text() == "Väärä PIN-koodi. Vielä 4 yritystä ennen taukoa."
    assert kiosk.isVisible() and dialog.isVisible()
    dialog.field.setText("2468")
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: kiosk.controller.home is not None and kiosk.controller.home.isVisible())
    assert not kiosk.isVisible()


def test_lockout_disables_the_pin_prompt(qtbot, kiosk):
    set_pin(kiosk)
    kiosk.close()
    dialog = kiosk.guard.dialog
    for _ in range(5):
        dialog.field.setText("0000")
        dialog._submit()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.message.text().startswith("Liian monta väärää yritystä. Yritä uudelleen 30 ")


def test_trainer_shortcut_without_pin_asks_to_set_one_first(qtbot, kiosk):
    qtbot.keyClick(
        kiosk, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = kiosk.guard.dialog
    assert isinstance(dialog, SetPinDialog)
    for wrong in ("12a4", "123"):
        dialog.new.setText(wrong)
        dialog.repeat.setText(wrong)
        dialog._submit()
        assert dialog.message.text() == "PIN-koodissa on 4–12 numeroa."
        assert not kiosk.controller.services.store.pin.is_set()
    dialog.new.setText("1357")
    dialog.repeat.setText("1375")
    dialog._submit()
    assert "eivät täsmää" in dialog.message.text()
    dialog.repeat.setText("1357")
    dialog._submit()
    qtbot.waitUntil(lambda: kiosk.controller.home is not None and kiosk.controller.home.isVisible())
    assert kiosk.controller.services.store.pin.check("1357").accepted


def answer_first(kiosk, value=4):
    kiosk.start_respondent("fi")
    kiosk.question_page.answer_widget().set_value(value)
    kiosk.go_next()
    kiosk.question_page.answer_widget().set_value(2)


def make_quick(kiosk):
    flow = kiosk.flow()
    flow.idle_ms = 60
    flow.confirm_seconds = 1
    return flow


def test_idle_question_page_asks_then_returns_to_welcome_and_discards(qtbot, kiosk):
    flow = make_quick(kiosk)
    answer_first(kiosk)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is flow.still_there, timeout=2000)
    assert flow.still_there._question.text() == "Oletko vielä siellä?"
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome, timeout=3000)
    assert kiosk.answers() == {}
    db = kiosk.controller.services.store.db
    assert db.execute("SELECT count(*) FROM responses").fetchone()[0] == 0


def test_idle_keeps_half_done_response_as_incomplete_when_set(qtbot, kiosk):
    kiosk.controller.services.store.settings.set("keep_incomplete", True)
    flow = make_quick(kiosk)
    answer_first(kiosk)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is kiosk.welcome, timeout=4000)
    db = kiosk.controller.services.store.db
    rows = db.execute("SELECT completed, rid FROM responses").fetchall()
    assert len(rows) == 1 and rows[0][0] == 0
    answers = db.execute(
        "SELECT question_id, value_num FROM answers WHERE response_id = ? ORDER BY question_id",
        [rows[0][1]],
    ).fetchall()
    assert answers == [("interesting", 4.0), ("practical", 2.0)]
    # An unfinished response counts nowhere.
    assert db.execute("SELECT count(*) FROM response_counts").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM answer_counts").fetchone()[0] == 0
    assert flow.current_question is None


def test_still_there_continue_returns_with_the_answer_kept(qtbot, kiosk):
    flow = make_quick(kiosk)
    answer_first(kiosk)
    qtbot.waitUntil(lambda: kiosk.stack.currentWidget() is flow.still_there, timeout=2000)
    flow.idle_ms = 60_000
    qtbot.mouseClick(flow.still_there.continue_button, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is kiosk.question_page
    assert kiosk.current_question.id == "practical"
    assert kiosk.question_page.value() == 2


def test_activity_postpones_the_idle_question(qtbot, kiosk):
    flow = kiosk.flow()
    flow.idle_ms = 400
    answer_first(kiosk)
    for _ in range(6):
        qtbot.wait(150)
        qtbot.keyClick(QApplication.focusWidget() or kiosk, Qt.Key.Key_Down)
    assert kiosk.stack.currentWidget() is kiosk.question_page


def test_closed_session_receives_no_responses(qtbot, kiosk):
    store = kiosk.controller.services.store
    session = kiosk._service.session()
    store.sessions.set_closed(session.id, True)
    kiosk.start_respondent("sv")
    for _ in range(6):
        kiosk.question_page.answer_widget().set_value(3)
        kiosk.go_next()
    kiosk.question_page.answer_widget().set_value(3)
    kiosk.go_next()
    kiosk.go_next()
    kiosk.go_next()
    assert kiosk.stack.currentWidget() is kiosk.question_page
    assert (
        kiosk.question_page.message()
        == "Det här utbildningstillfället har stängts. Meddela utbildaren."
    )
    assert store.responses.count() == 0


def test_second_copy_on_the_same_data_folder_is_refused(data_dir, tmp_path):
    first = acquire_instance_lock(data_dir)
    with pytest.raises(AlreadyRunning, match="already running"):
        acquire_instance_lock(data_dir)
    other = acquire_instance_lock(tmp_path / "elsewhere")  # another folder is fine
    first.unlock()
    again = acquire_instance_lock(data_dir)
    again.unlock()
    other.unlock()
