"""The idle rule: a question page left alone asks "Are you still there?", then starts over."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from ..announce import announce

#: How long "Are you still there?" waits for a tap or a key: WCAG 2.2.1 asks for 20 s at least.
CONFIRM_SECONDS = 20
_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class StillTherePage(QWidget):
    """Hides the question (and its answer) while it asks; counts down, then gives up."""

    stay = Signal()
    gone = Signal()
    #: Told to screen readers when the page shows.
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("still_there_page")
        self._remaining = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.addStretch(2)
        self._question = QLabel(self)
        self._question.setObjectName("still_there_text")
        self._question.setProperty("role", "title")
        self._countdown = QLabel(self)
        self._countdown.setObjectName("still_there_countdown")
        self._countdown.setProperty("role", "lead")
        for label in (self._question, self._countdown):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addSpacing(24)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("continue_button")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setMinimumSize(280, 64)
        self.continue_button.clicked.connect(self._stay)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)

    def start(self, seconds: int) -> None:
        self._question.setText(self.tr("Are you still there?"))
        self.continue_button.setText(self.tr("Yes, continue"))
        self._remaining = seconds
        self._show_remaining()
        self._timer.start()
        self.continue_button.setFocus()
        said = f"{self._question.text()} {self._countdown.text()}"
        announce(self, said, QAccessible.AnnouncementPoliteness.Assertive)

    def stop(self) -> None:
        self._timer.stop()

    def _stay(self) -> None:
        self.stop()
        self.stay.emit()

    def _tick(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self.stop()
            self.gone.emit()
        else:
            self._show_remaining()

    def _show_remaining(self) -> None:
        self._countdown.setText(
            self.tr("The questionnaire starts over in %n second(s).", "", self._remaining)
        )


class IdleWatch(QObject):
    """Fires ``idle`` when no key, tap or pointer movement reached the app for a while."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self._armed = False
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def arm(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)
        self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        self._armed = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if self._armed and event.type() in _ACTIVITY:
            self._timer.start()
        return False
