"""The Summary sheet's chart of the agreement items: diverging stacked bars, as in the window.

For each item the shares of the answers on the scale: disagreement to the left of zero, the
neutral point split half to each side, agreement to the right, coloured from the window's
palette (``agreement_colours``). "Cannot say" is not a point of the scale and is not in those
shares (nor in the top-two %), so it has a small chart of its own beside the first, on the
same rows, as a share of the responses that had the question (as the window draws it): stacked
onto the bars it would stretch them past 100 % and read as one more degree of agreement.

Spreadsheets stack negative values outwards from zero in series order, so the series plotted
run from the neutral half outwards, which is not the order a legend should read. The legend
therefore comes from series of their own that hold no values, in the scale's order; the
plotted series are taken out of it. Excel and LibreOffice count those legend entries from
opposite ends, so the plotted series sit at both ends in equal numbers, and either count takes
out the same entries.

Below the chart, the table of the shares it draws (its headings coloured as the bars), and
to the right of it, in hidden columns, the chart's signed series. Every cell is a plain
number: no formulas.
"""

from __future__ import annotations

import math
import textwrap
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..domain.questionnaire import pick
from ..domain.statistics import ScaleStats
from .aggregate import QuestionResult
from .agreement_colours import CANNOT_SAY, GRID, TEXT, neutral_index, scale_colours
from .export_rows import neutralise
from .workbook_texts import percent_format, text
from .xlsx_formats import Formats, fit_row

SHEET = "Summary"
SERIES_COLUMN = 16
"""The first (hidden) column of the chart's series, right of every table."""
LABEL_WIDTH = 46
"""Characters per line of a question in the chart's labels."""
CHART_WIDTH = 900
CANNOT_SAY_WIDTH = 230
ROW_HEIGHT = 20
TOP, BOTTOM, PER_ITEM = 44.0, 84.0, 46.0
"""Pixels above the plot (title), below it (axis title, legend) and per item."""


def chart_items(results: list[QuestionResult]) -> list[QuestionResult]:
    """The likert items with shown counts, on the scale most of them share."""
    likert = [
        r
        for r in results
        if r.question.type == "likert" and isinstance(r.stats, ScaleStats) and r.stats.counts
    ]
    if not likert:
        return []
    scales = Counter(tuple(r.question.scale_values()) for r in likert)
    common = scales.most_common(1)[0][0]
    return [r for r in likert if tuple(r.question.scale_values()) == common]


@dataclass(frozen=True)
class Shares:
    """What the chart and its table show of one item, as fractions of 1."""

    points: tuple[float | None, ...]
    """per scale point, of the answers on the scale (None without any)"""
    n: int
    cannot_say: int | None
    cannot_say_share: float | None
    """of the responses that had the question (as in the window: blank answers too)"""


def shares(result: QuestionResult) -> Shares:
    stats = result.stats
    assert isinstance(stats, ScaleStats) and stats.counts is not None
    n = stats.n
    points = tuple(_share(stats.counts.get(p, 0), n) for p in result.question.scale_values())
    cannot = stats.n_cannot_say if result.question.allows_cannot_say else None
    responses = n + stats.n_missing
    return Shares(points, n, cannot, None if cannot is None else _share(cannot, responses))


def _share(part: int, whole: int) -> float | None:
    """A share rounded as a percentage with one decimal is, as a fraction: 0.913."""
    if not whole:
        return None
    percent = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), "ROUND_HALF_UP")
    return float(percent / 100)


def distribution_headings(items: list[QuestionResult], language: str) -> list[str]:
    """The headings of the table below the chart (none without items)."""
    if not items:
        return []
    question = items[0].question
    labels = [question.option_label(p, language) for p in question.scale_values()]
    headings = [text(language, "question"), *labels, text(language, "n")]
    return [*headings, text(language, "cannot_say"), text(language, "cannot_say_share")]


def plotted_series(points: int) -> tuple[list[int], list[int]]:
    """Scale positions of the series on each side of zero, nearest zero first; the neutral
    point (an odd scale's middle) is on both sides, half each."""
    half = points // 2
    middle = neutral_index(points)
    left = ([middle] if middle is not None else []) + list(range(half - 1, -1, -1))
    right = ([middle] if middle is not None else []) + list(range(points - half, points))
    return left, right


