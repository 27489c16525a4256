"""Handing results over and merging many laptops: nothing counted twice, nothing lost."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from bundle_helpers import (
    counts_of,
    database_hash,
    hand_over,
    import_into,
    laptop,
    reseal,
)

from feedback_app.domain.sessions import SessionDraft
from feedback_app.services import Services
from feedback_app.services.types import Filters
from feedback_app.store.bundles.envelope import MAGIC
from feedback_app.store.errors import BundleError, ImportedSessionError


@pytest.fixture
def two_laptops(tmp_path):
    a = laptop(tmp_path, "a", responses=80, sessions=3, seed=1)
    b = laptop(tmp_path, "b", responses=50, sessions=2, seed=2)
    return a, b


def report_of(data, filters: Filters | None = None):
    """Every statistic per organisation, comments included (sorted: they come shuffled)."""
    with Services(data) as services:
        results = services.results.report(filters or Filters(), "organisation", 1, comments=True)
    return [_sorted_comments(result) for result in results]


def _sorted_comments(result):
    stats = result.stats
    if getattr(stats, "comments", None) is not None:
        stats = replace(stats, comments=tuple(sorted(stats.comments)))
    return replace(result, stats=stats)


def laptop_id(data):
    with Services(data) as services:
        return services.store.laptop_id


def test_a_manager_merging_two_laptops_counts_and_reports_exactly_what_each_holds(
    tmp_path, two_laptops
):
    a, b = two_laptops
    manager = tmp_path / "manager"
    plans = import_into(
        manager, hand_over(a, tmp_path / "a.fbundle"), hand_over(b, tmp_path / "b.fbundle")
    )
    assert [(p.new_sessions, p.new_responses, p.duplicates) for p in plans] == [
        (3, 80, 0),
        (2, 50, 0),
    ]
    stored_a, stored_b, stored_m = counts_of(a), counts_of(b), counts_of(manager)
    assert stored_m.responses == {**stored_a.responses, **stored_b.responses}
    assert stored_m.answers == {**stored_a.answers, **stored_b.answers}
    with Services(manager) as services:
        assert (
            services.responses.count(completed=True) + services.responses.count(completed=False)
            == 130
        )
        assert services.checks.count_differences() == []
        assert services.checks.integrity() == []
    # every statistic of each laptop, comments included, is the manager's for that laptop
    assert report_of(manager, Filters(laptops=(laptop_id(a),))) == report_of(a)
    assert report_of(manager, Filters(laptops=(laptop_id(b),))) == report_of(b)


def test_importing_again_adds_nothing_and_leaves_the_file_as_it_was(tmp_path, two_laptops):
    a, _ = two_laptops
    manager = tmp_path / "manager"
    bundle = hand_over(a, tmp_path / "a.fbundle")
    import_into(manager, bundle)
    before = database_hash(manager)
    (again,) = import_into(manager, bundle)
    assert (again.new_sessions, again.new_responses, again.duplicates) == (0, 0, 80)
    assert not again.imported
    assert database_hash(manager) == before
    with Services(manager) as services:
        assert len(services.bundles.imported()) == 1


def test_a_laptop_importing_its_own_bundle_changes_nothing(tmp_path, two_laptops):
    a, _ = two_laptops
    bundle = hand_over(a, tmp_path / "a.fbundle")
    before = database_hash(a)
    (plan,) = import_into(a, bundle)
    assert (plan.new_sessions, plan.new_responses, plan.duplicates) == (0, 0, 80)
    assert database_hash(a) == before


def test_merging_is_transitive_and_keeps_the_original_laptop(tmp_path, two_laptops):
    a, b = two_laptops
    manager = tmp_path / "manager"
    own_of_a, own_of_b = counts_total(a), counts_total(b)
    from_a = hand_over(a, tmp_path / "a.fbundle")
    import_into(b, from_a)
    from_b = hand_over(b, tmp_path / "b-with-a.fbundle")  # B's own and A's sessions
    plans = import_into(manager, from_b, from_a)
    assert (plans[0].new_sessions, plans[0].new_responses) == (5, 130)
    assert (plans[1].new_responses, plans[1].duplicates) == (0, 80)
    with Services(manager) as services:
        assert services.responses.count(completed=True) == own_of_a + own_of_b
        origins = {s.title: s.laptop for s in services.sessions.list()}
        with Services(a) as on_a:
            assert {origins[s.title] for s in on_a.sessions.list()} == {on_a.store.laptop_id}
        assert services.checks.count_differences() == []
        # the bundle that brought A's responses here was B's, and the list says so
        assert [x.laptop for x in services.bundles.imported()] == [laptop_id(b)]
    assert report_of(manager, Filters(laptops=(laptop_id(a),))) == report_of(a)


def counts_total(data):
    with Services(data) as services:
        return services.responses.count(completed=True)


def test_since_last_export_holds_only_what_was_not_handed_over(tmp_path, two_laptops):
    a, _ = two_laptops
    manager = tmp_path / "manager"
    import_into(manager, hand_over(a, tmp_path / "first.fbundle"))
    with Services(a) as services:
        session = services.sessions.create(
            SessionDraft(title="Uusi koulutus", session_date="2026-12-01")
        )
        questionnaire = services.questionnaires.get(
            session.questionnaire_id, session.questionnaire_version
        )
        for _ in range(3):
            services.responses.submit(session.id, questionnaire, "fi", {}, completed=False)
        with pytest.raises(BundleError) as refused:
            services.bundles.export(
                tmp_path / "none.fbundle",
                Filters(organisations=("nobody",)),
                since_last_export=True,
                encrypt=False,
            )
        assert refused.value.details["problem"] == "empty"
    second = hand_over(a, tmp_path / "second.fbundle", since_last_export=True)
    (plan,) = import_into(manager, second)
    assert (plan.new_sessions, plan.new_responses, plan.duplicates) == (1, 3, 0)
    with Services(a) as services, pytest.raises(BundleError):
        services.bundles.export(
            tmp_path / "third.fbundle", Filters(), since_last_export=True, encrypt=False
        )
    assert not (tmp_path / "third.fbundle").exists()
    assert not (tmp_path / "none.fbundle").exists()


def test_a_later_revision_of_a_session_replaces_the_earlier_one(tmp_path, two_laptops):
    a, _ = two_laptops
    manager = tmp_path / "manager"
    first = hand_over(a, tmp_path / "first.fbundle")
    import_into(manager, first)
    with Services(a) as services:
        session = services.sessions.list()[0]
        draft = SessionDraft(
            title="Korjattu otsikko",
            session_date=session.session_date,
            organisation="Poliisihallitus",
            audience=session.audience,
            default_language=session.default_language,
        )
        edited = services.sessions.update(session.id, draft)
        assert edited.revision == session.revision + 1
    second = hand_over(a, tmp_path / "second.fbundle", since_last_export=True)
    (plan,) = import_into(manager, second)
    assert (plan.updated_sessions, plan.new_sessions, plan.new_responses) == (1, 0, 0)
    with Services(manager) as services:
        stored = services.sessions.get(session.id)
        assert (stored.title, stored.organisation, stored.revision) == (
            "Korjattu otsikko",
            "Poliisihallitus",
            edited.revision,
        )
        # the imported session is read-only here: it is edited on its own laptop
        with pytest.raises(ImportedSessionError):
            services.sessions.update(session.id, draft)
        with pytest.raises(ImportedSessionError):
            services.sessions.set_closed(session.id, False)
    # the older bundle again: the newer revision stays
    (older,) = import_into(manager, first)
    assert (older.older_sessions, older.updated_sessions, older.conflict_count) == (1, 0, 0)
    with Services(manager) as services:
        assert services.sessions.get(session.id).title == "Korjattu otsikko"


def test_a_different_laptops_copy_of_a_session_is_a_conflict_and_refused(tmp_path, two_laptops):
    a, _ = two_laptops
    manager = tmp_path / "manager"
    bundle = hand_over(a, tmp_path / "a.fbundle")
    import_into(manager, bundle)
    other = "0f0f0f0f-0000-4000-8000-000000000001"

    def other_laptop_same_sessions(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE laptops SET id = ?", [other])
        conn.execute("UPDATE sessions SET title = title || ' (kopio)'")
        conn.execute("DELETE FROM answers")
        conn.execute("DELETE FROM responses")

    forged = reseal(
        bundle,
        tmp_path / "forged.fbundle",
        other_laptop_same_sessions,
        manifest_change=lambda m: __import__("dataclasses").replace(m, laptop=other),
    )
    before = database_hash(manager)
    with Services(manager) as services:
        with pytest.raises(BundleError) as refused:
            services.bundles.import_bundle(forged)
        plan = refused.value.details["plan"]
        assert refused.value.details["problem"] == "conflicts"
        assert plan.conflict_count == 3
        assert {c.reason for c in plan.conflicts} == {"other_laptop"}
    assert database_hash(manager) == before


def test_a_response_with_other_content_under_a_known_id_is_a_conflict(tmp_path, two_laptops):
    a, b = two_laptops
    manager = tmp_path / "manager"
    bundle = hand_over(a, tmp_path / "a.fbundle")
    import_into(manager, bundle)

    def one_answer_changed(conn: sqlite3.Connection) -> None:
        k = conn.execute(
            "SELECT a.response FROM answers a JOIN responses r ON r.k = a.response "
            "WHERE a.value_num = 4 AND r.completed = 1 LIMIT 1"
        ).fetchone()[0]
        conn.execute("UPDATE answers SET value_num = 5 WHERE response = ? AND value_num = 4", [k])

    edited = reseal(bundle, tmp_path / "edited.fbundle", one_answer_changed)
    with Services(manager) as services:
        with pytest.raises(BundleError) as refused:
            services.bundles.import_bundle(edited)
        assert refused.value.details["plan"].conflicts[0].kind == "response"
    # with --skip-conflicts, what is new still comes in and the conflict stays as it was
    import_into(b, hand_over(b, tmp_path / "b.fbundle"))
    with Services(manager) as services:
        before = services.store.counts.stored()
        plan = services.bundles.import_bundle(edited, skip_conflicts=True)
        assert (plan.conflict_count, plan.new_responses, plan.duplicates) == (1, 0, 79)
        assert services.store.counts.stored() == before


def test_a_session_from_elsewhere_takes_no_responses_and_is_not_todays_kiosk_session(
    tmp_path, two_laptops
):
    a, _ = two_laptops
    with Services(a) as services:
        services.sessions.create(SessionDraft(title="Tänään", session_date="2026-12-01"))
    manager = tmp_path / "manager"
    import_into(manager, hand_over(a, tmp_path / "a.fbundle"))
    with Services(manager) as services:
        session = next(s for s in services.sessions.list() if s.title == "Tänään")
        assert session.imported and session.is_open and not session.accepts_responses
        from datetime import date

        assert services.sessions.today(date(2026, 12, 1)) is None
        questionnaire = services.questionnaires.get(
            session.questionnaire_id, session.questionnaire_version
        )
        with pytest.raises(ImportedSessionError):
            services.responses.submit(session.id, questionnaire, "fi", {}, completed=False)


def test_a_bundle_holds_no_pin_settings_or_keys_of_the_laptop(tmp_path, two_laptops):
    a, _ = two_laptops
    with Services(a) as services:
        services.pin.set_first("4826")
        services.settings.set("thank_you_seconds", 17)
        rids = {row[0] for row in services.store.db.execute("SELECT rid FROM responses")}
        stored_settings = services.store.db.execute("SELECT key, value FROM settings").fetchall()
    bundle = hand_over(a, tmp_path / "a.fbundle")
    data = bundle.read_bytes()
    assert data.startswith(MAGIC)
    payload = tmp_path / "payload.sqlite"
    payload.write_bytes(data[data.index(b"\n", len(MAGIC)) + 1 :])
    conn = sqlite3.connect(payload)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"laptops", "questionnaires", "sessions", "responses", "answers"}
    keys = [row[0] for row in conn.execute("SELECT k FROM responses NOT INDEXED")]
    assert not set(keys) & rids  # fresh keys, not the laptop's own
    assert keys == sorted(keys)  # rows lie in key order, and the keys are random
    ids = [row[0] for row in conn.execute("SELECT id FROM responses ORDER BY k")]
    assert ids != sorted(ids) or len(ids) < 3
    conn.close()
    for key, value in stored_settings:  # the PIN's salted hash among them
        assert key.encode() not in data
        if len(value) > 8:
            assert value.encode() not in data


def _edit_builtin(data, title):
    """Edit the built-in questionnaire (in use, so the edit is its version 2) and answer once
    in a new session of that version."""
    with Services(data) as services:
        builtin = services.questionnaires.latest_version("ihme-feedback")
        current = services.questionnaires.get("ihme-feedback", builtin)
        edited = replace(current, title={**current.title, "fi": title})
        saved = services.questionnaires.save(edited).result.questionnaire
        session = services.sessions.create(
            SessionDraft(title=title, session_date="2026-11-30"), (saved.id, saved.version)
        )
        services.responses.submit(session.id, saved, "fi", {}, completed=False)
        return saved.version


def test_one_questionnaire_edited_on_two_laptops_conflicts_as_documented(tmp_path, two_laptops):
    a, b = two_laptops
    assert _edit_builtin(a, "Palaute A") == _edit_builtin(b, "Palaute B") == 2
    manager = tmp_path / "manager"
    import_into(manager, hand_over(a, tmp_path / "a.fbundle"))
    with Services(manager) as services:
        with pytest.raises(BundleError) as refused:
            services.bundles.import_bundle(hand_over(b, tmp_path / "b.fbundle"))
        (conflict,) = refused.value.details["plan"].conflicts
        assert (conflict.kind, conflict.key) == ("questionnaire", "ihme-feedback:2")
        plan = services.bundles.import_bundle(tmp_path / "b.fbundle", skip_conflicts=True)
        assert (plan.new_sessions, plan.new_responses, plan.held_back) == (2, 50, 1)
        assert services.questionnaires.get("ihme-feedback", 2).title["fi"] == "Palaute A"


def test_temporary_files_left_by_a_killed_import_are_removed_later(tmp_path, two_laptops):
    import os
    import time

    a, _ = two_laptops
    with Services(a) as services:
        data = services.data_dir
    stale, fresh = data / ".bundle-stale", data / ".bundle-running"
    for folder in (stale, fresh):
        folder.mkdir()
        (folder / "payload.sqlite").write_bytes(b"responses")
    old = time.time() - 7 * 3600
    os.utime(stale, (old, old))
    hand_over(a, tmp_path / "a.fbundle")
    assert not stale.exists() and fresh.exists()
    assert [p.name for p in data.glob(".bundle-*")] == [".bundle-running"]
