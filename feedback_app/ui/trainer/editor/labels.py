"""Translated names and sentences the editor's screens share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ...i18n import LANGUAGE_NAMES


def type_name(qtype: str) -> str:
    # Spelled out so that lupdate finds every text.
    names = {
        "likert": QCoreApplication.translate("QuestionTypes", "Agreement scale (likert)"),
        "rating": QCoreApplication.translate("QuestionTypes", "Rating on a number scale"),
        "single_choice": QCoreApplication.translate("QuestionTypes", "Single choice"),
        "multiple_choice": QCoreApplication.translate("QuestionTypes", "Multiple choice"),
        "number": QCoreApplication.translate("QuestionTypes", "Number"),
        "text": QCoreApplication.translate("QuestionTypes", "Text answer"),
        "note": QCoreApplication.translate("QuestionTypes", "Note (text only, no answer)"),
    }
    return names.get(qtype, qtype)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def text_row_label(key: str, qtype: str) -> str:
    """The row heading of one wording in the side-by-side texts."""
    if key.startswith("option"):
        number = str(int(key[len("option") :]) + 1)
        source = (
            QCoreApplication.translate("QuestionTexts", "Point %1")
            if qtype == "likert"
            else QCoreApplication.translate("QuestionTexts", "Option %1")
        )
        return source.replace("%1", number)
    return {
        "title": QCoreApplication.translate("QuestionTexts", "Title"),
        "section_title": QCoreApplication.translate("QuestionTexts", "Section title"),
        "text": QCoreApplication.translate("QuestionTexts", "Question text"),
        "help": QCoreApplication.translate("QuestionTexts", "Help text"),
        "cannot_say": QCoreApplication.translate("QuestionTexts", "“Cannot say” answer"),
        "min_label": QCoreApplication.translate("QuestionTexts", "Label of the lowest number"),
        "max_label": QCoreApplication.translate("QuestionTexts", "Label of the highest number"),
    }.get(key, key)


def condition_text(show_if: dict[str, Any] | None) -> str:
    """``show_if`` in words (the editor shows conditions but does not change them)."""
    if not show_if:
        return QCoreApplication.translate("EditorLabels", "Always shown.")
    op = next((k for k in show_if if k != "question"), "")
    value = show_if.get(op)
    shown = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
    sentences = {
        "equals": QCoreApplication.translate(
            "EditorLabels", "Shown only when the answer to “%1” is %2."
        ),
        "one_of": QCoreApplication.translate(
            "EditorLabels", "Shown only when the answer to “%1” is one of %2."
        ),
        "none_of": QCoreApplication.translate(
            "EditorLabels", "Shown unless the answer to “%1” is %2."
        ),
        "none_of_many": QCoreApplication.translate(
            "EditorLabels", "Shown unless the answer to “%1” is one of %2."
        ),
        "at_least": QCoreApplication.translate(
            "EditorLabels", "Shown only when the answer to “%1” is at least %2."
        ),
        "at_most": QCoreApplication.translate(
            "EditorLabels", "Shown only when the answer to “%1” is at most %2."
        ),
    }
    if op == "none_of" and isinstance(value, list | tuple) and len(value) > 1:
        op = "none_of_many"
    sentence = sentences.get(op, sentences["equals"])
    return sentence.replace("%1", str(show_if.get("question", ""))).replace("%2", shown)


def save_outcome(outcome: str, requested: int, saved: int, moved: int) -> str:
    """What a save did, in plain words."""
    if outcome == "new_version":
        text = QCoreApplication.translate(
            "EditorLabels",
            "Version %1 is already used by responses, so this was saved as version %2. "
            "Sessions that already collected answers keep version %1.",
        )
        if moved:
            text += " " + QCoreApplication.translate(
                "EditorLabels", "Sessions without answers now use version %2 (%3)."
            )
        return (
            text.replace("%1", str(requested)).replace("%2", str(saved)).replace("%3", str(moved))
        )
    if outcome == "unchanged":
        return QCoreApplication.translate(
            "EditorLabels", "Nothing to save: version %1 is stored exactly like this."
        ).replace("%1", str(saved))
    return QCoreApplication.translate("EditorLabels", "Saved as version %1.").replace(
        "%1", str(saved)
    )


def missing_summary(counts: dict[str, int]) -> str:
    """The status line: how many texts are missing, per language."""
    total = sum(counts.values())
    if not total:
        return QCoreApplication.translate("EditorLabels", "Every text is given in every language.")
    parts = [f"{language_name(lang)}: {n}" for lang, n in counts.items() if n]
    return (
        QCoreApplication.translate(
            "EditorLabels", "Missing translations: %1 (highlighted)"
        ).replace("%1", str(total))
        + "  —  "
        + ", ".join(parts)
    )
