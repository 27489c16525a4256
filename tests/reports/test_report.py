"""The report over hand-made responses: every figure against values worked out by hand.

Responses go in through the store's submit path, exactly as the kiosk stores them; figures come
out through the JSON and text reports a user reads. docs/statistics.md has the definitions.
"""

from __future__ import annotations

import json

import pytest

from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.reports.aggregate import report
from feedback_app.reports.report_json import render_json
from feedback_app.reports.report_text import TextReportHeading, render_text
from feedback_app.store.aggregates import Filters


def likert(qid: str, points: int = 5, text: str = "The course was useful.") -> dict:
    return {
        "id": qid,
        "type": "likert",
        "text": {"en": text, "fi": f"FI {text}"},
        "options": [
            {"value": v, "label": {"en": f"point {v}", "fi": f"piste {v}"}}
            for v in range(1, points + 1)
        ],
        "cannot_say": {"en": "Cannot say", "fi": "En osaa sanoa"},
    }


def choice(qid: str, kind: str) -> dict:
    return {
        "id": qid,
        "type": kind,
        "text": {"en": f"Which {qid}?", "fi": f"Mikä {qid}?"},
        "options": [
            {"value": code, "label": {"en": f"Option {code}", "fi": f"Vaihtoehto {code}"}}
            for code in "ABC"
        ],
    }


RECOMMEND = {
    "id": "recommend",
    "type": "rating",
    "text": {"en": "Would you recommend it?", "fi": "Suosittelisitko?"},
    "min": 0,
    "max": 10,
}
COMMENT = {"id": "comment", "type": "text", "text": {"en": "Comments", "fi": "Kommentit"}}
FULL = [
    likert("agree"),
    RECOMMEND,
    choice("role", "single_choice"),
    choice("topics", "multiple_choice"),
    COMMENT,
]


def questionnaire(questions: list[dict], qid: str = "course", version: int = 1):
    return parse_questionnaire(
        {
            "format": "feedback-app-questionnaire",
            "id": qid,
            "version": version,
            "title": {"en": "Course", "fi": "Kurssi"},
            "languages": ["en", "fi"],
            "default_language": "en",
            "sections": [{"id": "main", "questions": questions}],
        }
    )


def session(store, q, title="S", day="2026-03-04", organisation="Lapin poliisilaitos", audience=""):
    store.questionnaires.save(q)
    draft = SessionDraft(
        title=title, session_date=day, organisation=organisation, audience=audience
    )
    return store.sessions.create(draft, q.id, q.version)


def submit_all(store, s, q, answers: list[dict], language="fi", completed=True):
    for a in answers:
        store.responses.submit(s.id, q, language, a, completed=completed)


def rows(store, filters=None, group_by="none", minimum_n=None, comments=True, lang="en"):
    results = report(store, filters or Filters(), group_by, minimum_n, comments=comments)
    return json.loads(render_json(results, lang))


def row(data: list[dict], question_id: str, **group: str) -> dict:
    found = [
        r
        for r in data
        if r["question_id"] == question_id and all(r["group"].get(k) == v for k, v in group.items())
    ]
    assert len(found) == 1, (question_id, group, found)
    return found[0]


# The worked example of docs/statistics.md: ten completed responses and one incomplete one.
AGREE = [5, 4, 5, 2, CANNOT_SAY, 5, 3, 4, None, 5]
RECOMMENDS = [3, 5, 6, 7, 8, 9, 9, 9, 10, 10]
ROLES = ["A", "A", "B", "A", None, "A", "B", None, "A", None]
TOPICS = [("A", "B"), ("A",), ("A", "B", "C"), ("A",), ("B",), None, None, None, None, None]
COMMENTS = ["c0", "c1", "c2", "c3", "c4", "c5", "   ", None, None, None]


