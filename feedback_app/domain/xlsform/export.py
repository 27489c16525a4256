"""A questionnaire as an XLSForm workbook, for KoboToolbox, ODK and the way back.

Sheets ``survey``, ``choices`` and ``settings``, every text in every language
(``label::Finnish (fi)``), sections as groups, ``show_if`` as ``relevant``. What XLSForm has
no column for is written in this app's own columns, which ODK ignores: ``min_label`` and
``max_label`` of a range, ``cannot_say`` of a range or number (a likert scale has it as the
choice ``cannot_say``, which ODK shows), and ``questionnaire_title`` per language in the
settings. So the import gives back the same questionnaire, field by field.
"""

from __future__ import annotations

import re
from typing import Any

import openpyxl

from ..questionnaire import Question, Questionnaire, Text
from .errors import XLSFormExportError
from .export_relevant import relevant_text
from .languages import language_label
from .written import number_text

_TYPES = {"single_choice": "select_one", "multiple_choice": "select_multiple", "note": "note",
          "text": "text", "likert": "select_one", "rating": "range"}  # fmt: skip
#: Names XLSForm keeps for itself (pyxform refuses a question or group called so).
RESERVED_NAMES = {"meta"}
#: Characters a spreadsheet cell (XML) cannot hold.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsform_sheets(questionnaire: Questionnaire) -> dict[str, list[list[str | None]]]:
    """The rows of each sheet, the header first; ``XLSFormExportError`` lists what cannot be
    written."""
    writer = _Writer(questionnaire)
    sheets = writer.sheets()
    if writer.errors:
        raise XLSFormExportError(writer.errors)
    return sheets


def xlsform_workbook(questionnaire: Questionnaire) -> openpyxl.Workbook:
    """The workbook, ready to save; every cell is text (none is read as a formula)."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in xlsform_sheets(questionnaire).items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    return book


def column_language(code: str) -> str:
    """``fi`` -> ``Finnish (fi)``; a code we have no name for -> ``xx (xx)``."""
    label = language_label(code)
    return label if label != code else f"{code} ({code})"


class _Writer:
    def __init__(self, questionnaire: Questionnaire) -> None:
        self.q = questionnaire
        self.errors: list[str] = []
        self.languages = [column_language(c) for c in questionnaire.languages]
        self.choices: list[list[str | None]] = []
        questions = questionnaire.questions
        self.optional = [
            key
            for key, used in (
                ("hint", any(q.help for q in questions)),
                ("min_label", any(q.min_label for q in questions)),
                ("max_label", any(q.max_label for q in questions)),
                ("cannot_say", any(q.cannot_say and q.type != "likert" for q in questions)),
            )
            if used
        ]

    def sheets(self) -> dict[str, list[list[str | None]]]:
        header = ["type", "name", *self.columns("label"), "required", "relevant", "constraint"]
        header += ["appearance", "parameters"]
        for key in self.optional:
            header += self.columns(key)
        survey = [header]
        seen: set[str] = set()
        for section in self.q.sections:
            if section.id in seen:
                self.errors.append(f"section {section.id!r}: two sections have this id")
            seen.add(section.id)
            for name in [section.id, *(q.id for q in section.questions)]:
                if name in RESERVED_NAMES:
                    self.errors.append(
                        f"{name}: XLSForm keeps the name {name!r} for form metadata; rename it"
                    )
            survey.append(self.row(header, "begin group", section.id, {"label": section.title}))
            for question in section.questions:
                survey.append(self.question_row(header, question))
            survey.append(self.row(header, "end group", "", {}))
        return {
            "survey": survey,
            "choices": [["list_name", "name", *self.columns("label")], *self.choices],
            "settings": self.settings(),
        }

    def columns(self, key: str) -> list[str]:
        return [f"{key}::{language}" for language in self.languages]

    def row(
        self, header: list[str], kind: str, name: str, cells: dict[str, Any]
    ) -> list[str | None]:
        """One row in ``header``'s order; translated cells are given as {key: Text}."""
        values: dict[str, str] = {"type": kind, "name": name}
        for key, value in cells.items():
            if isinstance(value, dict):
                for code, language in zip(self.q.languages, self.languages, strict=True):
                    values[f"{key}::{language}"] = self.text(name, value.get(code, ""))
            else:
                values[key] = value
        return [values.get(column) or None for column in header]

    def question_row(self, header: list[str], q: Question) -> list[str | None]:
        kind = _TYPES.get(q.type) or ("integer" if q.integer else "decimal")
        cells: dict[str, Any] = {"label": q.text, "hint": q.help}
        if q.type in ("likert", "single_choice", "multiple_choice"):
            kind = f"{kind} {q.id}"
            self.add_choices(q)
        if q.required:
            cells["required"] = "yes"
        if q.show_if is not None:
            try:
                cells["relevant"] = relevant_text(q, self.q.question(q.show_if.question))
            except XLSFormExportError as exc:
                self.errors.extend(exc.errors)
        cells.update(self.type_cells(q))
        return self.row(header, kind, q.id, cells)

    def type_cells(self, q: Question) -> dict[str, Any]:
        cells: dict[str, Any] = {}
        if q.type == "likert":
            cells["appearance"] = "likert"
        elif q.type == "rating":
            start, end = number_text(q.min or 0), number_text(q.max or 0)
            cells["parameters"] = f"start={start} end={end} step=1"
            cells |= {"min_label": q.min_label, "max_label": q.max_label}
        elif q.type == "number":
            bounds = [(">=", q.min), ("<=", q.max)]
            parts = [f". {op} {number_text(v)}" for op, v in bounds if v is not None]
            cells["constraint"] = " and ".join(parts)
        elif q.type == "text":
            if q.long:
                cells["appearance"] = "multiline"
            if q.max_length is not None:
                cells["constraint"] = f"string-length(.) <= {q.max_length}"
        if q.cannot_say and q.type != "likert":
            cells["cannot_say"] = q.cannot_say
        return cells

    def add_choices(self, q: Question) -> None:
        options: list[tuple[str, Text]] = [(str(o.value), o.label) for o in q.options]
        if q.type == "likert" and q.cannot_say:
            options.append(("cannot_say", q.cannot_say))
        for name, label in options:
            texts = [self.text(q.id, label.get(code, "")) for code in self.q.languages]
            self.choices.append([q.id, name, *texts])

    def settings(self) -> list[list[str | None]]:
        default = self.q.default_language
        header = ["form_title", "form_id", "version", "default_language"]
        header += self.columns("questionnaire_title")
        titles = [self.text("title", self.q.title.get(code, "")) for code in self.q.languages]
        row = [self.text("title", self.q.title_in(default)), self.q.id, str(self.q.version)]
        return [header, [*row, column_language(default), *titles]]

    def text(self, where: str, text: str) -> str:
        """A text as the import reads it back, or an error saying why it cannot be."""
        problem = None
        if _ILLEGAL.search(text):
            problem = "holds a control character that a spreadsheet cannot store"
        elif text.strip().startswith("="):
            problem = "starts with '=', which a spreadsheet reads as a formula"
        elif "${" in text:
            problem = "holds '${', which XLSForm reads as an earlier answer"
        if problem:
            self.errors.append(f"{where}: the text {text[:40]!r} {problem}")
        return text
