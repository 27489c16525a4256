"""Whatever arguments a command is given, it answers with its output or one clear line and
exit code 2, never a traceback, and the database stays as it was."""

from __future__ import annotations

import hashlib

import pytest
from cli_helpers import demo_folder, run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from long_run import examples

from feedback_app.paths import database_path

COMMANDS = [
    ["report"],
    ["report", "--format", "json"],
    ["report", "--format", "pdf"],
    ["sessions", "list"],
    ["sessions", "close"],
    ["sessions", "reopen"],
    ["questionnaire", "list"],
    ["questionnaire", "export"],
    ["export", "--format", "csv"],
]
OPTIONS = [
    "--from", "--to", "--session", "--organisation", "--audience", "--language",
    "--questionnaire", "--questionnaire-version", "--group-by", "--minimum-n", "-o",
    "--version", "--question-language",
]  # fmt: skip
values = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**80), max_value=2**80).map(str),
    st.sampled_from(["", " ", "\n", "%", "_", "\\", "..", "/dev/null", "2026-02-30", "1e9"]),
    st.text(min_size=5000, max_size=6000).filter(lambda t: "\x00" not in t),
)
argument_lists = st.lists(st.one_of(st.sampled_from(OPTIONS), values), max_size=6)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return demo_folder(tmp_path_factory, "fuzz", 30)


@settings(
    max_examples=examples(120),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(command=st.sampled_from(COMMANDS), extra=argument_lists)
def test_arguments_never_end_in_a_traceback(command, extra, folder, capsys, tmp_path_factory):
    extra = [a.replace("\x00", "") for a in extra]
    scratch = str(tmp_path_factory.getbasetemp() / "fuzz-out.txt")
    for index, argument in enumerate(extra):  # every output lands in a scratch folder
        if argument == "-o":
            extra[index + 1 : index + 2] = [scratch]
    before = hashlib.sha256(database_path(folder).read_bytes()).hexdigest()
    try:
        code, out, err = run(capsys, *command, *extra, "--data-dir", str(folder))
    except Exception as exc:  # noqa: BLE001 - the very thing this test looks for
        pytest.fail(f"{command + extra}: {type(exc).__name__}: {exc}")
    assert code in (0, 2), (command, extra, err)
    if code == 2:
        assert len(err.splitlines()) == 1, (command, extra, err)
        assert err.startswith("feedback-app: ")
    assert "Traceback" not in err
    if command[:2] not in (["sessions", "close"], ["sessions", "reopen"]):
        after = hashlib.sha256(database_path(folder).read_bytes()).hexdigest()
        assert after == before, (command, extra)
