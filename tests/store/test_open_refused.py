"""A database the app must not use is refused before anything is written to it."""

from __future__ import annotations

import hashlib

import pytest

from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.store.errors import DamagedDatabaseError, SchemaTooNewError, StoreError


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def newer_database(data_dir):
    """A database on which a later version of the app has applied a migration of its own."""
    with Services(data_dir) as services:
        services.sessions.default_session("Koulutus")
        services.store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('feedback_app', 'm099_from_a_newer_app', '2027-01-01')"
        )
    return database_path(data_dir)


def test_a_schema_newer_than_the_app_is_refused_and_left_unchanged(data_dir, newer_database):
    before = digest(newer_database)
    with pytest.raises(SchemaTooNewError) as refused:
        Services(data_dir)
    assert "newer version of feedback-app" in str(refused.value)
    assert refused.value.details["unknown"] == ["m099_from_a_newer_app"]
    assert digest(newer_database) == before
    assert not (data_dir / "feedback.db-wal").exists()


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(data_dir):
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    path.write_bytes(b"PK\x03\x04 not a database at all " * 200)
    before = digest(path)
    with pytest.raises(DamagedDatabaseError) as refused:
        Services(data_dir)
    assert refused.value.reason == "damaged"
    assert "damaged" in str(refused.value)
    assert digest(path) == before


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as refused:
        Services(blocker / "data")
    assert "cannot create the data folder" in str(refused.value)


@pytest.mark.parametrize("verify", [True, False])
def test_a_further_connection_that_skips_the_page_check_still_refuses_what_it_must(
    data_dir, newer_database, verify
):
    """A background job opens the data folder without reading every page again; a newer
    schema or another program's file is refused all the same."""
    with pytest.raises(SchemaTooNewError):
        Services(data_dir, verify=verify)
    other = data_dir.parent / "other"
    other.mkdir()
    import sqlite3

    conn = sqlite3.connect(database_path(other))
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DamagedDatabaseError) as refused:
        Services(other, verify=verify)
    assert refused.value.details.get("foreign")
