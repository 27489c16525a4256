"""``show_if`` -> ``relevant``: each of our tests written the way the import reads it back.

``one_of`` is written as ``=`` (or ``selected()``) joined by ``or`` and ``none_of`` as ``!=``
(or ``not(selected())``) joined by ``and``, so ODK evaluates exactly our test and the import
returns it with its values in the same order. A test that no XLSForm expression means (a
number compared with a choice, a value that is none of the answers) is an export error.
"""

from __future__ import annotations

import math
from typing import Any

from ..questionnaire import LIST_OPERATORS, Condition, Question
from .errors import XLSFormExportError
from .rows import FINITE_RANGE
from .written import number_text

_NUMERIC = ("likert", "rating", "number")
_JOIN = {"equals": " or ", "one_of": " or ", "none_of": " and "}


def relevant_text(question: Question, target: Question) -> str:
    """The ``relevant`` of ``question``, whose show_if tests ``target``."""
    condition = question.show_if
    assert condition is not None
    values = list(condition.value) if condition.operator in LIST_OPERATORS else [condition.value]
    for value in values:
        _check_value(question, target, condition, value)
    ref = "${" + target.id + "}"
    if condition.operator in ("at_least", "at_most"):
        if target.type not in _NUMERIC:
            raise _error(question, f"a {target.type} question has no order to compare with")
        op = ">=" if condition.operator == "at_least" else "<="
        return f"{ref} {op} {number_text(condition.value)}"
    negated = condition.operator == "none_of"
    parts = [_test(ref, target, value, negated) for value in values]
    return _JOIN[condition.operator].join(parts)


def _test(ref: str, target: Question, value: Any, negated: bool) -> str:
    literal = _literal(value)
    if target.type == "multiple_choice":
        chosen = f"selected({ref}, {literal})"
        return f"not({chosen})" if negated else chosen
    return f"{ref} {'!=' if negated else '='} {literal}"


def _literal(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"' if "'" in value else f"'{value}'"
    return number_text(value)


def _check_value(question: Question, target: Question, condition: Condition, value: Any) -> None:
    """Only values the import reads back as the same answer."""
    if condition.operator in ("at_least", "at_most"):
        ok = isinstance(value, int | float)
    elif target.type in ("single_choice", "multiple_choice", "likert"):
        ok = value in target.option_codes
    elif target.type == "rating":
        ok = isinstance(value, int | float) and value in target.scale_set
    elif target.type == "number":
        ok = isinstance(value, int | float) and _within(target, value)
    else:  # text
        ok = isinstance(value, str) and not ("'" in value and '"' in value) and "${" not in value
    if not ok:
        raise _error(question, f"{value!r} is not an answer of {target.id!r} it can test")


def _within(target: Question, value: float) -> bool:
    """A whole-number question between close bounds has only those answers (as imported)."""
    if not target.integer or target.min is None or target.max is None:
        return True
    low, high = math.ceil(target.min), math.floor(target.max)
    return high - low > FINITE_RANGE or value in range(low, high + 1)


def _error(question: Question, reason: str) -> XLSFormExportError:
    return XLSFormExportError([f"show_if of {question.id!r}: {reason}"])
