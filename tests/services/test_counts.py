"""The count tables every report reads stay exact: submit, delete and rebuild agree.

Random sequences of submits (finished and unfinished, every answer kind) and session
deletions are played through the service layer; after each sequence the stored counts must
equal a recount, and the per-value numbers must equal what the test itself submitted.
"""

from __future__ import annotations

from collections import Counter

import pytest
from builtin_items import AGREEMENT
from course_questionnaire import COURSE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.sessions import SessionDraft
from feedback_app.services import Services

Q = COURSE

answers = st.fixed_dictionaries(
    {},
    optional={
        "agree": st.sampled_from([1, 2, 3, 4, 5, CANNOT_SAY]),
        "topics": st.lists(st.sampled_from("ABC"), min_size=1, max_size=3, unique=True).map(tuple),
        "role": st.sampled_from("ABC"),
        "comment": st.sampled_from(["Hyvä", "Bra", "More coffee"]),
    },
)
submit_step = st.tuples(
    st.just("submit"), st.integers(0, 2), st.sampled_from(["fi", "sv"]), st.booleans(), answers
)
delete_step = st.tuples(st.just("delete"), st.integers(0, 2))
steps = st.lists(st.one_of(submit_step, submit_step, submit_step, delete_step), max_size=25)


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    with Services(tmp_path_factory.mktemp("counts") / "data") as services:
        services.questionnaires.save(Q)
        yield services


def expected_keys(given_answers: dict) -> Counter:
    """What one completed response should add, worked out here from the rule itself."""
    keys: Counter = Counter()
    agree = given_answers.get("agree")
    if agree is CANNOT_SAY:
        keys[("agree", "missing", 0.0, "")] += 1
    elif agree is not None:
        keys[("agree", "num", float(agree), "")] += 1
    for option in given_answers.get("topics", ()):
        keys[("topics", "option", 0.0, option)] += 1
    if given_answers.get("topics"):
        keys[("topics", "answered", 0.0, "")] += 1
    if "role" in given_answers:
        keys[("role", "option", 0.0, given_answers["role"])] += 1
        keys[("role", "answered", 0.0, "")] += 1
    return keys


def play(services: Services, plan: list) -> tuple[Counter, list[str]]:
    """Run the steps on fresh sessions; returns what the live sessions' counts should be."""
    sessions = [
        services.sessions.create(
            SessionDraft(title=f"S{i}", session_date="2026-05-04"), ("course", 1)
        )
        for i in range(3)
    ]
    expected: dict[int, Counter] = {i: Counter() for i in range(3)}
    for step in plan:
        if step[0] == "delete":
            if sessions[step[1]] is not None:
                services.sessions.delete(sessions[step[1]].id)
                sessions[step[1]] = None
            continue
        _, index, language, completed, given_answers = step
        if sessions[index] is None:
            continue
        services.responses.submit(
            sessions[index].id, Q, language, given_answers, completed=completed
        )
        if completed:
            expected[index].update(expected_keys(given_answers))
    total: Counter = Counter()
    for i in range(3):
        if sessions[i] is not None:
            total.update(expected[i])
    return total, [s.id for s in sessions if s is not None]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(plan=steps)
def test_counts_agree_with_a_recount_after_random_submits_and_deletions(services, plan):
    expected, alive = play(services, plan)
    assert services.checks.count_differences() == []
    db = services.store.db
    marks = ", ".join("?" for _ in alive) or "''"
    stored = Counter(
        {
            tuple(key): n
            for *key, n in db.execute(
                "SELECT question_id, kind, value_num, value_text, sum(n) FROM answer_counts "
                f"WHERE session_id IN ({marks}) GROUP BY 1, 2, 3, 4",
                alive,
            )
        }
    )
    assert +stored == +expected


def test_a_wrong_count_is_found_and_repaired(services):
    session = services.sessions.create(SessionDraft(title="Tampered", session_date="2026-05-05"))
    builtin = services.questionnaires.builtin()
    answers = {qid: 4 for qid in AGREEMENT} | {"practical": 5, "overall": 4}
    for _ in range(3):
        services.responses.submit(session.id, builtin, "fi", answers)
    assert services.checks.count_differences() == []
    db = services.store.db
    db.execute(
        "UPDATE answer_counts SET n = n + 1 WHERE session_id = ? AND question_id = 'practical'",
        [session.id],
    )
    db.execute("DELETE FROM response_counts WHERE session_id = ?", [session.id])
    found = services.checks.count_differences()
    assert {d.table for d in found} == {"answer_counts", "response_counts"}
    practical = next(d for d in found if d.table == "answer_counts")
    assert (practical.stored, practical.actual) == (4, 3)
    assert services.checks.rebuild_counts() == len(found)
    assert services.checks.count_differences() == []
    assert services.sessions.get(session.id).completed_responses == 3
