"""The thank-you screen; it gives way to a fresh welcome screen after a few seconds or a tap."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..announce import announce


class ThankYouPage(QWidget):
    finished = Signal()
    #: Told to screen readers when the page shows.
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("thank_you_page")
        self._remaining = 0
        self._active = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.addStretch(2)
        self._thanks = QLabel(self)
        self._thanks.setObjectName("thanks_text")
        self._thanks.setProperty("role", "title")
        self._saved = QLabel(self)
        self._saved.setObjectName("saved_text")
        self._saved.setProperty("role", "lead")
        self._countdown = QLabel(self)
        self._countdown.setObjectName("countdown_text")
        self._countdown.setProperty("role", "hint")
        for label in (self._thanks, self._saved, self._countdown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addSpacing(24)
        self._next = QPushButton(self)
        self._next.setObjectName("next_participant_button")
        self._next.setProperty("role", "primary")
        self._next.setMinimumSize(280, 64)
        self._next.clicked.connect(self.finish)
        layout.addWidget(self._next, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)

    def start(self, seconds: int) -> None:
        """Show the texts in the installed language and count down ``seconds``."""
        self._thanks.setText(self.tr("Thank you for your feedback!"))
        self._saved.setText(self.tr("Your answers have been saved."))
        self._next.setText(self.tr("Next participant"))
        self._remaining = max(1, int(seconds))
        self._show_remaining()
        self._active = True
        self._timer.start()
        self._next.setFocus()
        announce(self, f"{self._thanks.text()} {self._saved.text()}")

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def finish(self) -> None:
        if self._active:
            self.stop()
            self.finished.emit()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self.finish()
        else:
            self._show_remaining()

    def _show_remaining(self) -> None:
        self._countdown.setText(
            self.tr("The next participant can begin in %n second(s).", "", self._remaining)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self.finish()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.finish()
            return
        super().keyPressEvent(event)
