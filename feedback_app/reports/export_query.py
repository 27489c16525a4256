"""The query that reads the selected responses wide (one row per response) in random order.

SQLite does the heavy part: one pass over the answers, grouped per response, builds one value
per question column (see :mod:`.export_columns`); the rows are then sorted by a salted hash of
the response's row number, so the file's order says nothing about who answered when. Python
receives the rows a few thousand at a time, which keeps memory flat however many responses
there are: SQLite's sorter spills to a temporary file, and sorts with a helper thread.

When the export takes most of the database, the answers are grouped straight from their
index and joined to the responses afterwards, which skips a million look-ups; a response
without any answer is then missing from that join, and is read separately at the end.
"""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Iterator
from typing import Any

from ..store import Store
from .export_rows import Progress, Selection
from .output import Cancelled

BATCH = 5000
RESPONSE_COLUMNS = (
    "r.id, r.session_id, r.questionnaire_id, r.questionnaire_version, r.language, r.completed"
)
#: The same in two values: the id, and the rest joined by commas (fewer values to hand over).
JOINED_RESPONSE_COLUMNS = (
    "r.id, r.session_id || ',' || r.questionnaire_id || ',' || r.questionnaire_version || ',' "
    "|| r.language || ',' || r.completed"
)


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
    response_columns: str = RESPONSE_COLUMNS,
) -> Iterator[list[tuple[Any, ...]]]:
    """Batches of rows in random order: ``response_columns`` (id, session id, questionnaire
    id, version, language, completed), submitted_on (unless not ``dates``), then one value per
    part of ``selection.parts`` (see :meth:`Part.sql` for ``separator`` and ``cannot_say``)."""
    rng = rng or random.SystemRandom()
    aggregates, params = [], []
    for part in selection.parts:
        sql, values = part.sql(separator, cannot_say)
        aggregates.append(sql)
        params += values
    columns = response_columns + (", r.submitted_on" if dates else "")
    key = shuffle_key("r.rid", rng)
    conn = store.db.conn
    done = 0
    _report(progress, 0, selection.total)
    with _sorting_threads(conn):
        with _cancellable(conn, progress, selection.total):
            sql = _query(selection, aggregates, columns, key)
            cursor = conn.execute(sql, [*params, *selection.params])
        try:
            while rows := cursor.fetchmany(BATCH):
                yield rows
                done += len(rows)
                _report(progress, done, selection.total)
        finally:
            cursor.close()
    if selection.most and done < selection.total:
        nothing = "".join(", NULL" for _ in aggregates)
        cursor = conn.execute(
            f"SELECT {columns}{nothing} FROM responses r WHERE {selection.where} AND NOT EXISTS "
            f"(SELECT 1 FROM answers a WHERE a.response_id = r.rid) ORDER BY {key}",
            selection.params,
        )
        while rows := cursor.fetchmany(BATCH):
            yield rows
            done += len(rows)
            _report(progress, done, selection.total)


def _query(selection: Selection, aggregates: list[str], columns: str, key: str) -> str:
    """Group the answers per response, join the responses, sort by the shuffle key."""
    grouped = "".join(f", {sql} AS v{i}" for i, sql in enumerate(aggregates))
    values = "".join(f", x.v{i}" for i in range(len(aggregates)))
    if selection.most:
        inner = f"SELECT a.response_id AS rid{grouped} FROM answers a GROUP BY a.response_id"
        where = f"WHERE {selection.where}"
    else:
        inner = (
            f"SELECT r.rid AS rid{grouped} FROM responses r "
            "LEFT JOIN answers a ON a.response_id = r.rid "
            f"WHERE {selection.where} GROUP BY r.rid"
        )
        where = ""
    # CROSS JOIN keeps x the outer loop, so its rows stream instead of being stored first
    return (
        f"SELECT {columns}{values} FROM ({inner}) x CROSS JOIN responses r ON r.rid = x.rid "
        f"{where} ORDER BY {key}"
    )


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


class _sorting_threads:  # noqa: N801 - a context manager, named like contextlib's
    """Let SQLite's sorter use a helper thread while the rows are sorted."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._before = conn.execute("PRAGMA threads").fetchone()[0]

    def __enter__(self) -> None:
        if (os.cpu_count() or 1) > 1:
            self._conn.execute("PRAGMA threads = 2")

    def __exit__(self, *exc: object) -> None:
        self._conn.execute(f"PRAGMA threads = {int(self._before)}")


class _cancellable:  # noqa: N801 - a context manager, named like contextlib's
    """Let ``progress`` cancel (and Ctrl+C interrupt) the query's first step, which does all
    the grouping and sorting before the first row comes back."""

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