@pytest.fixture
def worked(store):
    q = questionnaire(FULL)
    s = session(store, q)
    answers = [
        {"agree": a, "recommend": r, "role": c, "topics": t, "comment": m}
        for a, r, c, t, m in zip(AGREE, RECOMMENDS, ROLES, TOPICS, COMMENTS, strict=True)
    ]
    submit_all(store, s, q, answers)
    everything_extreme = {
        "agree": 1,
        "recommend": 0,
        "role": "C",
        "topics": ("C",),
        "comment": "INCOMPLETE",
    }
    submit_all(store, s, q, [everything_extreme], completed=False)
    return store


def test_scale_question_worked_example(worked):
    assert row(rows(worked), "agree") == {
        "question_id": "agree",
        "questionnaire_id": "course",
        "questionnaire_versions": [1],
        "type": "likert",
        "question": "The course was useful.",
        "group": {},
        # incomplete response excluded; "cannot say" and the blank are missing
        "n": 8,
        "n_missing": 2,
        "mean": 4.13,  # 33 / 8 = 4.125, rounded half up
        "sd": 1.13,  # sqrt(8.875 / 7) = 1.125992
        "median": 4.5,  # sorted 2 3 4 [4 5] 5 5 5: mean of the 4th and 5th
        "counts": {"1": 0, "2": 1, "3": 1, "4": 2, "5": 4},  # zero for 1, incomplete's 1 not in
        "top2_pct": 75.0,  # (2 + 4) / 8
        "top2_ci": [40.9, 92.9],  # Wilson 6 of 8: 0.409275 .. 0.928521
        "bottom2_pct": 12.5,  # (0 + 1) / 8
        "n_cannot_say": 1,  # of the 2 missing; the other left it blank
        "suppressed": False,
    }


def test_nps_rating_worked_example(worked):
    data = row(rows(worked), "recommend")
    assert data["n"] == 10 and data["n_missing"] == 0
    assert data["counts"] == {
        "0": 0, "1": 0, "2": 0, "3": 1, "4": 0, "5": 1, "6": 1, "7": 1, "8": 1, "9": 3, "10": 2,
    }  # fmt: skip
    assert data["mean"] == 7.6  # 76 / 10
    # squared deviations from 7.6: 21.16 + 6.76 + 2.56 + 0.36 + 0.16 + 3 * 1.96 + 2 * 5.76
    # = 48.4; 48.4 / 9 = 5.3778; sqrt = 2.3190
    assert data["sd"] == 2.32
    assert data["median"] == 8.5  # (8 + 9) / 2
    assert data["top2_pct"] == 50.0 and data["bottom2_pct"] == 0.0
    # Wilson 5 of 10: centre 0.5, half width 1.416009 * sqrt(0.025 + 0.009604) = 0.263406
    assert data["top2_ci"] == [23.7, 76.3]
    assert data["nps"] == 20.0  # promoters 5 of 10 = 50 %, detractors 3 of 10 = 30 %


def test_choice_questions_worked_example(worked):
    data = rows(worked)
    role = row(data, "role")
    assert (role["type"], role["n"], role["n_missing"]) == ("single_choice", 7, 3)
    assert role["counts"] == {"A": 5, "B": 2, "C": 0}
    assert role["percents"] == {"A": 71.4, "B": 28.6, "C": 0.0}  # 5/7 = 71.43 %, 2/7 = 28.57 %
    topics = row(data, "topics")
    assert (topics["n"], topics["n_missing"]) == (5, 5)
    assert topics["counts"] == {"A": 4, "B": 3, "C": 1}
    assert topics["percents"] == {"A": 80.0, "B": 60.0, "C": 20.0}  # of 5 respondents
    assert "mean" not in role and role["suppressed"] is False


def test_comments_of_completed_responses_only(worked):
    data = row(rows(worked), "comment")
    assert (data["type"], data["n"], data["n_missing"], data["suppressed"]) == ("text", 6, 4, False)
    assert sorted(data["comments"]) == ["c0", "c1", "c2", "c3", "c4", "c5"]
    assert not any(q["question_id"] == "comment" for q in rows(worked, comments=False))


