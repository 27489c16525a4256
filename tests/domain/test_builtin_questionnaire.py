"""The built-in questionnaire and the answer rules the kiosk relies on."""

from __future__ import annotations

import json

import pytest
from builtin_items import AGREEMENT

from feedback_app.domain.answers import AnswerProblem, answer_rows, check_answer, check_answers
from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.paths import resource
from feedback_app.store.questionnaires import builtin_questionnaires


@pytest.fixture
def builtin():
    (q,) = builtin_questionnaires()
    return q


def test_builtin_has_the_required_questions_in_three_languages(builtin):
    assert builtin.id == "ihme-feedback" and builtin.version == 1
    assert builtin.languages == ("fi", "sv", "en")
    ids = [q.id for q in builtin.questions]
    assert ids == [*AGREEMENT, "overall", "most_useful", "improve"]
    for q in builtin.questions:
        assert set(q.text) == {"fi", "sv", "en"}, q.id
    assert builtin.question("practical").text["en"] == "The training was practical."
    assert builtin.question("understandable").text["en"] == "The training was easy to understand."
    assert builtin.question("necessary").text["en"] == "The training was necessary for my work."
    assert builtin.question("identify_victims").text["en"] == (
        "After the training I am better able to identify possible victims of human trafficking."
    )


def test_agreement_items_are_five_point_scales_with_cannot_say(builtin):
    for qid in AGREEMENT:
        q = builtin.question(qid)
        assert q.type == "likert" and q.scale_values() == [1, 2, 3, 4, 5]
        assert q.option_label(1, "en") == "Strongly disagree"
        assert q.option_label(5, "fi") == "Täysin samaa mieltä"
        assert q.cannot_say == {"fi": "En osaa sanoa", "sv": "Kan inte säga", "en": "Cannot say"}
    overall = builtin.question("overall")
    assert (overall.type, overall.min, overall.max) == ("rating", 1, 5)
    assert builtin.question("most_useful").required is False


def test_json_round_trip_is_lossless(builtin):
    text = resource("questionnaires", "ihme-feedback.json").read_text(encoding="utf-8")
    assert builtin.to_dict() == json.loads(text)
    assert parse_questionnaire(builtin.to_dict()) == builtin


def test_required_questions_must_be_answered(builtin):
    q = builtin.question("interesting")
    assert check_answer(q, None) is AnswerProblem.REQUIRED
    assert check_answer(q, 6) is AnswerProblem.OUT_OF_RANGE
    assert check_answer(q, CANNOT_SAY) is None
    assert check_answer(builtin.question("most_useful"), None) is None
    assert set(check_answers(builtin, {})) == {*AGREEMENT, "overall"}


def test_cannot_say_is_stored_without_a_number(builtin):
    answers = {qid: 4 for qid in AGREEMENT} | {"practical": CANNOT_SAY, "overall": 5}
    rows = answer_rows(builtin, answers)
    assert ("practical", None, None) in rows
    assert ("interesting", 4.0, None) in rows
    assert all(r[1] is None for r in rows if r[0] == "practical")


def test_free_text_keeps_nordic_letters_and_emoji(builtin):
    answers = {qid: 3 for qid in AGREEMENT} | {"overall": 3, "most_useful": "  Hyvä ä ö å Å 👍  "}
    rows = answer_rows(builtin, answers)
    assert ("most_useful", None, "Hyvä ä ö å Å 👍") in rows
    assert not any(r[0] == "improve" for r in rows)
