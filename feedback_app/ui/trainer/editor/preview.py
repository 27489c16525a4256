"""The selected question as the kiosk shows it: the kiosk's own page, in a chosen language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ....domain.questionnaire import Question, pick
from ....paths import resource
from ...kiosk.question_page import QuestionPage
from ...widgets.fit import fit_to_screen, scroll_area
from .labels import language_name
from .question_draft import Texts
from .type_settings import MIN_TARGET


class QuestionPreview(QDialog):
    """Shows one question on a :class:`QuestionPage`; Back and Next step through the editor."""

    step_requested = Signal(int)
    language_changed = Signal(str)

    def __init__(self, languages: list[str], language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("question_preview")
        self.setWindowTitle(self.tr("Preview"))
        self._translators: dict[str, QTranslator] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Language"), self)
        self.language = QComboBox(self)
        self.language.setObjectName("preview_language")
        self.language.setAccessibleName(self.tr("Language of the preview"))
        self.language.setMinimumHeight(MIN_TARGET)
        for code in languages:
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.current_language())
        )
        caption.setBuddy(self.language)
        top.addWidget(caption)
        top.addWidget(self.language)
        self.warning = QLabel(self)
        self.warning.setObjectName("preview_warning")
        self.warning.setProperty("missing", True)
        self.warning.setWordWrap(True)
        top.addWidget(self.warning, 1)
        layout.addLayout(top)
        # The kiosk's theme rules apply inside this frame (see app.qss).
        self.screen_frame = QFrame(self)
        self.screen_frame.setObjectName("kiosk_preview")
        self.screen_frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(self.screen_frame)
        inner.setContentsMargins(0, 0, 0, 0)
        self.page = QuestionPage(self.screen_frame)
        self.page.next_requested.connect(lambda: self.step_requested.emit(1))
        self.page.back_requested.connect(lambda: self.step_requested.emit(-1))
        inner.addWidget(self.page)
        layout.addWidget(scroll_area(self.screen_frame, self, "preview_scroll"), 1)
        fit_to_screen(self, 1100, 720)

    def current_language(self) -> str:
        return str(self.language.currentData())

    def show_question(
        self,
        question: Question,
        section_title: Texts,
        position: int,
        total: int,
        missing: bool = False,
    ) -> None:
        """Render ``question`` with the kiosk's texts (Next, Back, hints) in the language shown;
        ``missing`` says that some of its own texts lack that language.

        The kiosk switches the whole interface to the participant's language; here that
        language's translations are put in front only while the page is built.
        """
        language = self.current_language()
        self.warning.setText(
            self.tr(
                "Texts missing in %1: the kiosk shows them in another language until they "
                "are written."
            ).replace("%1", language_name(language))
            if missing
            else ""
        )
        translator = self._translator(language)
        QCoreApplication.installTranslator(translator)
        try:
            self.page.show_question(
                question, pick(section_title, language), language, None, position, total
            )
        finally:
            QCoreApplication.removeTranslator(translator)

    def _translator(self, language: str) -> QTranslator:
        if language not in self._translators:
            translator = QTranslator(self)
            translator.load(str(resource("translations", f"feedback_app_{language}.qm")))
            self._translators[language] = translator
        return self._translators[language]
