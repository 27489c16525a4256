"""``constraint`` -> the limits our questions have: number bounds and a text's length.

A constraint we cannot enforce exactly would let answers through that its designer ruled
out, so anything beyond ``. >= N and . <= M`` (numbers) or ``string-length(.) <= N`` (text)
is refused. ODK checks a constraint only on an answered question, which is also when our
limits apply, so ``not(. < 0)`` is the same as ``. >= 0`` here.
"""

from __future__ import annotations

import math
from typing import Any

from .evaluate import number as xpath_number
from .expressions import number
from .relevant import Refusal, literal_text
from .xpath import (
    Call,
    Compare,
    ExpressionError,
    Here,
    Logic,
    Node,
    Not,
    Num,
    SlipError,
    Text,
    parse,
)

_FLIP = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "=": "=", "!=": "!="}
_NEGATE = {"<": ">=", "<=": ">", ">": "<=", ">=": "<"}


def number_bounds(expression: str, integer: bool) -> dict[str, Any]:
    """``. >= 0 and . <= 120`` -> min 0, max 120; strict bounds only on whole numbers."""
    advice = f"constraint {expression!r} is not supported (use . >= N and . <= M)"
    lows, highs = [], []
    for op, value in _comparisons(expression, lambda n: isinstance(n, Here), advice):
        if op not in _NEGATE or (op in ("<", ">") and not integer):
            raise Refusal(advice)
        if op in (">=", ">"):
            lows.append(math.floor(value) + 1 if op == ">" else value)
        else:
            highs.append(math.ceil(value) - 1 if op == "<" else value)
    out = {k: number(f(v)) for k, f, v in (("min", max, lows), ("max", min, highs)) if v}
    if "min" in out and "max" in out and out["min"] >= out["max"]:
        raise Refusal(f"constraint {expression!r} leaves at most one value")
    return out


def text_limit(expression: str) -> int:
    """``string-length(.) <= N`` (or ``< N``) -> max_length N."""
    advice = (
        f"constraint {expression!r} is not supported (a text allows only string-length(.) <= N)"
    )
    limits = []
    for op, value in _comparisons(expression, _is_length, advice):
        if op not in ("<=", "<") or not float(value).is_integer():
            raise Refusal(advice)
        limits.append(int(value) - (op == "<"))
    if min(limits) < 1:
        raise Refusal(f"constraint {expression!r} leaves no text that could be written")
    return min(limits)


def _comparisons(expression: str, subject: Any, advice: str) -> list[tuple[str, float]]:
    """``subject op number`` parts joined by ``and`` (either way round, or negated)."""
    try:
        node = parse(expression)
    except SlipError as exc:
        raise Refusal(f"constraint {expression!r}: {exc}") from None
    except ExpressionError:
        raise Refusal(advice) from None
    parts = list(node.operands) if isinstance(node, Logic) and node.op == "and" else [node]
    out = []
    for part in parts:
        negated = isinstance(part, Not)
        if negated:
            part = part.operand
        if not isinstance(part, Compare):
            raise Refusal(advice)
        op, value = part.op, _bound(part.right)
        if not subject(part.left):
            op, value = _FLIP[op], _bound(part.left)
            if not subject(part.right):
                value = None
        if value is None or (negated and op not in _NEGATE):
            raise Refusal(advice)
        out.append((_NEGATE[op] if negated else op, value))
    return out


def _bound(node: Node) -> float | None:
    """A number, also written in quotes ('5'), as ODK compares the answer with it."""
    if not isinstance(node, Num | Text):
        return None
    value = xpath_number(literal_text(node))
    return value if math.isfinite(value) and abs(value) <= 10**12 else None


def _is_length(node: Node) -> bool:
    return (
        isinstance(node, Call) and node.name == "string-length" and isinstance(node.args[0], Here)
    )
