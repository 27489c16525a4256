"""The Summary sheet of the Excel export: a report in the reader's language.

A title and what the figures cover, the table of the scale questions (question texts as row
labels, headings in words, percentages as percentages), the options of the choice questions,
and the diverging chart of the agreement items (``xlsx_chart``). The figures are those of
``report()`` (see docs/statistics.md) -- the numbers of ``feedback-app report`` and of the
review window -- rounded as every output shows them; a group below the minimum size shows
"fewer than N responses" instead of its figures. Percentages are stored as fractions (0.913)
with a percent format, so a spreadsheet shows 91,3 % or 91.3 % as its locale writes them.
Question ids and codes stay in the Responses and Codebook sheets, where analysts need them.
Text from the data (titles, organisations, question and option wording) is neutralised as in
the other sheets, so that none of it reads as a formula.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..domain.questionnaire import pick
from ..domain.statistics import ChoiceStats, ScaleStats
from .aggregate import QuestionResult
from .export_rows import neutralise
from .summary_heading import SummaryHeading
from .workbook_texts import group_name, text
from .xlsx_chart import chart_items, distribution_headings, write_agreement_chart
from .xlsx_formats import Formats, fit_row

SHEET = "Summary"
QUESTION_WIDTH = 60
GROUP_WIDTH = 30
NUMBER_WIDTH = 13
COLUMNS = 16


def group_label(result: QuestionResult) -> str:
    """The group in the Comments sheet's machine-readable form: ``organisation: X`` or all."""
    return "; ".join(f"{key}: {value}" for key, value in result.group.items()) or "all"


def write_summary(
    book: Any,
    heading: SummaryHeading,
    results: list[QuestionResult],
    overall: list[QuestionResult],
    minimum_n: int,
    language: str,
) -> None:
    """The Summary sheet: the tables of ``results`` and the chart of the likert items of
    ``overall`` (the same selection ungrouped). Rows are written top to bottom, as the
    workbook's constant-memory mode needs."""
    sheet = book.add_worksheet(SHEET)
    formats = Formats.of(book)
    grouped = any(result.group for result in results)
    scale = [r for r in results if isinstance(r.stats, ScaleStats)]
    choice = [r for r in results if isinstance(r.stats, ChoiceStats)]
    items = chart_items(overall)
    scale_headings = [text(language, key) for key in _scale_keys(scale, grouped)]
    choice_headings = [text(language, key) for key in _choice_keys(grouped)]
    widths = _widths(
        grouped, [scale_headings, choice_headings, distribution_headings(items, language)]
    )
    for column, width in enumerate(widths):
        sheet.set_column(column, column, width)
    sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    row = _heading(sheet, formats, heading)
    labels = _question_labels(results, language)
    withheld = text(language, "withheld", minimum=minimum_n)
    if scale:
        title = text(language, "scale_questions")
        row = _header(sheet, formats, widths, row + 1, title, scale_headings)
        row = _scale_rows(sheet, formats, widths, scale, labels, grouped, withheld, language, row)
        notes = [text(language, key) for key in ("note_n", "note_top2")]
        notes.append(text(language, "note_withheld", minimum=minimum_n))
        row = _notes(sheet, formats, notes, row)
    if choice:
        title = text(language, "choice_questions")
        row = _header(sheet, formats, widths, row + 1, title, choice_headings)
        row = _choice_rows(sheet, formats, widths, choice, labels, grouped, withheld, language, row)
        if any(r.question.type == "multiple_choice" for r in choice):
            row = _notes(sheet, formats, [text(language, "note_multiple")], row)
    if items:
        write_agreement_chart(book, sheet, formats, widths, items, row + 1, language)


def _widths(grouped: bool, tables: list[list[str]]) -> list[float]:
    """Column widths: the question, the group, and numbers wide enough for the longest word
    of a heading above them (a spreadsheet would break it in the middle)."""
    widths = [QUESTION_WIDTH, GROUP_WIDTH if grouped else NUMBER_WIDTH]
    widths += [NUMBER_WIDTH] * (COLUMNS - 2)
    for headings in tables:
        for column, heading in enumerate(headings[1:], start=1):
            longest = max((len(word) for word in heading.split()), default=0)
            widths[column] = max(widths[column], longest + 2)
    return widths


def _scale_keys(results: list[QuestionResult], grouped: bool) -> list[str]:
    with_nps = any(isinstance(r.stats, ScaleStats) and r.stats.nps_applies for r in results)
    keys = ["question", *(["group"] if grouped else []), "n", "mean", "sd", "median", "top2"]
    keys += ["ci_low", "ci_high", "bottom2", *(["nps"] if with_nps else [])]
    return [*keys, "cannot_say", "no_answer"]


def _choice_keys(grouped: bool) -> list[str]:
    return ["question", *(["group"] if grouped else []), "n", "option", "count", "share"]


def _heading(sheet: Any, formats: Formats, heading: SummaryHeading) -> int:
    """Title, facts and selection from row 0; returns the next free row."""
    sheet.set_row(0, 24)
    sheet.write_string(0, 0, neutralise(heading.title), formats.title)
    row = 1
    for label, value in (*heading.facts, *heading.selection):
        sheet.write_string(row, 0, label, formats.label)
        sheet.write(row, 1, neutralise(value) if isinstance(value, str) else value, formats.text)
        row += 1
    return row


