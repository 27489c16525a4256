"""Keyboard focus order: a widget added to a window after it was built joins the window's
focus chain at its end, so Tab reaches it last wherever it sits on screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_after(container: QWidget, *widgets: QWidget) -> None:
    """Tab goes from the last control inside ``container`` on to ``widgets``, in their order
    (nothing changes when ``container`` holds no control)."""
    last: QWidget | None = None
    widget = container
    while True:
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            last = widget  # Qt orders only after a widget that can take the focus
        following = widget.nextInFocusChain()
        if following is None or not container.isAncestorOf(following):
            break
        widget = following
    if last is None:
        return
    for first, second in zip((last, *widgets), widgets, strict=False):
        QWidget.setTabOrder(first, second)
