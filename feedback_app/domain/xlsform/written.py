"""Expression trees and numbers back as XLSForm text: for messages and for the export."""

from __future__ import annotations

from decimal import Decimal

from .xpath import Call, Here, Logic, Node, Not, Num, Ref, Text


def show(node: Node) -> str:
    """A tree back as XLSForm text (for messages and for the export)."""
    if isinstance(node, Ref):
        return "${" + node.name + "}"
    if isinstance(node, Here):
        return "."
    if isinstance(node, Text):
        quote = '"' if "'" in node.value else "'"
        return f"{quote}{node.value}{quote}"
    if isinstance(node, Num):
        return number_text(node.value)
    if isinstance(node, Call):
        return f"{node.name}({', '.join(show(a) for a in node.args)})"
    if isinstance(node, Not):
        return f"not({show(node.operand)})"
    if isinstance(node, Logic):
        inner = [_inner(o, node.op) for o in node.operands]
        return f" {node.op} ".join(inner)
    return f"{show(node.left)} {node.op} {show(node.right)}"


def _inner(node: Node, op: str) -> str:
    """An operand of ``and``/``or``; an ``or`` inside an ``and`` keeps its parentheses."""
    text = show(node)
    return f"({text})" if isinstance(node, Logic) and node.op == "or" and op == "and" else text


def number_text(value: float) -> str:
    """A number as XPath reads it: no exponent (``1e-05`` -> ``0.00001``), ``3.0`` -> ``3``."""
    if float(value).is_integer():
        return str(int(value))
    text = repr(float(value))
    return format(Decimal(text), "f") if "e" in text else text
