"""The audit log in words: each action as a phrase, its details as plain sentences, and the
breaks in the chain as a warning."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QObject

from ...services.types import AUDIT_ACTIONS, AuditEntry, AuditProblem
from ..widgets.dates import format_date
from ..widgets.numbers import count
from .data_texts import DataTexts

#: Details that say nothing to a reader (ids and hashes kept for matching records).
_HIDDEN = {"session", "replaced_log_entries", "replaced_log_hash"}
_SESSIONS_TARGET = re.compile(r"^(\d+) sessions$")
#: The order details are told in (the log stores them by name); the rest follow.
_ORDER = (
    "kind", "outcome", "version", "format", "date", "held_before", "sessions", "responses",
    "completed", "unfinished", "new_sessions", "updated_sessions", "new_responses",
    "already_here", "conflicts_skipped", "sessions_moved", "months", "automatic",
)  # fmt: skip


class AuditTexts(QObject):
    def __init__(self, language: str, parent: QObject | None = None):
        super().__init__(parent)
        self._language = language
        self._data = DataTexts(self)

    def action(self, code: str) -> str:
        texts = {
            "pin_set": self.tr("PIN set"),
            "pin_changed": self.tr("PIN changed"),
            "pin_reset": self.tr("PIN reset"),
            "session_created": self.tr("Session created"),
            "session_edited": self.tr("Session edited"),
            "session_closed": self.tr("Session closed"),
            "session_reopened": self.tr("Session reopened"),
            "session_deleted": self.tr("Session deleted"),
            "export": self.tr("Responses exported"),
            "report": self.tr("Report saved"),
            "bundle_export": self.tr("Results handed over"),
            "bundle_import": self.tr("Results imported"),
            "backup": self.tr("Backed up"),
            "restore": self.tr("Restored from a backup"),
            "responses_deleted": self.tr("Responses deleted"),
            "retention_changed": self.tr("Automatic deletion changed"),
            "questionnaire_imported": self.tr("Questionnaire imported"),
            "questionnaire_edited": self.tr("Questionnaire saved"),
        }
        assert set(texts) == set(AUDIT_ACTIONS)
        return texts.get(code, code)

    def target(self, entry: AuditEntry) -> str:
        match = _SESSIONS_TARGET.match(entry.target)
        if entry.action == "responses_deleted" and match:
            return self.tr("%n session(s)", "", int(match.group(1)))
        return entry.target

    # -- details ---------------------------------------------------------------------------
    def details(self, entry: AuditEntry) -> str:
        """The entry's details as a short sentence; never the stored JSON itself."""
        parts = []
        known = {key: number for number, key in enumerate(_ORDER)}
        keys = sorted(entry.details, key=lambda key: (known.get(key, len(_ORDER)), key))
        for key in keys:
            value = entry.details[key]
            if key in _HIDDEN:
                continue
            text = self._detail(entry.action, key, value)
            if text:
                parts.append(text)
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]

    def _detail(self, action: str, key: str, value: Any) -> str:  # noqa: C901, PLR0911, PLR0912
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if key == "unreadable":
            return self.tr("the details cannot be read")
        if key == "kind" and isinstance(value, str):
            return self._data.kind(value)
        if key == "date" and isinstance(value, str):
            return self.tr("held on %1").replace("%1", format_date(value, self._language))
        if key == "changed" and isinstance(value, list):
            if not value:
                return self.tr("nothing changed")
            fields = ", ".join(self.field(str(name)) for name in value)
            return self.tr("changed: %1").replace("%1", fields)
        if key == "format" and isinstance(value, str):
            return self.tr("as %1").replace("%1", value.upper())
        if key == "file" and isinstance(value, str):
            return self.tr("from the file %1").replace("%1", value)
        if key == "backup" and isinstance(value, str):
            return self.tr("backup made just before: %1").replace("%1", value)
        if key == "kept":
            if not value:
                return self.tr("there was no database to keep")
            return self.tr("the replaced database kept as %1").replace("%1", str(value))
        if key == "laptop" and isinstance(value, str):
            return self.tr("from the laptop %1").replace("%1", value[:8])
        if key == "held_before" and isinstance(value, str):
            day = format_date(value, self._language)
            return self.tr("sessions held before %1").replace("%1", day)
        if key == "version" and number is not None:
            return self.tr("questionnaire version %1").replace("%1", str(number))
        if key == "outcome" and isinstance(value, str):
            return {
                "new": self.tr("a new questionnaire"),
                "new_version": self.tr("a new version"),
                "replaced": self.tr("the version replaced"),
            }.get(value, "")
        if key == "months":
            if number is None:
                return self.tr("responses are deleted only on request")
            return self.tr("responses deleted after %n month(s)", "", number)
        if isinstance(value, bool):
            return self._flag(key, value)
        if number is not None:
            return self._number(key, number)
        return f"{key}: {value}" if value not in (None, "", [], {}) else ""

    def _flag(self, key: str, value: bool) -> str:
        texts = {
            "encrypted": (self.tr("encrypted"), self.tr("not encrypted")),
            "since_last_export": (self.tr("everything not handed over yet"), ""),
            "automatic": (self.tr("automatically, past the retention period"), ""),
            "comments": (self.tr("with comments"), self.tr("without comments")),
        }
        yes, no = texts.get(key, (key, ""))
        return yes if value else no

    def _number(self, key: str, n: int) -> str:
        texts = {
            "responses": lambda: self.tr("%n response(s)", "", n),
            "sessions": lambda: self.tr("%n session(s)", "", n),
            "completed": lambda: self.tr("%n completed", "", n),
            "unfinished": lambda: self.tr("%n unfinished", "", n),
            "new_sessions": lambda: self.tr("%n new session(s)", "", n),
            "updated_sessions": lambda: self.tr("%n updated session(s)", "", n),
            "new_responses": lambda: self.tr("%n new response(s)", "", n),
            "already_here": lambda: self.tr("%n already here", "", n),
            "conflicts_skipped": lambda: self.tr(
                "%n conflicting record(s) left as they were", "", n
            ),
            "sessions_moved": lambda: self.tr("%n session(s) moved to it", "", n),
        }
        if key not in texts:
            return f"{key}: {count(n)}"
        if not n and key in ("updated_sessions", "already_here", "conflicts_skipped",
                             "sessions_moved", "unfinished"):  # fmt: skip
            return ""
        return texts[key]().replace(str(n), count(n))

    def field(self, name: str) -> str:
        """A session field an edit changed."""
        return {
            "title": self.tr("title"),
            "date": self.tr("date"),
            "organisation": self.tr("organisation"),
            "audience": self.tr("audience"),
            "location": self.tr("location"),
            "trainers": self.tr("trainers"),
            "language": self.tr("kiosk language"),
            "expected_participants": self.tr("expected participants"),
            "questionnaire": self.tr("questionnaire"),
        }.get(name, name)

    # -- the chain -------------------------------------------------------------------------
    def status(self, entries: int, problems: list[AuditProblem]) -> str:
        if not problems:
            if not entries:
                return self.tr("The log is empty: nothing has been recorded yet.")
            return self.tr("The log is intact: %n entries.", "", entries)
        lines = [
            self.tr(
                "The log has been changed outside the app: the entries below no longer match "
                "what was recorded."
            )
        ]
        lines += [self.problem(p) for p in sorted(problems, key=lambda p: p.position)]
        return "\n".join(lines)

    def problem(self, problem: AuditProblem) -> str:
        first = str(problem.position)
        if problem.kind == "changed":
            return self.tr("Entry %1 has been changed.").replace("%1", first)
        if problem.kind == "missing":
            if problem.count == 1:
                return self.tr("Entry %1 has been deleted.").replace("%1", first)
            last = str(problem.position + problem.count - 1)
            return (
                self.tr("Entries %1–%2 have been deleted.").replace("%1", first).replace("%2", last)
            )
        if problem.kind == "inserted":
            return self.tr("Entry %1 has been inserted.").replace("%1", first)
        return self.tr("An entry before entry %1 has been deleted.").replace("%1", first)
