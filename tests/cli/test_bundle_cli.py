"""``feedback-app bundle`` and ``keys`` as a trainer and a project manager use them."""

from __future__ import annotations

import hashlib
import io
import json
import re
import sys

import pytest
from cli_helpers import run

from feedback_app.paths import database_path


@pytest.fixture
def laptops(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    assert run(capsys, "--data-dir", str(a), "demo", "--responses", "60", "--sessions", "3")[0] == 0
    code, _, _ = run(
        capsys, "--data-dir", str(b), "demo", "--responses", "40", "--sessions", "2", "--seed", "7"
    )
    assert code == 0
    return a, b


def added(folder, total: int) -> str:
    """How the summary says that ``total`` responses of ``folder`` are new."""
    from feedback_app.services import Services

    with Services(folder) as services:
        done = services.responses.count()
    left = f", {total - done} unfinished" if total > done else ""
    return f"{done} new completed response(s){left}"


def unshuffled(report: str) -> list[dict]:
    """A JSON report with its comments sorted (they come in random order)."""
    rows = json.loads(report)
    for row in rows:
        if row.get("comments"):
            row["comments"] = sorted(row["comments"])
    return rows


def file_hash(folder) -> str:
    return hashlib.sha256(database_path(folder).read_bytes()).hexdigest()


def test_hand_over_and_merge_two_laptops(tmp_path, capsys, laptops):
    a, b = laptops
    manager = tmp_path / "manager"
    for folder, name in ((a, "a.fbundle"), (b, "b.fbundle")):
        code, out, err = run(
            capsys, "bundle", "export", "--data-dir", str(folder), "-o", str(tmp_path / name)
        )
        assert (code, err) == (0, "")
        assert "handed over to" in out and "(not encrypted)" in out
    run(capsys, "--data-dir", str(manager), "sessions", "list")
    code, out, err = run(
        capsys, "bundle", "import", "--data-dir", str(manager), "--dry-run",
        str(tmp_path / "a.fbundle"), str(tmp_path / "b.fbundle"),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "a.fbundle: from laptop" in out
    assert f"would add 3 new session(s), {added(a, 60)}" in out
    assert f"would add 2 new session(s), {added(b, 40)}" in out
    code, _, err = run(capsys, "--data-dir", str(manager), "report", "--format", "json")
    assert code == 2 and "no completed responses" in err  # the dry run wrote nothing
    code, out, err = run(
        capsys, "bundle", "import", "--data-dir", str(manager),
        str(tmp_path / "a.fbundle"), str(tmp_path / "b.fbundle"), str(tmp_path / "a.fbundle"),
    )  # fmt: skip
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert f"added 3 new session(s), {added(a, 60)}; 0 already here" in lines[0]
    assert "added 0 new session(s), 0 new completed response(s); 60 already here" in lines[2]
    code, out, _ = run(capsys, "--data-dir", str(manager), "bundle", "list")
    assert out.count("laptop ") == 2 and "60 new response(s)" in out
    code, out, _ = run(capsys, "--data-dir", str(manager), "bundle", "laptops")
    rows = out.splitlines()
    assert "this laptop" in rows[0] and len(rows) == 3
    laptop_a = next(r for r in rows if "3 session(s)" in r).split()[0]
    code, out, err = run(
        capsys, "--data-dir", str(manager), "report", "--laptop", laptop_a, "--format", "json"
    )
    code_a, out_a, _ = run(capsys, "--data-dir", str(a), "report", "--format", "json")
    assert code == code_a == 0
    assert unshuffled(out) == unshuffled(out_a)  # every statistic of laptop A, exactly
    code, out, _ = run(capsys, "--data-dir", str(manager), "sessions", "list")
    assert out.count(f"(from laptop {laptop_a})") == 3
    code, _, err = run(capsys, "--data-dir", str(manager), "report", "--laptop", "ffff")
    assert code == 2 and "no laptop 'ffff'" in err


def test_since_last_export_and_an_existing_file(tmp_path, capsys, laptops):
    a, _ = laptops
    target = tmp_path / "first.fbundle"
    assert run(capsys, "--data-dir", str(a), "bundle", "export", "-o", str(target))[0] == 0
    code, _, err = run(capsys, "--data-dir", str(a), "bundle", "export", "-o", str(target))
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    code, _, err = run(
        capsys, "--data-dir", str(a), "bundle", "export", "--since-last-export",
        "-o", str(tmp_path / "second.fbundle"),
    )  # fmt: skip
    assert code == 2 and "nothing to hand over" in err
    assert not (tmp_path / "second.fbundle").exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "this is not a feedback-app bundle"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "this is not a feedback-app bundle"),
        (b'FEEDBACK-APP-BUNDLE\n{"format":', "cut short or damaged"),
    ],
)
def test_a_bad_file_is_one_line_and_exit_2_and_the_database_unchanged(
    tmp_path, capsys, laptops, content, words
):
    a, _ = laptops
    path = tmp_path / "bad.fbundle"
    path.write_bytes(content)
    before = file_hash(a)
    code, out, err = run(capsys, "--data-dir", str(a), "bundle", "import", str(path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and words in err and "Traceback" not in err
    assert file_hash(a) == before


def test_one_refused_bundle_does_not_stop_the_others(tmp_path, capsys, laptops):
    a, b = laptops
    good = tmp_path / "b.fbundle"
    run(capsys, "--data-dir", str(b), "bundle", "export", "-o", str(good))
    (tmp_path / "empty.fbundle").write_bytes(b"")
    code, out, err = run(
        capsys, "--data-dir", str(a), "bundle", "import",
        str(tmp_path / "empty.fbundle"), str(tmp_path / "missing.fbundle"), str(good),
    )  # fmt: skip
    assert code == 2
    assert "empty.fbundle: this is not a feedback-app bundle" in err
    assert "missing.fbundle: no such file" in err
    assert f"added 2 new session(s), {added(b, 40)}" in out


def test_keys_and_an_encrypted_hand_over(tmp_path, capsys, laptops, monkeypatch):
    a, _ = laptops
    manager = tmp_path / "manager"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("pitkä ja hyvä salasana\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--data-dir", str(manager), "keys", "create", "--passphrase-file", str(secret)
    )
    assert code == 0 and out.startswith("age1") and "Give this line to the trainers" in err
    public = out.strip()
    code, out, err = run(capsys, "--data-dir", str(manager), "keys", "create",
                         "--passphrase-file", str(secret))  # fmt: skip
    assert code == 2 and "not replaced" in err
    code, _, err = run(capsys, "--data-dir", str(a), "keys", "use", "age1nonsense")
    assert code == 2 and "not a project manager's public key" in err
    assert run(capsys, "--data-dir", str(a), "keys", "use", public)[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(a), "keys", "show")
    assert f"Bundles are encrypted to: {public}" in out
    bundle = tmp_path / "sealed.fbundle"
    code, out, _ = run(capsys, "--data-dir", str(a), "bundle", "export", "-o", str(bundle))
    assert code == 0 and "(encrypted for the project manager)" in out
    assert bundle.read_bytes().startswith(b"age-encryption.org/v1")
    # the passphrase comes from the terminal, or from piped input
    monkeypatch.setattr(sys, "stdin", io.StringIO("väärin\n"))
    code, out, err = run(capsys, "--data-dir", str(manager), "bundle", "import", str(bundle))
    assert code == 2 and "the passphrase is wrong" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("pitkä ja hyvä salasana\n"))
    code, out, err = run(capsys, "--data-dir", str(manager), "bundle", "import", str(bundle))
    assert (code, err) == (0, "") and added(a, 60) in out
    code, _, err = run(capsys, "--data-dir", str(a), "bundle", "import", str(bundle))
    assert code == 2 and "this laptop has no key to open it" in err


def test_export_and_bundle_export_filter_by_laptop(tmp_path, capsys, laptops):
    a, b = laptops
    bundle = tmp_path / "b.fbundle"
    run(capsys, "--data-dir", str(b), "bundle", "export", "-o", str(bundle))
    run(capsys, "--data-dir", str(a), "bundle", "import", str(bundle))
    rows = {}
    for laptop in ("this", "ffffffff"):
        code, _, err = run(
            capsys, "--data-dir", str(a), "export", "--format", "csv", "--include-incomplete",
            "--laptop", laptop, "-o", str(tmp_path / f"{laptop}.csv"),
        )  # fmt: skip
        if laptop == "this":
            assert code == 0
            rows[laptop] = (tmp_path / "this.csv").read_text(encoding="utf-8").count("\n") - 1
        else:
            assert code == 2 and "no laptop" in err
    assert rows["this"] == 60
    code, out, _ = run(capsys, "--data-dir", str(a), "bundle", "laptops")
    laptop_b = next(r for r in out.splitlines() if "imported" in r).split()[0]
    code, out, _ = run(
        capsys, "--data-dir", str(a), "bundle", "export", "--laptop", laptop_b,
        "-o", str(tmp_path / "passed-on.fbundle"),
    )  # fmt: skip
    found = re.search(r"([\d,]+) completed responses(?: and (\d+) unfinished)? of 2 session", out)
    assert code == 0 and found is not None
    assert int(found[1]) + int(found[2] or 0) == 40
