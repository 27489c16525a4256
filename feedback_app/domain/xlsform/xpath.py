"""The XPath subset of XLSForm ``relevant`` and ``constraint`` cells, parsed into a tree.

Grammar (what ODK accepts, narrowed to what a questionnaire can model)::

    expression := conjunction ("or" conjunction)*
    conjunction := comparison ("and" comparison)*
    comparison := operand (("=" | "!=" | "<" | "<=" | ">" | ">=") operand)?
    operand    := "(" expression ")" | "not(" expression ")"
                | "selected(" operand "," operand ")" | "count-selected(" operand ")"
                | "string-length(" operand ")" | "${" name "}" | "." | 'text' | "text" | number

Anything else raises :class:`ExpressionError` naming what is not supported, and a typing slip
(curly quotes, ``&&``, ``==``, ...) one that gives the expression as it should be written.
Which trees a questionnaire can model is decided elsewhere (``relevant``, ``constraints``);
``written`` turns a tree back into text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .slips import find_slips, message

FUNCTIONS = {"selected": 2, "count-selected": 1, "string-length": 1, "not": 1}
COMPARISONS = ("=", "!=", "<", "<=", ">", ">=")
MAX_DEPTH = 40

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<ref>\$\{\s*(?P<name>[^}\s]+)\s*\})
    | (?P<string>'[^']*'|"[^"]*")
    | (?P<number>-?(?:\d+(?:\.\d*)?|\.\d+))
    | (?P<word>[A-Za-z_][\w.-]*)
    | (?P<op>!=|<=|>=|=|<|>)
    | (?P<punct>[(),.])
    | (?P<other>\S)
    )""",
    re.VERBOSE,
)


class ExpressionError(ValueError):
    """An expression outside the grammar; the message says what to change."""


class SlipError(ExpressionError):
    """A typing slip (curly quotes, ``&&``, ``==``, ...); the message has the fixed text."""


@dataclass(frozen=True)
class Ref:
    name: str


@dataclass(frozen=True)
class Here:
    """``.``: the answer of the question the constraint is on."""


@dataclass(frozen=True)
class Text:
    value: str


@dataclass(frozen=True)
class Num:
    value: float


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    operand: Node


@dataclass(frozen=True)
class Logic:
    op: str  # "and" or "or"
    operands: tuple[Node, ...]


@dataclass(frozen=True)
class Compare:
    op: str
    left: Node
    right: Node


Node = Ref | Here | Text | Num | Call | Not | Logic | Compare


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def parse(expression: str) -> Node:
    """The tree of ``expression``, or ``ExpressionError`` saying what to write instead."""
    slips = find_slips(expression)
    if slips.found:
        raise SlipError(message(slips))
    return _Parser(tokens(expression)).whole()


def tokens(expression: str) -> list[Token]:
    out, pos = [], 0
    text = expression.replace("\u00a0", " ")
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:  # only trailing white space is left
            break
        pos = match.end()
        kind = match.lastgroup if match.lastgroup != "name" else "ref"
        if kind == "ref":
            out.append(Token("ref", match["name"]))
        elif kind is not None:
            out.append(Token(kind, match[kind]))
    return out


