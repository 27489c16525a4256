"""Which sheets and columns a form may use, and the settings sheet (id, version, title)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ..validation import ID_PATTERN, MAX_VERSION
from .base import ConverterBase, truth
from .refusals import COLUMNS, HARMLESS_PREFIXES, because
from .workbook import PREFIXED, Column, Row, Sheet, text_of

USED_COLUMNS = {
    "survey": {"type", "name", "label", "hint", "required", "relevant", "constraint",
               "appearance", "parameters", "read_only", "rows", "min_label", "max_label",
               "cannot_say"},
    "choices": {"list_name", "name", "label"},
    "settings": {"form_title", "form_id", "version", "default_language", "add_none_option",
                 "questionnaire_title"},
}  # fmt: skip
#: Columns whose cells are texts in a language (``label::Finnish (fi)``). ``min_label``,
#: ``max_label``, ``cannot_say`` and ``questionnaire_title`` are this app's own: ODK ignores
#: them, and they carry what XLSForm has no column for, so an exported form comes back whole.
TEXT_COLUMNS = {
    "survey": ("label", "hint", "min_label", "max_label", "cannot_say"),
    "choices": ("label",),
    "settings": ("questionnaire_title",),
}
#: Why a column we do not read is harmless, for its note.
_IGNORED = {
    "constraint_message": "the kiosk shows its own, translated message",
    "required_message": "the kiosk shows its own, translated message",
}


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
        seen: set[tuple[str, str | None]] = set()
        for column in sheet.columns:
            filled = [r for r in sheet.rows if column.index in r.cells]
            where = f"column {column.header!r}"
            refused = COLUMNS[sheet.name].get(column.key)
            prefix = column.key.split("::")[0] if "::" in column.key else None
            if refused:
                reason = because(refused)
                for row in filled:
                    self.error(sheet.name, row.number, f"{where} is not supported {reason}")
                if not filled:
                    self.notes.append(f"{sheet.name} {where} is empty; ignored")
            elif prefix in PREFIXED:
                if filled:
                    why = HARMLESS_PREFIXES.get(prefix, "an XForm attribute")
                    self.notes.append(
                        f"{sheet.name} {where} ({why}) changes nothing a respondent sees or "
                        "the kiosk stores; ignored"
                    )
            elif not _is_used(sheet.name, column):
                if filled:
                    why = f" ({_IGNORED[column.key]})" if column.key in _IGNORED else ""
                    self.notes.append(f"{sheet.name} {where} is not used{why}; ignored")
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
            "row": row,
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
        if not re.fullmatch(r"\d{1,19}", text) or not 1 <= int(text) <= MAX_VERSION:
            self.error(
                "settings",
                row,
                f"version {text!r} is not a whole number of 1 or more (such as 3 or 2024030101)",
            )
            return 1
        return int(text)


def _is_used(sheet: str, column: Column) -> bool:
    """Columns we read: the known ones, with a language only where texts are translated."""
    texts = TEXT_COLUMNS[sheet]
    return column.key in USED_COLUMNS[sheet] and (column.tag is None or column.key in texts)


def _identifier(stem: str) -> str:
    """A valid id from a file name, as pyxform uses the file name when form_id is missing."""
    text = re.sub(r"[^A-Za-z0-9_.-]", "_", stem)[:60] or "form"
    return text if re.match(r"[A-Za-z_]", text) else f"form_{text}"
