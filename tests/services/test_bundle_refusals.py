"""Every bad bundle is refused with the reason, and the database stays byte for byte as it was."""

from __future__ import annotations

import dataclasses
import io
import sqlite3

import pytest
from bundle_helpers import database_hash, hand_over, laptop, reseal

from feedback_app.services import Services
from feedback_app.services.types import Filters
from feedback_app.store.errors import BundleError

PASSPHRASE = "kolme pientä porsasta"


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """A trainer's laptop, its bundle, and a manager's laptop holding another laptop's data."""
    root = tmp_path_factory.mktemp("refusals")
    trainer = laptop(root, "trainer", responses=40, sessions=2, seed=3)
    manager = laptop(root, "manager", responses=20, sessions=1, seed=4)
    with Services(manager) as services:
        public = services.bundles.create_key(PASSPHRASE)
    bundle = hand_over(trainer, root / "trainer.fbundle")
    with Services(trainer) as services:
        services.bundles.export(root / "sealed.fbundle", Filters(), recipient=public)
        other = laptop(root, "other-manager", responses=0)
        with Services(other) as elsewhere:
            stranger = elsewhere.bundles.create_key("jonkun muun avain")
        services.bundles.export(root / "for-another.fbundle", Filters(), recipient=stranger)
    return root, manager, bundle


def refused(manager, path, passphrase=None) -> BundleError:
    before = database_hash(manager)
    with Services(manager) as services:
        with pytest.raises(BundleError) as caught:
            services.bundles.import_bundle(path, passphrase=passphrase)
        assert services.bundles.imported() == []
    assert database_hash(manager) == before
    return caught.value


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "type"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.fbundle", b"", "not_bundle"),
        ("form.xlsx", "xlsx", "not_bundle"),
        ("picture.png", PNG, "not_bundle"),
        ("notes.fbundle", "Tämä ei ole siirtotiedosto.\n".encode(), "not_bundle"),
    ],
)
def test_a_file_that_is_not_a_bundle_is_refused(folders, name, content, problem):
    root, manager, _ = folders
    path = root / name
    path.write_bytes(xlsx_bytes() if content == "xlsx" else content)
    error = refused(manager, path)
    assert error.details["problem"] == problem
    assert "not a feedback-app bundle" in str(error)


@pytest.mark.parametrize("keep", [10, 25, 200, 0.5, -1])
def test_a_truncated_bundle_is_refused(folders, keep):
    root, manager, bundle = folders
    data = bundle.read_bytes()
    if isinstance(keep, float):
        cut = int(len(data) * keep)
    else:
        cut = keep if keep > 0 else len(data) - 1
    path = root / f"cut-{cut}.fbundle"
    path.write_bytes(data[:cut])
    assert refused(manager, path).details["problem"] in ("truncated", "checksum", "not_bundle")


def test_a_wrong_checksum_is_refused(folders):
    root, manager, bundle = folders
    data = bundle.read_bytes()
    at = data.index(b'"sha256":"') + len(b'"sha256":"')
    digit = b"0" if data[at : at + 1] != b"0" else b"1"
    path = root / "wrong-sum.fbundle"
    path.write_bytes(data[:at] + digit + data[at + 1 :])
    error = refused(manager, path)
    assert error.details["problem"] == "checksum"
    assert "checksum does not match" in str(error)


