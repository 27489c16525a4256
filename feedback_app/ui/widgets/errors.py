"""A store error as a message in the interface language, and the dialog that shows it.

The store's errors carry a ``reason`` code and details; this is where they become sentences a
trainer reads, with what to do next. The English text of the error (what the CLI prints) is
kept for anything without a translation here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...store.errors import StoreError


def error_text(exc: BaseException) -> str:
    """What went wrong and what to do, in the interface language."""
    if not isinstance(exc, StoreError):
        if isinstance(exc, OSError) and exc.strerror:
            return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
        return str(exc)
    texts = {
        "disk_full": QCoreApplication.translate(
            "ErrorMessages", "The disk is full. Free some space and try again."
        ),
        "locked": QCoreApplication.translate(
            "ErrorMessages",
            "The database is in use by another program. Close that program and try again.",
        ),
        "read_only": QCoreApplication.translate(
            "ErrorMessages",
            "The data folder is read-only. Check its permissions, or start the app with "
            "another data folder.",
        ),
        "damaged": QCoreApplication.translate(
            "ErrorMessages",
            "The database file is damaged, so nothing was written to it. Restore it from a "
            "backup, or start the app with another data folder.",
        ),
        "cannot_open": QCoreApplication.translate(
            "ErrorMessages",
            "The database cannot be opened. Check that the data folder exists and that you "
            "may write in it.",
        ),
        "schema_too_new": QCoreApplication.translate(
            "ErrorMessages",
            "This database was written by a newer version of the app. Install that version "
            "to open it; this one leaves the file as it is.",
        ),
        "closed": QCoreApplication.translate(
            "ErrorMessages",
            "This session is closed and accepts no more responses. Reopen it first.",
        ),
        "not_found": QCoreApplication.translate(
            "ErrorMessages",
            "It is no longer there: it may have been removed meanwhile. Refresh and try again.",
        ),
        "conflict": QCoreApplication.translate(
            "ErrorMessages",
            "This session already has responses, so it keeps the questionnaire version they "
            "were given.",
        ),
        "invalid": QCoreApplication.translate(
            "ErrorMessages", "Some values are not acceptable. Check them and try again."
        ),
    }
    if exc.details.get("missing"):
        texts["damaged"] = QCoreApplication.translate(
            "ErrorMessages",
            "The database file is missing or empty, although this data folder has held data. "
            "Restore it from a backup; no new, empty database was made in its place.",
        )
    elif exc.details.get("foreign"):
        texts["damaged"] = QCoreApplication.translate(
            "ErrorMessages",
            "This file is not a database of this app, so nothing was written to it. Move it "
            "away, or start the app with another data folder.",
        )
    text = texts.get(exc.reason)
    if text is None:
        return QCoreApplication.translate(
            "ErrorMessages", "The database reported an error: %1"
        ).replace("%1", exc.message)
    path = exc.details.get("path")
    if path and exc.reason in ("damaged", "schema_too_new", "cannot_open", "read_only"):
        text += "\n\n" + QCoreApplication.translate("ErrorMessages", "File: %1").replace(
            "%1", str(path)
        )
    return text


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """A warning dialog with the error in the interface language (opened, not blocking)."""
    return show_warning(parent, title, error_text(exc))


def show_warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning dialog with ``text`` (already in the interface language), opened."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("error_message")
    box.open()
    return box
