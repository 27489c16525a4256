"""Inputs are bounded where they enter, with one clear line: whatever is accepted, every
report and export then works on it."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run

from feedback_app.domain.questionnaire import QuestionnaireError
from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.text import clean_answer, clean_line
from feedback_app.domain.validation import (
    MAX_OPTIONS,
    MAX_QUESTIONS,
    load_questionnaire_json,
    parse_questionnaire,
)
from feedback_app.services import Services


def definition(questions: int = 1, options: int = 3, version: object = 1) -> dict:
    return {
        "format": "feedback-app-questionnaire",
        "id": "rajat",
        "version": version,
        "title": {"en": "Limits"},
        "languages": ["en"],
        "default_language": "en",
        "sections": [
            {
                "id": "main",
                "questions": [
                    {
                        "id": f"q{i}",
                        "type": "single_choice",
                        "text": {"en": f"Question {i}"},
                        "options": [
                            {"value": f"o{k}", "label": {"en": f"Option {k}"}}
                            for k in range(options)
                        ],
                    }
                    for i in range(questions)
                ],
            }
        ],
    }


def refused(data) -> list[str]:
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(data)
    return caught.value.errors


def test_the_largest_questionnaire_accepted_reports_and_exports(tmp_path, capsys):
    big = parse_questionnaire(definition(questions=MAX_QUESTIONS, options=MAX_OPTIONS))
    data = tmp_path / "data"
    with Services(data) as services:
        services.questionnaires.save(big)
        session = services.sessions.create(
            SessionDraft(title="Rajat", session_date="2026-03-03"), ("rajat", 1)
        )
        answers = {f"q{i}": f"o{i % MAX_OPTIONS}" for i in range(MAX_QUESTIONS)}
        for _ in range(6):
            services.responses.submit(session.id, big, "en", answers)
    for command in (
        ["report", "--format", "text"],
        ["export", "--format", "csv", "-o", str(tmp_path / "all.csv")],
        ["export", "--format", "xlsx", "-o", str(tmp_path / "all.xlsx")],
        ["export", "--format", "json", "-o", str(tmp_path / "all.json")],
    ):
        code, out, err = run(capsys, *command, "--data-dir", str(data))
        assert (code, err) == (0, ""), command
    header = (tmp_path / "all.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.endswith(f",q{MAX_QUESTIONS - 1}")


def test_one_question_or_option_more_is_refused_with_a_clear_reason():
    assert refused(definition(questions=MAX_QUESTIONS + 1)) == [
        f"sections: {MAX_QUESTIONS + 1} questions; a questionnaire has at most {MAX_QUESTIONS}"
    ]
    assert refused(definition(options=MAX_OPTIONS + 1)) == [
        f"sections[0].questions[0].options: {MAX_OPTIONS + 1} options; "
        f"a question has at most {MAX_OPTIONS}"
    ]


def test_versions_and_ids_that_would_break_later_are_refused():
    text = json.dumps(definition()).replace('"version": 1', '"version": ' + "9" * 5000)
    with pytest.raises(QuestionnaireError) as caught:
        load_questionnaire_json(text)
    assert caught.value.errors == ["a number in the file has far too many digits"]
    assert refused(definition(version=2**63))[0].startswith("version: must be a whole number")
    newline = definition()
    newline["id"] = "rajat\n"
    assert refused(newline)[0].startswith("id: ")


def test_numbers_past_what_sqlite_stores_are_refused_in_one_line(tmp_path, capsys):
    data = str(tmp_path / "data")
    cases = [
        ["report", "--questionnaire", "ihme-feedback", "--questionnaire-version", str(2**70)],
        ["sessions", "create", "--title", "T", "--date", "2026-01-01"]
        + ["--questionnaire", "ihme-feedback:99999999999999999999"],
        ["questionnaire", "export", "ihme-feedback", "--version", str(2**64), "-o", "x.json"],
        ["sessions", "create", "--title", "T", "--date", "2026-01-01", "--expected", "10" * 30],
    ]
    for args in cases:
        code, out, err = run(capsys, *args, "--data-dir", data)
        assert code == 2, args
        assert len(err.splitlines()) == 1, err
        assert "Traceback" not in err


def test_very_long_values_get_a_true_and_short_message(tmp_path, capsys):
    data = str(tmp_path / "data")
    long = "x" * 100_000
    code, _, err = run(capsys, "sessions", "create", "--title", long, "--date", "2026-01-01",
                       "--data-dir", data)  # fmt: skip
    assert (code, err) == (2, "feedback-app: --title is too long (at most 200 characters)\n")
    code, _, err = run(capsys, "report", "--session", long, "--data-dir", data)
    assert code == 2
    assert len(err) < 200 and err.startswith("feedback-app: no session 'xxxx")


def test_control_characters_are_stripped_where_text_enters():
    assert clean_line("Koulutus\x00 \x1b[31mRovaniemi\n") == "Koulutus [31mRovaniemi"
    assert clean_answer(" Hyvä\r\nkoulutus\x07\ud800 ") == "Hyvä\nkoulutus"
    draft = SessionDraft(title="\x00\n\t", session_date="2026-01-01")
    assert "title" in draft.problems()  # nothing but control characters is no title


def test_an_empty_data_folder_name_is_refused_not_taken_for_the_default(capsys):
    code, _, err = run(capsys, "sessions", "list", "--data-dir", "")
    assert (code, err) == (
        2,
        "feedback-app: Invalid value for '--data-dir': must name a folder (it is empty)\n",
    )


def test_pin_reset_without_any_input_says_one_line(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "feedback_app", "pin", "reset", "--data-dir", str(tmp_path)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().endswith("feedback-app: cancelled")
    assert len(result.stderr.strip().splitlines()) == 1


def test_the_kiosk_starts_while_another_program_holds_the_write_lock(tmp_path):
    """Opening an existing database writes nothing, so it does not wait for the lock."""
    import sqlite3
    import time

    from feedback_app.paths import database_path

    with Services(tmp_path / "data") as services:
        services.sessions.default_session("Koulutus")
    other = sqlite3.connect(database_path(tmp_path / "data"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with Services(tmp_path / "data") as services:
            assert services.sessions.today() is not None
        assert time.monotonic() - started < 2
    finally:
        other.rollback()
        other.close()
