"""Excel export: the responses, the summary table with a chart, the codebook and the comments.

XlsxWriter in constant-memory mode writes each row to disk as it goes, so a workbook of a
hundred thousand responses needs no more memory than one of a hundred. Every cell is written
with its type (numbers as numbers, text as text, never a formula), and text is neutralised as
in the CSV export so that the two exports hold the same values.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import xlsxwriter

from ..domain.questionnaire import CANNOT_SAY, pick
from ..store import Store
from ..store.aggregates import Filters
from .aggregate import Comments, QuestionResult, report
from .codebook import CODEBOOK_COLUMNS, codebook_rows
from .export_query import wide_rows
from .export_rows import (
    FIXED_COLUMNS,
    ExportSummary,
    Progress,
    Selection,
    column_values,
    neutralise,
    select,
)
from .output import OutputError, atomic_output, check_output_path
from .summary_heading import summary_heading
from .xlsx_summary import group_label, write_summary

MAX_ROWS = 1_048_576
OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def export_xlsx(
    store: Store,
    filters: Filters,
    path: Path,
    *,
    force: bool = False,
    progress: Progress | None = None,
    rng: random.Random | None = None,
    include_incomplete: bool = False,
    group_by: str = "none",
    language: str = "en",
) -> ExportSummary:
    """Write the workbook: Responses, Summary (with the chart), Codebook, Comments.

    The summary and the comments cover completed responses only and withhold groups smaller
    than the minimum group size; question texts are in ``language``.
    """
    path = check_output_path(Path(path), force=force)
    selection = select(store, filters, include_incomplete)
    if selection.total >= MAX_ROWS:
        raise OutputError(
            f"an Excel sheet holds at most {MAX_ROWS - 1:,} responses, and these filters select "
            f"{selection.total:,}; export to CSV or narrow the filters",
            reason="too_many_rows",
        )
    minimum_n = int(store.settings.get("minimum_group_size"))
    with atomic_output(path, force=force) as temporary:
        book = xlsxwriter.Workbook(str(temporary), OPTIONS)
        try:
            bold = book.add_format({"bold": True})
            written = _responses_sheet(book, bold, store, selection, rng, progress)
            results = report(store, filters, group_by, minimum_n, comments=True)
            overall = results
            if group_by != "none":
                overall = report(store, filters, "none", minimum_n)
            heading = summary_heading(store, filters, overall, language)
            write_summary(book, heading, _figures(results), _figures(overall), minimum_n, language)
            _codebook_sheet(book, bold, selection)
            _comments_sheet(book, bold, results, minimum_n, language)
        finally:
            book.close()
    return ExportSummary(written, path)


def _figures(results: list[QuestionResult]) -> list[QuestionResult]:
    return [r for r in results if not isinstance(r.stats, Comments)]


def _responses_sheet(
    book: Any,
    bold: Any,
    store: Store,
    selection: Selection,
    rng: random.Random | None,
    progress: Progress | None,
) -> int:
    sheet = book.add_worksheet("Responses")
    sheet.freeze_panes(1, 1)
    sheet.set_column(0, 1, 38)
    sheet.set_column(2, 3, 28)
    sheet.write_row(0, 0, selection.header, bold)
    sessions = {
        sid: (neutralise(title), neutralise(organisation), audience, day)
        for sid, title, organisation, audience, day in store.db.execute(
            "SELECT id, title, organisation, audience, session_date FROM sessions"
        )
    }
    row = 0
    for rows in wide_rows(store, selection, rng=rng, progress=progress, dates=False):
        for rid, sid, qid, version, language, completed, *values in rows:
            row += 1
            answers = [_cell(v) for v in column_values(selection, tuple(values), ";")]
            cells = [rid, sid, *sessions.get(sid, ("", "", "", "")), qid, version, language]
            sheet.write_row(row, 0, [*cells, completed, *answers])
    return row


def _cell(value: Any) -> Any:
    """What a Responses cell holds: numbers stay numbers, text is neutralised."""
    if value is None or value is CANNOT_SAY:
        return None
    if isinstance(value, list):  # the options chosen in a multiple choice
        return neutralise(";".join(value))
    if isinstance(value, str):
        return neutralise(value)
    return value


def _codebook_sheet(book: Any, bold: Any, selection: Selection) -> None:
    sheet = book.add_worksheet("Codebook")
    sheet.set_column(0, 2, 22)
    sheet.set_column(3, len(CODEBOOK_COLUMNS) - 1, 50)
    sheet.write_row(0, 0, CODEBOOK_COLUMNS, bold)
    for i, row in enumerate(codebook_rows(selection.columns), start=1):
        sheet.write_row(i, 0, [neutralise(cell) for cell in row])
    fixed = len(codebook_rows(selection.columns)) + 2
    sheet.write_string(fixed, 0, "Columns before the questions:", bold)
    sheet.write_string(fixed + 1, 0, ", ".join(FIXED_COLUMNS))


def _comments_sheet(
    book: Any, bold: Any, results: list[QuestionResult], minimum_n: int, language: str
) -> None:
    """The free-text answers per question (and group), in random order; a group below the
    minimum size shows that its comments are withheld instead."""
    sheet = book.add_worksheet("Comments")
    sheet.set_column(0, 0, 22)
    sheet.set_column(1, 2, 40)
    sheet.set_column(3, 3, 90)
    sheet.write_row(0, 0, ["question_id", "question", "group", "comment"], bold)
    row = 0
    for result in results:
        if not isinstance(result.stats, Comments):
            continue
        start = [result.question_id, pick(result.question.text, language), group_label(result)]
        if result.stats.comments is None:
            row += 1
            sheet.write_row(row, 0, [*start, f"withheld: fewer than {minimum_n} responses"])
            continue
        for comment in result.stats.comments:
            row += 1
            sheet.write_row(row, 0, [*start, neutralise(comment)])
