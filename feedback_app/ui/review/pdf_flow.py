"""Pages of the PDF report: A4 portrait at 300 dpi, blocks flowed top to bottom.

Layout and painting are two passes. Blocks (a heading, a line of a paragraph, a table row, a
bar of a chart) are placed onto pages as drawing steps; only when the number of pages is known
are the pages painted, each with "Page 2 of 7" in its footer. Everything is drawn with
QPainter on the PDF writer (rectangles, lines, text), so text stays text a reader can search
and copy, and the charts stay vectors at any zoom.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QTextLayout,
    QTextOption,
)

from ...paths import resource

RESOLUTION = 300
"""Dots per inch of the PDF's coordinates: fine enough for hairlines and small text."""
MM = RESOLUTION / 25.4
"""Device pixels per millimetre."""
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
MARGIN_MM = 18.0
FOOTER_MM = 10.0
"""Distance of the footer's baseline above the page's bottom edge."""
BULLET_MM = 3.2
"""Width of a bullet and its gap: the lines of a bulleted paragraph hang after it."""

INK = "#1d2733"
HEADING = "#16324f"
MUTED = "#56687a"
RULE = "#c8ced6"

#: Used when the theme names none of the fonts on this computer.
FALLBACK_FAMILIES = ("DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Noto Sans")

Draw = Callable[[QPainter, QRectF], None]
"""Paints a block into the rectangle the flow gave it."""
Paint = Callable[[QPainter], None]


def theme_families() -> list[str]:
    """The font families of the app's theme, in its order of preference."""
    try:
        qss = resource("theme", "app.qss").read_text(encoding="utf-8")
    except OSError:
        return list(FALLBACK_FAMILIES)
    found = re.search(r"font-family:\s*([^;]+);", qss)
    if not found:
        return list(FALLBACK_FAMILIES)
    names = [name.strip().strip("\"'") for name in found.group(1).split(",")]
    return [name for name in names if name and name not in ("sans-serif", "serif")]


def report_family() -> str:
    """The first family of the theme (then of a few common ones) that this computer has and
    that writes Latin script with ä, ö and å; Qt embeds it in the PDF."""
    available = set(QFontDatabase.families())
    for family in [*theme_families(), *FALLBACK_FAMILIES]:
        if family in available and QFontDatabase.WritingSystem.Latin in (
            QFontDatabase.writingSystems(family)
        ):
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


class Typography:
    """The report's fonts, measured on the PDF writer itself (so layout equals painting)."""

    def __init__(self, device: QPagedPaintDevice, family: str | None = None):
        self.device = device
        self.family = family or report_family()

    def font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setKerning(True)
        # Without ligatures a word such as "fi" stays two letters when copied or searched.
        font.setFeature(QFont.Tag("liga"), 0)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def height(self, text: str, font: QFont, width: float) -> float:
        """Height of ``text`` wrapped at ``width`` (as ``draw_text`` draws it)."""
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        box = self.metrics(font).boundingRect(QRectF(0, 0, width, 1e7), flags, text)
        return max(box.height(), self.metrics(font).height())

    def width(self, text: str, font: QFont) -> float:
        return self.metrics(font).horizontalAdvance(text)


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    font: QFont,
    colour: str = INK,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
) -> None:
    """``text`` wrapped into ``rect``, from its top."""
    painter.setFont(font)
    painter.setPen(QColor(colour))
    flags = align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    painter.drawText(rect, int(flags), text)


@dataclass(frozen=True)
class Block:
    """Something drawn in one piece: it moves to the next page whole."""

    height: float
    draw: Draw


