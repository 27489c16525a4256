"""Every statistic against values worked out by hand (docs/statistics.md has the definitions)."""

from __future__ import annotations

import json
import math
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_app.domain.statistics import (
    DEFAULT_MINIMUM_N,
    choice_stats,
    format_fixed,
    round_half_up,
    scale_stats,
    wilson_interval,
)

FIVE = [1, 2, 3, 4, 5]
SEVEN = [1, 2, 3, 4, 5, 6, 7]
ELEVEN = list(range(11))
MIN_N = DEFAULT_MINIMUM_N


def approx(value: float) -> object:
    return pytest.approx(value, abs=1e-9)


# --- the worked example of docs/statistics.md -------------------------------------------


def test_worked_example_from_the_docs():
    # Answers 5, 4, 5, 2, cannot say, 5, 3, 4, blank, 5 -> counts 2:1 3:1 4:2 5:4, 2 missing.
    stats = scale_stats({2: 1, 3: 1, 4: 2, 5: 4}, FIVE, 2, minimum_n=MIN_N)
    assert stats.n == 8 and stats.n_missing == 2 and not stats.suppressed
    assert stats.counts == {1: 0, 2: 1, 3: 1, 4: 2, 5: 4}
    # mean = (2 + 3 + 8 + 20) / 8 = 33 / 8
    assert stats.mean == 4.125
    # squared deviations: 4.515625 + 1.265625 + 2*0.015625 + 4*0.765625 = 8.875; / 7; sqrt
    assert stats.sd == approx(math.sqrt(8.875 / 7))
    assert stats.sd == approx(1.1259916264596033)
    # sorted 2 3 4 [4 5] 5 5 5 -> (4 + 5) / 2
    assert stats.median == 4.5
    assert stats.top2_pct == 75.0  # (2 + 4) / 8
    assert stats.bottom2_pct == 12.5  # (0 + 1) / 8
    # Wilson 6 of 8: centre 0.668898, half width 0.259623 -> 40.9275 %, 92.8521 %
    low, high = stats.top2_ci
    assert low == pytest.approx(40.9275, abs=1e-4)
    assert high == pytest.approx(92.8521, abs=1e-4)
    assert stats.nps is None


def test_worked_example_json_is_rounded_with_the_agreed_keys():
    stats = scale_stats({2: 1, 3: 1, 4: 2, 5: 4}, FIVE, 2, minimum_n=MIN_N)
    data = json.loads(json.dumps(stats.to_dict()))
    assert data == {
        "n": 8,
        "n_missing": 2,
        "mean": 4.13,  # 4.125 rounds half up, as a spreadsheet's ROUND does
        "sd": 1.13,
        "median": 4.5,
        "counts": {"1": 0, "2": 1, "3": 1, "4": 2, "5": 4},
        "top2_pct": 75.0,
        "top2_ci": [40.9, 92.9],
        "bottom2_pct": 12.5,
        "n_cannot_say": None,  # the report fills it in from its counts
        "suppressed": False,
    }
    assert list(data) == [
        "n", "n_missing", "mean", "sd", "median", "counts",
        "top2_pct", "top2_ci", "bottom2_pct", "n_cannot_say", "suppressed",
    ]  # fmt: skip


def test_full_precision_dict_keeps_every_digit():
    stats = scale_stats({2: 1, 3: 1, 4: 2, 5: 4}, FIVE, 2, minimum_n=MIN_N)
    data = stats.to_dict(full_precision=True)
    assert data["mean"] == 4.125
    assert data["sd"] == stats.sd
    assert data["top2_ci"] == list(stats.top2_ci)


# --- median, sd, single response, all missing -------------------------------------------


def test_median_of_even_n_is_the_mean_of_the_two_middle_answers():
    # answers 1 2 [2 3] 5 5 -> (2 + 3) / 2 = 2.5
    stats = scale_stats({1: 1, 2: 2, 3: 1, 5: 2}, FIVE, 0, minimum_n=MIN_N)
    assert stats.median == 2.5
    # answers 4 4 4 4 -> both middle answers are 4
    assert scale_stats({4: 4}, FIVE, 1, minimum_n=MIN_N).median == 4.0


def test_median_of_odd_n_is_the_middle_answer():
    # answers 1 1 [2] 5 5
    assert scale_stats({1: 2, 2: 1, 5: 2}, FIVE, 0, minimum_n=MIN_N).median == 2.0