def test_comments_are_shuffled_but_complete(store):
    q = questionnaire([COMMENT])
    s = session(store, q)
    written = [f"comment {i:02d}" for i in range(30)]
    submit_all(store, s, q, [{"comment": text} for text in written])
    first = row(rows(store), "comment")["comments"]
    second = row(rows(store), "comment")["comments"]
    assert sorted(first) == written and sorted(second) == written
    # 30! orders: submission order (or the same order twice) would mean no shuffle at all
    assert first != written and first != second


def test_comments_withheld_below_the_minimum_group_size(store):
    q = questionnaire([COMMENT])
    small, large = session(store, q, "Small"), session(store, q, "Large")
    submit_all(store, small, q, [{"comment": f"small {i}"} for i in range(4)])
    submit_all(store, large, q, [{"comment": f"large {i}"} for i in range(5)])
    data = rows(store, group_by="session")
    assert row(data, "comment", session_title="Small") | {"group": None} == {
        "question_id": "comment",
        "questionnaire_id": "course",
        "questionnaire_versions": [1],
        "type": "text",
        "question": "Comments",
        "group": None,
        "n": 4,
        "n_missing": 0,
        "comments": None,
        "suppressed": True,
    }
    assert sorted(row(data, "comment", session_title="Large")["comments"]) == [
        f"large {i}" for i in range(5)
    ]


def test_single_response(store):
    q = questionnaire([likert("agree")])
    submit_all(store, session(store, q), q, [{"agree": 4}])
    data = row(rows(store, minimum_n=1), "agree")
    assert (data["n"], data["mean"], data["sd"], data["median"]) == (1, 4.0, None, 4.0)
    assert data["counts"] == {"1": 0, "2": 0, "3": 0, "4": 1, "5": 0}
    assert (data["top2_pct"], data["bottom2_pct"]) == (100.0, 0.0)
    # Wilson 1 of 1: lower end = 1 / (1 + z^2) = 1 / 4.841459 = 0.206549; upper end 1
    assert data["top2_ci"] == [20.7, 100.0]


def test_all_missing(store):
    q = questionnaire([likert("agree"), COMMENT])
    answers = [{"agree": CANNOT_SAY}] * 3 + [{"comment": "only a comment"}] * 2
    submit_all(store, session(store, q), q, answers)
    data = row(rows(store), "agree")
    assert (data["n"], data["n_missing"], data["suppressed"]) == (0, 5, False)
    assert data["counts"] == {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}
    assert [data[k] for k in ("mean", "sd", "median", "top2_pct", "top2_ci", "bottom2_pct")] == [
        None
    ] * 6


@pytest.mark.parametrize(("responses", "suppressed"), [(4, True), (5, False)])
def test_suppression_at_minimum_minus_one_and_at_minimum(store, responses, suppressed):
    q = questionnaire([likert("agree"), RECOMMEND, choice("role", "single_choice")])
    answers = [{"agree": 5, "recommend": 10, "role": "A"}] * (responses - 1) + [{"agree": 1}]
    submit_all(store, session(store, q), q, answers)
    data = rows(store)  # minimum group size from the setting: 5
    agree, recommend, role = row(data, "agree"), row(data, "recommend"), row(data, "role")
    assert (agree["n"], agree["n_missing"], agree["suppressed"]) == (responses, 0, suppressed)
    assert (role["n"], role["n_missing"], role["suppressed"]) == (responses - 1, 1, suppressed)
    if suppressed:
        for key in ("mean", "sd", "median", "counts", "top2_pct", "top2_ci", "bottom2_pct"):
            assert agree[key] is None, key
        assert recommend["nps"] is None and recommend["n"] == responses - 1
        assert role["counts"] is None and role["percents"] is None
    else:
        # 5, 5, 5, 5, 1: mean 21 / 5; sd sqrt((4 * 0.64 + 10.24) / 4) = sqrt(3.2) = 1.788854
        assert (agree["mean"], agree["sd"], agree["median"]) == (4.2, 1.79, 5.0)
        assert agree["top2_ci"] == [37.6, 96.4]  # Wilson 4 of 5: 0.375535 .. 0.963774
        assert recommend["nps"] == 100.0 and role["percents"] == {"A": 100.0, "B": 0.0, "C": 0.0}


