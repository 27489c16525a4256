"""Forms outside the supported subset are refused with sheet, row and reason."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from xlsform_builders import BASIC, YES_NO, agree_choices, refusal, write_form

from feedback_app.domain.xlsform import XLSFormError, read_xlsform

REFUSED: list[tuple[str, list[list[Any]], list[list[Any]] | None, list[list[Any]] | None, str]] = [
    (
        "calculate",
        [*BASIC, ["text", "a", "A"], ["calculate", "c", None]],
        None,
        None,
        "survey row 3: type 'calculate' is not supported (not yet: calculations)",
    ),
    (
        "repeat",
        [*BASIC, ["begin repeat", "r", "R"], ["text", "a", "A"], ["end repeat"]],
        None,
        None,
        "survey row 2: type 'begin repeat' is not supported (not yet: repeats)",
    ),
    (
        "or on two questions",
        [
            [*BASIC[0], "relevant"],
            ["integer", "a", "A"],
            ["integer", "b", "B"],
            ["text", "c", "C", "${a} = 1 or ${b} = 2"],
        ],
        None,
        None,
        "survey row 4: the question depends on several questions ('a', 'b'); a question can "
        "depend on one earlier question only",
    ),
    (
        "or mixing = and >= on a number",
        [
            [*BASIC[0], "relevant"],
            ["integer", "a", "A"],
            ["text", "b", "B", "${a} = 1 or ${a} > 5"],
        ],
        None,
        None,
        "survey row 3: relevant on 'a': a number question can only be tested with one comparison"
        " such as ${q} >= 3, or with = joined by or",
    ),
    (
        "= on select_multiple",
        [
            [*BASIC[0], "relevant"],
            ["select_multiple yn", "a", "A"],
            ["text", "b", "B", "${a}='yes'"],
        ],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': '=' is not supported on a multiple_choice question; use "
        "selected(${q}, 'v')",
    ),
    (
        "relevant on a later question",
        [[*BASIC[0], "relevant"], ["text", "b", "B", "${a} = 'x'"], ["text", "a", "A"]],
        None,
        None,
        "survey row 2: relevant refers to 'a', which comes later",
    ),
    (
        "relevant value not a choice",
        [[*BASIC[0], "relevant"], ["select_one yn", "a", "A"], ["text", "b", "B", "${a} = 'y'"]],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': 'y' is not one of its answers",
    ),
    (
        "regex constraint on text",
        [[*BASIC[0], "constraint"], ["text", "a", "A", "regex(., '[0-9]+')"]],
        None,
        None,
        "survey row 2: constraint \"regex(., '[0-9]+')\" is not supported (a text allows only "
        "string-length(.) <= N)",
    ),
    (
        "typing slip in a constraint",
        [[*BASIC[0], "constraint"], ["integer", "a", "A", ". >= 0 && . <= 9"]],
        None,
        None,
        "survey row 2: constraint '. >= 0 && . <= 9': && is not XLSForm; write . >= 0 and . <= 9",
    ),
    (
        "typing slip in a group's relevant",
        [[*BASIC[0], "relevant"], ["integer", "a", "A"], ["begin group", "g", "G", "${a} == 1"]]
        + [["text", "b", "B"], ["end group"]],
        None,
        None,
        "survey row 3: relevant '${a} == 1': == is not XLSForm; write ${a} = 1",
    ),
    (
        "strict bound on a decimal",
        [[*BASIC[0], "constraint"], ["decimal", "a", "A", ". > 0"]],
        None,
        None,
        "survey row 2: constraint '. > 0' is not supported (use . >= N and . <= M)",
    ),
    (
        "default answer",
        [[*BASIC[0], "default"], ["integer", "a", "A", 3]],
        None,
        None,
        "survey row 2: column 'default' is not supported (not yet: default answers)",
    ),
    (
        "media",
        [[*BASIC[0], "media::image::English (en)"], ["note", "a", "A", "a.png"]],
        None,
        None,
        "survey row 2: column 'media::image::English (en)' is not supported (not yet: pictures, "
        "sound and video)",
    ),
    (
        "missing list",
        [*BASIC, ["select_one colours", "a", "A"]],
        YES_NO,
        None,
        "survey row 2: list 'colours' is not in the choices sheet",
    ),
    (
        "likert with words",
        [[*BASIC[0], "appearance"], ["select_one yn", "a", "A", "likert"]],
        YES_NO,
        None,
        "choices row 2: list 'yn' is a likert scale, so choice name 'yes' must be a whole number",
    ),
    (
        "likert with eight points",
        [[*BASIC[0], "appearance"], ["select_one s", "a", "A", "likert"]],
        [["list_name", "name", "label"], *[["s", i, str(i)] for i in range(1, 9)]],
        None,
        "choices row 2: likert list 's' needs 3 to 7 consecutive whole numbers, not "
        "1, 2, 3, 4, 5, 6, 7, 8",
    ),
    (
        "duplicate name",
        [*BASIC, ["text", "a", "A"], ["integer", "a", "A again"]],
        None,
        None,
        "survey row 3: name 'a' is used twice",
    ),
    (
        "piping",
        [*BASIC, ["text", "a", "A"], ["note", "b", "You said ${a}"]],
        None,
        None,
        "survey row 3: label 'You said ${a}' shows an earlier answer (${...}), which is not "
        "supported",
    ),
    (
        "unknown language",
        [["type", "name", "label::Klingon"], ["text", "a", "A"]],
        None,
        None,
        "survey row 1: column 'label::Klingon': unknown language 'Klingon'; write it like "
        "'Finnish (fi)'",
    ),
    (
        "two columns for one language",
        [["type", "name", "label", "label::English (en)"], ["text", "a", "A", "A"]],
        None,
        None,
        "survey row 1: columns 'label' and 'label::English (en)' are both in English (en)",
    ),
    (
        "required expression",
        [[*BASIC[0], "required"], ["integer", "a", "A"], ["text", "b", "B", "${a} > 3"]],
        None,
        None,
        "survey row 3: required '${a} > 3' is not supported (use yes or no)",
    ),
    (
        "read only",
        [[*BASIC[0], "read_only"], ["text", "a", "A", "yes"]],
        None,
        None,
        "survey row 2: read_only questions are not supported",
    ),
    (
        "bad version",
        [*BASIC, ["text", "a", "A"]],
        None,
        [["version"], ["v1.2"]],
        "settings row 2: version 'v1.2' is not a whole number of 1 or more (such as 3 or "
        "2024030101)",
    ),
    (
        "no label",
        [*BASIC, ["text", "a", None]],
        None,
        None,
        "survey row 2: question 'a' has no label",
    ),
    (
        "end group without begin",
        [*BASIC, ["text", "a", "A"], ["end group"]],
        None,
        None,
        "survey row 3: 'end group' without a matching 'begin group'",
    ),
    (
        "group never closed",
        [*BASIC, ["begin group", "g", "G"], ["text", "a", "A"]],
        None,
        None,
        "survey row 2: group 'g' has no 'end group'",
    ),
    (
        "range step",
        [[*BASIC[0], "parameters"], ["range", "a", "A", "start=0 end=10 step=2"]],
        None,
        None,
        "survey row 2: a range needs step=1 and 2 to 21 points",
    ),
    (
        "appearance that hides the answers",
        [[*BASIC[0], "appearance"], ["select_one yn", "a", "A", "label"]],
        YES_NO,
        None,
        "survey row 2: appearance 'label' is not supported",
    ),
    (
        "formula label",
        [*BASIC, ["text", "a", '="Q"&1']],
        None,
        None,
        "survey row 2: label '=\"Q\"&1' is a formula; replace it by its text",
    ),
    (
        "untagged column in a tagged language",
        [["type", "name", "label:english", "caption"], ["text", "a", "A", "B"]],
        None,
        None,
        "survey row 1: columns 'label:english' and 'caption' are both in English (en)",
    ),
    (
        "answered test on a number",
        [[*BASIC[0], "relevant"], ["integer", "a", "A"], ["text", "b", "B", "${a} != ''"]],
        None,
        None,
        "survey row 3: relevant on 'a': show_if cannot test whether a number question is answered",
    ),
    (
        "unanswered test on a likert with cannot say",
        [[*BASIC[0], "relevant", "appearance"], ["select_one agree", "a", "A", None, "likert"]]
        + [["text", "b", "B", "${a} = ''"]],
        agree_choices(),
        None,
        "survey row 3: relevant on 'a': show_if cannot test whether a likert question is "
        "unanswered",
    ),
    (
        "relevant on a left-out metadata row",
        [[*BASIC[0], "relevant"], ["start", "begun"], ["text", "b", "B", "${begun} >= 1"]],
        None,
        None,
        "survey row 3: relevant refers to 'begun', which is left out",
    ),
    (
        "numeric comparison on words",
        [[*BASIC[0], "relevant"], ["select_one yn", "a", "A"], ["text", "b", "B", "${a} >= 2"]],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': '>=' needs numbers, and 'yes' is not one",
    ),
    (
        "two tests on one number",
        [[*BASIC[0], "relevant"], ["integer", "a", "A"]]
        + [["text", "b", "B", "${a} >= 2 and ${a} <= 9"]],
        None,
        None,
        "survey row 3: relevant on 'a': conditions joined by 'and' on 'a' can be combined only "
        "for single choice, likert and range questions",
    ),
    (
        "group hint",
        [[*BASIC[0], "hint"], ["begin group", "g", "G", "Read"], ["text", "a", "A"], ["end group"]],
        None,
        None,
        "survey row 2: a group hint is not supported",
    ),
    (
        "choices without list_name",
        [*BASIC, ["select_one yn", "a", "A"]],
        [["name", "label"], ["yes", "Yes"]],
        None,
        "choices row 1: no 'list_name' column",
    ),
    (
        "metadata only",
        [*BASIC, ["start", "start"], ["end", "end"]],
        None,
        None,
        "survey: the form has no questions that can be imported",
    ),
    (
        "a column twice",
        [[*BASIC[0], "relevant", "relevant"], ["integer", "a", "A"]],
        None,
        None,
        "survey row 1: column 'relevant' appears twice",
    ),
    (
        "no type column",
        [["name", "label"], ["a", "A"]],
        None,
        None,
        "survey row 1: no 'type' column",
    ),
    (
        "add_none_option",
        [*BASIC, ["text", "a", "A"]],
        None,
        [["add_none_option"], ["yes"]],
        "settings row 2: add_none_option is not supported",
    ),
    (
        "no form in the default language",
        [["type", "name", "label::English (en)", "label::Finnish (fi)"], ["text", "a", "A", None]]
        + [["text", "b", None, "B"]],
        None,
        None,
        "survey row 3: label missing in English (en)",
    ),
    (
        "two values merged into none",
        [[*BASIC[0], "relevant", "required"], ["select_one yn", "a", "A", None, "yes"]]
        + [["text", "b", "B", "${a} = 'yes' and ${a} = 'no'"]],
        YES_NO,
        None,
        "survey row 3: relevant on 'a': the conditions can never all hold",
    ),
]


@pytest.mark.parametrize(
    ("survey", "choices", "settings_rows", "message"),
    [case[1:] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
def test_unsupported_forms_are_refused_with_sheet_row_and_reason(
    tmp_path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None,
    settings_rows: list[list[Any]] | None,
    message: str,
):
    path = write_form(tmp_path, survey, choices, settings_rows)
    errors = refusal(path)
    assert message in errors
    with pytest.raises(XLSFormError):
        read_xlsform(path)
