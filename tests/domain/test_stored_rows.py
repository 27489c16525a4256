"""The quick check of stored answer rows gives the verdict of the full one on every input."""

from __future__ import annotations

import math

from hypothesis import event, given, settings
from hypothesis import strategies as st
from long_run import examples
from questionnaire_strategies import questionnaire_dicts

from feedback_app.domain.answers import StoredRowsChecker, answer_rows, stored_rows_problem
from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.validation import parse_questionnaire

NUMBERS = [None, 0.0, 1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 2.5, -1.0, 1e300, math.inf, math.nan]
TEXTS = [None, "", " ", "A", "B", "c", "opt1", "Hyvä koulutus.", " reunat ", "a\x00b",
         "rivi\r\nrivi", "x" * 60, "x" * 6000]  # fmt: skip


@st.composite
def cases(draw: st.DrawFn):
    """A questionnaire without conditions, rows for it (valid, altered or random), and
    whether the response is completed."""
    definition = draw(questionnaire_dicts())
    for section in definition["sections"]:
        for question in section["questions"]:
            question.pop("show_if", None)
    questionnaire = parse_questionnaire(definition)
    stored = [q for q in questionnaire.questions if q.stores_answer]
    ids = [q.id for q in stored] + ["unknown"]
    codes = sorted(
        {o.value for q in stored if q.type.endswith("_choice") for o in q.options}, key=str
    )
    texts = TEXTS + codes
    numbers = NUMBERS + [float(v) for q in stored for v in q.scale_values()[:3]]
    if stored and draw(st.booleans()):  # rows as the kiosk would store them, maybe altered
        answers = {}
        for q in stored:
            if draw(st.booleans()):
                continue
            if q.allows_cannot_say and draw(st.booleans()):
                answers[q.id] = CANNOT_SAY
            elif q.type == "multiple_choice":
                answers[q.id] = tuple(draw(st.lists(st.sampled_from(codes or ["A"]), max_size=3)))
            elif q.type == "single_choice":
                answers[q.id] = draw(st.sampled_from(codes or ["A"]))
            elif q.is_numeric:
                answers[q.id] = draw(st.sampled_from([n for n in numbers if n is not None]))
            else:
                answers[q.id] = draw(st.sampled_from([t for t in texts if t is not None]))
        rows = answer_rows(questionnaire, answers)
        if rows and draw(st.booleans()):
            i = draw(st.integers(0, len(rows) - 1))
            question, number, text = rows[i]
            rows[i] = (
                draw(st.sampled_from([question, *ids])),
                draw(st.sampled_from([number, *numbers])),
                draw(st.sampled_from([text, *texts])),
            )
        if rows and draw(st.booleans()):
            rows = draw(st.permutations(rows))
    else:
        row = st.tuples(st.sampled_from(ids), st.sampled_from(numbers), st.sampled_from(texts))
        rows = draw(st.lists(row, max_size=8))
    return questionnaire, list(rows), draw(st.booleans())


@settings(max_examples=examples(400), deadline=None)
@given(cases())
def test_the_quick_check_agrees_with_the_full_check(case):
    questionnaire, rows, completed = case
    quick = StoredRowsChecker(questionnaire).problem(rows, completed)
    full = stored_rows_problem(questionnaire, rows, completed)
    event("accepted" if full is None else "refused")
    assert (quick is None) == (full is None), (quick, full)


def test_a_number_that_is_not_finite_is_refused_by_both_checks():
    """SQLite stores NaN as NULL, but a bundle written elsewhere could hold infinity, and
    neither can be typed on the kiosk."""
    questionnaire = parse_questionnaire(
        {
            "id": "N",
            "version": 1,
            "title": {"fi": "Luvut"},
            "languages": ["fi"],
            "sections": [
                {
                    "id": "s",
                    "questions": [{"id": "n", "type": "number", "text": {"fi": "Montako?"}}],
                }
            ],
        }
    )
    for value in (math.nan, math.inf, -math.inf):
        rows = [("n", value, None)]
        assert stored_rows_problem(questionnaire, rows, True) == "question n: not a number"
        assert StoredRowsChecker(questionnaire).problem(rows, True) == "question n: not a number"
    assert stored_rows_problem(questionnaire, [("n", 1e300, None)], True) is None
