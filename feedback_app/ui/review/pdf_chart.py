"""The agreement items as diverging stacked bars, painted on the PDF writer (vectors).

One bar per item: disagreement left of the centre line, agreement right of it, the neutral
point straddling the centre, every share in percent of the item's n; "cannot say" stands
apart, as a count in a column of its own. The colours are the window's (``palette``), so a
scale point looks the same on the screen and on paper. A withheld item shows a grey bar that
says so, and none of its shares.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from ...domain.questionnaire import pick
from ...services.types import QuestionResult
from ..widgets.numbers import count, percent
from .palette import CANNOT_SAY, GRID, WITHHELD, neutral_index, scale_colours
from .pdf_flow import INK, MM, MUTED, Block, PageFlow, draw_text

LABEL_SHARE, GAP_SHARE, BAR_SHARE = 0.35, 0.02, 0.46
N_GAP_SHARE, N_SHARE, CANNOT_SAY_SHARE = 0.03, 0.06, 0.08
BAR_MM = 5.6
ROW_GAP_MM = 2.4
TICK_STEP = 25


@dataclass(frozen=True)
class ChartTexts:
    """The chart's words in the report's language."""

    n: str
    cannot_say: str
    withheld: str
    no_answers: str


@dataclass(frozen=True)
class Geometry:
    """Where the columns are, from the left of the chart, and the scale of the bars."""

    label_width: float
    bar_left: float
    bar_width: float
    n_left: float
    n_width: float
    cannot_left: float
    cannot_width: float
    left: int
    """percent from the centre line to the left end of the axis"""
    right: int
    """percent from the centre line to the right end"""

    @property
    def per_percent(self) -> float:
        return self.bar_width / (self.left + self.right)

    @property
    def centre(self) -> float:
        return self.bar_left + self.left * self.per_percent

    def x(self, pct: float) -> float:
        """Offset of ``pct`` percent from the centre line (negative: left of it)."""
        return self.centre + pct * self.per_percent


def scale_key(result: QuestionResult, language: str) -> tuple[tuple[int, str], ...]:
    """The scale points and their labels: items that share them share a chart and a legend."""
    question = result.question
    return tuple((v, question.option_label(v, language)) for v in question.scale_values())


def place_agreement_chart(
    flow: PageFlow,
    items: Sequence[QuestionResult],
    labels: dict[int, str],
    texts: ChartTexts,
    language: str,
) -> None:
    """One chart per scale among ``items`` (usually one); ``labels`` maps ``id(result)`` to
    the item's text as the report writes it."""
    scales: dict[tuple[tuple[int, str], ...], list[QuestionResult]] = {}
    for item in items:
        scales.setdefault(scale_key(item, language), []).append(item)
    for index, group in enumerate(scales.values()):
        if index:
            flow.skip(6)
        _place_one(flow, group, labels, texts, language)


def _place_one(
    flow: PageFlow,
    items: list[QuestionResult],
    labels: dict[int, str],
    texts: ChartTexts,
    language: str,
) -> None:
    width = flow.width
    left, right = _extents(items)
    geometry = Geometry(
        label_width=LABEL_SHARE * width,
        bar_left=(LABEL_SHARE + GAP_SHARE) * width,
        bar_width=BAR_SHARE * width,
        n_left=(LABEL_SHARE + GAP_SHARE + BAR_SHARE + N_GAP_SHARE) * width,
        n_width=N_SHARE * width,
        cannot_left=(1 - CANNOT_SAY_SHARE) * width,
        cannot_width=CANNOT_SAY_SHARE * width,
        left=left,
        right=right,
    )
    small = flow.type.font(7.5)
    label_font = flow.type.font(8.5)
    header = _header(flow, items[0], geometry, texts, language, small)
    rows = [
        _row(flow, item, labels[id(item)], geometry, texts, language, label_font, small)
        for item in items
    ]
    flow.rows(header, rows, keep_rows=len(rows) if len(rows) <= 8 else 2)


def shares(result: QuestionResult) -> list[float] | None:
    """Percent of n at each scale point, lowest first; None when withheld or unanswered."""
    stats = result.stats
    counts = getattr(stats, "counts", None)
    n = getattr(stats, "n", 0)
    if getattr(stats, "suppressed", True) or counts is None or not n:
        return None
    return [100 * counts.get(value, 0) / n for value in result.question.scale_values()]


