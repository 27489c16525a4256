"""XLSForms built here: every supported type, group and relevant form imports correctly."""

from __future__ import annotations

import datetime
from pathlib import Path

from xlsform_builders import CANNOT_SAY, FI_SV_EN, HINTS, agree_choices, refusal, scale, write_form

from feedback_app.domain.questionnaire import Condition
from feedback_app.domain.xlsform import import_xlsform, import_xlsform_with_notes, read_xlsform


def test_multilingual_form_with_groups_likert_text_and_number(tmp_path: Path):
    header = ["type", "name", *FI_SV_EN, *HINTS, "required", "appearance", "constraint"]
    header.append("relevant")
    survey = [
        header,
        ["begin group", "ratings", "Arviot", "Bedömning", "Ratings"],
        ["select_one agree", "interesting", "Kiinnostava", "Intressant", "Interesting"]
        + ["Valitse", "Välj", "Choose", "yes", "likert"],
        ["select_one agree", "practical", "Käytännöllinen", "Praktisk", "Practical"]
        + [None, None, None, "=TRUE()", "likert", None, "${interesting} >= 3"],
        ["end group"],
        ["text", "most_useful", "Hyödyllisintä", "Nyttigast", "Most useful"]
        + [None, None, None, "no", "multiline", "string-length(.) <= 500"],
        ["integer", "age", "Ikä", "Ålder", "Age", None, None, None, None, None]
        + [". >= 18 and . <= 70"],
    ]
    settings_rows = [
        ["form_title", "form_id", "version", "default_language"],
        ["Koulutuspalaute", "training_feedback", "2024030101", "Finnish (fi)"],
    ]
    path = write_form(tmp_path, survey, agree_choices(), settings_rows)
    expected = {
        "format": "feedback-app-questionnaire",
        "id": "training_feedback",
        "version": 2024030101,
        "title": {"fi": "Koulutuspalaute", "sv": "Koulutuspalaute", "en": "Koulutuspalaute"},
        "languages": ["fi", "sv", "en"],
        "default_language": "fi",
        "sections": [
            {
                "id": "ratings",
                "title": {"fi": "Arviot", "sv": "Bedömning", "en": "Ratings"},
                "questions": [
                    {
                        "id": "interesting",
                        "type": "likert",
                        "required": True,
                        "text": {"fi": "Kiinnostava", "sv": "Intressant", "en": "Interesting"},
                        "help": {"fi": "Valitse", "sv": "Välj", "en": "Choose"},
                        "options": scale(),
                        "cannot_say": CANNOT_SAY,
                    },
                    {
                        "id": "practical",
                        "type": "likert",
                        "required": True,
                        "text": {"fi": "Käytännöllinen", "sv": "Praktisk", "en": "Practical"},
                        "options": scale(),
                        "cannot_say": CANNOT_SAY,
                        "show_if": {"question": "interesting", "at_least": 3},
                    },
                ],
            },
            {
                "id": "section1",
                "questions": [
                    {
                        "id": "most_useful",
                        "type": "text",
                        "required": False,
                        "text": {"fi": "Hyödyllisintä", "sv": "Nyttigast", "en": "Most useful"},
                        "long": True,
                        "max_length": 500,
                    },
                    {
                        "id": "age",
                        "type": "number",
                        "required": False,
                        "text": {"fi": "Ikä", "sv": "Ålder", "en": "Age"},
                        "integer": True,
                        "min": 18,
                        "max": 70,
                    },
                ],
            },
        ],
    }
    assert read_xlsform(path) == expected
    result = import_xlsform_with_notes(path)
    assert result.notes == ()
    q = result.questionnaire
    assert q.to_dict() == expected
    practical = q.question("practical")
    assert practical.scale_values() == [1, 2, 3, 4, 5]
    assert practical.show_if == Condition("interesting", "at_least", 3)
    assert practical.cannot_say == CANNOT_SAY and practical.allows_cannot_say
    assert q.question("age").min == 18 and q.question("age").max == 70
    assert q.question("most_useful").max_length == 500
    assert [s.title.get("en") for s in q.sections] == ["Ratings", None]


def test_choices_and_every_relevant_form(tmp_path: Path):
    survey = [
        ["type", "name", "label", "required", "relevant"],
        ["select_one yes_no", "consent", "Do you agree?", True],
        ["select_multiple topics", "topics", "Topics", None, "${consent} != 'no'"],
        ["integer", "years", "Years in service", "1", "selected(${topics}, '2')"],
        ["text", "why", "Why so long?", None, "${years} > 20"],
        ["text", "short", "Why so short?", None, "${years} <= 2"],
        ["note", "thanks", "Thank you", None, "${consent} = 'yes'"],
        ["select_one level", "level", "Level", "yes"],
        ["text", "mid", "Middle?", None, "${level} >= 2 and ${level} <= 3"],
        ["text", "shy", "Shy?", None, "${level} != '1'"],
        ["text", "quoted", "Quoted?", None, '${why} = "a b"'],
    ]
    choices = [
        ["list_name", "name", "label"],
        ["yes_no", "yes", "Yes"],
        ["yes_no", "no", "No"],
        ["yes_no", "maybe", "Maybe"],
        ["topics", 1, "Law"],
        ["topics", "2", "Practice"],
        ["topics", "t3.x", "Other"],
        *[["level", i, f"L{i}"] for i in range(1, 5)],
    ]
    q = import_xlsform(write_form(tmp_path, survey, choices, None, name="choices.xlsx"))
    assert q.languages == ("en",)
    topics = q.question("topics")
    assert topics.type == "multiple_choice"
    assert [o.value for o in topics.options] == ["_1", "_2", "t3.x"]
    assert topics.option_label("_2", "en") == "Practice"
    assert topics.show_if == Condition("consent", "none_of", ("no",))
    assert q.question("consent").required is True and topics.required is False
    assert q.question("years").required is True
    assert q.question("years").show_if == Condition("topics", "equals", "_2")
    assert q.question("why").show_if == Condition("years", "at_least", 21)
    assert q.question("short").show_if == Condition("years", "at_most", 2)
    assert q.question("thanks").type == "note"
    assert q.question("thanks").show_if == Condition("consent", "equals", "yes")
    assert q.question("level").type == "single_choice"
    assert q.question("mid").show_if == Condition("level", "one_of", ("_2", "_3"))
    assert q.question("shy").show_if == Condition("level", "none_of", ("_1",))
    assert q.question("quoted").show_if == Condition("why", "equals", "a b")


