"""Headline sentences: what most respondents thought, in the interface language.

"91 % of respondents agreed with “The training was practical” (n = 742)." — one sentence per
agreement item whose group is not withheld, the share being the top-2 share of the report
(rounded half up to whole percent), the item quoted as the questionnaire words it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.questionnaire import pick
from ...services.types import Overview, QuestionResult
from ..widgets.numbers import count, percent

#: Quotation marks: Finnish and Swedish use ” on both sides.
QUOTES = {"fi": ("\u201d", "\u201d"), "sv": ("\u201d", "\u201d"), "en": ("\u201c", "\u201d")}


def quoted(text: str, language: str) -> str:
    """An item's statement in quotation marks, without its closing full stop."""
    opening, closing = QUOTES.get(language, QUOTES["en"])
    return f"{opening}{text.strip().rstrip('.')}{closing}"


def item_sentence(result: QuestionResult, language: str) -> str | None:
    """The sentence of one agreement item, or None when its group is withheld or empty."""
    stats = result.stats
    if getattr(stats, "suppressed", True) or getattr(stats, "top2_pct", None) is None:
        return None
    statement = quoted(pick(result.question.text, language, result.question.id), language)
    return (
        QCoreApplication.translate(
            "HeadlineSentences", "%1 of respondents agreed with %2 (n = %3)."
        )
        .replace("%1", percent(stats.top2_pct, language, places=0))
        .replace("%2", statement)
        .replace("%3", count(stats.n))
    )


def headline_sentences(overview: Overview, language: str) -> list[str]:
    """One sentence per agreement item that is not withheld, in questionnaire order."""
    found = (item_sentence(result, language) for result in overview.agreement_items)
    return [sentence for sentence in found if sentence is not None]