def _sides(values: list[float]) -> tuple[float, float]:
    """Percent left and right of the centre: the neutral point is split in two."""
    middle = neutral_index(len(values))
    half = len(values) // 2
    left = sum(values[:half]) + (values[middle] / 2 if middle is not None else 0)
    right = 100 - left
    return left, right


def _extents(items: Sequence[QuestionResult]) -> tuple[int, int]:
    """How far the axis reaches left and right of the centre line: as far as the longest bar
    on that side, in steps of 25 %."""
    left = right = 0.0
    for item in items:
        values = shares(item)
        if values is not None:
            sides = _sides(values)
            left, right = max(left, sides[0]), max(right, sides[1])

    def steps(pct: float) -> int:
        return int(min(100, max(TICK_STEP, math.ceil(pct / TICK_STEP - 1e-9) * TICK_STEP)))

    return steps(left), steps(right)


def ticks(geometry: Geometry) -> range:
    return range(-geometry.left, geometry.right + 1, TICK_STEP)


def _legend_entries(item: QuestionResult, texts: ChartTexts, language: str) -> list[tuple]:
    question = item.question
    colours = scale_colours(len(question.scale_values()))
    entries = [
        (colour, question.option_label(value, language))
        for colour, value in zip(colours, question.scale_values(), strict=False)
    ]
    cannot = pick(question.cannot_say, language) if question.allows_cannot_say else ""
    entries.append((CANNOT_SAY, cannot or texts.cannot_say))
    return entries


def _header(
    flow: PageFlow,
    item: QuestionResult,
    geometry: Geometry,
    texts: ChartTexts,
    language: str,
    font: QFont,
) -> Block:
    """The legend (one swatch per scale point and "cannot say"), then the axis labels above
    the bars and the titles of the two count columns."""
    metrics = flow.type.metrics(font)
    swatch, gap, spacing = 3.0 * MM, 1.4 * MM, 4.5 * MM
    placed: list[tuple[float, float, str, str]] = []  # x, line, colour, text
    x, line = 0.0, 0
    for colour, text in _legend_entries(item, texts, language):
        needed = swatch + gap + metrics.horizontalAdvance(text)
        if x > 0 and x + needed > flow.width:
            x, line = 0.0, line + 1
        placed.append((x, line, colour, text))
        x += needed + spacing
    line_height = metrics.height() * 1.35
    legend_height = (line + 1) * line_height
    cannot_height = flow.type.height(texts.cannot_say, font, geometry.cannot_width)
    axis_top = legend_height + 2.5 * MM
    height = axis_top + max(metrics.height(), cannot_height) + 1.2 * MM

    def draw(painter: QPainter, rect: QRectF) -> None:
        for x, line, colour, text in placed:
            top = rect.top() + line * line_height
            mid = top + metrics.height() / 2
            painter.fillRect(
                QRectF(rect.left() + x, mid - swatch / 2, swatch, swatch), QColor(colour)
            )
            painter.setFont(font)
            painter.setPen(QColor(INK))
            painter.drawText(QPointF(rect.left() + x + swatch + gap, top + metrics.ascent()), text)
        base = rect.top() + axis_top
        bottom = rect.bottom() - 1.2 * MM
        for pct in ticks(geometry):
            label = "0" if pct == 0 else percent(abs(pct), language, places=0)
            centre = rect.left() + geometry.x(pct)
            text_width = metrics.horizontalAdvance(label)
            left = min(
                max(centre - text_width / 2, rect.left() + geometry.bar_left - 1),
                rect.left() + geometry.bar_left + geometry.bar_width - text_width + 1,
            )
            painter.setPen(QColor(MUTED))
            painter.drawText(QPointF(left, bottom - metrics.descent()), label)
        n_box = QRectF(rect.left() + geometry.n_left, base, geometry.n_width, bottom - base)
        draw_text(
            painter,
            _bottom_aligned(n_box, metrics.height()),
            texts.n,
            font,
            MUTED,
            Qt.AlignmentFlag.AlignRight,
        )
        cannot_box = QRectF(
            rect.left() + geometry.cannot_left,
            bottom - cannot_height,
            geometry.cannot_width,
            cannot_height,
        )
        draw_text(painter, cannot_box, texts.cannot_say, font, MUTED, Qt.AlignmentFlag.AlignRight)

    return Block(height, draw)


def _bottom_aligned(box: QRectF, height: float) -> QRectF:
    return QRectF(box.left(), box.bottom() - height, box.width(), height)