def _question_labels(results: list[QuestionResult], language: str) -> dict[tuple, str]:
    """Question text per reported question; the versions named where a question is split
    because its scale or options changed."""
    splits: dict[tuple[str, str], set[tuple[int, ...]]] = {}
    for result in results:
        splits.setdefault((result.questionnaire_id, result.question_id), set()).add(result.versions)
    labels: dict[tuple, str] = {}
    for result in results:
        label = pick(result.question.text, language, result.question_id)
        if len(splits[(result.questionnaire_id, result.question_id)]) > 1:
            versions = ", ".join(str(v) for v in result.versions)
            label += f" ({text(language, 'versions', versions=versions)})"
        labels[_key(result)] = label
    return labels


def _key(result: QuestionResult) -> tuple:
    return (result.questionnaire_id, result.question_id, result.versions)


def fraction(percent: float | None) -> float | None:
    """91.3 (a rounded percentage) as 0.913, without a binary rounding residue."""
    if percent is None:
        return None
    return float(Decimal(repr(percent)) / 100)


def _header(
    sheet: Any, formats: Formats, widths: list[float], row: int, title: str, columns: list[str]
) -> int:
    sheet.write_string(row, 0, title, formats.section)
    fit_row(sheet, row + 1, ((name, widths[k], True) for k, name in enumerate(columns)))
    sheet.write_row(row + 1, 0, columns, formats.heading)
    return row + 2


def _scale_rows(
    sheet: Any,
    formats: Formats,
    widths: list[float],
    results: list[QuestionResult],
    labels: dict[tuple, str],
    grouped: bool,
    withheld: str,
    language: str,
    row: int,
) -> int:
    with_nps = any(isinstance(r.stats, ScaleStats) and r.stats.nps_applies for r in results)
    for result in results:
        stats = result.stats
        assert isinstance(stats, ScaleStats)
        cells = _first_cells(result, labels, grouped, language, formats)
        if stats.suppressed:  # in words, without a number of the small group
            cells.append((withheld, formats.withheld))
        else:
            cells.append((stats.n, formats.integer))
            cells += _scale_figures(result, stats, with_nps, formats)
        _write_cells(sheet, widths, row, cells)
        row += 1
    return row


def _scale_figures(
    result: QuestionResult, stats: ScaleStats, with_nps: bool, formats: Formats
) -> list[tuple[Any, Any]]:
    s = stats.rounded()
    low, high = s.top2_ci if s.top2_ci is not None else (None, None)
    cells = [
        (s.mean, formats.decimal),
        (s.sd, formats.decimal),
        (s.median, formats.decimal),
        (fraction(s.top2_pct), formats.percent),
        (fraction(low), formats.percent),
        (fraction(high), formats.percent),
        (fraction(s.bottom2_pct), formats.percent),
    ]
    if with_nps:
        cells.append((s.nps if s.nps_applies else None, formats.points))
    cannot_say = s.n_cannot_say if result.question.allows_cannot_say else None
    no_answer = None if s.n_cannot_say is None else s.n_missing - s.n_cannot_say
    return [*cells, (cannot_say, formats.integer), (no_answer, formats.integer)]


def _choice_rows(
    sheet: Any,
    formats: Formats,
    widths: list[float],
    results: list[QuestionResult],
    labels: dict[tuple, str],
    grouped: bool,
    withheld: str,
    language: str,
    row: int,
) -> int:
    for result in results:
        stats = result.stats
        assert isinstance(stats, ChoiceStats)
        first = _first_cells(result, labels, grouped, language, formats)
        if stats.suppressed or stats.counts is None:
            _write_cells(sheet, widths, row, [*first, (withheld, formats.withheld)])
            row += 1
            continue
        first.append((stats.n, formats.integer))
        percents = stats.rounded().percents
        for code, count in stats.counts.items():
            share = None if percents is None else fraction(percents[code])
            option = (neutralise(result.question.option_label(code, language)), formats.text)
            _write_cells(
                sheet,
                widths,
                row,
                [*first, option, (count, formats.integer), (share, formats.percent)],
            )
            row += 1
    return row


def _first_cells(
    result: QuestionResult,
    labels: dict[tuple, str],
    grouped: bool,
    language: str,
    formats: Formats,
) -> list[tuple[Any, Any]]:
    cells = [(neutralise(labels[_key(result)]), formats.question)]
    if grouped:
        cells.append((neutralise(group_name(result.group, language)), formats.question))
    return cells


def _write_cells(sheet: Any, widths: list[float], row: int, cells: list[tuple[Any, Any]]) -> None:
    """One table row; as tall as its wrapped texts need (the question, the group)."""
    texts = [(v, widths[k], False) for k, (v, f) in enumerate(cells[:2]) if isinstance(v, str)]
    fit_row(sheet, row, texts)
    for column, (value, cell_format) in enumerate(cells):
        if value is None:
            continue
        sheet.write(row, column, value, cell_format)


def _notes(sheet: Any, formats: Formats, notes: list[str], row: int) -> int:
    for note in notes:
        sheet.write_string(row, 0, note, formats.note)
        row += 1
    return row
