"""The words of the PDF report that depend on the data: the selection on the cover, question
and group labels. Translated with the translator installed for the report's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.questionnaire import pick
from ...services import Services
from ...services.types import Filters, QuestionResult
from ..trainer.labels import audience_label
from ..widgets.dates import format_date

ResultKey = tuple[str, str, tuple[int, ...]]
"""(questionnaire id, question id, versions): one reported question."""


def language_name(code: str) -> str:
    names = {
        "fi": QCoreApplication.translate("PdfReport", "Finnish"),
        "sv": QCoreApplication.translate("PdfReport", "Swedish"),
        "en": QCoreApplication.translate("PdfReport", "English"),
    }
    return names.get(code, code)


def period(first: str | None, last: str | None) -> str:
    """29.1.2024 – 17.12.2025, or one date when both are the same day."""
    if not first or not last:
        return "–"
    if first == last:
        return format_date(first)
    return f"{format_date(first)} – {format_date(last)}"


def selection(services: Services, filters: Filters, language: str) -> list[tuple[str, str]]:
    """The filters in words, (label, value) each; empty when the report holds every
    completed response."""
    rows: list[tuple[str, str]] = []
    if filters.date_from or filters.date_to:
        if filters.date_from and filters.date_to:
            dates = period(filters.date_from, filters.date_to)
        elif filters.date_from:
            dates = QCoreApplication.translate("PdfReport", "from %1").replace(
                "%1", format_date(filters.date_from)
            )
        else:
            dates = QCoreApplication.translate("PdfReport", "until %1").replace(
                "%1", format_date(filters.date_to or "")
            )
        rows.append((QCoreApplication.translate("PdfReport", "Session dates"), dates))
    if filters.session_ids:
        known = {s.id: s for s in services.sessions.list()}
        names = [
            f"{known[sid].title} ({format_date(known[sid].session_date)})" if sid in known else sid
            for sid in filters.session_ids
        ]
        rows.append((QCoreApplication.translate("PdfReport", "Sessions chosen"), "; ".join(names)))
    if filters.organisations:
        rows.append(
            (
                QCoreApplication.translate("PdfReport", "Organisations chosen"),
                ", ".join(group_label({"organisation": o}) for o in filters.organisations),
            )
        )
    if filters.audiences:
        rows.append(
            (
                QCoreApplication.translate("PdfReport", "Audiences chosen"),
                ", ".join(audience_label(a) for a in filters.audiences),
            )
        )
    if filters.questionnaire_id:
        rows.append(
            (
                QCoreApplication.translate("PdfReport", "Questionnaire"),
                questionnaire_name(
                    services, filters.questionnaire_id, filters.questionnaire_version, language
                ),
            )
        )
    if filters.languages:
        rows.append(
            (
                QCoreApplication.translate("PdfReport", "Answer languages"),
                ", ".join(language_name(code) for code in filters.languages),
            )
        )
    if filters.laptops:
        rows.append(
            (
                QCoreApplication.translate("PdfReport", "Laptops"),
                ", ".join(laptop_names(services, filters.laptops)),
            )
        )
    return rows


def questionnaire_name(services: Services, qid: str, version: int | None, language: str) -> str:
    """The questionnaire's title in ``language``, with its version when one is chosen."""
    try:
        title = services.questionnaires.resolve(qid, version).title_in(language) or qid
    except Exception:  # noqa: BLE001 - a name for the cover; the filter itself was checked
        title = qid
    if version is None:
        return title
    return (
        QCoreApplication.translate("PdfReport", "%1, version %2")
        .replace("%1", title)
        .replace("%2", str(version))
    )


def laptop_names(services: Services, laptop_ids: tuple[str, ...]) -> list[str]:
    this = {laptop.id for laptop in services.bundles.laptops() if laptop.this_laptop}
    return [
        QCoreApplication.translate("PdfReport", "this laptop")
        if laptop in this
        else QCoreApplication.translate("PdfReport", "laptop %1").replace("%1", laptop[:8])
        for laptop in laptop_ids
    ]


def group_label(group: dict[str, str]) -> str:
    """An organisation or audience as the report names it."""
    if "audience" in group:
        code = group["audience"]
        return (
            audience_label(code) if code else QCoreApplication.translate("PdfReport", "Not given")
        )
    value = next(iter(group.values()), "")
    return value or QCoreApplication.translate("PdfReport", "Not given")


def result_key(result: QuestionResult) -> ResultKey:
    return (result.questionnaire_id, result.question_id, result.versions)


def question_labels(results: list[QuestionResult], language: str) -> dict[ResultKey, str]:
    """Each reported question's text in ``language``; a question reported in parts (its scale
    or options changed between versions) names the versions of each part."""
    parts: dict[tuple[str, str], set[tuple[int, ...]]] = {}
    for result in results:
        parts.setdefault(result_key(result)[:2], set()).add(result.versions)
    labels: dict[ResultKey, str] = {}
    for result in results:
        text = pick(result.question.text, language, result.question_id).strip()
        if len(parts[result_key(result)[:2]]) > 1:
            names = ", ".join(str(v) for v in result.versions)
            suffix = (
                QCoreApplication.translate("PdfReport", "(versions %1)")
                if len(result.versions) > 1
                else QCoreApplication.translate("PdfReport", "(version %1)")
            )
            text = f"{text} {suffix.replace('%1', names)}"
        labels[result_key(result)] = text
    return labels
