"""Choice lists: option codes for select questions, or scale points for likert questions."""

from __future__ import annotations

import re
from typing import Any

from ..validation import ID_PATTERN
from .texts import LanguageColumns
from .workbook import Row


class ChoiceLists(LanguageColumns):
    """Reads the choices sheet by list, converting each list once per kind it is used as."""

    def read_choices(self) -> None:
        """Group the choices sheet by list; a choice outside any list is an error."""
        sheet = self.sheets.get("choices")
        if sheet is None:
            return
        if sheet.rows and not sheet.by_key("list_name"):
            self.error("choices", sheet.header_row, "no 'list_name' column")
            return
        for row in sheet.rows:
            list_name = sheet.text(row, "list_name")
            if list_name:
                self.lists.setdefault(list_name, []).append(row)
            elif sheet.text(row, "name") or self.texts(sheet, row, "label"):
                self.error("choices", row.number, "choice has no list_name")

    def options(self, row: int, list_name: str, likert: bool) -> tuple[list[Any], dict] | None:
        """The options of a list (once per list and kind, so its errors are listed once)."""
        if list_name not in self.lists:
            where = "choices sheet" if "choices" in self.sheets else "workbook (no choices sheet)"
            self.error("survey", row, f"list {list_name!r} is not in the {where}")
            return None
        key = (list_name, likert)
        if key not in self.converted:
            n = len(self.errors)
            result = self.likert_options(list_name) if likert else self.choice_options(list_name)
            self.converted[key] = result if len(self.errors) == n else None
        return self.converted[key]

    def choice_rows(self, list_name: str) -> list[tuple[Row, str, dict[str, str]]]:
        """Rows of one list with their name and labels; nameless or repeated names are errors."""
        sheet = self.sheets["choices"]
        out, seen = [], set()
        for row in self.lists[list_name]:
            name = sheet.text(row, "name")
            label = self.texts(sheet, row, "label")
            if not name:
                self.error("choices", row.number, f"choice in list {list_name!r} has no name")
            elif name in seen:
                self.error("choices", row.number, f"list {list_name!r} has {name!r} twice")
            else:
                seen.add(name)
                out.append((row, name, label))
        return out

    def choice_options(self, list_name: str) -> tuple[list[Any], dict[str, Any]]:
        """Choice names are our option codes; a leading digit gets ``_`` (``1`` -> ``_1``)."""
        options, codes = [], {}
        for row, name, label in self.choice_rows(list_name):
            code = "_" + name if re.match(r"\d", name) else name
            if not ID_PATTERN.match(code):
                self.error(
                    "choices", row.number, f"choice name {name!r} must be letters, digits, _ . or -"
                )
                continue
            if code != name and code in self.lists_names(list_name):
                self.error("choices", row.number, f"choice name {name!r} clashes with {code!r}")
            option = {"value": code, "label": label}
            self.slot("choices", row.number, "label", option, "label", True)
            options.append(option)
            codes[name] = code
        if any(code != name for name, code in codes.items()):
            self.notes.append(
                f"list {list_name!r}: choice names starting with a digit are "
                "stored with a leading '_' (1 -> _1)"
            )
        return options, codes

    def lists_names(self, list_name: str) -> set[str]:
        sheet = self.sheets["choices"]
        return {sheet.text(row, "name") for row in self.lists[list_name]}

    def likert_options(self, list_name: str) -> tuple[list[Any], dict[str, Any]]:
        """Whole-number names are scale points; a choice named ``cannot_say`` is "cannot say"."""
        options, codes = [], {}
        for row, name, label in self.choice_rows(list_name):
            if name == "cannot_say":
                holder = {"value": "cannot_say", "label": label}
                self.slot("choices", row.number, "label", holder, "label", True)
                options.append(holder)
                continue
            if not re.fullmatch(r"-?\d{1,12}", name):
                self.error(
                    "choices",
                    row.number,
                    f"list {list_name!r} is a likert scale, so "
                    f"choice name {name!r} must be a whole number",
                )
                continue
            option = {"value": int(name), "label": label}
            self.slot("choices", row.number, "label", option, "label", True)
            options.append(option)
            codes[name] = int(name)
        values = sorted(codes.values())
        if values and (
            not 3 <= len(values) <= 7 or values != list(range(values[0], values[-1] + 1))
        ):
            first = self.lists[list_name][0].number
            self.error(
                "choices",
                first,
                f"likert list {list_name!r} needs 3 to 7 consecutive "
                f"whole numbers, not {', '.join(map(str, values))}",
            )
        return options, codes
