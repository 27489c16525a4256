"""Exporting one session's responses to CSV or Excel, off the GUI thread, with progress.

The export runs as a ``BackgroundJob`` with its own services (an SQLite connection belongs to
the thread that opened it). Cancel stops it at its next step and the export writers then
remove their temporary file, so a cancelled export never leaves a half-written file behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...services import Services
from ...services.types import ExportSummary, Filters, Session
from ..jobs import BackgroundJob, Progress

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class ExportJob:
    data_dir: Path
    session_id: str
    path: Path
    format: str
    language: str = "en"

    def run(self, progress: Progress) -> ExportSummary:
        """The whole export, in the job's thread."""
        with Services(self.data_dir, verify=False) as services:
            return services.exports.export(
                self.format,
                Filters(session_ids=(self.session_id,)),
                self.path,
                force=True,
                language=self.language,
                progress=progress,
            )


class SessionExporter(QObject):
    """Asks where to save, runs the export with a progress dialog, and tells how it went."""

    done = Signal(str)  # the message shown at the end, for tests and the status line

    def __init__(self, data_dir: Path, parent: QWidget, language: str = "en"):
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._parent = parent
        self._language = language
        self.job: BackgroundJob | None = None
        self._export: ExportJob | None = None
        self.message: QMessageBox | None = None

    @property
    def progress(self) -> QProgressDialog | None:
        """The running export's progress dialog."""
        return self.job.progress if self.job is not None else None

    def choose_path(self, session: Session) -> tuple[Path, str] | None:
        """Where to save and in which format; None when the trainer cancels."""
        csv_filter = self.tr("CSV for any spreadsheet (*.csv)")
        xlsx_filter = self.tr("Excel workbook with summary and chart (*.xlsx)")
        suggested = f"{session.session_date}-{_slug(session.title)}.xlsx"
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export responses"),
            str(Path.home() / suggested),
            f"{xlsx_filter};;{csv_filter}",
        )
        if not path:
            return None
        target = Path(path)
        fmt = "csv" if chosen == csv_filter else "xlsx"
        if target.suffix.lower() in (".csv", ".xlsx"):
            fmt = target.suffix.lower()[1:]
        else:
            target = target.with_name(f"{target.name}.{fmt}")
        return target, fmt

    def export(self, session: Session) -> None:
        chosen = self.choose_path(session)
        if chosen is not None:
            self.start(ExportJob(self._data_dir, session.id, *chosen, language=self._language))

    def start(self, export: ExportJob) -> None:
        if self.job is not None:
            return
        self._export = export
        self.job = BackgroundJob(
            export.run,
            self._parent,
            title=self.tr("Export responses"),
            label=self.tr("Exporting responses…"),
        )
        self.job.progress.setObjectName("export_progress")
        self.job.succeeded.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.job.start()

    def shutdown(self) -> None:
        """Stop a running export and wait for it (the window is closing): its temporary file
        is removed, nothing half-written stays, and no thread outlives the window."""
        if self.job is not None:
            self.job.shutdown()
            self._forget_job()

    def running(self) -> bool:
        return self.job is not None and self.job.running()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(object)
    def _on_finished(self, summary: ExportSummary) -> None:
        assert self._export is not None
        self._end(self._finished_text(self._export, summary.responses), False)

    @Slot(str)
    def _on_failed(self, reason: str) -> None:
        self._end(self._failed_text(reason), True)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end(self.tr("Export cancelled. No file was written."), False)

    def _finished_text(self, job: ExportJob, responses: int) -> str:
        text = self.tr("%n response(s) exported to %1.", "", responses).replace("%1", str(job.path))
        if job.format == "csv":
            codebook = job.path.with_name(f"{job.path.stem}.codebook.csv")
            text += " " + self.tr("The question texts and value labels are in %1.").replace(
                "%1", codebook.name
            )
        return text

    def _failed_text(self, reason: str) -> str:
        return self.tr(
            "The export failed: %1. Nothing was written; choose another folder or free some "
            "disk space, and try again."
        ).replace("%1", reason)

    def _end(self, text: str, failed: bool) -> None:
        self._forget_job()
        icon = QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information
        self.message = QMessageBox(icon, self.tr("Export responses"), text, parent=self._parent)
        self.message.setObjectName("export_message")
        self.message.open()
        self.done.emit(text)

    def _forget_job(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
            self.job = None


def _slug(title: str) -> str:
    kept = "".join(c if c.isalnum() else "-" for c in title.lower())
    return "-".join(part for part in kept.split("-") if part)[:40] or "export"
