"""The start of the app: the day's backup and the automatic deletion run beside the window."""

from __future__ import annotations

from feedback_app.app import create_app_window
from feedback_app.services import Services
from feedback_app.services.backups import list_backups
from feedback_app.store.demo import generate_demo
from feedback_app.store.store import Store


def _filled(data_dir, responses=60):
    store = Store(data_dir)
    try:
        generate_demo(store, responses, sessions=4, seed=3)
    finally:
        store.close()


def _start(qtbot, data_dir):
    window = create_app_window(data_dir, language="en")
    qtbot.addWidget(window)
    job = window.controller.start_maintenance()
    with qtbot.waitSignal(job.succeeded, timeout=20_000):
        pass
    return window


def test_the_first_start_of_a_day_backs_up_once(qtbot, data_dir):
    _filled(data_dir)
    first = _start(qtbot, data_dir)
    backups = list_backups(data_dir)
    assert [b.kind for b in backups] == ["startup"]
    with Services(data_dir) as services:
        completed = sum(s.completed_responses for s in services.sessions.list())
        assert backups[0].responses == completed > 0
        assert [e.action for e in services.audit.entries()][:1] == ["backup"]
    first.controller.services.store.close()
    second = _start(qtbot, data_dir)
    assert [b.kind for b in list_backups(data_dir)] == ["startup"]  # not twice a day
    second.controller.services.store.close()


def test_the_start_deletes_what_is_past_the_retention_period(qtbot, data_dir):
    _filled(data_dir)
    with Services(data_dir) as services:
        services.retention.set_period(1)  # the demo sessions are all older than a month
        due = services.retention.due()
        assert due is not None and due.count.completed > 0
    window = _start(qtbot, data_dir)
    services = window.controller.services
    assert all(s.completed_responses == 0 for s in services.sessions.list())
    assert services.retention.due() is None
    deleted = [e for e in services.audit.entries() if e.action == "responses_deleted"]
    assert len(deleted) == 1 and deleted[0].details["automatic"] is True
    assert deleted[0].details["completed"] == due.count.completed
    held = {b.kind: b.responses for b in list_backups(data_dir)}
    # the day's backup, made first, lost the deleted responses too; the one made just before
    # the deletion keeps them for a week
    assert held == {"startup": 0, "before_deletion": due.count.completed}
    services.store.close()
