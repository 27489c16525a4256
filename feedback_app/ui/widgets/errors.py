"""A store error as a message in the interface language, and the dialog that shows it.

The store's errors carry a ``reason`` code and details; this is where they become sentences a
trainer reads, with what to do next. The English text of the error (what the CLI prints) is
kept for anything without a translation here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.types import OutputError, QuestionnaireError, QuestionnaireFileError
from ...store.errors import StoreError


def error_text(exc: BaseException, *, with_file: bool = True) -> str:
    """What went wrong and what to do, in the interface language; a refused bundle names its
    file unless not ``with_file`` (a list that shows the file beside it)."""
    if isinstance(exc, OutputError):
        return _output_text(exc)
    if isinstance(exc, QuestionnaireError):
        return _questionnaire_text(exc)
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
        "imported": QCoreApplication.translate(
            "ErrorMessages",
            "This session was created on another laptop: it is edited, closed and answered "
            "there, and its results come here in the files handed over from that laptop.",
        ),
    }
    if exc.reason == "bundle":
        return _bundle_text(exc, with_file)
    if exc.reason == "backup":
        return _backup_text(exc, texts)
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


def _bundle_text(exc: StoreError, with_file: bool) -> str:
    problem = exc.details.get("problem")
    texts = {
        "not_bundle": QCoreApplication.translate(
            "ErrorMessages",
            "This is not a results file (.fbundle) of this app. Choose the file that the "
            "trainer handed over.",
        ),
        "truncated": QCoreApplication.translate(
            "ErrorMessages",
            "The file is cut short, perhaps an incomplete copy. Copy it again, or ask the "
            "trainer to hand the results over again.",
        ),
        "checksum": QCoreApplication.translate(
            "ErrorMessages",
            "The file is damaged: its content has changed since it was saved. Copy it again, "
            "or ask the trainer to hand the results over again.",
        ),
        "too_new": QCoreApplication.translate(
            "ErrorMessages",
            "The file was saved by a newer version of the app. Update the app on this laptop, "
            "then import the file again.",
        ),
        "content": QCoreApplication.translate(
            "ErrorMessages",
            "The file holds something other than valid results of this app, so nothing of it "
            "was imported. Ask the trainer to hand the results over again.",
        ),
        "encrypted": QCoreApplication.translate(
            "ErrorMessages",
            "The file is encrypted but cannot be read; it may be cut short. Copy it again.",
        ),
        "no_key": QCoreApplication.translate(
            "ErrorMessages",
            "The file is encrypted for the project manager, and this laptop has no project "
            "manager's key to open it. Import it on the project manager's laptop.",
        ),
        "wrong_key": QCoreApplication.translate(
            "ErrorMessages",
            "The file is encrypted for another project manager's key, not for the one on this "
            "laptop. Ask the trainer to check the key in Settings and hand the results over "
            "again.",
        ),
        "wrong_passphrase": QCoreApplication.translate(
            "ErrorMessages",
            "The passphrase is wrong, so the key was not opened. Type it again.",
        ),
        "passphrase_needed": QCoreApplication.translate(
            "ErrorMessages",
            "The file is encrypted: it opens only with the passphrase of the project manager's "
            "key. Press “Type the passphrase…” and type it.",
        ),
        "conflicts": QCoreApplication.translate(
            "ErrorMessages",
            "The file holds records that differ from those stored here, so nothing of it was "
            "imported. To import the rest and leave those records as they are here, tick the "
            "box for bundles with conflicts and import again.",
        ),
        "key_exists": QCoreApplication.translate(
            "ErrorMessages",
            "This laptop already has a project manager's key. It is not replaced: the files "
            "encrypted for it would no longer open.",
        ),
        "bad_key": QCoreApplication.translate(
            "ErrorMessages",
            "That is not a project manager's public key. The key is one line that begins with "
            "age1; copy the whole line from the project manager.",
        ),
        "short_passphrase": QCoreApplication.translate(
            "ErrorMessages", "The passphrase is too short: use at least 8 characters."
        ),
        "empty": QCoreApplication.translate(
            "ErrorMessages",
            "There is nothing to hand over: everything has been handed over already, or the "
            "chosen sessions are no longer here. No file was written.",
        ),
    }
    text = texts.get(str(problem))
    if text is None:
        return QCoreApplication.translate(
            "ErrorMessages", "The file cannot be imported: %1"
        ).replace("%1", exc.message)
    name = exc.details.get("file")
    if name and with_file:
        text += "\n\n" + QCoreApplication.translate("ErrorMessages", "File: %1").replace(
            "%1", str(name)
        )
    return text


def _backup_text(exc: StoreError, sqlite_texts: dict[str, str]) -> str:
    problem = exc.details.get("problem")
    texts = {
        "not_backup": QCoreApplication.translate(
            "ErrorMessages",
            "This file is not a backup of this app. Choose a backup file (.db) that the app wrote.",
        ),
        "damaged": QCoreApplication.translate(
            "ErrorMessages",
            "The backup is damaged, so it cannot be restored. Choose another backup; nothing "
            "was changed.",
        ),
        "too_new": QCoreApplication.translate(
            "ErrorMessages",
            "The backup was made by a newer version of the app. Update the app on this laptop, "
            "then restore it.",
        ),
        "unreadable": QCoreApplication.translate(
            "ErrorMessages",
            "The backup cannot be read. Check that the file is still there and that you may "
            "read it.",
        ),
        "running": QCoreApplication.translate(
            "ErrorMessages",
            "The app is open with this data folder in another window or in the kiosk. Close it "
            "first, then restore; nothing was changed.",
        ),
    }
    if problem == "write_failed":
        reason = sqlite_texts.get(str(exc.details.get("why")))
        text = QCoreApplication.translate(
            "ErrorMessages", "The file could not be written, and nothing was changed."
        )
        if reason and exc.details.get("why") != "other":
            text += " " + reason
        else:
            text += " " + QCoreApplication.translate(
                "ErrorMessages", "Check that there is free space and that you may write there."
            )
        return text
    text = texts.get(str(problem))
    if text is None:
        return QCoreApplication.translate(
            "ErrorMessages", "The database reported an error: %1"
        ).replace("%1", exc.message)
    name = exc.details.get("file")
    if name:
        text += "\n\n" + QCoreApplication.translate("ErrorMessages", "File: %1").replace(
            "%1", Path(str(name)).name
        )
    return text


def _output_text(exc: OutputError) -> str:
    """Why a file cannot be written there, in the interface language."""
    texts = {
        "data_folder": QCoreApplication.translate(
            "ErrorMessages",
            "%1 is inside the app's data folder, which holds the database. Choose a file "
            "elsewhere.",
        ),
        "folder": QCoreApplication.translate("ErrorMessages", "%1 is a folder. Give a file name."),
        "not_file": QCoreApplication.translate(
            "ErrorMessages", "%1 is not an ordinary file. Give a file name."
        ),
        "no_folder": QCoreApplication.translate(
            "ErrorMessages", "The folder %1 does not exist. Create it or choose another one."
        ),
        "exists": QCoreApplication.translate(
            "ErrorMessages", "%1 exists already. Choose another name."
        ),
        "read_only": QCoreApplication.translate(
            "ErrorMessages", "The folder %1 is read-only. Choose another folder."
        ),
        "empty": QCoreApplication.translate(
            "ErrorMessages", "There are no responses to export, so nothing was written."
        ),
    }
    text = texts.get(exc.reason)
    return str(exc) if text is None else text.replace("%1", exc.path)


def _questionnaire_text(exc: QuestionnaireError) -> str:
    """A questionnaire file that cannot be read, or a questionnaire that cannot be written as
    asked; the located problems (as the command line prints them) follow on their own lines."""
    if isinstance(exc, QuestionnaireFileError):
        texts = {
            "old_xls": QCoreApplication.translate(
                "ErrorMessages",
                "%1 is an old .xls file. Open it in Excel, save it as .xlsx and import that file.",
            ),
            "unknown_kind": QCoreApplication.translate(
                "ErrorMessages",
                "%1 is not a questionnaire file. Choose a .json file of this app or an "
                "XLSForm (.xlsx).",
            ),
            "missing": QCoreApplication.translate(
                "ErrorMessages", "%1 is no longer there. Choose the file again."
            ),
            "not_file": QCoreApplication.translate(
                "ErrorMessages", "%1 is not an ordinary file. Choose a .json or .xlsx file."
            ),
            "not_utf8": QCoreApplication.translate(
                "ErrorMessages",
                "%1 is not UTF-8 text. Save it as UTF-8 in your text editor and try again.",
            ),
        }
        text = texts.get(exc.reason)
        return str(exc) if text is None else text.replace("%1", Path(exc.path).name)
    text = QCoreApplication.translate(
        "ErrorMessages",
        "The questionnaire cannot be written as an XLSForm, so no file was written. Export it "
        "as JSON, or change what is listed here:",
    )
    return "\n\n".join([text, "\n".join(exc.errors)])


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> QMessageBox:
    """A warning dialog with the error in the interface language (opened, not blocking)."""
    return show_warning(parent, title, error_text(exc))


def show_warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A warning dialog with ``text`` (already in the interface language), opened."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=parent)
    box.setObjectName("error_message")
    box.open()
    return box
