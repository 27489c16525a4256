"""The codebook: what each question column of an export means, in every language.

A spreadsheet of numbers is only half an export: the codebook says which question a column
holds, in which questionnaire versions it was asked, and what 1, 2, 3... stand for.
"""

from __future__ import annotations

from ..domain.questionnaire import Question, pick
from .export_columns import Column

LANGUAGES = ("fi", "sv", "en")
CODEBOOK_COLUMNS = (
    "question_id",
    "questionnaire_versions",
    "type",
    *(f"text_{lang}" for lang in LANGUAGES),
    *(f"value_labels_{lang}" for lang in LANGUAGES),
)


def codebook_rows(columns: list[Column]) -> list[list[str]]:
    """One row per question column, worded as in the newest version that asks it."""
    rows = []
    for column in columns:
        question = column.newest
        versions: dict[str, list[int]] = {}
        for qid, version, _ in column.questions:
            versions.setdefault(qid, []).append(version)
        types = dict.fromkeys(q.type for _, _, q in column.questions)
        rows.append(
            [
                column.question_id,
                "; ".join(f"{qid} {', '.join(map(str, sorted(v)))}" for qid, v in versions.items()),
                "/".join(types),
                *(pick(question.text, lang) for lang in LANGUAGES),
                *(value_labels(question, lang) for lang in LANGUAGES),
            ]
        )
    return rows


def value_labels(question: Question, language: str) -> str:
    """``1=Strongly disagree; 2=Disagree; ...`` for scales and choices; the range of a number."""
    if question.type in ("likert", "single_choice", "multiple_choice"):
        return "; ".join(f"{o.value}={pick(o.label, language)}" for o in question.options)
    if question.type == "rating":
        points = question.scale_values()
        if not points:
            return ""
        ends = [
            f"{points[0]}={pick(question.min_label, language)}" if question.min_label else "",
            f"{points[-1]}={pick(question.max_label, language)}" if question.max_label else "",
        ]
        labelled = "; ".join(e for e in ends if e)
        return f"{points[0]}-{points[-1]}" + (f" ({labelled})" if labelled else "")
    if question.type == "number":
        bounds = [
            f"{name}={_number(value)}"
            for name, value in (("min", question.min), ("max", question.max))
            if value is not None
        ]
        return "; ".join(bounds)
    return ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
