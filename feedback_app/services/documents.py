"""Documents that a screen draws itself (the PDF report): written whole or not at all.

The PDF is painted by Qt, so its writer lives in ``ui``; the file rules stay here, the same as
for every other output: never into the data folder, onto a device or over a folder, an
existing file kept unless ``force``, and a temporary file beside the target renamed over it
only when the drawing is complete (a cancelled or failed report leaves nothing).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..reports.output import atomic_output


@contextmanager
def document_output(data_dir: Path, path: Path, *, force: bool = False) -> Iterator[Path]:
    """Yield a temporary path to write the document to; on success it replaces ``path``, on
    any error (``Cancelled`` included) it is removed. ``OutputError`` for a path that must not
    be written (``data_dir`` is the data folder of the services)."""
    with atomic_output(Path(path), force=force, protect=[Path(data_dir)]) as temporary:
        yield temporary
