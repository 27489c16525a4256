"""Telling a screen reader something without moving the focus (WCAG 4.1.3): a new question,
a message, "Thank you"."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

Politeness = QAccessible.AnnouncementPoliteness


def announce(source: QObject, text: str, politeness: Politeness = Politeness.Polite) -> None:
    """Read ``text`` out when a screen reader listens (polite: after what it is saying; assertive:
    at once). ``source`` emits ``announced(text)`` when it has that signal, which tests hear."""
    if QAccessible.isActive() and text.strip():
        event = QAccessibleAnnouncementEvent(source, text)
        event.setPoliteness(politeness)
        QAccessible.updateAccessibility(event)
    signal = getattr(source, "announced", None)
    if signal is not None:
        signal.emit(text)
