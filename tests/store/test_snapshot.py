"""The quick read behind the kiosk's first frame agrees with the store."""

from __future__ import annotations

from datetime import date

from feedback_app.paths import database_path
from feedback_app.store.migrations import migrations
from feedback_app.store.snapshot import EXPECTED_MIGRATIONS, read_kiosk_snapshot


def test_snapshot_knows_every_migration():
    assert list(EXPECTED_MIGRATIONS) == [m.name for m in migrations._migrations]


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
