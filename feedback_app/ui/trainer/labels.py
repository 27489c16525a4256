"""Translated names of the fixed values shown on the trainer's screens."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.sessions import AUDIENCES

_AUDIENCE_SOURCES = {
    "police_officers": "Police officers",
    "border_guards": "Border guards",
    "police_students": "Police students",
    "border_guard_students": "Border guard students",
    "other": "Other",
}
assert set(_AUDIENCE_SOURCES) == set(AUDIENCES)


def audience_label(code: str) -> str:
    if code not in _AUDIENCE_SOURCES:
        return code
    # Spelled out so that lupdate finds every text.
    return {
        "police_officers": QCoreApplication.translate("Audience", "Police officers"),
        "border_guards": QCoreApplication.translate("Audience", "Border guards"),
        "police_students": QCoreApplication.translate("Audience", "Police students"),
        "border_guard_students": QCoreApplication.translate("Audience", "Border guard students"),
        "other": QCoreApplication.translate("Audience", "Other"),
    }[code]


def entry_date(iso: str) -> str:
    """2026-11-28 as 28.11.2026: how a date is typed in the session's date field, whatever the
    interface language (the field's hint says dd.mm.yyyy; screens write dates with
    ``widgets.dates``)."""
    parts = iso.split("-")
    if len(parts) != 3:
        return iso
    year, month, day = parts
    return f"{int(day)}.{int(month)}.{year}"
