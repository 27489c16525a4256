"""The quick read behind the kiosk's first frame agrees with the store."""

from __future__ import annotations

from datetime import date

from feedback_app.paths import database_path
from feedback_app.store.snapshot import read_kiosk_snapshot


def test_snapshot_steps_aside_for_a_schema_of_another_app_version(store, data_dir):
    store.default_session("Koulutus tänään")
    path = database_path(data_dir)
    assert read_kiosk_snapshot(path, None, date.today()) is not None
    store.db.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('feedback_app', 'm999_from_the_future', '')"
    )
    assert read_kiosk_snapshot(path, None, date.today()) is None


def test_snapshot_reads_todays_open_session(store, data_dir):
    session = store.default_session("Koulutus tänään")
    snap = read_kiosk_snapshot(database_path(data_dir), None, date.today())
    assert snap is not None
    assert snap.session == session
    assert snap.definition["id"] == "ihme-feedback"
    assert snap.definition["languages"] == ["fi", "sv", "en"]


def test_snapshot_steps_aside_when_the_store_must_decide(store, data_dir):
    path = database_path(data_dir)
    assert read_kiosk_snapshot(data_dir / "missing.db", None, date.today()) is None
    assert read_kiosk_snapshot(path, None, date.today()) is None  # no session today yet
    session = store.default_session("Koulutus")
    store.sessions.set_closed(session.id, True)
    assert read_kiosk_snapshot(path, session.id, date.today()) is None
    (data_dir / "junk.db").write_bytes(b"junk" * 500)
    assert read_kiosk_snapshot(data_dir / "junk.db", None, date.today()) is None
