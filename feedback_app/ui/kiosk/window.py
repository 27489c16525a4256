"""The kiosk: welcome, questions, submit, thank you, then a fresh welcome for the next person."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from ...services.kiosk import KioskService
from ..i18n import LANGUAGES, Translations
from ..theme import reset_participant_view
from .welcome import WelcomePage

if TYPE_CHECKING:
    from ...domain.questionnaire import Question
    from .question_page import QuestionPage
    from .respondent import RespondentFlow
    from .thanks import ThankYouPage


TRAINER_SHORTCUT = "Ctrl+Shift+T"
"""The discreet way for the trainer to reach the PIN prompt (documented in the README)."""


class KioskWindow(QWidget):
    """The participant's screen. It keeps one respondent's answers only until they are stored."""

    first_frame_shown = Signal()
    #: A participant tried to close the kiosk (window close, Alt+F4, Esc, Ctrl+Q).
    exit_requested = Signal()
    #: The discreet trainer shortcut was pressed.
    trainer_requested = Signal()

    def __init__(
        self,
        service: KioskService,
        translations: Translations,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("kiosk_window")
        self._service = service
        self._translations = translations
        self._flow: RespondentFlow | None = None
        self._painted = False
        self._may_close = False
        #: Why no answer can be stored (the database cannot be used), or None.
        self.out_of_service: Exception | None = None
        offered = service.languages
        languages = [lang for lang in offered if lang in LANGUAGES] or list(offered)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(languages, translations.text, self)
        self.stack.addWidget(self.welcome)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.welcome.language_chosen.connect(self.start_respondent)
        self.first_frame_shown.connect(self._prepare)
        self.reset()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_frame_shown.emit)

    # -- lockdown --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Closing is refused unless the trainer unlocked the kiosk; the PIN is asked instead."""
        if self._may_close:
            event.accept()
            return
        event.ignore()
        self.exit_requested.emit()

    def close_unlocked(self) -> None:
        """Close for good (after the trainer's PIN); the respondent on screen is forgotten."""
        if self._flow is not None:
            self._flow.forget()
        self._may_close = True
        self.close()

    def _add_shortcuts(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        keys = {
            "Esc": self.exit_requested,
            "Ctrl+Q": self.exit_requested,
            TRAINER_SHORTCUT: self.trainer_requested,
        }
        for sequence, signal in keys.items():
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(signal.emit)

    # -- the respondent's flow, loaded after the first frame -------------------------------
    def _prepare(self) -> None:
        """Right after the first frame: shortcuts, the database and the question pages."""
        self._add_shortcuts()
        from ...store.errors import StoreError

        try:
            self._service.services()
        except StoreError as exc:
            self.out_of_service = exc
            self.welcome.set_out_of_service()
            return
        self.flow()
        setting = self._service.setting
        self.welcome.set_branding(setting("branding_title") or "", setting("branding_logo") or "")

    def flow(self) -> RespondentFlow:
        if self._flow is None:
            from .respondent import RespondentFlow

            self._flow = RespondentFlow(self.stack, self._service, self._translations)
            self._flow.finished.connect(self.reset)
        return self._flow

    @property
    def question_page(self) -> QuestionPage:
        return self.flow().question_page

    @property
    def thanks(self) -> ThankYouPage:
        return self.flow().thanks

    @property
    def language(self) -> str | None:
        return self._flow.language if self._flow else None

    @property
    def current_question(self) -> Question | None:
        return self._flow.current_question if self._flow else None

    def start_respondent(self, language: str) -> None:
        """A participant picked a language: the interface follows it, and the questions begin."""
        if self.out_of_service is None:
            self.flow().start_respondent(language)

    def go_next(self) -> None:
        self.flow().go_next()

    def go_back(self) -> None:
        self.flow().go_back()

    def answers(self) -> dict[str, Any]:
        """The answers kept so far for the respondent on screen (empty between respondents)."""
        return self._flow.answers() if self._flow else {}

    def reset(self) -> None:
        """Forget the respondent entirely and show a fresh welcome screen, in the trainer's
        text size and contrast (a participant's own choice lasts one respondent)."""
        if self._flow is not None:
            self._flow.forget()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            reset_participant_view(app)
        session = self._service.session()
        self.welcome.reset_view()
        self.welcome.set_title(session.title)
        self.setWindowTitle(session.title)
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.focus_default(session.default_language)
