"""Demo data: the same seed gives the same database, and it looks like real feedback."""

from __future__ import annotations

from collections import Counter

import pytest

from feedback_app.domain.sessions import AUDIENCES
from feedback_app.reports.aggregate import report
from feedback_app.store import Store, demo_texts
from feedback_app.store.aggregates import Filters
from feedback_app.store.demo import generate_demo

TABLES = {
    "sessions": "id",
    "responses": "rid",
    "answers": "response_id, ordinal",
    "answer_counts": "session_id, language, question_id, kind, value_num",
    "response_counts": "session_id, language",
}


def content(store: Store) -> dict[str, list[tuple]]:
    return {
        table: store.db.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
        for table, order in TABLES.items()
    }


@pytest.fixture
def demo(tmp_path):
    store = Store(tmp_path / "demo")
    summary = generate_demo(store, 3000, sessions=24, seed=7)
    yield store, summary
    store.close()


def test_same_seed_same_rows_other_seed_other_rows(demo, tmp_path):
    store, _ = demo
    again = Store(tmp_path / "again")
    other = Store(tmp_path / "other")
    try:
        generate_demo(again, 3000, sessions=24, seed=7)
        generate_demo(other, 3000, sessions=24, seed=8)
        assert content(again) == content(store)
        mine, theirs = content(store), content(other)
        assert {r[1] for r in mine["responses"]}.isdisjoint({r[1] for r in theirs["responses"]})
        assert mine["answers"] != theirs["answers"]
    finally:
        again.close()
        other.close()


def test_looks_like_real_feedback(demo):
    store, summary = demo
    sessions = store.sessions.list()
    assert len(sessions) == summary.sessions == 24
    assert len({s.organisation for s in sessions}) == summary.organisations >= 8
    assert {s.audience for s in sessions} == set(AUDIENCES)
    assert len({s.session_date[:7] for s in sessions}) >= 12  # spread over many months
    assert all(s.closed and s.session_date == s.created_on for s in sessions)
    languages = Counter(r[0] for r in store.db.execute("SELECT language FROM responses"))
    assert languages["fi"] > languages["sv"] > 0 and languages["en"] > 0
    assert languages["fi"] > 0.6 * summary.responses
    dates = store.db.execute(
        "SELECT count(*) FROM responses r JOIN sessions s ON s.id = r.session_id "
        "WHERE r.submitted_on != s.session_date"
    ).fetchone()[0]
    assert dates == 0  # a response carries its session's date, never a time
    incomplete = summary.responses - summary.completed
    assert 0 < incomplete < 0.05 * summary.responses
    assert store.responses.count(completed=False) == incomplete


def test_answers_vary_and_some_are_missing(demo):
    store, summary = demo
    results = {r.question_id: r.stats for r in report(store, Filters(), "none", 5, comments=True)}
    agreement = results["interesting"]
    assert agreement.n_missing > 0 and 3.5 < agreement.mean < 4.8  # "cannot say" happens
    assert max(agreement.counts.values()) < 0.6 * agreement.n  # not all the same answer
    assert agreement.counts[1] < agreement.counts[4]  # not uniform either
    comments = results["most_useful"]
    assert 0.1 * summary.completed < comments.n < 0.6 * summary.completed
    written = set(comments.comments)
    assert len(written) > 20
    for language in ("fi", "sv", "en"):  # comments in all three languages
        assert written & set(demo_texts.MOST_USEFUL[language])
    by_org = report(store, Filters(), "organisation", 5)
    means = {r.group["organisation"]: r.stats.mean for r in by_org if r.question_id == "practical"}
    assert max(means.values()) - min(means.values()) > 0.2  # organisations differ


def test_count_tables_agree_with_the_answers(demo):
    """What the submit path would have counted, response by response."""
    store, _ = demo
    counted = store.db.execute(
        "SELECT session_id, language, question_id, kind, value_num, n FROM answer_counts "
        "ORDER BY 1, 2, 3, 4, 5"
    ).fetchall()
    recount = store.db.execute(
        "SELECT r.session_id, r.language, a.question_id, "
        "CASE WHEN a.value_num IS NULL THEN 'missing' ELSE 'num' END, "
        "coalesce(a.value_num, 0), count(*) FROM answers a "
        "JOIN responses r ON r.rid = a.response_id WHERE r.completed = 1 "
        "AND a.value_text IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5"
    ).fetchall()
    assert counted == recount
    responses = store.db.execute(
        "SELECT session_id, language, n FROM response_counts ORDER BY 1, 2"
    ).fetchall()
    assert (
        responses
        == store.db.execute(
            "SELECT session_id, language, count(*) FROM responses WHERE completed = 1 "
            "GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
    )


def test_progress_and_an_empty_demo(tmp_path):
    store = Store(tmp_path / "data")
    calls = []
    try:
        summary = generate_demo(
            store, 120_000, sessions=3, progress=lambda d, t: calls.append((d, t))
        )
        assert calls[-1] == (120_000, 120_000) and len(calls) >= 2
        assert store.responses.count() == summary.completed
        empty = generate_demo(store, 0, sessions=2, seed=99)
        assert (empty.responses, empty.sessions) == (0, 2)
    finally:
        store.close()