def test_a_flipped_byte_anywhere_is_refused(folders):
    root, manager, bundle = folders
    data = bundle.read_bytes()
    header = data.index(b"\n", 20) + 1
    positions = [0, 5, 19, 25, header - 30, header - 2, header - 1, header, header + 100]
    positions += [header + (len(data) - header) * i // 17 for i in range(1, 17)] + [len(data) - 1]
    for position in positions:
        flipped = bytearray(data)
        flipped[position] ^= 0x04
        path = root / f"flipped-{position}.fbundle"
        path.write_bytes(bytes(flipped))
        problem = refused(manager, path).details["problem"]
        assert problem in ("not_bundle", "checksum", "truncated"), position


def test_a_bundle_of_a_newer_format_says_to_update_the_app(folders):
    root, manager, bundle = folders
    newer = reseal(
        bundle,
        root / "newer.fbundle",
        manifest_change=lambda m: dataclasses.replace(m, format_version=2),
    )
    error = refused(manager, newer)
    assert error.details["problem"] == "too_new"
    assert "update feedback-app" in str(error)


def _drop_questionnaires(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM questionnaires")


def _likert_out_of_range(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE answers SET value_num = 9 WHERE (response, ordinal) IN "
        "(SELECT response, ordinal FROM answers WHERE value_num = 4 LIMIT 1)"
    )


def _unknown_question(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE answers SET question_id = 'shoe_size' WHERE (response, ordinal) IN "
        "(SELECT response, ordinal FROM answers LIMIT 1)"
    )


def _text_for_a_number(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE answers SET value_num = NULL, value_text = 'paljon' WHERE (response, ordinal) IN "
        "(SELECT response, ordinal FROM answers WHERE value_num IS NOT NULL LIMIT 1)"
    )


def _answer_without_response(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO answers (response, ordinal, question_id, value_num) VALUES (7, 0, 'x', 1)"
    )


def _bad_audience(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE sessions SET audience = 'customs'")


def _extra_table(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE participants (name TEXT)")


def _dropped_table(conn: sqlite3.Connection) -> None:
    conn.execute("DROP TABLE answers")


def _response_elsewhere(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE responses SET session_id = '11111111-2222-4333-8444-555555555555'")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_drop_questionnaires, "questionnaire version it does not carry"),
        (_likert_out_of_range, "answers do not fit questionnaire"),
        (_unknown_question, "answers do not fit questionnaire"),
        (_text_for_a_number, "answers do not fit questionnaire"),
        (_answer_without_response, "answers do not belong to a response"),
        (_bad_audience, "values this app does not store"),
        (_extra_table, "tables are not those of a bundle"),
        (_dropped_table, "tables are not those of a bundle"),
        (_response_elsewhere, "does not fit its session"),
    ],
)
def test_content_that_this_app_would_never_store_is_refused(folders, change, words):
    root, manager, bundle = folders
    altered = reseal(bundle, root / f"{change.__name__}.fbundle", change)
    error = refused(manager, altered)
    assert error.details["problem"] == "content"
    assert words in str(error)


def test_an_encrypted_bundle_needs_the_key_and_its_passphrase(folders):
    root, manager, _ = folders
    sealed = root / "sealed.fbundle"
    assert refused(manager, sealed).details["problem"] == "passphrase_needed"
    assert refused(manager, sealed, "väärä salasana").details["problem"] == "wrong_passphrase"
    assert refused(manager, root / "for-another.fbundle", PASSPHRASE).details["problem"] == (
        "wrong_key"
    )
    trainer = root / "trainer"
    assert refused(trainer, sealed).details["problem"] == "no_key"
    damaged = bytearray(sealed.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    (root / "sealed-damaged.fbundle").write_bytes(bytes(damaged))
    error = refused(manager, root / "sealed-damaged.fbundle", PASSPHRASE)
    assert error.details["problem"] == "checksum"


def test_an_encrypted_bundle_opens_with_the_passphrase(tmp_path, folders):
    root, _, _ = folders
    manager = tmp_path / "manager"
    import shutil

    shutil.copytree(root / "manager", manager)
    with Services(manager) as services:
        plan = services.bundles.import_bundle(root / "sealed.fbundle", passphrase=PASSPHRASE)
        assert plan.encrypted and (plan.new_sessions, plan.new_responses) == (2, 40)
        assert services.checks.count_differences() == []
    key_file = manager / "manager-key.age"
    assert key_file.stat().st_mode & 0o077 == 0  # only its owner may read it
    assert b"AGE-SECRET-KEY" not in key_file.read_bytes()  # kept encrypted


def test_a_malformed_public_key_is_refused(data_dir):
    with Services(data_dir) as services:
        for key in ("age1", "hello", "age1" + "b" * 58, "AGE-SECRET-KEY-1QQQ"):
            with pytest.raises(BundleError) as caught:
                services.bundles.set_recipient(key)
            assert caught.value.details["problem"] == "bad_key"
        assert services.bundles.recipient() is None


def test_a_batch_of_encrypted_bundles_opens_the_key_once(tmp_path, folders, monkeypatch):
    import shutil

    from feedback_app.store.bundles import crypto

    root, _, _ = folders
    manager = tmp_path / "manager"
    shutil.copytree(root / "manager", manager)
    opened = []
    real = crypto.load_identity
    monkeypatch.setattr(crypto, "load_identity", lambda *a: opened.append(1) or real(*a))
    with Services(manager) as services:
        services.bundles.check_passphrase(PASSPHRASE)
        for dry_run in (True, False, False):
            services.bundles.import_bundle(
                root / "sealed.fbundle", dry_run=dry_run, passphrase=PASSPHRASE
            )
    assert len(opened) == 1
