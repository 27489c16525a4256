"""Lays every screen out on a 1366x768 laptop screen and finds the texts that do not fit.

The checks for ``test_layout_fit.py``, which runs them in a process of its own per interface
language: there the offscreen screen is a laptop's (``SCREEN_CONFIG``), and the translators of
one language stay installed.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTabBar,
    QWidget,
)

SCREEN = QSize(1366, 768)
#: The offscreen platform's screen, as a laptop's.
SCREEN_CONFIG = {
    "synchronousWindowSystemEvents": False,
    "windowFrameMargins": False,
    "screens": [
        {
            "name": "Laptop",
            "x": 0,
            "y": 0,
            "width": SCREEN.width(),
            "height": SCREEN.height(),
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }  # fmt: skip
    ],
}
SLACK = 1  # pixels of rounding forgiven


# -- what does not fit ---------------------------------------------------------------------
def offenders(window: QWidget) -> Iterator[tuple[str, QWidget, str, str]]:
    """(kind, widget, text, what is wrong) for everything on ``window`` that does not fit."""
    if window.width() > SCREEN.width() or window.height() > SCREEN.height():
        yield "window", window, window.windowTitle(), _size("larger than the screen", window)
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or widget.isWindow() and widget is not window:
            continue
        if not _on_window(widget, window):
            continue
        yield from _too_small(widget)
        if isinstance(widget, QLabel):
            yield from _label(widget)
        elif isinstance(widget, QAbstractButton):
            yield from _button(widget)
        elif isinstance(widget, QGroupBox):
            yield from _group_box(widget)
        elif isinstance(widget, QTabBar):
            yield from _tab_bar(widget)
        elif isinstance(widget, QHeaderView):
            yield from _header(widget)
        elif isinstance(widget, QAbstractItemView):
            yield from _cells(widget)


def _size(what: str, widget: QWidget, need: QSize | None = None) -> str:
    text = f"{what}: {widget.width()}x{widget.height()}"
    return text + (f" < {need.width()}x{need.height()}" if need is not None else "")


def _on_window(widget: QWidget, window: QWidget) -> bool:
    """False for what lies in a part of the window nobody looks at: a widget Qt keeps hidden
    inside another (a combo box's line edit, a scroll area's corner)."""
    return not widget.objectName().startswith("qt_") or isinstance(widget, QAbstractButton)


def _inside_scroll(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent.objectName() == (
            "qt_scrollarea_viewport"
        ):
            return True
        parent = parent.parentWidget()
    return False


def _too_small(widget: QWidget) -> Iterator[tuple[str, QWidget, str, str]]:
    """Smaller than its minimum size hint (in a layout that could not give it the room)."""
    if not isinstance(widget, QLabel | QAbstractButton | QLineEdit | QComboBox | QGroupBox):
        return
    if isinstance(widget, QLabel) and not widget.text():
        return  # a picture or a colour swatch of a size of its own
    hint = widget.minimumSizeHint()  # what a layout gives it, unless a minimum is set
    hint = QSize(widget.minimumWidth() or hint.width(), widget.minimumHeight() or hint.height())
    policy = widget.sizePolicy()
    width_ok = policy.horizontalPolicy() == policy.Policy.Ignored or (
        widget.width() + SLACK >= hint.width()
    )
    height = hint.height()
    if isinstance(widget, QLabel) and widget.wordWrap() and widget.hasHeightForWidth():
        height = widget.heightForWidth(widget.width())
    height_ok = policy.verticalPolicy() == policy.Policy.Ignored or (
        widget.height() + SLACK >= height
    )
    if not (width_ok and height_ok):
        text = _text_of(widget)
        yield "size", widget, text, _size("smaller than its minimum", widget, hint)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return QGroupBox.title(widget)
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.accessibleName()


def _label(label: QLabel) -> Iterator[tuple[str, QWidget, str, str]]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    area = label.contentsRect()
    margin = label.margin()
    area.adjust(margin, margin, -margin, -margin)
    indent = label.indent()
    if indent > 0:
        area.setWidth(area.width() - indent)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        if label.wordWrap():
            document.setTextWidth(area.width())
        need = QSize(int(document.idealWidth() + 0.999), int(document.size().height() + 0.999))
    else:
        metrics = label.fontMetrics()
        flags = int(label.alignment())
        flags |= int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
        width = area.width() if label.wordWrap() else 100_000
        bound = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
        need = bound.size()
    if need.width() > area.width() + SLACK or need.height() > area.height() + SLACK:
        yield "label", label, text, _need(area.size(), need)


def _need(have: QSize, need: QSize) -> str:
    return f"text needs {need.width()}x{need.height()}, has {have.width()}x{have.height()}"


def _button(button: QAbstractButton) -> Iterator[tuple[str, QWidget, str, str]]:
    text = button.text()
    if not text.strip():
        return
    if button.hasHeightForWidth():  # its text wraps: as wide as its longest word will do
        narrowest, height = button.minimumSizeHint().width(), button.heightForWidth(button.width())
        if button.width() + SLACK < narrowest or button.height() + SLACK < height:
            need = QSize(narrowest, height)
            yield "button", button, text, _size("smaller than its wrapped text", button, need)
        return
    hint = button.sizeHint()
    if button.width() + SLACK < hint.width():
        yield "button", button, text, _size("narrower than its text", button, hint)
        return
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        area = button.style().subElementRect(
            QStyle.SubElement.SE_PushButtonContents, option, button
        )
        need = button.fontMetrics().size(int(Qt.TextFlag.TextShowMnemonic), text)
        if need.height() > area.height() + SLACK:
            yield "button", button, text, _need(area.size(), need)


def _group_box(box: QGroupBox) -> Iterator[tuple[str, QWidget, str, str]]:
    title = QGroupBox.title(box)
    if title:
        need = box.fontMetrics().horizontalAdvance(title.replace("&", ""))
        if need > box.width():
            yield "group", box, title, f"title needs {need} px, has {box.width()}"


def _tab_bar(bar: QTabBar) -> Iterator[tuple[str, QWidget, str, str]]:
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = bar.tabText(index)
        rect = bar.tabRect(index)
        need = bar.fontMetrics().horizontalAdvance(text.replace("&", "")) + space
        if rect.width() + SLACK < need and bar.elideMode() == Qt.TextElideMode.ElideNone:
            yield "tab", bar, text, f"tab needs {need} px, has {rect.width()}"
        elif rect.width() + SLACK < need or not bar.rect().contains(rect):
            if not bar.tabToolTip(index):
                yield "tab", bar, text, "cut, with no tooltip" if rect.width() + SLACK < need \
                    else "out of sight: the tabs scroll"  # fmt: skip


def _header(header: QHeaderView) -> Iterator[tuple[str, QWidget, str, str]]:
    model = header.model()
    if model is None:
        return
    font = QFont(header.font())
    font.setBold(True)  # how Qt measures a section (the current one is drawn bold)
    line = QFontMetrics(font).height()
    if header.orientation() == Qt.Orientation.Horizontal and header.viewport().height() < line:
        room = header.viewport().height()  # a frame or padding can eat into the sections
        first = model.headerData(0, header.orientation(), Qt.ItemDataRole.DisplayRole) or ""
        yield "header", header, str(first), f"sections are {room} px high, their text {line} px"
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) <= 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        option.section = logical
        option.text = str(text)
        option.fontMetrics = QFontMetrics(font)
        need = header.style().sizeFromContents(
            QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
        )
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            need.setWidth(need.width() + need.height())  # room for the arrow, as Qt measures
        have = header.sectionSize(logical)
        wanted = (
            need.width() if header.orientation() == Qt.Orientation.Horizontal else need.height()
        )
        if have + SLACK < wanted:
            yield "header", header, str(text), f"section needs {wanted} px, has {have}"


def _cells(view: QAbstractItemView) -> Iterator[tuple[str, QWidget, str, str]]:
    """Cut cells of the rows in view: allowed only with the whole text in a tooltip. The
    text's room is where the style draws it (past a check box or an icon)."""
    model = view.model()
    if model is None or view.isHidden():
        return
    viewport = view.viewport().rect()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    wrap = bool(getattr(view, "wordWrap", lambda: False)())
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for column in range(_columns(model)):
            index = model.index(row, column, QModelIndex())
            rect = view.visualRect(index)
            if not rect.isValid() or not rect.intersects(viewport):
                continue
            option = QStyleOptionViewItem()
            view.itemDelegateForIndex(index).initStyleOption(option, index)
            text = option.text
            if not text.strip():
                continue
            option.rect = rect
            area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
            width = area.width() - 2 * margin
            flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
            bound = option.fontMetrics.boundingRect(
                QRect(0, 0, max(width, 1), 100_000), flags, text
            )
            if bound.width() <= width + SLACK and bound.height() <= area.height() + SLACK:
                continue
            if str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "") == text:
                continue
            yield "cell", view, text, _need(QSize(width, area.height()), bound.size())


def _columns(model) -> int:  # noqa: ANN001
    try:
        return model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its one column to itself
        return 1


def describe(window: QWidget, screen: str, language: str, scale: float) -> list[dict]:
    found = []
    for kind, widget, text, problem in offenders(window):
        found.append(
            {
                "screen": screen,
                "language": language,
                "scale": scale,
                "kind": kind,
                "name": widget.objectName() or _path_of(widget),
                "text": text,
                "problem": problem,
            }
        )
    return found


def _path_of(widget: QWidget) -> str:
    """An unnamed widget as its class under its nearest named ancestor."""
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    owner = parent.objectName() if parent is not None else "?"
    return f"{owner}/{type(widget).__name__}"


# -- waiting -------------------------------------------------------------------------------
def settle(until: Callable[[], bool] = lambda: True, timeout: float = 10.0) -> None:
    """Process events until ``until()`` holds (background jobs answered), then a few more."""
    app = QApplication.instance()
    end = time.monotonic() + timeout
    while True:
        app.processEvents()
        if until() or time.monotonic() > end:
            break
        time.sleep(0.005)
    for _ in range(3):
        app.processEvents()


def copy_data(template: Path) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="fit-")) / "data"
    shutil.copytree(template, folder)
    return folder
