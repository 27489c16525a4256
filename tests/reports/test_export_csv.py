"""CSV export read back with the csv module: every cell as stored, nothing more."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest
from builtin_items import AGREEMENT
from export_samples import COLUMNS, FORMULAS, TIME_OF_DAY, fill

from feedback_app.reports.csv_export import export_csv
from feedback_app.reports.export_rows import FIXED_COLUMNS, EmptySelection
from feedback_app.reports.output import Cancelled, OutputError
from feedback_app.store.aggregates import Filters


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture
def sample(store):
    return fill(store)


def test_rows_match_the_database(store, sample, tmp_path):
    target = tmp_path / "out.csv"
    summary = export_csv(store, Filters(), target, rng=random.Random(3))
    assert summary.responses == 6
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read UTF-8
    rows = read(target)
    header = list(rows[0])
    # no column for the note; "dropped" (version 1 only) after the current questions
    assert header == [*FIXED_COLUMNS, *COLUMNS]
    assert {r["response_id"]: {c: r[c] for c in COLUMNS} for r in rows} == sample.expected
    by_id = {r["response_id"]: r for r in rows}
    first = by_id[sample.submitted[0]]
    assert first["session_title"] == '\'=HYPERLINK("http://x")'
    assert (first["organisation"], first["audience"]) == ("Lapin poliisilaitos", "police_officers")
    assert (first["session_date"], first["questionnaire_id"]) == ("2026-03-02", "export-test")
    assert (first["questionnaire_version"], first["language"], first["completed"]) == (
        "1",
        "fi",
        "1",
    )
    assert {
        r["questionnaire_version"] for r in rows if r["session_id"] == sample.sessions["v2"]
    } == {"2"}
    assert all(by_id[rid]["language"] == lang for rid, lang in sample.languages.items())


def test_formulas_are_neutralised_but_negative_numbers_are_not(store, sample, tmp_path):
    target = tmp_path / "out.csv"
    export_csv(store, Filters(), target)
    rows = read(target)
    comments = {r["comment"] for r in rows}
    assert {f"'{formula}" for formula in FORMULAS} <= comments
    assert not any(
        cell.startswith(("=", "+", "-", "@")) for r in rows for k, cell in r.items() if k != "hours"
    )
    assert sorted(r["hours"] for r in rows if r["hours"]) == ["-20", "-3.5", "12"]


def test_codebook_beside_the_export(store, sample, tmp_path):
    export_csv(store, Filters(), tmp_path / "palaute.csv")
    book = {row["question_id"]: row for row in read(tmp_path / "palaute.codebook.csv")}
    assert list(book) == list(COLUMNS)
    assert book["clear"]["type"] == "likert"
    assert book["clear"]["questionnaire_versions"] == "export-test 1, 2"
    assert book["dropped"]["questionnaire_versions"] == "export-test 1"
    assert book["clear"]["text_sv"] == "SV The training was clear."
    assert book["clear"]["value_labels_en"].startswith("1=Option 1; 2=Option 2; 3=Option 3")
    assert book["topics"]["value_labels_fi"] == (
        "law=FI Option law; victims=FI Option victims; partners=FI Option partners"
    )
    assert book["hours"]["value_labels_en"] == "min=-20; max=100"
    assert book["score"]["value_labels_en"] == "0-10"


def test_incomplete_responses_only_on_request(store, sample, tmp_path):
    assert export_csv(store, Filters(), tmp_path / "a.csv").responses == 6
    summary = export_csv(store, Filters(), tmp_path / "b.csv", include_incomplete=True)
    assert summary.responses == 7
    unfinished = [r for r in read(tmp_path / "b.csv") if r["completed"] == "0"]
    assert [(r["clear"], r["comment"]) for r in unfinished] == [("5", "")]


def test_filters_select_rows(store, sample, tmp_path):
    target = tmp_path / "out.csv"
    summary = export_csv(store, Filters(session_ids=(sample.sessions["v2"],)), target)
    rows = read(target)
    assert summary.responses == len(rows) == 3
    # only version 2 is exported, and it does not ask "dropped": no column for it
    assert list(rows[0]) == [*FIXED_COLUMNS, *COLUMNS[:-1]]
    export_csv(store, Filters(languages=("en",)), tmp_path / "en.csv")
    assert {r["language"] for r in read(tmp_path / "en.csv")} == {"en"}


def test_no_time_of_day_anywhere(store, sample, tmp_path):
    export_csv(store, Filters(), tmp_path / "out.csv", include_incomplete=True)
    for name in ("out.csv", "out.codebook.csv"):
        assert not TIME_OF_DAY.search((tmp_path / name).read_text(encoding="utf-8-sig"))


def test_rows_are_not_in_submission_order(store, tmp_path):
    from feedback_app.domain.sessions import SessionDraft

    q = store.questionnaires.latest("ihme-feedback")
    session = store.sessions.create(SessionDraft("Kurssi", "2026-05-05"), q.id, q.version)
    submitted = [
        store.responses.submit(session.id, q, "fi", {**dict.fromkeys(AGREEMENT, 3), "overall": 4})
        for _ in range(40)
    ]
    target = tmp_path / "out.csv"
    export_csv(store, Filters(), target, rng=random.Random(7))
    order = [r["response_id"] for r in read(target)]
    assert sorted(order) == sorted(submitted)
    assert order != submitted and order != submitted[::-1]
    export_csv(store, Filters(), tmp_path / "again.csv", rng=random.Random(8))
    assert [r["response_id"] for r in read(tmp_path / "again.csv")] != order


def test_cancel_leaves_no_file(store, sample, tmp_path):
    def cancel(done: int, total: int) -> None:
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_csv(store, Filters(), tmp_path / "out.csv", progress=cancel)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_progress_reaches_the_total(store, sample, tmp_path):
    calls = []
    export_csv(store, Filters(), tmp_path / "out.csv", progress=lambda d, t: calls.append((d, t)))
    assert calls[0] == (0, 6) and calls[-1] == (6, 6)


def test_refusals_write_nothing(store, sample, tmp_path):
    with pytest.raises(EmptySelection, match="no responses match these filters"):
        export_csv(store, Filters(date_from="2030-01-01"), tmp_path / "out.csv")
    (tmp_path / "out.codebook.csv").write_text("keep", encoding="utf-8")
    with pytest.raises(OutputError, match="out.codebook.csv already exists"):
        export_csv(store, Filters(), tmp_path / "out.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.codebook.csv"]
    assert (tmp_path / "out.codebook.csv").read_text(encoding="utf-8") == "keep"


def test_a_response_without_any_answer_is_exported(store, sample, tmp_path):
    """Nothing answered (every question is optional) still makes a row, whether the export
    takes the whole database or one session of it."""
    from feedback_app.store.aggregates import completed_responses

    q = store.questionnaires.latest("export-test")
    empty = store.responses.submit(sample.sessions["v2"], q, "sv", {})
    assert completed_responses(store.db, Filters()) == 7
    for name, filters in (
        ("all.csv", Filters()),
        ("v2.csv", Filters(session_ids=(sample.sessions["v2"],))),
    ):
        rows = {r["response_id"]: r for r in read_export(store, filters, tmp_path / name)}
        assert [rows[empty][c] for c in ("language", "completed", "clear", "comment")] == [
            "sv",
            "1",
            "",
            "",
        ]


def read_export(store, filters, target):
    export_csv(store, filters, target)
    return read(target)
