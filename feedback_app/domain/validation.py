"""Turn a questionnaire dict (the JSON format) into the model, collecting located errors.

Every problem is reported with its place, e.g. ``sections[0].questions[3].text: Swedish text
missing``, so a trainer editing a file by hand can find it. Nothing is returned unless the
whole definition is valid.
"""

from __future__ import annotations

import json
import re
from typing import Any

from .questionnaire import (
    CONDITION_OPERATORS,
    LIST_OPERATORS,
    QUESTION_TYPES,
    Condition,
    Option,
    Question,
    Questionnaire,
    QuestionnaireError,
    Section,
)

ID_PATTERN = re.compile(r"\A[A-Za-z_][A-Za-z0-9_.-]{0,63}\Z")  # \Z: no trailing newline
LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish", "en": "English"}
MAX_TEXT_LENGTH = 10_000
#: Questions in one questionnaire and options in one question: far above any feedback form,
#: low enough that every export fits SQLite's 2,000 columns and every report stays quick.
MAX_QUESTIONS = 300
MAX_OPTIONS = 100
#: Larger numbers, NaN and infinity cannot be stored, exported as JSON or computed with.
MAX_NUMBER = 10**12
#: The largest whole number SQLite stores.
MAX_VERSION = 2**63 - 1


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def load_questionnaire_json(text: str) -> Questionnaire:
    """Parse JSON text; malformed JSON is reported with its line and column."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise QuestionnaireError([f"line {exc.lineno}, column {exc.colno}: {exc.msg}"]) from None
    except ValueError:  # Python refuses integers of more than 4,300 digits
        raise QuestionnaireError(["a number in the file has far too many digits"]) from None
    except RecursionError:
        raise QuestionnaireError(["the JSON is nested too deeply to be a questionnaire"]) from None
    return parse_questionnaire(data)


def _is_number(value: Any) -> bool:
    """A number we can store and compute with: not a bool, NaN, infinite or huge."""
    return (
        isinstance(value, int | float) and not isinstance(value, bool) and abs(value) <= MAX_NUMBER
    )


def _is_value(value: Any) -> bool:
    """What a show_if may compare an answer with: a number or an option code (or text)."""
    return _is_number(value) or _is_text(value)


def _is_text(value: Any) -> bool:
    """A string that can be written as UTF-8 (JSON may hold lone surrogates, SQLite may not)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_questionnaire(data: Any) -> Questionnaire:
    """Validate ``data`` and build a :class:`Questionnaire`, or raise ``QuestionnaireError``."""
    parser = _Parser()
    result = parser.questionnaire(data)
    if parser.errors or result is None:
        raise QuestionnaireError(parser.errors or ["not a questionnaire"])
    return result


