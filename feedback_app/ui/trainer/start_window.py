"""The trainer's start window: today's session and one big button into the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ...store import Session


class StartWindow(QWidget):
    start_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("start_window")
        self.setWindowTitle(self.tr("Training feedback"))
        self._session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(16)
        heading = QLabel(self.tr("Training feedback"), self)
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "At the end of the training, participants answer an anonymous questionnaire "
                "on this computer, one after another."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        card = QFrame(self)
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 20, 24, 20)
        caption = QLabel(self.tr("Today's session"), card)
        caption.setProperty("role", "hint")
        self._title = QLabel(card)
        self._title.setObjectName("start_session_title")
        self._title.setProperty("role", "lead")
        self._title.setWordWrap(True)
        self._count = QLabel(card)
        self._count.setObjectName("start_response_count")
        for widget in (caption, self._title, self._count):
            card_layout.addWidget(widget)
        layout.addWidget(card)
        layout.addSpacing(12)
        self.start_button = QPushButton(self.tr("Start feedback"), self)
        self.start_button.setObjectName("start_feedback_button")
        self.start_button.setAccessibleName(self.tr("Start feedback"))
        self.start_button.setProperty("role", "big")
        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self._session.id))
        layout.addWidget(self.start_button)
        layout.addStretch(1)
        self.set_session(session)
        self.start_button.setFocus()

    def set_session(self, session: Session) -> None:
        self._session = session
        self._title.setText(session.title)
        self._count.setText(self.tr("%n response(s) so far", "", session.completed_responses))
