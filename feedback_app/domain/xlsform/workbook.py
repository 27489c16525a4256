"""Reading an .xlsx into plain sheets: header columns and the non-empty rows under them.

Kept apart from the conversion so that everything openpyxl can raise on a damaged archive is
turned into one clear :class:`XLSFormError` here, and the converter only ever sees text.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl

from .errors import XLSFormError

TRANSLATABLE = {"label", "hint", "guidance_hint", "constraint_message", "required_message",
                "image", "big-image", "audio", "video", "caption", "min_label", "max_label",
                "cannot_say", "questionnaire_title"}  # fmt: skip
PREFIXED = ("media", "bind", "body", "instance", "control")
ALIASES = {
    "caption": "label", "relevance": "relevant", "readonly": "read_only",
    "list name": "list_name", "constraint message": "constraint_message",
    "jr:constraintmsg": "constraint_message", "requiredmsg": "required_message",
    "required message": "required_message", "jr:requiredmsg": "required_message",
    "calculate": "calculation", "count": "repeat_count", "jr:count": "repeat_count",
    "media::image": "image", "media::big-image": "big-image", "media::audio": "audio",
    "media::video": "video", "set form title": "form_title", "set form id": "form_id",
    "id_string": "form_id",
    # pyxform reads these prefixed spellings as the plain columns
    "bind::relevant": "relevant", "bind::required": "required",
    "bind::constraint": "constraint", "bind::readonly": "read_only",
    "bind::calculate": "calculation", "bind::jr:constraintmsg": "constraint_message",
    "bind::jr:requiredmsg": "required_message", "control::appearance": "appearance",
    "body::appearance": "appearance", "control::jr:count": "repeat_count",
    "body::jr:count": "repeat_count", "control::rows": "rows", "body::rows": "rows",
}  # fmt: skip


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    key: str
    tag: str | None


@dataclass(frozen=True)
class Row:
    number: int
    cells: dict[int, Any]


@dataclass
class Sheet:
    name: str
    title: str = ""
    header_row: int = 1
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)

    def by_key(self, key: str) -> list[Column]:
        return [c for c in self.columns if c.key == key]

    def text(self, row: Row, key: str) -> str:
        """The untagged cell of column ``key`` (first such column), as text."""
        for column in self.columns:
            if column.key == key and column.tag is None:
                return text_of(row.cells.get(column.index))
        return ""

    def raw(self, row: Row, key: str) -> Any:
        for column in self.by_key(key):
            if column.index in row.cells:
                return row.cells[column.index]
        return None


def load_workbook(path: Path) -> dict[str, Sheet]:
    """Every sheet by lower-case name; anything openpyxl cannot read is a clear error."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise XLSFormError([f"{path.name}: cannot read the file ({exc.strerror or exc})"]) from None
    not_xlsx = f"{path.name}: not an Excel .xlsx file"
    if not zipfile.is_zipfile(io.BytesIO(data)):
        if data.startswith(b"PK\x03\x04"):  # an .xlsx cut short: its zip directory is missing
            raise XLSFormError([f"{not_xlsx}, or the file is damaged (it ends too early)"])
        raise XLSFormError([f"{not_xlsx} (an old .xls file must first be saved as .xlsx)"])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
            try:
                return {ws.title.strip().lower(): read_sheet(ws) for ws in book.worksheets}
            finally:
                book.close()
    except Exception as exc:  # openpyxl raises many kinds of errors on damaged archives
        reason = f"{type(exc).__name__}: {exc}"[:200]
        raise XLSFormError([f"{not_xlsx}, or the file is damaged ({reason})"]) from None


def read_sheet(ws: Any) -> Sheet:
    """The first non-empty row is the header; later non-empty rows keep their Excel number."""
    sheet = Sheet(name=str(ws.title).strip().lower(), title=str(ws.title))
    header: dict[int, Any] | None = None
    ws.reset_dimensions()  # a wrong stored size would otherwise cut rows or columns off
    for number, values in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True), 1):
        cells = {
            i: v
            for i, v in enumerate(values)
            if v is not None and not (isinstance(v, str) and not v.strip())
        }
        if not cells:
            continue
        if header is None:
            header, sheet.header_row = cells, number
        else:
            sheet.rows.append(Row(number, cells))
    sheet.columns = [column(i, text_of(v)) for i, v in sorted((header or {}).items())]
    return sheet


def column(index: int, header: str) -> Column:
    """Split ``label::Finnish (fi)`` / legacy ``label:finnish`` into a key and language tag."""
    key, tag = header.lower(), None
    if "::" in header:
        parts = [p.strip() for p in header.split("::")]
        if parts[0].lower() in PREFIXED:
            key = f"{parts[0]}::{parts[1]}".lower()
            tag = "::".join(parts[2:]) if len(parts) > 2 else None
        else:
            key, tag = parts[0].lower(), "::".join(parts[1:])
    elif ":" in header and header.split(":", 1)[0].strip().lower() in TRANSLATABLE:
        first, rest = header.split(":", 1)
        key, tag = first.strip().lower(), rest.strip()
    key = re.sub(r"\s+", " ", key.strip())
    return Column(index, header, ALIASES.get(key, key), tag)


def text_of(value: Any) -> str:
    """A cell as the text a designer sees in Excel (``12.0`` -> ``12``, dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
