"""A hidden notice line for a dialog: what a save or a copy did, shown once there is news."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def notice_label(parent: QWidget, name: str) -> QLabel:
    notice = QLabel(parent)
    notice.setObjectName(name)
    notice.setProperty("role", "notice")
    notice.setWordWrap(True)
    notice.hide()
    return notice
