"""`feedback-app report`: JSON and text on stdout or in a file, and every error a user can cause."""

from __future__ import annotations

import json

import pytest
from cli_helpers import run

from feedback_app.domain.sessions import SessionDraft
from feedback_app.store import Store

RATINGS = {
    "interesting": 5,
    "practical": 4,
    "understandable": 4,
    "necessary": 3,
    "identify_victims": 4,
    "know_whom_to_consult": 2,
    "overall": 5,
}


@pytest.fixture
def data(tmp_path):
    """Lapin (six responses, "interesting" 5 5 5 4 4 2) and Oulun (two responses)."""
    store = Store(tmp_path / "data")
    q = store.questionnaires.latest("ihme-feedback")
    sessions = {}
    for organisation, values in (
        ("Lapin poliisilaitos", [5, 5, 5, 4, 4, 2]),
        ("Oulun poliisilaitos", [1, 1]),
    ):
        draft = SessionDraft(
            title=f"Kurssi {organisation}", session_date="2026-05-12", organisation=organisation
        )
        session = store.sessions.create(draft, q.id, q.version)
        sessions[organisation] = session.id
        for value in values:
            answers = {**RATINGS, "interesting": value, "improve": f"{organisation} {value}"}
            store.responses.submit(session.id, q, "fi", answers)
    store.close()
    return tmp_path / "data", sessions


def test_json_on_stdout(data, capsys):
    folder, _ = data
    code, out, err = run(capsys, "report", "--format", "json", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    rows = json.loads(out)
    interesting = next(r for r in rows if r["question_id"] == "interesting")
    # 5 5 5 4 4 2 1 1: 27 / 8 = 3.375 -> 3.38; median (4 + 4) / 2; top-2 5 of 8
    assert (interesting["group"], interesting["n"], interesting["mean"]) == ({}, 8, 3.38)
    assert (interesting["median"], interesting["top2_pct"]) == (4.0, 62.5)
    assert interesting["counts"] == {"1": 2, "2": 1, "3": 0, "4": 2, "5": 3}
    assert interesting["question"] == "The training was interesting."
    improve = next(r for r in rows if r["question_id"] == "improve")
    assert len(improve["comments"]) == 8
    assert [r["question_id"] for r in rows][:3] == ["interesting", "practical", "understandable"]


def test_grouped_text_report_withholds_the_small_group(data, capsys):
    folder, _ = data
    code, out, _ = run(
        capsys,
        "--language",
        "fi",
        "report",
        "--group-by",
        "organisation",
        "--data-dir",
        str(folder),
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Feedback report: 8 completed responses, grouped by organisation"
    first = next(line for line in lines if line.startswith("Koulutus oli kiinnostava."))
    # 5 5 5 4 4 2: mean 25 / 6 = 4.1667; top-2 5 of 6
    assert first.split()[3:9] == ["Lapin", "poliisilaitos", "6", "0", "4.17", "1.17"]
    withheld = lines[lines.index(first) + 1].split()
    assert withheld == ["Oulun", "poliisilaitos", "2", "0", "fewer", "than", "5", "responses"]
    assert "Oulun poliisilaitos 1" not in out  # the small group's comments are withheld too


def test_options_filters_minimum_n_and_question_language(data, capsys):
    folder, sessions = data
    code, out, _ = run(
        capsys,
        "report",
        "--format=json",
        "--session",
        sessions["Oulun poliisilaitos"][:8],
        "--minimum-n",
        "2",
        "--question-language",
        "sv",
        "--data-dir",
        str(folder),
    )
    assert code == 0
    interesting = json.loads(out)[0]
    assert interesting["question"] == "Utbildningen var intressant."
    assert (interesting["n"], interesting["mean"], interesting["suppressed"]) == (2, 1.0, False)
    code, out, err = run(
        capsys, "report", "--format=json", "--language", "sv", "--data-dir", str(folder)
    )
    assert (code, out) == (2, "")  # no Swedish responses
    assert err == "feedback-app: no completed responses match these filters\n"


def test_output_file_and_force(data, capsys, tmp_path):
    folder, _ = data
    target = tmp_path / "report.json"
    args = ("report", "--format", "json", "-o", str(target), "--data-dir", str(folder))
    code, out, _ = run(capsys, *args)
    assert code == 0 and f"{target}" in out
    assert json.loads(target.read_text(encoding="utf-8"))[0]["n"] == 8
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, *args)
    assert code == 2
    assert err == f"feedback-app: {target} already exists; choose another name or use --force\n"
    assert target.read_text(encoding="utf-8") == "keep me"
    code, _, _ = run(capsys, *args, "--force")
    assert code == 0 and json.loads(target.read_text(encoding="utf-8"))[0]["n"] == 8
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "report.json"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--organisation", "Nowhere"), "no session has the organisation 'Nowhere'"),
        (("--session", "nosuch"), "no session 'nosuch'"),
        (("--audience", "pilots"), "unknown audience 'pilots'"),
        (("--language", "de"), "unknown language 'de'"),
        (("--from", "31.2.2026"), "--from must be a date"),
        (("--questionnaire", "nosuch"), "no questionnaire 'nosuch'"),
        (("--questionnaire-version", "1"), "--questionnaire-version needs --questionnaire ID"),
        (("--from", "2027-01-01"), "no completed responses match these filters"),
        (("--group-by", "weekday"), "Invalid value for '--group-by'"),
        (("--format", "docx"), "Invalid value for '--format'"),
        (("--format", "pdf", "--group-by", "session"), "--group-by is for json and text"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(data, capsys, tmp_path, args, message):
    folder, _ = data
    target = tmp_path / "out.txt"
    code, out, err = run(capsys, "report", *args, "-o", str(target), "--data-dir", str(folder))
    assert code == 2
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert out == "" and not target.exists()


def test_output_folder_missing_or_read_only(data, capsys, tmp_path, read_only_folder):
    folder, _ = data
    missing = tmp_path / "nowhere" / "r.txt"
    code, _, err = run(capsys, "report", "-o", str(missing), "--data-dir", str(folder))
    assert code == 2 and err.splitlines() == [
        f"feedback-app: folder {missing.parent} does not exist; create it or choose another"
    ]
    locked = read_only_folder
    code, _, err = run(capsys, "report", "-o", str(locked / "r.txt"), "--data-dir", str(folder))
    assert code == 2 and err.splitlines() == [
        f"feedback-app: folder {locked} is read-only; choose another folder"
    ]
    assert list(locked.iterdir()) == []
