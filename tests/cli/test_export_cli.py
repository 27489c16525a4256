"""`feedback-app export` and `demo` as a user runs them: files, messages, exit codes."""

from __future__ import annotations

import csv
import io
import json

import openpyxl
import pytest
from cli_helpers import run

from feedback_app.cli.common import UserError
from feedback_app.cli.progress import progress_bar
from feedback_app.reports.output import Cancelled


@pytest.fixture
def folder(tmp_path, capsys):
    data = tmp_path / "data"
    code, out, err = run(
        capsys, "demo", "--responses", "300", "--sessions", "6", "--data-dir", str(data)
    )
    assert (code, err) == (0, "")
    assert out.startswith("Created 300 demo responses (") and out.endswith(".\n")
    return data


def test_csv_export_with_codebook(folder, tmp_path, capsys):
    target = tmp_path / "out.csv"
    code, out, err = run(
        capsys, "export", "--format", "csv", "-o", str(target), "--data-dir", str(folder)
    )
    assert (code, err) == (0, "")
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    codebook = tmp_path / "out.codebook.csv"
    assert out == f"{len(rows):,} responses exported to {target}; the codebook is {codebook}\n"
    assert 280 < len(rows) < 300 and {r["completed"] for r in rows} == {"1"}
    code, _, _ = run(
        capsys,
        "export",
        "--format",
        "csv",
        "-o",
        str(target),
        "--force",
        "--include-incomplete",
        "--data-dir",
        str(folder),
    )
    with target.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 300


def test_xlsx_and_json_exports_with_filters(folder, tmp_path, capsys):
    xlsx, js = tmp_path / "out.xlsx", tmp_path / "out.json"
    args = ("--language", "sv", "--data-dir", str(folder))
    assert (
        run(capsys, "--language", "sv", "export", "--format", "xlsx", "-o", str(xlsx), *args)[0]
        == 0
    )
    book = openpyxl.load_workbook(xlsx, read_only=True)
    assert book.sheetnames == ["Responses", "Summary", "Codebook", "Comments"]
    languages = {row[8] for row in book["Responses"].iter_rows(min_row=2, values_only=True)}
    assert languages == {"sv"}
    summary = [row[0] for row in book["Summary"].iter_rows(values_only=True)]
    assert "Utbildningen var intressant." in summary  # the interface language
    assert run(capsys, "export", "--format", "json", "-o", str(js), *args)[0] == 0
    data = json.loads(js.read_text(encoding="utf-8"))
    assert {r["language"] for r in data["responses"]} == {"sv"}


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_errors_are_one_line_and_write_nothing(folder, tmp_path, capsys, fmt):
    target = tmp_path / f"out.{fmt}"
    base = ("export", "--format", fmt, "--data-dir", str(folder))
    cases = [
        (
            (*base, "-o", str(target), "--organisation", "Atlantis"),
            "feedback-app: no session has the organisation 'Atlantis'; "
            "see 'feedback-app sessions list'\n",
        ),
        (
            (*base, "-o", str(target), "--from", "2031-01-01"),
            "feedback-app: no responses match these filters; nothing was written\n",
        ),
        (
            (*base, "-o", str(tmp_path / "missing" / f"out.{fmt}")),
            f"feedback-app: folder {tmp_path / 'missing'} does not exist; "
            "create it or choose another\n",
        ),
    ]
    for args, message in cases:
        code, out, err = run(capsys, *args)
        assert (code, out, err) == (2, "", message)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, *base, "-o", str(target))
    assert (code, err) == (
        2,
        f"feedback-app: {target} already exists; choose another name or use --force\n",
    )
    assert target.read_text(encoding="utf-8") == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", target.name]


def test_read_only_folder(folder, capsys, read_only_folder):
    locked = read_only_folder
    args = ("export", "--format", "csv", "-o", str(locked / "o.csv"))
    code, _, err = run(capsys, *args, "--data-dir", str(folder))
    assert (code, err) == (
        2,
        f"feedback-app: folder {locked} is read-only; choose another folder\n",
    )
    assert list(locked.iterdir()) == []


def test_ctrl_c_during_export_leaves_nothing(folder, tmp_path, capsys, monkeypatch):
    from feedback_app.reports import csv_export

    original = csv_export._write_rows

    def interrupted(*args, **kwargs):
        original(*args, **kwargs)
        raise KeyboardInterrupt  # the user pressed Ctrl+C just before the end

    monkeypatch.setattr(csv_export, "_write_rows", interrupted)
    target = tmp_path / "out.csv"
    code, out, err = run(
        capsys, "export", "--format", "csv", "-o", str(target), "--data-dir", str(folder)
    )
    assert (code, out, err) == (2, "", "feedback-app: cancelled, nothing was written\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_demo_refuses_the_same_seed_twice(folder, capsys):
    code, out, err = run(capsys, "demo", "--responses", "5", "--data-dir", str(folder))
    assert (code, out) == (2, "")
    assert err == (
        "feedback-app: this database already holds the demo data of seed 1; "
        "use another --seed or another --data-dir\n"
    )


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_after_half_a_second():
    now = [0.0]
    terminal = Terminal()
    with progress_bar("Exporting", stream=terminal, clock=lambda: now[0]) as update:
        update(10, 100)  # quick work: nothing drawn
        assert terminal.getvalue() == ""
        now[0] = 0.6
        update(45, 100)
    assert "Exporting [#############-----------------]  45 % (45 of 100)" in terminal.getvalue()
    assert terminal.getvalue().endswith("\r\x1b[2K")  # the line is cleared at the end
    piped = io.StringIO()
    with progress_bar("Exporting", stream=piped, clock=lambda: now[0] + 5) as update:
        update(50, 100)
    assert piped.getvalue() == ""


@pytest.mark.parametrize("stop", [KeyboardInterrupt, Cancelled])
def test_progress_bar_turns_a_stop_into_one_line(stop):
    with pytest.raises(UserError, match="^cancelled, nothing was written$"):
        with progress_bar("Exporting", stream=io.StringIO()):
            raise stop()
