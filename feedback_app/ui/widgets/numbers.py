"""Numbers as each interface language writes them: 4,25 and 91,3 % in Finnish and Swedish,
4.25 and 91.3 % in English; thousands apart by a narrow space (1 234), as all three allow.
A ``language`` of None is the interface language installed now."""

from __future__ import annotations

from ...domain.statistics import format_fixed
from ..i18n import current_language

MISSING = "–"


def decimal(
    value: float | None, places: int, language: str | None = None, missing: str = MISSING
) -> str:
    """``value`` rounded half up to ``places`` decimals (``missing`` for None)."""
    text = format_fixed(value, places, missing)
    return text.replace(".", ",") if (language or current_language()) in ("fi", "sv") else text


def percent(
    value: float | None, language: str | None = None, places: int = 1, missing: str = MISSING
) -> str:
    """A percentage with a space before the sign, as all three languages write it: 91,3 %."""
    if value is None:
        return missing
    return f"{decimal(value, places, language)}\u00a0%"


def count(value: int) -> str:
    """A whole number with its thousands apart: 12 345."""
    return f"{value:,}".replace(",", "\u202f")
