"""The page that shows one question, its progress, Back and Next, and inline messages.

A screen reader is told each new question's place and text, and a message when one appears
(``announced``); the progress bar is named by the place ("Question 2 of 9").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.answers import AnswerProblem
from ...domain.questionnaire import Question, pick
from ..announce import Politeness, announce
from ..focus import tab_after
from .answer_widgets import AnswerWidget, ChoiceListWidget, make_answer_widget


class QuestionPage(QWidget):
    """Shows one question at a time; the kiosk window decides which one and what comes next."""

    next_requested = Signal()
    back_requested = Signal()
    changed = Signal()
    #: Text told to screen readers: a new question's place and text, or a message.
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("question_page")
        self._answer: AnswerWidget | None = None
        self._question: Question | None = None
        self._build()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 28, 48, 28)
        outer.setSpacing(14)
        top = QHBoxLayout()
        self._section = QLabel(self)
        self._section.setObjectName("section_title")
        self._section.setProperty("role", "section")
        self._progress_text = QLabel(self)
        self._progress_text.setObjectName("progress_text")
        self._progress_text.setProperty("role", "hint")
        top.addWidget(self._section, 1)
        top.addWidget(self._progress_text)
        outer.addLayout(top)
        self._progress = QProgressBar(self)
        self._progress.setObjectName("progress_bar")
        self._progress.setTextVisible(False)
        self._progress.setMaximumHeight(8)
        outer.addWidget(self._progress)
        outer.addSpacing(12)
        self._text = QLabel(self)
        self._text.setObjectName("question_text")
        self._text.setProperty("role", "question")
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self._text)
        self._help = QLabel(self)
        self._help.setObjectName("question_help")
        self._help.setProperty("role", "hint")
        self._help.setWordWrap(True)
        self._help.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self._help)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self._scroll, 1)
        self._message = QLabel(self)
        self._message.setObjectName("inline_message")
        self._message.setProperty("role", "error")
        self._message.setWordWrap(True)
        outer.addWidget(self._message)
        bottom = QHBoxLayout()
        self._back = QPushButton(self)
        self._back.setObjectName("back_button")
        self._back.setProperty("role", "secondary")
        self._back.clicked.connect(self.back_requested.emit)
        self._next = QPushButton(self)
        self._next.setObjectName("next_button")
        self._next.setProperty("role", "primary")
        self._next.clicked.connect(self.next_requested.emit)
        self._back.setText(self.tr("Back"))
        self._next.setText(self.tr("Next"))
        for button in (self._back, self._next):
            button.setMinimumSize(180, 60)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
        bottom.addWidget(self._back)
        bottom.addStretch(1)
        bottom.addWidget(self._next)
        outer.addLayout(bottom)

    # -- what the kiosk window calls -------------------------------------------------------
    def show_question(
        self,
        question: Question,
        section_title: str,
        language: str,
        value: Any,
        position: int,
        total: int,
    ) -> None:
        """Render ``question`` afresh: a new input widget, so nothing of another answer shows."""
        self._question = question
        self._section.setText(section_title)
        text = pick(question.text, language)
        if question.stores_answer and not question.required:
            text += "  " + self.tr("(optional)")
        self._text.setText(text)
        help_text = pick(question.help, language)
        self._help.setText(help_text)
        self._help.setVisible(bool(help_text))
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._answer = make_answer_widget(question, language)
        self._answer.set_value(value)
        self._answer.changed.connect(self._on_changed)
        self._scroll.setWidget(self._answer)
        self._tab_after_answer()
        for child in self._answer.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)
        self._back.setText(self.tr("Back"))
        self._back.setVisible(position > 1)
        self.set_progress(position, total)
        self._next.setEnabled(True)
        self.clear_message()
        self._answer.focus_first()
        # After the page is on screen and its first option has the focus.
        QTimer.singleShot(0, lambda: self._announce_question(question, help_text))

    def set_progress(self, position: int, total: int) -> None:
        """Where the respondent is; the last question's button submits.

        Called again while an answer changes, since an answer can show or hide later questions.
        """
        self._progress_text.setText(
            self.tr("Question %1 of %2").replace("%1", str(position)).replace("%2", str(total))
        )
        self._progress.setRange(0, total)
        self._progress.setValue(position)
        self._progress.setAccessibleName(self._progress_text.text())
        last = position == total
        self._next.setText(self.tr("Submit") if last else self.tr("Next"))

    def clear(self) -> None:
        """Drop the input widget and every text, so nothing of a respondent stays on screen."""
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._answer = None
        self._question = None
        for label in (self._section, self._progress_text, self._text, self._help):
            label.clear()
        self.clear_message()

    def value(self) -> Any:
        return self._answer.value() if self._answer else None

    def answer_widget(self) -> AnswerWidget | None:
        return self._answer

    def show_problem(self, problem: AnswerProblem) -> None:
        self.show_message(self._problem_text(problem))
        if self._answer is not None:
            self._answer.focus_first()

    def show_message(self, text: str) -> None:
        self._message.setText(text)
        self._message.setVisible(True)
        self._announce(text, QAccessible.AnnouncementPoliteness.Assertive)

    def clear_message(self) -> None:
        self._message.clear()
        self._message.setVisible(False)

    def message(self) -> str:
        return self._message.text() if self._message.isVisible() else ""

    def set_busy(self, busy: bool) -> None:
        self._next.setEnabled(not busy)
        self._back.setEnabled(not busy)

    # -- private ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """An option that gets the focus (from the keys, too) scrolls into view at large text."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self._scroll.ensureWidgetVisible(watched, 0, 8)
        return False

    def _tab_after_answer(self) -> None:
        """Tab goes from the answer to Back and Next: a new answer widget joins the focus
        chain at its end, after whatever else the window holds (the editor's preview)."""
        if self._answer is not None:
            tab_after(self._answer, self._back, self._next)

    def _announce_question(self, question: Question, help_text: str) -> None:
        if self._question is question and self.isVisible():
            said = ""
            for part in (self._progress_text.text(), self._text.text(), help_text):
                if part.strip():
                    said += (" " if said[-1:] in ".?!:" else ". ") if said else ""
                    said += part.strip()
            self._announce(said)

    def _announce(self, text: str, politeness: Politeness = Politeness.Polite) -> None:
        announce(self, text, politeness)

    def _on_changed(self) -> None:
        if self._message.isVisible():
            self.clear_message()
        self.changed.emit()

    def _problem_text(self, problem: AnswerProblem) -> str:
        q = self._question
        if problem is AnswerProblem.REQUIRED:
            return self.tr("Please answer this question before you continue.")
        if (
            problem is AnswerProblem.OUT_OF_RANGE
            and q is not None
            and q.min is not None
            and q.max is not None
        ):
            return (
                self.tr("Please give a number from %1 to %2.")
                .replace("%1", _number(q.min))
                .replace("%2", _number(q.max))
            )
        if problem is AnswerProblem.NOT_WHOLE:
            return self.tr("Please give a whole number.")
        if problem is AnswerProblem.TOO_LONG and q is not None:
            return self.tr("Your answer is too long: at most %1 characters.").replace(
                "%1", str(q.max_length)
            )
        if problem is AnswerProblem.UNKNOWN_OPTION:
            return self.tr("Please choose one of the options.")
        return self.tr("Please give a number.")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        modifiers = event.modifiers()
        in_text_box = isinstance(self.focusWidget(), QPlainTextEdit)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            not in_text_box or modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            self.next_requested.emit()
            return
        if key == Qt.Key.Key_PageUp or (
            key == Qt.Key.Key_Left and modifiers & Qt.KeyboardModifier.AltModifier
        ):
            if self._back.isVisible():
                self.back_requested.emit()
            return
        if (
            event.text().isdigit()
            and isinstance(self._answer, ChoiceListWidget)
            and self._answer.choose_number(int(event.text()))
        ):
            return
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if self._answer is not None and (key in arrows or event.text().isdigit()):
            self._answer.keyPressEvent(event)
            return
        super().keyPressEvent(event)


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
