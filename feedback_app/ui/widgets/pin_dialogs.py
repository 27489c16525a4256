"""Dialogs to enter, set and change the trainer PIN, with clear inline messages."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain.pin import MAX_LENGTH, pin_format_ok
from ...services.settings import PinService
from ...services.types import PinCheck, PinOutcome
from .fit import dialog_body


def _pin_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_LENGTH)
    field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    field.setMinimumWidth(220)
    return field


class PinTexts(QObject):
    """Messages both dialogs show. They live here, not in the dialogs' base class, because
    tr() in a base class looks its texts up under the subclass's name."""

    def wrong(self, tries_left: int) -> str:
        return self.tr("Wrong PIN. %n try/tries left before a pause.", "", tries_left)

    def locked(self, seconds: int) -> str:
        return self.tr("Too many wrong tries. Try again in %n second(s).", "", seconds)

    def bad_format(self) -> str:
        return self.tr("A PIN is 4 to 12 digits.")


class _PinDialogBase(QDialog):
    def __init__(self, pin: PinService, parent: QWidget | None = None):
        super().__init__(parent)
        self._pin = pin
        self._texts = PinTexts(self)
        self.setModal(True)
        self._layout = dialog_body(self, "pin_body")
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self._layout.addWidget(self._intro)
        self._form = QFormLayout()
        self._layout.addLayout(self._form)
        self.message = QLabel(self)
        self.message.setObjectName("pin_message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        self._layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.layout().addWidget(self.buttons)
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setInterval(1000)
        self._unlock_timer.timeout.connect(self._refresh_lock)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _explain(self, result: PinCheck) -> None:
        if result.outcome is PinOutcome.WRONG:
            self._say(self._texts.wrong(result.tries_left))
        elif result.outcome is PinOutcome.LOCKED:
            self._refresh_lock()
            self._unlock_timer.start()
        elif result.outcome is PinOutcome.BAD_FORMAT:
            self._say(self._texts.bad_format())

    def _refresh_lock(self) -> None:
        seconds = math.ceil(self._pin.seconds_locked())
        locked = seconds > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not locked)
        if locked:
            self._say(self._texts.locked(seconds))
        else:
            self._unlock_timer.stop()
            self._say("")

    def _submit(self) -> None:
        raise NotImplementedError


class PinDialog(_PinDialogBase):
    """Asks for the PIN; accepted only with the right one."""

    def __init__(self, pin: PinService, parent: QWidget | None = None):
        super().__init__(pin, parent)
        self.setObjectName("pin_dialog")
        self.setWindowTitle(self.tr("Trainer PIN"))
        self._intro.setText(self.tr("Enter the trainer PIN."))
        self.field = _pin_field(self, "pin_field")
        self.field.setAccessibleName(self.tr("Trainer PIN"))
        self._form.addRow(self.tr("PIN"), self.field)
        if pin.seconds_locked() > 0:
            self._explain(PinCheck(PinOutcome.LOCKED))

    def _submit(self) -> None:
        result = self._pin.check(self.field.text())
        self.field.clear()
        if result.accepted:
            self.accept()
        else:
            self._explain(result)
            self.field.setFocus()


class SetPinDialog(_PinDialogBase):
    """Sets the first PIN, or changes it (then the old PIN is asked first)."""

    def __init__(self, pin: PinService, parent: QWidget | None = None):
        super().__init__(pin, parent)
        self.setObjectName("set_pin_dialog")
        self._changing = pin.is_set()
        self.setWindowTitle(
            self.tr("Change the trainer PIN") if self._changing else self.tr("Set a trainer PIN")
        )
        self._intro.setText(
            self.tr(
                "The PIN keeps participants from leaving the kiosk or seeing the trainer's "
                "screens. Choose 4 to 12 digits you will remember; if you forget it, "
                "'feedback-app pin reset' removes it and keeps all data."
            )
        )
        self.old = _pin_field(self, "old_pin_field")
        self.new = _pin_field(self, "new_pin_field")
        self.repeat = _pin_field(self, "repeat_pin_field")
        if self._changing:
            self._form.addRow(self.tr("Current PIN"), self.old)
            self.old.setAccessibleName(self.tr("Current PIN"))
        else:
            self.old.hide()
        self._form.addRow(self.tr("New PIN"), self.new)
        self._form.addRow(self.tr("New PIN again"), self.repeat)
        self.new.setAccessibleName(self.tr("New PIN"))
        self.repeat.setAccessibleName(self.tr("New PIN again"))

    def _submit(self) -> None:
        new, repeat = self.new.text(), self.repeat.text()
        if not pin_format_ok(new):
            self._explain(PinCheck(PinOutcome.BAD_FORMAT))
            return
        if new != repeat:
            self._say(self.tr("The two new PINs differ. Type the same PIN twice."))
            return
        if self._changing:
            result = self._pin.change(self.old.text(), new)
            self.old.clear()
        else:
            result = self._pin.set_first(new)
        if result.accepted:
            self.accept()
        else:
            self._explain(result)
