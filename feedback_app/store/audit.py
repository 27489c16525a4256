"""The audit log: what trainers and project managers did, as a hash chain.

Each entry holds the date and time of the action (never of a participant's answer), the action,
what it touched, a few details, and the SHA-256 of the entry before it; its own hash covers all
of that. An entry edited in the file no longer matches its hash, a deleted one leaves the next
entry pointing at a hash that is not there, an inserted one points past the entry before it.
Whoever can write the file can of course rewrite the whole chain from the changed entry on;
what the chain shows is that the entries were not changed one by one (``docs/backups.md``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

#: The "previous" hash of the first entry.
GENESIS = "0" * 64

#: Every action the log records, in the order a screen lists them.
ACTIONS = (
    "pin_set",
    "pin_changed",
    "pin_reset",
    "session_created",
    "session_edited",
    "session_closed",
    "session_reopened",
    "session_deleted",
    "export",
    "report",
    "bundle_export",
    "bundle_import",
    "backup",
    "restore",
    "responses_deleted",
    "retention_changed",
    "questionnaire_imported",
    "questionnaire_edited",
)


@dataclass(frozen=True)
class AuditEntry:
    position: int
    at: str
    """local date and time of the action, to the second, with its UTC offset"""
    action: str
    target: str
    """what the action touched: a session's title, a file's name, a questionnaire's id"""
    details: dict[str, Any] = field(default_factory=dict)
    previous: str = GENESIS
    hash: str = ""


@dataclass(frozen=True)
class AuditProblem:
    """One break in the chain. ``kind``: ``changed`` (the entry at ``position`` is not what
    was written), ``missing`` (``count`` entries from ``position`` on are gone), ``inserted``
    (the entry at ``position`` was not written by the app), ``deleted_before`` (entries before
    ``position`` were deleted and the rest renumbered)."""

    position: int
    kind: str
    count: int = 1

    def describe(self) -> str:
        if self.kind == "changed":
            return f"entry {self.position} has been changed"
        if self.kind == "missing":
            last = self.position + self.count - 1
            span = (
                f"entry {self.position}" if self.count == 1 else f"entries {self.position}-{last}"
            )
            return f"{span} has been deleted" if self.count == 1 else f"{span} have been deleted"
        if self.kind == "inserted":
            return f"entry {self.position} has been inserted"
        return f"an entry before entry {self.position} has been deleted"


_COLUMNS = "position, at, action, target, details, previous, hash"


def entry_hash(at: str, action: str, target: str, details: str, previous: str) -> str:
    """The SHA-256 an entry holds: over its fields and the hash of the entry before it (not
    over its position, so that a deletion shows as a deletion, not as every later entry
    changed)."""
    text = json.dumps([at, action, target, details, previous], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _details_json(details: dict[str, Any] | None) -> str:
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def now_text() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class AuditLog:
    """The ``audit_log`` table: entries are appended in the transaction of their action, so
    an action and its entry are stored together or not at all."""

    def __init__(self, db: Database):
        self._db = db

    def append(
        self, action: str, target: str = "", details: dict[str, Any] | None = None
    ) -> AuditEntry:
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        at = now_text()
        text = _details_json(details)
        with self._db.atomic():
            last = self._db.execute(
                "SELECT position, hash FROM audit_log ORDER BY position DESC LIMIT 1"
            ).fetchone()
            position, previous = (last[0] + 1, last[1]) if last else (1, GENESIS)
            digest = entry_hash(at, action, target, text, previous)
            self._db.execute(
                "INSERT INTO audit_log (position, at, action, target, details, previous, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [position, at, action, target, text, previous, digest],
            )
        return AuditEntry(position, at, action, target, json.loads(text), previous, digest)

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM audit_log").fetchone()[0]

    def entries(self, *, newest_first: bool = False, limit: int | None = None) -> list[AuditEntry]:
        order = "DESC" if newest_first else "ASC"
        sql = f"SELECT {_COLUMNS} FROM audit_log ORDER BY position {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_entry(row) for row in self._db.execute(sql)]

    def problems(self) -> list[AuditProblem]:
        """Every break in the chain, in order; empty when the log is intact."""
        problems: list[AuditProblem] = []
        expected, previous = 1, GENESIS
        seen: set[str] = set()
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM audit_log ORDER BY position")
        for position, at, action, target, details, linked, digest in rows:
            if entry_hash(at, action, target, details, linked) != digest:
                problems.append(AuditProblem(position, "changed"))
            if position > expected:
                problems.append(AuditProblem(expected, "missing", position - expected))
            elif linked != previous:
                if linked in seen:  # it skips the entry before it, which was put in between
                    problems.append(AuditProblem(position - 1, "inserted"))
                else:
                    problems.append(AuditProblem(position, "deleted_before"))
            seen.add(previous)
            expected, previous = position + 1, digest
        return problems


def _entry(row: tuple) -> AuditEntry:
    position, at, action, target, details, previous, digest = row
    try:
        parsed = json.loads(details)
    except ValueError:
        parsed = {"unreadable": details}
    if not isinstance(parsed, dict):
        parsed = {"unreadable": details}
    return AuditEntry(position, at, action, target, parsed, previous, digest)
