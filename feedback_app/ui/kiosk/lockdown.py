"""Who may leave the kiosk: only someone with the trainer PIN.

Every way of closing asks for the PIN. Where no PIN has been set yet, closing does nothing
for a participant, and the trainer shortcut first asks the trainer to set one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog

from ...services.settings import PinService
from ..widgets.pin_dialogs import PinDialog, SetPinDialog
from .window import KioskWindow


class KioskGuard(QObject):
    """Turns the kiosk's close attempts into PIN prompts; ``unlocked`` when one succeeds."""

    unlocked = Signal()

    def __init__(self, kiosk: KioskWindow, pin: Callable[[], PinService]):
        super().__init__(kiosk)
        self._kiosk = kiosk
        self._pin = pin
        self.dialog: QDialog | None = None
        kiosk.exit_requested.connect(self._on_exit_requested)
        kiosk.trainer_requested.connect(self._on_trainer_requested)

    def _on_exit_requested(self) -> None:
        if self._pin().is_set():
            self._open(PinDialog(self._pin(), self._kiosk))
        # Without a PIN a participant's close attempt changes nothing.

    def _on_trainer_requested(self) -> None:
        pin = self._pin()
        self._open(PinDialog(pin, self._kiosk) if pin.is_set() else SetPinDialog(pin, self._kiosk))

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one prompt at a time
        self.dialog = dialog
        dialog.finished.connect(self._on_finished)
        dialog.open()

    def _on_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.unlocked.emit()