def write_agreement_chart(
    book: Any,
    sheet: Any,
    formats: Formats,
    widths: list[float],
    items: list[QuestionResult],
    first: int,
    language: str,
) -> int:
    """The two charts at row ``first``, their table below; returns the next free row."""
    question = items[0].question
    labels = [question.option_label(p, language) for p in question.scale_values()]
    colours = scale_colours(len(labels))
    left, right = plotted_series(len(labels))
    height = int(TOP + BOTTOM + PER_ITEM * len(items))
    table = first + math.ceil(height / ROW_HEIGHT) + 1
    rows = _distribution_table(book, sheet, formats, widths, items, table, language)
    blank = SERIES_COLUMN + len(left) + len(right)
    sheet.set_column(SERIES_COLUMN, blank, None, None, {"hidden": True})
    main = _diverging_chart(book, rows, labels, colours, left, right, blank, height, language)
    sheet.insert_chart(first, 0, main, {"object_position": 3})
    if any(result.question.allows_cannot_say for result in items):
        column = len(labels) + 3
        side = _cannot_say_chart(book, rows, column, items, height, language)
        sheet.insert_chart(first, 0, side, {"x_offset": CHART_WIDTH + 8, "object_position": 3})
    sheet.write_string(rows[1] + 1, 0, text(language, "note_distribution"), formats.note)
    return rows[1] + 2


def _distribution_table(
    book: Any,
    sheet: Any,
    formats: Formats,
    widths: list[float],
    items: list[QuestionResult],
    table: int,
    language: str,
) -> tuple[int, int]:
    """The shares per item from row ``table`` (and the chart's signed series in the hidden
    columns beside them); returns the first and last row of the items."""
    question = items[0].question
    labels = [question.option_label(p, language) for p in question.scale_values()]
    colours = scale_colours(len(labels))
    left, right = plotted_series(len(labels))
    sheet.write_string(table, 0, text(language, "distribution"), formats.section)
    sheet.write_string(table, SERIES_COLUMN, text(language, "chart_series"), formats.note)
    headings = distribution_headings(items, language)
    fit_row(sheet, table + 1, ((h, widths[k], True) for k, h in enumerate(headings)))
    for column, heading in enumerate(headings):
        fill = colours[column - 1] if 1 <= column <= len(labels) else None
        sheet.write_string(table + 1, column, neutralise(heading), _heading(book, formats, fill))
    sheet.write_row(table + 1, SERIES_COLUMN, [labels[p] for p in (*left, *right)], formats.heading)
    start = table + 2
    for row, result in enumerate(items, start=start):
        share = shares(result)
        wording = pick(result.question.text, language, result.question_id)
        label = neutralise(textwrap.fill(wording, LABEL_WIDTH))
        fit_row(sheet, row, [(label, widths[0], False)])
        sheet.write_string(row, 0, label, formats.question)
        cells = [*share.points, share.n, share.cannot_say, share.cannot_say_share]
        kinds = [formats.percent] * len(labels) + [formats.integer] * 2 + [formats.percent]
        for column, (value, kind) in enumerate(zip(cells, kinds, strict=True), start=1):
            _number(sheet, row, column, value, kind)
        for column, value in enumerate(_signed(share.points, left, right), start=SERIES_COLUMN):
            _number(sheet, row, column, value, formats.percent)
    return start, start + len(items) - 1


def _heading(book: Any, formats: Formats, fill: str | None) -> Any:
    """A heading on the colour of its bars, in white or dark text, whichever reads better."""
    if fill is None:
        return formats.heading
    light = _contrast(fill, "#ffffff") < _contrast(fill, TEXT)
    return book.add_format(
        {
            "bold": True,
            "text_wrap": True,
            "valign": "top",
            "bottom": 1,
            "bg_color": fill,
            "font_color": TEXT if light else "#ffffff",
        }
    )


def _luminance(colour: str) -> float:
    """The relative luminance of a #rrggbb colour (WCAG 2)."""
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _number(sheet: Any, row: int, column: int, value: float | int | None, fmt: Any) -> None:
    if value is not None:
        sheet.write_number(row, column, value, fmt)


def _signed(
    points: tuple[float | None, ...], left: list[int], right: list[int]
) -> list[float | None]:
    """The plotted values: left of zero negative, the neutral point half on each side."""
    middle = len(points) // 2 if len(points) % 2 else None

    def part(p: int, sign: int) -> float | None:
        value = points[p]
        if value is None:
            return None
        return sign * (value / 2 if p == middle else value)

    return [part(p, -1) for p in left] + [part(p, 1) for p in right]