def test_sample_sd_divides_by_n_minus_one():
    # answers 1, 3, 5: mean 3, squared deviations 4 + 0 + 4 = 8, 8 / (3 - 1) = 4, sqrt = 2
    stats = scale_stats({1: 1, 3: 1, 5: 1}, FIVE, 2, minimum_n=MIN_N)
    assert stats.mean == 3.0 and stats.sd == 2.0
    # answers 2, 2, 4, 4: mean 3, squares 1+1+1+1 = 4, 4 / 3, sqrt = 1.154700...
    stats = scale_stats({2: 2, 4: 2}, FIVE, 1, minimum_n=MIN_N)
    assert stats.sd == approx(1.1547005383792515)
    # all answers equal: no spread
    assert scale_stats({3: 6}, FIVE, 0, minimum_n=MIN_N).sd == 0.0


def test_a_single_response_has_no_sd():
    # one answer 4 in a group of 5 completed responses (4 missing)
    stats = scale_stats({4: 1}, FIVE, 4, minimum_n=MIN_N)
    assert (stats.n, stats.mean, stats.median, stats.sd) == (1, 4.0, 4.0, None)
    assert stats.top2_pct == 100.0 and stats.bottom2_pct == 0.0
    # Wilson 1 of 1: z^2 = 3.8415, centre = (1 + 1.9207)/4.8415 = 0.6033,
    # half = 1.96/4.8415 * sqrt(0 + 0.9604) = 0.3967 -> low 20.65 %, high exactly 100 %
    low, high = stats.top2_ci
    assert low == pytest.approx(20.654, abs=1e-3)
    assert high == 100.0


def test_all_missing_gives_zero_counts_and_no_statistics():
    # 6 completed responses, each "cannot say" or blank
    stats = scale_stats({}, FIVE, 6, minimum_n=MIN_N)
    assert not stats.suppressed
    assert (stats.n, stats.n_missing) == (0, 6)
    assert stats.counts == {1: 0, 2: 0, 3: 0, 4: 0, 5: 0}
    assert stats.mean is stats.sd is stats.median is None
    assert stats.top2_pct is stats.bottom2_pct is stats.top2_ci is None
    data = stats.to_dict()
    assert data["counts"] == {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0}
    assert data["mean"] is None and data["top2_ci"] is None


def test_cannot_say_is_missing_not_a_number():
    # 4 x "5" and 1 x "cannot say": the mean stays 5, it is not pulled towards 0 or 3
    stats = scale_stats({5: 4}, FIVE, 1, minimum_n=MIN_N)
    assert stats.mean == 5.0 and stats.n == 4 and stats.n_missing == 1


def test_counts_read_back_from_sqlite_as_floats():
    stats = scale_stats({4.0: 3, 5.0: 2}, FIVE, 0, minimum_n=MIN_N)
    assert stats.counts == {1: 0, 2: 0, 3: 0, 4: 3, 5: 2}
    assert stats.mean == 4.4  # (12 + 10) / 5
    assert list(stats.to_dict()["counts"]) == ["1", "2", "3", "4", "5"]


def test_a_value_outside_the_scale_is_refused():
    with pytest.raises(ValueError, match="not points of the scale"):
        scale_stats({6: 1}, FIVE, 0, minimum_n=MIN_N)
    with pytest.raises(ValueError):
        scale_stats({3: -1}, FIVE, 0, minimum_n=MIN_N)


# --- suppression ------------------------------------------------------------------------


def test_group_one_below_the_minimum_is_suppressed_but_n_is_shown():
    # 4 completed responses (3 answers + 1 missing) < 5
    stats = scale_stats({4: 2, 5: 1}, FIVE, 1, minimum_n=5)
    assert stats.suppressed
    assert (stats.n, stats.n_missing) == (3, 1)
    for name in ("mean", "sd", "median", "counts", "top2_pct", "bottom2_pct", "top2_ci", "nps"):
        assert getattr(stats, name) is None, name
    data = stats.to_dict()
    assert data["suppressed"] is True and data["n"] == 3 and data["n_missing"] == 1
    assert data["counts"] is None and data["mean"] is None and data["top2_ci"] is None


def test_group_at_the_minimum_is_shown():
    # 5 completed responses (4 answers + 1 missing) = 5
    stats = scale_stats({4: 2, 5: 2}, FIVE, 1, minimum_n=5)
    assert not stats.suppressed
    assert stats.mean == 4.5 and stats.top2_pct == 100.0


