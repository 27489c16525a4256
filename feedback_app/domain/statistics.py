"""Statistics of one question in one group, computed from counts per answer value.

The store keeps counts per (group, question, value) up to date as answers are written, so a
report over a million responses reads thousands of count rows instead of millions of answers.
Every number we publish (n, mean, sd, median, top-2 %, Wilson interval, NPS, choice %) is a
function of those counts, and this module is the single place that says how. The definitions,
with a worked example to recompute by hand, are in ``docs/statistics.md``.

The caller passes counts of *valid* answers of *completed* responses only: "cannot say" and
unanswered go into ``n_missing`` and never into a count, and incomplete responses count nowhere.

Results keep full precision; ``rounded()`` and ``to_dict()`` give what outputs show (means,
standard deviations and medians to 2 decimals, percentages to 1 decimal, half away from zero
as a spreadsheet's ROUND does).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

DEFAULT_MINIMUM_N = 5
"""Groups with fewer completed responses than this have their statistics withheld."""

Z_95 = 1.959963984540054
"""The 97.5 % quantile of the standard normal distribution: a two-sided 95 % interval."""

STAT_DECIMALS = 2
"""Decimals shown for mean, standard deviation and median."""

PERCENT_DECIMALS = 1
"""Decimals shown for every percentage (top-2, bottom-2, interval ends, NPS, choice %)."""

NPS_SCALE = tuple(range(11))
"""The only scale NPS is defined for: 0-10."""


def round_half_up(value: float | None, decimals: int) -> float | None:
    """Round as a spreadsheet's ROUND does (half away from zero), so readers get our digits.

    Python's ``round`` rounds half to even on the binary value (``round(4.125, 2) == 4.12``),
    which would make a hand check disagree in the last digit. We round the shortest decimal
    representation of the float instead. ``None`` (a withheld or undefined value) stays None.
    """
    if value is None:
        return None
    quantum = Decimal(1).scaleb(-decimals)
    result = float(Decimal(repr(value)).quantize(quantum, rounding=ROUND_HALF_UP))
    return result + 0.0  # turns -0.0 into 0.0


def format_fixed(value: float | None, decimals: int, missing: str = "") -> str:
    """Text for a table cell: rounded as ``round_half_up``, fixed decimals, ``missing`` for None."""
    rounded = round_half_up(value, decimals)
    return missing if rounded is None else f"{rounded:.{decimals}f}"


def wilson_interval(successes: int, n: int, z: float = Z_95) -> tuple[float, float] | None:
    """The Wilson score interval of a proportion, as (low, high) proportions between 0 and 1.

    Chosen over the textbook p +- z*sqrt(p(1-p)/n) because it stays inside 0..1 and keeps
    its coverage for the small groups and extreme shares feedback produces (e.g. 10 of 10).
    ``None`` when n is 0: there is no proportion to estimate.
    """
    if n < 0 or not 0 <= successes <= n:
        raise ValueError(f"need 0 <= successes <= n, got {successes} of {n}")
    if n == 0:
        return None
    p = successes / n
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half_width = z / denominator * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n))
    # At p = 0 or 1 one end is exactly 0 or 1 in theory; floats would leave a 1e-17 residue.
    low = 0.0 if successes == 0 else max(0.0, centre - half_width)
    high = 1.0 if successes == n else min(1.0, centre + half_width)
    return low, high


def _is_suppressed(n: int, n_missing: int, n_responses: int | None, minimum_n: int) -> bool:
    """Whether a group is too small to show: fewer completed responses than ``minimum_n``."""
    if n_missing < 0 or minimum_n < 0:
        raise ValueError("n_missing and minimum_n must not be negative")
    if n_responses is None:
        n_responses = n + n_missing
    if n_responses < n + n_missing:
        raise ValueError(
            f"n_responses ({n_responses}) is less than answered + missing ({n + n_missing})"
        )
    return n_responses < minimum_n


def _percent(part: int, whole: int) -> float:
    return 100 * part / whole


@dataclass(frozen=True)
class ScaleStats:
    """Statistics of one likert or rating question in one group.

    ``n`` counts valid numeric answers; ``n_missing`` counts "cannot say" and unanswered.
    Percentages are shares of ``n`` in percent; ``top2_ci`` is the 95 % Wilson interval of
    ``top2_pct``, also in percent. When ``suppressed``, everything except ``n`` and
    ``n_missing`` is None, so no output can leak a small group's answers by accident.
    ``nps_applies`` says whether the question is a 0-10 rating for which NPS is reported
    (``nps`` may still be None: suppressed or no answers).
    """

    n: int
    n_missing: int
    mean: float | None
    sd: float | None
    median: float | None
    counts: dict[int, int] | None
    top2_pct: float | None
    bottom2_pct: float | None
    top2_ci: tuple[float, float] | None
    nps: float | None
    suppressed: bool
    nps_applies: bool = False
    n_cannot_say: int | None = None
    """of ``n_missing``, the "cannot say" answers (None when suppressed or not counted)"""

    def rounded(self) -> ScaleStats:
        """A copy rounded as outputs show it: stats to 2 decimals, percentages to 1."""
        ci = self.top2_ci
        return replace(
            self,
            mean=round_half_up(self.mean, STAT_DECIMALS),
            sd=round_half_up(self.sd, STAT_DECIMALS),
            median=round_half_up(self.median, STAT_DECIMALS),
            top2_pct=round_half_up(self.top2_pct, PERCENT_DECIMALS),
            bottom2_pct=round_half_up(self.bottom2_pct, PERCENT_DECIMALS),
            top2_ci=None if ci is None else (_round_pct(ci[0]), _round_pct(ci[1])),
            nps=round_half_up(self.nps, PERCENT_DECIMALS),
        )

    def to_dict(self, *, full_precision: bool = False) -> dict[str, Any]:
        """JSON-ready statistics, rounded as outputs show them unless ``full_precision``.

        Count keys are the scale points as strings ("1", "2", ...), lowest first; ``nps``
        is present only for questions it applies to.
        """
        stats = self if full_precision else self.rounded()
        data: dict[str, Any] = {
            "n": stats.n,
            "n_missing": stats.n_missing,
            "mean": stats.mean,
            "sd": stats.sd,
            "median": stats.median,
            "counts": None
            if stats.counts is None
            else {str(int(value)): count for value, count in stats.counts.items()},
            "top2_pct": stats.top2_pct,
            "top2_ci": None if stats.top2_ci is None else list(stats.top2_ci),
            "bottom2_pct": stats.bottom2_pct,
        }
        if stats.nps_applies:
            data["nps"] = stats.nps
        data["n_cannot_say"] = stats.n_cannot_say
        data["suppressed"] = stats.suppressed
        return data


def _round_pct(value: float) -> float:
    rounded = round_half_up(value, PERCENT_DECIMALS)
    assert rounded is not None
    return rounded


def _scale_counts(counts: Mapping[float, int], scale_points: Sequence[int]) -> dict[int, int]:
    """Counts for every scale point, lowest first, zeros filled in; refuses foreign values.

    A value outside the scale means the data and the questionnaire disagree; averaging it in
    silently would publish a wrong number, so it is an error.
    """
    points = sorted(int(p) for p in scale_points)
    if len(points) < 2 or len(set(points)) != len(points):
        raise ValueError(f"a scale needs at least two distinct points, got {list(scale_points)}")
    foreign = [value for value in counts if value not in points]
    if foreign:
        raise ValueError(f"values {foreign} are not points of the scale {points}")
    if any(count < 0 for count in counts.values()):
        raise ValueError("counts must not be negative")
    return {point: int(counts.get(point, 0)) for point in points}


def _value_at_rank(counts: Mapping[int, int], rank: int) -> int:
    """The ``rank``-th smallest answer (1-based) in the list the counts stand for."""
    seen = 0
    for value, count in counts.items():
        seen += count
        if seen >= rank:
            return value
    raise ValueError(f"rank {rank} is beyond the {seen} answers")


def _median(counts: Mapping[int, int], n: int) -> float:
    """The middle answer; for even n the mean of the two middle answers (as MEDIAN does)."""
    lower = _value_at_rank(counts, (n + 1) // 2)
    upper = _value_at_rank(counts, n // 2 + 1)
    return (lower + upper) / 2


def _mean_sd(counts: Mapping[int, int], n: int) -> tuple[float, float | None]:
    """Mean and sample standard deviation (n - 1), exact in fractions until the final float.

    Exact sums keep the result identical to AVERAGE / statistics.mean on the expanded list
    and free of the cancellation error of the sum-of-squares shortcut.
    """
    mean = Fraction(sum(value * count for value, count in counts.items()), n)
    if n < 2:
        return float(mean), None
    squares = sum(count * (value - mean) ** 2 for value, count in counts.items())
    return float(mean), math.sqrt(squares / (n - 1))


def _nps(counts: Mapping[int, int], n: int) -> float:
    """Net promoter score: % answering 9-10 minus % answering 0-6."""
    promoters = counts[9] + counts[10]
    detractors = sum(counts[value] for value in range(7))
    return _percent(promoters, n) - _percent(detractors, n)


def scale_stats(
    counts: Mapping[float, int],
    scale_points: Sequence[int],
    n_missing: int,
    *,
    minimum_n: int,
    n_responses: int | None = None,
    nps: bool = False,
) -> ScaleStats:
    """Statistics of a scale question in one group from its counts per scale point.

    ``counts`` maps answer value to how many valid answers had it (values may come back from
    SQLite as floats, 4.0 for 4). ``n_responses`` is the group's number of completed
    responses, the figure the minimum group size is checked against; it defaults to
    answered + missing. ``nps`` asks for the net promoter score (0-10 scales only).
    """
    if nps and tuple(sorted(scale_points)) != NPS_SCALE:
        raise ValueError("NPS is defined only for a 0-10 scale")
    full = _scale_counts(counts, scale_points)
    n = sum(full.values())
    if _is_suppressed(n, n_missing, n_responses, minimum_n):
        return ScaleStats(n, n_missing, None, None, None, None, None, None, None, None, True, nps)
    if n == 0:
        return ScaleStats(n, n_missing, None, None, None, full, None, None, None, None, False, nps)
    mean, sd = _mean_sd(full, n)
    values = list(full)
    top2 = full[values[-1]] + full[values[-2]]
    interval = wilson_interval(top2, n)
    assert interval is not None  # n > 0 here
    return ScaleStats(
        n=n,
        n_missing=n_missing,
        mean=mean,
        sd=sd,
        median=_median(full, n),
        counts=full,
        top2_pct=_percent(top2, n),
        bottom2_pct=_percent(full[values[0]] + full[values[1]], n),
        top2_ci=(100 * interval[0], 100 * interval[1]),
        nps=_nps(full, n) if nps else None,
        suppressed=False,
        nps_applies=nps,
    )


@dataclass(frozen=True)
class ChoiceStats:
    """Counts and percentages per option of a single or multiple choice question.

    ``n`` is the number of respondents who answered the question; each option's percent is
    its count as a share of ``n``, so for multiple choice the percentages may add up to more
    than 100. Suppressed like ``ScaleStats``: only ``n`` and ``n_missing`` remain.
    """

    n: int
    n_missing: int
    counts: dict[str, int] | None
    percents: dict[str, float] | None
    suppressed: bool

    def rounded(self) -> ChoiceStats:
        """A copy with percentages rounded to 1 decimal, as outputs show them."""
        if self.percents is None:
            return self
        return replace(
            self, percents={code: _round_pct(pct) for code, pct in self.percents.items()}
        )

    def to_dict(self, *, full_precision: bool = False) -> dict[str, Any]:
        """JSON-ready statistics, options in questionnaire order, rounded unless asked not to."""
        stats = self if full_precision else self.rounded()
        return {
            "n": stats.n,
            "n_missing": stats.n_missing,
            "counts": None if stats.counts is None else dict(stats.counts),
            "percents": None if stats.percents is None else dict(stats.percents),
            "suppressed": stats.suppressed,
        }


def choice_stats(
    counts: Mapping[str, int],
    options: Sequence[str],
    n: int,
    n_missing: int,
    *,
    minimum_n: int,
    n_responses: int | None = None,
    multiple: bool = False,
) -> ChoiceStats:
    """Statistics of a choice question in one group from its counts per option code.

    ``n`` (respondents who answered) is passed in because for multiple choice it cannot be
    read off the counts: one respondent may tick several options. For single choice the
    counts must add up to ``n``, which catches a caller mixing up the two.
    """
    foreign = [code for code in counts if code not in options]
    if foreign:
        raise ValueError(f"option codes {foreign} are not options of the question")
    full = {str(code): int(counts.get(code, 0)) for code in options}
    total = sum(full.values())
    if n < 0 or any(count < 0 or count > n for count in full.values()):
        raise ValueError("counts must be between 0 and n")
    if (not multiple and total != n) or (multiple and total < n):
        raise ValueError(f"option counts ({total}) do not fit {n} respondents")
    if _is_suppressed(n, n_missing, n_responses, minimum_n):
        return ChoiceStats(n, n_missing, None, None, True)
    percents = None if n == 0 else {code: _percent(c, n) for code, c in full.items()}
    return ChoiceStats(n, n_missing, full, percents, False)
