"""A row of widgets that wraps onto more lines when the window is too narrow for one.

Large text on a small laptop makes a row of buttons wider than the screen; a ``FlowLayout``
keeps every button whole and moves the ones that do not fit to the next line. ``addStretch()``
marks a gap: on one line the free space goes there (buttons before it to the left, after it
to the right); once the row wraps, each part between gaps starts a line of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 12, *, justify: bool = False):
        """With ``justify`` the items of each line share its free width (a row of cards)."""
        super().__init__(parent)
        self._justify = justify
        self._items: list[QLayoutItem] = []
        self._gaps: list[int] = []  # an item index a gap comes before
        self._height_used = 0  # at the width last given
        self._heights: dict[int, int] = {}
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout ---------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)
        self.invalidate()

    def addWidget(  # noqa: N802 (Qt override)
        self, widget: QWidget, alignment: Qt.AlignmentFlag | None = None
    ) -> None:
        """``alignment`` places a widget that cannot grow within its line (e.g. at its foot)."""
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        if alignment is not None:
            item.setAlignment(alignment)
        self.addItem(item)

    def addStretch(self) -> None:  # noqa: N802 - as QBoxLayout's
        self._gaps.append(len(self._items))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        if not 0 <= index < len(self._items):
            return None
        self._gaps = [g - 1 if g > index else g for g in self._gaps]
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        if width not in self._heights:  # asked again and again during one layout
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        height = self._arrange(rect, move=True)
        if height != self._height_used:
            # Layouts that ask no height for a width (a splitter's) read it in minimumSize().
            self._height_used = height
            QTimer.singleShot(0, self.invalidate)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        """Everything on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        """As narrow as the widest item; as high as the lines at the present width."""
        shown = self._shown()
        width = max((max(i.minimumSize().width(), _hint(i).width()) for i in shown), default=0)
        height = max((i.minimumSize().height() for i in shown), default=0)
        size = self._with_margins(QSize(width, height))
        if self._height_used:
            size.setHeight(max(size.height(), self._height_used))
        return size

    # -- arranging -------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _parts(self) -> list[tuple[list[QLayoutItem], bool]]:
        """The items between gaps, each with whether it sits right of a gap."""
        bounds = [0, *sorted(set(self._gaps)), len(self._items)]
        parts = []
        for number, (start, end) in enumerate(zip(bounds, bounds[1:], strict=False)):
            shown = [item for item in self._items[start:end] if not item.isEmpty()]
            if shown:
                parts.append((shown, number > 0))
        return parts

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (with ``move``); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        parts = self._parts()
        if not parts:
            return 0
        spacing = self.spacing()
        every = [item for items, _right in parts for item in items]
        one_line = sum(_hint(i).width() for i in every) + spacing * max(len(every) - 1, 0)
        if one_line <= area.width():
            lines = [(self._single_line(parts, area.width()), False)]
        else:
            lines = [
                (line, right) for items, right in parts for line in self._wrap(items, area.width())
            ]
        if self._justify:
            lines = [(self._justified(line, area.width()), right) for line, right in lines]
        y = area.y()
        for number, (line, right) in enumerate(lines):
            height = max(self._height(item, width) for item, width, _x in line)
            if move:
                used = line[-1][2] + line[-1][1] if line else 0
                shift = area.width() - used if right else 0
                for item, width, x in line:
                    item.setGeometry(QRect(QPoint(area.x() + x + shift, y), QSize(width, height)))
            y += height + (spacing if number < len(lines) - 1 else 0)
        return y - area.y() + margins.top() + margins.bottom()

    def _single_line(self, parts: list, width: int) -> list[tuple[QLayoutItem, int, int]]:
        """Every item on one line, the free space shared by the gaps."""
        spacing = self.spacing()
        every = [item for items, _right in parts for item in items]
        used = sum(_hint(i).width() for i in every) + spacing * max(len(every) - 1, 0)
        gaps = len(parts) - 1
        spare = width - used
        line, x = [], 0
        for number, (items, _right) in enumerate(parts):
            if number:
                x += spare // gaps if gaps else 0
            for item in items:
                line.append((item, _hint(item).width(), x))
                x += _hint(item).width() + spacing
        return line

    def _wrap(self, items: list[QLayoutItem], width: int) -> list[list]:
        """``items`` on as many lines of ``width`` as they need."""
        lines: list[list] = [[]]
        x = 0
        for item in items:
            wanted = min(_hint(item).width(), width)
            if lines[-1] and x + wanted > width:
                lines.append([])
                x = 0
            lines[-1].append((item, wanted, x))
            x += wanted + self.spacing()
        return lines

    def _justified(self, line: list, width: int) -> list:
        """The line's items widened alike to fill ``width``."""
        if not line:
            return line
        spare = width - (line[-1][2] + line[-1][1])
        extra, left = divmod(max(spare, 0), len(line))
        placed, x = [], 0
        for number, (item, item_width, _x) in enumerate(line):
            grown = item_width + extra + (1 if number < left else 0)
            placed.append((item, grown, x))
            x += grown + self.spacing()
        return placed

    @staticmethod
    def _height(item: QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return item.heightForWidth(width)
        return _hint(item).height()


def _hint(item: QLayoutItem) -> QSize:
    return item.sizeHint().expandedTo(item.minimumSize())