def test_suppression_counts_completed_responses_of_the_group():
    # group of 6 responses; only 2 answered this question and 1 said "cannot say"
    stats = scale_stats({3: 2}, FIVE, 1, minimum_n=5, n_responses=6)
    assert not stats.suppressed and stats.n == 2
    # group of 4 responses, all of whom answered: suppressed whatever the question
    assert scale_stats({3: 4}, FIVE, 0, minimum_n=5, n_responses=4).suppressed
    with pytest.raises(ValueError):
        scale_stats({3: 4}, FIVE, 2, minimum_n=5, n_responses=5)


# --- top-2 / bottom-2 on 5- and 7-point scales ------------------------------------------


def test_top2_and_bottom2_on_a_five_point_scale():
    # counts 1:1 2:2 3:3 4:2 5:2, n = 10; top = 4-5 = 4/10; bottom = 1-2 = 3/10
    stats = scale_stats({1: 1, 2: 2, 3: 3, 4: 2, 5: 2}, FIVE, 0, minimum_n=MIN_N)
    assert stats.top2_pct == 40.0 and stats.bottom2_pct == 30.0


def test_top2_and_bottom2_on_a_seven_point_scale():
    # counts 1:1 2:1 3:1 4:1 5:2 6:2 7:4, n = 12; top = 6-7 = 6/12; bottom = 1-2 = 2/12
    counts = {1: 1, 2: 1, 3: 1, 4: 1, 5: 2, 6: 2, 7: 4}
    stats = scale_stats(counts, SEVEN, 0, minimum_n=MIN_N)
    assert stats.top2_pct == 50.0
    assert stats.bottom2_pct == approx(100 * 2 / 12)
    assert stats.rounded().bottom2_pct == 16.7  # 16.666... to 1 decimal
    assert stats.counts == counts
    # mean = (1+2+3+4+10+12+28) / 12 = 60 / 12 = 5
    # sorted: 1 2 3 4 5 [5 | 6] 6 7 7 7 7 -> 6th = 5, 7th = 6 -> median 5.5
    assert stats.mean == 5.0 and stats.median == 5.5


# --- NPS on a 0-10 rating ---------------------------------------------------------------


def test_nps_on_a_zero_to_ten_rating():
    # answers 3 5 6 7 8 9 9 9 10 10: promoters 5/10 = 50 %, detractors 3/10 = 30 % -> 20
    counts = {3: 1, 5: 1, 6: 1, 7: 1, 8: 1, 9: 3, 10: 2}
    stats = scale_stats(counts, ELEVEN, 0, minimum_n=MIN_N, nps=True)
    assert stats.nps == approx(20.0)
    assert stats.mean == 7.6  # 76 / 10
    assert stats.median == 8.5  # (8 + 9) / 2
    assert stats.top2_pct == 50.0 and stats.bottom2_pct == 0.0
    assert list(stats.counts) == ELEVEN
    assert stats.to_dict()["nps"] == 20.0


def test_nps_can_be_negative_and_is_absent_when_not_asked():
    # 0 0 6 7 9: promoters 1/5 = 20 %, detractors 3/5 = 60 % -> -40
    counts = {0: 2, 6: 1, 7: 1, 9: 1}
    assert scale_stats(counts, ELEVEN, 0, minimum_n=MIN_N, nps=True).nps == approx(-40.0)
    plain = scale_stats(counts, ELEVEN, 0, minimum_n=MIN_N)
    assert plain.nps is None and "nps" not in plain.to_dict()


def test_suppressed_nps_keeps_its_key_as_null():
    stats = scale_stats({9: 2}, ELEVEN, 0, minimum_n=MIN_N, nps=True)
    assert stats.suppressed and stats.to_dict()["nps"] is None


def test_nps_only_for_zero_to_ten():
    with pytest.raises(ValueError, match="0-10"):
        scale_stats({5: 5}, FIVE, 0, minimum_n=MIN_N, nps=True)


# --- Wilson interval --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        (8, 10, 0.4902, 0.9433),  # the usual textbook example: 49.0 % - 94.3 %
        # Newcombe (1998), Statistics in Medicine 17:857-872, table I, method 3 (Wilson)
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_matches_published_values(successes, n, low, high):
    result = wilson_interval(successes, n)
    assert result == pytest.approx((low, high), abs=5e-5)


def test_wilson_by_hand_for_half():
    # 4 of 8: p = 0.5, centre stays 0.5; half = 1.96/1.480182 * sqrt(0.03125 + 0.015006)
    #  = 1.324137 * 0.215071 = 0.284784
    low, high = wilson_interval(4, 8)
    assert low == pytest.approx(0.5 - 0.284784, abs=1e-6)
    assert high == pytest.approx(0.5 + 0.284784, abs=1e-6)


