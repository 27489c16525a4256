"""The kiosk's welcome screen: the training's title and a choice of language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import LANGUAGE_NAMES

# Shown in every offered language at once, so these go through the translator of each language.
GREETING = QT_TRANSLATE_NOOP("WelcomePage", "Please tell us what you thought of the training.")
ANONYMOUS = QT_TRANSLATE_NOOP("WelcomePage", "Your answers are anonymous.")
START = QT_TRANSLATE_NOOP("WelcomePage", "Start in English")
OUT_OF_SERVICE = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Feedback cannot be saved on this computer right now. Please tell the trainer.",
)

TextIn = Callable[[str, str, str], str]
"""(language, context, source) -> the source translated into that language."""


class WelcomePage(QWidget):
    """Labels are centred and shown as plain text by the theme (app.qss), not in code: the
    welcome screen is the kiosk's first frame, and loading the Qt namespace of enums would
    cost it a tenth of its start-up time."""

    language_chosen = Signal(str)

    def __init__(self, languages: list[str], text_in: TextIn, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self._languages = languages
        self._text_in = text_in
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(18)
        layout.addStretch(2)
        self._title = QLabel(self)
        self._title.setObjectName("session_title")
        self._title.setProperty("role", "title")
        self._title.setWordWrap(True)
        layout.addWidget(self._title)
        layout.addSpacing(12)
        for lang in languages:
            line = QLabel(self._tr(lang, GREETING), self)
            line.setObjectName(f"greeting_{lang}")
            line.setProperty("role", "lead")
            line.setWordWrap(True)
            layout.addWidget(line)
        layout.addSpacing(24)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addStretch(1)
        for lang in languages:
            button = QPushButton(f"{LANGUAGE_NAMES.get(lang, lang)}\n{self._tr(lang, START)}", self)
            button.setObjectName(f"language_{lang}")
            button.setAccessibleName(self._tr(lang, START))
            button.setProperty("role", "language")
            button.setMinimumSize(240, 110)
            button.clicked.connect(lambda _=False, code=lang: self.language_chosen.emit(code))
            self.buttons[lang] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(3)
        self._greetings = [self.findChild(QLabel, f"greeting_{lang}") for lang in languages]
        note = QLabel("  ·  ".join(self._tr(lang, ANONYMOUS) for lang in languages), self)
        note.setObjectName("anonymity_note")
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        layout.addWidget(note)

    def _tr(self, language: str, source: str) -> str:
        return self._text_in(language, "WelcomePage", source)

    def set_out_of_service(self) -> None:
        """No answer can be stored: say so in every offered language and offer no start."""
        for lang, line in zip(self._languages, self._greetings, strict=True):
            line.setText(self._tr(lang, OUT_OF_SERVICE))
        for button in self.buttons.values():
            button.setEnabled(False)
            button.hide()

    def set_title(self, title: str) -> None:
        self._title.setText(title)

    def title(self) -> str:
        return self._title.text()

    def focus_default(self, language: str) -> None:
        (self.buttons.get(language) or next(iter(self.buttons.values()))).setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        from PySide6.QtCore import Qt  # here, not above: the Qt namespace is slow to load

        focused = self.focusWidget()
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and focused in self.buttons.values()
        ):
            focused.click()
            return
        if event.text().isdigit() and 1 <= int(event.text()) <= len(self._languages):
            self.language_chosen.emit(self._languages[int(event.text()) - 1])
            return
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.buttons:
            buttons = list(self.buttons.values())
            index = buttons.index(focused) if focused in buttons else 0
            step = 1 if event.key() == Qt.Key.Key_Right else -1
            buttons[(index + step) % len(buttons)].setFocus()
            return
        super().keyPressEvent(event)
