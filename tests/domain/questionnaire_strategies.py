"""Hypothesis strategies: valid questionnaire definitions in the canonical form ``to_dict`` writes.

A generated definition uses every optional field sometimes, so a field that an export or an
import dropped or changed shows up as a difference from the generated dict.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from feedback_app.domain.questionnaire import QUESTION_TYPES

LANGUAGES = ("fi", "sv", "en")
FORMAT = "feedback-app-questionnaire"

words = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
codes = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.-]{0,10}", fullmatch=True)
numbers = st.one_of(
    st.integers(-1000, 1000),
    st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False).filter(
        lambda x: not x.is_integer()
    ),
)


def texts(draw: st.DrawFn, languages: list[str]) -> dict[str, str]:
    return {lang: draw(words) for lang in languages}


def maybe_text(draw: st.DrawFn, languages: list[str]) -> dict[str, str] | None:
    return texts(draw, languages) if draw(st.booleans()) else None


def type_fields(draw: st.DrawFn, qtype: str, languages: list[str]) -> dict[str, Any]:
    """The fields only ``qtype`` has, valid and in canonical form."""
    out: dict[str, Any] = {}
    if qtype == "likert":
        first, size = draw(st.integers(-2, 2)), draw(st.integers(3, 7))
        values = [first + i for i in range(size)]
        out["options"] = [{"value": v, "label": texts(draw, languages)} for v in values]
    elif qtype in ("single_choice", "multiple_choice"):
        values = draw(st.lists(codes, min_size=1, max_size=5, unique=True))
        out["options"] = [{"value": v, "label": texts(draw, languages)} for v in values]
    if qtype in ("likert", "rating", "number") and draw(st.booleans()):
        out["cannot_say"] = texts(draw, languages)
    if qtype == "rating":
        low = draw(st.integers(-5, 5))
        out |= {"min": low, "max": low + draw(st.integers(1, 20))}
        for key in ("min_label", "max_label"):
            label = maybe_text(draw, languages)
            if label:
                out[key] = label
    elif qtype == "number":
        bounds = sorted(draw(st.lists(numbers, min_size=2, max_size=2, unique=True)))
        for key, value in zip(("min", "max"), bounds, strict=True):
            if draw(st.booleans()):
                out[key] = value
        out["integer"] = draw(st.booleans())
    elif qtype == "text":
        out["long"] = draw(st.booleans())
        if draw(st.booleans()):
            out["max_length"] = draw(st.integers(1, 10_000))
    return out


def possible_values(question: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Answers a show_if may test on ``question``."""
    if "options" in question:
        return st.sampled_from([o["value"] for o in question["options"]])
    if question["type"] == "text":
        return words
    return numbers


def condition(draw: st.DrawFn, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A show_if on one of the earlier questions that store an answer, or None."""
    targets = [q for q in earlier if q["type"] != "note"]
    if not targets or not draw(st.booleans()):
        return None
    target = draw(st.sampled_from(targets))
    values = possible_values(target)
    operator = draw(st.sampled_from(["equals", "one_of", "none_of", "at_least", "at_most"]))
    if operator in ("one_of", "none_of"):
        return {"question": target["id"], operator: draw(st.lists(values, min_size=1, max_size=3))}
    if operator == "equals":
        return {"question": target["id"], "equals": draw(values)}
    return {"question": target["id"], operator: draw(numbers)}


@st.composite
def questionnaire_dicts(draw: st.DrawFn) -> dict[str, Any]:
    """A valid definition exactly as ``Questionnaire.to_dict`` would write it."""
    languages = draw(st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True))
    sections, earlier = [], []
    for s in range(draw(st.integers(1, 3))):
        section: dict[str, Any] = {"id": f"s{s}"}
        title = maybe_text(draw, languages)
        if title:
            section["title"] = title
        section["questions"] = []
        for _ in range(draw(st.integers(1 if s == 0 else 0, 4))):
            qtype = draw(st.sampled_from(QUESTION_TYPES))
            question: dict[str, Any] = {"id": f"q{len(earlier)}", "type": qtype}
            if qtype != "note":
                question["required"] = draw(st.booleans())
            question["text"] = texts(draw, languages)
            help_text = maybe_text(draw, languages)
            if help_text:
                question["help"] = help_text
            question |= type_fields(draw, qtype, languages)
            show_if = condition(draw, earlier)
            if show_if:
                question["show_if"] = show_if
            section["questions"].append(question)
            earlier.append(question)
        sections.append(section)
    return {
        "format": FORMAT,
        "id": draw(codes),
        "version": draw(st.integers(1, 2**40)),
        "title": texts(draw, languages),
        "languages": languages,
        "default_language": draw(st.sampled_from(languages)),
        "sections": sections,
    }
