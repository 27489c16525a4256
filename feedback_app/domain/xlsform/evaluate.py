"""What ODK makes of an expression tree for given answers: XPath 1.0 values and comparisons.

An answer is what ODK (JavaRosa) holds: a choice name, the names of the chosen choices
separated by spaces, a text, a number for integer, decimal and range questions, or ``""`` when
the question is unanswered or not shown. Comparing with a number turns a text into a number
(``""`` becomes NaN, so ``${q} != 3`` holds for an unanswered ``q``), which is exactly why some
``relevant`` columns become a ``none_of`` and some none at all.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Mapping

from .xpath import Call, Here, Logic, Node, Not, Num, Ref, Text

Value = str | float | bool
_ORDER = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}


def holds(node: Node, answers: Mapping[str, Value], here: str = "") -> bool:
    """Whether ``node`` is true in ODK when the questions have these answers."""
    return boolean(value(node, answers, here))


def value(node: Node, answers: Mapping[str, Value], here: str) -> Value:
    if isinstance(node, Ref):
        return answers.get(node.name, "")
    if isinstance(node, Here):
        return here
    if isinstance(node, Text):
        return node.value
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Not):
        return not holds(node.operand, answers, here)
    if isinstance(node, Logic):
        parts = (holds(o, answers, here) for o in node.operands)
        return all(parts) if node.op == "and" else any(parts)
    if isinstance(node, Call):
        args = [value(a, answers, here) for a in node.args]
        if node.name == "selected":
            return string(args[1]) in string(args[0]).split()
        if node.name == "count-selected":
            return float(len(string(args[0]).split()))
        return float(len(string(args[0])))  # string-length
    return compare(node.op, value(node.left, answers, here), value(node.right, answers, here))


def compare(op: str, left: Value, right: Value) -> bool:
    """XPath 1.0: ``=``/``!=`` compare as booleans, numbers or texts; the others as numbers."""
    if op in ("=", "!="):
        if isinstance(left, bool) or isinstance(right, bool):
            same = boolean(left) == boolean(right)
        elif isinstance(left, float) or isinstance(right, float):
            same = number(left) == number(right)  # NaN equals nothing, so "" != 3 holds
        else:
            same = left == right
        return same if op == "=" else not same
    return _ORDER[op](number(left), number(right))


def number(item: Value) -> float:
    if isinstance(item, bool):
        return 1.0 if item else 0.0
    if isinstance(item, float):
        return item
    text = item.strip()
    if not re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)", text):
        return math.nan  # XPath numbers have no exponent, sign +, spaces inside or "inf"
    return float(text)


def string(item: Value) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, float):
        if math.isnan(item):
            return "NaN"
        return str(int(item)) if item.is_integer() else repr(item)
    return item


def boolean(item: Value) -> bool:
    if isinstance(item, bool):
        return item
    if isinstance(item, float):
        return not (item == 0 or math.isnan(item))
    return item != ""
