"""One question being edited: a mutable record with the JSON format's fields, no Qt."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ....domain.questionnaire import Condition, Option, Question

Texts = dict[str, str]


@dataclass
class OptionDraft:
    value: int | str
    label: Texts = field(default_factory=dict)


@dataclass
class QuestionDraft:
    id: str
    type: str
    section: str
    required: bool = False
    text: Texts = field(default_factory=dict)
    help: Texts = field(default_factory=dict)
    options: list[OptionDraft] = field(default_factory=list)
    cannot_say_on: bool = False
    cannot_say: Texts = field(default_factory=dict)
    min: float | None = None
    max: float | None = None
    min_label: Texts = field(default_factory=dict)
    max_label: Texts = field(default_factory=dict)
    integer: bool = True
    long: bool = False
    max_length: int | None = None
    show_if: dict[str, Any] | None = None

    @classmethod
    def from_question(cls, q: Question, section: str) -> QuestionDraft:
        return cls(
            id=q.id,
            type=q.type,
            section=section,
            required=q.required,
            text=dict(q.text),
            help=dict(q.help),
            options=[OptionDraft(o.value, dict(o.label)) for o in q.options],
            cannot_say_on=bool(q.cannot_say),
            cannot_say=dict(q.cannot_say),
            min=q.min,
            max=q.max,
            min_label=dict(q.min_label),
            max_label=dict(q.max_label),
            integer=q.integer,
            long=q.long,
            max_length=q.max_length,
            show_if=q.show_if.to_dict() if q.show_if else None,
        )

    def texts(self) -> list[tuple[str, Texts, bool]]:
        """Every wording of the question as (key, texts, required), in the order shown."""
        rows: list[tuple[str, Texts, bool]] = [
            ("text", self.text, True),
            ("help", self.help, False),
        ]
        if self.type in ("likert", "single_choice", "multiple_choice"):
            rows += [(f"option{i}", o.label, True) for i, o in enumerate(self.options)]
        if self.type == "rating":
            rows += [("min_label", self.min_label, False), ("max_label", self.max_label, False)]
        if self.cannot_say_on and self.type in ("likert", "rating", "number"):
            rows.append(("cannot_say", self.cannot_say, True))
        return rows

    def set_points(self, count: int) -> None:
        """A likert scale of ``count`` consecutive points, keeping the labels it had."""
        start = int(self.options[0].value) if self.options else 1
        del self.options[count:]
        while len(self.options) < count:
            self.options.append(OptionDraft(start + len(self.options)))

    def add_option(self) -> None:
        codes = {str(o.value) for o in self.options}
        number = len(self.options) + 1
        while f"option{number}" in codes:
            number += 1
        self.options.append(OptionDraft(f"option{number}"))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id.strip(), "type": self.type}
        if self.type != "note":
            data["required"] = self.required
        data["text"] = given(self.text)
        if given(self.help):
            data["help"] = given(self.help)
        if self.type in ("likert", "single_choice", "multiple_choice"):
            data["options"] = [
                {
                    "value": o.value if self.type == "likert" else str(o.value).strip(),
                    "label": given(o.label),
                }
                for o in self.options
            ]
        if self.cannot_say_on and self.type in ("likert", "rating", "number"):
            data["cannot_say"] = given(self.cannot_say)
        if self.type in ("rating", "number"):
            data.update({k: v for k, v in (("min", self.min), ("max", self.max)) if v is not None})
        if self.type == "rating":
            for key in ("min_label", "max_label"):
                if given(getattr(self, key)):
                    data[key] = given(getattr(self, key))
        if self.type == "number":
            data["integer"] = self.integer
        if self.type == "text":
            data["long"] = self.long
            if self.max_length:
                data["max_length"] = self.max_length
        if self.show_if is not None:
            data["show_if"] = copy.deepcopy(self.show_if)
        return data

    def to_question(self) -> Question:
        """The question as the kiosk takes it, even while it is not yet valid (for a preview)."""
        condition = None
        if self.show_if:
            op = next((k for k in self.show_if if k != "question"), "equals")
            condition = Condition(str(self.show_if.get("question")), op, self.show_if.get(op))
        return Question(
            id=self.id,
            type=self.type,
            text=given(self.text),
            required=self.required and self.type != "note",
            help=given(self.help),
            options=tuple(Option(o.value, given(o.label)) for o in self.options),
            cannot_say=given(self.cannot_say) if self.cannot_say_on else {},
            min=self.min,
            max=self.max,
            min_label=given(self.min_label),
            max_label=given(self.max_label),
            integer=self.integer,
            long=self.long,
            max_length=self.max_length or None,
            show_if=condition,
        )


def given(texts: Texts) -> Texts:
    """The wordings that are not blank (a blank one counts as missing)."""
    return {lang: text for lang, text in texts.items() if text.strip()}


def missing_languages(texts: Texts, required: bool, languages: list[str]) -> list[str]:
    """The languages a wording lacks: all of them once it is needed, or begun in one."""
    if not required and not given(texts):
        return []
    return [lang for lang in languages if not texts.get(lang, "").strip()]
