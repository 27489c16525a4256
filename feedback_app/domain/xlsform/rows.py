"""Survey rows by type: groups, selects, text, numbers, ranges and notes; the rest refused."""

from __future__ import annotations

import math
import re
from typing import Any

from .base import Group, truth
from .constraints import number_bounds, text_limit
from .other import OtherChoices
from .refusals import REPEATS, because, refused_type
from .relevant import Refusal
from .workbook import Row, Sheet

#: A whole-number question with bounds this close has finitely many answers for conditions.
FINITE_RANGE = 100

_METADATA_TYPES = {
    "start", "end", "today", "deviceid", "imei", "subscriberid", "simserial", "phonenumber",
    "username", "email", "audit", "start-geopoint", "background-audio", "uri:deviceid",
    "uri:email", "uri:phonenumber", "uri:subscriberid", "uri:simserial", "uri:username",
}  # fmt: skip
_SELECT = re.compile(
    r"(?P<kind>select_one|select one from|select one|select1|add select one prompt using"
    r"|select_multiple|select multiple|select all that apply from|select all that apply"
    r"|add select multiple prompt using)"
    r"\s+(?P<list>\S+)(?:\s+(?P<other>or_other|or specify other|or other))?",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"(?P<edge>begin|end)[ _]+(?P<kind>group|repeat|lgroup|loop|looped group)")
_APPEARANCES = {
    "text": {"multiline", "numbers"},
    "number": {"thousands-sep", "numbers"},
    "note": set(),
    "rating": {"vertical", "no-ticks", "picker", "rating"},
    "single_choice": {"minimal", "quick", "horizontal", "horizontal-compact", "compact",
                      "columns", "columns-pack", "no-buttons", "autocomplete", "likert",
                      "quickcompact"},
    "multiple_choice": {"minimal", "horizontal", "horizontal-compact", "compact", "columns",
                        "columns-pack", "no-buttons", "autocomplete"},
    "group": {"field-list", "table-list", "no-collapse"},
}  # fmt: skip


