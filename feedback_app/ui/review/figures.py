"""The numbers each view of the review shows, read from the report's own rows.

Every figure here is taken from ``QuestionResult.to_dict()``, the very row that
``feedback-app report --format json`` prints, so the chart, the comparison table and the trend
cannot show a number the report does not give: shares of a scale point are its count in that
row divided by the row's ``n``, and a withheld row gives no figure at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.questionnaire import Question
from ...services.types import QuestionResult

SCALE_TYPES = ("likert", "rating")

ItemKey = tuple[str, str, tuple[int, ...]]
"""(questionnaire id, question id, scale points): one item, counted over the versions whose
scale is the same (the report never adds up two different scales)."""


def item_key(result: QuestionResult) -> ItemKey:
    return (result.questionnaire_id, result.question.id, tuple(result.question.scale_values()))


@dataclass(frozen=True)
class ItemFigures:
    """One scale item in one group, as the report gives it."""

    key: ItemKey
    question: Question
    n: int
    """valid answers (shown even when withheld: a count is never withheld)"""
    responses: int
    """completed responses that had the question: valid answers and missing ones"""
    withheld: bool
    mean: float | None
    top2_pct: float | None
    counts: tuple[int, ...] | None
    """per scale point, lowest first; None when withheld"""
    cannot_say: int | None

    @property
    def points(self) -> tuple[int, ...]:
        return self.key[2]

    @property
    def shares(self) -> tuple[float, ...] | None:
        """Per scale point, percent of ``n`` (None when withheld or nobody answered)."""
        if self.counts is None or not self.n:
            return None
        return tuple(100 * c / self.n for c in self.counts)

    @property
    def has_bars(self) -> bool:
        return self.shares is not None


def item_figures(result: QuestionResult) -> ItemFigures:
    """The figures of one scale result, from its report row."""
    row = result.to_dict()
    counts = row["counts"]
    points = result.question.scale_values()
    return ItemFigures(
        key=item_key(result),
        question=result.question,
        n=row["n"],
        responses=row["n"] + row["n_missing"],
        withheld=bool(row["suppressed"]),
        mean=row["mean"],
        top2_pct=row["top2_pct"],
        counts=None if counts is None else tuple(counts[str(p)] for p in points),
        cannot_say=row.get("n_cannot_say"),
    )


def scale_items(results: list[QuestionResult], types: tuple[str, ...] = SCALE_TYPES):
    """The figures of the results whose question is of ``types``, in report order."""
    return [item_figures(r) for r in results if r.question.type in types]


def diverging_segments(item: ItemFigures) -> list[tuple[int, float]]:
    """(scale point index, signed length) of each segment of a diverging bar: the points
    below the middle to the left of zero (negative), those above to the right, and the
    neutral middle point of an odd scale split into two halves around zero. Empty when the
    item has no bars (withheld, or nobody answered)."""
    shares = item.shares
    if shares is None:
        return []
    middle = len(shares) // 2
    odd = len(shares) % 2 == 1
    segments: list[tuple[int, float]] = []
    for index, share in enumerate(shares):
        if odd and index == middle:
            segments += [(index, -share / 2), (index, share / 2)]
        else:
            segments.append((index, -share if index < middle else share))
    return segments


@dataclass(frozen=True)
class TrendPoint:
    """One month of an item's trend; ``value`` None is a gap (withheld, or no responses)."""

    month: str
    n: int
    withheld: bool
    mean: float | None
    top2_pct: float | None

    def value(self, measure: str) -> float | None:
        return self.mean if measure == "mean" else self.top2_pct


def trend_points(results: list[QuestionResult], key: ItemKey) -> list[TrendPoint]:
    """Every month from the first to the last with responses, oldest first; the months in
    between that nobody answered are there too, as gaps, so the time axis is even."""
    by_month: dict[str, ItemFigures] = {}
    for result in results:
        if item_key(result) == key and "month" in result.group:
            by_month[result.group["month"]] = item_figures(result)
    if not by_month:
        return []
    points: list[TrendPoint] = []
    for month in _months(min(by_month), max(by_month)):
        figures = by_month.get(month)
        if figures is None:
            points.append(TrendPoint(month, 0, False, None, None))
        else:
            points.append(
                TrendPoint(month, figures.n, figures.withheld, figures.mean, figures.top2_pct)
            )
    return points


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months: list[str] = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
