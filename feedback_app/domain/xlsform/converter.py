"""The whole conversion: read every sheet, then keep the languages that have every label."""

from __future__ import annotations

import copy
import re
from typing import Any

from .base import error_order
from .languages import language_label
from .rows import SurveyRows

FORMAT = "feedback-app-questionnaire"


class Converter(SurveyRows):
    """One pass over a workbook's sheets to a questionnaire dict, errors and notes."""

    def run(self) -> dict[str, Any]:
        """The questionnaire dict, or ``{}`` with ``errors`` filled."""
        survey = self.sheets.get("survey")
        if survey is None:
            found = ", ".join(repr(s.title) for s in self.sheets.values()) or "none"
            self.errors.append(
                f"workbook: no sheet named 'survey' (sheets: {found}), so this is not an "
                "XLSForm; an XLSForm has the sheets 'survey', 'choices' and 'settings'"
            )
            return {}
        self.check_sheets()
        settings = self.settings()
        if not self.check_survey_header(survey):
            return {}
        self.resolve_languages(settings.get("default_language", ""))
        self.read_choices()
        for row in survey.rows:
            self.survey_row(survey, row)
        for group in self.stack:
            kind = "repeat" if group.repeat else "group"
            self.error("survey", group.row, f"{kind} {group.name!r} has no 'end {kind}'")
        if not self.errors and not any(s["questions"] for s in self.sections):
            self.errors.append("survey: the form has no questions that can be imported")
        if self.errors:
            return {}
        return self.assemble(settings)

    def assemble(self, settings: dict[str, Any]) -> dict[str, Any]:
        """The questionnaire dict in the kept languages (a copy: option labels are shared)."""
        languages = self.choose_languages()
        if not languages:
            return {}
        self.drop_partial_slots(languages)
        default = self.default if self.default in languages else languages[0]
        if default != self.default:
            self.notes.append(
                f"the default language is {language_label(default)}, as "
                f"{language_label(self.default)} is not kept"
            )
        sections = [s for s in self.sections if s["questions"]]
        data = {
            "format": FORMAT,
            "id": settings["id"],
            "version": settings["version"],
            "title": self.titles(settings, languages),
            "languages": languages,
            "default_language": default,
            "sections": sections,
        }
        return copy.deepcopy(data)

    def titles(self, settings: dict[str, Any], languages: list[str]) -> dict[str, str]:
        """``questionnaire_title::LANG`` where given (our export writes it), else form_title."""
        sheet = self.sheets.get("settings")
        given = self.texts(sheet, settings["row"], "questionnaire_title") if sheet else {}
        return {code: given.get(code) or settings["title"] for code in languages}

    def choose_languages(self) -> list[str]:
        """Keep the languages that have every label, in the order of their columns; say which
        were left out, and why (for the default language first when none is kept)."""
        needed = sorted((s for s in self.slots if s.required), key=lambda s: error_order(s.where))
        candidates = [c for c in self.order if any(c in s.texts for s in self.slots)]
        first = self.default if self.default in candidates else next(iter(candidates), None)
        kept = [c for c in candidates if all(c in s.texts for s in needed)]
        for code in candidates:
            missing = [f"{s.where} ({s.what})" for s in needed if code not in s.texts]
            if not missing:
                continue
            name = language_label(code)
            if kept and len(missing) == len(needed):
                kinds = sorted({s.what for s in self.slots if code in s.texts})
                self.notes.append(f"{name} left out: it has only {', '.join(kinds)}, no labels")
            elif kept:
                listed = ", ".join(missing[:5]) + (
                    f" and {len(missing) - 5} more" if len(missing) > 5 else ""
                )
                self.notes.append(f"{name} left out: text missing in {listed}")
            elif code == first:
                self.errors.extend(
                    f"{s.where}: {s.what} missing in {name}" for s in needed if code not in s.texts
                )
        if not candidates:
            self.errors.append("survey: the form has no labels")
        return kept

    def drop_partial_slots(self, languages: list[str]) -> None:
        """Hints and group labels missing in a kept language are left out (they are optional)."""
        dropped = []
        for slot in self.slots:
            texts = slot.texts
            partial = not slot.required and texts and not all(c in texts for c in languages)
            if partial:
                dropped.append(f"{slot.where} ({slot.what})")
            for code in list(texts):
                if partial or code not in languages:
                    del texts[code]
        for section in self.sections:
            if "title" in section and not section["title"]:
                del section["title"]
        if dropped:
            self.notes.append("not in every kept language, so left out: " + ", ".join(dropped))
        for section in self.sections:
            for question in section["questions"]:
                for key in ("help", "min_label", "max_label"):
                    if key in question and not question[key]:
                        del question[key]

    def locate(self, message: str) -> str:
        """Turn ``sections[1].questions[2].x: ...`` from the validation into ``survey row N: x``.

        The checks above should leave nothing for the validation to find; this keeps any
        message that slips through pointing at a row rather than at our JSON.
        """
        kept = [i for i, s in enumerate(self.sections) if s["questions"]]
        match = re.match(r"sections\[(\d+)\](?:\.questions\[(\d+)\])?", message)
        if not match or int(match[1]) >= len(kept):
            return message
        index = kept[int(match[1])]
        rows = self.question_rows[index]
        row = self.section_rows[index]
        if match[2] is not None and int(match[2]) < len(rows):
            row = rows[int(match[2])]
        return f"survey row {row}: {message[match.end() :].lstrip('.: ')}"
