"""The result parts of the PDF report: the tables per question, the comparisons by
organisation and audience, and the comments. Each withheld group says so where its numbers
would be, and none of them is printed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from ...domain.questionnaire import pick
from ...domain.sessions import AUDIENCES
from ...domain.statistics import ChoiceStats, ScaleStats
from ...services.types import Comments, QuestionResult
from ..widgets.numbers import count, decimal, percent
from .palette import WITHHELD
from .pdf_flow import MUTED, PageFlow
from .pdf_table import CENTRE, LEFT, RIGHT, Cell, Column, Table
from .pdf_texts import ResultKey, group_label, result_key

#: At most this many question columns side by side in a comparison; more make a second table.
COMPARISON_COLUMNS = 8
#: A distribution of more scale points than this shows whole percents, to keep to the page.
WHOLE_PERCENTS_FROM = 7


@dataclass(frozen=True)
class Fonts:
    title: QFont
    lead: QFont
    heading: QFont
    subheading: QFont
    body: QFont
    small: QFont
    figure: QFont


@dataclass
class Sheet:
    """What every part of the report needs: where it goes, in which words and numbers."""

    flow: PageFlow
    fonts: Fonts
    language: str
    """the report's language: its words and how numbers are written"""
    text_language: str
    """the language of the questions' texts"""
    minimum: int
    labels: dict[ResultKey, str]
    numbers: dict[ResultKey, int]
    """the scale questions numbered 1, 2, … as the comparisons refer to them"""

    @property
    def withheld(self) -> str:
        return QCoreApplication.translate("PdfReport", "withheld: fewer than %1 responses").replace(
            "%1", str(self.minimum)
        )

    def label(self, result: QuestionResult) -> str:
        return self.labels[result_key(result)]

    def numbered(self, result: QuestionResult) -> str:
        number = self.numbers.get(result_key(result))
        return f"{number}. {self.label(result)}" if number else self.label(result)

    def note(self, text: str) -> None:
        self.flow.paragraph(text, self.fonts.small, MUTED)


def is_scale(result: QuestionResult) -> bool:
    return isinstance(result.stats, ScaleStats)


def is_choice(result: QuestionResult) -> bool:
    return isinstance(result.stats, ChoiceStats)


def _withheld(stats: object) -> bool:
    return bool(getattr(stats, "suppressed", False))


# -- per question ------------------------------------------------------------------------------


def place_scale_table(sheet: Sheet, results: Sequence[QuestionResult]) -> None:
    """n, mean, SD, median, top-2 share with its interval and bottom-2 share per question."""
    scale = [r for r in results if is_scale(r)]
    if not scale:
        return
    lang = sheet.language
    columns = [Column(0.34), Column(0.07, RIGHT), Column(0.08, RIGHT), Column(0.08, RIGHT)]
    columns += [Column(0.09, RIGHT), Column(0.10, RIGHT), Column(0.14, RIGHT), Column(0.10, RIGHT)]
    header = [
        QCoreApplication.translate("PdfReport", "Question"),
        "n",
        QCoreApplication.translate("PdfReport", "Mean"),
        QCoreApplication.translate("PdfReport", "SD"),
        QCoreApplication.translate("PdfReport", "Median"),
        QCoreApplication.translate("PdfReport", "Top 2"),
        QCoreApplication.translate("PdfReport", "95 % CI"),
        QCoreApplication.translate("PdfReport", "Bottom 2"),
    ]
    table = Table(sheet.flow, columns, header)
    for result in scale:
        stats = result.stats
        first = [sheet.numbered(result), count(stats.n)]
        if _withheld(stats):
            table.row([*first, Cell(sheet.withheld, fill=WITHHELD, colour=MUTED, align=LEFT)])
            continue
        ci = stats.top2_ci
        interval = "–" if ci is None else f"{decimal(ci[0], 1, lang)}–{percent(ci[1], lang)}"
        table.row(
            [
                *first,
                decimal(stats.mean, 2, lang),
                decimal(stats.sd, 2, lang),
                decimal(stats.median, 2, lang),
                percent(stats.top2_pct, lang),
                interval,
                percent(stats.bottom2_pct, lang),
            ]
        )
    table.place()
    sheet.flow.skip(1.5)
    sheet.note(
        QCoreApplication.translate(
            "PdfReport",
            "n: answers on the scale, without “cannot say” and unanswered. Top 2 and bottom 2: "
            "the share of n in the two highest and the two lowest points of the scale; 95 % CI: "
            "the interval that holds the top-2 share of all such participants with 95 % "
            "confidence.",
        )
    )


