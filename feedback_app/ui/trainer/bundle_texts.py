"""The sentences of the import dialog: what a file would add, why it was refused, the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...services.types import ImportPlan
from ...store.errors import StoreError
from ..widgets.dates import format_date
from ..widgets.errors import error_text
from ..widgets.numbers import count

if TYPE_CHECKING:
    from .bundle_table import BundleFile


class BundleTexts(QObject):
    def importing(self, name: str, number: int, total: int) -> str:
        return (
            self.tr("Importing %1 (file %2 of %3)…")
            .replace("%1", name)
            .replace("%2", str(number))
            .replace("%3", str(total))
        )

    def refused(self, error: BaseException | None) -> str:
        if isinstance(error, StoreError):
            return error_text(error, with_file=False)
        if isinstance(error, FileNotFoundError):
            return self.tr("The file is no longer there. Add it again from where it is now.")
        if isinstance(error, OSError):
            return self.tr(
                "The file cannot be read (%1). Check that it is still there and that you may "
                "read it."
            ).replace("%1", error.strerror or str(error))
        return str(error or "")

    def plan_cells(self, plan: ImportPlan | None, this_laptop: str) -> list[str]:
        """Laptop, date handed over, new sessions, new responses, already here, conflicts."""
        if plan is None:
            return [""] * 6
        laptop = self.tr("This laptop") if plan.laptop == this_laptop else plan.laptop[:8]
        sessions = str(plan.new_sessions)
        if plan.updated_sessions:
            sessions += " " + self.tr("(+%1 updated)").replace("%1", str(plan.updated_sessions))
        return [
            laptop,
            format_date(plan.exported_on),
            sessions,
            count(plan.new_completed),
            count(plan.duplicates + plan.deleted_here),  # deleted here: they stay deleted
            count(plan.conflict_count),
        ]

    def status(self, item: BundleFile, skip_conflicts: bool) -> str:
        if item.state == "waiting":
            return self.tr("Waiting to be checked")
        if item.state == "checking":
            if item.percent is None:
                return self.tr("Checking…")
            return self.tr("Checking… %1 %").replace("%1", str(item.percent))
        plan = item.plan
        assert plan is not None
        if item.state == "imported":
            return self._imported(plan)
        if plan.conflict_count:
            if skip_conflicts:
                return self.tr("Ready to import; the conflicting records stay as they are here.")
            return self.tr(
                "Has records that differ from those stored here: imported only with the box "
                "below ticked."
            )
        if not plan.changes_anything:
            return self.tr("Nothing new: all of it is here already.")
        return self.tr("Ready to import")

    def _imported(self, plan: ImportPlan) -> str:
        if not plan.imported:
            return self.tr("Nothing new: all of it was here already.")
        text = self.tr("Imported")
        if plan.conflict_count:
            text += "; " + self.tr("the conflicting records stay as they are here")
        if plan.older_sessions:
            text += "; " + self.tr(
                "%n session(s) already here in a later edit", "", plan.older_sessions
            )
        return text + "."

    def preview_summary(
        self, files: list[BundleFile], ready: list[BundleFile], checking: bool
    ) -> str:
        if not files:
            return self.tr("No files yet: add the files the trainers handed over.")
        if checking:
            return self.tr("Checking the files…")
        plans = [f.plan for f in ready if f.plan is not None]
        if not plans:
            if any(f.state == "ready" and f.plan and f.plan.conflict_count for f in files):
                return self.tr(
                    "Nothing to import yet: tick the box above to import the files with conflicts."
                )
            return self.tr("Nothing to import: add more files.")
        return self.tr("Ready to import from %n file(s): %1.", "", len(plans)).replace(
            "%1", self._added(plans)
        )

    def import_summary(self, plans: list[ImportPlan], refused: int, cancelled: bool) -> str:
        done = [p for p in plans if p.imported]
        if done:
            text = self.tr("Imported from %n file(s): %1.", "", len(done)).replace(
                "%1", self._added(done)
            )
        else:
            text = self.tr("Nothing new was imported.")
        unchanged = len(plans) - len(done)
        if unchanged:
            text += " " + self.tr("%n file(s) held nothing new.", "", unchanged)
        if refused:
            text += " " + self.tr("%n file(s) refused: the list says why.", "", refused)
        if cancelled:
            text += " " + self.tr("Cancelled: the files not marked imported were left out.")
        return text

    def _added(self, plans: list[ImportPlan]) -> str:
        sessions = sum(p.new_sessions for p in plans)
        responses = sum(p.new_completed for p in plans)
        return (
            self.tr("%1 and %2")
            .replace("%1", self.tr("%n new session(s)", "", sessions))
            .replace("%2", self.tr("%n new response(s)", "", responses))
        )
