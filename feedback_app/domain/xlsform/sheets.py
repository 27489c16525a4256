"""Which sheets and columns a form may use, and the settings sheet (id, version, title)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ..validation import ID_PATTERN
from .base import ConverterBase, truth
from .workbook import PREFIXED, Column, Row, Sheet, text_of

_MEDIA = "pictures, sound and video"
REFUSED_COLUMNS = {
    "survey": {
        "calculation": "calculations", "default": "default answers",
        "choice_filter": "filtered choice lists", "repeat_count": "repeats",
        "trigger": "triggers", "image": _MEDIA, "big-image": _MEDIA, "audio": _MEDIA,
        "video": _MEDIA,
    },
    "choices": {"image": _MEDIA, "big-image": _MEDIA, "audio": _MEDIA, "video": _MEDIA},
    "settings": {"public_key": "encrypted submissions"},
}  # fmt: skip
USED_COLUMNS = {
    "survey": {"type", "name", "label", "hint", "required", "relevant", "constraint",
               "appearance", "parameters", "read_only", "rows"},
    "choices": {"list_name", "name", "label"},
    "settings": {"form_title", "form_id", "version", "default_language", "add_none_option"},
}  # fmt: skip


class SheetChecks(ConverterBase):
    """Refuse columns that would change what is asked or stored; note the harmless rest."""

    def check_sheets(self) -> None:
        """Refuse or note columns and sheets outside the subset, for every sheet we read."""
        for name, sheet in self.sheets.items():
            if name not in USED_COLUMNS:
                if sheet.rows:
                    self.notes.append(f"sheet {sheet.title!r} is not part of XLSForm; ignored")
                continue
            self.check_columns(sheet)

    def check_columns(self, sheet: Sheet) -> None:
        """Refuse columns whose content we cannot import; note those we do not read."""
        refused = REFUSED_COLUMNS[sheet.name]
        seen: set[tuple[str, str | None]] = set()
        for column in sheet.columns:
            filled = [r for r in sheet.rows if column.index in r.cells]
            where = f"column {column.header!r}"
            if column.key in refused or column.key.split("::")[0] in PREFIXED:
                reason = refused.get(column.key, "XForm attributes")
                for row in filled:
                    self.error(sheet.name, row.number, f"{where} is not supported ({reason})")
            elif not _is_used(sheet.name, column):
                if filled:
                    self.notes.append(f"{sheet.name} {where} is not used; ignored")
            elif column.tag == "":
                self.error(sheet.name, sheet.header_row, f"{where} names no language")
            elif (column.key, column.tag) in seen and column.tag is None:
                self.error(sheet.name, sheet.header_row, f"{where} appears twice")
            seen.add((column.key, column.tag))
        known = {c.index for c in sheet.columns}
        stray = sorted({r.number for r in sheet.rows for i in r.cells if i not in known})
        if stray:
            rows = ", ".join(map(str, stray[:5]))
            self.notes.append(f"{sheet.name} rows {rows}: cells under no column header ignored")

    def settings(self) -> dict[str, Any]:
        """Form id, version, title and default language from the first settings row."""
        sheet = self.sheets.get("settings") or Sheet(name="settings")
        row = sheet.rows[0] if sheet.rows else Row(sheet.header_row + 1, {})
        if len(sheet.rows) > 1:
            self.notes.append("settings: only the first row under the header is read")
        form_id = sheet.text(row, "form_id")
        if form_id and not ID_PATTERN.match(form_id):
            self.error(
                "settings",
                row.number,
                f"form_id {form_id!r} must be letters, digits, _ . or -, starting with a letter",
            )
        form_id = form_id or _identifier(self.stem)
        if truth(sheet.text(row, "add_none_option")):
            self.error("settings", row.number, "add_none_option is not supported")
        return {
            "id": form_id,
            "version": self.version(sheet.raw(row, "version"), row.number),
            "title": sheet.text(row, "form_title") or form_id,
            "default_language": sheet.text(row, "default_language"),
        }

    def version(self, raw: Any, row: int) -> int:
        """Whole numbers (also date-like ``2014082801``) as they are, dates as ``yyyymmdd``."""
        text = text_of(raw)
        if isinstance(raw, datetime | date):
            text = raw.strftime("%Y%m%d")
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            text = text.replace("-", "")
        if not text:
            return 1
        if not re.fullmatch(r"\d{1,18}", text) or int(text) < 1:
            self.error(
                "settings",
                row,
                f"version {text!r} is not a whole number of 1 or more (such as 3 or 2024030101)",
            )
            return 1
        return int(text)


def _is_used(sheet: str, column: Column) -> bool:
    """Columns we read: the known ones, with a language only where texts are translated."""
    texts = {"survey": ("label", "hint"), "choices": ("label",)}.get(sheet, ())
    return column.key in USED_COLUMNS[sheet] and (column.tag is None or column.key in texts)


def _identifier(stem: str) -> str:
    """A valid id from a file name, as pyxform uses the file name when form_id is missing."""
    text = re.sub(r"[^A-Za-z0-9_.-]", "_", stem)[:60] or "form"
    return text if re.match(r"[A-Za-z_]", text) else f"form_{text}"
