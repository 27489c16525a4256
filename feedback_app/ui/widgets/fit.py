"""Windows that fit the screen they are on, at any text size.

Sizes written in code (a dialog's wished size, a chart's font) are for 100 % text; ``scaled``
grows them with the text size chosen in the settings (the style sheet grows on its own, see
``ui.theme``). A window is never made larger than the screen's available area: what does not
fit scrolls (``scroll_area``) instead of being cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QVBoxLayout, QWidget

#: The screen assumed when there is none to ask (a small laptop's).
SMALL_SCREEN = QSize(1366, 768)


def text_scale() -> float:
    """The text size in use, as a factor of the default (1.0 to 2.0)."""
    app = QApplication.instance()
    value = app.property("feedback_text_scale") if app is not None else None
    return float(value) if value else 1.0


def scaled(pixels: int) -> int:
    """``pixels`` at 100 % text, at the text size in use."""
    return round(pixels * text_scale())


def available_size(widget: QWidget | None = None) -> QSize:
    """The room on the screen of ``widget`` (or the primary one), less task bars and docks."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry().size() if screen is not None else SMALL_SCREEN


def fit_to_screen(window: QWidget, width: int = 0, height: int = 0) -> QSize:
    """Size ``window`` to what it needs, at least ``width`` x ``height`` (sizes at 100 % text,
    scaled), never larger than the screen; its minimum size is bounded by the screen too.
    Returns the size given."""
    window.ensurePolished()  # the style sheet's sizes count in the size hint
    room = available_size(window.parentWidget() or window)
    wanted = window.sizeHint().expandedTo(QSize(scaled(width), scaled(height)))
    if window.minimumWidth() or window.minimumHeight():
        window.setMinimumSize(window.minimumSize().boundedTo(room))
    size = wanted.boundedTo(room)
    window.resize(size)
    extra = _taller_body(window)
    if extra > 0:  # wrapped lines at this width need more than the size hint guessed
        size = QSize(size.width(), min(size.height() + extra, room.height()))
        window.resize(size)
    return size


def _taller_body(window: QWidget) -> int:
    """How much more height the content of ``window``'s scrolling body needs at its width."""
    layout = window.layout()
    if layout is None:
        return 0
    layout.activate()
    for area in window.findChildren(QScrollArea):
        content = area.widget()
        if content is None or not content.objectName().endswith("_body"):
            continue
        inner = content.layout()
        width = area.viewport().width()
        if inner is None or width <= 0:
            continue
        needed = inner.totalHeightForWidth(width) if inner.hasHeightForWidth() else -1
        needed = max(needed, inner.totalMinimumSize().height())
        return max(needed - area.viewport().height(), 0)
    return 0


def bounded_minimum(window: QWidget, width: int, height: int) -> None:
    """A minimum size at 100 % text, scaled, but never larger than the screen."""
    room = available_size(window.parentWidget() or window)
    window.setMinimumSize(QSize(scaled(width), scaled(height)).boundedTo(room))


def scroll_area(content: QWidget, parent: QWidget, name: str = "") -> QScrollArea:
    """``content`` in a frameless area that scrolls when the window is smaller than it; the
    area wishes to be as large as its content, so a window shows everything when it can."""
    area = QScrollArea(parent)
    if name:
        area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(content)
    return area


def dialog_body(dialog: QWidget, name: str = "") -> QVBoxLayout:
    """The layout for a dialog's content, in an area that scrolls once the screen bounds the
    dialog; what is added to ``dialog.layout()`` after it (the buttons) stays in sight below."""
    outer = QVBoxLayout(dialog)
    body = QWidget(dialog)
    body.setObjectName(name or f"{dialog.objectName()}_body")
    outer.addWidget(scroll_area(body, dialog), 1)
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    return inner
