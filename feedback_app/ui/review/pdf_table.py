"""Tables of the PDF report: a header row, rows of wrapped cells, the header again on every
page the table continues on. A row never breaks across pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from .pdf_flow import INK, MM, MUTED, RULE, Block, PageFlow, draw_text

LEFT = Qt.AlignmentFlag.AlignLeft
RIGHT = Qt.AlignmentFlag.AlignRight
CENTRE = Qt.AlignmentFlag.AlignHCenter
PAD_X = 1.3 * MM
PAD_Y = 0.9 * MM
HEADER_FILL = "#eef1f4"
ZEBRA = "#f7f8fa"


@dataclass(frozen=True)
class Column:
    share: float
    """part of the table's width (the shares are scaled to the whole width)"""
    align: Qt.AlignmentFlag = LEFT


@dataclass(frozen=True)
class Cell:
    text: str
    span: int = 1
    """columns this cell covers (a withheld note runs across the numbers it replaces)"""
    fill: str | None = None
    colour: str = INK
    bold: bool = False
    align: Qt.AlignmentFlag | None = None
    """None: the column's alignment"""


class Table:
    """Add rows with :meth:`row`, then :meth:`place` the table into the flow.

    A column too narrow for its longest word (a long header in Finnish, a wide number) is
    widened, taking the room from the widest column, so no text is ever cut."""

    def __init__(
        self,
        flow: PageFlow,
        columns: Sequence[Column],
        header: Sequence[str | Cell],
        *,
        points: float = 8.5,
    ):
        self._flow = flow
        self._columns = list(columns)
        self._font = flow.type.font(points)
        self._bold = flow.type.font(points, bold=True)
        self._header = [
            c if isinstance(c, Cell) else Cell(c, colour=MUTED, bold=True) for c in header
        ]
        self._rows: list[list[Cell]] = []
        self._widths: list[float] = []

    def row(self, cells: Sequence[Cell | str]) -> None:
        self._rows.append([c if isinstance(c, Cell) else Cell(c) for c in cells])

    def place(self) -> None:
        self._widths = self._fitted_widths()
        header = self._block(self._header, fill=HEADER_FILL, rule=INK)
        rows = [
            self._block(cells, fill=ZEBRA if index % 2 else None)
            for index, cells in enumerate(self._rows)
        ]
        self._flow.rows(header, rows)

    # -- widths ----------------------------------------------------------------------------
    def _fitted_widths(self) -> list[float]:
        total = sum(c.share for c in self._columns)
        widths = [c.share / total * self._flow.width for c in self._columns]
        self._widths = widths
        needed = [0.0] * len(widths)
        for cells in [self._header, *self._rows]:
            for cell, column, span in self._columns_of(cells):
                if span == 1:
                    needed[column] = max(needed[column], self._longest_word(cell) + 2 * PAD_X)
        widest = max(range(len(widths)), key=lambda i: widths[i])
        for index, width in enumerate(widths):
            if index != widest and needed[index] > width:
                extra = needed[index] - width
                widths[index] += extra
                widths[widest] -= extra
        return widths

    def _longest_word(self, cell: Cell) -> float:
        font = self._bold if cell.bold else self._font
        # only where a line may break: a no-break space keeps "12,5 %" and "1 234" whole
        words = cell.text.replace("\n", " ").split(" ")
        return max(self._flow.type.width(word, font) for word in words) + 1.0

    def _columns_of(self, cells: Sequence[Cell]) -> list[tuple[Cell, int, int]]:
        """(cell, first column, columns spanned); a short row's last cell runs to the end."""
        found = []
        column = 0
        for index, cell in enumerate(cells):
            if column >= len(self._columns):
                break
            span = cell.span if index < len(cells) - 1 else len(self._columns) - column
            span = max(1, min(span, len(self._columns) - column))
            found.append((cell, column, span))
            column += span
        return found

    # -- one row ---------------------------------------------------------------------------
    def _spans(self, cells: Sequence[Cell]) -> list[tuple[Cell, float, float, Qt.AlignmentFlag]]:
        """(cell, x offset, width, alignment) of each cell."""
        placed = []
        for cell, column, span in self._columns_of(cells):
            x = sum(self._widths[:column])
            width = sum(self._widths[column : column + span])
            align = cell.align if cell.align is not None else self._columns[column].align
            placed.append((cell, x, width, align))
        return placed

    def _block(self, cells: Sequence[Cell], *, fill: str | None, rule: str = RULE) -> Block:
        spans = self._spans(cells)
        height = 0.0
        fonts = []
        for cell, _x, width, _align in spans:
            font = self._bold if cell.bold else self._font
            fonts.append(font)
            height = max(height, self._flow.type.height(cell.text, font, width - 2 * PAD_X))
        height += 2 * PAD_Y
        return Block(height, lambda p, r: _paint_row(p, r, spans, fonts, fill, rule))


def _paint_row(
    painter: QPainter,
    rect: QRectF,
    spans: list[tuple[Cell, float, float, Qt.AlignmentFlag]],
    fonts: list[QFont],
    fill: str | None,
    rule: str,
) -> None:
    if fill is not None:
        painter.fillRect(rect, QColor(fill))
    for (cell, x, width, align), font in zip(spans, fonts, strict=True):
        box = QRectF(rect.left() + x, rect.top(), width, rect.height())
        if cell.fill is not None:
            painter.fillRect(box, QColor(cell.fill))
        inner = box.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        draw_text(painter, inner, cell.text, font, cell.colour, align)
    pen = QPen(QColor(rule))
    pen.setWidthF(0.2 * MM if rule != RULE else 0.12 * MM)
    painter.setPen(pen)
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
