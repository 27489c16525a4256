"""A parsed ``relevant`` on one earlier question as one ``show_if`` test, or why it cannot be.

Our ``show_if`` is one test on one earlier answer: ``equals``, ``one_of``, ``at_least`` and
``at_most`` never hold while that question is unanswered (or answered "cannot say"),
``none_of`` always does. An expression is kept only when a test that agrees with ODK on every
answer, and on no answer, exists:

- a single comparison is translated directly (``expressions.translate``);
- ``or`` of tests for given answers becomes ``one_of`` them, ``and`` of tests ruling answers
  out ``none_of`` them, in the order written;
- anything else on a question with finitely many answers (a select, likert, range, or a whole
  number between two close bounds) is evaluated the way ODK does for every possible answer
  and for none; on a select_multiple for every combination of the choices it mentions.

What has no such test (on a multiple choice it needs two choices at once, it holds for
"cannot say" but not for no answer, ...) is refused with the reason.
"""

from __future__ import annotations

import itertools
from typing import Any

from .evaluate import holds
from .expressions import Target, Test, translate
from .written import number_text
from .xpath import Call, Compare, Logic, Node, Not, Num, Ref, Text, children

MAX_ENUMERATED = 8
_FLIP = {"=": "=", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
_NEGATE = {"=": "!=", "!=": "="}
_ADVICE = {
    "number": "with one comparison such as ${q} >= 3, or with = joined by or",
    "text": "with ${q} = 'text', or with = joined by or",
    "": "with one comparison, or with = joined by or",
}


class Refusal(ValueError):
    """The expression has no ``show_if`` with the same meaning; the message says why."""


def reduce(node: Node, target: Target) -> Test:
    """The one test meaning what ``node`` means for ``target``, or ``Refusal``."""
    _check_counts(node)
    atom = as_atom(node)
    if atom is not None:
        problem, test = translate(target, *atom)
        if problem or test is None:
            raise Refusal(problem or "not supported")
        return test
    if isinstance(node, Logic):
        combined = _combined(node, target)
        if combined is not None:
            return combined
    if target.type == "multiple_choice":
        return _by_combinations(node, target)
    if target.values is not None:
        return _by_answers(node, target)
    if isinstance(node, Logic) and node.op == "and":
        return _intersection(node, target)
    raise Refusal(
        f"a {target.type} question can only be tested {_ADVICE.get(target.type, _ADVICE[''])}"
    )


def as_atom(node: Node) -> tuple[str, str, bool] | None:
    """``${q} op literal`` (either way round), ``selected(${q}, v)`` or ``not(${q} = v)``, as
    (operator, literal text, whether the literal is an unquoted number); None for anything else.

    A bare ``${q}`` is not one: ODK reads it as "answered", except that a number 0 is false.
    """
    if isinstance(node, Not):
        inner = as_atom(node.operand)
        if inner is not None and inner[0] in _NEGATE:
            return (_NEGATE[inner[0]], inner[1], inner[2])
        return None
    if isinstance(node, Call) and node.name == "selected":
        subject, literal = node.args
        if isinstance(subject, Ref) and isinstance(literal, Text | Num):
            return ("selected", literal_text(literal), False)  # compared as text
        return None
    if isinstance(node, Compare):
        if isinstance(node.left, Ref) and isinstance(node.right, Text | Num):
            return (node.op, literal_text(node.right), isinstance(node.right, Num))
        if isinstance(node.right, Ref) and isinstance(node.left, Text | Num):
            return (_FLIP[node.op], literal_text(node.left), isinstance(node.left, Num))
    return None


def literal_text(node: Text | Num) -> str:
    return node.value if isinstance(node, Text) else number_text(node.value)


def _combined(node: Logic, target: Target) -> Test | None:
    """``a or b`` where each tests for given answers: one_of all of them; ``a and b`` where
    each rules some out: none_of all of them; the values in the order written."""
    wanted = ("equals", "one_of") if node.op == "or" else ("none_of",)
    values: list[Any] = []
    for operand in node.operands:
        try:
            test = reduce(operand, target)
        except Refusal:
            return None
        if test.operator not in wanted:
            return None
        for value in test.value if test.operator != "equals" else (test.value,):
            if value not in values:
                values.append(value)
    if node.op == "and":
        return Test(target, "none_of", tuple(values))
    if len(values) == 1:
        return Test(target, "equals", values[0])
    return Test(target, "one_of", tuple(values))


def _intersection(node: Logic, target: Target) -> Test:
    """``a and b`` on a number or text: the same test twice, else refused."""
    tests = {(t.operator, repr(t.value)): t for t in (reduce(o, target) for o in node.operands)}
    if len(tests) == 1:
        return next(iter(tests.values()))
    raise Refusal(
        f"conditions joined by 'and' on {target.id!r} can be combined only for single "
        "choice, likert and range questions"
    )


def _by_answers(node: Node, target: Target) -> Test:
    """Evaluate as ODK would for every answer of a question with finitely many."""
    name = target.id
    answers = target.answers()
    unanswered = holds(node, {name: ""})
    if target.cannot_say and holds(node, {name: "cannot_say"}) != (unanswered or False):
        state = "answered 'cannot say'" if not unanswered else "unanswered but not 'cannot say'"
        raise Refusal(
            f"the condition holds when {name!r} is {state}, which show_if cannot express; "
            "test its answers instead"
        )
    if unanswered:  # holds unless one of some answers is given
        failing = [stored for text, stored in answers if not holds(node, {name: text})]
        if not failing:
            raise Refusal("it always holds; leave relevant empty")
        return Test(target, "none_of", tuple(failing))
    return _result(node, target, [stored for text, stored in answers if holds(node, {name: text})])


def _by_combinations(node: Node, target: Target) -> Test:
    """On a select_multiple: holds exactly when any of some choices is chosen (one_of), or
    exactly when none of them is (none_of, which also holds while nothing is chosen)."""
    names = list(target.codes)
    if len(names) <= MAX_ENUMERATED:
        universe, rest = names, []
    elif _membership_only(node):
        mentioned = [n for n in names if n in _literals(node)]
        if len(mentioned) > MAX_ENUMERATED:
            raise Refusal(
                f"the condition names more than {MAX_ENUMERATED} choices of {target.id!r}"
            )
        rest = [n for n in names if n not in mentioned]
        universe = mentioned + rest[:1]  # one unmentioned choice stands for all of them
    else:
        raise Refusal(
            f"a multiple choice with more than {MAX_ENUMERATED} choices can only be tested with "
            "selected(), count-selected() or = ''"
        )

    def test(chosen: tuple[str, ...]) -> bool:
        return holds(node, {target.id: " ".join(chosen)}) != negated

    negated = holds(node, {target.id: ""})
    single = {n for n in universe if test((n,))}
    for size in range(2, len(universe) + 1):
        for combination in itertools.combinations(universe, size):
            if test(combination) != bool(single & set(combination)):
                raise Refusal(
                    f"on the multiple choice {target.id!r} show_if can only test that any of "
                    "some choices is chosen, or that none of them is (selected() joined by or)"
                )
    if rest and rest[0] in single:
        single |= set(rest)
    values = [target.codes[n] for n in names if n in single]
    if negated:
        if not values:
            raise Refusal("it always holds; leave relevant empty")
        return Test(target, "none_of", tuple(values))
    return _result(node, target, values)


def _result(node: Node, target: Target, chosen: list[Any]) -> Test:
    if not chosen:
        joined = isinstance(node, Logic) and node.op == "and"
        raise Refusal("the conditions can never all hold" if joined else "it can never hold")
    if len(chosen) == 1:
        return Test(target, "equals", chosen[0])
    return Test(target, "one_of", tuple(chosen))


def _literals(node: Node) -> set[str]:
    found: set[str] = set()
    if isinstance(node, Text | Num):
        found.add(literal_text(node))
    for child in children(node):
        found |= _literals(child)
    return found


def _membership_only(node: Node) -> bool:
    """Whether ``node`` depends only on which choices are chosen, not on how ODK spells them
    (``selected()``, ``count-selected()``, ``= ''``), so a few choices can stand for all."""
    if isinstance(node, Not | Logic):
        return all(_membership_only(c) for c in children(node))
    if isinstance(node, Call) and node.name == "selected":
        return isinstance(node.args[1], Text | Num)
    if isinstance(node, Compare):
        sides = (node.left, node.right)
        counts = any(isinstance(s, Call) and s.name == "count-selected" for s in sides)
        empty = (
            node.op in ("=", "!=") and Text("") in sides and any(isinstance(s, Ref) for s in sides)
        )
        return counts or empty
    return isinstance(node, Ref)


def _check_counts(node: Node) -> None:
    """``count-selected(${q}) > 0`` tests for an answer; other counts cannot be expressed."""
    if isinstance(node, Compare):
        for count, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(count, Call) and count.name == "count-selected":
                if not isinstance(other, Num) or other.value not in (0, 1):
                    raise Refusal(
                        "count-selected() can only test whether anything is chosen, "
                        "as in count-selected(${q}) > 0"
                    )
    for child in children(node):
        _check_counts(child)
