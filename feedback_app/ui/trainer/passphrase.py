"""The passphrase of the project manager's key, asked once before encrypted bundles are opened.

Opening the key takes a second or two on purpose (that is what makes guessing slow), so the
check runs off the GUI thread; a wrong passphrase is said in the dialog, which stays open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...services import Services
from ..jobs import QuietJob
from ..widgets.fit import dialog_body, fit_to_screen


def check_passphrase(data_dir: Path, passphrase: str) -> str:
    """``passphrase`` when it opens the key of ``data_dir`` (in the job's thread)."""
    with Services(data_dir, verify=False) as services:
        services.bundles.check_passphrase(passphrase)
    return passphrase


class PassphraseDialog(QDialog):
    """Accepted once the passphrase typed has opened the key (``passphrase`` holds it)."""

    def __init__(self, data_dir: Path, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        self.setWindowTitle(self.tr("Passphrase"))
        self._data_dir = Path(data_dir)
        self.passphrase: str | None = None
        self.checking: QuietJob | None = None
        layout = dialog_body(self)
        intro = QLabel(
            self.tr(
                "%n file(s) are encrypted for the project manager. Type the passphrase of "
                "the project manager's key to open them.",
                "",
                count,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase_field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        layout.addWidget(self.field)
        self.message = QLabel(self)
        self.message.setObjectName("passphrase_message")
        self.message.setProperty("role", "field_error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout().addWidget(self.buttons)
        fit_to_screen(self, 520, 0)

    @Slot()
    def submit(self) -> None:
        passphrase = self.field.text()
        if self.checking is not None:
            return
        if not passphrase:
            self._say(self.tr("Type the passphrase."))
            return
        self._say(self.tr("Opening the key…"), error=False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        data_dir = self._data_dir
        self.checking = QuietJob(lambda _progress: check_passphrase(data_dir, passphrase), self)
        self.checking.succeeded.connect(self._opened)
        self.checking.failed.connect(self._refused)
        self.checking.start()

    def _end_check(self) -> None:
        job, self.checking = self.checking, None
        if job is not None:
            job.deleteLater()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    @Slot(object)
    def _opened(self, passphrase: str) -> None:
        self._end_check()
        self.passphrase = passphrase
        self.accept()

    @Slot(str)
    def _refused(self, message: str) -> None:
        self._end_check()
        self._say(message)
        self.field.selectAll()
        self.field.setFocus()

    def _say(self, text: str, *, error: bool = True) -> None:
        self.message.setProperty("role", "field_error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def done(self, result: int) -> None:  # Qt override
        if self.checking is not None:
            self.checking.shutdown()
            self.checking = None
        super().done(result)
