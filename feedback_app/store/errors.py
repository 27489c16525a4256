"""Errors of the store, importable without loading the database library.

Each error carries an English message (what the CLI prints) and a ``reason`` code with its
``details``, from which a screen builds the same message in the interface language
(``ui/widgets/errors.py``). The reasons of a failed SQLite operation are those of
:func:`sqlite_reason`.
"""

from __future__ import annotations

from typing import Any

#: Why an SQLite operation failed, as a code a screen can translate, and the English text.
SQLITE_REASONS = {
    "disk_full": "the disk is full; free some space and try again",
    "locked": "the database is busy in another program; close it and try again",
    "read_only": "the data folder is read-only; check its permissions and try again",
    "damaged": "the database file is damaged; restore it from a backup",
    "cannot_open": "the database file cannot be opened; "
    "check that the data folder exists and is writable",
    "other": "the database reported an error",
}


def sqlite_reason(exc: BaseException) -> str:
    """The ``SQLITE_REASONS`` code of a failed database operation."""
    text = str(exc).lower()
    if "full" in text:
        return "disk_full"
    if "locked" in text or "busy" in text:
        return "locked"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "damaged"
    if "unable to open" in text:
        return "cannot_open"
    return "other"


def describe_sqlite_error(exc: BaseException) -> str:
    """A plain-language reason for a failed database operation."""
    reason = sqlite_reason(exc)
    text = SQLITE_REASONS[reason]
    return f"{text} ({exc})" if reason == "other" else text


class StoreError(RuntimeError):
    """A problem with the database that the user can act on; the message says what to do."""

    def __init__(self, message: str, *, reason: str = "other", **details: Any):
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.details = details

    def __str__(self) -> str:
        return self.message


class NotFoundError(StoreError, KeyError):
    """No session, questionnaire or version with that id. ``details``: ``kind`` ("session",
    "questionnaire" or "version") and ``key``. Also a ``KeyError``, as a lookup."""

    def __init__(self, message: str, *, kind: str, key: str, **details: Any):
        super().__init__(message, reason="not_found", kind=kind, key=key, **details)


class ConflictError(StoreError):
    """The action contradicts what is stored (a session with responses keeps its
    questionnaire version). Nothing was changed."""

    def __init__(self, message: str, **details: Any):
        super().__init__(message, reason="conflict", **details)


class InvalidInputError(StoreError, ValueError):
    """Values the rules refuse (a session without a title, a setting out of range); nothing
    was stored. ``details``: ``problems``, field name to problem code, where there are several."""

    def __init__(self, message: str, **details: Any):
        super().__init__(message, reason="invalid", **details)


class StoreWriteError(StoreError):
    """Something could not be written. Nothing of that write was kept; retrying is safe.

    ``reason`` is an ``SQLITE_REASONS`` code."""


class ClosedSessionError(StoreWriteError):
    """The session no longer accepts responses."""

    def __init__(self, message: str, **details: Any):
        super().__init__(message, reason="closed", **details)


class SchemaTooNewError(StoreError):
    """The database was written by a newer version of the app; it is neither migrated down nor
    written. ``details``: ``path`` and ``unknown`` (the migrations this app does not know)."""

    def __init__(self, message: str, **details: Any):
        super().__init__(message, reason="schema_too_new", **details)


class DamagedDatabaseError(StoreError):
    """The database file is damaged or is not this app's database. ``details``: ``path``."""

    def __init__(self, message: str, **details: Any):
        super().__init__(message, reason="damaged", **details)


class ImportedSessionError(StoreError):
    """The session was imported from another laptop's bundle: it is edited, closed, reopened
    and answered on the laptop it was created on, and handed over again from there."""

    def __init__(self, message: str, **details: Any):
        super().__init__(message, reason="imported", **details)


class BundleError(StoreError):
    """A bundle file cannot be imported (or written); nothing was changed. ``details``:
    ``problem`` (a code a screen translates: ``not_bundle``, ``truncated``, ``checksum``,
    ``too_new``, ``content``, ``encrypted``, ``no_key``, ``wrong_key``, ``wrong_passphrase``,
    ``conflicts``, ``key_exists``, ``bad_key``), ``file``, and for ``content`` a ``detail``."""

    def __init__(self, message: str, *, problem: str, **details: Any):
        super().__init__(message, reason="bundle", problem=problem, **details)


class BackupError(StoreError):
    """A backup cannot be written, read or restored; nothing was changed. ``details``:
    ``problem`` (a code a screen translates: ``not_backup``, ``damaged``, ``too_new``,
    ``unreadable``, ``write_failed`` with the SQLite reason as ``why``, ``running``), and
    ``file`` where one is named."""

    def __init__(self, message: str, *, problem: str, **details: Any):
        super().__init__(message, reason="backup", problem=problem, **details)
