"""Laptops, bundles and altered bundles for the bundle tests."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.services.types import Filters
from feedback_app.store.bundles.envelope import read_envelope, write_envelope


def laptop(root: Path, name: str, responses: int = 60, sessions: int = 3, seed: int = 1) -> Path:
    """A data folder of its own (its own laptop id) with demo responses."""
    data = root / name
    with Services(data) as services:
        if responses:
            services.responses.generate_demo(responses, sessions=sessions, seed=seed)
    return data


def hand_over(data: Path, path: Path, filters: Filters | None = None, **options) -> Path:
    with Services(data) as services:
        services.bundles.export(path, filters or Filters(), encrypt=False, **options)
    return path


def import_into(data: Path, *paths: Path, **options):
    with Services(data) as services:
        return [services.bundles.import_bundle(p, **options) for p in paths]


def database_hash(data: Path) -> str:
    """SHA-256 of the database file (the services are closed: nothing waits in the log)."""
    path = database_path(data)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reseal(
    source: Path,
    target: Path,
    change: Callable[[sqlite3.Connection], None] | None = None,
    *,
    manifest_change: Callable[[object], object] | None = None,
) -> Path:
    """A copy of a bundle whose payload ``change`` altered, with a fresh, matching manifest
    and checksum: what someone who knows the format could make by hand."""
    payload = target.with_suffix(".payload")
    with open(source, "rb") as handle, open(payload, "wb") as out:
        manifest = read_envelope(handle, source.name, out)
    if change is not None:
        conn = sqlite3.connect(payload)
        try:
            change(conn)
            conn.commit()
            counts = {
                table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in manifest.counts
                if conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
                ).fetchone()
            }
        finally:
            conn.close()
        manifest = replace(manifest, counts={**manifest.counts, **counts})
    manifest = replace(manifest, payload_bytes=payload.stat().st_size, sha256="")
    if manifest_change is not None:
        manifest = manifest_change(manifest)
    buffer = io.BytesIO()
    write_envelope(manifest, payload, buffer)
    target.write_bytes(buffer.getvalue())
    payload.unlink()
    return target


def counts_of(data: Path):
    with Services(data) as services:
        return services.store.counts.stored()
