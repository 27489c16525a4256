"""Reading the selected responses "wide" (one row per response), fast and in random order.

All exports share this module: which responses and which question columns an export has,
how one row's values read, and how text is made safe for spreadsheets. The query that reads
the rows is in :mod:`.export_query`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..domain.questionnaire import CANNOT_SAY, Questionnaire
from ..store import Store
from ..store.aggregates import Filters
from .export_columns import Column, Part, query_parts, question_columns
from .output import OutputError

Progress = Callable[[int, int], None]
"""``callback(done, total)``; raising :class:`Cancelled` stops the export."""

FIXED_COLUMNS = (
    "response_id",
    "session_id",
    "session_title",
    "organisation",
    "audience",
    "session_date",
    "questionnaire_id",
    "questionnaire_version",
    "language",
    "completed",
)
BATCH = 5000
#: Question columns in one export: SQLite returns at most 2,000 columns a row.
MAX_COLUMNS = 1_500


class EmptySelection(OutputError):
    def __init__(self) -> None:
        super().__init__("no responses match these filters; nothing was written", reason="empty")


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: how many responses, and the file(s)."""

    responses: int
    path: Any = None
    codebook: Any = None


@dataclass
class Selection:
    """The responses an export writes and the columns it writes them in.

    ``where`` is an SQL condition on responses ``r``; the export reads in one snapshot
    (``Store.snapshot``), so a response stored while it runs is left for the next one. ``most`` says
    that it selects at least half of all responses (see :mod:`.export_query`).
    """

    where: str
    params: list[Any]
    total: int
    questionnaires: list[Questionnaire]
    columns: list[Column]
    parts: list[Part] = field(default_factory=list)
    most: bool = False

    @property
    def header(self) -> list[str]:
        return [*FIXED_COLUMNS, *(c.question_id for c in self.columns)]


def select(store: Store, filters: Filters, include_incomplete: bool = False) -> Selection:
    """The responses the filters select; raises :class:`EmptySelection` when there are none.

    Completed responses are counted in ``response_counts`` (a few thousand rows, kept current
    with every submitted response), incomplete ones in the responses themselves.
    """
    (everyone,) = store.db.execute("SELECT count(*) FROM responses").fetchone()
    clauses, params = _conditions(store, filters, "c")
    where = " AND ".join(clauses) or "1"
    sql = (
        "SELECT c.questionnaire_id, c.questionnaire_version, sum(c.n) FROM response_counts c "
        f"WHERE {where} GROUP BY 1, 2"
    )
    if include_incomplete:
        sql += (
            " UNION ALL SELECT c.questionnaire_id, c.questionnaire_version, count(*) "
            f"FROM responses c WHERE c.completed = 0 AND {where} GROUP BY 1, 2"
        )
        params = params * 2
    counts: dict[tuple[str, int], int] = {}
    for qid, version, n in store.db.execute(sql, params):
        counts[(qid, version)] = counts.get((qid, version), 0) + n
    total = sum(counts.values())
    if total == 0:
        raise EmptySelection()
    versions = sorted(counts, key=lambda key: (key[0], -key[1]))  # newest version first
    questionnaires = [store.questionnaires.get(qid, version) for qid, version in versions]
    columns = question_columns(questionnaires)
    if len(columns) > MAX_COLUMNS:
        raise OutputError(
            f"these filters select questionnaires with {len(columns):,} different questions "
            f"together, more than one file can hold ({MAX_COLUMNS:,}); export one questionnaire "
            "at a time with --questionnaire",
            reason="too_many_columns",
        )
    clauses, params = _conditions(store, filters, "r")
    if not include_incomplete:
        clauses.append("r.completed = 1")
    return Selection(
        " AND ".join(clauses) or "1",
        params,
        total,
        questionnaires,
        columns,
        query_parts(columns),
        most=2 * total >= everyone,
    )


def _conditions(store: Store, filters: Filters, alias: str) -> tuple[list[str], list[Any]]:
    """Conditions on a table ``alias`` with session_id, language and questionnaire columns;
    the conditions on sessions become a list of session ids."""
    clauses: list[str] = []
    params: list[Any] = []
    if any(
        (
            filters.date_from,
            filters.date_to,
            filters.session_ids,
            filters.organisations,
            filters.audiences,
            filters.laptops,
        )
    ):
        only_sessions = Filters(
            date_from=filters.date_from,
            date_to=filters.date_to,
            session_ids=filters.session_ids,
            organisations=filters.organisations,
            audiences=filters.audiences,
            laptops=filters.laptops,
        )
        sql, values = only_sessions.where("s")
        ids = [
            row[0] for row in store.db.execute(f"SELECT s.id FROM sessions s WHERE {sql}", values)
        ]
        clauses.append(f"{alias}.session_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(ids))
    if filters.languages:
        clauses.append(f"{alias}.language IN ({', '.join('?' for _ in filters.languages)})")
        params += filters.languages
    if filters.questionnaire_id:
        clauses.append(f"{alias}.questionnaire_id = ?")
        params.append(filters.questionnaire_id)
    if filters.questionnaire_version is not None:
        clauses.append(f"{alias}.questionnaire_version = ?")
        params.append(filters.questionnaire_version)
    return clauses, params


def column_values(selection: Selection, values: tuple[Any, ...], separator: str) -> list[Any]:
    """One row's answers in column order: a number (int when whole), text, a list of option
    codes, CANNOT_SAY, or None for no answer."""
    cells: list[Any] = [None] * len(selection.columns)
    for part, value in zip(selection.parts, values, strict=True):
        if part.kind == "packed":
            for column, answer in zip(part.columns, part.decode(value), strict=True):
                cells[column] = answer
        elif value == "":
            cells[part.columns[0]] = CANNOT_SAY
        elif value is not None:
            if part.kind == "number":
                value = int(value) if float(value).is_integer() else value
            elif part.kind == "choices":
                value = value.split(separator)
            cells[part.columns[0]] = value
    return cells


FORMULA_STARTS = frozenset("=+-@\t\r")


def neutralise(text: str) -> str:
    """Text that a spreadsheet would run as a formula, made plain text (OWASP: prefix ')."""
    if text and text[0] in FORMULA_STARTS:
        return "'" + text
    return text