def test_minimum_group_size_setting_and_override(store):
    q = questionnaire([likert("agree")])
    submit_all(store, session(store, q), q, [{"agree": 5}] * 3)
    assert row(rows(store), "agree")["suppressed"] is True
    assert row(rows(store, minimum_n=3), "agree")["mean"] == 5.0
    store.settings.set("minimum_group_size", 3)
    assert row(rows(store), "agree")["suppressed"] is False


# --- filters and groupings -----------------------------------------------------------------


@pytest.fixture
def three_sessions(store):
    """S1 (Jan, Lapin, police): fi 5 4 4 4 3, sv 2; S2 (Feb, Oulun, border): fi 1 1 2 2 3 3;
    S3 (Feb, Lapin, border): en 5 5 5 4 4."""
    q = questionnaire([likert("agree")])
    s1 = session(store, q, "S1", "2026-01-15", "Lapin poliisilaitos", "police_officers")
    s2 = session(store, q, "S2", "2026-02-10", "Oulun poliisilaitos", "border_guards")
    s3 = session(store, q, "S3", "2026-02-20", "Lapin poliisilaitos", "border_guards")
    submit_all(store, s1, q, [{"agree": v} for v in (5, 4, 4, 4, 3)], "fi")
    submit_all(store, s1, q, [{"agree": 2}], "sv")
    submit_all(store, s2, q, [{"agree": v} for v in (1, 1, 2, 2, 3, 3)], "fi")
    submit_all(store, s3, q, [{"agree": v} for v in (5, 5, 5, 4, 4)], "en")
    return store, (s1, s2, s3)


def n_and_mean(data: list[dict]) -> list[tuple[dict, int, float]]:
    return [(r["group"], r["n"], r["mean"]) for r in data if r["question_id"] == "agree"]


@pytest.mark.parametrize(
    ("group_by", "expected"),
    [
        ("none", [({}, 17, 3.35)]),  # 57 / 17 = 3.3529
        (
            "organisation",
            [  # Lapin 45 / 11 = 4.0909; Oulun 12 / 6
                ({"organisation": "Lapin poliisilaitos"}, 11, 4.09),
                ({"organisation": "Oulun poliisilaitos"}, 6, 2.0),
            ],
        ),
        (
            "audience",
            [  # border guards 35 / 11 = 3.1818; police 22 / 6 = 3.6667
                ({"audience": "border_guards"}, 11, 3.18),
                ({"audience": "police_officers"}, 6, 3.67),
            ],
        ),
        ("month", [({"month": "2026-01"}, 6, 3.67), ({"month": "2026-02"}, 11, 3.18)]),
        (
            "language",
            [  # en 23 / 5; fi 32 / 11 = 2.9091; sv 2 / 1
                ({"language": "en"}, 5, 4.6),
                ({"language": "fi"}, 11, 2.91),
                ({"language": "sv"}, 1, 2.0),
            ],
        ),
    ],
)
def test_groupings(three_sessions, group_by, expected):
    store, _ = three_sessions
    assert n_and_mean(rows(store, group_by=group_by, minimum_n=1)) == expected