def test_nested_groups_are_flattened_and_group_conditions_apply(tmp_path: Path):
    survey = [
        ["type", "name", "label::English (en)", "label::Swedish (sv)", "relevant", "appearance"],
        ["integer", "age", "Age", "Ålder"],
        ["begin group", "outer", "Outer", "Yttre", "${age} >= 18", "field-list"],
        ["text", "a", "A", "A"],
        ["begin_group", "inner", None, None, None, "table-list"],
        ["text", "b", "B", "B"],
        ["end_group"],
        ["text", "c", "C", "C", "${age} >= 18"],
        ["end group"],
        ["begin group", "outer", "Again", "Igen"],
        ["text", "d", "D", "D"],
        ["end group"],
        ["text", "e", "E", "E"],
    ]
    q = import_xlsform(write_form(tmp_path, survey))
    assert [(s.id, s.title.get("en"), [x.id for x in s.questions]) for s in q.sections] == [
        ("section1", None, ["age"]),
        ("outer", "Outer", ["a"]),
        ("inner", "Outer", ["b"]),
        ("outer_2", "Outer", ["c"]),
        ("outer_3", "Again", ["d"]),
        ("section2", None, ["e"]),
    ]
    assert q.sections[1].title == {"en": "Outer", "sv": "Yttre"}
    for qid in ("a", "b", "c"):
        assert q.question(qid).show_if == Condition("age", "at_least", 18)
    assert q.question("d").show_if is None and q.question("e").show_if is None


def test_group_and_question_conditions_on_different_questions_are_refused(tmp_path: Path):
    survey = [
        ["type", "name", "label", "relevant"],
        ["integer", "age", "Age"],
        ["integer", "years", "Years"],
        ["begin group", "g", "G", "${age} >= 18"],
        ["text", "c", "C", "${years} <= 65"],
        ["end group"],
    ]
    assert refusal(write_form(tmp_path, survey)) == [
        "survey row 5: the question depends on several questions ('age', 'years'); a question "
        "can depend on one earlier question only"
    ]


def test_range_decimal_note_and_required_spellings(tmp_path: Path):
    survey = [
        ["type", "name", "label", "hint", "required", "parameters", "constraint", "rows"],
        ["note", "intro", "Welcome", "Read this"],
        ["range", "overall", "Overall", None, "TRUE", "start=0 end=10 step=1"],
        ["range", "default_range", "Default range", None, "true()"],
        ["decimal", "hours", "Hours", None, "Yes", None, ". >= 0.5 and . <= 12.5"],
        ["integer", "count", "Count", None, "no", None, ". > 0 and . < 100"],
        ["text", "comment", "Comment", None, "0", None, None, 4],
        ["select_one r", "r", "R", None, 1],
    ]
    choices = [["list_name", "name", "label"], ["r", "a", "A"], ["r", "b", "B"]]
    q = import_xlsform(write_form(tmp_path, survey, choices))
    intro = q.question("intro")
    assert (intro.type, intro.required, intro.text, intro.help) == (
        "note",
        False,
        {"en": "Welcome"},
        {"en": "Read this"},
    )
    overall = q.question("overall")
    assert (overall.type, overall.min, overall.max, overall.required) == ("rating", 0, 10, True)
    assert overall.scale_values() == list(range(11))
    assert (q.question("default_range").min, q.question("default_range").max) == (1, 10)
    hours = q.question("hours")
    assert (hours.type, hours.integer, hours.min, hours.max, hours.required) == (
        "number",
        False,
        0.5,
        12.5,
        True,
    )
    count = q.question("count")
    assert (count.integer, count.min, count.max, count.required) == (True, 1, 99, False)
    comment = q.question("comment")
    assert (comment.long, comment.max_length, comment.required) == (True, None, False)
    assert q.question("r").required is True


def test_version_cells_map_to_positive_whole_numbers(tmp_path: Path):
    survey = [["type", "name", "label"], ["text", "q", "Q"]]
    cases = [
        ("2014082801", 2014082801),
        (7, 7),
        (7.0, 7),
        (datetime.datetime(2024, 3, 1), 20240301),
        ("2024-03-01", 20240301),
        (None, 1),
    ]
    for i, (cell, expected) in enumerate(cases):
        path = write_form(tmp_path, survey, None, [["version"], [cell]], name=f"v{i}.xlsx")
        assert import_xlsform(path).version == expected, cell
