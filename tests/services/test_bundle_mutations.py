"""Randomly damaged and hand-edited bundles never corrupt the database nor end in a traceback."""

from __future__ import annotations

import sqlite3

import pytest
from bundle_helpers import database_hash, hand_over, laptop, reseal
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from long_run import examples

from feedback_app.services import Services
from feedback_app.store.errors import BundleError

KEYS = {
    "laptops": ("k",),
    "questionnaires": ("id", "version"),
    "sessions": ("id",),
    "responses": ("k",),
    "answers": ("response", "ordinal"),
}
COLUMNS = {
    "laptops": ("k", "id"),
    "questionnaires": ("id", "version", "definition"),
    "sessions": (
        "id", "laptop", "revision", "title", "session_date", "organisation", "audience",
        "default_language", "expected_participants", "questionnaire_id",
        "questionnaire_version", "closed", "created_on",
    ),
    "responses": (
        "k", "id", "session_id", "questionnaire_id", "questionnaire_version", "language",
        "submitted_on", "completed",
    ),
    "answers": ("response", "ordinal", "question_id", "value_num", "value_text"),
}  # fmt: skip

values = st.one_of(
    st.none(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.binary(max_size=20),
    st.sampled_from(["fi", "sv", "en", "1", "2026-12-01", "", "interesting", "age1"]),
)
edits = st.lists(
    st.tuples(
        st.sampled_from(sorted(COLUMNS)),
        st.data(),
        values,
        st.integers(0, 60),
    ),
    min_size=1,
    max_size=3,
)


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    root = tmp_path_factory.mktemp("mutations")
    trainer = laptop(root, "trainer", responses=12, sessions=2, seed=8)
    manager = laptop(root, "manager", responses=10, sessions=1, seed=9)
    return root, manager, hand_over(trainer, root / "trainer.fbundle")


def import_and_check(manager, path) -> None:
    """Import ``path``: refused with the file unchanged, or merged with counts exact."""
    before = database_hash(manager)
    with Services(manager) as services:
        try:
            services.bundles.import_bundle(path)
        except BundleError as exc:
            assert str(exc) and "\n" not in str(exc)
            refused = True
        else:
            refused = False
        assert services.checks.integrity() == []
        assert services.checks.count_differences() == []
    if refused:
        assert database_hash(manager) == before


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    flips=st.lists(
        st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=3
    ),
    cut=st.one_of(st.none(), st.floats(0, 1, exclude_max=True)),
)
def test_flipped_bytes_and_cut_files(setting, flips, cut):
    root, manager, bundle = setting
    data = bytearray(bundle.read_bytes())
    for where, mask in flips:
        data[int(where * len(data))] ^= mask
    if cut is not None:
        data = data[: int(cut * len(data))]
    assume(bytes(data) != bundle.read_bytes())  # two flips of one byte undo each other
    path = root / "damaged.fbundle"
    path.write_bytes(bytes(data))
    with Services(manager) as services:
        before = services.store.counts.stored()
    import_and_check(manager, path)
    with Services(manager) as services:  # a damaged file never gets in
        assert services.store.counts.stored() == before


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(changes=edits, drop=st.one_of(st.none(), st.sampled_from(sorted(COLUMNS))))
def test_rows_edited_and_tables_dropped_with_a_fresh_checksum(setting, changes, drop):
    root, manager, bundle = setting

    def change(conn: sqlite3.Connection) -> None:
        for table, data, value, offset in changes:
            column = data.draw(st.sampled_from(COLUMNS[table]))
            keys = ", ".join(KEYS[table])
            try:
                conn.execute(
                    f"UPDATE {table} SET {column} = ? WHERE ({keys}) IN "
                    f"(SELECT {keys} FROM {table} LIMIT 1 OFFSET ?)",
                    [value, offset],
                )
            except (sqlite3.IntegrityError, OverflowError):
                assume(False)
        if drop is not None:
            conn.execute(f"DROP TABLE {drop}")

    path = reseal(bundle, root / "edited.fbundle", change)
    import_and_check(manager, path)
