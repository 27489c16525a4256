"""What a summary covers, in words: the questionnaire, how many responses and sessions, their
dates, and the filters that chose them.

Read from the same count tables as the report itself, so the heading's number of completed
responses is the one ``feedback-app report`` and the review window give for the same filters.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.questionnaire import pick
from ..store import Store
from ..store.aggregates import Filters
from .aggregate import QuestionResult
from .workbook_texts import audience_name, format_date, language_name, text

_COVERED = """
SELECT coalesce(sum(c.n), 0), count(DISTINCT c.session_id), min(s.session_date),
       max(s.session_date)
FROM response_counts c JOIN sessions s ON s.id = c.session_id WHERE {where}
"""


@dataclass(frozen=True)
class SummaryHeading:
    """The lines above a summary's tables, already in the reader's language."""

    title: str
    facts: tuple[tuple[str, str | int], ...]
    """(label, value): completed responses, sessions, session dates"""
    selection: tuple[tuple[str, str], ...]
    """(label, value) per filter that is set; one "all responses" line when none is"""


def summary_heading(
    store: Store, filters: Filters, results: list[QuestionResult], language: str
) -> SummaryHeading:
    where, params = filters.where("c")
    responses, sessions, first, last = store.db.execute(
        _COVERED.format(where=where), params
    ).fetchone()
    facts: list[tuple[str, str | int]] = [
        (text(language, "completed"), int(responses)),
        (text(language, "sessions"), int(sessions)),
    ]
    if first:
        dates = format_date(first, language)
        if last != first:
            dates += f"–{format_date(last, language)}"
        facts.append((text(language, "session_dates"), dates))
    return SummaryHeading(
        _title(store, results, language), tuple(facts), _selection(store, filters, language)
    )


def _title(store: Store, results: list[QuestionResult], language: str) -> str:
    """ "Palaute koulutuksesta – yhteenveto": the questionnaires reported, newest wording."""
    newest: dict[str, int] = {}
    for result in results:
        if result.questionnaire_id and result.versions:
            qid = result.questionnaire_id
            newest[qid] = max(newest.get(qid, 0), *result.versions)
    titles = [
        pick(store.questionnaires.get(qid, version).title, language, qid)
        for qid, version in newest.items()
    ]
    if not titles:
        return text(language, "Summary")
    return f"{', '.join(titles)} – {text(language, 'summary')}"


def _selection(store: Store, filters: Filters, language: str) -> tuple[tuple[str, str], ...]:
    lines: list[tuple[str, str]] = []
    if filters.date_from or filters.date_to:
        lines.append((text(language, "dates"), _period(filters, language)))
    if filters.session_ids:
        marks = ", ".join("?" for _ in filters.session_ids)
        rows = store.db.execute(
            f"SELECT session_date, title FROM sessions WHERE id IN ({marks}) "
            "ORDER BY session_date, title",
            list(filters.session_ids),
        ).fetchall()
        names = "; ".join(f"{format_date(day, language)} {title}".strip() for day, title in rows)
        lines.append((text(language, "session"), names))
    if filters.organisations:
        lines.append((text(language, "organisation"), "; ".join(filters.organisations)))
    if filters.audiences:
        names = "; ".join(audience_name(code, language) for code in filters.audiences)
        lines.append((text(language, "audience"), names))
    if filters.languages:
        names = "; ".join(language_name(code, language) for code in filters.languages)
        lines.append((text(language, "language"), names))
    if filters.questionnaire_id:
        lines.append((text(language, "questionnaire"), _questionnaire(store, filters, language)))
    if filters.laptops:
        names = [
            text(language, "this_laptop") if laptop == store.laptop_id else laptop[:8]
            for laptop in filters.laptops
        ]
        lines.append((text(language, "laptop"), "; ".join(names)))
    return tuple(lines) or ((text(language, "selection"), text(language, "everything")),)


def _period(filters: Filters, language: str) -> str:
    if filters.date_from and filters.date_to:
        first = format_date(filters.date_from, language)
        return f"{first}–{format_date(filters.date_to, language)}"
    if filters.date_from:
        return text(language, "from", date=format_date(filters.date_from, language))
    return text(language, "until", date=format_date(filters.date_to or "", language))


def _questionnaire(store: Store, filters: Filters, language: str) -> str:
    qid = filters.questionnaire_id or ""
    version = filters.questionnaire_version or store.questionnaires.latest_version(qid)
    if version is None or not store.questionnaires.exists(qid, version):
        return qid
    title = pick(store.questionnaires.get(qid, version).title, language, qid)
    if filters.questionnaire_version is None:
        return title
    return text(language, "version", title=title, version=version)
