"""What the hand-over and import dialogs do off the GUI thread, each job with its own services
(an SQLite connection belongs to the thread that opened it)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ...services import Services
from ...services.types import BundleExport, BundleSelection, Cancelled, Filters, ImportPlan
from ...store.errors import StoreError
from ..jobs import Progress

SUFFIX = ".fbundle"
#: Steps of the import's progress bar per file.
STEPS = 100


# -- handing over --------------------------------------------------------------------------
@dataclass(frozen=True)
class HandoverChoice:
    """What goes in the file: what was not handed over yet, or the chosen sessions whole."""

    session_ids: tuple[str, ...] | None = None  # None: everything not handed over yet

    @property
    def filters(self) -> Filters:
        return Filters(session_ids=self.session_ids or ())

    @property
    def since_last_export(self) -> bool:
        return self.session_ids is None


@dataclass(frozen=True)
class HandoverPreview:
    choice: HandoverChoice
    selection: BundleSelection
    suggested_name: str


def count_handover(data_dir: Path, choice: HandoverChoice) -> HandoverPreview:
    """What ``choice`` would put in the file, and a name for it (in the job's thread)."""
    with Services(data_dir, verify=False) as services:
        bundles = services.bundles
        since = choice.since_last_export
        selection = bundles.preview_export(choice.filters, since_last_export=since)
        name = bundles.suggested_name(selection=selection)
    return HandoverPreview(choice, selection, name)


@dataclass(frozen=True)
class HandoverJob:
    data_dir: Path
    path: Path
    choice: HandoverChoice

    def run(self, progress: Progress) -> BundleExport:
        """The whole hand-over, in the job's thread."""

        def step(done: int, total: int) -> None:
            if total and done >= total:
                # The file is in place and remembered as handed over: a late Cancel is too late.
                with contextlib.suppress(Cancelled):
                    progress(done, total)
                return
            progress(done, total)

        with Services(self.data_dir, verify=False) as services:
            return services.bundles.export(
                self.path,
                self.choice.filters,
                since_last_export=self.choice.since_last_export,
                force=True,  # the file dialog has asked before replacing a file
                progress=step,
            )


# -- importing -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome:
    """One file checked or imported: its plan, or why it was refused."""

    path: Path
    plan: ImportPlan | None = None
    error: BaseException | None = None


def _attempt(path: Path, action: Callable[[], ImportPlan]) -> Outcome:
    try:
        return Outcome(path, plan=action())
    except (StoreError, OSError) as exc:
        return Outcome(path, error=exc)


def check_bundle(data_dir: Path, path: Path, passphrase: str | None, progress: Progress) -> Outcome:
    """The dry run of one file (in the job's thread)."""
    with Services(data_dir, verify=False) as services:
        return _attempt(
            path,
            lambda: services.bundles.import_bundle(
                path, dry_run=True, passphrase=passphrase, progress=progress
            ),
        )


@dataclass(frozen=True)
class ImportJob:
    data_dir: Path
    paths: tuple[Path, ...]
    skip_conflicts: bool = False
    passphrase: str | None = None

    def run(self, progress: Progress) -> tuple[list[Outcome], bool]:
        """Import the files one after another; returns what became of each file reached and
        whether a Cancel stopped it before the end (those files are untouched)."""
        outcomes: list[Outcome] = []
        total = len(self.paths) * STEPS
        with Services(self.data_dir, verify=False) as services:
            for number, path in enumerate(self.paths):
                step = _file_steps(progress, number, total)
                try:
                    step(0, 1)
                    outcome = _attempt(
                        path,
                        lambda path=path, step=step: services.bundles.import_bundle(
                            path,
                            skip_conflicts=self.skip_conflicts,
                            passphrase=self.passphrase,
                            progress=step,
                        ),
                    )
                except Cancelled:
                    services.bundles.finish_imports()
                    return outcomes, True
                outcomes.append(outcome)
            services.bundles.finish_imports()
        return outcomes, False


def _file_steps(progress: Progress, number: int, total: int) -> Progress:
    """The progress of file ``number`` as a part of the whole bar."""
    last = [number * STEPS]

    def step(done: int, of: int) -> None:
        if of > 0:  # (0, 0): checked, now merging
            last[0] = number * STEPS + min(STEPS - 1, done * STEPS // of)
        progress(last[0], total)

    return step


def dropped_files(paths: list[Path]) -> list[Path]:
    """The files dropped, a folder standing for the bundles in it."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == SUFFIX))
        else:
            found.append(path)
    return found
