"""JSON export read back: sessions, questionnaire definitions and every answer as stored."""

from __future__ import annotations

import json
import random

import pytest
from export_samples import ANSWERS_V1, ANSWERS_V2, QID, TIME_OF_DAY, fill

from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.reports.json_export import export_json
from feedback_app.reports.output import Cancelled
from feedback_app.store.aggregates import Filters


def stored(given: dict) -> dict:
    """The answers as JSON holds them: cannot say is null, a multiple choice a list."""
    out = {}
    for question, value in given.items():
        if value is CANNOT_SAY:
            out[question] = None
        elif isinstance(value, tuple):
            out[question] = list(value)
        else:
            out[question] = value
    return out


def test_json_matches_the_database(store, tmp_path):
    sample = fill(store)
    target = tmp_path / "out.json"
    summary = export_json(store, Filters(), target, rng=random.Random(4))
    data = json.loads(target.read_text(encoding="utf-8"))
    assert (data["format"], data["format_version"], summary.responses) == (
        "feedback-app-export",
        1,
        6,
    )
    assert [(q["id"], q["version"]) for q in data["questionnaires"]] == [(QID, 2), (QID, 1)]
    assert {s["id"] for s in data["sessions"]} == set(sample.sessions.values())
    titles = {s["title"] for s in data["sessions"]}
    assert titles == {'=HYPERLINK("http://x")', "Kurssi, osa 2"}  # for programs: as typed
    assert all("trainers" not in s for s in data["sessions"])
    responses = {r["id"]: r for r in data["responses"]}
    expected = [given for _, given, _ in ANSWERS_V1 + ANSWERS_V2]
    assert [responses[rid]["answers"] for rid in sample.submitted] == [
        stored(given) for given in expected
    ]
    first = responses[sample.submitted[0]]
    assert first["answers"]["hours"] == -3.5 and first["answers"]["clear"] == 5
    assert (first["questionnaire_id"], first["questionnaire_version"]) == (QID, 1)
    assert (first["language"], first["completed"]) == ("fi", True)
    assert len(first["submitted_on"]) == 10  # a date, never a time
    assert not TIME_OF_DAY.search(target.read_text(encoding="utf-8"))


def test_incomplete_responses_only_on_request(store, tmp_path):
    fill(store)
    export_json(store, Filters(), tmp_path / "a.json", include_incomplete=True)
    responses = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["responses"]
    assert [r["answers"] for r in responses if not r["completed"]] == [{"clear": 5}]
    assert len(responses) == 7


def test_cancel_leaves_no_file(store, tmp_path):
    fill(store)
    seen = []

    def cancel_later(done, total):
        seen.append(done)
        if done:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_json(store, Filters(), tmp_path / "out.json", progress=cancel_later)
    assert seen[-1] == 6  # cancelled after the last row: still no file
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
