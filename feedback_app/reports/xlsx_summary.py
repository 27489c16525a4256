"""The Summary sheet of the Excel export: the report table and a chart of the agreement items.

The figures are those of ``report()`` (see docs/statistics.md), rounded as every output shows
them; a group below the minimum size shows "fewer than N responses" instead of its figures.
The chart is a native Excel chart over a small table of answer counts below the summary, so
it stays live if someone corrects a number.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..domain.questionnaire import pick
from ..domain.statistics import ChoiceStats, ScaleStats
from .aggregate import QuestionResult

SUMMARY_COLUMNS = (
    "question_id",
    "question",
    "group",
    "n",
    "missing",
    "mean",
    "sd",
    "median",
    "top2_pct",
    "top2_ci_low",
    "top2_ci_high",
    "bottom2_pct",
    "options_pct",
)


def group_label(result: QuestionResult) -> str:
    return "; ".join(f"{key}: {value}" for key, value in result.group.items()) or "all"


def write_summary(
    book: Any,
    bold: Any,
    results: list[QuestionResult],
    overall: list[QuestionResult],
    minimum_n: int,
    language: str,
) -> None:
    """The table of ``results``; the chart shows the likert items of ``overall`` (ungrouped)."""
    sheet = book.add_worksheet("Summary")
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 1, 50)
    sheet.set_column(2, 2, 30)
    sheet.set_column(3, 12, 11)
    sheet.write_row(0, 0, SUMMARY_COLUMNS, bold)
    row = 0
    for result in results:
        row += 1
        sheet.write_row(row, 0, _summary_row(result, minimum_n, language))
    items = _chart_items(overall)
    if items:
        _chart(book, sheet, bold, items, row + 2, language)


def _summary_row(result: QuestionResult, minimum_n: int, language: str) -> list[Any]:
    stats = result.stats
    start = [result.question_id, pick(result.question.text, language), group_label(result)]
    start += [stats.n, stats.n_missing]
    if stats.suppressed:
        return [*start, f"fewer than {minimum_n} responses"]
    if isinstance(stats, ScaleStats):
        s = stats.rounded()
        low, high = s.top2_ci if s.top2_ci is not None else (None, None)
        return [*start, s.mean, s.sd, s.median, s.top2_pct, low, high, s.bottom2_pct]
    if isinstance(stats, ChoiceStats) and stats.percents is not None:
        percents = stats.rounded().percents or {}
        text = "; ".join(f"{code} {pct} %" for code, pct in percents.items())
        return [*start, None, None, None, None, None, None, None, text]
    return start


def _chart_items(results: list[QuestionResult]) -> list[QuestionResult]:
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


def _chart(
    book: Any, sheet: Any, bold: Any, items: list[QuestionResult], first: int, language: str
) -> None:
    """Counts per scale point of each item (rows from ``first``) and a 100 % stacked bar chart."""
    question = items[0].question
    points = question.scale_values()
    labels = [question.option_label(p, language) for p in points]
    sheet.write_string(first, 0, "Answers per scale point (chart data)", bold)
    sheet.write_row(first + 1, 0, ["question_id", "question", *labels], bold)
    for i, result in enumerate(items, start=first + 2):
        counts = result.stats.counts or {}
        text = pick(result.question.text, language)
        sheet.write_row(i, 0, [result.question_id, text, *(counts.get(p, 0) for p in points)])
    last = first + 1 + len(items)
    chart = book.add_chart({"type": "bar", "subtype": "percent_stacked"})
    for k, label in enumerate(labels):
        chart.add_series(
            {
                "name": label,
                "categories": ["Summary", first + 2, 0, last, 0],
                "values": ["Summary", first + 2, 2 + k, last, 2 + k],
            }
        )
    chart.set_title({"name": "Agreement items: share of answers per scale point"})
    chart.set_y_axis({"reverse": True})
    chart.set_legend({"position": "bottom"})
    chart.set_size({"width": 760, "height": 120 + 40 * len(items)})
    sheet.insert_chart(1, 14, chart)
