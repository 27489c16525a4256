"""Dates as each interface language writes them, on every screen and in the PDF report.

Finnish and Swedish write 1.12.2026 and a time of day as "klo 14.05" / "kl. 14.05"; English
writes 1 Dec 2026 and 14:05 (the month's name, so that no reader takes 1.12 for January 12th).
A text that is not a date is shown as it is.
"""

from __future__ import annotations

from datetime import date, datetime

from ..i18n import current_language

#: The same dates in a date field (``QDateEdit.setDisplayFormat``), month names from the locale.
_FIELD_FORMATS = {"fi": "d.M.yyyy", "sv": "d.M.yyyy", "en": "d MMM yyyy"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CLOCK_WORD = {"fi": "klo", "sv": "kl."}


def format_day(day: date, language: str | None = None) -> str:
    """1.12.2026 (fi, sv) or 1 Dec 2026 (en); ``language`` None: the interface language."""
    language = language or current_language()
    if language in ("fi", "sv"):
        return f"{day.day}.{day.month}.{day.year}"
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_date(iso: str | None, language: str | None = None) -> str:
    """An ISO date (2026-12-01, or the day of an ISO date and time) as ``format_day`` writes
    it; any other text as it is."""
    text = "" if iso is None else str(iso)
    if len(text) < 10 or (len(text) > 10 and text[10] not in "T "):
        return text
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        return text
    return format_day(day, language)


def format_moment(at: str, language: str | None = None) -> str:
    """An ISO date and time (``2026-12-01T14:05:09+02:00``) to the minute, in the local time
    it was recorded in; the text itself when it is not one."""
    try:
        moment = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return str(at)
    language = language or current_language()
    day = format_day(moment.date(), language)
    if language in _CLOCK_WORD:
        return f"{day} {_CLOCK_WORD[language]} {moment.hour}.{moment.minute:02d}"
    return f"{day} {moment.hour}:{moment.minute:02d}"


def date_field_format(language: str | None = None) -> str:
    """The display format of a date field, as ``format_day`` writes the date."""
    return _FIELD_FORMATS.get(language or current_language(), _FIELD_FORMATS["en"])
