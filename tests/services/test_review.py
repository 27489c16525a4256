"""The review's figures: the numbers of the report, headline figures counted by hand."""

from __future__ import annotations

import pytest
from course_questionnaire import COURSE

from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.sessions import SessionDraft
from feedback_app.services import Services
from feedback_app.services.types import Filters


@pytest.fixture
def services(data_dir):
    with Services(data_dir) as services:
        services.questionnaires.save(COURSE)
        yield services


def session(services, title, organisation, expected=None, day="2026-03-02"):
    draft = SessionDraft(
        title=title, session_date=day, organisation=organisation, expected_participants=expected
    )
    return services.sessions.create(draft, ("course", 1))


def answer(services, session_id, agree, comment="", completed=True):
    services.responses.submit(
        session_id,
        COURSE,
        "en",
        {"agree": agree, "comment": comment, "topics": ("A",), "role": "B"},
        completed=completed,
    )


def test_headline_figures_and_the_response_rate(services):
    first = session(services, "Lappi", "Lapin poliisilaitos", expected=10, day="2026-01-15")
    second = session(services, "Oulu", "Oulun poliisilaitos", day="2026-04-20")
    for value in (5, 4, 4, CANNOT_SAY, 2, 5):
        answer(services, first.id, value)
    answer(services, first.id, 3, completed=False)  # unfinished: counts nowhere
    for value in (1, 2, 3):
        answer(services, second.id, value)
    headline = services.review.headline(Filters())
    assert (headline.responses, headline.sessions, headline.organisations) == (9, 2, 2)
    assert (headline.first_date, headline.last_date) == ("2026-01-15", "2026-04-20")
    # only the first session expects anyone: 6 of its 10
    assert (headline.expected, headline.responses_where_expected) == (10, 6)
    assert headline.response_rate == pytest.approx(60.0)
    only_second = services.review.headline(Filters(session_ids=(second.id,)))
    assert only_second.response_rate is None


def test_the_overview_is_the_report_and_counts_cannot_say_apart(services):
    first = session(services, "Lappi", "Lapin poliisilaitos")
    for value in (5, 4, 4, CANNOT_SAY, 2, 5, CANNOT_SAY):
        answer(services, first.id, value, comment="Hyvä")
    overview = services.review.overview(Filters())
    assert [r.to_dict() for r in overview.results] == [
        r.to_dict() for r in services.results.report(Filters(), "none", comments=True)
    ]
    (agree,) = overview.agreement_items
    assert (agree.stats.n, agree.stats.n_missing, agree.stats.n_cannot_say) == (5, 2, 2)
    quick = services.review.overview(Filters(), comments=False)
    assert quick.comments == [] and len(quick.agreement_items) == 1


def test_comments_are_searched_filtered_limited_and_withheld_below_the_minimum(services):
    small = session(services, "Pieni", "Lapin poliisilaitos")
    for text in ("Hyvä esimerkki", "ÄÄNI kuului huonosti", "Hyvää työtä"):
        answer(services, small.id, 4, comment=text)
    page = services.review.comments(Filters())
    assert page.withheld and page.comments == () and page.minimum == 5
    for text in ("Äänentoisto oli hyvä", "Tauko puuttui"):
        answer(services, small.id, 4, comment=text)
    page = services.review.comments(Filters())
    assert not page.withheld and page.total == 5
    assert sorted(t for _, _, t in page.comments) == sorted(
        ["Hyvä esimerkki", "ÄÄNI kuului huonosti", "Hyvää työtä", "Äänentoisto oli hyvä",
         "Tauko puuttui"]
    )  # fmt: skip
    found = services.review.comments(Filters(), search="ÄÄN")
    assert {t for _, _, t in found.comments} == {"Äänentoisto oli hyvä", "ÄÄNI kuului huonosti"}
    assert services.review.comments(Filters(), question=("course", "agree")).total == 0
    assert services.review.comments(Filters(), question=("course", "comment")).total == 5
    limited = services.review.comments(Filters(), limit=2)
    assert limited.total == 5 and len(limited.comments) == 2


def test_trend_and_comparison_withhold_small_groups(services):
    big = session(services, "Iso", "Lapin poliisilaitos", day="2026-01-10")
    small = session(services, "Pieni", "Oulun poliisilaitos", day="2026-02-10")
    for value in (5, 4, 4, 3, 5, 2):
        answer(services, big.id, value)
    for value in (1, 2):
        answer(services, small.id, value)
    trend = services.review.trend(Filters(), "course", "agree")
    assert [r.group["month"] for r in trend] == ["2026-01", "2026-02"]
    assert trend[0].stats.mean == pytest.approx(23 / 6) and not trend[0].stats.suppressed
    assert trend[1].stats.suppressed and trend[1].stats.mean is None
    compared = [r for r in services.review.comparison(Filters(), "organisation")]
    by_group = {r.group["organisation"]: r.stats for r in compared if r.question.id == "agree"}
    assert by_group["Oulun poliisilaitos"].suppressed
    assert by_group["Lapin poliisilaitos"].top2_pct == pytest.approx(400 / 6)
    with pytest.raises(ValueError):
        services.review.comparison(Filters(), "month")
