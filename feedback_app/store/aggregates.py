"""Counts per group and question, read from the count tables the submit path keeps current.

A report over a million responses reads the few thousand rows of ``answer_counts`` and
``response_counts`` (one per session, language, questionnaire version, question and value),
joined to the few hundred sessions for the filters and the grouping.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

GROUPINGS = ("none", "session", "organisation", "audience", "month", "language")

_GROUP_SQL = {
    "none": "''",
    "session": "s.id",
    "organisation": "s.organisation",
    "audience": "s.audience",
    "month": "substr(s.session_date, 1, 7)",
    "language": "c.language",
}


@dataclass(frozen=True)
class Filters:
    """Which completed responses count. Empty tuples and None mean "no limit"."""

    date_from: str | None = None
    date_to: str | None = None
    session_ids: tuple[str, ...] = ()
    organisations: tuple[str, ...] = ()
    audiences: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    questionnaire_id: str | None = None
    questionnaire_version: int | None = None

    def where(self, alias: str = "c") -> tuple[str, list[Any]]:
        """SQL conditions over sessions ``s`` and a count table ``alias``, with parameters."""
        clauses: list[str] = []
        params: list[Any] = []

        def any_of(column: str, values: tuple[Any, ...]) -> None:
            if values:
                clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)

        if self.date_from:
            clauses.append("s.session_date >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("s.session_date <= ?")
            params.append(self.date_to)
        any_of("s.id", self.session_ids)
        any_of("s.organisation", self.organisations)
        any_of("s.audience", self.audiences)
        any_of(f"{alias}.language", self.languages)
        if self.questionnaire_id:
            clauses.append(f"{alias}.questionnaire_id = ?")
            params.append(self.questionnaire_id)
        if self.questionnaire_version is not None:
            clauses.append(f"{alias}.questionnaire_version = ?")
            params.append(self.questionnaire_version)
        return (" AND ".join(clauses) or "1"), params


VersionKey = tuple[str, int]
"""(questionnaire id, version)"""


@dataclass
class GroupCounts:
    """Everything counted for one group: responses per questionnaire version, and per question
    the counts of numeric values, options, "cannot say" and answered choice questions."""

    responses: dict[VersionKey, int] = field(default_factory=lambda: defaultdict(int))
    numbers: dict[str, dict[float, int]] = field(default_factory=lambda: defaultdict(dict))
    options: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    cannot_say: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    answered: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def total_responses(self) -> int:
        return sum(self.responses.values())


def group_counts(db: Database, filters: Filters, group_by: str = "none") -> dict[str, GroupCounts]:
    """Counts of completed responses per group label ('' without grouping)."""
    if group_by not in GROUPINGS:
        raise ValueError(f"unknown grouping {group_by!r}; use one of {', '.join(GROUPINGS)}")
    expr = _GROUP_SQL[group_by]
    groups: dict[str, GroupCounts] = defaultdict(GroupCounts)
    where, params = filters.where("c")
    for label, qid, version, n in db.execute(
        f"SELECT {expr}, c.questionnaire_id, c.questionnaire_version, sum(c.n) "
        f"FROM response_counts c JOIN sessions s ON s.id = c.session_id WHERE {where} "
        "GROUP BY 1, 2, 3",
        params,
    ):
        groups[label].responses[(qid, version)] += n
    # A question id means the same question in every version of a questionnaire.
    for label, question, kind, num, text, n in db.execute(
        f"SELECT {expr}, c.question_id, c.kind, c.value_num, c.value_text, sum(c.n) "
        f"FROM answer_counts c JOIN sessions s ON s.id = c.session_id WHERE {where} "
        "GROUP BY 1, 2, 3, 4, 5",
        params,
    ):
        group = groups[label]
        if kind == "num":
            group.numbers[question][num] = group.numbers[question].get(num, 0) + n
        elif kind == "option":
            group.options[question][text] = group.options[question].get(text, 0) + n
        elif kind == "missing":
            group.cannot_say[question] += n
        else:
            group.answered[question] += n
    return dict(groups)
