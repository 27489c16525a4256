"""Cell formats and row heights of the workbook's Summary sheet.

Row heights are set from the text, because a spreadsheet does not grow a row for wrapped text
written by another program (LibreOffice keeps the default height, and the lines overlap).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .workbook_texts import percent_format

LINE_HEIGHT = 15.0
"""Points per line of the default font."""
CHARS_PER_WIDTH = 1.15
"""Characters of ordinary text per unit of column width (a unit is the width of a digit)."""


@dataclass(frozen=True)
class Formats:
    """The cell formats of the Summary sheet, made once per workbook."""

    title: Any
    label: Any
    heading: Any
    section: Any
    question: Any
    text: Any
    integer: Any
    decimal: Any
    points: Any
    percent: Any
    withheld: Any
    note: Any

    @classmethod
    def of(cls, book: Any) -> Formats:
        def made(**props: Any) -> Any:
            return book.add_format({"valign": "top", **props})

        return cls(
            title=made(bold=True, font_size=14),
            label=made(bold=True),
            heading=made(bold=True, text_wrap=True, bottom=1, bg_color="#eef1f4"),
            section=made(bold=True, font_size=12),
            question=made(text_wrap=True),
            text=made(indent=1),
            integer=made(num_format="0"),
            decimal=made(num_format="0.00"),
            points=made(num_format="0.0"),
            percent=made(num_format=percent_format(1)),
            withheld=made(italic=True, font_color="#5b6470"),
            note=made(italic=True, font_color="#5b6470"),
        )


def lines(text: str, width: float, *, bold: bool = False) -> int:
    """About how many lines ``text`` takes in a wrapping column ``width`` units wide (a word
    longer than the column is broken, as spreadsheets do)."""
    per_line = max(1, int(width * (1.0 if bold else CHARS_PER_WIDTH)))
    total = 0
    for paragraph in text.split("\n"):
        count, used = 1, 0
        for word in paragraph.split():
            if used and used + 1 + len(word) > per_line:
                count += 1
                used = 0
            used += len(word) if used == 0 else 1 + len(word)
            while used > per_line:
                count += 1
                used -= per_line
        total += count
    return max(1, total)


def fit_row(sheet: Any, row: int, cells: Iterable[tuple[str, float, bool]]) -> None:
    """Make ``row`` tall enough for its wrapped cells: (text, column width, bold)."""
    needed = max((lines(text, width, bold=bold) for text, width, bold in cells), default=1)
    if needed > 1:
        sheet.set_row(row, LINE_HEIGHT * needed + 2)
