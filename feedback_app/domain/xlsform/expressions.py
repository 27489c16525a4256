"""One XLSForm comparison on an earlier question, as one of our ``show_if`` tests.

Pure functions over what is known about the question a comparison names (:class:`Target`), so
each translation rule (``!=`` as none_of, ``>`` on whole numbers only, ...) can be read and
tested on its own. Combinations of comparisons are in ``relevant``.
"""

from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass
from typing import Any

from ..questionnaire import LIST_OPERATORS

_ORDER = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt}
_CHOICES = ("single_choice", "multiple_choice", "likert")


@dataclass(frozen=True)
class Target:
    """What a ``relevant`` expression needs to know about an earlier question."""

    id: str
    type: str
    codes: dict[str, Any]  # choice name as written in XLSForm -> value we store
    values: tuple[Any, ...] | None  # every possible answer, when there are finitely many
    cannot_say: bool
    integer: bool

    def answers(self) -> list[tuple[str | float, Any]]:
        """Every possible answer as ODK holds it (a choice name as text, a range or number
        answer as a number) and as we store it."""
        if self.values is None:
            return []
        if self.codes:
            return [(name, code) for name, code in self.codes.items() if code in self.values]
        return [(float(v), v) for v in self.values]


@dataclass(frozen=True)
class Test:
    target: Target
    operator: str
    value: Any


def number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def translate(
    target: Target, op: str, text: str, numeric: bool = False
) -> tuple[str | None, Test | None]:
    """One XLSForm comparison as one of our operators, or the reason it cannot be one.

    ``numeric``: the literal is an unquoted number, which ODK compares as a number (so
    ``${q} = 1`` also matches a choice named ``01``, and a text ``1.0``).
    """
    if target.type == "note":
        return "a note has no answer", None
    if text == "" and op in ("=", "!="):
        return _answered(target, op)
    if target.type == "single_choice" and op in _ORDER:
        return _choice_comparison(target, op, text)
    problem = _unsupported(target, op)
    if problem:
        return problem, None
    if numeric and op in ("=", "!=") and target.type == "text":
        return f"a text is compared with a number; write '{text}' in quotes", None
    if numeric and op in ("=", "!=") and target.type in _CHOICES:
        return _numeric_choice(target, op, text)
    value = _literal_value(target, text, ordered=op in _ORDER)
    if value is None or (op in ("=", "!=") and target.values and value not in target.values):
        return f"{text!r} is not one of its answers", None
    if op in ("=", "selected"):
        return None, Test(target, "equals", value)
    if op == "!=":
        return _not_equal(target, value)
    if op == ">":
        return None, Test(target, "at_least", math.floor(value) + 1)
    if op == "<":
        return None, Test(target, "at_most", math.ceil(value) - 1)
    return None, Test(target, "at_least" if op == ">=" else "at_most", value)


def _unsupported(target: Target, op: str) -> str | None:
    allowed = {
        "single_choice": ("=", "!=", "selected"),
        "multiple_choice": ("selected",),
        "text": ("=", "!="),
        "number": ("=", "!=", ">=", "<=") + ((">", "<") if target.integer else ()),
        "rating": ("=", "!=", ">=", "<=", ">", "<"),
    }.get(target.type, ("=", "!=", "selected", ">=", "<=", ">", "<"))
    if op in allowed:
        return None
    if op == "selected":
        return f"selected() is for select questions; on a {target.type} question use ="
    advice = "; use selected(${q}, 'v')" if target.type == "multiple_choice" else ""
    return f"{op!r} is not supported on a {target.type} question{advice}"


def _choice_comparison(target: Target, op: str, text: str) -> tuple[str | None, Test | None]:
    """``${q} >= 2`` on choices named by numbers: one_of the choices whose name compares so."""
    words = [name for name in target.codes if not _is_number(name)]
    if words or not _is_number(text):
        return f"{op!r} needs numbers, and {(words or [text])[0]!r} is not one", None
    chosen = [code for name, code in target.codes.items() if _ORDER[op](float(name), float(text))]
    return _any_of(target, chosen)


def _numeric_choice(target: Target, op: str, text: str) -> tuple[str | None, Test | None]:
    """``${q} = 2`` on choices: those whose name is the number 2 (``2``, ``02``, ``2.0``)."""
    same = [c for n, c in target.codes.items() if _is_number(n) and float(n) == float(text)]
    if not same:
        return f"{text!r} is not one of its answers", None
    if op == "!=":
        return None, Test(target, "none_of", tuple(same))
    return _any_of(target, same)


def _is_number(text: str) -> bool:
    return re.fullmatch(r"-?\d+(?:\.\d+)?", text) is not None


def _literal_value(target: Target, text: str, ordered: bool) -> Any:
    """The stored value a literal stands for (choice name -> code, '4' -> 4), or None.

    ``>=`` and the like compare numbers, so on a likert scale ``2.5`` is a fine bound.
    """
    if target.type in _CHOICES and not (ordered and target.type == "likert"):
        return target.codes.get(text)
    if target.type == "text":
        return text
    if not _is_number(text):
        return None
    value = float(text)
    return number(value) if math.isfinite(value) else None


def _not_equal(target: Target, value: Any) -> tuple[str | None, Test | None]:
    """``!=`` holds while ``q`` is unanswered too (as in ODK), as none_of does."""
    return None, Test(target, "none_of", (value,))


def _answered(target: Target, op: str) -> tuple[str | None, Test | None]:
    """``${q} != ''`` (answered) is one_of every answer, ``${q} = ''`` none_of them, when there
    are finitely many and no "cannot say" (which ODK counts as an answer, and show_if not)."""
    if target.values is None or target.cannot_say:
        verb = "answered" if op == "!=" else "unanswered"
        return f"show_if cannot test whether a {target.type} question is {verb}", None
    if op == "=":
        return None, Test(target, "none_of", tuple(target.values))
    return _any_of(target, list(target.values))


def _any_of(target: Target, values: list[Any]) -> tuple[str | None, Test | None]:
    if not values:
        return "no answer can meet this condition", None
    if len(values) == 1:
        return None, Test(target, "equals", values[0])
    return None, Test(target, "one_of", tuple(values))


def condition_dict(question: str, operator: str, value: Any) -> dict[str, Any]:
    if operator in LIST_OPERATORS:
        value = list(value)
    return {"question": question, operator: value}
