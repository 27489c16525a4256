"""The expression parser: what it reads, the typing slips it names with their fix, what it
refuses, and the show_if tests it makes agreeing with ODK on every answer."""

from __future__ import annotations

import pytest

from feedback_app.domain.questionnaire import CANNOT_SAY, Condition
from feedback_app.domain.xlsform.evaluate import holds
from feedback_app.domain.xlsform.expressions import Target
from feedback_app.domain.xlsform.relevant import Refusal, reduce
from feedback_app.domain.xlsform.written import show
from feedback_app.domain.xlsform.xpath import (
    Call,
    Compare,
    ExpressionError,
    Logic,
    Not,
    Num,
    Ref,
    Text,
    parse,
)

CHOICE = Target(
    "c", "single_choice", {"a": "a", "b": "b", "1": "_1"}, ("a", "b", "_1"), False, False
)
LIKERT = Target("l", "likert", {str(i): i for i in range(1, 6)}, tuple(range(1, 6)), True, True)
MULTI = Target(
    "m", "multiple_choice", dict(zip("xyz", "xyz", strict=True)), tuple("xyz"), False, False
)
NUMBER = Target("n", "number", {}, None, False, True)
TEXT = Target("t", "text", {}, None, False, False)


def test_the_grammar_parses_into_trees():
    assert parse("${a} = 'x'") == Compare("=", Ref("a"), Text("x"))
    assert parse('selected( ${a} , "x" )') == Call("selected", (Ref("a"), Text("x")))
    assert parse("not(${a} >= -2.5)") == Not(Compare(">=", Ref("a"), Num(-2.5)))
    assert parse("${a} = 1 or ${a} = 2 and ${b} != ''") == Logic(
        "or",
        (
            Compare("=", Ref("a"), Num(1)),
            Logic("and", (Compare("=", Ref("a"), Num(2)), Compare("!=", Ref("b"), Text("")))),
        ),
    )
    assert parse("count-selected(${m}) > 0") == Compare(
        ">", Call("count-selected", (Ref("m"),)), Num(0)
    )
    assert parse("string-length(.) <= 5") == Compare(
        "<=", Call("string-length", (parse("."),)), Num(5)
    )
    text = "(${a} = 1 or ${a} = 2) and not(selected(${b}, 'x'))"
    assert show(parse(text)) == text


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("${q} = ‘yes’", "curly quotes ‘ ’ are not XLSForm; write ${q} = 'yes'"),
        ("${q} = “yes”", 'curly quotes “ ” are not XLSForm; write ${q} = "yes"'),
        ("${q} == 'yes'", "== is not XLSForm; write ${q} = 'yes'"),
        ("${a} = 1 && ${b} = 2", "&& is not XLSForm; write ${a} = 1 and ${b} = 2"),
        ("${a} = 1 || ${a} = 2", "|| is not XLSForm; write ${a} = 1 or ${a} = 2"),
        ("${a} <> 1", "<> is not XLSForm; write ${a} != 1"),
        ("${a} ≥ 1", "≥ is not XLSForm; write ${a} >= 1"),
        ("${a} => 1", "=> is not XLSForm; write ${a} >= 1"),
        ("${a} = 1 AND ${b} = 2", "AND is not XLSForm; write ${a} = 1 and ${b} = 2"),
        ("Selected(${a}, 'x')", "Selected is not XLSForm; write selected(${a}, 'x')"),
        ("$a = 1", "$a is not XLSForm; write ${a} = 1"),
        ("{a} = 1", "{a} is not XLSForm; write ${a} = 1"),
        (
            "${q} == ‘yes’ || ${q} == 'no'",
            "curly quotes ‘ ’, == and || are not XLSForm; write ${q} = 'yes' or ${q} = 'no'",
        ),
        ("${a} = –1", "– is not XLSForm; write ${a} = -1"),
    ],
)
def test_typing_slips_are_refused_with_what_to_write_instead(expression: str, message: str):
    with pytest.raises(ExpressionError) as caught:
        parse(expression)
    assert str(caught.value) == message


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("${a} = yes", "'yes' is not quoted; write 'yes' for a text or ${yes} for a question"),
        ("${a} + 1 > 2", "arithmetic (+) is not supported"),
        ("${a} * 2", "arithmetic (*) is not supported"),
        (
            "regex(${a}, 'x')",
            "function regex() is not supported (only selected(), "
            "count-selected(), string-length(), not())",
        ),
        ("${a} = 'x", "the quote ' is not closed"),
        ("(${a} = 1", "'(' needs ')', not the end"),
        ("${a} = 1)", "a ')' has no matching '('"),
        ("${a} = 1 = 2", "two comparisons in a row (before '='); join them with and"),
        ("/data/a = 1", "paths such as /data/q are not supported; write ${q}"),
        ("!selected(${a}, 'x')", "write not(...) instead of !"),
        ("selected(${a})", "selected() takes 2 values"),
        ("${a} = 1 and", "the expression ends too early"),
        ("and ${a}", "'and' needs a condition on both sides"),
        ("(" * 50 + "${a}" + ")" * 50, "the expression is nested more than 40 deep"),
    ],
)
def test_what_the_grammar_does_not_have_is_refused_with_the_reason(expression: str, message: str):
    with pytest.raises(ExpressionError) as caught:
        parse(expression)
    assert str(caught.value) == message