def place_distributions(sheet: Sheet, results: Sequence[QuestionResult]) -> None:
    """The share of n at every scale point, one table per scale."""
    scales: dict[tuple[int, ...], list[QuestionResult]] = {}
    for result in results:
        if is_scale(result):
            scales.setdefault(tuple(result.question.scale_values()), []).append(result)
    for values, group in scales.items():
        if not values or len(values) > 11:
            continue
        share = 0.62 / (len(values) + 1)
        columns = [Column(0.38), *(Column(share, RIGHT) for _ in values), Column(share, RIGHT)]
        header = [QCoreApplication.translate("PdfReport", "Question")]
        header += [_point_header(group[0], value, sheet.text_language) for value in values]
        header.append(QCoreApplication.translate("PdfReport", "Cannot say"))
        table = Table(sheet.flow, columns, [Cell(h, bold=True, colour=MUTED) for h in header])
        for result in group:
            stats = result.stats
            if _withheld(stats) or stats.counts is None:
                table.row(
                    [
                        sheet.numbered(result),
                        Cell(sheet.withheld, fill=WITHHELD, colour=MUTED, align=LEFT),
                    ]
                )
                continue
            cells = [sheet.numbered(result)]
            places = 1 if len(values) <= WHOLE_PERCENTS_FROM else 0
            for value in values:
                part = 100 * stats.counts.get(value, 0) / stats.n if stats.n else None
                cells.append(percent(part, sheet.language, places=places))
            cannot = stats.n_cannot_say
            cells.append(
                count(cannot) if result.question.allows_cannot_say and cannot is not None else "–"
            )
            table.row(cells)
        table.place()
        sheet.flow.skip(4)


def _point_header(result: QuestionResult, value: int, language: str) -> str:
    """A scale point's column title: its number, and its label where the question has one."""
    question = result.question
    if question.type == "likert":
        label = question.option_label(value, language)
        return str(value) if label.strip() == str(value) else f"{value} {label}"
    values = question.scale_values()
    if value == values[0] and question.min_label:
        return f"{value} {pick(question.min_label, language)}"
    if value == values[-1] and question.max_label:
        return f"{value} {pick(question.max_label, language)}"
    return str(value)


def place_choices(sheet: Sheet, results: Sequence[QuestionResult]) -> None:
    """Each choice question: count and share of every option."""
    for result in (r for r in results if is_choice(r)):
        stats = result.stats
        sheet.flow.heading(sheet.label(result), sheet.fonts.subheading, keep_mm=20)
        sheet.flow.skip(1.5)
        columns = [Column(0.6), Column(0.2, RIGHT), Column(0.2, RIGHT)]
        header = [
            QCoreApplication.translate("PdfReport", "Option"),
            QCoreApplication.translate("PdfReport", "Count"),
            QCoreApplication.translate("PdfReport", "Share"),
        ]
        table = Table(sheet.flow, columns, header)
        if _withheld(stats) or stats.counts is None:
            table.row([Cell(sheet.withheld, span=3, fill=WITHHELD, colour=MUTED)])
        else:
            for code, n in stats.counts.items():
                share = None if stats.percents is None else stats.percents.get(code)
                label = result.question.option_label(code, sheet.text_language)
                table.row([label, count(n), percent(share, sheet.language)])
        table.place()
        sheet.flow.skip(1.5)
        sheet.note(
            QCoreApplication.translate("PdfReport", "n = %1; shares are of n.").replace(
                "%1", count(stats.n)
            )
        )
        sheet.flow.skip(4)


