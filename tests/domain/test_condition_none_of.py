"""``none_of``: shown unless one of some answers is given, so also while none is (ODK's ``!=``)."""

from __future__ import annotations

import pytest

from feedback_app.domain.answers import visible_questions
from feedback_app.domain.questionnaire import CANNOT_SAY, Condition, QuestionnaireError
from feedback_app.domain.validation import parse_questionnaire


@pytest.mark.parametrize(
    ("answer", "shown"),
    [
        (None, True),
        (CANNOT_SAY, True),
        ("a", False),
        ("b", False),
        ("c", True),
        ((), True),
        (("c", "d"), True),
        (("c", "a"), False),
        (2.0, True),
    ],
)
def test_none_of_holds_unless_one_of_its_values_is_the_answer(answer, shown: bool):
    assert Condition("q", "none_of", ("a", "b")).holds(answer) is shown


def test_numbers_compare_as_numbers():
    condition = Condition("q", "none_of", (3,))
    assert not condition.holds(3.0) and condition.holds(4) and condition.holds(None)


def form(show_if: object) -> dict:
    choice = {"id": "q", "type": "single_choice", "text": {"en": "Q"}}
    choice["options"] = [{"value": v, "label": {"en": v}} for v in ("a", "b")]
    text = {"id": "t", "type": "text", "text": {"en": "T"}, "show_if": show_if}
    after = {"id": "u", "type": "text", "text": {"en": "U"}}
    after["show_if"] = {"question": "t", "none_of": ["x"]}
    return {
        "id": "f",
        "version": 1,
        "title": {"en": "F"},
        "languages": ["en"],
        "sections": [{"id": "s", "questions": [choice, text, after]}],
    }


def test_a_question_after_a_hidden_one_counts_it_as_unanswered():
    q = parse_questionnaire(form({"question": "q", "none_of": ["a"]}))
    assert q.question("t").show_if == Condition("q", "none_of", ("a",))
    assert q.to_dict()["sections"][0]["questions"][1]["show_if"] == {
        "question": "q",
        "none_of": ["a"],
    }
    assert [x.id for x in visible_questions(q, {})] == ["q", "t", "u"]
    assert [x.id for x in visible_questions(q, {"q": "a", "t": "x"})] == ["q", "u"]
    assert [x.id for x in visible_questions(q, {"q": "b", "t": "x"})] == ["q", "t"]


@pytest.mark.parametrize("value", [[], "a", [["a"]], None])
def test_none_of_needs_a_list_of_values(value):
    with pytest.raises(QuestionnaireError) as caught:
        parse_questionnaire(form({"question": "q", "none_of": value}))
    assert (
        "sections[0].questions[1].show_if.none_of: must be a non-empty list of numbers or option "
        "codes" in caught.value.errors
    )
