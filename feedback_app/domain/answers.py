"""Answers as the kiosk keeps them, the rules they must meet, and the rows they become.

The kiosk holds one respondent's answers as ``{question_id: value}`` where value is an int or
float (likert, rating, number), ``CANNOT_SAY``, an option code (single choice), a tuple of codes
(multiple choice) or a string (text). ``None`` or an absent key means unanswered.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from enum import Enum
from typing import Any

from .questionnaire import CANNOT_SAY, Question, Questionnaire
from .text import MAX_ANSWER_LENGTH, clean_answer


class AnswerProblem(Enum):
    """Why an answer cannot be accepted; the UI turns each into a translated message."""

    REQUIRED = "required"
    OUT_OF_RANGE = "out_of_range"
    NOT_A_NUMBER = "not_a_number"
    NOT_WHOLE = "not_whole"
    TOO_LONG = "too_long"
    UNKNOWN_OPTION = "unknown_option"


def is_answered(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, tuple | list | set | frozenset):
        return len(value) > 0
    return True


def is_visible(question: Question, answers: Mapping[str, Any]) -> bool:
    """A question with ``show_if`` is shown only when its condition holds.

    Looks at the stored answer only; use :func:`visible_questions` for a whole questionnaire,
    which also hides a question whose condition rests on a question that is itself hidden.
    """
    return question.show_if is None or question.show_if.holds(
        answers.get(question.show_if.question)
    )


def visible_questions(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> list[Question]:
    """The questions a respondent sees, given the answers so far, in order.

    An answer given to a question that has since become hidden (the respondent went back and
    changed an earlier answer) no longer counts: conditions only ever refer to earlier
    questions, so one pass in order decides every question with only visible answers in view.
    """
    seen: dict[str, Any] = {}
    shown: list[Question] = []
    for question in questionnaire.questions:
        if is_visible(question, seen):
            shown.append(question)
            if question.id in answers:
                seen[question.id] = answers[question.id]
    return shown


def check_answer(question: Question, value: Any) -> AnswerProblem | None:
    """The problem with ``value`` as an answer to ``question``, or None when it is fine."""
    if not question.stores_answer:
        return None
    if not is_answered(value):
        return AnswerProblem.REQUIRED if question.required else None
    if value is CANNOT_SAY:
        return None if question.allows_cannot_say else AnswerProblem.REQUIRED
    if question.type == "likert":
        return None if value in question.scale_set else AnswerProblem.OUT_OF_RANGE
    if question.type in ("rating", "number"):
        return _check_number(question, value)
    if question.type == "single_choice":
        return None if value in question.option_codes else AnswerProblem.UNKNOWN_OPTION
    if question.type == "multiple_choice":
        return None if set(value) <= question.option_codes else AnswerProblem.UNKNOWN_OPTION
    if question.type == "text":
        limit = question.max_length if question.max_length is not None else MAX_ANSWER_LENGTH
        if len(value) > limit:
            return AnswerProblem.TOO_LONG
    return None


def _check_number(question: Question, value: Any) -> AnswerProblem | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return AnswerProblem.NOT_A_NUMBER
    if not math.isfinite(value):  # NaN or infinity: never typed on the kiosk
        return AnswerProblem.NOT_A_NUMBER
    if (question.type == "rating" or question.integer) and not float(value).is_integer():
        return AnswerProblem.NOT_WHOLE
    if question.min is not None and value < question.min:
        return AnswerProblem.OUT_OF_RANGE
    if question.max is not None and value > question.max:
        return AnswerProblem.OUT_OF_RANGE
    return None


def check_answers(
    questionnaire: Questionnaire, answers: Mapping[str, Any]
) -> dict[str, AnswerProblem]:
    """Every problem among the visible questions, by question id."""
    return _problems(visible_questions(questionnaire, answers), answers)


def _problems(shown: list[Question], answers: Mapping[str, Any]) -> dict[str, AnswerProblem]:
    problems = {}
    for question in shown:
        problem = check_answer(question, answers.get(question.id))
        if problem is not None:
            problems[question.id] = problem
    return problems


AnswerRow = tuple[str, float | None, str | None]
"""(question_id, value_num, value_text) — one row of the long-form ``answers`` table."""


def answer_rows(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> list[AnswerRow]:
    """The rows to store for a complete set of answers.

    Hidden and unanswered questions store nothing; "cannot say" stores a row with no value
    (so it counts as missing, never as a number); a multiple choice stores one row per chosen
    option, so counting options is a GROUP BY.
    """
    return _rows(visible_questions(questionnaire, answers), answers)


def _rows(shown: list[Question], answers: Mapping[str, Any]) -> list[AnswerRow]:
    rows: list[AnswerRow] = []
    for question in shown:
        value = answers.get(question.id)
        if not question.stores_answer or not is_answered(value):
            continue
        if value is CANNOT_SAY:
            rows.append((question.id, None, None))
        elif question.is_numeric:
            rows.append((question.id, float(value), None))
        elif question.type == "multiple_choice":
            chosen = set(value)
            rows.extend((question.id, None, o.value) for o in question.options if o.value in chosen)
        elif question.type == "single_choice":
            rows.append((question.id, None, str(value)))
        else:
            rows.append((question.id, None, clean_answer(str(value))))
    return rows


def answers_from_rows(questionnaire: Questionnaire, rows: list[AnswerRow]) -> dict[str, Any] | None:
    """The answers that stored ``rows`` (in their order) record, or None when rows of that
    shape cannot come from this questionnaire (an unknown question, a value of the wrong
    kind, a question answered twice)."""
    questions = {q.id: q for q in questionnaire.questions if q.stores_answer}
    answers: dict[str, Any] = {}
    for question_id, number, text in rows:
        question = questions.get(question_id)
        if question is None:
            return None
        if question.type == "multiple_choice" and number is None and text is not None:
            chosen = answers.setdefault(question_id, ())
            if not isinstance(chosen, tuple) or text in chosen:
                return None
            answers[question_id] = (*chosen, text)
            continue
        if question_id in answers:
            return None
        if number is None and text is None:
            answers[question_id] = CANNOT_SAY
        elif question.is_numeric and text is None and isinstance(number, float):
            answers[question_id] = int(number) if number.is_integer() else number
        elif not question.is_numeric and number is None and isinstance(text, str):
            answers[question_id] = text
        else:
            return None
    return answers


def stored_rows_problem(
    questionnaire: Questionnaire, rows: list[AnswerRow], completed: bool
) -> str | None:
    """Why ``rows`` are not what this app stores for a response to ``questionnaire`` (None
    when they are): every answer must fit its question, nothing may answer a hidden
    question, and a completed response must have every required answer. Used on answers
    that arrive from elsewhere (a bundle), which must look exactly as if answered here."""
    answers = answers_from_rows(questionnaire, rows)
    if answers is None:
        return "an answer does not belong to a question of its questionnaire, or has the wrong kind"
    shown = visible_questions(questionnaire, answers)
    if _rows(shown, answers) != list(rows):
        return "the answers are not stored as this questionnaire stores them"
    problems = _problems(shown, answers)
    if not completed:
        problems = {k: v for k, v in problems.items() if k in answers}
    if problems:
        question, problem = next(iter(problems.items()))
        return f"question {question}: {problem.value.replace('_', ' ')}"
    return None


class StoredRowsChecker:
    """:func:`stored_rows_problem` for the many responses of one questionnaire version.

    For a questionnaire without conditions (every question is always shown) it decides in one
    pass over the rows, about four times faster; with conditions it asks
    :func:`stored_rows_problem`. Both give the same verdict on every input (a property test
    holds them to it); the messages of the quick pass are shorter.
    """

    def __init__(self, questionnaire: Questionnaire):
        self._questionnaire = questionnaire
        self._quick = all(q.show_if is None for q in questionnaire.questions)
        stored = [q for q in questionnaire.questions if q.stores_answer]
        self._position = {q.id: (i, q) for i, q in enumerate(stored)}
        self._required = [q.id for q in stored if q.required]
        self._option_position = {
            q.id: {o.value: i for i, o in enumerate(q.options)}
            for q in stored
            if q.type == "multiple_choice"
        }

    def problem(self, rows: list[AnswerRow], completed: bool) -> str | None:
        if not self._quick:
            return stored_rows_problem(self._questionnaire, rows, completed)
        previous, option, answered = -1, -1, set()
        for question_id, number, text in rows:
            found = self._position.get(question_id)
            if found is None:
                return f"question {question_id[:40]}: not in the questionnaire"
            position, question = found
            if question.type == "multiple_choice" and number is None and text is not None:
                index = self._option_position[question_id].get(text)
                if index is None:
                    return f"question {question_id}: unknown option"
                if position == previous and question_id in answered and index > option:
                    option = index
                    continue
                if position <= previous or question_id in answered:
                    return f"question {question_id}: not stored in question order"
                previous, option = position, index
                answered.add(question_id)
                continue
            if position <= previous:
                return f"question {question_id}: not stored in question order"
            previous = position
            answered.add(question_id)
            problem = self._value_problem(question, number, text)
            if problem is not None:
                return f"question {question_id}: {problem}"
        if completed:
            for question_id in self._required:
                if question_id not in answered:
                    return f"question {question_id}: required"
        return None

    @staticmethod
    def _value_problem(question: Question, number: Any, text: Any) -> str | None:
        if number is None and text is None:
            return None if question.allows_cannot_say else "cannot say is not offered"
        if question.is_numeric:
            if text is not None or not isinstance(number, float) or number != number:
                return "not a number"
            value = int(number) if number.is_integer() else number
            problem = check_answer(question, value)
            return None if problem is None else problem.value.replace("_", " ")
        if number is not None or not isinstance(text, str):
            return "not a text"
        if question.type == "single_choice":
            return None if text in question.option_codes else "unknown option"
        if not is_answered(text) or clean_answer(text) != text:
            return "not stored as this app stores text"
        problem = check_answer(question, text)
        return None if problem is None else problem.value.replace("_", " ")
