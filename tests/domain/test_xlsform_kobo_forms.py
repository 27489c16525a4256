"""Forms written the way KoboToolbox and ODK users write them: or_other, the legacy select
spellings, not()/or/count-selected() conditions inside a consent group. Each imports, and the
kiosk shows exactly the questions ODK would show for the same answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from xlsform_builders import refusal, write_form

from feedback_app.domain.answers import AnswerProblem, check_answers, visible_questions
from feedback_app.domain.questionnaire import CANNOT_SAY, Condition, Questionnaire
from feedback_app.domain.xlsform import import_xlsform_with_notes
from feedback_app.domain.xlsform.evaluate import holds
from feedback_app.domain.xlsform.xpath import parse

HEADER = ["type", "name", "label::English (en)", "label::Finnish (fi)", "relevant"]
HEADER += ["required", "appearance"]
SURVEY = [
    HEADER,
    ["start", "start"],
    ["select_one yes_no", "consent", "Do you agree?", "Suostutko?", None, "yes"],
    ["begin group", "about", "About you", "Sinusta", "${consent} = 'yes'"],
    ["select_one colors or_other", "color", "Colour?", "Väri?"],
    ["select one from yes_no", "police", "Police?", "Poliisi?"],
    ["select all that apply from topics or specify other", "topics", "Topics?", "Aiheet?"],
    ["integer", "years", "Years?", "Vuodet?", "${police} = 'yes'"],
    ["text", "round", "Round?", "Tasaluku?", "${years} = 5 or ${years} = 10"],
    ["select_one agree", "sat", "Satisfied?", "Tyytyväinen?", None, None, "likert"],
    ["text", "unhappy", "Why?", "Miksi?", "${sat} <= 2 and ${sat} != ''"],
    ["note", "thanks", "Thanks", "Kiitos", "count-selected(${topics}) > 0"],
    [
        "text",
        "law",
        "Which law?",
        "Mikä laki?",
        "selected(${topics}, 'law') or selected(${topics}, 'other')",
    ],
    ["end group"],
    ["text", "why_not", "Why not?", "Miksi ei?", "not(selected(${police}, 'yes'))"],
    ["text", "refused", "Why not agree?", "Miksi et?", "${consent} != 'yes'"],
]
CHOICES = [
    ["list_name", "name", "label::English (en)", "label::Finnish (fi)"],
    ["yes_no", "yes", "Yes", "Kyllä"],
    ["yes_no", "no", "No", "Ei"],
    ["colors", "red", "Red", "Punainen"],
    ["colors", "blue", "Blue", "Sininen"],
    ["topics", "law", "Law", "Laki"],
    ["topics", "practice", "Practice", "Käytäntö"],
    *[["agree", i, f"{i} en", f"{i} fi"] for i in range(1, 6)],
    ["agree", "cannot_say", "Cannot say", "En osaa sanoa"],
]
SETTINGS = [["form_id", "default_language"], ["kobo", "English (en)"]]


@pytest.fixture
def form(tmp_path: Path) -> tuple[Questionnaire, tuple[str, ...]]:
    result = import_xlsform_with_notes(write_form(tmp_path, SURVEY, CHOICES, SETTINGS))
    return result.questionnaire, result.notes


def test_or_other_adds_the_option_and_a_text_shown_only_when_it_is_chosen(form):
    q, notes = form
    color = q.question("color")
    assert [o.value for o in color.options] == ["red", "blue", "other"]
    assert color.options[-1].label == {"en": "Other", "fi": "Muu"}
    other = q.question("color_other")
    assert other.type == "text" and other.required is False and other.long is False
    assert other.text == {"en": "Other, please specify", "fi": "Muu, mikä?"}
    assert other.show_if == Condition("color", "equals", "other")
    assert [x.id for x in q.questions][1:4] == ["color", "color_other", "police"]
    topics = q.question("topics")
    assert topics.type == "multiple_choice"
    assert [o.value for o in topics.options] == ["law", "practice", "other"]
    assert q.question("topics_other").show_if == Condition("topics", "equals", "other")
    assert q.question("police").type == "single_choice"
    assert notes == (
        "survey row 2: 'start' rows are not recorded (answers stay anonymous); left out",
    )


def test_conditions_become_the_show_if_odk_means(form):
    q, _ = form
    assert q.question("color").show_if == Condition("consent", "equals", "yes")
    # inside the consent group, a condition on a question of the group implies the group's
    assert q.question("years").show_if == Condition("police", "equals", "yes")
    assert q.question("law").show_if == Condition("topics", "one_of", ("law", "other"))
    # outside it, not(selected()) also holds while police is unanswered or hidden, as in ODK
    assert q.question("why_not").show_if == Condition("police", "none_of", ("yes",))
    assert q.question("round").show_if == Condition("years", "one_of", (5, 10))
    assert q.question("unhappy").show_if == Condition("sat", "one_of", (1, 2))
    assert q.question("thanks").show_if == Condition(
        "topics", "one_of", ("law", "practice", "other")
    )
    assert q.question("refused").show_if == Condition("consent", "none_of", ("yes",))


def odk_visible(answers: dict[str, Any]) -> list[str]:
    """The questions ODK shows for these answers: group and own relevant, as XPath."""
    values: dict[str, Any] = {}
    groups: list[bool] = []
    shown: list[str] = []
    for row in SURVEY[1:]:
        kind, name = row[0], row[1] if len(row) > 1 else ""
        relevant = row[4] if len(row) > 4 else None
        ok = not relevant or holds(parse(relevant), values)
        if kind == "begin group":
            groups.append(ok)
            continue
        if kind == "end group":
            groups.pop()
            continue
        if kind == "start":
            continue
        visible = all(groups) and ok
        names = [name] + ([f"{name}_other"] if "other" in kind else [])
        for n in names:
            if n != name:  # pyxform: relevant selected(${name}, 'other')
                visible = all(groups) and "other" in str(values.get(name, "")).split()
            if visible:
                shown.append(n)
            values[n] = odk_value(answers.get(n)) if visible else ""
    return shown


def odk_value(answer: Any) -> Any:
    if answer is None:
        return ""
    if answer is CANNOT_SAY:
        return "cannot_say"
    if isinstance(answer, tuple):
        return " ".join(answer)
    if isinstance(answer, int | float):
        return float(answer)
    return str(answer)


SCENARIOS = [
    {},
    {"consent": "no", "color": "red"},
    {"consent": "yes"},
    {"consent": "yes", "color": "other", "police": "no", "topics": ("other",), "sat": 1},
    {"consent": "yes", "police": "yes", "years": 10, "topics": ("law", "practice"), "sat": 3},
    {"consent": "yes", "police": "yes", "years": 7, "sat": CANNOT_SAY, "topics": ("practice",)},
    {"consent": "yes", "color": "blue", "sat": 2, "topics": ()},
]


@pytest.mark.parametrize("answers", SCENARIOS, ids=range(len(SCENARIOS)))
def test_the_kiosk_shows_what_odk_shows(form, answers: dict[str, Any]):
    q, _ = form
    assert [x.id for x in visible_questions(q, answers)] == odk_visible(answers)
    shown = {x.id for x in visible_questions(q, answers)}
    given = {k: v for k, v in answers.items() if k in shown and v != ()}
    problems = check_answers(q, given)
    assert all(p is AnswerProblem.REQUIRED and qid not in given for qid, p in problems.items())


def test_a_condition_inside_a_group_that_holds_while_unanswered_is_refused(tmp_path: Path):
    """Hidden with its group in ODK, but none_of would show it: no show_if means that."""
    survey = [
        ["type", "name", "label", "relevant"],
        ["select_one yn", "consent", "Agree?"],
        ["begin group", "g", "G", "${consent} = 'yes'"],
        ["select_one yn", "police", "Police?"],
        ["text", "why_not", "Why not?", "not(selected(${police}, 'yes'))"],
        ["end group"],
    ]
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    assert refusal(write_form(tmp_path, survey, choices)) == [
        "survey row 5: the question depends on several questions ('consent', 'police'); a "
        "question can depend on one earlier question only"
    ]


def test_select_from_a_file_and_or_other_on_a_likert_scale_are_refused(tmp_path: Path):
    survey = [
        ["type", "name", "label", "appearance"],
        ["select_one_from_file towns.csv", "town", "Town"],
        ["select_multiple_from_file towns.csv", "towns", "Towns"],
        ["select_one_external towns", "ext", "Town"],
        ["select_one agree or_other", "sat", "Satisfied?", "likert"],
        ["rank agree", "ranked", "Rank"],
    ]
    choices = [["list_name", "name", "label"], *[["agree", i, str(i)] for i in range(1, 4)]]
    assert refusal(write_form(tmp_path, survey, choices)) == [
        "survey row 2: type 'select_one_from_file towns.csv' is not supported (not yet: choices "
        "read from a file; copy them into the choices sheet)",
        "survey row 3: type 'select_multiple_from_file towns.csv' is not supported (not yet: "
        "choices read from a file; copy them into the choices sheet)",
        "survey row 4: type 'select_one_external towns' is not supported (not yet: external "
        "choices)",
        "survey row 5: or_other is not supported on a likert scale",
        "survey row 6: type 'rank agree' is not supported (not yet: ranking)",
    ]


def test_or_other_keeps_a_listed_other_choice_and_names_its_question_uniquely(tmp_path: Path):
    survey = [
        ["type", "name", "label::Svenska (sv)", "label::Deutsch (de)"],
        ["select_one c or other", "c", "Färg?", "Farbe?"],
        ["text", "c_other", "Annan text", "Anderer Text"],
        ["select_multiple d or_other", "d" * 62, "Vad?", "Was?"],
    ]
    choices = [
        ["list_name", "name", "label::Svenska (sv)", "label::Deutsch (de)"],
        ["c", "red", "Röd", "Rot"],
        ["c", "other", "Något annat", "Etwas anderes"],
        ["d", "x", "X", "X"],
    ]
    result = import_xlsform_with_notes(write_form(tmp_path, survey, choices))
    q = result.questionnaire
    assert [o.value for o in q.question("c").options] == ["red", "other"]
    assert q.question("c").options[1].label == {"sv": "Något annat", "de": "Etwas anderes"}
    assert [x.id for x in q.questions] == [
        "c",
        "c_other_2",
        "c_other",
        "d" * 62,
        "d" * 58 + "_other",
    ]
    assert q.question("c_other_2").text == {"sv": "Annat, vad?", "de": "Andere, bitte angeben"}
    assert result.notes == ()


def test_every_legacy_select_spelling(tmp_path: Path):
    survey = [
        ["type", "name", "label"],
        ["Select  One  From  YN", "a", "A"],
        ["select1 YN", "b", "B"],
        ["add select one prompt using YN", "c", "C"],
        ["select multiple YN", "d", "D"],
        ["add select multiple prompt using YN", "e", "E"],
        ["select all that apply from YN or specify other", "f", "F"],
        ["select one YN or other", "g", "G"],
    ]
    choices = [["list_name", "name", "label"], ["YN", "y", "Y"], ["YN", "n", "N"]]
    q = import_xlsform_with_notes(write_form(tmp_path, survey, choices)).questionnaire
    assert [(x.id, x.type, [o.value for o in x.options]) for x in q.questions] == [
        ("a", "single_choice", ["y", "n"]),
        ("b", "single_choice", ["y", "n"]),
        ("c", "single_choice", ["y", "n"]),
        ("d", "multiple_choice", ["y", "n"]),
        ("e", "multiple_choice", ["y", "n"]),
        ("f", "multiple_choice", ["y", "n", "other"]),
        ("f_other", "text", []),
        ("g", "single_choice", ["y", "n", "other"]),
        ("g_other", "text", []),
    ]
