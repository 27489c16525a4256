"""The audit log: every trainer and manager action appends its entry, the PIN never shows in
it, and a change made to it outside the app shows as a break in the chain, by position."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from course_questionnaire import COURSE
from safety_helpers import TAMPERINGS, answers, audit_rows, tamper

from feedback_app.domain.sessions import SessionDraft
from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.services.backups import restore_backup
from feedback_app.services.types import Filters, OutputError
from feedback_app.store import Store
from feedback_app.store.audit import ACTIONS, GENESIS, AuditProblem, entry_hash
from feedback_app.store.pin import HASH_KEY

FIRST_PIN, SECOND_PIN = "739154", "802667"


class Log:
    """The entries an action appended, read from the database after it."""

    def __init__(self, services: Services):
        self._services = services
        self._seen = services.audit.count()
        self.actions: set[str] = set()

    def new(self) -> list[tuple[str, str, dict]]:
        entries = self._services.audit.entries(newest_first=False)[self._seen :]
        self._seen += len(entries)
        self.actions |= {e.action for e in entries}
        return [(e.action, e.target, e.details) for e in entries]

    def new_actions(self) -> list[str]:
        return [action for action, _, _ in self.new()]


def test_every_action_appends_its_entry_and_a_submit_none(data_dir, tmp_path):
    with Services(data_dir) as services:
        log = Log(services)
        services.pin.set_first(FIRST_PIN)
        assert log.new_actions() == ["pin_set"]
        assert not services.pin.change("000000", SECOND_PIN).accepted
        assert log.new_actions() == []  # a wrong PIN changes nothing
        services.pin.change(FIRST_PIN, SECOND_PIN)
        assert log.new_actions() == ["pin_changed"]

        draft = SessionDraft("Aamupäivä", "2026-11-02", organisation="Lapin poliisilaitos")
        session = services.sessions.create(draft)
        assert log.new() == [
            ("session_created", "Aamupäivä", {"session": session.id, "date": "2026-11-02"})
        ]
        services.sessions.update(session.id, replace(draft, title="Iltapäivä"))
        ((action, target, details),) = log.new()
        assert (action, target, details["changed"]) == ("session_edited", "Iltapäivä", ["title"])

        builtin = services.questionnaires.builtin()
        for i in range(6):
            services.responses.submit(session.id, builtin, "fi", answers(i, f"Palaute {i}"))
        assert log.new_actions() == []  # what participants do is never in the log

        services.exports.export("csv", Filters(), tmp_path / "results.csv")
        assert log.new() == [("export", "results.csv", {"format": "csv", "responses": 6})]
        with pytest.raises(OutputError):
            services.exports.export("csv", Filters(), data_dir / "inside.csv")
        assert log.new_actions() == []  # a refused export is not an export
        bundle = tmp_path / "handover.fbundle"
        services.bundles.export(bundle, Filters(), encrypt=False)
        ((action, target, details),) = log.new()
        assert (action, target, details["responses"]) == ("bundle_export", bundle.name, 6)

        services.sessions.set_closed(session.id, True)
        services.sessions.set_closed(session.id, False)
        assert log.new_actions() == ["session_closed", "session_reopened"]
        services.sessions.close(session.id)
        assert log.new_actions() == ["session_closed", "backup"]

        services.backups.automatic("manual")
        services.backups.back_up_to(tmp_path / "usb.db")
        manual, usb = log.new()
        assert manual[0] == "backup" and manual[1].endswith("-manual.db")
        assert manual[2] == {"kind": "manual"}
        assert usb == ("backup", "usb.db", {"kind": "manual", "sessions": 1, "responses": 6})

        saved = services.questionnaires.save(COURSE, imported_from="course.json")
        edited = replace(saved.questionnaire, title={"en": "Course, edited"})
        services.questionnaires.save(edited)
        services.questionnaires.save(edited)  # unchanged: nothing to record
        imported, edit = log.new()
        assert imported == (
            "questionnaire_imported",
            "course",
            {"version": 1, "outcome": "new", "sessions_moved": 0, "file": "course.json"},
        )
        assert edit[0:2] == ("questionnaire_edited", "course") and "file" not in edit[2]

        services.retention.set_period(24)
        services.retention.set_period(24)
        assert log.new() == [("retention_changed", "", {"months": 24})]
        deletion = services.retention.of_session(session.id)
        services.retention.delete(deletion)
        (backup, deleted) = log.new()
        assert backup[0] == "backup" and backup[2]["kind"] == "before_deletion"
        assert deleted[0:2] == ("responses_deleted", "Iltapäivä")
        assert (deleted[2]["completed"], deleted[2]["sessions"]) == (6, 1)

        services.sessions.delete(session.id)
        services.audit.record_report("report.pdf", {"responses": 0})
        services.pin.reset()
        assert log.new_actions() == ["session_deleted", "report", "pin_reset"]
        assert services.audit.problems() == []
        done = set(log.actions)

    manager = tmp_path / "manager"
    with Services(manager) as services:
        log = Log(services)
        services.bundles.import_bundle(bundle)
        assert log.new_actions() == ["backup", "bundle_import"]
        done |= log.actions

    usb = tmp_path / "usb.db"
    restore_backup(data_dir, usb)
    with Services(data_dir) as services:
        (entry,) = services.audit.entries(newest_first=True, limit=1)
        assert (entry.action, entry.target) == ("restore", "usb.db")
        assert services.audit.problems() == []
        done.add(entry.action)
    assert done == set(ACTIONS)  # every action the log knows was made above


def test_the_pin_and_its_hash_never_appear_in_the_log(data_dir):
    with Services(data_dir) as services:
        services.pin.set_first(FIRST_PIN)
        first_hash = services.store.settings.get(HASH_KEY)
        for _ in range(3):
            services.pin.check(SECOND_PIN)  # wrong tries
        services.pin.check(FIRST_PIN)
        services.pin.change(FIRST_PIN, SECOND_PIN)
        second_hash = services.store.settings.get(HASH_KEY)
        services.pin.reset()
        rows = audit_rows(services.store.db.conn)
    assert [row[2] for row in rows] == ["pin_set", "pin_changed", "pin_reset"]
    assert first_hash.startswith("scrypt$") and second_hash.startswith("scrypt$")
    for position, at, action, target, details, previous, digest in rows:
        text = "\n".join([at, action, target, details])  # the hashes are hex: digits by chance
        assert FIRST_PIN not in text and SECOND_PIN not in text
        whole = "\n".join(map(str, [position, at, action, target, details, previous, digest]))
        for stored in (first_hash, second_hash):
            assert stored not in whole
            assert stored.split("$")[-1] not in whole  # nor its digest alone
    content = database_path(data_dir).read_bytes()
    assert FIRST_PIN.encode() not in content and SECOND_PIN.encode() not in content


# -- the chain -------------------------------------------------------------------------------
def logged_store(data_dir: Path, entries: int = 6) -> Path:
    store = Store(data_dir)
    try:
        with store.transaction():
            for n in range(entries):
                store.audit.append("backup", f"backup-{n + 1}.db", {"kind": "manual", "n": n})
        assert store.audit.problems() == []
    finally:
        store.close()
    return database_path(data_dir)


def problems_of(data_dir: Path) -> list[AuditProblem]:
    store = Store(data_dir)
    try:
        return store.audit.problems()
    finally:
        store.close()


def test_each_entry_is_chained_to_the_one_before(data_dir):
    path = logged_store(data_dir)
    conn = sqlite3.connect(path)
    rows = audit_rows(conn)
    conn.close()
    assert [row[0] for row in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[0][5] == GENESIS
    for before, row in zip(rows, rows[1:], strict=False):
        assert row[5] == before[6]
    for _, at, action, target, details, previous, digest in rows:
        assert entry_hash(at, action, target, details, previous) == digest
        assert at[10] == "T" and at[-6] in "+-"  # the date and time, with its UTC offset
        assert json.loads(details)["kind"] == "manual"


@pytest.mark.parametrize("how", list(TAMPERINGS))
def test_a_tampered_entry_is_reported_at_its_position(data_dir, how):
    path = logged_store(data_dir)
    tamper(path, how)
    _, problem, words = TAMPERINGS[how]
    assert problems_of(data_dir) == [problem]
    assert problem.describe() == words


def test_entries_appended_after_a_tampering_keep_the_break_in_view(data_dir):
    path = logged_store(data_dir)
    tamper(path, "deleted and renumbered")
    store = Store(data_dir)
    try:
        with store.transaction():
            store.audit.append("backup", "later.db")
        assert store.audit.problems() == [AuditProblem(3, "deleted_before")]
    finally:
        store.close()


def test_several_entries_deleted_together_are_named_as_one_span(data_dir):
    path = logged_store(data_dir)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM audit_log WHERE position IN (2, 3, 4)")
    conn.commit()
    conn.close()
    (problem,) = problems_of(data_dir)
    assert problem == AuditProblem(2, "missing", 3)
    assert problem.describe() == "entries 2-4 have been deleted"


def test_the_first_entry_deleted_is_reported_too(data_dir):
    path = logged_store(data_dir)
    tamper(path, "deleted", position=1)
    assert problems_of(data_dir) == [AuditProblem(1, "missing", 1)]
    path = logged_store(data_dir.parent / "other")
    tamper(path, "deleted and renumbered", position=1)
    assert problems_of(data_dir.parent / "other") == [AuditProblem(1, "deleted_before")]


def test_an_unknown_action_is_refused(store):
    with pytest.raises(ValueError):
        store.audit.append("coffee_break")
    assert store.audit.count() == 0
