"""Dates, times and counts as the backup, deletion and audit screens write them.

Finnish and Swedish write 1.12.2026 and 14.05 ("klo" / "kl."), English 1 Dec 2026 and 14:05.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QObject

from ..widgets.numbers import count

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CLOCK_WORD = {"fi": "klo", "sv": "kl."}


def format_day(day: date, language: str) -> str:
    if language in ("fi", "sv"):
        return f"{day.day}.{day.month}.{day.year}"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_moment(at: str, language: str) -> str:
    """An ISO date and time (``2026-12-01T14:05:09+02:00``) to the minute, in local time as
    it was recorded; the text itself when it is not one."""
    try:
        moment = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return str(at)
    day = format_day(moment.date(), language)
    if language in _CLOCK_WORD:
        return f"{day} {_CLOCK_WORD[language]} {moment.hour}.{moment.minute:02d}"
    return f"{day} {moment.hour}:{moment.minute:02d}"


def format_iso_day(text: str, language: str) -> str:
    try:
        return format_day(date.fromisoformat(text), language)
    except (TypeError, ValueError):
        return str(text)


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