def _layout(height: int) -> dict[str, float]:
    """The plot's place in a chart ``height`` pixels high: the same in both charts, so that
    their bars stand on the same lines."""
    return {"y": TOP / height, "height": (height - TOP - BOTTOM) / height}


def _diverging_chart(
    book: Any,
    rows: tuple[int, int],
    labels: list[str],
    colours: tuple[str, ...],
    left: list[int],
    right: list[int],
    blank: int,
    height: int,
    language: str,
) -> Any:
    start, last = rows
    categories = [SHEET, start, 0, last, 0]
    chart = book.add_chart({"type": "bar", "subtype": "stacked"})

    def add(name: str, colour: str, column: int, border: bool = True) -> None:
        chart.add_series(
            {
                "name": name,
                "categories": categories,
                "values": [SHEET, start, column, last, column],
                "fill": {"color": colour},
                "border": {"color": "#ffffff", "width": 0.75} if border else {"none": True},
                "gap": 45,
                "overlap": 100,
            }
        )

    for k, p in enumerate(left):
        add(labels[p], colours[p], SERIES_COLUMN + k)
    for p, label in enumerate(labels):  # the legend, in the scale's order
        add(label, colours[p], blank, border=False)
    for k, p in enumerate(right):
        add(labels[p], colours[p], SERIES_COLUMN + len(left) + k)
    total = len(left) + len(labels) + len(right)
    hidden = [*range(len(left)), *range(len(left) + len(labels), total)]
    chart.set_legend({"position": "bottom", "delete_series": hidden, "font": {"size": 9}})
    chart.set_title({"name": text(language, "chart_title"), "name_font": {"size": 12}})
    chart.set_x_axis(
        {
            "min": -1,
            "max": 1,
            "major_unit": 0.25,
            "num_format": percent_format(0, signed=False),
            "num_font": {"size": 9},
            "major_gridlines": {"visible": True, "line": {"color": GRID}},
            "name": text(language, "chart_axis"),
            "name_font": {"size": 9, "bold": False},
        }
    )
    chart.set_y_axis(
        {
            "reverse": True,
            "label_position": "low",
            "num_font": {"size": 9},
            "crossing": "max",
            "major_tick_mark": "none",
            "line": {"color": TEXT, "width": 1},
        }
    )
    chart.set_plotarea({"layout": {"x": 0.36, "width": 0.6, **_layout(height)}})
    chart.set_size({"width": CHART_WIDTH, "height": height})
    chart.show_hidden_data()
    return chart


def _cannot_say_chart(
    book: Any,
    rows: tuple[int, int],
    column: int,
    items: list[QuestionResult],
    height: int,
    language: str,
) -> Any:
    start, last = rows
    words = pick(items[0].question.cannot_say, language) or text(language, "cannot_say")
    chart = book.add_chart({"type": "bar"})
    chart.add_series(
        {
            "name": words,
            "categories": [SHEET, start, 0, last, 0],
            "values": [SHEET, start, column, last, column],
            "fill": {"color": CANNOT_SAY},
            "border": {"color": "#ffffff", "width": 0.75},
            "gap": 45,
            "data_labels": {
                "value": True,
                "num_format": percent_format(0),
                "font": {"size": 9},
            },
        }
    )
    largest = max((shares(r).cannot_say_share or 0.0 for r in items), default=0.0)
    chart.set_legend({"none": True})
    chart.set_title({"name": words, "name_font": {"size": 12}})
    chart.set_x_axis(
        {
            "min": 0,
            "max": 0.5 if largest <= 0.4 else 1,
            "major_unit": 0.25,
            "num_format": percent_format(0),
            "num_font": {"size": 9},
            "major_gridlines": {"visible": True, "line": {"color": GRID}},
            "name": text(language, "cannot_say_axis"),
            "name_font": {"size": 9, "bold": False},
        }
    )
    chart.set_y_axis(
        {
            "reverse": True,
            "label_position": "none",
            "crossing": "max",
            "major_tick_mark": "none",
            "line": {"color": TEXT, "width": 1},
        }
    )
    chart.set_plotarea({"layout": {"x": 0.08, "width": 0.84, **_layout(height)}})
    chart.set_size({"width": CANNOT_SAY_WIDTH, "height": height})
    return chart
