"""XLSForm expressions we can model: ``relevant`` comparisons and numeric/length constraints.

Pure functions over the text of one cell and what is known about the question it names, so
each translation rule (``!=`` only on an always-answered question, ``>`` on whole numbers
only, ...) can be read and tested on its own.
"""

from __future__ import annotations

import math
import operator
import re
from dataclasses import dataclass
from typing import Any

_LITERAL = r"'[^']*'|\"[^\"]*\"|-?\d{1,15}(?:\.\d{1,15})?"
_REF = r"\$\{\s*(?P<q>[^}\s]+)\s*\}"
_COMPARISON = re.compile(rf"\s*{_REF}\s*(?P<op>!=|>=|<=|=|>|<)\s*(?P<v>{_LITERAL})\s*")
_SELECTED = re.compile(rf"\s*selected\s*\(\s*{_REF}\s*,\s*(?P<v>{_LITERAL})\s*\)\s*")
_AND = re.compile(r"and\s")
_ORDER = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt}
BOUND = re.compile(r"\s*\.\s*(?P<op>>=|<=|>|<)\s*'?(?P<v>-?\d{1,15}(?:\.\d{1,15})?)'?\s*")
LENGTH = re.compile(r"\s*string-length\s*\(\s*\.\s*\)\s*(?P<op><=|<)\s*(?P<v>\d+)\s*")


@dataclass(frozen=True)
class Target:
    """What a ``relevant`` expression needs to know about an earlier question."""

    id: str
    type: str
    codes: dict[str, Any]  # literal as written in XLSForm -> value we store
    values: tuple[Any, ...] | None  # every possible answer, when there are finitely many
    required: bool  # required and always shown
    cannot_say: bool
    integer: bool


@dataclass(frozen=True)
class Test:
    target: Target
    operator: str
    value: Any


def number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def split_and(expression: str, pattern: re.Pattern[str]) -> list[re.Match[str]] | None:
    """Match ``pattern`` repeatedly, joined by ``and``; None if anything else is in between."""
    matches, pos = [], 0
    while True:
        match = pattern.match(expression, pos)
        if match is None:
            return None
        matches.append(match)
        pos = match.end()
        if pos == len(expression):
            return matches
        joint = _AND.match(expression, pos)
        if joint is None:
            return None
        pos = joint.end()


def parse_relevant(expression: str) -> list[tuple[str, str, str]] | None:
    """``${a} = 'x' and selected(${b}, 'y')`` -> ``[("a", "=", "'x'"), ("b", "selected", ...)]``."""
    parts, pos = [], 0
    while True:
        match = _COMPARISON.match(expression, pos) or _SELECTED.match(expression, pos)
        if match is None:
            return None
        op = match.groupdict().get("op") or "selected"
        parts.append((match["q"], op, match["v"]))
        pos = match.end()
        if pos == len(expression):
            return parts
        joint = _AND.match(expression, pos)
        if joint is None:
            return None
        pos = joint.end()


def translate(target: Target, op: str, literal: str) -> tuple[str | None, Test | None]:
    """One XLSForm comparison as one of our operators, or the reason it cannot be one."""
    text = literal[1:-1] if literal[:1] in "'\"" else literal
    if target.type == "note":
        return "a note has no answer", None
    if text == "" and op in ("=", "!="):
        return _answered(target, op)
    if target.type == "single_choice" and op in _ORDER:
        return _choice_comparison(target, op, text)
    allowed = {
        "single_choice": ("=", "!=", "selected"),
        "multiple_choice": ("selected",),
        "text": ("=",),
        "number": ("=", ">=", "<=") + ((">", "<") if target.integer else ()),
    }.get(target.type, ("=", "!=", "selected", ">=", "<=", ">", "<"))
    if op not in allowed:
        advice = "; use selected(${q}, 'v')" if target.type == "multiple_choice" else ""
        return f"{op!r} is not supported on a {target.type} question{advice}", None
    value = _literal_value(target, text)
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


def _choice_comparison(target: Target, op: str, text: str) -> tuple[str | None, Test | None]:
    """``${q} >= 2`` on choices named by numbers: one_of the choices whose name compares so."""
    words = [name for name in target.codes if not _is_number(name)]
    if words or not _is_number(text):
        return f"{op!r} needs numbers, and {(words or [text])[0]!r} is not one", None
    chosen = [code for name, code in target.codes.items() if _ORDER[op](float(name), float(text))]
    return _any_of(target, chosen)


def _is_number(text: str) -> bool:
    return re.fullmatch(r"-?\d+(?:\.\d+)?", text) is not None


def _literal_value(target: Target, text: str) -> Any:
    """The stored value a literal stands for (choice name -> code, '4' -> 4), or None."""
    if target.type in ("single_choice", "multiple_choice", "likert"):
        return target.codes.get(text)
    if target.type == "text":
        return text
    try:
        value = float(text)
    except ValueError:
        return None
    return number(value) if math.isfinite(value) else None


def _not_equal(target: Target, value: Any) -> tuple[str | None, Test | None]:
    """``!=`` becomes one_of the other answers: exact only when the target is always answered."""
    if not target.required or target.cannot_say:
        return (
            f"'!=' also holds when {target.id!r} is unanswered, which show_if cannot express;"
            " make it required (without cannot_say or relevant) or use = / selected()",
            None,
        )
    return _any_of(target, [v for v in target.values or () if v != value])


def _answered(target: Target, op: str) -> tuple[str | None, Test | None]:
    """``${q} != ''`` (answered) is one_of every answer when there are finitely many."""
    if op == "=":
        return "show_if cannot test that a question is unanswered", None
    if target.values is None or target.cannot_say:
        return f"show_if cannot test whether a {target.type} question is answered", None
    return _any_of(target, list(target.values))


def _any_of(target: Target, values: list[Any]) -> tuple[str | None, Test | None]:
    if not values:
        return "no answer can meet this condition", None
    if len(values) == 1:
        return None, Test(target, "equals", values[0])
    return None, Test(target, "one_of", tuple(values))


def condition_dict(question: str, operator: str, value: Any) -> dict[str, Any]:
    if operator == "one_of":
        value = list(value)
    return {"question": question, operator: value}
