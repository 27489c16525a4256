"""The colours of agreement: one palette for the window's charts, the PDF and the session
details, so a scale point looks the same everywhere.

Disagreement in warm colours, the neutral point grey, agreement in blues, "cannot say" apart in
a light neutral; each pair of neighbours differs in lightness too, so the bars read in grey
print and for colour-blind readers (the blues and oranges of ColorBrewer's diverging schemes).
"""

from __future__ import annotations

#: From strong disagreement to strong agreement, for scales of 2 to 7 points.
_DIVERGING = {
    2: ("#e08214", "#2166ac"),
    3: ("#e08214", "#b0b0b0", "#2166ac"),
    4: ("#b35806", "#fdb863", "#92c5de", "#2166ac"),
    5: ("#b35806", "#fdb863", "#b0b0b0", "#92c5de", "#2166ac"),
    6: ("#b35806", "#e08214", "#fdb863", "#92c5de", "#4393c3", "#2166ac"),
    7: ("#b35806", "#e08214", "#fdb863", "#b0b0b0", "#92c5de", "#4393c3", "#2166ac"),
}
CANNOT_SAY = "#d9d4cc"
WITHHELD = "#eeeeee"
TEXT = "#1d2733"
GRID = "#c8ced6"


def scale_colours(points: int) -> tuple[str, ...]:
    """One colour per scale point, lowest first (a longer scale repeats the ends)."""
    if points in _DIVERGING:
        return _DIVERGING[points]
    if points < 2:
        return ("#2166ac",) * points
    half = points // 2
    warm, cold = _DIVERGING[7][:3], _DIVERGING[7][4:]
    middle = ("#b0b0b0",) if points % 2 else ()
    # strong at the ends, light next to the middle
    return (
        tuple(warm[min(i, 2)] for i in range(half))
        + middle
        + tuple(cold[max(0, 2 - (half - 1 - i))] for i in range(half))
    )


def neutral_index(points: int) -> int | None:
    """The position of the neutral point (the middle of an odd scale), or None."""
    return points // 2 if points % 2 else None