def odk(expression: str, name: str, answer: str) -> bool:
    return holds(parse(expression), {name: answer})


def test_expressions_evaluate_as_odk_does():
    assert odk("${q} != 3", "q", "")  # "" is NaN, and NaN != 3
    assert not odk("${q} >= 3", "q", "") and not odk("${q} < 3", "q", "")
    assert odk("${q} = ''", "q", "") and not odk("${q} = ''", "q", "a")
    assert odk("not(selected(${q}, 'yes'))", "q", "")
    assert odk("selected(${q}, 'b')", "q", "a b c") and not odk("selected(${q}, 'd')", "q", "a b")
    assert odk("count-selected(${q}) > 1", "q", "a b") and not odk(
        "count-selected(${q}) > 0", "q", ""
    )
    assert (
        odk("${q} = 2", "q", "2.0")
        and odk("${q} = '2'", "q", "2")
        and not odk("${q} = '2'", "q", "2.0")
    )
    assert odk("${q}", "q", "x") and not odk("${q}", "q", "")
    assert odk("string-length(${q}) <= 3", "q", "abc")


@pytest.mark.parametrize(
    ("target", "expression", "condition"),
    [
        (CHOICE, "${c} = 'a' or ${c} = 'b'", Condition("c", "one_of", ("a", "b"))),
        (CHOICE, "${c} = 'b' or selected(${c}, 'a')", Condition("c", "one_of", ("b", "a"))),
        (CHOICE, "not(selected(${c}, 'a'))", Condition("c", "none_of", ("a",))),
        (CHOICE, "${c} != 'a' and ${c} != '1'", Condition("c", "none_of", ("a", "_1"))),
        (CHOICE, "${c} = ''", Condition("c", "none_of", ("a", "b", "_1"))),
        (CHOICE, "${c} != '' and not(${c} = 'b')", Condition("c", "one_of", ("a", "_1"))),
        (
            CHOICE,
            "(${c} = 'a') or (${c} = 'b' and ${c} != 'a')",
            Condition("c", "one_of", ("a", "b")),
        ),
        (CHOICE, "count-selected(${c}) > 0", Condition("c", "one_of", ("a", "b", "_1"))),
        (LIKERT, "${l} >= 2 and ${l} <= 3", Condition("l", "one_of", (2, 3))),
        (LIKERT, "${l} > 3.5", Condition("l", "at_least", 4)),
        (LIKERT, "3 <= ${l}", Condition("l", "at_least", 3)),
        (LIKERT, "${l} = 1 or ${l} = 5", Condition("l", "one_of", (1, 5))),
        (LIKERT, "${l} != 3", Condition("l", "none_of", (3,))),
        (LIKERT, "not(${l} >= 3)", Condition("l", "none_of", (3, 4, 5))),
        (MULTI, "selected(${m}, 'x') or selected(${m}, 'z')", Condition("m", "one_of", ("x", "z"))),
        (MULTI, "not(selected(${m}, 'x'))", Condition("m", "none_of", ("x",))),
        (
            MULTI,
            "not(selected(${m}, 'x') or selected(${m}, 'y'))",
            Condition("m", "none_of", ("x", "y")),
        ),
        (MULTI, "count-selected(${m}) >= 1", Condition("m", "one_of", ("x", "y", "z"))),
        (MULTI, "${m}", Condition("m", "one_of", ("x", "y", "z"))),
        (NUMBER, "${n} = 1 or ${n} = 2.5", Condition("n", "one_of", (1, 2.5))),
        (NUMBER, "${n} != 4 and ${n} != 5", Condition("n", "none_of", (4, 5))),
        (NUMBER, "not(${n} = 4)", Condition("n", "none_of", (4,))),
        (NUMBER, "${n} >= 3 and ${n} >= 3", Condition("n", "at_least", 3)),
        (TEXT, "${t} = 'a b' or ${t} = \"it's\"", Condition("t", "one_of", ("a b", "it's"))),
        (TEXT, "${t} != 'no'", Condition("t", "none_of", ("no",))),
    ],
)
def test_expressions_become_the_show_if_with_the_same_meaning(target, expression, condition):
    test = reduce(parse(expression), target)
    assert Condition(target.id, test.operator, test.value) == condition


