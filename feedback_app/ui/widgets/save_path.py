"""Where to save a file: the save dialog, starting in the user's Documents folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_save_path(
    parent: QWidget, title: str, suggested: str, file_filter: str, suffix: str
) -> tuple[Path, bool] | None:
    """The file chosen (with ``suffix`` added when the name lacks it), and whether the dialog
    has asked before replacing that very file; None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    path, _chosen = QFileDialog.getSaveFileName(parent, title, str(start / suggested), file_filter)
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() == suffix:
        return target, True
    return target.with_name(target.name + suffix), False  # a name the dialog did not see
