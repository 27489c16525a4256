"""Reading the selected responses "wide" (one row per response), fast and in random order.

All exports share this. SQLite does the heavy part: one pass over the answers of the selected
responses, grouped per response, builds one value per question column; the rows are then sorted
by a salted hash of the response's row number, so the file's order says nothing about who
answered when. Python receives the rows a few thousand at a time, which keeps memory flat
however many responses there are (SQLite's sorter spills to a temporary file).
"""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..domain.questionnaire import CANNOT_SAY, Questionnaire
from ..store import Store
from ..store.aggregates import Filters
from .export_columns import Column, Part, query_parts, question_columns
from .output import Cancelled, OutputError

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


class EmptySelection(OutputError):
    def __init__(self) -> None:
        super().__init__("no responses match these filters; nothing was written")


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: how many responses, and the file(s)."""

    responses: int
    path: Any = None
    codebook: Any = None


@dataclass
class Selection:
    """The responses an export writes and the columns it writes them in."""

    where: str
    params: list[Any]
    total: int
    questionnaires: list[Questionnaire]
    columns: list[Column]
    parts: list[Part] = field(default_factory=list)

    @property
    def header(self) -> list[str]:
        return [*FIXED_COLUMNS, *(c.question_id for c in self.columns)]


def select(store: Store, filters: Filters, include_incomplete: bool = False) -> Selection:
    """The responses the filters select; raises :class:`EmptySelection` when there are none."""
    where, params = _where(store, filters, include_incomplete)
    versions = store.db.execute(
        "SELECT r.questionnaire_id, r.questionnaire_version, count(*) FROM responses r "
        f"WHERE {where} GROUP BY 1, 2 ORDER BY 1, 2 DESC",
        params,
    ).fetchall()
    total = sum(n for _, _, n in versions)
    if total == 0:
        raise EmptySelection()
    questionnaires = [store.questionnaires.get(qid, version) for qid, version, _ in versions]
    columns = question_columns(questionnaires)
    return Selection(where, params, total, questionnaires, columns, query_parts(columns))


def _where(store: Store, filters: Filters, include_incomplete: bool) -> tuple[str, list[Any]]:
    """Conditions on responses ``r``; session conditions become a list of session ids."""
    clauses: list[str] = [] if include_incomplete else ["r.completed = 1"]
    params: list[Any] = []
    session_filters = (
        filters.date_from,
        filters.date_to,
        filters.session_ids,
        filters.organisations,
        filters.audiences,
    )
    if any(session_filters):
        only_sessions = Filters(
            date_from=filters.date_from,
            date_to=filters.date_to,
            session_ids=filters.session_ids,
            organisations=filters.organisations,
            audiences=filters.audiences,
        )
        sql, values = only_sessions.where("s")
        ids = [
            row[0] for row in store.db.execute(f"SELECT s.id FROM sessions s WHERE {sql}", values)
        ]
        clauses.append("r.session_id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(ids))
    if filters.languages:
        clauses.append(f"r.language IN ({', '.join('?' for _ in filters.languages)})")
        params += filters.languages
    if filters.questionnaire_id:
        clauses.append("r.questionnaire_id = ?")
        params.append(filters.questionnaire_id)
    if filters.questionnaire_version is not None:
        clauses.append("r.questionnaire_version = ?")
        params.append(filters.questionnaire_version)
    return " AND ".join(clauses) or "1", params


def shuffle_key(column: str, rng: random.Random) -> str:
    """An SQL expression that orders rows by a salted hash of the integer ``column``.

    A salted multiply, then squaring twice, modulo the prime 2**31 - 1: the squares make the
    map non-linear, so neighbouring row numbers land in unrelated places, and without the salts
    (drawn from ``rng`` for each export) the order cannot be undone. Every intermediate value
    stays below 2**63, where SQLite would switch to floating point and the order collapse.
    """
    prime = 2147483647
    salts = [rng.randrange(1, prime) for _ in range(4)]
    x = f"((({column} % {prime}) * {salts[0]} + {salts[1]}) % {prime})"
    for salt in salts[2:]:
        x = f"(({x} * {x} + {salt}) % {prime})"
    return x


def wide_rows(
    store: Store,
    selection: Selection,
    *,
    rng: random.Random | None = None,
    progress: Progress | None = None,
    separator: str = ";",
    dates: bool = True,
    cannot_say: bool = False,
) -> Iterator[list[tuple[Any, ...]]]:
    """Batches of rows in random order: id, session id, questionnaire id, version, language,
    completed, submitted_on (unless not ``dates``), then one value per part of
    ``selection.parts`` (see :meth:`Part.sql` for ``separator`` and ``cannot_say``)."""
    rng = rng or random.SystemRandom()
    aggregates, params = [], []
    for part in selection.parts:
        sql, values = part.sql(separator, cannot_say)
        aggregates.append(sql)
        params += values
    columns = "".join(f", {sql} AS v{i}" for i, sql in enumerate(aggregates))
    values = "".join(f", x.v{i}" for i in range(len(aggregates)))
    date = ", r.submitted_on" if dates else ""
    sql = (
        "SELECT r.id, r.session_id, r.questionnaire_id, r.questionnaire_version, r.language, "
        f"r.completed{date}{values} FROM (SELECT r.rid AS rid{columns} "
        "FROM responses r LEFT JOIN answers a ON a.response_id = r.rid "
        f"WHERE {selection.where} GROUP BY r.rid) x JOIN responses r ON r.rid = x.rid "
        f"ORDER BY {shuffle_key('x.rid', rng)}"
    )
    done = 0
    _report(progress, 0, selection.total)
    with _cancellable(store.db.conn, progress, selection.total):
        cursor = store.db.conn.execute(sql, [*params, *selection.params])
    try:
        while rows := cursor.fetchmany(BATCH):
            yield rows
            done += len(rows)
            _report(progress, done, selection.total)
    finally:
        cursor.close()


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


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


class _cancellable:  # noqa: N801 - used as a context manager, like contextlib's
    """Let ``progress`` cancel (and Ctrl+C interrupt) the query's first step, which does all the
    grouping and sorting before the first row comes back."""

    def __init__(self, conn: sqlite3.Connection, progress: Progress | None, total: int):
        self._conn, self._progress, self._total = conn, progress, total
        self._stop: BaseException | None = None

    def _check(self) -> int:
        try:
            _report(self._progress, 0, self._total)
        except BaseException as exc:  # noqa: BLE001 - Cancelled or KeyboardInterrupt, re-raised
            self._stop = exc
            return 1
        return 0

    def __enter__(self) -> None:
        self._conn.set_progress_handler(self._check, 200_000)

    def __exit__(self, kind: Any, exc: BaseException | None, tb: Any) -> None:
        self._conn.set_progress_handler(None, 0)
        if self._stop is not None:
            raise self._stop
        if isinstance(exc, sqlite3.OperationalError) and "interrupt" in str(exc):
            raise Cancelled() from exc


FORMULA_STARTS = frozenset("=+-@\t\r")


def neutralise(text: str) -> str:
    """Text that a spreadsheet would run as a formula, made plain text (OWASP: prefix ')."""
    if text and text[0] in FORMULA_STARTS:
        return "'" + text
    return text
