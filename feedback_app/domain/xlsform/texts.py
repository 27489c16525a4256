"""Giving every label and hint column a language, and reading the texts of a row."""

from __future__ import annotations

from .languages import FALLBACK_LANGUAGE, language_code, language_label
from .sheets import TEXT_COLUMNS, SheetChecks
from .workbook import Column, Row, Sheet, text_of


class LanguageColumns(SheetChecks):
    """Maps columns to language codes; untagged columns get the form's default language."""

    def resolve_languages(self, default_tag: str) -> None:
        """Give every label/hint column a language code; untagged ones get the default."""
        self.default = self.default_language(default_tag)
        for name, keys in TEXT_COLUMNS.items():
            sheet = self.sheets.get(name)
            if sheet is None:
                continue
            seen: dict[tuple[str, str], str] = {}
            for column in (c for c in sheet.columns if c.key in keys):
                code = self.column_language(sheet, column)
                if code is None:
                    continue
                other = seen.setdefault((column.key, code), column.header)
                if other != column.header:
                    self.error(
                        name,
                        sheet.header_row,
                        f"columns {other!r} and {column.header!r}"
                        f" are both in {language_label(code)}",
                    )
                self.codes[(name, column.index)] = code
                if code not in self.order:
                    self.order.append(code)

    def column_language(self, sheet: Sheet, column: Column) -> str | None:
        """The code of a label/hint column; assuming a language for untagged ones is noted."""
        if column.tag is None:
            if self.default_assumed and any(column.index in r.cells for r in sheet.rows):
                self.default_assumed = False
                self.assumed_language = self.default
                self.notes.append(
                    f"untagged columns such as {column.header!r} were read as "
                    f"{language_label(self.default)}; name their language with "
                    "default_language in the settings sheet"
                )
            return self.default
        code = language_code(column.tag) if column.tag else None
        if column.tag and code is None:
            self.error(
                sheet.name,
                sheet.header_row,
                f"column {column.header!r}: unknown language"
                f" {column.tag!r}; write it like 'Finnish (fi)'",
            )
        return code

    def default_language(self, tag: str) -> str:
        """Settings' default_language, else ``language``, else the first tagged survey label."""
        self.default_assumed = not tag and self.language is None
        if tag:
            code = language_code(tag)
            if code is None:
                self.error(
                    "settings",
                    self.sheets["settings"].rows[0].number,
                    f"default_language {tag!r} is not a language like 'Finnish (fi)'",
                )
            return code or FALLBACK_LANGUAGE
        if self.language:
            return self.language
        for column in self.sheets["survey"].by_key("label"):
            code = language_code(column.tag) if column.tag else None
            if code:
                return code
        return FALLBACK_LANGUAGE

    def texts(self, sheet: Sheet, row: Row, key: str) -> dict[str, str]:
        """The cell of ``key`` in every language; answer piping (``${q}``) is refused."""
        out: dict[str, str] = {}
        for column in sheet.by_key(key):
            code = self.codes.get((sheet.name, column.index))
            text = text_of(row.cells.get(column.index))
            if code is None or not text:
                continue
            if text.startswith("="):
                self.error(
                    sheet.name,
                    row.number,
                    f"{column.header} {text!r} is a formula; replace it by its text",
                )
            elif "${" in text:
                self.error(
                    sheet.name,
                    row.number,
                    f"{column.header} {text!r} shows an earlier "
                    "answer (${...}), which is not supported",
                )
            out[code] = text
        return out
