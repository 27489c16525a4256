"""The state one conversion builds up, shared by its steps (sheets, languages, choices, rows).

The converter is split by topic into a chain of classes, each adding the methods of one step
to this base; all of them read and write the attributes set here. Every step collects errors
instead of stopping at the first, so a designer sees every problem of a form at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .expressions import Target
from .languages import FALLBACK_LANGUAGE
from .workbook import Row, Sheet
from .xpath import Node

_TRUE = {"yes", "y", "true", "true()", "=true()", "1"}
_FALSE = {"no", "n", "false", "false()", "=false()", "0"}


@dataclass
class Slot:
    """One translatable text: every kept language needs it, or (if optional) it is dropped."""

    where: str
    what: str
    owner: dict[str, Any]
    key: str
    required: bool

    @property
    def texts(self) -> dict[str, str]:
        return self.owner.get(self.key) or {}


@dataclass
class Group:
    row: int
    name: str
    title: dict[str, str]
    tests: list[Node]
    repeat: bool


class ConverterBase:
    """Walks the sheets once, collecting every error rather than stopping at the first."""

    def __init__(self, sheets: dict[str, Sheet], stem: str, language: str | None) -> None:
        self.sheets = sheets
        self.stem = stem
        self.language = language
        self.errors: list[str] = []
        self.notes: list[str] = []
        self.codes: dict[tuple[str, int], str] = {}
        self.order: list[str] = []
        self.slots: list[Slot] = []
        self.targets: dict[str, Target] = {}
        self.inside: dict[str, set[int]] = {}  # question name -> rows of its groups
        self.skipped: dict[str, str] = {}
        self.lists: dict[str, list[Row]] = {}
        self.converted: dict[tuple[str, bool], tuple[list[Any], dict[str, Any]] | None] = {}
        self.sections: list[dict[str, Any]] = []
        self.section_rows: list[int] = []
        self.question_rows: list[list[int]] = []
        self.stack: list[Group] = []
        self.current: dict[str, Any] | None = None
        self.titled_rows: set[int] = set()
        self.default = FALLBACK_LANGUAGE
        self.default_assumed = False
        self.assumed_language: str | None = None  # read for untagged columns, named nowhere

    def error(self, sheet: str, row: int, message: str) -> None:
        self.errors.append(f"{sheet} row {row}: {message}")

    def slot(self, sheet: str, row: int, what: str, owner: dict, key: str, required: bool) -> None:
        """Remember a translatable text, to choose the languages once all are read."""
        self.slots.append(Slot(f"{sheet} row {row}", what, owner, key, required))


def truth(text: str) -> bool | None:
    """XLSForm booleans: yes/no, true/false, TRUE()/FALSE(), 1/0; None if something else."""
    low = text.strip().lower()
    if not low or low in _FALSE:
        return False
    return True if low in _TRUE else None


def error_order(message: str) -> tuple[int, int]:
    """Errors sorted as a user reads the workbook: survey, choices, settings, row by row."""
    match = re.match(r"(survey|choices|settings) row (\d+)", message)
    if not match:
        return (-1, 0)
    return (("survey", "choices", "settings").index(match[1]), int(match[2]))