def test_wilson_edges():
    assert wilson_interval(0, 0) is None
    assert wilson_interval(0, 5)[0] == 0.0
    assert wilson_interval(5, 5)[1] == 1.0
    with pytest.raises(ValueError):
        wilson_interval(6, 5)
    with pytest.raises(ValueError):
        wilson_interval(-1, 5)


# --- choice questions -------------------------------------------------------------------


def test_single_choice_percent_of_respondents_who_answered():
    # A A B A + 1 blank: n = 4; A 3/4, B 1/4, C 0
    stats = choice_stats({"A": 3, "B": 1}, ["A", "B", "C"], 4, 1, minimum_n=MIN_N)
    assert stats.counts == {"A": 3, "B": 1, "C": 0}
    assert stats.percents == {"A": 75.0, "B": 25.0, "C": 0.0}
    assert stats.to_dict() == {
        "n": 4,
        "n_missing": 1,
        "counts": {"A": 3, "B": 1, "C": 0},
        "percents": {"A": 75.0, "B": 25.0, "C": 0.0},
        "suppressed": False,
    }


def test_multiple_choice_percents_may_exceed_100_in_total():
    # {A,B} {A} {A,B,C} {A} {B}: n = 5; A 4/5, B 3/5, C 1/5
    stats = choice_stats(
        {"A": 4, "B": 3, "C": 1}, ["A", "B", "C"], 5, 0, minimum_n=MIN_N, multiple=True
    )
    assert stats.percents == {"A": 80.0, "B": 60.0, "C": 20.0}
    # one in three: 33.333... shown as 33.3
    third = choice_stats({"A": 1, "B": 2}, ["A", "B"], 3, 2, minimum_n=MIN_N)
    assert third.to_dict()["percents"] == {"A": 33.3, "B": 66.7}


def test_choice_suppression_and_no_answers():
    small = choice_stats({"A": 3, "B": 1}, ["A", "B"], 4, 0, minimum_n=5)
    assert small.suppressed and small.counts is None and small.percents is None
    assert small.to_dict()["n"] == 4
    assert not choice_stats({"A": 4, "B": 1}, ["A", "B"], 5, 0, minimum_n=5).suppressed
    empty = choice_stats({}, ["A", "B"], 0, 5, minimum_n=5)
    assert empty.counts == {"A": 0, "B": 0} and empty.percents is None


def test_choice_counts_must_fit_the_respondents():
    with pytest.raises(ValueError):
        choice_stats({"A": 3, "B": 2}, ["A", "B"], 4, 0, minimum_n=MIN_N)  # single: 5 != 4
    with pytest.raises(ValueError):
        choice_stats({"X": 1}, ["A", "B"], 1, 0, minimum_n=MIN_N)


# --- rounding ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [(4.125, 2, 4.13), (2.675, 2, 2.68), (3.625, 2, 3.63), (12.25, 1, 12.3), (-0.04, 1, 0.0)],
)
def test_round_half_up_like_a_spreadsheet(value, decimals, expected):
    assert round_half_up(value, decimals) == expected


def test_format_fixed():
    assert format_fixed(4.125, 2) == "4.13"
    assert format_fixed(75.0, 1) == "75.0"
    assert format_fixed(None, 1, missing="-") == "-"


# --- counts against the expanded list of answers ----------------------------------------

scale_strategy = st.sampled_from([FIVE, SEVEN, ELEVEN])


@st.composite
def counts_on_a_scale(draw: st.DrawFn) -> tuple[list[int], dict[int, int]]:
    points = draw(scale_strategy)
    counts = draw(st.dictionaries(st.sampled_from(points), st.integers(0, 60), max_size=11))
    return points, counts


@given(counts_on_a_scale())
def test_stats_from_counts_equal_stats_from_the_expanded_answers(case):
    points, counts = case
    answers = [value for value, count in counts.items() for _ in range(count)]
    stats = scale_stats(counts, points, 0, minimum_n=0)
    assert stats.n == len(answers)
    if not answers:
        assert stats.mean is None and stats.median is None
        return
    assert stats.mean == statistics.mean(answers)
    assert stats.median == statistics.median(answers)
    if len(answers) >= 2:
        assert math.isclose(stats.sd, statistics.stdev(answers), rel_tol=1e-12, abs_tol=1e-12)
    else:
        assert stats.sd is None
    top2 = sum(1 for a in answers if a >= points[-2])
    assert stats.top2_pct == pytest.approx(100 * top2 / len(answers))