# -- comparisons -------------------------------------------------------------------------------


def place_comparison(sheet: Sheet, results: Sequence[QuestionResult], group_by: str) -> None:
    """Groups as rows, the scale questions as numbered columns, the top-2 share in each cell;
    a withheld group's row says so, and a withheld cell is grey."""
    scale = [r for r in results if is_scale(r) and result_key(r) in sheet.numbers]
    groups: dict[str, list[QuestionResult]] = {}
    for result in scale:
        groups.setdefault(result.group.get(group_by, ""), []).append(result)
    if not groups:
        return
    order = sorted(groups, key=lambda g: _group_order(group_by, g))
    keys = sorted({result_key(r) for r in scale}, key=lambda k: sheet.numbers[k])
    for start in range(0, len(keys), COMPARISON_COLUMNS):
        part = keys[start : start + COMPARISON_COLUMNS]
        _comparison_table(sheet, groups, order, part, group_by)
        sheet.flow.skip(3)


def _group_order(group_by: str, value: str) -> tuple[int, str]:
    if group_by == "audience":
        return (AUDIENCES.index(value) if value in AUDIENCES else len(AUDIENCES), value)
    return (1 if not value else 0, value.casefold())


def _comparison_table(
    sheet: Sheet,
    groups: dict[str, list[QuestionResult]],
    order: list[str],
    keys: list[ResultKey],
    group_by: str,
) -> None:
    share = 0.58 / max(len(keys), 4)
    columns = [Column(0.30), Column(0.12, RIGHT), *(Column(share, RIGHT) for _ in keys)]
    title = (
        QCoreApplication.translate("PdfReport", "Organisation")
        if group_by == "organisation"
        else QCoreApplication.translate("PdfReport", "Audience")
    )
    header = [title, QCoreApplication.translate("PdfReport", "Responses")]
    header += [f"{sheet.numbers[key]}." for key in keys]
    table = Table(sheet.flow, columns, header)
    for value in order:
        by_key = {result_key(r): r for r in groups[value]}
        responses = max(r.stats.n + r.stats.n_missing for r in groups[value])
        first = [group_label({group_by: value}), count(responses)]
        found = [by_key.get(key) for key in keys]
        if all(r is None or _withheld(r.stats) for r in found):
            table.row([*first, Cell(sheet.withheld, fill=WITHHELD, colour=MUTED, align=LEFT)])
            continue
        cells: list[Cell | str] = list(first)
        for result in found:
            if result is None:
                cells.append(Cell("", align=CENTRE))
            elif _withheld(result.stats):
                cells.append(Cell(f"< {sheet.minimum}", fill=WITHHELD, colour=MUTED))
            else:
                cells.append(percent(result.stats.top2_pct, sheet.language, places=0))
        table.row(cells)
    table.place()


# -- comments ----------------------------------------------------------------------------------


def place_comments(sheet: Sheet, results: Sequence[QuestionResult]) -> None:
    """Every free-text question with its comments as written, in the random order of the
    report; withheld below the minimum group size."""
    for result in results:
        stats = result.stats
        if not isinstance(stats, Comments):
            continue
        title = f"{sheet.label(result)} (n = {count(stats.n)})"
        sheet.flow.heading(title, sheet.fonts.subheading, keep_mm=14)
        sheet.flow.skip(1.5)
        if stats.comments is None:
            sheet.note(sheet.withheld[:1].upper() + sheet.withheld[1:] + ".")
        elif not stats.comments:
            sheet.note(QCoreApplication.translate("PdfReport", "No comments."))
        continued = QCoreApplication.translate("PdfReport", "%1 (continued)").replace(
            "%1", sheet.label(result)
        )
        sheet.flow.running_heading(continued, sheet.fonts.subheading)
        for comment in stats.comments or ():
            sheet.flow.paragraph(comment.strip() or "–", sheet.fonts.body, bullet="•")
            sheet.flow.skip(0.8)
        sheet.flow.running_heading(None, sheet.fonts.subheading)
        sheet.flow.skip(5)
