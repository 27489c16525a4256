"""The question columns of an export and the aggregates that fill them.

Every question id of the exported questionnaire versions gets one column. SQLite fills them in
one pass over the answers, grouped per response, one aggregate per column, except that scale
answers (likert and rating: small whole numbers) of a run of neighbouring columns are added up
into one integer per response (answer + offset times a power of the scale's size) and decoded
in Python: one aggregate instead of one per question is what makes an export of a million
responses take seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.questionnaire import CANNOT_SAY, NUMERIC_TYPES, Question, Questionnaire

PACKABLE_TYPES = ("likert", "rating")
_PACK_LIMIT = 1 << 62


@dataclass(frozen=True)
class Column:
    """One question column: a question id and its definitions in the exported versions."""

    question_id: str
    kind: str  # "number", "text" or "choices" (option codes, several per response)
    questions: tuple[tuple[str, int, Question], ...]  # (questionnaire id, version, question)

    @property
    def newest(self) -> Question:
        return max(self.questions, key=lambda item: (item[0], item[1]))[2]


@dataclass(frozen=True)
class Part:
    """One aggregate of the query: a run of packed scale columns, or a single column."""

    columns: tuple[int, ...]
    kind: str  # "packed", "number", "text", "choices" or "mixed" (number in one version, text
    # in another)
    ids: tuple[str, ...]
    lows: tuple[int, ...] = ()
    bases: tuple[int, ...] = ()
    multipliers: tuple[int, ...] = ()

    def sql(self, separator: str, cannot_say: bool) -> tuple[str, list[Any]]:
        """The aggregate and its parameters. With ``cannot_say``, a "cannot say" answer reads as
        the packed run's top digit or as '' (else it is missing, as if unanswered)."""
        if self.kind == "packed":
            whens = " ".join(
                f"WHEN ? THEN {_or_cannot_say(value, base - 1, cannot_say)} * {multiplier}"
                for value, base, multiplier in zip(
                    (f"(CAST(a.value_num AS INTEGER) - {low - 1})" for low in self.lows),
                    self.bases,
                    self.multipliers,
                    strict=True,
                )
            )
            return f"sum(CASE a.question_id {whens} END)", list(self.ids)
        value = {
            "number": "a.value_num",
            "mixed": "coalesce(a.value_text, iif(a.value_num = CAST(a.value_num AS INTEGER), "
            "CAST(a.value_num AS INTEGER), a.value_num))",
        }.get(self.kind, "a.value_text")
        value = _or_cannot_say(value, "''", cannot_say)
        if self.kind in ("number", "text"):
            return f"max({value}) FILTER (WHERE a.question_id = ?)", list(self.ids)
        return (
            f"group_concat({value}, ?) FILTER (WHERE a.question_id = ?)",
            [separator, self.ids[0]],
        )

    def slices(self, limit: int) -> list[tuple[int, int]]:
        """Neighbouring columns of a packed run, (first, last + 1), each with fewer than
        ``limit`` combinations of codes (a single column always makes a slice)."""
        slices, first = [], 0
        while first < len(self.bases):
            last, combinations = first + 1, self.bases[first]
            while last < len(self.bases) and combinations * self.bases[last] <= limit:
                combinations *= self.bases[last]
                last += 1
            slices.append((first, last))
            first = last
        return slices

    def decode(self, packed: int | None) -> tuple[Any, ...]:
        """The scale answers of a packed run's columns: a number, CANNOT_SAY or None."""
        values: list[Any] = []
        for low, base, multiplier in zip(self.lows, self.bases, self.multipliers, strict=True):
            digit = (packed or 0) // multiplier % base
            if digit == base - 1:
                values.append(CANNOT_SAY)
            else:
                values.append(digit + low - 1 if digit else None)
        return tuple(values)


def _or_cannot_say(value: str, mark: object, cannot_say: bool) -> str:
    return f"coalesce({value}, {mark})" if cannot_say else value


def question_columns(questionnaires: list[Questionnaire]) -> list[Column]:
    """One column per question id, in questionnaire order (newest version first), a question
    dropped in a later version after the current ones; display-only notes have none."""
    found: dict[str, list[tuple[str, int, Question]]] = {}
    for q in questionnaires:  # ordered by id, newest version first
        for question in q.questions:
            if question.stores_answer:
                found.setdefault(question.id, []).append((q.id, q.version, question))
    columns = []
    for qid, questions in found.items():
        types = {question.type for _, _, question in questions}
        if types <= set(NUMERIC_TYPES):
            kind = "number"
        elif "multiple_choice" in types:
            kind = "choices"
        else:
            kind = "text"
        columns.append(Column(qid, kind, tuple(questions)))
    return columns


def _packable(column: Column) -> tuple[int, int] | None:
    """The lowest and highest scale point when every version asks it on a whole-number scale."""
    points: list[int] = []
    for _, _, question in column.questions:
        if question.type not in PACKABLE_TYPES or not question.scale_values():
            return None
        points += question.scale_values()
    return min(points), max(points)


def query_parts(columns: list[Column]) -> list[Part]:
    """The aggregates that fill ``columns``: neighbouring scale columns share one packed
    integer (as many as fit below 2**62), every other column has its own."""
    parts: list[Part] = []
    run: list[tuple[int, int, int]] = []  # (column index, low, base)

    def close_run() -> None:
        if run:
            multipliers, product = [], 1
            for _, _, base in run:
                multipliers.append(product)
                product *= base
            parts.append(
                Part(
                    tuple(i for i, _, _ in run),
                    "packed",
                    tuple(columns[i].question_id for i, _, _ in run),
                    tuple(low for _, low, _ in run),
                    tuple(base for _, _, base in run),
                    tuple(multipliers),
                )
            )
            run.clear()

    for i, column in enumerate(columns):
        scale = _packable(column)
        if scale is None:
            close_run()
            kind = "mixed" if column.kind != "number" and _is_mixed(column) else column.kind
            parts.append(Part((i,), kind, (column.question_id,)))
            continue
        base = scale[1] - scale[0] + 3  # 0: no answer, then the points, then cannot say
        if _product(run) * base >= _PACK_LIMIT:
            close_run()
        run.append((i, scale[0], base))
    close_run()
    return parts


def _is_mixed(column: Column) -> bool:
    return any(question.is_numeric for _, _, question in column.questions)


def _product(run: list[tuple[int, int, int]]) -> int:
    product = 1
    for _, _, base in run:
        product *= base
    return product