class PageFlow:
    """Places blocks down the pages of A4, starting a new page when the next one does not fit.

    Coordinates are device pixels of the writer (``RESOLUTION`` per inch) from the page's top
    left corner; the writer's own margins are zero.
    """

    def __init__(self, typography: Typography):
        self.type = typography
        self.left = MARGIN_MM * MM
        self.top = MARGIN_MM * MM
        self.width = (PAGE_WIDTH_MM - 2 * MARGIN_MM) * MM
        self.bottom = (PAGE_HEIGHT_MM - MARGIN_MM) * MM
        self.pages: list[list[Paint]] = [[]]
        self.y = self.top
        self.running: Block | None = None
        """repeated at the top of every new page while set: "(continued)" over comments"""

    # -- placing ---------------------------------------------------------------------------
    @property
    def at_top(self) -> bool:
        return self.y <= self.top + 0.5

    def fits(self, height: float) -> bool:
        return self.y + height <= self.bottom

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.running is not None:
            self.place(self.running)

    def running_heading(self, text: str | None, font: QFont, colour: str = MUTED) -> None:
        """Repeat ``text`` at the top of each following page (None: stop)."""
        if text is None:
            self.running = None
            return
        height = self.type.height(text, font, self.width) + 1.5 * MM
        self.running = Block(height, lambda p, r: draw_text(p, r, text, font, colour))

    def skip(self, millimetres: float) -> None:
        """Vertical space; none at the top of a page."""
        if not self.at_top:
            self.y = min(self.y + millimetres * MM, self.bottom)

    def place(self, block: Block, keep: float = 0.0) -> None:
        """Put ``block`` here, or at the top of a new page when it (and ``keep`` pixels of what
        must follow it on the same page) does not fit."""
        if not self.fits(block.height + keep) and not self.at_top:
            self.new_page()
        rect = QRectF(self.left, self.y, self.width, block.height)
        self.pages[-1].append(lambda painter, rect=rect, draw=block.draw: draw(painter, rect))
        self.y += block.height

    def rows(self, header: Block | None, rows: Sequence[Block], keep_rows: int = 2) -> None:
        """A table or chart: ``header`` above its first rows and again at the top of every page
        the rows continue on; the header never ends a page alone."""
        if not rows:
            if header is not None:
                self.place(header)
            return
        first = sum(r.height for r in rows[:keep_rows])
        if header is not None:
            self.place(header, keep=first)
        for row in rows:
            if not self.fits(row.height) and not self.at_top:
                self.new_page()
                if header is not None:
                    self.place(header)
            self.place(row)

    # -- text ------------------------------------------------------------------------------
    def heading(self, text: str, font: QFont, colour: str = HEADING, keep_mm: float = 28) -> None:
        """A heading kept on one page with at least ``keep_mm`` of what follows it."""
        height = self.type.height(text, font, self.width)
        self.place(
            Block(height, lambda p, r: draw_text(p, r, text, font, colour)), keep=keep_mm * MM
        )

    def paragraph(
        self,
        text: str,
        font: QFont,
        colour: str = INK,
        *,
        indent_mm: float = 0.0,
        bullet: str | None = None,
        line_spacing: float = 1.18,
    ) -> None:
        """Wrapped text that may continue on the next page between two lines (never leaving a
        single first line at the bottom of a page); with a bullet the lines hang after it."""
        indent = indent_mm * MM
        text_x = indent + (BULLET_MM * MM if bullet else 0.0)
        lines = self._lines(text, font, self.width - text_x)
        metrics = self.type.metrics(font)
        leading = metrics.height() * line_spacing
        if len(lines) > 1 and not self.fits(2 * leading) and not self.at_top:
            self.new_page()
        for index, (layout, number) in enumerate(lines):
            mark = (bullet, indent, metrics.ascent()) if bullet and index == 0 else None
            self.place(Block(leading, _line_painter(layout, number, font, colour, text_x, mark)))

    def _lines(self, text: str, font: QFont, width: float) -> list[tuple[QTextLayout, int]]:
        """Every paragraph of ``text`` broken into lines: (layout, line number) pairs."""
        found: list[tuple[QTextLayout, int]] = []
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        for part in text.split("\n") or [""]:
            layout = QTextLayout(part, font, self.type.device)
            layout.setTextOption(option)
            layout.beginLayout()
            count = 0
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, 0))
                count += 1
            layout.endLayout()
            found += [(layout, i) for i in range(max(count, 1))]
        return found

    # -- painting --------------------------------------------------------------------------
    def paint(
        self,
        painter: QPainter,
        new_page: Callable[[], object],
        footer: Callable[[QPainter, int, int], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> int:
        """Paint every page (``new_page`` between two), each with its footer; the page count."""
        total = len(self.pages)
        for number, steps in enumerate(self.pages, start=1):
            if number > 1:
                new_page()
            for step in steps:
                step(painter)
            footer(painter, number, total)
            if progress is not None:
                progress(number, total)
        return total


def _line_painter(
    layout: QTextLayout,
    number: int,
    font: QFont,
    colour: str,
    text_x: float,
    bullet: tuple[str, float, float] | None,
) -> Draw:
    """Paints line ``number`` of ``layout`` at the top of its block, ``text_x`` in from its
    left; ``bullet`` is (mark, its x, the font's ascent) for a first line with a bullet."""

    def draw(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QColor(colour))
        painter.setFont(font)
        if bullet is not None:
            mark, x, ascent = bullet
            painter.drawText(QPointF(rect.left() + x, rect.top() + ascent), mark)
        if number < layout.lineCount():
            line = layout.lineAt(number)
            line.draw(painter, QPointF(rect.left() + text_x, rect.top() - line.y()))

    return draw