def _row(
    flow: PageFlow,
    item: QuestionResult,
    label: str,
    geometry: Geometry,
    texts: ChartTexts,
    language: str,
    label_font: QFont,
    small: QFont,
) -> Block:
    label_height = flow.type.height(label, label_font, geometry.label_width)
    height = max(label_height, BAR_MM * MM) + ROW_GAP_MM * MM
    values = shares(item)
    stats = item.stats
    withheld = bool(getattr(stats, "suppressed", True))
    metrics = flow.type.metrics(small)
    colours = scale_colours(len(item.question.scale_values()))

    def draw(painter: QPainter, rect: QRectF) -> None:
        top = rect.top() + ROW_GAP_MM * MM / 2
        inner = rect.height() - ROW_GAP_MM * MM
        label_box = QRectF(
            rect.left(), top + (inner - label_height) / 2, geometry.label_width, label_height
        )
        draw_text(painter, label_box, label, label_font, INK)
        bar = QRectF(
            rect.left() + geometry.bar_left,
            top + (inner - BAR_MM * MM) / 2,
            geometry.bar_width,
            BAR_MM * MM,
        )
        _grid(painter, rect, geometry)
        if values is None:
            painter.fillRect(bar, QColor(WITHHELD))
            note = texts.withheld if withheld else texts.no_answers
            draw_text(
                painter,
                _middle(bar, metrics.height()),
                note,
                small,
                MUTED,
                Qt.AlignmentFlag.AlignHCenter,
            )
        else:
            _segments(
                painter, bar, rect.left(), values, colours, geometry, small, metrics, language
            )
        numbers = _middle(
            QRectF(rect.left() + geometry.n_left, bar.top(), geometry.n_width, bar.height()),
            metrics.height(),
        )
        draw_text(
            painter, numbers, count(getattr(stats, "n", 0)), small, INK, Qt.AlignmentFlag.AlignRight
        )
        _cannot_say(painter, rect, bar, geometry, item, small, metrics)

    return Block(height, draw)


def _middle(box: QRectF, height: float) -> QRectF:
    return QRectF(box.left(), box.center().y() - height / 2, box.width(), height)


def _grid(painter: QPainter, rect: QRectF, geometry: Geometry) -> None:
    for pct in ticks(geometry):
        pen = QPen(QColor(INK if pct == 0 else GRID))
        pen.setWidthF(0.2 * MM if pct == 0 else 0.1 * MM)
        painter.setPen(pen)
        x = rect.left() + geometry.x(pct)
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))


def _segments(
    painter: QPainter,
    bar: QRectF,
    left: float,
    values: list[float],
    colours: tuple[str, ...],
    geometry: Geometry,
    font: QFont,
    metrics,
    language: str,
) -> None:
    """The bar's segments from the left end, each share written inside when it fits."""
    x = left + geometry.x(-_sides(values)[0])
    for value, colour in zip(values, colours, strict=False):
        width = value * geometry.per_percent
        segment = QRectF(x, bar.top(), width, bar.height())
        painter.fillRect(segment, QColor(colour))
        text = percent(value, language, places=0)
        if value > 0 and metrics.horizontalAdvance(text) + 1.0 * MM <= width:
            ink = "#ffffff" if _dark(colour) else INK
            draw_text(
                painter,
                _middle(segment, metrics.height()),
                text,
                font,
                ink,
                Qt.AlignmentFlag.AlignHCenter,
            )
        x += width


def _cannot_say(
    painter: QPainter,
    rect: QRectF,
    bar: QRectF,
    geometry: Geometry,
    item: QuestionResult,
    font: QFont,
    metrics,
) -> None:
    """The count of "cannot say" on a chip of its colour, apart from the bar."""
    value = getattr(item.stats, "n_cannot_say", None)
    box = QRectF(rect.left() + geometry.cannot_left, bar.top(), geometry.cannot_width, bar.height())
    if value is None or not item.question.allows_cannot_say:
        draw_text(
            painter, _middle(box, metrics.height()), "–", font, MUTED, Qt.AlignmentFlag.AlignRight
        )
        return
    text = count(value)
    chip_width = max(metrics.horizontalAdvance(text) + 2.4 * MM, 7 * MM)
    chip = QRectF(box.right() - chip_width, box.top(), chip_width, box.height())
    painter.fillRect(chip, QColor(CANNOT_SAY))
    draw_text(
        painter, _middle(chip, metrics.height()), text, font, INK, Qt.AlignmentFlag.AlignHCenter
    )


def _dark(colour: str) -> bool:
    """Whether white text reads better than dark text on ``colour``."""
    c = QColor(colour)
    luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return luminance < 0.45
