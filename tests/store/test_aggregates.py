"""The aggregate SQL: counts per group and version, completed responses only, and comments."""

from __future__ import annotations

import pytest
from course_questionnaire import COURSE

from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.sessions import SessionDraft
from feedback_app.store.aggregates import (
    Filters,
    completed_responses,
    group_counts,
    session_labels,
)
from feedback_app.store.comments import comments

Q = COURSE


def new_session(store, title: str, day: str, organisation: str):
    store.questionnaires.save(Q)
    draft = SessionDraft(title=title, session_date=day, organisation=organisation)
    return store.sessions.create(draft, Q.id, Q.version)


@pytest.fixture
def filled(store):
    """Lapin (March, fi): three completed and one incomplete response; Oulun (April, sv): one."""
    lapin = new_session(store, "Lapin kurssi", "2026-03-04", "Lapin poliisilaitos")
    oulu = new_session(store, "Oulun kurssi", "2026-04-01", "Oulun poliisilaitos")
    submit = store.responses.submit
    submit(lapin.id, Q, "fi", {"agree": 5, "topics": ("A", "B"), "role": "A", "comment": "Hyvä"})
    submit(lapin.id, Q, "fi", {"agree": 5, "topics": ("B",), "comment": "  "})
    submit(lapin.id, Q, "fi", {"agree": CANNOT_SAY, "role": "C", "comment": "Lisää kahvia"})
    submit(
        lapin.id,
        Q,
        "fi",
        {"agree": 1, "topics": ("C",), "role": "B", "comment": "KESKEN"},
        completed=False,
    )
    submit(oulu.id, Q, "sv", {"agree": 3, "comment": "Bra"})
    return store, lapin, oulu


def test_counts_come_from_completed_responses_only(filled):
    store, _, _ = filled
    # the incomplete response is stored (with its answers) but counted nowhere
    assert store.db.execute("SELECT count(*) FROM responses WHERE completed = 0").fetchone() == (1,)
    groups = group_counts(store.db, Filters(), "organisation")
    lapin = groups["Lapin poliisilaitos"]
    key = ("course", 1, "agree")
    assert dict(lapin.responses) == {("course", 1): 3}
    assert lapin.numbers[key] == {5.0: 2}
    assert lapin.cannot_say[key] == 1
    # a multiple choice counts each option once and its respondent once
    assert lapin.options[("course", 1, "topics")] == {"A": 1, "B": 2}
    assert lapin.answered[("course", 1, "topics")] == 2
    assert lapin.options[("course", 1, "role")] == {"A": 1, "C": 1}
    assert groups["Oulun poliisilaitos"].numbers[key] == {3.0: 1}
    assert completed_responses(store.db, Filters()) == 4


def test_filters_and_groupings_in_sql(filled):
    store, lapin, oulu = filled
    assert set(group_counts(store.db, Filters(), "month")) == {"2026-03", "2026-04"}
    assert set(group_counts(store.db, Filters(), "language")) == {"fi", "sv"}
    assert set(group_counts(store.db, Filters(), "session")) == {lapin.id, oulu.id}
    assert list(group_counts(store.db, Filters(), "none")) == [""]
    assert completed_responses(store.db, Filters(languages=("sv",))) == 1
    assert completed_responses(store.db, Filters(date_from="2026-03-05")) == 1
    assert completed_responses(store.db, Filters(date_to="2026-03-04")) == 3
    assert completed_responses(store.db, Filters(session_ids=(oulu.id,))) == 1
    assert completed_responses(store.db, Filters(questionnaire_id="ihme-feedback")) == 0
    assert group_counts(store.db, Filters(organisations=("Nobody",))) == {}
    with pytest.raises(ValueError, match="unknown grouping"):
        group_counts(store.db, Filters(), "weekday")


def test_comments_read_with_the_same_filters_and_groups(filled):
    store, lapin, _ = filled
    texts = {("course", 1): {"comment"}}
    by_language = comments(store.db, Filters(), "language", texts)
    assert {
        label: sorted(found[("course", 1, "comment")]) for label, found in by_language.items()
    } == {
        "fi": ["Hyvä", "Lisää kahvia"],  # not the incomplete response's, not a blank
        "sv": ["Bra"],
    }
    only_lapin = comments(store.db, Filters(session_ids=(lapin.id,)), "none", texts)
    assert sorted(only_lapin[""][("course", 1, "comment")]) == ["Hyvä", "Lisää kahvia"]
    # choice answers are text in the answers table too, but only text questions are read
    assert comments(store.db, Filters(), "none", {("course", 1): set()}) == {}
    roles = comments(store.db, Filters(), "none", {("course", 1): {"role"}})
    assert sorted(roles[""][("course", 1, "role")]) == ["A", "C"]
    assert comments(store.db, Filters(), "none", {("course", 2): {"comment"}}) == {}


def test_session_labels(filled):
    store, lapin, oulu = filled
    labels = session_labels(store.db, [lapin.id, oulu.id, "missing"])
    assert {(x.title, x.session_date) for x in labels.values()} == {
        ("Lapin kurssi", "2026-03-04"),
        ("Oulun kurssi", "2026-04-01"),
    }
