"""Writing an output file safely: all of it or nothing.

Exports and reports are written to a hidden temporary file beside the target and renamed over
it only when complete, so a cancelled or failed export never leaves a half-written file that
looks like a finished one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path


class OutputError(Exception):
    """The output file cannot be written; the message says why and what to do.

    ``reason`` says which, for a screen to put in its own words: ``data_folder``, ``folder``,
    ``not_file``, ``no_folder``, ``exists`` or ``read_only``; ``path`` is the file or folder."""

    def __init__(self, message: str, *, reason: str = "other", path: Path | str = ""):
        super().__init__(message)
        self.reason = reason
        self.path = str(path)


class Cancelled(Exception):
    """The user cancelled a long export or report; nothing was written."""


def check_output_path(path: Path, *, force: bool = False, protect: Iterable[Path] = ()) -> Path:
    """Refuse an output path that cannot or must not be written, before any work starts.

    Never written, even with ``force``: anything that is not a regular file (a folder, a
    device such as /dev/null, a pipe) and anything inside a folder of ``protect`` (the data
    folder: the database, its write-ahead log, its lock). Links are followed to what they name.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    real = Path(os.path.realpath(path))
    for guarded in protect:
        inside = Path(os.path.realpath(guarded))
        if real == inside or inside in real.parents:
            raise OutputError(
                f"{path} is inside the app's data folder {guarded}, which holds the database; "
                "choose a file elsewhere",
                reason="data_folder",
                path=path,
            )
    if real.is_dir():
        raise OutputError(f"{path} is a folder; give a file name", reason="folder", path=path)
    if real.exists() and not real.is_file():
        raise OutputError(
            f"{path} is not a regular file (a device or a pipe); give a file name",
            reason="not_file",
            path=path,
        )
    if not folder.is_dir():
        raise OutputError(
            f"folder {folder} does not exist; create it or choose another",
            reason="no_folder",
            path=folder,
        )
    if path.exists() and not force:
        raise OutputError(
            f"{path} already exists; choose another name or use --force", reason="exists", path=path
        )
    if not os.access(folder, os.W_OK):
        raise OutputError(
            f"folder {folder} is read-only; choose another folder", reason="read_only", path=folder
        )
    return path


@contextlib.contextmanager
def atomic_output(
    path: Path, *, force: bool = False, protect: Iterable[Path] = ()
) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path``, else it is removed
    (also on Ctrl+C, and on SIGTERM where the command line turns it into one)."""
    path = check_output_path(path, force=force, protect=protect)
    temp: Path | None = None
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".part", dir=path.parent
        )
        temp = Path(temporary)  # named before anything can interrupt: removed below
        os.close(handle)
        yield temp
        if path.exists() and not force:
            raise OutputError(
                f"{path} already exists; choose another name or use --force",
                reason="exists",
                path=path,
            )
        os.replace(temp, path)
    except BaseException:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
        raise
