"""``relevant`` -> ``show_if``: resolving comparisons against earlier questions, merging them."""

from __future__ import annotations

from typing import Any

from ..questionnaire import Condition
from .choices import ChoiceLists
from .expressions import Test, condition_dict, parse_relevant, translate
from .workbook import Row, Sheet


class Conditions(ChoiceLists):
    """Our show_if holds one condition: a relevant that needs more is refused, never cut."""

    def tests(self, sheet: Sheet, row: Row) -> list[Test]:
        """The ``and``-joined comparisons of ``relevant``, each resolved against its target."""
        expression = sheet.text(row, "relevant")
        if not expression:
            return []
        parts = parse_relevant(expression)
        if parts is None:
            self.error(
                "survey",
                row.number,
                f"relevant {expression!r} is not supported; use "
                "${q} = 'v', !=, >=, <=, selected(${q}, 'v') joined by and",
            )
            return []
        tests = [self.test(row.number, *part) for part in parts]
        return [t for t in tests if t is not None]

    def test(self, row: int, name: str, op: str, literal: str) -> Test | None:
        """Resolve one comparison against the earlier question it names."""
        target = self.targets.get(name)
        if target is None:
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
            return None
        problem, test = translate(target, op, literal)
        if problem:
            self.error("survey", row, f"relevant on {name!r}: {problem}")
        return test

    def show_if(self, row: int, tests: list[Test]) -> dict[str, Any] | None:
        """One condition; several are merged only when they test one question's finite answers."""
        unique = list({(t.target.id, t.operator, repr(t.value)): t for t in tests}.values())
        if not unique:
            return None
        first = unique[0]
        if len(unique) == 1:
            return condition_dict(first.target.id, first.operator, first.value)
        if len({t.target.id for t in unique}) > 1:
            names = ", ".join(sorted({repr(t.target.id) for t in unique}))
            self.error(
                "survey",
                row,
                f"the question depends on several questions ({names}); "
                "a question can depend on one earlier question only",
            )
            return None
        target = first.target
        if target.values is None or target.type == "multiple_choice":
            self.error(
                "survey",
                row,
                f"conditions joined by 'and' on {target.id!r} can be "
                "combined only for single choice, likert and range questions",
            )
            return None
        conditions = [Condition(target.id, t.operator, t.value) for t in unique]
        allowed = [v for v in target.values if all(c.holds(v) for c in conditions)]
        if not allowed:
            self.error("survey", row, "the conditions can never all hold")
            return None
        if len(allowed) == 1:
            return condition_dict(target.id, "equals", allowed[0])
        return condition_dict(target.id, "one_of", allowed)
