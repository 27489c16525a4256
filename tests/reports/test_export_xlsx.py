"""XLSX export read back with openpyxl: the same cells as the database, four sheets, a chart."""

from __future__ import annotations

import random

import openpyxl
import pytest
from builtin_items import AGREEMENT
from export_samples import COLUMNS, TIME_OF_DAY, fill

from feedback_app.domain.sessions import SessionDraft
from feedback_app.reports.export_rows import FIXED_COLUMNS
from feedback_app.reports.output import Cancelled
from feedback_app.reports.xlsx_export import export_xlsx
from feedback_app.store.aggregates import Filters


def sheet_rows(path, name):
    book = openpyxl.load_workbook(path, read_only=True)
    return [list(row) for row in book[name].iter_rows(values_only=True)]


def as_csv_cell(value) -> str:
    """What the CSV export writes for the same answer."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def test_responses_sheet_matches_the_database(store, tmp_path):
    sample = fill(store)
    target = tmp_path / "out.xlsx"
    assert export_xlsx(store, Filters(), target, rng=random.Random(2)).responses == 6
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Responses", "Summary", "Codebook", "Comments"]
    assert len(book["Summary"]._charts) == 2  # the agreement items, and their "cannot say"
    rows = sheet_rows(target, "Responses")
    header, body = rows[0], rows[1:]
    assert header == [*FIXED_COLUMNS, *COLUMNS]
    got = {row[0]: {c: as_csv_cell(row[header.index(c)]) for c in COLUMNS} for row in body}
    assert got == sample.expected  # ä/ö/å and emoji, "cannot say" empty, formulas neutralised
    by_id = {row[0]: row for row in body}
    first = by_id[sample.submitted[0]]
    assert first[header.index("hours")] == -3.5  # a number, not text, and not neutralised
    assert first[header.index("clear")] == 5
    assert first[header.index("session_title")] == '\'=HYPERLINK("http://x")'
    assert first[header.index("completed")] == 1


def test_codebook_and_no_time_of_day(store, tmp_path):
    fill(store)
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target)
    codebook = sheet_rows(target, "Codebook")
    assert [row[0] for row in codebook[1 : 1 + len(COLUMNS)]] == list(COLUMNS)
    book = openpyxl.load_workbook(target, read_only=True)
    for sheet in book:
        for row in sheet.iter_rows(values_only=True):
            assert not any(isinstance(v, str) and TIME_OF_DAY.search(v) for v in row)


def fill_sessions(store, sizes: dict[str, int]) -> None:
    """Completed responses of the built-in questionnaire: one session per organisation."""
    q = store.questionnaires.latest("ihme-feedback")
    for organisation, n in sizes.items():
        draft = SessionDraft(title="Kurssi", session_date="2026-02-02", organisation=organisation)
        session = store.sessions.create(draft, q.id, q.version)
        for i in range(n):
            answers = {**dict.fromkeys(AGREEMENT, 4 + i % 2), "overall": 5}
            answers["most_useful"] = f"{organisation} kommentti {i}"
            store.responses.submit(session.id, q, "fi", answers)


def test_summary_and_comments_respect_the_minimum_group_size(store, tmp_path):
    fill_sessions(store, {"Lapin poliisilaitos": 6, "Oulun poliisilaitos": 4})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, group_by="organisation")
    summary = sheet_rows(target, "Summary")
    start = next(i for i, row in enumerate(summary) if row[0] == "Question")
    header = summary[start]
    interesting = "The training was interesting."
    lapland = next(r for r in summary if r[0] == interesting and r[1] == "Lapin poliisilaitos")
    oulu = next(r for r in summary if r[0] == interesting and r[1] == "Oulun poliisilaitos")
    n, mean, top2 = header.index("n"), header.index("Mean"), header.index("Top two")
    assert (lapland[n], lapland[mean], lapland[top2]) == (6, 4.5, 1.0)  # 100 %
    assert oulu[n] == "fewer than 5 responses"
    assert all(value is None for value in oulu[n + 1 :])  # nothing else of the small group
    comments = sheet_rows(target, "Comments")
    texts = [row[3] for row in comments[1:]]
    assert sorted(t for t in texts if "Lapin" in t) == [
        f"Lapin poliisilaitos kommentti {i}" for i in range(6)
    ]
    assert not any("Oulun poliisilaitos kommentti" in t for t in texts)
    assert "withheld: fewer than 5 responses" in texts


def test_chart_table_shows_the_answers_per_scale_point(store, tmp_path):
    fill_sessions(store, {"Lapin poliisilaitos": 6})
    target = tmp_path / "out.xlsx"
    export_xlsx(store, Filters(), target, language="fi")
    summary = sheet_rows(target, "Summary")
    start = next(i for i, row in enumerate(summary) if row[0] == "Vastausten jakauma väittämittäin")
    labels = summary[start + 1]
    assert labels[1:6] == [
        "Täysin eri mieltä",
        "Jokseenkin eri mieltä",
        "Ei samaa eikä eri mieltä",
        "Jokseenkin samaa mieltä",
        "Täysin samaa mieltä",
    ]
    items = summary[start + 2 : start + 2 + len(AGREEMENT)]
    q = store.questionnaires.latest("ihme-feedback")
    assert [" ".join(row[0].split()) for row in items] == [
        q.question(item).text["fi"] for item in AGREEMENT
    ]
    assert {tuple(row[1:7]) for row in items} == {(0, 0, 0, 0.5, 0.5, 6)}
    charts = openpyxl.load_workbook(target)["Summary"]._charts
    assert [chart.grouping for chart in charts] == ["stacked", "clustered"]


def test_cancel_leaves_no_file(store, tmp_path):
    fill(store)

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_xlsx(store, Filters(), tmp_path / "out.xlsx", progress=cancel)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