class SurveyRows(OtherChoices):
    """Dispatches each survey row by its type and reads the columns that type may use."""

    def check_survey_header(self, survey: Sheet) -> bool:
        """Without type and name columns no row can be read, so stop early."""
        keys = {c.key for c in survey.columns}
        for needed in ("type", "name"):
            if needed not in keys:
                self.error("survey", survey.header_row, f"no {needed!r} column")
        return "type" in keys and "name" in keys

    def survey_row(self, sheet: Sheet, row: Row) -> None:
        """Dispatch one row by its type; an unknown type is refused, never skipped."""
        kind = sheet.text(row, "type")
        if not kind:
            if sheet.text(row, "name") or any(self.codes.get(("survey", i)) for i in row.cells):
                self.error("survey", row.number, "no type")
            return
        spaced = re.sub(r"\s+", " ", kind)
        low = spaced.lower()
        control, select = _CONTROL.fullmatch(low), _SELECT.fullmatch(spaced)
        refused = refused_type(low)
        if control:
            self.control_row(sheet, row, control["edge"], control["kind"])
        elif refused:
            self.error("survey", row.number, f"type {kind!r} is not supported {refused}")
        elif select:
            single = "one" in select["kind"].lower() or select["kind"].lower() == "select1"
            self.select_row(sheet, row, single, select["list"], bool(select["other"]))
        elif low in ("text", "integer", "int", "decimal", "note", "range"):
            self.simple_row(sheet, row, low)
        elif low in _METADATA_TYPES:
            self.skip(sheet, row, f"{low!r} rows are not recorded (answers stay anonymous)")
        else:
            self.error("survey", row.number, f"type {kind!r} is not an XLSForm type we know")

    def skip(self, sheet: Sheet, row: Row, reason: str) -> None:
        """Leave a metadata row out, with a note; remember its name for relevant messages."""
        name = sheet.text(row, "name")
        if name:
            self.skipped[name] = reason
        self.notes.append(f"survey row {row.number}: {reason}; left out")

    def control_row(self, sheet: Sheet, row: Row, edge: str, kind: str) -> None:
        """``begin group`` opens a section; nested groups are flattened (see the docs)."""
        repeat = kind != "group"
        if repeat and edge == "begin":
            reason = because(REPEATS)
            self.error("survey", row.number, f"type 'begin {kind}' is not supported {reason}")
        if edge == "end":
            if not self.stack or self.stack[-1].repeat != repeat:
                self.error("survey", row.number, f"'end {kind}' without a matching 'begin {kind}'")
            else:
                self.stack.pop()
            self.current = None
            return
        if self.texts(sheet, row, "hint"):
            self.error("survey", row.number, "a group hint is not supported")
        if sheet.text(row, "constraint"):
            self.error("survey", row.number, "a group constraint is not supported")
        if truth(sheet.text(row, "required")) or truth(sheet.text(row, "read_only")):
            self.error("survey", row.number, "required or read_only on a group is not supported")
        self.appearance(sheet, row, "group")
        title = self.texts(sheet, row, "label")
        tree = self.condition_tree(sheet, row)
        name = sheet.text(row, "name")
        self.stack.append(Group(row.number, name, title, [tree] if tree else [], repeat))
        self.current = None

    def select_row(self, sheet: Sheet, row: Row, single: bool, list_name: str, other: bool) -> None:
        """select_one / select_multiple; the likert appearance makes a likert scale."""
        qtype = "single_choice" if single else "multiple_choice"
        appearance = self.appearance(sheet, row, qtype)
        likert = "likert" in appearance
        self.no_constraint(sheet, row, qtype)
        if likert and other:
            self.error("survey", row.number, "or_other is not supported on a likert scale")
            return
        converted = self.options(row.number, list_name, likert)
        if converted is None:
            return
        options, codes = converted
        codes = dict(codes)
        fields: dict[str, Any] = {"options": options}
        if other:
            fields["options"] = self.with_other(row.number, options, codes)
        if likert:
            qtype = "likert"
            fields["options"] = [o for o in options if o["value"] != "cannot_say"]
            for option in options:
                if option["value"] == "cannot_say":
                    fields["cannot_say"] = option["label"]
        values = tuple(o["value"] for o in fields["options"])
        question = self.add_question(sheet, row, qtype, fields, codes, values)
        if other:
            self.add_other_question(row.number, question)

    def simple_row(self, sheet: Sheet, row: Row, low: str) -> None:
        """text, integer, decimal, range and note rows."""
        qtype = {"text": "text", "note": "note", "range": "rating"}.get(low, "number")
        appearance = self.appearance(sheet, row, qtype)
        fields: dict[str, Any] = {}
        values: tuple[Any, ...] | None = None
        if qtype == "text":
            fields = self.text_fields(sheet, row, appearance)
        elif qtype == "number":
            fields = {"integer": low != "decimal", **self.bounds(sheet, row, low != "decimal")}
            if fields["integer"] and {"min", "max"} <= set(fields):
                low_end, high_end = math.ceil(fields["min"]), math.floor(fields["max"])
                if high_end - low_end <= FINITE_RANGE:
                    values = tuple(range(low_end, high_end + 1))
        elif qtype == "rating":
            fields = self.range_fields(sheet, row)
            values = tuple(range(fields.get("min", 0), fields.get("max", -1) + 1))
        else:
            self.no_constraint(sheet, row, "note")
        self.add_question(sheet, row, qtype, fields, {}, values)

    def text_fields(self, sheet: Sheet, row: Row, appearance: set[str]) -> dict[str, Any]:
        """``multiline`` or several rows -> long; ``string-length(.) <= N`` -> max_length."""
        rows = sheet.text(row, "rows")
        fields: dict[str, Any] = {"long": "multiline" in appearance or rows not in ("", "1")}
        constraint = sheet.text(row, "constraint")
        if constraint:
            try:
                fields["max_length"] = text_limit(constraint)
            except Refusal as exc:
                self.error("survey", row.number, str(exc))
        return fields

    def bounds(self, sheet: Sheet, row: Row, integer: bool) -> dict[str, Any]:
        """``. >= 0 and . <= 120`` -> min 0, max 120; strict bounds only on whole numbers."""
        constraint = sheet.text(row, "constraint")
        if not constraint:
            return {}
        try:
            return number_bounds(constraint, integer)
        except Refusal as exc:
            self.error("survey", row.number, str(exc))
            return {}

    def range_fields(self, sheet: Sheet, row: Row) -> dict[str, Any]:
        """``range`` with ``start=0 end=10 step=1`` is a rating of whole numbers."""
        self.no_constraint(sheet, row, "range")
        text = sheet.text(row, "parameters")
        params = {"start": "1", "end": "10", "step": "1"}
        for item in re.split(r"[\s,;]+", text.strip()) if text else []:
            key, _, value = item.partition("=")
            if key.strip().lower() not in params:
                self.error("survey", row.number, f"range parameter {item!r} is not supported")
                continue
            params[key.strip().lower()] = value.strip()
        if not all(re.fullmatch(r"-?\d{1,6}(\.0+)?", v) for v in params.values()):
            self.error("survey", row.number, "range start, end and step must be whole numbers")
            return {}
        start, end, step = (int(float(params[k])) for k in ("start", "end", "step"))
        if step != 1 or not start < end <= start + 20:
            self.error("survey", row.number, "a range needs step=1 and 2 to 21 points")
            return {}
        return {"min": start, "max": end}

    def no_constraint(self, sheet: Sheet, row: Row, what: str) -> None:
        """A constraint we cannot enforce would let answers through its designer ruled out."""
        constraint = sheet.text(row, "constraint")
        if constraint:
            self.error("survey", row.number, f"constraint on a {what} question is not supported")

    def appearance(self, sheet: Sheet, row: Row, qtype: str) -> set[str]:
        """Presentation-only appearances pass; the rest change what a respondent sees."""
        tokens = set(sheet.text(row, "appearance").lower().split())
        allowed = _APPEARANCES[qtype]
        for token in sorted(tokens):
            if token not in allowed and not re.fullmatch(r"(w|compact-|columns-)\d+", token):
                self.error("survey", row.number, f"appearance {token!r} is not supported")
        return tokens
