"""The pages of the PDF report, laid out in order: the cover, the summary with the headline
figures, sentences and chart, the tables per question, the comparisons and the comments.

They read the prepared :class:`ReportData` only; every number in it comes from the review
service, and every word from the translator installed for the report's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ...services.types import Overview, QuestionResult
from ..widgets.dates import format_date
from ..widgets.numbers import count, percent
from .pdf_chart import ChartTexts, place_agreement_chart
from .pdf_flow import (
    FOOTER_MM,
    HEADING,
    MM,
    MUTED,
    PAGE_HEIGHT_MM,
    RULE,
    Block,
    PageFlow,
    Typography,
    draw_text,
)
from .pdf_sections import (
    Fonts,
    Sheet,
    is_choice,
    is_scale,
    place_choices,
    place_comments,
    place_comparison,
    place_distributions,
    place_scale_table,
)
from .pdf_texts import period, question_labels, result_key
from .sentences import headline_sentences


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, read before the first page is laid out."""

    overview: Overview
    by_organisation: list[QuestionResult]
    by_audience: list[QuestionResult]
    questionnaires: list[str] = field(default_factory=list)
    """the titles of the questionnaires answered"""
    selection: list[tuple[str, str]] = field(default_factory=list)
    """the filters in words: (label, value)"""
    made_on: str = ""
    """the report's date, 2026-11-28"""


def title() -> str:
    return QCoreApplication.translate("PdfReport", "Training feedback report")


def lay_out(
    typography: Typography, data: ReportData, language: str, text_language: str, comments: bool
) -> tuple[PageFlow, Callable[[QPainter, int, int], None]]:
    """Every page of the report as drawing steps, and the footer to paint on each."""
    flow = PageFlow(typography)
    overview = data.overview
    scale = [r for r in overview.results if is_scale(r)]
    sheet = Sheet(
        flow,
        _fonts(typography),
        language,
        text_language,
        overview.minimum,
        question_labels(overview.results + data.by_organisation + data.by_audience, text_language),
        {result_key(r): number for number, r in enumerate(scale, start=1)},
    )
    _cover(sheet, data, comments)
    _summary(sheet, overview)
    _results(sheet, overview)
    _comparisons(sheet, data)
    if comments and overview.comments:
        _comments(sheet, overview)
    return flow, _footer(sheet, data.made_on)


def _fonts(typography: Typography) -> Fonts:
    return Fonts(
        title=typography.font(24, bold=True),
        lead=typography.font(13),
        heading=typography.font(15, bold=True),
        subheading=typography.font(10.5, bold=True),
        body=typography.font(9.5),
        small=typography.font(8),
        figure=typography.font(20, bold=True),
    )


def _cover(sheet: Sheet, data: ReportData, comments: bool) -> None:
    flow, fonts, overview = sheet.flow, sheet.fonts, data.overview
    flow.y += 38 * MM
    flow.heading(title(), fonts.title, keep_mm=0)
    if data.questionnaires:
        flow.skip(2)
        flow.paragraph(", ".join(data.questionnaires), fonts.lead, HEADING)
    flow.skip(10)
    headline = overview.headline
    _label(sheet, QCoreApplication.translate("PdfReport", "Period"))
    flow.paragraph(period(headline.first_date, headline.last_date), fonts.lead)
    flow.skip(6)
    _label(sheet, QCoreApplication.translate("PdfReport", "Responses included"))
    rows = data.selection
    if not rows:
        flow.paragraph(
            QCoreApplication.translate("PdfReport", "All completed responses"), fonts.body
        )
    for name, value in rows:
        flow.paragraph(f"{name}: {value}", fonts.body)
        flow.skip(0.6)
    flow.skip(6)
    _label(sheet, QCoreApplication.translate("PdfReport", "About the numbers"))
    notes = [
        QCoreApplication.translate(
            "PdfReport",
            "Only completed responses are counted. Groups with fewer than %1 responses are "
            "withheld: no average, share or comment is shown for them, only the number of "
            "responses, so that no participant can be recognised.",
        ).replace("%1", str(overview.minimum)),
        QCoreApplication.translate("PdfReport", "The comments are included.")
        if comments
        else QCoreApplication.translate("PdfReport", "The comments are not included."),
        QCoreApplication.translate("PdfReport", "Report made on %1.").replace(
            "%1", format_date(data.made_on, sheet.language)
        ),
    ]
    for note in notes:
        flow.paragraph(note, fonts.body)
        flow.skip(1.2)


