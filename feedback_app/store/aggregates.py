"""Counts per group and question, read from the count tables the submit path keeps current.

A report over a million responses reads the few thousand rows of ``answer_counts`` and
``response_counts`` (one per session, language, questionnaire version, question and value),
joined to the few hundred sessions for the filters and the grouping. Only completed responses
are in those tables: the submit path adds to them only when a response is completed.
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
    "language": "{alias}.language",
}


def group_sql(group_by: str, alias: str = "c") -> str:
    """The SQL expression of a group label over sessions ``s`` and the table ``alias``
    (a count table or ``responses``: both have ``language`` and questionnaire columns)."""
    if group_by not in GROUPINGS:
        raise ValueError(f"unknown grouping {group_by!r}; use one of {', '.join(GROUPINGS)}")
    return _GROUP_SQL[group_by].format(alias=alias)


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
    laptops: tuple[str, ...] = ()
    """ids of the laptops the sessions were created on (this one's included)"""

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
        if self.laptops:
            marks = ", ".join("?" for _ in self.laptops)
            clauses.append(f"s.origin IN (SELECT key FROM laptops WHERE id IN ({marks}))")
            params.extend(self.laptops)
        return (" AND ".join(clauses) or "1"), params


VersionKey = tuple[str, int]
"""(questionnaire id, version)"""

QuestionKey = tuple[str, int, str]
"""(questionnaire id, version, question id)"""


@dataclass
class GroupCounts:
    """Everything counted for one group, per questionnaire version: completed responses, and
    per question the counts of numeric values, options, "cannot say" and answered choice
    questions.

    Counts stay per version so that the report can tell apart a question whose scale or
    options changed in a later version (those must not be added up) from one that did not.
    """

    responses: dict[VersionKey, int] = field(default_factory=lambda: defaultdict(int))
    numbers: dict[QuestionKey, dict[float, int]] = field(default_factory=lambda: defaultdict(dict))
    options: dict[QuestionKey, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    cannot_say: dict[QuestionKey, int] = field(default_factory=lambda: defaultdict(int))
    answered: dict[QuestionKey, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def total_responses(self) -> int:
        return sum(self.responses.values())


def group_counts(db: Database, filters: Filters, group_by: str = "none") -> dict[str, GroupCounts]:
    """Counts of completed responses per group label ('' without grouping).

    Only groups with at least one completed response appear.
    """
    expr = group_sql(group_by, "c")
    groups: dict[str, GroupCounts] = defaultdict(GroupCounts)
    where, params = filters.where("c")
    for label, qid, version, n in db.execute(
        f"SELECT {expr}, c.questionnaire_id, c.questionnaire_version, sum(c.n) "
        f"FROM response_counts c JOIN sessions s ON s.id = c.session_id WHERE {where} "
        "GROUP BY 1, 2, 3",
        params,
    ):
        if n:
            groups[label].responses[(qid, version)] += n
    for label, qid, version, question, kind, num, text, n in db.execute(
        f"SELECT {expr}, c.questionnaire_id, c.questionnaire_version, c.question_id, c.kind, "
        "c.value_num, c.value_text, sum(c.n) "
        f"FROM answer_counts c JOIN sessions s ON s.id = c.session_id WHERE {where} "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7",
        params,
    ):
        if label not in groups:
            continue  # cannot happen while the tables agree; never invent a group
        group = groups[label]
        key = (qid, version, question)
        if kind == "num":
            group.numbers[key][num] = group.numbers[key].get(num, 0) + n
        elif kind == "option":
            group.options[key][text] = group.options[key].get(text, 0) + n
        elif kind == "missing":
            group.cannot_say[key] += n
        else:
            group.answered[key] += n
    return dict(groups)


@dataclass(frozen=True)
class SessionLabel:
    """What a reader needs to recognise a session in a report grouped by session."""

    id: str
    title: str
    session_date: str


def session_labels(db: Database, session_ids: list[str]) -> dict[str, SessionLabel]:
    """Title and date of each session id (ids that do not exist are left out)."""
    labels: dict[str, SessionLabel] = {}
    for start in range(0, len(session_ids), 500):
        chunk = session_ids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        for sid, title, day in db.execute(
            f"SELECT id, title, session_date FROM sessions WHERE id IN ({marks})", chunk
        ):
            labels[sid] = SessionLabel(sid, title, day)
    return labels


def completed_responses(db: Database, filters: Filters) -> int:
    """How many completed responses the filters select (0: an empty selection)."""
    where, params = filters.where("c")
    row = db.execute(
        "SELECT coalesce(sum(c.n), 0) FROM response_counts c "
        f"JOIN sessions s ON s.id = c.session_id WHERE {where}",
        params,
    ).fetchone()
    return int(row[0])