def test_grouping_by_session_names_each_session_in_date_order(three_sessions):
    store, (s1, s2, s3) = three_sessions
    assert n_and_mean(rows(store, group_by="session", minimum_n=1)) == [
        ({"session": s1.id, "session_title": "S1", "session_date": "2026-01-15"}, 6, 3.67),
        ({"session": s2.id, "session_title": "S2", "session_date": "2026-02-10"}, 6, 2.0),
        ({"session": s3.id, "session_title": "S3", "session_date": "2026-02-20"}, 5, 4.6),
    ]


def test_each_filter(three_sessions):
    store, (s1, s2, s3) = three_sessions
    cases = [
        (Filters(date_from="2026-02-01"), 11, 3.18),
        (Filters(date_to="2026-01-31"), 6, 3.67),
        (Filters(date_from="2026-02-10", date_to="2026-02-10"), 6, 2.0),
        (Filters(session_ids=(s2.id,)), 6, 2.0),
        (Filters(session_ids=(s1.id, s3.id)), 11, 4.09),
        (Filters(organisations=("Lapin poliisilaitos",)), 11, 4.09),
        (Filters(audiences=("police_officers",)), 6, 3.67),
        (Filters(languages=("sv",)), 1, 2.0),
        (Filters(languages=("fi", "en")), 16, 3.44),  # 55 / 16 = 3.4375
        (Filters(questionnaire_id="course"), 17, 3.35),
        (Filters(organisations=("Lapin poliisilaitos",), languages=("fi",)), 5, 4.0),
    ]
    for filters, n, mean in cases:
        assert n_and_mean(rows(store, filters, minimum_n=1)) == [({}, n, mean)], filters
    assert rows(store, Filters(questionnaire_id="ihme-feedback")) == []
    assert rows(store, Filters(date_from="2027-01-01")) == []


def test_question_dropped_in_a_later_version_is_reported_for_the_responses_that_had_it(store):
    first = questionnaire([likert("agree"), likert("extra", text="Extra")])
    old = session(store, first, "Old")
    submit_all(store, old, first, [{"agree": 5, "extra": v} for v in (1, 2, 3, 4, 5)])
    saved = store.questionnaires.save(questionnaire([likert("agree")]))
    assert (saved.outcome, saved.questionnaire.version) == ("new_version", 2)
    new = session(store, saved.questionnaire, "New")
    submit_all(store, new, saved.questionnaire, [{"agree": 1}] * 5)
    data = rows(store)
    agree, extra = row(data, "agree"), row(data, "extra")
    assert (agree["questionnaire_versions"], agree["n"], agree["mean"]) == ([1, 2], 10, 3.0)
    # only the five responses of version 1 had "extra": none of version 2 is missing
    assert (extra["questionnaire_versions"], extra["n"], extra["n_missing"]) == ([1], 5, 0)
    assert extra["mean"] == 3.0 and extra["counts"] == {str(v): 1 for v in range(1, 6)}
    assert [r["question_id"] for r in data] == ["agree", "extra"]
    only_new = rows(store, Filters(questionnaire_id="course", questionnaire_version=2))
    assert [(r["question_id"], r["n"], r["mean"]) for r in only_new] == [("agree", 5, 1.0)]
    only_old = rows(store, Filters(questionnaire_id="course", questionnaire_version=1))
    assert [(r["question_id"], r["n"]) for r in only_old] == [("agree", 5), ("extra", 5)]


def test_a_changed_scale_is_reported_per_definition_never_averaged(store):
    five = questionnaire([likert("agree")])
    submit_all(store, session(store, five), five, [{"agree": 5}] * 5)
    seven = store.questionnaires.save(questionnaire([likert("agree", points=7)])).questionnaire
    submit_all(store, session(store, seven), seven, [{"agree": 7}] * 5)
    data = [(r["questionnaire_versions"], r["n"], r["mean"], r["counts"]) for r in rows(store)]
    assert data == [
        ([2], 5, 7.0, {str(v): 5 if v == 7 else 0 for v in range(1, 8)}),
        ([1], 5, 5.0, {str(v): 5 if v == 5 else 0 for v in range(1, 6)}),
    ]