class _Parser:
    def __init__(self, items: list[Token]) -> None:
        self.items = items
        self.pos = 0
        self.depth = 0

    def whole(self) -> Node:
        if not self.items:
            raise ExpressionError("the expression is empty")
        node = self.expression()
        if self.pos < len(self.items):
            token = self.items[self.pos]
            if token.text == ")":
                raise ExpressionError("a ')' has no matching '('")
            if token.kind == "op":
                raise ExpressionError(
                    f"two comparisons in a row (before {token.text!r}); join them with and"
                )
            if token.text in ("+", "-", "*", "div", "mod") or token.text.startswith("-"):
                raise ExpressionError(f"arithmetic ({token.text}) is not supported")
            raise ExpressionError(f"{token.text!r} cannot follow {self.items[self.pos - 1].text!r}")
        return node

    def peek(self) -> Token | None:
        return self.items[self.pos] if self.pos < len(self.items) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise ExpressionError("the expression ends too early")
        self.pos += 1
        return token

    def expect(self, text: str, after: str) -> None:
        token = self.peek()
        if token is None or token.text != text:
            found = "the end" if token is None else repr(token.text)
            raise ExpressionError(f"{after} needs {text!r}, not {found}")
        self.pos += 1

    def joined(self, word: str, part: str) -> Node:
        nodes = [getattr(self, part)()]
        while (token := self.peek()) is not None and token.kind == "word" and token.text == word:
            self.pos += 1
            nodes.append(getattr(self, part)())
        return nodes[0] if len(nodes) == 1 else Logic(word, tuple(nodes))

    def expression(self) -> Node:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError(f"the expression is nested more than {MAX_DEPTH} deep")
        try:
            return self.joined("or", "conjunction")
        finally:
            self.depth -= 1

    def conjunction(self) -> Node:
        return self.joined("and", "comparison")

    def comparison(self) -> Node:
        left = self.operand()
        token = self.peek()
        if token is None or token.kind != "op":
            return left
        self.pos += 1
        return Compare(token.text, left, self.operand())

    def operand(self) -> Node:
        token = self.take()
        if token.kind == "ref":
            return Ref(token.text)
        if token.kind == "string":
            return Text(token.text[1:-1])
        if token.kind == "number":
            return Num(float(token.text))
        if token.text == ".":
            return Here()
        if token.text == "(":
            node = self.expression()
            self.expect(")", "'('")
            return node
        if token.kind == "word":
            return self.word(token.text)
        raise ExpressionError(_unexpected(token))

    def word(self, name: str) -> Node:
        following = self.peek()
        if following is None or following.text != "(":
            if name in ("and", "or"):
                raise ExpressionError(f"{name!r} needs a condition on both sides")
            raise ExpressionError(
                f"{name!r} is not quoted; write '{name}' for a text or ${{{name}}} for a question"
            )
        if name not in FUNCTIONS:
            known = ", ".join(f"{f}()" for f in FUNCTIONS)
            raise ExpressionError(f"function {name}() is not supported (only {known})")
        self.pos += 1
        args = [self.expression()]
        while (token := self.peek()) is not None and token.text == ",":
            self.pos += 1
            args.append(self.expression())
        self.expect(")", f"{name}(")
        if len(args) != FUNCTIONS[name]:
            count = FUNCTIONS[name]
            raise ExpressionError(f"{name}() takes {count} value{'s' * (count > 1)}")
        if name == "not":
            return Not(args[0])
        return Call(name, tuple(args))


def _unexpected(token: Token) -> str:
    """Why a token cannot start an operand, as advice."""
    text = token.text
    if text in "+-*":
        return f"arithmetic ({text}) is not supported"
    if text == "/":
        return "paths such as /data/q are not supported; write ${q}"
    if text == "!":
        return "write not(...) instead of !"
    if text == "$":
        return "write a question as ${name}"
    if text == ")":
        return "a ')' comes where a value is needed"
    if text in ("'", '"'):
        return f"the quote {text} is not closed"
    if token.kind == "op":
        return f"{text!r} needs a value on its left"
    if text == ",":
        return "',' outside a function"
    return f"{text!r} is not supported"


def references(node: Node) -> list[str]:
    """The question names ``${...}`` in ``node``, in order of first mention."""
    found: list[str] = []

    def walk(item: Node) -> None:
        if isinstance(item, Ref) and item.name not in found:
            found.append(item.name)
        for child in children(item):
            walk(child)

    walk(node)
    return found


def children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Call):
        return node.args
    if isinstance(node, Not):
        return (node.operand,)
    if isinstance(node, Logic):
        return node.operands
    if isinstance(node, Compare):
        return (node.left, node.right)
    return ()