def _label(sheet: Sheet, text: str) -> None:
    sheet.flow.heading(text.upper(), sheet.flow.type.font(8, bold=True), MUTED, keep_mm=12)
    sheet.flow.skip(1.2)


def _summary(sheet: Sheet, overview: Overview) -> None:
    flow = sheet.flow
    flow.new_page()
    flow.heading(QCoreApplication.translate("PdfReport", "Summary"), sheet.fonts.heading)
    flow.skip(4)
    flow.place(_figures(sheet, overview))
    flow.skip(7)
    sentences = headline_sentences(overview, sheet.language)
    if not sentences and overview.headline.responses < overview.minimum:
        flow.paragraph(
            QCoreApplication.translate(
                "PdfReport",
                "The selection has fewer than %1 responses, so no average or share is shown.",
            ).replace("%1", str(overview.minimum)),
            sheet.fonts.body,
        )
        flow.skip(6)
    if sentences:
        flow.heading(
            QCoreApplication.translate("PdfReport", "Main findings"), sheet.fonts.subheading
        )
        flow.skip(2)
        for sentence in sentences:
            flow.paragraph(sentence, sheet.fonts.body, bullet="•")
            flow.skip(1)
        flow.skip(6)
    items = overview.agreement_items
    if items:
        flow.heading(
            QCoreApplication.translate("PdfReport", "Agreement with the statements"),
            sheet.fonts.subheading,
            keep_mm=60,
        )
        flow.skip(1.5)
        sheet.note(
            QCoreApplication.translate(
                "PdfReport",
                "Shares of the answers on the scale, in percent; disagreement left of the "
                "centre line, agreement right of it, the middle point across it. The answers "
                "“cannot say” are counted apart, on the right.",
            )
        )
        flow.skip(3)
        texts = ChartTexts(
            n="n",
            cannot_say=QCoreApplication.translate("PdfReport", "Cannot say"),
            withheld=sheet.withheld,
            no_answers=QCoreApplication.translate("PdfReport", "no answers on the scale"),
        )
        labels = {id(item): sheet.label(item) for item in items}
        place_agreement_chart(flow, items, labels, texts, sheet.text_language)


def _figures(sheet: Sheet, overview: Overview) -> Block:
    """The headline figures side by side: responses, sessions, organisations, response rate."""
    headline, lang = overview.headline, sheet.language
    boxes = [
        (count(headline.responses), QCoreApplication.translate("PdfReport", "Responses"), ""),
        (count(headline.sessions), QCoreApplication.translate("PdfReport", "Sessions"), ""),
        (
            count(headline.organisations),
            QCoreApplication.translate("PdfReport", "Organisations"),
            "",
        ),
    ]
    if headline.response_rate is not None:
        boxes.append(
            (
                percent(headline.response_rate, lang, places=0),
                QCoreApplication.translate("PdfReport", "Response rate"),
                QCoreApplication.translate("PdfReport", "%1 of %2 expected participants")
                .replace("%1", count(headline.responses_where_expected))
                .replace("%2", count(headline.expected)),
            )
        )
    typography, fonts = sheet.flow.type, sheet.fonts
    gap = 4 * MM
    width = (sheet.flow.width - gap * 3) / 4
    pad = 3 * MM
    figure_height = typography.metrics(fonts.figure).height()
    texts_height = max(
        typography.height(f"{label}\n{sub}".strip(), fonts.small, width - 2 * pad)
        for _, label, sub in boxes
    )
    height = figure_height + texts_height + 2 * pad + 1 * MM

    def draw(painter: QPainter, rect: QRectF) -> None:
        for index, (figure, label, sub) in enumerate(boxes):
            box = QRectF(rect.left() + index * (width + gap), rect.top(), width, rect.height())
            painter.fillRect(box, QColor("#eef3f8"))
            painter.fillRect(QRectF(box.left(), box.top(), 0.8 * MM, box.height()), QColor(HEADING))
            inner = box.adjusted(pad + 0.8 * MM, pad, -pad, -pad)
            draw_text(painter, inner, figure, fonts.figure, HEADING)
            below = QRectF(
                inner.left(),
                inner.top() + figure_height + 1 * MM,
                inner.width(),
                inner.height() - figure_height,
            )
            draw_text(painter, below, f"{label}\n{sub}".strip(), fonts.small, MUTED)

    return Block(height, draw)


