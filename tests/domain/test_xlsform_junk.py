"""Hypothesis-made junk and random forms never raise anything but XLSFormError."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from long_run import examples
from xlsform_builders import PUBLIC, write_form

from feedback_app.domain.questionnaire import QuestionnaireError
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.domain.xlsform import XLSFormError, import_xlsform, read_xlsform

HEADERS = [
    "type", "name", "label", "label::English (en)", "label::Finnish (fi)", "hint", "required",
    "relevant", "constraint", "appearance", "parameters", "list_name", "default", "read_only",
    "label:french", "label::", "media::image", "rows", "version", "form_id", "default_language",
]  # fmt: skip
WORDS = [
    "text", "integer", "decimal", "note", "range", "select_one l", "select_multiple l",
    "select_one l or_other", "begin group", "end group", "begin repeat", "end repeat", "start",
    "calculate", "a", "b", "l", "yes", "no", "likert", "multiline", "${a} = 'x'",
    "${a} >= 2 and ${a} <= 3", "selected(${b}, 'a')", ". >= 0 and . <= 9", "1", "2", "=TRUE()",
    "start=0 end=4", "Finnish (fi)", "cannot_say",
]  # fmt: skip
cell = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=12),
    st.integers(-5, 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
sheet_rows = st.lists(st.lists(cell, max_size=6), max_size=8)


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=6),
    survey=sheet_rows,
    choices=st.one_of(st.none(), sheet_rows),
    settings_rows=st.one_of(st.none(), sheet_rows),
)
def test_junk_never_raises_anything_but_a_questionnaire_error(
    header: list[str],
    survey: list[list[Any]],
    choices: list[list[Any]] | None,
    settings_rows: list[list[Any]] | None,
):
    with tempfile.TemporaryDirectory() as folder:
        path = write_form(Path(folder), [header, *survey], choices, settings_rows)
        try:
            data = read_xlsform(path)
        except QuestionnaireError as exc:
            assert exc.errors and all(isinstance(e, str) and e for e in exc.errors)
        else:
            assert parse_questionnaire(data).id == data["id"]


FORM_TYPES = ["text", "integer", "decimal", "range", "note", "select_one l", "select_multiple l"]
GOOD_CONSTRAINT = {"text": "string-length(.) <= 3", "integer": ". >= 0 and . <= 9"}
SPECIAL_APPEARANCE = {"text": "multiline", "select_one l": "likert"}
form_row = st.tuples(
    st.sampled_from(FORM_TYPES),
    st.sampled_from([None, None, "no", True]),
    st.one_of(
        st.none(),
        st.tuples(
            st.integers(1, 3),
            st.sampled_from(["=", "!=", ">=", "<", "selected"]),
            st.sampled_from(["'1'", "'2'", "2", "''", "'x'"]),
        ),
    ),
    st.sampled_from([None, None, None, "good", ". > 1"]),
    st.sampled_from([None, None, "special", "special", "minimal"]),
)


def plausible_row(i: int, row: tuple[Any, ...]) -> list[Any]:
    """One survey row named ``q<i>``: mostly sensible, sometimes not, as a designer writes."""
    kind, required, test, constraint, appearance = row
    relevant = None
    if test is not None:
        back, op, literal = test
        target = i - back
        relevant = (
            f"selected(${{q{target}}}, {literal})"
            if op == "selected"
            else f"${{q{target}}} {op} {literal}"
        )
    if constraint == "good":
        constraint = GOOD_CONSTRAINT.get(kind)
    if appearance == "special":
        appearance = SPECIAL_APPEARANCE.get(kind)
    return [kind, f"q{i}", required, relevant, constraint, appearance, f"Question {i}"]


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(form_row, min_size=1, max_size=7), extra=st.sampled_from([None, "x", 4]))
def test_random_plausible_forms_import_or_are_refused_cleanly(
    rows: list[tuple[Any, ...]], extra: Any
):
    header = ["type", "name", "required", "relevant", "constraint", "appearance", "label"]
    survey = [header, *[plausible_row(i, row) for i, row in enumerate(rows)]]
    names = [1, 2, 3, "cannot_say"] + ([extra] if extra is not None else [])
    choices = [["list_name", "name", "label"], *[["l", name, f"Choice {name}"] for name in names]]
    with tempfile.TemporaryDirectory() as folder:
        path = write_form(Path(folder), survey, choices)
        try:
            q = import_xlsform(path)
        except XLSFormError as exc:
            assert all(e.startswith(("survey row ", "choices row ")) for e in exc.errors)
        else:
            assert [x.id for x in q.questions] == [f"q{i}" for i in range(len(rows))]
            for question in q.questions:
                if question.show_if is not None:
                    assert int(question.show_if.question[1:]) < int(question.id[1:])


@settings(max_examples=examples(40), deadline=None)
@given(st.binary(max_size=400))
def test_junk_bytes_are_refused_as_not_xlsx(blob: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "junk.xlsx"
        path.write_bytes(b"PK\x03\x04" + blob if blob[:1] == b"\x00" else blob)
        with pytest.raises(XLSFormError) as caught:
            import_xlsform(path)
        assert caught.value.errors[0].startswith("junk.xlsx: ")


REAL_FORM = (PUBLIC / "accept" / "field-list.xlsx").read_bytes()


def damaged_copy(data: st.DataObject) -> bytes:
    """The real form cut short, with random bytes overwritten, or with a part's XML mangled."""
    how = data.draw(st.sampled_from(["truncate", "overwrite", "xml"]))
    blob = bytearray(REAL_FORM)
    if how == "truncate":
        return bytes(blob[: data.draw(st.integers(0, len(blob) - 1))])
    if how == "overwrite":
        for _ in range(data.draw(st.integers(1, 8))):
            blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
        return bytes(blob)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(REAL_FORM)) as source, zipfile.ZipFile(out, "w") as target:
        victim = data.draw(st.sampled_from(source.namelist()))
        for name in source.namelist():
            part = source.read(name)
            if name == victim:
                start = data.draw(st.integers(0, len(part)))
                end = data.draw(st.integers(start, min(len(part), start + 40)))
                part = part[:start] + data.draw(st.binary(max_size=20)) + part[end:]
            target.writestr(name, part)
    return out.getvalue()


@settings(max_examples=examples(80), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_damaged_copies_of_a_real_form_are_refused_cleanly_or_still_import(data: st.DataObject):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "junk.xlsx"
        path.write_bytes(damaged_copy(data))
        try:
            q = import_xlsform(path)
        except XLSFormError as exc:
            assert exc.errors and all(isinstance(e, str) and e for e in exc.errors)
        else:
            assert q.questions and parse_questionnaire(q.to_dict()) == q