@pytest.mark.parametrize(
    ("target", "expression", "message"),
    [
        (LIKERT, "${l} != ''", "show_if cannot test whether a likert question is answered"),
        (
            LIKERT,
            "${l} = '' or ${l} = 1",
            "the condition holds when 'l' is unanswered but not 'cannot say', which show_if "
            "cannot express; test its answers instead",
        ),
        (
            MULTI,
            "selected(${m}, 'x') and selected(${m}, 'y')",
            "on the multiple choice 'm' show_if can only test that any of some choices is "
            "chosen, or that none of them is (selected() joined by or)",
        ),
        (
            MULTI,
            "${m} = 'x'",
            "'=' is not supported on a multiple_choice question; use selected(${q}, 'v')",
        ),
        (
            MULTI,
            "count-selected(${m}) >= 2",
            "count-selected() can only test whether anything is chosen, as in "
            "count-selected(${q}) > 0",
        ),
        (CHOICE, "${c} = 'a' and ${c} = 'b'", "the conditions can never all hold"),
        (CHOICE, "${c} = 'a' or ${c} != 'a'", "it always holds; leave relevant empty"),
        (CHOICE, "${c} = 'q'", "'q' is not one of its answers"),
        (NUMBER, "${n} != ''", "show_if cannot test whether a number question is answered"),
        (
            NUMBER,
            "${n} >= 1 and ${n} <= 9",
            "conditions joined by 'and' on 'n' can be combined only for single choice, likert and "
            "range questions",
        ),
        (
            NUMBER,
            "not(${n} > 2)",
            "a number question can only be tested with one comparison such as ${q} >= 3, or with "
            "= joined by or",
        ),
        (TEXT, "${t} > 'a'", "'>' is not supported on a text question"),
    ],
)
def test_expressions_without_a_show_if_of_the_same_meaning_are_refused(target, expression, message):
    with pytest.raises(Refusal) as caught:
        reduce(parse(expression), target)
    assert str(caught.value) == message


def test_an_unanswered_or_cannot_say_likert_behaves_as_in_odk():
    """``none_of`` holds while unanswered and for "cannot say", as ``!=`` does in ODK."""
    test = reduce(parse("${l} != 3"), LIKERT)
    condition = Condition("l", test.operator, test.value)
    for answer, text in [(None, ""), (CANNOT_SAY, "cannot_say"), (3, "3"), (4, "4")]:
        assert condition.holds(answer) == odk("${l} != 3", "l", text), answer
