"""One respondent's way through the questions: Next, Back, show_if, submit, thank-you.

Loaded after the kiosk's first frame (the welcome screen needs none of it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStackedWidget

from ...domain.answers import check_answer, is_answered, visible_questions
from ...domain.questionnaire import Question, pick
from ...services.kiosk import KioskService
from ...store.errors import ClosedSessionError, StoreWriteError
from ..i18n import Translations
from .idle import CONFIRM_SECONDS, IdleWatch, StillTherePage
from .question_page import QuestionPage
from .thanks import ThankYouPage

TIDY_UP_DELAY_MS = 250
"""After a submit, database housekeeping waits until the thank-you screen has been drawn."""


class RespondentFlow(QObject):
    """Keeps one respondent's answers until they are stored, and not a moment longer."""

    finished = Signal()

    def __init__(self, stack: QStackedWidget, service: KioskService, translations: Translations):
        super().__init__(stack)
        self._stack = stack
        self._service = service
        self._translations = translations
        self._language: str | None = None
        self._answers: dict[str, Any] = {}
        self._current: Question | None = None
        self.question_page = QuestionPage(stack)
        self.thanks = ThankYouPage(stack)
        self.still_there = StillTherePage(stack)
        for page in (self.question_page, self.thanks, self.still_there):
            stack.addWidget(page)
        self.question_page.next_requested.connect(self.go_next)
        self.question_page.back_requested.connect(self.go_back)
        self.question_page.changed.connect(self._refresh_progress)
        self.thanks.finished.connect(self.finished.emit)
        self._idle = IdleWatch(self)
        self._idle.idle.connect(self._ask_still_there)
        self.still_there.stay.connect(self._resume)
        self.still_there.gone.connect(self._give_up)
        self.idle_ms = 1000 * int(service.setting("idle_timeout_seconds"))
        self.confirm_seconds = CONFIRM_SECONDS

    @property
    def language(self) -> str | None:
        return self._language

    @property
    def current_question(self) -> Question | None:
        return self._current

    def start_respondent(self, language: str) -> None:
        """A participant picked a language: the interface follows it, and the questions begin."""
        self._language = language
        self._answers = {}
        self._translations.install(language)
        visible = visible_questions(self._service.questionnaire, self._answers)
        self._show(visible[0])

    def go_next(self) -> None:
        question = self._current
        if question is None:
            return
        value = self.question_page.value()
        problem = check_answer(question, value)
        if problem is not None:
            self.question_page.show_problem(problem)
            return
        self._keep(question, value)
        following = self._neighbour(question, +1)
        if following is None:
            self._submit()
        else:
            self._show(following)

    def go_back(self) -> None:
        question = self._current
        if question is None:
            return
        self._keep(question, self.question_page.value())
        previous = self._neighbour(question, -1)
        if previous is not None:
            self._show(previous)

    def forget(self) -> None:
        """Drop every trace of the respondent: answers, language, the input on screen."""
        self.thanks.stop()
        self.still_there.stop()
        self._idle.disarm()
        self._answers = {}
        self._current = None
        self._language = None
        self.question_page.clear()

    def answers(self) -> dict[str, Any]:
        """The answers kept so far for the respondent on screen (for the idle rule and tests)."""
        answers = dict(self._answers)
        if self._current is not None and self._stack.currentWidget() is self.question_page:
            value = self.question_page.value()
            if is_answered(value):
                answers[self._current.id] = value
        return answers

    # -- private ---------------------------------------------------------------------------
    def _keep(self, question: Question, value: Any) -> None:
        if is_answered(value):
            self._answers[question.id] = value
        else:
            self._answers.pop(question.id, None)

    def _neighbour(self, question: Question, step: int) -> Question | None:
        """The next (step=+1) or previous (-1) question shown, given the answers so far."""
        ordered = self._service.questionnaire.questions
        index = next(i for i, q in enumerate(ordered) if q.id == question.id)
        visible = {q.id for q in visible_questions(self._service.questionnaire, self._answers)}
        index += step
        while 0 <= index < len(ordered):
            if ordered[index].id in visible:
                return ordered[index]
            index += step
        return None

    def _position(self, answers: dict[str, Any]) -> tuple[int, int]:
        """(position of the question on screen, number of questions shown) given ``answers``."""
        ids = [q.id for q in visible_questions(self._service.questionnaire, answers)]
        current = self._current.id if self._current is not None else None
        return (ids.index(current) + 1 if current in ids else 1), len(ids)

    def _refresh_progress(self) -> None:
        """An answer on screen can show or hide later questions: count them again."""
        if self._current is None:
            return
        answers = dict(self._answers)
        answers.pop(self._current.id, None)
        value = self.question_page.value()
        if is_answered(value):
            answers[self._current.id] = value
        self.question_page.set_progress(*self._position(answers))

    def _show(self, question: Question) -> None:
        self._current = question
        language = self._language or "en"
        questionnaire = self._service.questionnaire
        position, total = self._position(self._answers)
        section = next(s for s, q in questionnaire.iter_questions() if q.id == question.id)
        self.question_page.show_question(
            question,
            pick(section.title, language),
            language,
            self._answers.get(question.id),
            position,
            total,
        )
        self._refresh_progress()
        self._stack.setCurrentWidget(self.question_page)
        self._idle.arm(self.idle_ms)

    def _submit(self) -> None:
        page = self.question_page
        page.set_busy(True)
        try:
            self._service.submit(self._language or "en", self._answers)
        except ClosedSessionError:
            page.show_message(
                self.tr("This training session has been closed. Please tell the trainer.")
            )
            return
        except StoreWriteError:
            page.show_message(
                self.tr(
                    "Your answers could not be saved. Please tell the trainer. "
                    "Your answers are still here, and you can try again."
                )
            )
            return
        finally:
            page.set_busy(False)
        self._answers = {}
        self._current = None
        self._idle.disarm()
        self.question_page.clear()
        self._stack.setCurrentWidget(self.thanks)
        self.thanks.start(int(self._service.setting("thank_you_seconds")))
        QTimer.singleShot(TIDY_UP_DELAY_MS, self._service.tidy_up)

    # -- the idle rule ---------------------------------------------------------------------
    def _ask_still_there(self) -> None:
        if self._stack.currentWidget() is not self.question_page or self._current is None:
            return
        self._keep(self._current, self.question_page.value())
        self._idle.disarm()
        self._stack.setCurrentWidget(self.still_there)
        self.still_there.start(self.confirm_seconds)

    def _resume(self) -> None:
        if self._current is not None:
            self._show(self._current)

    def _give_up(self) -> None:
        """Nobody answered: keep the half-done response (if the trainer chose so), start over."""
        if self._answers and self._service.setting("keep_incomplete"):
            try:
                self._service.submit(self._language or "en", self._answers, completed=False)
            except StoreWriteError:
                pass  # an unfinished response is not worth stopping the kiosk for
        self.finished.emit()
