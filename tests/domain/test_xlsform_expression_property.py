"""Random expressions from the grammar (with typing slips and junk mixed in) parse or are
refused with our error, never raise anything else; a show_if made from one agrees with ODK on
every answer, no answer and "cannot say"; and a form using one imports or is refused."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from long_run import examples

from feedback_app.domain.questionnaire import CANNOT_SAY, Condition, QuestionnaireError
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.domain.xlsform.converter import Converter
from feedback_app.domain.xlsform.evaluate import holds
from feedback_app.domain.xlsform.expressions import Target
from feedback_app.domain.xlsform.relevant import Refusal, reduce
from feedback_app.domain.xlsform.workbook import Row, Sheet, column
from feedback_app.domain.xlsform.xpath import ExpressionError, parse

CHOICES = {"a": "a", "b": "b", "1": "_1", "02": "_02"}
TARGETS = [
    Target("q", "single_choice", CHOICES, tuple(CHOICES.values()), False, False),
    Target("q", "likert", {str(i): i for i in range(1, 5)}, (1, 2, 3, 4), True, True),
    Target("q", "likert", {str(i): i for i in range(0, 3)}, (0, 1, 2), False, True),
    Target("q", "multiple_choice", {"a": "a", "b": "b", "1": "_1"}, ("a", "b", "_1"), False, False),
    Target("q", "rating", {}, (0, 1, 2, 3), False, True),
    Target("q", "number", {}, None, False, True),
    Target("q", "number", {}, None, True, False),
    Target("q", "number", {}, (-1, 0, 1, 2), False, True),
    Target("q", "text", {}, None, False, False),
]  # fmt: skip
NUMBERS = [-1.0, 0.0, 1.0, 2.0, 2.5, 3.0, 7.0]
TEXTS = ["a", "b", "1", "01", "it's", "x y"]

names = st.sampled_from(["q", "q", "q", "other", "nosuch"])
refs = names.map(lambda n: "${" + n + "}")
literals = st.one_of(
    st.sampled_from(["'a'", "'b'", "'1'", "'02'", "'x y'", "''", "'cannot_say'", '"a"', '"it\'s"']),
    st.integers(-2, 7).map(str),
    st.sampled_from(["2.5", "-1", "0", "1.0", ".5"]),
)
operands = st.one_of(
    refs,
    literals,
    st.just("."),
    refs.map(lambda r: f"count-selected({r})"),
    refs.map(lambda r: f"string-length({r})"),
)
OPERATORS = ["=", "!=", "<", "<=", ">", ">="]
atoms = st.one_of(
    st.builds(lambda a, op, b: f"{a} {op} {b}", operands, st.sampled_from(OPERATORS), operands),
    st.builds(lambda r, v: f"selected({r}, {v})", refs, literals),
    refs,
)
expressions = st.recursive(
    atoms,
    lambda inner: st.one_of(
        inner.map(lambda e: f"not({e})"),
        inner.map(lambda e: f"({e})"),
        st.builds(lambda a, b: f"{a} and {b}", inner, inner),
        st.builds(lambda a, b: f"{a} or {b}", inner, inner),
    ),
    max_leaves=6,
)
SLIPS = ["&&", "||", "==", "‘", "’", "“", "AND", "$", "{", "}", "(", ")", "+", "/", "!", "≥", "'"]
slipped = st.builds(
    lambda e, slip, at: e[: at % (len(e) + 1)] + slip + e[at % (len(e) + 1) :],
    expressions,
    st.sampled_from(SLIPS),
    st.integers(0, 200),
)
junk = st.text(alphabet="${}()'\". qa1=!<>andortsel-,‘’", max_size=40)
anything = st.one_of(expressions, slipped, junk, st.text(max_size=60))

SETTINGS = settings(
    max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@SETTINGS
@given(anything)
def test_random_expressions_parse_or_are_refused_with_our_error(expression: str):
    try:
        parse(expression)
    except ExpressionError as exc:
        assert str(exc) and "\n" not in str(exc)


def answers_of(target: Target) -> list[tuple[Any, str | float]]:
    """Every answer (as our kiosk keeps it, and as ODK holds it), and no answer."""
    out: list[tuple[Any, str | float]] = [(None, "")]
    if target.cannot_say:
        out.append((CANNOT_SAY, "cannot_say"))
    if target.type == "multiple_choice":
        names = list(target.codes)
        for size in range(1, len(names) + 1):
            for chosen in itertools.combinations(names, size):
                out.append((tuple(target.codes[n] for n in chosen), " ".join(chosen)))
    elif target.codes:
        out += [(code, name) for name, code in target.codes.items()]
    elif target.type == "text":
        out += [(t, t) for t in TEXTS]
    else:
        values = target.values or NUMBERS
        out += [(v, float(v)) for v in values]
    return out


@SETTINGS
@given(expressions, st.sampled_from(TARGETS))
def test_a_show_if_made_from_an_expression_agrees_with_odk_on_every_answer(
    expression: str, target: Target
):
    try:
        node = parse(expression.replace("${other}", "${q}").replace("${nosuch}", "${q}"))
        test = reduce(node, target)
    except (ExpressionError, Refusal) as exc:
        assert str(exc)
        return
    condition = Condition("q", test.operator, test.value)
    for stored, odk in answers_of(target):
        if target.type == "number" and isinstance(stored, float) and target.integer:
            if not stored.is_integer():
                continue  # a whole-number question has no such answer
        assert condition.holds(stored) == holds(node, {"q": odk}), (stored, odk, condition)


def sheet(name: str, rows: list[list[Any]]) -> Sheet:
    header, *body = rows
    cells = [{i: v for i, v in enumerate(r) if v is not None} for r in body]
    return Sheet(
        name=name,
        title=name,
        columns=[column(i, h) for i, h in enumerate(header)],
        rows=[Row(n + 2, c) for n, c in enumerate(cells) if c],
    )


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anything, st.sampled_from(["select_one l", "select_multiple l", "integer", "text"]))
def test_a_form_with_a_random_relevant_imports_or_is_refused_with_a_located_reason(
    expression: str, kind: str
):
    survey = [
        ["type", "name", "label", "relevant", "appearance"],
        [kind, "q", "Q"],
        ["integer", "other", "O"],
        ["begin group", "g", "G", expression],
        ["text", "t", "T", expression],
        ["end group"],
    ]
    choices = [["list_name", "name", "label"], ["l", "a", "A"], ["l", "b", "B"], ["l", "1", "1"]]
    converter = Converter(
        {"survey": sheet("survey", survey), "choices": sheet("choices", choices)}, "form", "en"
    )
    data = converter.run()
    if converter.errors:
        for error in converter.errors:
            assert error.startswith("survey row "), error
        return
    try:
        parse_questionnaire(data)
    except QuestionnaireError as exc:  # would be a gap in the converter's own checks
        raise AssertionError(exc.errors) from None
