"""Fitting a text into a few lines of a given width, for chart and header labels that Qt
would otherwise cut to one line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics


def fit_lines(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """``text`` broken at spaces into lines at most ``width`` pixels wide; past ``max_lines``
    the last line ends in "…" (so does a single word too long for a line)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], rest]
    elide = Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, elide, width) for line in lines]
