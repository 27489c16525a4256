"""Merging a checked bundle into the laptop's database: what is new, what is here already,
what contradicts what is here — then, in one transaction, the new part.

Identity travels with the records: a questionnaire version is (id, version), a session and a
response their random UUIDs. The same record arriving again is skipped, however it came (the
same bundle twice, an overlapping later one, or passed on by a laptop that had imported it).
A known id with other content is a conflict and is never overwritten — except a session
edited on the laptop it was created on: its higher revision replaces the earlier one.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from .payload import RESPONSE_COLUMNS
from .reader import BundleSession, OpenBundle

if TYPE_CHECKING:
    from ..store import Store

#: How many conflicting records a summary names (all of them are counted).
LISTED_CONFLICTS = 20


@dataclass(frozen=True)
class Conflict:
    """A record of the bundle that contradicts one stored here. ``reason``:
    ``different_content`` (the same id holds something else), ``other_laptop`` (a session of
    that id was created on another laptop) or ``same_revision`` (the same revision of a session
    differs)."""

    kind: str  # "questionnaire", "session" or "response"
    key: str
    reason: str
    label: str = ""

    def describe(self) -> str:
        what = {
            "questionnaire": f"questionnaire {self.key}",
            "session": f"session {self.label!r} ({self.key[:8]})",
            "response": f"response {self.key[:8]}",
        }[self.kind]
        why = {
            "different_content": "differs from the one stored here",
            "other_laptop": "was created on another laptop than the one stored here",
            "same_revision": "differs from the same revision stored here",
        }[self.reason]
        return f"{what} {why}"


@dataclass
class ImportPlan:
    """What importing one bundle does (or, after a dry run, would do)."""

    file: str
    bundle_id: str
    laptop: str
    exported_on: str
    encrypted: bool
    new_questionnaires: int = 0
    new_sessions: int = 0
    updated_sessions: int = 0
    older_sessions: int = 0
    new_responses: int = 0
    new_completed: int = 0
    """of ``new_responses``, the completed ones (the only ones any result counts)"""
    duplicates: int = 0
    held_back: int = 0
    deleted_here: int = 0
    """responses in the bundle that were deleted here (retention): they stay deleted"""
    conflicts: list[Conflict] = field(default_factory=list)
    conflict_count: int = 0
    imported: bool = False

    @property
    def changes_anything(self) -> bool:
        return bool(
            self.new_questionnaires
            or self.new_sessions
            or self.updated_sessions
            or self.new_responses
        )


def _conflict(plan: ImportPlan, conflict: Conflict) -> None:
    plan.conflict_count += 1
    if len(plan.conflicts) < LISTED_CONFLICTS:
        plan.conflicts.append(conflict)


class Merge:
    """One bundle attached to the laptop's connection as ``b`` while it is planned and merged."""

    def __init__(self, store: Store, bundle: OpenBundle):
        self._store = store
        self._conn: sqlite3.Connection = store.db.conn
        self._bundle = bundle
        self.plan = ImportPlan(
            bundle.name,
            bundle.manifest.bundle_id,
            bundle.manifest.laptop,
            bundle.manifest.exported_on,
            bundle.encrypted,
        )
        self._new_versions: list[tuple[str, int]] = []
        self._bad_versions: set[tuple[str, int]] = set()
        self._new_sessions: list[BundleSession] = []
        self._updates: list[BundleSession] = []
        self._bad_sessions: set[str] = set()

    def __enter__(self) -> Merge:
        self._conn.execute("ATTACH DATABASE ? AS b", [f"{self._bundle.payload}"])
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.execute("DROP TABLE IF EXISTS temp.import_new")
        self._conn.execute("DETACH DATABASE b")

    # -- planning (reads only) -------------------------------------------------------------
    def make_plan(self) -> ImportPlan:
        self._plan_questionnaires()
        self._plan_sessions()
        self._plan_responses()
        return self.plan

    def _plan_questionnaires(self) -> None:
        for key, definition in self._bundle.definitions.items():
            row = self._conn.execute(
                "SELECT definition FROM main.questionnaires WHERE id = ? AND version = ?", key
            ).fetchone()
            if row is None:
                self._new_versions.append(key)
            elif json.loads(row[0]) != json.loads(definition):
                self._bad_versions.add(key)
                _conflict(
                    self.plan, Conflict("questionnaire", f"{key[0]}:{key[1]}", "different_content")
                )
        self.plan.new_questionnaires = len(self._new_versions)

    def _plan_sessions(self) -> None:
        own = self._store.laptop_id
        columns = ", ".join(self._bundle.sessions[0].fields) if self._bundle.sessions else ""
        for session in self._bundle.sessions:
            row = self._conn.execute(
                f"SELECT coalesce(l.id, ''), s.revision, {columns} FROM main.sessions s "
                "LEFT JOIN main.laptops l ON l.key = s.origin WHERE s.id = ?",
                [session.id],
            ).fetchone()
            version = (session.fields["questionnaire_id"], session.fields["questionnaire_version"])
            if version in self._bad_versions:
                self._bad_sessions.add(session.id)
                continue
            if row is None:
                self._new_sessions.append(session)
                continue
            laptop, revision = row[0], row[1]
            stored = dict(zip(session.fields, row[2:], strict=True))
            stored["closed"] = bool(stored["closed"])
            label = str(session.fields["title"])
            if laptop != session.laptop and not (laptop == own and session.laptop == own):
                self._bad_sessions.add(session.id)
                _conflict(self.plan, Conflict("session", session.id, "other_laptop", label))
            elif stored == session.fields and revision == session.revision:
                continue
            elif session.revision > revision:
                if self._questionnaire_changes_under_responses(session, stored):
                    self._bad_sessions.add(session.id)
                    _conflict(
                        self.plan, Conflict("session", session.id, "different_content", label)
                    )
                else:
                    self._updates.append(session)
            elif session.revision < revision:
                self.plan.older_sessions += 1
            else:
                self._bad_sessions.add(session.id)
                _conflict(self.plan, Conflict("session", session.id, "same_revision", label))
        self.plan.new_sessions = len(self._new_sessions)
        self.plan.updated_sessions = len(self._updates)

    def _questionnaire_changes_under_responses(
        self, session: BundleSession, stored: dict[str, object]
    ) -> bool:
        keys = ("questionnaire_id", "questionnaire_version")
        if all(session.fields[k] == stored[k] for k in keys):
            return False
        return (
            self._conn.execute(
                "SELECT 1 FROM main.responses WHERE session_id = ? LIMIT 1", [session.id]
            ).fetchone()
            is not None
        )

    def _plan_responses(self) -> None:
        conn = self._conn
        conn.execute("DROP TABLE IF EXISTS temp.import_new")
        conn.execute("CREATE TEMP TABLE import_new (k INTEGER PRIMARY KEY, rid INTEGER UNIQUE)")
        conn.execute("DROP TABLE IF EXISTS temp.import_held")
        conn.execute("CREATE TEMP TABLE import_held (id TEXT PRIMARY KEY)")
        conn.executemany(
            "INSERT INTO temp.import_held (id) VALUES (?)", [(s,) for s in self._bad_sessions]
        )
        new_keys = [
            k
            for (k,) in conn.execute(
                "SELECT br.k FROM b.responses br WHERE br.session_id NOT IN "
                "(SELECT id FROM temp.import_held) AND NOT EXISTS "
                "(SELECT 1 FROM main.responses r WHERE r.id = br.id) AND NOT EXISTS "
                "(SELECT 1 FROM main.deleted_responses d WHERE d.id = br.id)"
            )
        ]
        self.plan.deleted_here = conn.execute(
            "SELECT count(*) FROM b.responses br JOIN main.deleted_responses d ON d.id = br.id"
        ).fetchone()[0]
        self.plan.new_responses = len(new_keys)
        self._fill_new(new_keys)
        self.plan.new_completed = conn.execute(
            "SELECT count(*) FROM temp.import_new n JOIN b.responses br ON br.k = n.k "
            "WHERE br.completed = 1"
        ).fetchone()[0]
        self.plan.held_back = conn.execute(
            "SELECT count(*) FROM b.responses br WHERE br.session_id IN "
            "(SELECT id FROM temp.import_held) AND NOT EXISTS "
            "(SELECT 1 FROM main.responses r WHERE r.id = br.id) AND NOT EXISTS "
            "(SELECT 1 FROM main.deleted_responses d WHERE d.id = br.id)"
        ).fetchone()[0]
        present = conn.execute(
            "SELECT count(*) FROM b.responses br JOIN main.responses r ON r.id = br.id"
        ).fetchone()[0]
        differing = [row[0] for row in conn.execute(_DIFFERING)]
        self.plan.duplicates = present - len(differing)
        for response_id in differing:
            _conflict(self.plan, Conflict("response", response_id, "different_content"))
        conn.execute("DROP TABLE temp.import_held")

    def _fill_new(self, keys: list[int]) -> None:
        """Draw a random key for each new response, none of them in use here."""
        drawn: set[int] = set()
        while len(drawn) < len(keys):
            drawn.add(secrets.randbits(63) or 1)
        rows = list(zip(keys, drawn, strict=True))
        conn = self._conn
        conn.executemany("INSERT INTO temp.import_new (k, rid) VALUES (?, ?)", rows)
        while rows:
            clash = conn.execute(  # EXISTS: look each new key up, never scan the responses
                "SELECT n.k FROM temp.import_new n WHERE EXISTS "
                "(SELECT 1 FROM main.responses r WHERE r.rid = n.rid)"
            ).fetchall()
            if not clash:
                return
            for (k,) in clash:  # all but impossible with 63 random bits: draw again
                conn.execute(
                    "UPDATE temp.import_new SET rid = ? WHERE k = ?", [secrets.randbits(63) or 1, k]
                )

    # -- merging (inside the caller's write transaction) -----------------------------------
    def apply(self) -> None:
        """Write what the plan found new; skipped records and conflicts are left alone."""
        conn = self._conn
        laptops = self._laptop_keys()
        today = date.today().isoformat()
        for key in self._new_versions:
            questionnaire = self._bundle.questionnaires[key]
            conn.execute(
                "INSERT INTO main.questionnaires (id, version, title, definition, created_on) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    *key,
                    questionnaire.title_in(questionnaire.default_language),
                    self._bundle.definitions[key],
                    today,
                ],
            )
        import_key = self._record(laptops, today)
        for session in self._new_sessions:
            record = {
                **session.fields,
                "id": session.id,
                "origin": laptops[session.laptop],
                "revision": session.revision,
                "handed_over_revision": 0,
            }
            names = ", ".join(record)
            marks = ", ".join("?" for _ in record)
            conn.execute(
                f"INSERT INTO main.sessions ({names}) VALUES ({marks})", list(record.values())
            )
        for session in self._updates:
            assignments = ", ".join(f"{name} = ?" for name in session.fields)
            conn.execute(
                f"UPDATE main.sessions SET {assignments}, revision = ? WHERE id = ?",
                [*session.fields.values(), session.revision, session.id],
            )
        conn.execute(
            f"INSERT INTO main.responses (rid, {RESPONSE_COLUMNS}, bundle, handed_over) "
            f"SELECT n.rid, {', '.join('br.' + c.strip() for c in RESPONSE_COLUMNS.split(','))}, "
            "?, 0 FROM temp.import_new n JOIN b.responses br ON br.k = n.k ORDER BY n.rid",
            [import_key],
        )
        conn.execute(
            "INSERT INTO main.answers (response_id, ordinal, question_id, value_num, value_text) "
            "SELECT n.rid, ba.ordinal, ba.question_id, ba.value_num, ba.value_text "
            "FROM temp.import_new n JOIN b.answers ba ON ba.response = n.k "
            "ORDER BY n.rid, ba.ordinal"
        )
        versions = conn.execute(
            "SELECT DISTINCT br.questionnaire_id, br.questionnaire_version FROM temp.import_new n "
            "JOIN b.responses br ON br.k = n.k WHERE br.completed = 1"
        ).fetchall()
        self._store.counts.add(
            "r.rid IN (SELECT rid FROM temp.import_new)", [], versions=[tuple(v) for v in versions]
        )
        self.plan.imported = True

    def _laptop_keys(self) -> dict[str, int]:
        """Local keys of the bundle's laptops (this laptop is 0), adding the unknown ones."""
        conn = self._conn
        own = self._store.laptop_id
        keys = {own: 0}
        for laptop in self._bundle.laptops.values():
            if laptop == own:
                continue
            conn.execute("INSERT OR IGNORE INTO main.laptops (id) VALUES (?)", [laptop])
            keys[laptop] = conn.execute(
                "SELECT key FROM main.laptops WHERE id = ?", [laptop]
            ).fetchone()[0]
        return keys

    def _record(self, laptops: dict[str, int], today: str) -> int:
        plan = self.plan
        cursor = self._conn.execute(
            "INSERT INTO main.bundle_imports (bundle_id, file_name, laptop, exported_on, "
            "imported_on, sha256, new_sessions, updated_sessions, new_responses, duplicates, "
            "conflicts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                plan.bundle_id,
                plan.file,
                laptops[plan.laptop],
                plan.exported_on,
                today,
                self._bundle.manifest.sha256,
                plan.new_sessions,
                plan.updated_sessions,
                plan.new_responses,
                plan.duplicates,
                plan.conflict_count,
            ],
        )
        return cursor.lastrowid


_DIFFERING = """
SELECT br.id FROM b.responses br JOIN main.responses r ON r.id = br.id
WHERE r.session_id IS NOT br.session_id
   OR r.questionnaire_id IS NOT br.questionnaire_id
   OR r.questionnaire_version IS NOT br.questionnaire_version
   OR r.language IS NOT br.language
   OR r.submitted_on IS NOT br.submitted_on
   OR r.completed IS NOT br.completed
   OR (SELECT count(*) FROM b.answers ba WHERE ba.response = br.k)
      != (SELECT count(*) FROM main.answers a WHERE a.response_id = r.rid)
   OR EXISTS (SELECT ordinal, question_id, value_num, value_text FROM b.answers
              WHERE response = br.k
              EXCEPT SELECT ordinal, question_id, value_num, value_text FROM main.answers
              WHERE response_id = r.rid)
"""
