"""Bundles: a laptop hands its results over in one file; the project manager merges many.

One export and one import, shared by the command line and the window. An export reads one
snapshot, writes the file whole or not at all, and only then remembers what went out. An
import checks a bundle completely, then merges it in one transaction, the count tables updated
by their owner; a refused bundle leaves the database exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .. import __version__
from ..reports.output import atomic_output, check_output_path
from ..store.aggregates import Filters
from ..store.bundles import crypto
from ..store.bundles.envelope import AGE_MAGIC, Manifest, write_envelope
from ..store.bundles.merge import Conflict, ImportPlan, Merge
from ..store.bundles.payload import create_payload
from ..store.bundles.reader import open_bundle
from ..store.bundles.writer import (
    Selection,
    forget_selection,
    mark_handed_over,
    select,
    write_payload,
)
from ..store.errors import BundleError
from ..store.store import Store

Progress = Callable[[int, int], None]
SUFFIX = ".fbundle"

__all__ = ["BundleExport", "BundleService", "Conflict", "ImportPlan", "ImportedBundle", "Laptop"]


@dataclass(frozen=True)
class BundleExport:
    """What a hand-over wrote."""

    path: Path
    sessions: int
    responses: int
    answers: int
    questionnaires: int
    encrypted: bool
    completed: int = 0
    """of ``responses``, the completed ones"""


@dataclass(frozen=True)
class ImportedBundle:
    """One bundle that was imported here (``bundle list``)."""

    file_name: str
    laptop: str
    exported_on: str
    imported_on: str
    new_sessions: int
    updated_sessions: int
    new_responses: int
    duplicates: int
    conflicts: int


@dataclass(frozen=True)
class Laptop:
    """A laptop known here: this one, or one whose sessions a bundle brought."""

    id: str
    this_laptop: bool
    sessions: int
    organisations: tuple[str, ...] = field(default=())

    @property
    def short(self) -> str:
        return self.id[:8]


class BundleService:
    def __init__(self, store: Store):
        self._store = store
        #: The project manager's key once opened, by its passphrase: opening it takes a
        #: second or two on purpose (scrypt), so a batch of encrypted bundles opens it once.
        self._identities: dict[str, Any] = {}
        self.backups: Any = None  # the BackupService, set by Services
        self._backed_up = False  # one backup before the first import of these services

    # -- handing over ----------------------------------------------------------------------
    def preview_export(self, filters: Filters, *, since_last_export: bool = False) -> Selection:
        """How many sessions and responses a hand-over with these choices would hold."""
        with self._store.snapshot():
            try:
                return select(self._store, filters, since_last_export, keys=False)
            finally:
                forget_selection(self._store)

    def suggested_name(
        self,
        filters: Filters | None = None,
        *,
        since_last_export: bool = False,
        selection: Selection | None = None,
    ) -> str:
        """A file name with today's date and the organisation, e.g.
        ``feedback-2026-12-01-helsinki-police-department.fbundle`` (from ``selection`` when
        the caller has it, else from what the filters select)."""
        if selection is None:
            selection = self.preview_export(
                filters or Filters(), since_last_export=since_last_export
            )
        name = f"feedback-{date.today().isoformat()}"
        if len(selection.organisations) == 1:
            slug = _slug(selection.organisations[0])
            if slug:
                name += f"-{slug}"
        return name + SUFFIX

    def recipient(self) -> str | None:
        """The project manager's public key that hand-overs are encrypted to, if one is set."""
        value = self._store.settings.get("bundle_recipient", "")
        return value or None

    def set_recipient(self, key: str | None) -> str | None:
        """Encrypt every later hand-over to ``key`` (an ``age1…`` line), or to nobody (None)."""
        text = (key or "").strip()
        if text:
            crypto.parse_recipient(text)
        with self._store.transaction():
            self._store.settings.set("bundle_recipient", text)
        return text or None

    def check_output(self, path: Path, *, force: bool = False) -> None:
        """Refuse (``OutputError``) an output that cannot or must not be written."""
        check_output_path(Path(path), force=force, protect=[self._store.data_dir])

    def export(
        self,
        path: Path,
        filters: Filters,
        *,
        since_last_export: bool = False,
        recipient: str | None = None,
        encrypt: bool = True,
        force: bool = False,
        progress: Progress | None = None,
    ) -> BundleExport:
        """Write the sessions the filters select, their questionnaire versions, responses and
        answers to ``path``; encrypted to ``recipient`` (or the one set) unless not
        ``encrypt``. What went out is remembered for ``since_last_export`` afterwards."""
        path = Path(path)
        self.check_output(path, force=force)
        key = (recipient or self.recipient() or None) if encrypt else None
        age_recipient = crypto.parse_recipient(key) if key else None
        _report(progress, 0, 2)
        try:
            written = self._write(path, filters, since_last_export, age_recipient, force, progress)
            with self._store.transaction():
                mark_handed_over(self._store)
                self._store.audit.append(
                    "bundle_export",
                    path.name,
                    {
                        "sessions": written.sessions,
                        "responses": written.completed,
                        "encrypted": written.encrypted,
                        "since_last_export": since_last_export,
                    },
                )
        finally:
            forget_selection(self._store)
        return written  # no progress after this: the file is there, a Cancel would be too late

    def _write(
        self,
        path: Path,
        filters: Filters,
        since_last_export: bool,
        age_recipient: Any,
        force: bool,
        progress: Progress | None,
    ) -> BundleExport:
        with self._work_folder() as work:
            payload = work / "payload.sqlite"
            create_payload(payload)
            selection, counts = write_payload(self._store, filters, since_last_export, payload)
            if counts["sessions"] == 0:
                raise BundleError(
                    "nothing to hand over: "
                    + (
                        "everything these filters select was handed over already"
                        if since_last_export
                        else "no session matches these filters"
                    )
                    + "; no file was written",
                    problem="empty",
                )
            _report(progress, 1, 2)
            manifest = Manifest(
                bundle_id=str(uuid.uuid4()),
                laptop=self._store.laptop_id,
                app_version=__version__,
                exported_on=date.today().isoformat(),
                counts=counts,
                payload_bytes=payload.stat().st_size,
            )
            with atomic_output(path, force=force, protect=[self._store.data_dir]) as temporary:
                if age_recipient is None:
                    with open(temporary, "wb") as out:
                        write_envelope(manifest, payload, out)
                        _sync(out)
                else:
                    plain = work / "bundle.plain"
                    with open(plain, "wb") as out:
                        write_envelope(manifest, payload, out)
                    crypto.encrypt_file(plain, temporary, age_recipient)
                _report(progress, 2, 2)
        return BundleExport(
            path,
            counts["sessions"],
            counts["responses"],
            counts["answers"],
            counts["questionnaires"],
            age_recipient is not None,
            selection.completed,
        )

    # -- importing -------------------------------------------------------------------------
    def is_encrypted(self, path: Path) -> bool:
        """True when ``path`` is an encrypted bundle (it needs the key's passphrase)."""
        try:
            with open(path, "rb") as handle:
                return handle.read(len(AGE_MAGIC)) == AGE_MAGIC
        except OSError:
            return False

    def has_key(self) -> bool:
        return crypto.has_key(self._store.data_dir)

    def import_bundle(
        self,
        path: Path,
        *,
        dry_run: bool = False,
        skip_conflicts: bool = False,
        passphrase: str | None = None,
        progress: Progress | None = None,
    ) -> ImportPlan:
        """Check the bundle at ``path`` completely, then merge what is new in one transaction
        (nothing with ``dry_run``). A conflict refuses the whole bundle (``BundleError``,
        problem ``conflicts``, with the plan) unless ``skip_conflicts``."""
        path = Path(path)
        decrypt = self._decrypter(passphrase)
        with self._work_folder() as work, open_bundle(path, work, decrypt, progress) as bundle:
            if progress is not None:
                progress(0, 0)  # checked; the merge reports no steps
            with Merge(self._store, bundle) as merge:
                if dry_run:
                    with self._store.snapshot():
                        return merge.make_plan()
                with self._store.bulk_write(), self._store.transaction():
                    plan = merge.make_plan()
                    if plan.conflict_count and not skip_conflicts:
                        raise _conflicts(plan)
                    if not plan.changes_anything:
                        return plan  # nothing written: not even the log changes
                    # From a connection of its own, which reads what is committed: the
                    # database as it was before this import.
                    self._back_up_before_import()
                    merge.apply()
                    self._store.audit.append(
                        "bundle_import",
                        path.name,
                        {
                            "laptop": plan.laptop,
                            "new_sessions": plan.new_sessions,
                            "updated_sessions": plan.updated_sessions,
                            "new_responses": plan.new_completed,
                            "already_here": plan.duplicates,
                            "conflicts_skipped": plan.conflict_count,
                        },
                    )
                return plan

    def _back_up_before_import(self) -> None:
        """The backup before an import, once for a batch of bundles (``BackupError``, and
        nothing imported, when it cannot be written)."""
        if self.backups is not None and not self._backed_up:
            self.backups.automatic("before_import")
            self._backed_up = True

    def finish_imports(self) -> None:
        """Copy what the imports wrote into the database file (one checkpoint for them all;
        each import leaves it for the end). Also done when the services are closed."""
        self._store.checkpoint()

    def _decrypter(self, passphrase: str | None) -> Any:
        folder = self._store.data_dir
        if not crypto.has_key(folder):
            return None

        def decrypt(source: Path, target: Path) -> None:
            if passphrase is None:
                raise BundleError(
                    f"{source.name}: the bundle is encrypted; give the passphrase of this "
                    "laptop's key to open it",
                    problem="passphrase_needed",
                    file=source.name,
                )
            crypto.decrypt_file(source, target, self._identity(passphrase), source.name)

        return decrypt

    def _identity(self, passphrase: str) -> Any:
        if passphrase not in self._identities:
            self._identities.clear()
            self._identities[passphrase] = crypto.load_identity(self._store.data_dir, passphrase)
        return self._identities[passphrase]

    def check_passphrase(self, passphrase: str) -> None:
        """``BundleError`` (``wrong_passphrase``) unless ``passphrase`` opens this laptop's key."""
        self._identity(passphrase)

    # -- keys ------------------------------------------------------------------------------
    def create_key(self, passphrase: str) -> str:
        """Make the project manager's key pair here; returns the public key to give out."""
        return crypto.create_key(self._store.data_dir, passphrase)

    def public_key(self) -> str | None:
        return crypto.public_key(self._store.data_dir)

    # -- reading ---------------------------------------------------------------------------
    def imported(self) -> list[ImportedBundle]:
        """The bundles imported here, newest first."""
        rows = self._store.db.execute(
            "SELECT b.file_name, l.id, b.exported_on, b.imported_on, b.new_sessions, "
            "b.updated_sessions, b.new_responses, b.duplicates, b.conflicts "
            "FROM bundle_imports b JOIN laptops l ON l.key = b.laptop ORDER BY b.key DESC"
        ).fetchall()
        return [ImportedBundle(*row) for row in rows]

    def laptops(self) -> list[Laptop]:
        """This laptop first, then every laptop whose sessions are here."""
        rows = self._store.db.execute(
            "SELECT l.key, l.id, count(s.id), "
            "group_concat(DISTINCT nullif(s.organisation, '')) FROM laptops l "
            "LEFT JOIN sessions s ON s.origin = l.key GROUP BY l.key ORDER BY l.key"
        ).fetchall()
        return [
            Laptop(laptop, key == 0, n, tuple(sorted((orgs or "").split(",")) if orgs else ()))
            for key, laptop, n, orgs in rows
            if key == 0 or n
        ]

    def find_laptop(self, id_or_prefix: str) -> str:
        """A laptop's full id from its id or first characters ("this" for this laptop)."""
        from ..store.errors import NotFoundError

        text = id_or_prefix.strip().lower()
        if text == "this":
            return self._store.laptop_id
        matches = [
            row[0]
            for row in self._store.db.execute(
                "SELECT id FROM laptops WHERE substr(id, 1, length(?)) = ? LIMIT 2", [text, text]
            )
        ]
        if len(matches) != 1 or not text:
            raise NotFoundError(
                f"no laptop {id_or_prefix!r}; see 'feedback-app bundle laptops'",
                kind="laptop",
                key=id_or_prefix,
            )
        return matches[0]

    # -- helpers ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def _work_folder(self):  # noqa: ANN202 - an iterator of a Path
        """A private temporary folder inside the data folder (its files hold responses).

        Such folders left behind by a process that was killed are removed first, once they
        are old enough that no running import or export can still be using them."""
        _remove_stale_folders(self._store.data_dir)
        folder = tempfile.TemporaryDirectory(prefix=".bundle-", dir=self._store.data_dir)
        try:
            os.chmod(folder.name, 0o700)
            yield Path(folder.name)
        finally:
            folder.cleanup()


#: A temporary bundle folder older than this was left by a process that no longer runs.
STALE_SECONDS = 6 * 3600


def _remove_stale_folders(data_dir: Path) -> None:
    import shutil
    import time

    for folder in data_dir.glob(".bundle-*"):
        with contextlib.suppress(OSError):
            if folder.is_dir() and time.time() - folder.stat().st_mtime > STALE_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)


def _conflicts(plan: ImportPlan) -> BundleError:
    listed = "; ".join(c.describe() for c in plan.conflicts[:3])
    more = plan.conflict_count - min(3, len(plan.conflicts))
    if more > 0:
        listed += f"; and {more} more"
    return BundleError(
        f"{plan.file}: {plan.conflict_count} conflicting record(s): {listed}. Nothing was "
        "imported; --skip-conflicts imports the rest and leaves these as they are here",
        problem="conflicts",
        file=plan.file,
        plan=plan,
    )


def _slug(text: str) -> str:
    """A file-name-safe form of an organisation name (letters such as ä and ö kept)."""
    words = re.findall(r"\w+", text.lower())
    return "-".join(words)[:60].strip("-")


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _sync(handle: Any) -> None:
    handle.flush()
    os.fsync(handle.fileno())
