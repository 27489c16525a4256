"""The questionnaire model: plain, immutable dataclasses built from the JSON format.

The format is documented in ``docs/questionnaire-format.md``; ``parse_questionnaire`` in
:mod:`feedback_app.domain.validation` turns a dict into these classes or raises a
:class:`QuestionnaireError` listing every problem with its place.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

QUESTION_TYPES = (
    "likert",
    "rating",
    "single_choice",
    "multiple_choice",
    "number",
    "text",
    "note",
)
#: Types whose answers are numbers that statistics are computed over.
NUMERIC_TYPES = ("likert", "rating", "number")
#: Types that store nothing at all.
DISPLAY_ONLY_TYPES = ("note",)
CONDITION_OPERATORS = ("equals", "one_of", "none_of", "at_least", "at_most")
#: Operators whose value is a list.
LIST_OPERATORS = ("one_of", "none_of")

Text = Mapping[str, str]
"""Wording per language code, e.g. ``{"fi": "...", "sv": "...", "en": "..."}``."""


class QuestionnaireError(ValueError):
    """A questionnaire definition is not valid; ``errors`` lists each problem with its place."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        super().__init__("; ".join(self.errors) if self.errors else "invalid questionnaire")


def pick(text: Text | None, language: str, fallback: str = "") -> str:
    """The wording in ``language``; the first available wording if that one is missing."""
    if not text:
        return fallback
    if text.get(language):
        return text[language]
    for value in text.values():
        if value:
            return value
    return fallback


@dataclass(frozen=True)
class Option:
    """One answer option: a scale point (int value) or a choice (str code)."""

    value: int | str
    label: Text


@dataclass(frozen=True)
class Condition:
    """``show_if``: show a question only when an earlier answer meets this test."""

    question: str
    operator: str
    value: Any

    def holds(self, answer: Any) -> bool:
        """True when ``answer`` (as kept by the kiosk) satisfies the condition.

        An unanswered or "cannot say" earlier question never satisfies a condition, except
        ``none_of``: it holds unless one of its values is the answer (or, for a multiple
        choice, among the chosen), so also while the question is unanswered.
        """
        if self.operator == "none_of":
            return not Condition(self.question, "one_of", self.value).holds(answer)
        if answer is None or answer is CANNOT_SAY:
            return False
        answers = list(answer) if isinstance(answer, tuple | list | set | frozenset) else [answer]
        if self.operator == "equals":
            return any(_same(a, self.value) for a in answers)
        if self.operator == "one_of":
            return any(_same(a, v) for a in answers for v in self.value)
        numbers = [a for a in answers if isinstance(a, int | float) and not isinstance(a, bool)]
        if self.operator == "at_least":
            return any(a >= self.value for a in numbers)
        if self.operator == "at_most":
            return any(a <= self.value for a in numbers)
        return False

    def to_dict(self) -> dict[str, Any]:
        value = list(self.value) if self.operator in LIST_OPERATORS else self.value
        return {"question": self.question, self.operator: value}


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, int | float) and isinstance(b, int | float):
        return float(a) == float(b)
    return str(a) == str(b)


class _CannotSay:
    """Marker for the "cannot say" answer: stored as a missing value, never a number."""

    _instance: _CannotSay | None = None

    def __new__(cls) -> _CannotSay:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "CANNOT_SAY"

    def __reduce__(self) -> str:
        return "CANNOT_SAY"


CANNOT_SAY = _CannotSay()


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    text: Text
    required: bool = False
    help: Text = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    cannot_say: Text = field(default_factory=dict)
    min: float | None = None
    max: float | None = None
    min_label: Text = field(default_factory=dict)
    max_label: Text = field(default_factory=dict)
    integer: bool = True
    long: bool = False
    max_length: int | None = None
    show_if: Condition | None = None

    @property
    def stores_answer(self) -> bool:
        return self.type not in DISPLAY_ONLY_TYPES

    @property
    def is_numeric(self) -> bool:
        return self.type in NUMERIC_TYPES

    @property
    def allows_cannot_say(self) -> bool:
        return bool(self.cannot_say)

    @functools.cached_property
    def option_codes(self) -> frozenset[str]:
        """The codes of the options (a question never changes, so they are kept once made)."""
        return frozenset(o.value for o in self.options)

    @functools.cached_property
    def scale_set(self) -> frozenset[int]:
        """:meth:`scale_values` as a set, for checking answers quickly."""
        return frozenset(self.scale_values())

    def scale_values(self) -> list[int]:
        """The possible numeric values of a likert or rating question, lowest first."""
        if self.type == "likert":
            return [int(o.value) for o in self.options]
        if self.type == "rating" and self.min is not None and self.max is not None:
            return list(range(int(self.min), int(self.max) + 1))
        return []

    def option_label(self, value: Any, language: str) -> str:
        for option in self.options:
            if _same(option.value, value):
                return pick(option.label, language, str(value))
        return str(value)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.type != "note":
            data["required"] = self.required
        data["text"] = dict(self.text)
        if self.help:
            data["help"] = dict(self.help)
        if self.type in ("likert", "single_choice", "multiple_choice"):
            data["options"] = [{"value": o.value, "label": dict(o.label)} for o in self.options]
        if self.cannot_say:
            data["cannot_say"] = dict(self.cannot_say)
        if self.type in ("rating", "number"):
            for key in ("min", "max"):
                value = getattr(self, key)
                if value is not None:
                    data[key] = int(value) if float(value).is_integer() else value
        if self.type == "rating":
            if self.min_label:
                data["min_label"] = dict(self.min_label)
            if self.max_label:
                data["max_label"] = dict(self.max_label)
        if self.type == "number":
            data["integer"] = self.integer
        if self.type == "text":
            data["long"] = self.long
            if self.max_length is not None:
                data["max_length"] = self.max_length
        if self.show_if is not None:
            data["show_if"] = self.show_if.to_dict()
        return data


@dataclass(frozen=True)
class Section:
    id: str
    title: Text
    questions: tuple[Question, ...]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id}
        if self.title:
            data["title"] = dict(self.title)
        data["questions"] = [q.to_dict() for q in self.questions]
        return data


@dataclass(frozen=True)
class Questionnaire:
    id: str
    version: int
    title: Text
    languages: tuple[str, ...]
    default_language: str
    sections: tuple[Section, ...]

    @property
    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def iter_questions(self) -> Iterator[tuple[Section, Question]]:
        for section in self.sections:
            for question in section.questions:
                yield section, question

    def question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def title_in(self, language: str) -> str:
        return pick(self.title, language, self.id)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "feedback-app-questionnaire",
            "id": self.id,
            "version": self.version,
            "title": dict(self.title),
            "languages": list(self.languages),
            "default_language": self.default_language,
            "sections": [s.to_dict() for s in self.sections],
        }