def _results(sheet: Sheet, overview: Overview) -> None:
    flow = sheet.flow
    flow.new_page()
    flow.heading(
        QCoreApplication.translate("PdfReport", "Results per question"), sheet.fonts.heading
    )
    flow.skip(4)
    place_scale_table(sheet, overview.results)
    if any(is_scale(r) for r in overview.results):
        flow.skip(7)
        flow.heading(
            QCoreApplication.translate("PdfReport", "Distribution of the answers"),
            sheet.fonts.subheading,
            keep_mm=30,
        )
        flow.skip(1.5)
        sheet.note(
            QCoreApplication.translate(
                "PdfReport", "Share of n at each point of the scale; “cannot say” as a count."
            )
        )
        flow.skip(2.5)
        place_distributions(sheet, overview.results)
    if any(is_choice(r) for r in overview.results):
        flow.skip(4)
        place_choices(sheet, overview.results)


def _comparisons(sheet: Sheet, data: ReportData) -> None:
    if not any(is_scale(r) for r in data.by_organisation + data.by_audience):
        return
    flow = sheet.flow
    flow.new_page()
    flow.heading(QCoreApplication.translate("PdfReport", "Comparisons"), sheet.fonts.heading)
    flow.skip(2)
    sheet.note(
        QCoreApplication.translate(
            "PdfReport",
            "Each cell is the top-2 share: the share of the answers in the two highest points "
            "of the scale. The columns are the questions numbered as in “Results per "
            "question”. A grey cell is withheld: fewer than %1 responses.",
        ).replace("%1", str(sheet.minimum))
    )
    for heading, results, group_by in (
        (
            QCoreApplication.translate("PdfReport", "By organisation"),
            data.by_organisation,
            "organisation",
        ),
        (QCoreApplication.translate("PdfReport", "By audience"), data.by_audience, "audience"),
    ):
        if not any(is_scale(r) for r in results):
            continue
        flow.skip(6)
        flow.heading(heading, sheet.fonts.subheading)
        flow.skip(2)
        place_comparison(sheet, results, group_by)


def _comments(sheet: Sheet, overview: Overview) -> None:
    flow = sheet.flow
    flow.new_page()
    flow.heading(QCoreApplication.translate("PdfReport", "Comments"), sheet.fonts.heading)
    flow.skip(2)
    sheet.note(
        QCoreApplication.translate(
            "PdfReport", "The comments as the participants wrote them, in random order."
        )
    )
    flow.skip(4)
    place_comments(sheet, overview.comments)


def _footer(sheet: Sheet, today: str) -> Callable[[QPainter, int, int], None]:
    font = sheet.flow.type.font(7.5)
    metrics = sheet.flow.type.metrics(font)
    flow = sheet.flow
    left_text = f"{title()} · {format_date(today, sheet.language)}"
    y = (PAGE_HEIGHT_MM - FOOTER_MM) * MM
    rule = y - metrics.ascent() - 1.8 * MM

    def footer(painter: QPainter, number: int, total: int) -> None:
        pen = QPen(QColor(RULE))
        pen.setWidthF(0.12 * MM)
        painter.setPen(pen)
        painter.drawLine(QPointF(flow.left, rule), QPointF(flow.left + flow.width, rule))
        painter.setFont(font)
        painter.setPen(QColor(MUTED))
        painter.drawText(QPointF(flow.left, y), left_text)
        page = (
            QCoreApplication.translate("PdfReport", "Page %1 of %2")
            .replace("%1", str(number))
            .replace("%2", str(total))
        )
        painter.drawText(
            QRectF(flow.left, y - metrics.ascent(), flow.width, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
            page,
        )

    return footer
