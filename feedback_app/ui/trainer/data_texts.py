"""The sentences the backup, deletion and audit screens share; their dates and times are
written by ``widgets.dates`` (1.12.2026 klo 14.05, 1 Dec 2026 14:05)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..widgets.numbers import count


class DataTexts(QObject):
    """The sentences the backup and deletion screens share."""

    def responses_of_sessions(self, responses: int, sessions: int) -> str:
        """120 responses of 5 sessions."""
        held = self.tr("%n response(s)", "", responses).replace(str(responses), count(responses))
        return self.tr("%1 of %n session(s)", "", sessions).replace("%1", held)

    def kind(self, kind: str) -> str:
        """Why a backup was made, as a list shows it."""
        return {
            "startup": self.tr("When the app started"),
            "session_closed": self.tr("When a session was closed"),
            "manual": self.tr("Made by hand"),
            "before_import": self.tr("Before an import"),
            "before_deletion": self.tr("Before responses were deleted"),
            "before_restore": self.tr("Replaced by a restore"),
            "before_upgrade": self.tr("Before an update of the app"),
            "damaged": self.tr("A damaged database, kept as it was"),
            "file": self.tr("A file from elsewhere"),
        }.get(kind, kind)

    def problem(self, problem: str | None) -> str:
        """Why a backup cannot be restored, in a word or two (a list's cell)."""
        return {
            "not_backup": self.tr("Not a backup"),
            "damaged": self.tr("Damaged"),
            "too_new": self.tr("From a newer version"),
            "unreadable": self.tr("Cannot be read"),
        }.get(problem or "", self.tr("Cannot be restored"))

    def why_not(self, problem: str | None) -> str:
        """Why a backup cannot be restored, briefly."""
        return {
            "not_backup": self.tr("Cannot be restored: not a backup of this app"),
            "damaged": self.tr("Cannot be restored: the file is damaged"),
            "too_new": self.tr("Cannot be restored: made by a newer version of the app"),
            "unreadable": self.tr("Cannot be restored: the file cannot be read"),
        }.get(problem or "", self.tr("Cannot be restored"))
