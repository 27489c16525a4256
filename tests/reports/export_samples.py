"""Hand-made responses for the export tests: every question type, awkward text, two versions.

Version 1 of "export-test" has a question ``dropped`` that version 2 no longer asks; one
session answers version 1, the other version 2. The expected cell of every answer is written
next to it, so a test can compare an export with what was stored, value by value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.store import Store

QID = "export-test"
TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
FORMULAS = ("=1+1", "+358 40 1234567", "-x", "@SUM(A1:A3)")


def _text(en: str) -> dict[str, str]:
    return {"fi": f"FI {en}", "sv": f"SV {en}", "en": en}


def _options(codes: list[Any]) -> list[dict[str, Any]]:
    return [{"value": code, "label": _text(f"Option {code}")} for code in codes]


def definition(version: int, with_dropped: bool) -> dict[str, Any]:
    questions: list[dict[str, Any]] = [
        {"id": "intro", "type": "note", "text": _text("Thank you for coming.")},
        {
            "id": "clear",
            "type": "likert",
            "text": _text("The training was clear."),
            "options": _options([1, 2, 3, 4, 5]),
            "cannot_say": _text("Cannot say"),
        },
        {"id": "score", "type": "rating", "text": _text("Score?"), "min": 0, "max": 10},
        {
            "id": "hours",
            "type": "number",
            "text": _text("Hours of overtime?"),
            "min": -20,
            "max": 100,
            "integer": False,
        },
        {
            "id": "channel",
            "type": "single_choice",
            "text": _text("How?"),
            "options": _options(["web", "mail"]),
        },
        {
            "id": "topics",
            "type": "multiple_choice",
            "text": _text("Which topics?"),
            "options": _options(["law", "victims", "partners"]),
        },
        {"id": "comment", "type": "text", "text": _text("Anything else?")},
    ]
    if with_dropped:
        questions.insert(
            2,
            {
                "id": "dropped",
                "type": "likert",
                "text": _text("Old item."),
                "options": _options([1, 2, 3]),
            },
        )
    return {
        "format": "feedback-app-questionnaire",
        "id": QID,
        "version": version,
        "title": _text("Export test"),
        "languages": ["fi", "sv", "en"],
        "default_language": "fi",
        "sections": [{"id": "all", "title": _text("All"), "questions": questions}],
    }


@dataclass
class Sample:
    """What was stored: per response id, the expected CSV cell of every question column."""

    sessions: dict[str, str] = field(default_factory=dict)  # title -> session id
    expected: dict[str, dict[str, str]] = field(default_factory=dict)
    languages: dict[str, str] = field(default_factory=dict)
    submitted: list[str] = field(default_factory=list)  # response ids in submission order


ANSWERS_V1: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    (
        "fi",
        {
            "clear": 5,
            "dropped": 2,
            "score": 10,
            "hours": -3.5,
            "channel": "web",
            "topics": ("law", "partners"),
            "comment": "Hyvää työtä! Ääkköset: åäö ÅÄÖ 👮‍♀️🚓",
        },
        {
            "clear": "5",
            "dropped": "2",
            "score": "10",
            "hours": "-3.5",
            "channel": "web",
            "topics": "law;partners",
            "comment": "Hyvää työtä! Ääkköset: åäö ÅÄÖ 👮‍♀️🚓",
        },
    ),
    (
        "sv",
        {
            "clear": CANNOT_SAY,
            "dropped": 3,
            "score": 0,
            "hours": 12,
            "topics": ("victims",),
            "comment": "=1+1",
        },
        {
            "clear": "",
            "dropped": "3",
            "score": "0",
            "hours": "12",
            "channel": "",
            "topics": "victims",
            "comment": "'=1+1",
        },
    ),
    (
        "en",
        {"clear": 1, "score": 7, "comment": 'Line one,\nline "two"'},
        {
            "clear": "1",
            "dropped": "",
            "score": "7",
            "hours": "",
            "channel": "",
            "topics": "",
            "comment": 'Line one,\nline "two"',
        },
    ),
]
ANSWERS_V2: list[tuple[str, dict[str, Any], dict[str, str]]] = [
    (
        "fi",
        {"clear": 4, "score": 8, "comment": "+358 40 1234567"},
        {"clear": "4", "score": "8", "comment": "'+358 40 1234567"},
    ),
    (
        "fi",
        {"clear": 3, "hours": -20, "comment": "-x"},
        {"clear": "3", "hours": "-20", "comment": "'-x"},
    ),
    (
        "en",
        {"clear": 2, "channel": "mail", "comment": "@SUM(A1:A3)"},
        {"clear": "2", "channel": "mail", "comment": "'@SUM(A1:A3)"},
    ),
]
COLUMNS = ("clear", "score", "hours", "channel", "topics", "comment", "dropped")  # dropped: last


def fill(store: Store) -> Sample:
    """Two sessions (version 1 and 2) with the answers above, plus one incomplete response."""
    sample = Sample()
    v1 = store.questionnaires.save(parse_questionnaire(definition(1, True))).questionnaire
    s1 = _session(store, '=HYPERLINK("http://x")', "Lapin poliisilaitos", "2026-03-02", v1)
    _submit(store, sample, s1, v1, ANSWERS_V1)
    v2 = store.questionnaires.save(parse_questionnaire(definition(1, False))).questionnaire
    assert v2.version == 2  # version 1 has responses, so the edit became version 2
    s2 = _session(store, "Kurssi, osa 2", "Oulun poliisilaitos", "2026-04-15", v2)
    _submit(store, sample, s2, v2, ANSWERS_V2)
    sample.sessions = {"v1": s1, "v2": s2}
    store.responses.submit(s2, v2, "fi", {"clear": 5}, completed=False)
    return sample


def _session(store: Store, title: str, organisation: str, day: str, q: Any) -> str:
    draft = SessionDraft(
        title=title, session_date=day, organisation=organisation, audience="police_officers"
    )
    return store.sessions.create(draft, q.id, q.version).id


def _submit(store: Store, sample: Sample, session_id: str, q: Any, answers: list) -> None:
    for language, given, cells in answers:
        rid = store.responses.submit(session_id, q, language, given)
        sample.expected[rid] = {column: cells.get(column, "") for column in COLUMNS}
        sample.languages[rid] = language
        sample.submitted.append(rid)
