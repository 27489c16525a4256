"""``select_one LIST or_other``: an "Other" option and a text question shown when it is chosen.

This is what ODK makes of ``or_other`` (pyxform adds a choice named ``other`` and a text
question ``<name>_other`` relevant when it is selected), written in our own terms: an option
``other`` and a ``text`` question with ``show_if`` on it, labelled in every language of the
form.
"""

from __future__ import annotations

from typing import Any

from .languages import language_label
from .questions import Questions

OTHER = "other"
#: The "other" option and the question that asks what it is, in the languages we know.
OTHER_LABEL = {
    "fi": "Muu", "sv": "Annat", "en": "Other", "de": "Andere", "fr": "Autre", "es": "Otro",
    "it": "Altro", "pt": "Outro", "nl": "Anders", "da": "Andet", "no": "Annet", "et": "Muu",
}  # fmt: skip
SPECIFY_LABEL = {
    "fi": "Muu, mikä?", "sv": "Annat, vad?", "en": "Other, please specify",
    "de": "Andere, bitte angeben", "fr": "Autre, veuillez préciser", "es": "Otro, especifique",
    "it": "Altro, specificare", "pt": "Outro, especifique", "nl": "Anders, namelijk",
    "da": "Andet, hvad?", "no": "Annet, hva?", "et": "Muu, mis?",
}  # fmt: skip


class OtherChoices(Questions):
    """Adds the "other" option to a select's options and the text question after it."""

    def with_other(self, row: int, options: list[Any], codes: dict[str, Any]) -> list[Any]:
        """The options with ``other`` last (unless the list has it), as pyxform does."""
        if OTHER in codes:
            return options
        codes[OTHER] = OTHER
        option = {"value": OTHER, "label": self.wording(row, OTHER_LABEL, "the 'Other' option")}
        self.slot("survey", row, "'Other' option", option, "label", True)
        return [*options, option]

    def add_other_question(self, row: int, select: dict[str, Any]) -> None:
        """``<name>_other``: a text shown only when "other" is chosen in ``select``."""
        qid = self.other_id(select["id"])
        question = {
            "id": qid,
            "type": "text",
            "required": False,
            "text": self.wording(row, SPECIFY_LABEL, f"question {qid!r}"),
            "long": False,
            "show_if": {"question": select["id"], "equals": OTHER},
        }
        # the select's own condition is implied: while it is hidden, "other" is not chosen
        self.register(row, question, {}, None)

    def other_id(self, base: str) -> str:
        """``<name>_other``, made unique against every name in the survey and cut to 64."""
        names = {self.sheets["survey"].text(r, "name") for r in self.sheets["survey"].rows}
        names |= set(self.targets)
        candidate, n = f"{base[:58]}_other", 1
        while candidate in names:
            n += 1
            candidate = f"{base[: 56 - len(str(n))]}_other_{n}"
        return candidate

    def wording(self, row: int, known: dict[str, str], what: str) -> dict[str, str]:
        """The text in every language of the form; English where we know no wording."""
        languages = self.order or [self.default]
        missing = [code for code in languages if code not in known]
        if missing:
            names = ", ".join(language_label(code) for code in missing)
            self.notes.append(
                f"survey row {row}: the text of {what} in {names} is English; translate it "
                "in the questionnaire editor"
            )
        return {code: known.get(code, known["en"]) for code in languages}
