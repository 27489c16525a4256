"""One question: the columns every type shares, and the section it joins."""

from __future__ import annotations

from typing import Any

from ..validation import ID_PATTERN
from .base import truth
from .conditions import Conditions
from .expressions import Target
from .workbook import Row, Sheet


class Questions(Conditions):
    """Builds question dicts and remembers what later ``relevant`` columns may ask of them."""

    def add_question(
        self,
        sheet: Sheet,
        row: Row,
        qtype: str,
        fields: dict[str, Any],
        codes: dict[str, Any],
        values: tuple[Any, ...] | None,
    ) -> dict[str, Any]:
        """Common columns, then the question joins the current section."""
        qid = self.question_id(sheet, row)
        required = self.required(sheet, row, qtype)
        if qtype != "note" and truth(sheet.text(row, "read_only")):
            self.error("survey", row.number, "read_only questions are not supported")
        if sheet.text(row, "parameters") and qtype != "rating":
            self.error("survey", row.number, "parameters are supported only on range")
        question: dict[str, Any] = {"id": qid, "type": qtype}
        if qtype != "note":
            question["required"] = required
        question["text"] = self.texts(sheet, row, "label")
        question["help"] = self.texts(sheet, row, "hint")
        question.update(fields)
        own = self.condition_tree(sheet, row)
        show_if = self.show_if(row.number, own, [(g.row, t) for g in self.stack for t in g.tests])
        if show_if:
            question["show_if"] = show_if
        if not question["text"]:
            self.error("survey", row.number, f"question {qid!r} has no label")
        self.own_texts(sheet, row, question)
        self.register(row.number, question, codes, values)
        return question

    def own_texts(self, sheet: Sheet, row: Row, question: dict[str, Any]) -> None:
        """This app's own columns: end labels of a range, "cannot say" of a range or number."""
        qtype = question["type"]
        for key, types in (("min_label", ("rating",)), ("max_label", ("rating",))):
            texts = self.texts(sheet, row, key)
            if texts and qtype not in types:
                self.error("survey", row.number, f"{key} is used only on range questions")
            elif texts:
                question[key] = texts
                self.slot("survey", row.number, key, question, key, False)
        texts = self.texts(sheet, row, "cannot_say")
        if texts and qtype not in ("rating", "number"):
            advice = "; add a choice named cannot_say" if qtype == "likert" else ""
            self.error(
                "survey",
                row.number,
                f"cannot_say is used only on range, integer and decimal questions{advice}",
            )
        elif texts:
            question["cannot_say"] = texts
            self.slot("survey", row.number, "cannot_say", question, "cannot_say", True)

    def register(
        self,
        row: int,
        question: dict[str, Any],
        codes: dict[str, Any],
        values: tuple[Any, ...] | None,
    ) -> None:
        """Record the question's texts and what later ``relevant`` columns may ask of it."""
        where = f"survey row {row}"
        self.slot("survey", row, "label", question, "text", True)
        self.slot("survey", row, "hint", question, "help", False)
        if question["id"] in self.targets:
            self.errors.append(f"{where}: name {question['id']!r} is used twice")
        self.inside[question["id"]] = {g.row for g in self.stack}
        self.targets[question["id"]] = Target(
            id=question["id"],
            type=question["type"],
            codes=codes,
            values=values,
            cannot_say="cannot_say" in question,
            integer=question["type"] in ("likert", "rating") or question.get("integer", False),
        )
        self.section().append(question)
        self.question_rows[-1].append(row)

    def question_id(self, sheet: Sheet, row: Row) -> str:
        """The name becomes the id that exports and statistics use, so it must be valid."""
        name = sheet.text(row, "name")
        if not name:
            self.error("survey", row.number, "question has no name")
        elif not ID_PATTERN.match(name):
            self.error(
                "survey",
                row.number,
                f"name {name!r} must be letters, digits, _ . or -,"
                " starting with a letter, at most 64 characters",
            )
        return name

    def required(self, sheet: Sheet, row: Row, qtype: str) -> bool:
        """Only constant yes/no: a required expression depends on answers we cannot model."""
        text = sheet.text(row, "required")
        flag = truth(text)
        if flag is None:
            self.error("survey", row.number, f"required {text!r} is not supported (use yes or no)")
        elif flag and qtype == "note":
            self.error("survey", row.number, "a note cannot be required")
        return bool(flag) and qtype != "note"

    def section(self) -> list[dict[str, Any]]:
        """The question list of the current section, starting a new one when needed."""
        if self.current is None:
            group = self.stack[-1] if self.stack else None
            titled = next((g for g in reversed(self.stack) if g.title), None)
            base = group.name if group and ID_PATTERN.match(group.name) else ""
            sid = _unique(base, {s["id"] for s in self.sections})
            self.current = {"id": sid, "questions": []}
            if titled:
                self.current["title"] = titled.title
                if titled.row not in self.titled_rows:
                    self.titled_rows.add(titled.row)
                    self.slot("survey", titled.row, "group label", {"t": titled.title}, "t", False)
            self.sections.append(self.current)
            self.section_rows.append(group.row if group else 0)
            self.question_rows.append([])
        return self.current["questions"]


def _unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base_2``...; untitled sections are ``section1``, ``section2``..."""
    if base and base not in taken:
        return base
    n = 1 if not base else 2
    while f"{base or 'section'}{'_' if base else ''}{n}" in taken:
        n += 1
    return f"{base or 'section'}{'_' if base else ''}{n}"
