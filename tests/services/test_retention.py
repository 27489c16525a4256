"""Deleting responses for good: exactly those of the sessions chosen, with their counts, from
the database file and its backups, and never brought back by importing a bundle again."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from safety_helpers import answers

from feedback_app.domain.sessions import SessionDraft
from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.services.types import Filters
from feedback_app.store.backups import automatic_backups
from feedback_app.store.errors import InvalidInputError
from feedback_app.store.retention import months_before

TODAY = date.today()
CUTOFF = months_before(TODAY, 6)
#: title -> the session's date; "before" is deleted by a 6-month period, "at" is not.
HELD = {
    "long ago": months_before(TODAY, 10),
    "just before": CUTOFF - timedelta(days=1),
    "at the cut-off": CUTOFF,
    "last month": months_before(TODAY, 1),
    "today": TODAY,
}
OLD = ("long ago", "just before")


def marker(title: str, i: int) -> str:
    return f"MARKER {title.replace(' ', '_')} {i} q7x"


def sessions_held(services: Services) -> dict[str, str]:
    """The sessions of ``HELD``, each with three completed responses and an unfinished one,
    each with a comment no other response has; returns title -> session id."""
    builtin = services.questionnaires.builtin()
    ids = {}
    for title, day in HELD.items():
        session = services.sessions.create(SessionDraft(title, day.isoformat()))
        ids[title] = session.id
        for i in range(3):
            services.responses.submit(session.id, builtin, "fi", answers(i, marker(title, i)))
        services.responses.submit(
            session.id, builtin, "fi", {"improve": marker(title, 9)}, completed=False
        )
    return ids


def markers_of(*titles: str) -> list[bytes]:
    return [marker(t, i).encode() for t in titles for i in (0, 1, 2, 9)]


def holds(path: Path, found: list[bytes]) -> bool:
    content = path.read_bytes()
    return any(m in content for m in found)


def live_files(data_dir: Path) -> list[Path]:
    path = database_path(data_dir)
    wal = Path(f"{path}-wal")
    return [path, wal] if wal.exists() else [path]


def response_ids(services: Services, session_id: str) -> set[str]:
    rows = services.store.db.execute("SELECT id FROM responses WHERE session_id = ?", [session_id])
    return {r for (r,) in rows}


def test_deleting_by_age_removes_exactly_the_older_sessions_responses_everywhere(data_dir):
    with Services(data_dir) as services:
        ids = sessions_held(services)
        earlier = [services.backups.automatic("startup"), services.backups.automatic("manual")]
        kept = {t: response_ids(services, ids[t]) for t in HELD if t not in OLD}
        deletion = services.retention.older_than(6)
        assert set(deletion.session_ids) == {ids[t] for t in OLD}
        assert (deletion.count.sessions, deletion.count.completed, deletion.count.unfinished) == (
            2,
            6,
            2,
        )
        result = services.retention.delete(deletion)
        assert result.removed == 8 and result.failed_backups == ()
        assert result.cleaned_backups == len(earlier)

        assert {s.id for s in services.sessions.list()} == set(ids.values())  # they all stay
        for title in HELD:
            have = response_ids(services, ids[title])
            assert have == (set() if title in OLD else kept[title]), title
        assert services.checks.count_differences() == []
        for title in OLD:
            assert services.sessions.get(ids[title]).completed_responses == 0
            assert services.results.completed_responses(Filters(session_ids=(ids[title],))) == 0
            assert services.results.session_results(ids[title])[0] == []
        assert services.results.completed_responses(Filters()) == 9

        for path in live_files(data_dir):  # while the app is still open
            assert not holds(path, markers_of(*OLD)), path.name
        entry = services.audit.entries(newest_first=True, limit=1)[0]
        assert (entry.action, entry.target) == ("responses_deleted", "2 sessions")
        assert entry.details == {
            "sessions": 2,
            "completed": 6,
            "unfinished": 2,
            "automatic": False,
            "backup": result.backup.name,
            "held_before": CUTOFF.isoformat(),
        }
    assert result.backup.name.endswith("-before-deletion.db")
    assert holds(result.backup, markers_of(*OLD))  # the week to undo a mistake
    for path in earlier:
        assert path.exists() and not holds(path, markers_of(*OLD)), path.name
        assert holds(path, markers_of("today"))  # the search does find what is there
    for path in live_files(data_dir):
        assert not holds(path, markers_of(*OLD)), path.name
    assert holds(database_path(data_dir), markers_of("at the cut-off"))


def test_deleting_one_session_leaves_the_others(data_dir):
    with Services(data_dir) as services:
        ids = sessions_held(services)
        before = {t: response_ids(services, ids[t]) for t in HELD}
        deletion = services.retention.of_session(ids["last month"])
        assert (deletion.count.completed, deletion.count.unfinished) == (3, 1)
        result = services.retention.delete(deletion)
        assert result.removed == 4
        for title in HELD:
            expected = set() if title == "last month" else before[title]
            assert response_ids(services, ids[title]) == expected
        assert services.checks.count_differences() == []
        entry = services.audit.entries(newest_first=True, limit=1)[0]
        assert (entry.action, entry.target) == ("responses_deleted", "last month")
        assert "held_before" not in entry.details
    assert not holds(database_path(data_dir), markers_of("last month"))
    assert holds(database_path(data_dir), markers_of("today"))


def test_nothing_to_delete_makes_no_backup_and_no_entry(data_dir):
    with Services(data_dir) as services:
        session = services.sessions.create(SessionDraft("Tyhjä", "2020-01-01"))
        logged = services.audit.count()
        result = services.retention.delete(services.retention.of_session(session.id))
        assert (result.removed, result.backup) == (0, None)
        assert services.retention.older_than(6).session_ids == ()
        assert services.audit.count() == logged
    assert automatic_backups(data_dir) == []


def test_a_bundle_imported_again_does_not_bring_deleted_responses_back(tmp_path):
    laptop, manager = tmp_path / "laptop", tmp_path / "manager"
    bundle = tmp_path / "handover.fbundle"
    with Services(laptop) as services:
        sessions_held(services)
        services.bundles.export(bundle, Filters(), encrypt=False)
    with Services(manager) as services:
        services.bundles.import_bundle(bundle)
        assert services.responses.count(completed=False) == 5
        deleted = services.retention.delete(services.retention.older_than(6))
        assert deleted.removed == 8
        remaining = services.store.db.execute("SELECT id FROM responses").fetchall()
        again = services.bundles.import_bundle(bundle)
        assert (again.deleted_here, again.new_responses, again.duplicates) == (8, 0, 12)
        assert services.store.db.execute("SELECT id FROM responses").fetchall() == remaining
        assert services.checks.count_differences() == []
    assert not holds(database_path(manager), markers_of(*OLD))
    with Services(laptop) as services:  # the laptop that made the bundle, the same
        services.retention.delete(services.retention.older_than(6))
        own = services.bundles.import_bundle(bundle)
        assert (own.deleted_here, own.new_responses) == (8, 0)
        assert services.responses.count() == 9


def test_a_retention_period_deletes_the_older_responses_when_a_session_is_closed(data_dir):
    with Services(data_dir) as services:
        ids = sessions_held(services)
        assert services.retention.period() is None
        services.retention.set_period(6)
        assert services.retention.period() == 6
        assert set(services.retention.due().session_ids) == {ids[t] for t in OLD}
        assert {s.id for s in services.sessions.list() if s.completed_responses} == set(
            ids.values()
        )
        services.sessions.close(ids["today"])
        for title in HELD:
            assert bool(response_ids(services, ids[title])) == (title not in OLD), title
        assert services.checks.count_differences() == []
        entries = services.audit.entries(newest_first=False)
        actions = [(e.action, e.details.get("automatic")) for e in entries]
        assert ("responses_deleted", True) in actions
        assert actions[-1][0] == "backup"  # the session-closed backup, after the deletion
        assert services.retention.due() is None
    closed = [b for b in automatic_backups(data_dir) if b.kind == "session_closed"]
    assert len(closed) == 1 and not holds(closed[0].path, markers_of(*OLD))


def test_the_retention_period_takes_whole_months_in_its_range_or_off(data_dir):
    with Services(data_dir) as services:
        for wrong in (0, 241, -3, True, 6.5):
            with pytest.raises(InvalidInputError):
                services.retention.set_period(wrong)
        assert services.retention.period() is None
        services.retention.set_period(240)
        services.retention.set_period(None)
        assert services.retention.period() is None
        entries = services.audit.entries(newest_first=False)
        assert [e.details for e in entries] == [{"months": 240}, {"months": None}]


# -- months_before -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 5, 31), 3, date(2026, 2, 28)),
        (date(2028, 5, 31), 3, date(2028, 2, 29)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 7, 31), 1, date(2026, 6, 30)),
        (date(2026, 1, 15), 1, date(2025, 12, 15)),
        (date(2026, 1, 31), 13, date(2024, 12, 31)),
        (date(2026, 2, 28), 12, date(2025, 2, 28)),
        (date(2028, 2, 29), 12, date(2027, 2, 28)),
        (date(2026, 6, 1), 0, date(2026, 6, 1)),
    ],
)
def test_months_before_ends_in_the_shorter_months_last_day(day, months, expected):
    assert months_before(day, months) == expected


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31)),
    st.integers(min_value=0, max_value=240),
)
def test_months_before_goes_back_whole_calendar_months(day, months):
    earlier = months_before(day, months)
    assert (day.year * 12 + day.month) - (earlier.year * 12 + earlier.month) == months
    last = calendar.monthrange(earlier.year, earlier.month)[1]
    assert earlier.day == min(day.day, last)
    assert earlier <= day
