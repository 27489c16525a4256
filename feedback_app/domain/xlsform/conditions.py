"""``relevant`` -> ``show_if``: parsing, resolving names against earlier questions, reducing.

Our show_if holds one test on one earlier question: a relevant (with the relevant of the groups
around the question, joined by ``and``) that needs more is refused, never cut.
"""

from __future__ import annotations

from typing import Any

from .choices import ChoiceLists
from .expressions import condition_dict
from .relevant import Refusal, reduce
from .workbook import Row, Sheet
from .written import show
from .xpath import ExpressionError, Here, Logic, Node, children, parse, references


class Conditions(ChoiceLists):
    """Parses ``relevant`` where it is written; turns it into show_if where it applies."""

    def condition_tree(self, sheet: Sheet, row: Row) -> Node | None:
        """The parsed ``relevant`` of a row, its names resolved; errors name this row."""
        expression = sheet.text(row, "relevant")
        if not expression:
            return None
        try:
            node = parse(expression)
        except ExpressionError as exc:
            self.error("survey", row.number, f"relevant {expression!r}: {exc}")
            return None
        if _mentions_here(node):
            self.error(
                "survey",
                row.number,
                f"relevant {expression!r}: '.' (the question's own answer) cannot decide "
                "whether it is shown; name an earlier question as ${q}",
            )
            return None
        names = references(node)
        if not names:
            self.error(
                "survey", row.number, f"relevant {expression!r} does not test an earlier answer"
            )
            return None
        known = [self.resolve(row.number, name) for name in names]
        return node if all(known) else None

    def resolve(self, row: int, name: str) -> bool:
        """Whether ``name`` is an earlier question a condition may test."""
        if name in self.targets:
            if self.targets[name].type == "note":
                self.error("survey", row, f"relevant on {name!r}: a note has no answer")
                return False
            return True
        survey = self.sheets["survey"]
        later = {survey.text(r, "name") for r in survey.rows if r.number >= row}
        reason = (
            "is left out"
            if name in self.skipped
            else "comes later"
            if name in later
            else "is not an earlier question"
        )
        self.error("survey", row, f"relevant refers to {name!r}, which {reason}")
        return False

    def show_if(
        self, row: int, own: Node | None, groups: list[tuple[int, Node]]
    ) -> dict[str, Any] | None:
        """The one test meaning the question's own condition and its groups' together, or an
        error at ``row``.

        A group's condition is implied, and left out, when the question's own condition tests
        a question inside that group and never holds while it is unanswered: a hidden group
        leaves that question unanswered, so the own condition is false too.
        """
        implied = self.implied_groups(own) if own is not None and groups else set()
        trees = [t for group, t in groups if group not in implied] + ([own] if own else [])
        unique = list({show(t): t for t in trees}.values())
        if not unique:
            return None
        node = unique[0] if len(unique) == 1 else Logic("and", tuple(unique))
        names = references(node)
        if len(names) > 1:
            listed = ", ".join(repr(n) for n in sorted(names))
            self.error(
                "survey",
                row,
                f"the question depends on several questions ({listed}); "
                "a question can depend on one earlier question only",
            )
            return None
        target = self.targets[names[0]]
        try:
            test = reduce(node, target)
        except Refusal as exc:
            self.error("survey", row, f"relevant on {target.id!r}: {exc}")
            return None
        return condition_dict(target.id, test.operator, test.value)

    def implied_groups(self, own: Node) -> set[int]:
        """Rows of the groups that ``own`` implies (see :meth:`show_if`)."""
        names = references(own)
        if len(names) != 1 or names[0] not in self.targets:
            return set()
        try:
            test = reduce(own, self.targets[names[0]])
        except Refusal:
            return set()
        return set() if test.operator == "none_of" else self.inside.get(names[0], set())


def _mentions_here(node: Node) -> bool:
    return isinstance(node, Here) or any(_mentions_here(c) for c in children(node))
