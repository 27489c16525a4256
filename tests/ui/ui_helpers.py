"""Helpers the trainer-screen tests share (pytest puts this folder on the import path)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