def test_questions_of_different_questionnaires_are_not_added_up(store):
    a, b = (
        questionnaire([likert("agree")], "course-a"),
        questionnaire([likert("agree")], "course-b"),
    )
    submit_all(store, session(store, a), a, [{"agree": 5}] * 5)
    submit_all(store, session(store, b), b, [{"agree": 1}] * 5)
    data = [(r["questionnaire_id"], r["n"], r["mean"]) for r in rows(store)]
    assert data == [("course-a", 5, 5.0), ("course-b", 5, 1.0)]


# --- the text report ----------------------------------------------------------------------


def text_report(store, group_by="none", language="en", minimum_n=5) -> str:
    results = report(store, Filters(), group_by, minimum_n, comments=True)
    total = sum(1 for _ in store.db.execute("SELECT 1 FROM responses WHERE completed = 1"))
    return render_text(results, TextReportHeading(total, group_by, minimum_n), language)


def test_text_report_shows_the_worked_example_in_aligned_columns(worked):
    lines = text_report(worked).splitlines()
    assert lines[0] == "Feedback report: 10 completed responses"
    header = next(line for line in lines if line.startswith("Question"))
    assert header.split() == (
        "Question n Missing Mean SD Median Top-2 % 95 % CI Bottom-2 % NPS".split()
    )
    agree = next(line for line in lines if line.startswith("The course was useful."))
    assert agree.split() == [
        "The", "course", "was", "useful.", "8", "2", "4.13", "1.13", "4.50", "75.0",
        "40.9–92.9", "12.5",
    ]  # fmt: skip
    recommend = next(line for line in lines if line.startswith("Would you recommend it?"))
    assert recommend.split()[4:] == [
        "10", "0", "7.60", "2.32", "8.50", "50.0", "23.7–76.3", "0.0", "20.0",
    ]  # fmt: skip
    # the columns line up: every number of a column ends where its header ends
    assert agree.index("4.13") == header.index("Mean")
    assert recommend.index("20.0") + len("20.0") == header.index("NPS") + len("NPS")
    assert agree.index("40.9–92.9") + 9 == header.index("95 % CI") + len("95 % CI")
    options = [line.split() for line in lines if "Option " in line and "Which" not in line]
    assert ["Option", "B", "2", "28.6"] in options and ["Option", "C", "1", "20.0"] in options
    comments = lines[lines.index("Comments (in random order)") :]
    assert "Comments (n = 6)" in comments
    assert sorted(line for line in comments if line.startswith("  - ")) == [
        f"  - c{i}" for i in range(6)
    ]


def test_text_report_withholds_small_groups_and_speaks_the_chosen_language(three_sessions):
    store, _ = three_sessions
    text = text_report(store, group_by="language", language="fi")
    lines = text.splitlines()
    assert lines[0] == "Feedback report: 17 completed responses, grouped by language"
    en = next(line for line in lines if line.startswith("FI The course was useful."))
    assert en.split()[5:] == ["en", "5", "0", "4.60", "0.55", "5.00", "100.0", "56.6–100.0", "0.0"]
    sv = next(line for line in lines if line.split()[:1] == ["sv"])
    assert sv.split() == ["sv", "1", "0", "fewer", "than", "5", "responses"]
    assert "4.60" in text and "2.00" not in text  # the one Swedish answer (2) is not shown


def test_text_report_names_audiences_in_words(three_sessions):
    store, _ = three_sessions
    results = report(store, Filters(), "audience", 5)
    lines = render_text(results, TextReportHeading(17, "audience", 5), "en").splitlines()
    assert lines[6].split()[4:7] == ["Border", "guards", "11"]
    assert "Border guards" in lines[6] and "Police officers" in lines[7]
    assert lines[7].split()[2] == "6"
    assert not any("border_guards" in line or "police_officers" in line for line in lines)
