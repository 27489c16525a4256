"""The kiosk's welcome screen: the organisation's logo and title, the training's title, a
choice of language, and two buttons a participant may use for themselves: larger text and high
contrast (until the next participant begins)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import LANGUAGE_NAMES
from ..widgets.fit import scroll_area

# Shown in every offered language at once, so these go through the translator of each language.
GREETING = QT_TRANSLATE_NOOP("WelcomePage", "Please tell us what you thought of the training.")
ANONYMOUS = QT_TRANSLATE_NOOP("WelcomePage", "Your answers are anonymous.")
START = QT_TRANSLATE_NOOP("WelcomePage", "Start in English")
OUT_OF_SERVICE = QT_TRANSLATE_NOOP(
    "WelcomePage",
    "Feedback cannot be saved on this computer right now. Please tell the trainer.",
)
LARGER_TEXT = QT_TRANSLATE_NOOP("WelcomePage", "Larger text")
HIGH_CONTRAST = QT_TRANSLATE_NOOP("WelcomePage", "High contrast")
LOGO = QT_TRANSLATE_NOOP("WelcomePage", "The organisation's logo")
# The logo's largest size on the welcome screen, in pixels (smaller with larger text, so that
# the page still fits a 1366x768 screen).
LOGO_SIZE = (360, 120)
LARGE_TEXT_LOGO_SIZE = (240, 72)
ROW_SPACING = 20

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
        # Set while the participant has a view of their own (None: the trainer's is shown).
        self._view_before: tuple[float, bool] | None = None
        self._logo = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget(self)
        content.setObjectName("welcome_content")
        self._content = content
        # At a large text size on a small screen the page scrolls rather than cut its text.
        area = scroll_area(content, self, "welcome_scroll")
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(area)
        layout = QVBoxLayout(content)
        self._content_layout = layout
        layout.setContentsMargins(48, 40, 48, 32)
        layout.setSpacing(14)
        layout.addStretch(2)
        self.logo = QLabel(self)
        self.logo.setObjectName("branding_logo")
        self.logo.hide()
        layout.addWidget(self.logo)
        self.organisation = QLabel(self)
        self.organisation.setObjectName("branding_title")
        self.organisation.setProperty("role", "heading")
        self.organisation.setWordWrap(True)
        self.organisation.hide()
        layout.addWidget(self.organisation)
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
        row.setSpacing(ROW_SPACING)
        row.addStretch(1)
        for lang in languages:
            button = QPushButton(self._button_text(lang), self)
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
        self._view = self._view_buttons()  # in the top right corner, first in tab order
        order = [self.larger_text, self.high_contrast, *self.buttons.values()]  # top first
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _tr(self, language: str, source: str) -> str:
        return self._text_in(language, "WelcomePage", source)

    def _button_text(self, language: str, *, short: bool = False) -> str:
        name = LANGUAGE_NAMES.get(language, language)
        return name if short else f"{name}\n{self._tr(language, START)}"

    def _fit_language_buttons(self) -> None:
        """Each button says "Suomi / Aloita suomeksi", or only "Suomi" where large text would
        not fit all of them side by side (their accessible names stay whole)."""
        buttons = self.buttons
        for lang, button in buttons.items():
            button.setText(self._button_text(lang))
        margins = self._content_layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        room = self.width() - margins.left() - margins.right() - scroll_bar
        room -= ROW_SPACING * (len(buttons) - 1)
        wanted = sum(max(b.sizeHint().width(), b.minimumWidth()) for b in buttons.values())
        if wanted > room:
            for lang, button in buttons.items():
                button.setText(self._button_text(lang, short=True))

    def _in_every_language(self, source: str, between: str = " / ") -> str:
        return between.join(dict.fromkeys(self._tr(lang, source) for lang in self._languages))

    # -- the organisation ------------------------------------------------------------------
    def set_branding(self, title: str, logo: str) -> None:
        """The organisation's title and logo (a PNG as base64 text) above the welcome text;
        nothing of either when it is not set."""
        self.organisation.setText(title)
        self.organisation.setVisible(bool(title))
        self._logo = logo
        self._show_logo()
        self.logo.setAccessibleName(title or self._tr(self._languages[0], LOGO))

    def _show_logo(self) -> None:
        """The logo, smaller with larger text and left out from 175 % on: the words need the
        room then (the organisation's title stays)."""
        pixmap = None
        scale = float(QApplication.instance().property("feedback_text_scale") or 1.0)
        if self._logo and scale < 1.75:
            from ..widgets.logo import logo_pixmap

            size = LARGE_TEXT_LOGO_SIZE if scale > 1.0 else LOGO_SIZE
            pixmap = logo_pixmap(self._logo, *size)
        if pixmap is None:
            self.logo.clear()
        else:
            self.logo.setPixmap(pixmap)
        self.logo.setVisible(pixmap is not None)

    # -- the participant's own view --------------------------------------------------------
    def _view_buttons(self) -> QWidget:
        """The two buttons, in the top right corner over the page (they take no room from
        the welcome text, which at 200 % text needs all of a laptop's screen)."""
        corner = QWidget(self._content)  # scrolls with the page, in its reading order
        corner.setObjectName("participant_view")
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 0, 0)
        self.larger_text = self._view_button("larger_text_button", "A+", LARGER_TEXT)
        self.high_contrast = self._view_button("high_contrast_button", "\u25d0", HIGH_CONTRAST)
        row.addWidget(self.larger_text)
        row.addWidget(self.high_contrast)
        return corner

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # a new text size or contrast (the trainer's setting, or the participant's)
            QTimer.singleShot(0, self._restyled)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_language_buttons()
        self._place_view_buttons()
        QTimer.singleShot(0, self._place_view_buttons)  # the page's area follows this one

    def _place_view_buttons(self) -> None:
        self._view.adjustSize()
        self._view.move(self._content.width() - self._view.width() - 16, 12)
        self._view.raise_()

    def _view_button(self, name: str, text: str, source: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("role", "view")
        button.setCheckable(True)
        button.setAccessibleName(self._in_every_language(source))
        button.setToolTip(self._in_every_language(source, "\n"))
        button.setMinimumSize(64, 56)
        button.toggled.connect(lambda _on: self._apply_view())
        return button

    def _apply_view(self) -> None:
        """The text size and contrast the participant asked for, over the trainer's own."""
        from .. import theme

        app = QApplication.instance()
        scale, contrast = theme.trainer_view(app)  # the participant's view is over this one
        if self.larger_text.isChecked():
            scale = 1.5 if scale < 1.5 else 2.0
        theme.set_participant_view(app, scale, contrast or self.high_contrast.isChecked())
        self._view_before = (scale, contrast)
        self._restyled()

    def _restyled(self) -> None:
        self._show_logo()
        self._fit_language_buttons()
        self._place_view_buttons()

    def reset_view(self) -> None:
        """The next participant begins with the trainer's text size and contrast."""
        for button in (self.larger_text, self.high_contrast):
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)
        if self._view_before is not None:
            from .. import theme

            theme.reset_participant_view(QApplication.instance())
            self._view_before = None
            self._restyled()

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