class _Parser:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.languages: tuple[str, ...] = ()

    def error(self, where: str, message: str) -> None:
        self.errors.append(f"{where}: {message}" if where else message)

    # -- top level -------------------------------------------------------------------------
    def questionnaire(self, data: Any) -> Questionnaire | None:
        if not isinstance(data, dict):
            self.error("", "a questionnaire must be a JSON object")
            return None
        qid = self.identifier(data.get("id"), "id")
        version = data.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            self.error("version", "must be a whole number of 1 or more")
            version = 1
        elif version > MAX_VERSION:
            self.error("version", f"must be a whole number from 1 to {MAX_VERSION}")
            version = 1
        languages = data.get("languages")
        if (
            not isinstance(languages, list)
            or not languages
            or not all(isinstance(x, str) and re.fullmatch(r"[a-z]{2,3}", x) for x in languages)
        ):
            self.error("languages", 'must be a list of language codes such as ["fi", "sv", "en"]')
            languages = []
        elif len(set(languages)) != len(languages):
            self.error("languages", "a language is listed twice")
        self.languages = tuple(languages)
        default = data.get("default_language", languages[0] if languages else None)
        if self.languages and default not in self.languages:
            self.error("default_language", f"{default!r} is not one of the languages")
        title = self.text(data.get("title"), "title", required=True)
        sections_data = data.get("sections")
        sections: list[Section] = []
        if not isinstance(sections_data, list) or not sections_data:
            self.error("sections", "must be a non-empty list of sections")
        else:
            seen: dict[str, int] = {}
            for i, section in enumerate(sections_data):
                built = self.section(section, f"sections[{i}]", seen)
                if built is not None:
                    sections.append(built)
            if not seen:
                self.error("sections", "the questionnaire has no questions")
            elif len(seen) > MAX_QUESTIONS:
                self.error(
                    "sections",
                    f"{len(seen)} questions; a questionnaire has at most {MAX_QUESTIONS}",
                )
        self.check_conditions(sections)
        if self.errors:
            return None
        return Questionnaire(
            id=qid,
            version=version,
            title=title,
            languages=self.languages,
            default_language=default,
            sections=tuple(sections),
        )

    def section(self, data: Any, where: str, seen: dict[str, int]) -> Section | None:
        if not isinstance(data, dict):
            self.error(where, "a section must be an object")
            return None
        sid = self.identifier(data.get("id", f"section{len(seen)}"), f"{where}.id")
        title = self.text(data.get("title"), f"{where}.title", required=False)
        questions_data = data.get("questions")
        if not isinstance(questions_data, list):
            self.error(f"{where}.questions", "must be a list of questions")
            return None
        questions = []
        for i, q in enumerate(questions_data):
            built = self.question(q, f"{where}.questions[{i}]")
            if built is None:
                continue
            if built.id in seen:
                self.error(f"{where}.questions[{i}].id", f"duplicate question id {built.id!r}")
            seen[built.id] = len(seen)
            questions.append(built)
        return Section(id=sid, title=title, questions=tuple(questions))

    # -- questions -------------------------------------------------------------------------
    def question(self, data: Any, where: str) -> Question | None:
        if not isinstance(data, dict):
            self.error(where, "a question must be an object")
            return None
        qid = self.identifier(data.get("id"), f"{where}.id")
        qtype = data.get("type")
        if qtype not in QUESTION_TYPES:
            self.error(
                f"{where}.type",
                f"unknown question type {qtype!r}; use one of {', '.join(QUESTION_TYPES)}",
            )
            return None
        required = data.get("required", False)
        if not isinstance(required, bool):
            self.error(f"{where}.required", "must be true or false")
            required = False
        if qtype == "note" and required:
            self.error(f"{where}.required", "a note cannot be required")
        fields: dict[str, Any] = {
            "id": qid,
            "type": qtype,
            "required": required,
            "text": self.text(data.get("text"), f"{where}.text", required=True),
            "help": self.text(data.get("help"), f"{where}.help", required=False),
            "show_if": self.condition(data.get("show_if"), f"{where}.show_if"),
        }
        if qtype in ("likert", "single_choice", "multiple_choice"):
            fields["options"] = self.options(data.get("options"), f"{where}.options", qtype)
        if qtype in ("likert", "rating", "number") and data.get("cannot_say"):
            fields["cannot_say"] = self.text(
                data.get("cannot_say"), f"{where}.cannot_say", required=True
            )
        if qtype in ("rating", "number"):
            fields.update(self.range(data, where, qtype))
        if qtype == "text":
            fields.update(self.text_options(data, where))
        return Question(**fields)

    def options(self, data: Any, where: str, qtype: str) -> tuple[Option, ...]:
        if not isinstance(data, list) or not data:
            self.error(where, "must be a non-empty list of options")
            return ()
        if len(data) > MAX_OPTIONS:
            self.error(where, f"{len(data)} options; a question has at most {MAX_OPTIONS}")
            return ()
        options = []
        for i, item in enumerate(data):
            if not isinstance(item, dict):
                self.error(f"{where}[{i}]", "an option must be an object with value and label")
                continue
            value = item.get("value")
            if qtype == "likert":
                if not isinstance(value, int) or not _is_number(value):
                    self.error(f"{where}[{i}].value", "a scale point must be a whole number")
                    continue
            elif not isinstance(value, str) or not ID_PATTERN.match(value):
                self.error(
                    f"{where}[{i}].value",
                    "an option code must be letters, digits, _ . or -, starting with a letter",
                )
                continue
            label = self.text(item.get("label"), f"{where}[{i}].label", required=True)
            options.append(Option(value=value, label=label))
        values = [o.value for o in options]
        if len(set(values)) != len(values):
            self.error(where, "two options have the same value")
        if qtype == "likert" and options:
            if not 3 <= len(options) <= 7:
                self.error(where, "a likert scale has 3 to 7 points")
            elif sorted(values) != list(range(min(values), min(values) + len(values))):
                self.error(where, "the points of a likert scale must be consecutive numbers")
        return tuple(options)

    def range(self, data: dict[str, Any], where: str, qtype: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("min", "max"):
            value = data.get(key)
            if value is None and qtype == "number":
                continue
            if not _is_number(value):
                self.error(f"{where}.{key}", "must be a number")
                continue
            if qtype == "rating" and not float(value).is_integer():
                self.error(f"{where}.{key}", "a rating range uses whole numbers")
                continue
            out[key] = value
        if "min" in out and "max" in out and out["min"] >= out["max"]:
            self.error(f"{where}.max", "must be greater than min")
        if qtype == "rating" and "min" in out and "max" in out and out["max"] - out["min"] > 20:
            self.error(where, "a rating range has at most 21 points")
        if qtype == "rating":
            out["min_label"] = self.text(data.get("min_label"), f"{where}.min_label", False)
            out["max_label"] = self.text(data.get("max_label"), f"{where}.max_label", False)
        if qtype == "number":
            integer = data.get("integer", True)
            if not isinstance(integer, bool):
                self.error(f"{where}.integer", "must be true or false")
                integer = True
            out["integer"] = integer
        return out

    def text_options(self, data: dict[str, Any], where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        long = data.get("long", False)
        if not isinstance(long, bool):
            self.error(f"{where}.long", "must be true or false")
            long = False
        out["long"] = long
        max_length = data.get("max_length")
        if max_length is not None:
            if (
                isinstance(max_length, bool)
                or not isinstance(max_length, int)
                or not 1 <= max_length <= MAX_TEXT_LENGTH
            ):
                self.error(
                    f"{where}.max_length", f"must be a whole number from 1 to {MAX_TEXT_LENGTH}"
                )
            else:
                out["max_length"] = max_length
        return out

    def condition(self, data: Any, where: str) -> Condition | None:
        if data is None:
            return None
        if not isinstance(data, dict) or not isinstance(data.get("question"), str):
            self.error(where, 'must be an object such as {"question": "q1", "equals": 2}')
            return None
        ops = [op for op in CONDITION_OPERATORS if op in data]
        extra = set(data) - {"question", *CONDITION_OPERATORS}
        if len(ops) != 1 or extra:
            self.error(where, f"needs exactly one of {', '.join(CONDITION_OPERATORS)}")
            return None
        op = ops[0]
        value = data[op]
        if op in LIST_OPERATORS:
            if not isinstance(value, list) or not value or not all(map(_is_value, value)):
                self.error(f"{where}.{op}", "must be a non-empty list of numbers or option codes")
                return None
            value = tuple(value)
        elif op in ("at_least", "at_most"):
            if not _is_number(value):
                self.error(f"{where}.{op}", "must be a number")
                return None
        elif not _is_value(value):
            self.error(f"{where}.equals", "must be a number or an option code")
            return None
        return Condition(question=data["question"], operator=op, value=value)

    def check_conditions(self, sections: list[Section]) -> None:
        order = {q.id: i for i, q in enumerate(q for s in sections for q in s.questions)}
        by_id = {q.id: q for s in sections for q in s.questions}
        for i, q in enumerate(q for s in sections for q in s.questions):
            cond = q.show_if
            if cond is None:
                continue
            target = cond.question
            if target not in order:
                self.error(f"show_if of {q.id!r}", f"refers to {target!r}, which does not exist")
            elif order[target] >= i:
                self.error(f"show_if of {q.id!r}", f"refers to {target!r}, which comes later")
            elif not by_id[target].stores_answer:
                self.error(f"show_if of {q.id!r}", f"refers to {target!r}, which is a note")

    # -- small values ----------------------------------------------------------------------
    def identifier(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not ID_PATTERN.match(value):
            self.error(where, "must be an id of letters, digits, _ . or -, starting with a letter")
            return str(value)
        return value

    def text(self, value: Any, where: str, required: bool) -> dict[str, str]:
        if value is None:
            if required:
                self.error(where, "text missing")
            return {}
        if isinstance(value, str):
            value = {lang: value for lang in self.languages} if self.languages else {}
        if not isinstance(value, dict):
            self.error(where, 'must be an object of texts per language, such as {"en": "..."}')
            return {}
        out: dict[str, str] = {}
        for lang, text in value.items():
            if lang not in self.languages:
                self.error(where, f"language {lang!r} is not one of the questionnaire's languages")
            elif not isinstance(text, str):
                self.error(f"{where}.{lang}", "must be a string")
            elif not _is_text(text):
                self.error(f"{where}.{lang}", "must be text (it holds an invalid character)")
            elif len(text) > MAX_TEXT_LENGTH:
                self.error(f"{where}.{lang}", f"longer than {MAX_TEXT_LENGTH} characters")
            elif text.strip():
                out[lang] = text
        if required or out:
            for lang in self.languages:
                if lang not in out:
                    self.error(where, f"{language_name(lang)} text missing")
        return out
