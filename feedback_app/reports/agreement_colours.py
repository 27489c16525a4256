"""The colours of agreement in the workbook's chart.

They must stay equal to the palette of the window's and the PDF's charts,
``feedback_app/ui/review/palette.py`` (a test compares the two): the reports layer may not
import the ui package, so the values are copied here. Disagreement in warm colours, the
neutral point grey, agreement in blues, "cannot say" apart in a light neutral.
"""

from __future__ import annotations

#: From strong disagreement to strong agreement, for scales of 2 to 7 points.
DIVERGING = {
    2: ("#e08214", "#2166ac"),
    3: ("#e08214", "#b0b0b0", "#2166ac"),
    4: ("#b35806", "#fdb863", "#92c5de", "#2166ac"),
    5: ("#b35806", "#fdb863", "#b0b0b0", "#92c5de", "#2166ac"),
    6: ("#b35806", "#e08214", "#fdb863", "#92c5de", "#4393c3", "#2166ac"),
    7: ("#b35806", "#e08214", "#fdb863", "#b0b0b0", "#92c5de", "#4393c3", "#2166ac"),
}
NEUTRAL = "#b0b0b0"
CANNOT_SAY = "#d9d4cc"
TEXT = "#1d2733"
GRID = "#c8ced6"


def scale_colours(points: int) -> tuple[str, ...]:
    """One colour per scale point, lowest first (a longer scale repeats the ends), as the
    window's ``scale_colours``."""
    if points in DIVERGING:
        return DIVERGING[points]
    if points < 2:
        return ("#2166ac",) * points
    half = points // 2
    warm, cold = DIVERGING[7][:3], DIVERGING[7][4:]
    middle = (NEUTRAL,) if points % 2 else ()
    return (
        tuple(warm[min(i, 2)] for i in range(half))
        + middle
        + tuple(cold[max(0, 2 - (half - 1 - i))] for i in range(half))
    )


def neutral_index(points: int) -> int | None:
    """The position of the neutral point (the middle of an odd scale), or None."""
    return points // 2 if points % 2 else None
