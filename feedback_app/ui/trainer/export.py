"""Exporting one session's responses to CSV or Excel, off the GUI thread, with progress.

The export runs in a worker thread with its own connection to the database (an SQLite
connection belongs to the thread that opened it). A progress dialog shows how far it is; Cancel
stops it, and the export writers then remove their temporary file, so a cancelled export never
leaves a half-written file behind.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from ...store import Session

FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class ExportJob:
    data_dir: Path
    session_id: str
    path: Path
    format: str


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, job: ExportJob):
        super().__init__()
        self._job = job
        self._stop = threading.Event()

    def stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        from ...reports.output import Cancelled
        from ...store import Store

        try:
            store = Store(self._job.data_dir)
        except Exception as exc:  # noqa: BLE001 - shown to the trainer, never a crash
            self.failed.emit(str(exc))
            return
        try:
            summary = _export(store, self._job, self._progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - a full disk or a locked file: say so
            self.failed.emit(_describe(exc))
        else:
            self.finished.emit(summary.responses)
        finally:
            store.close()

    def _progress(self, done: int, total: int) -> None:
        from ...reports.output import Cancelled

        if self._stop.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)


def _export(store: Any, job: ExportJob, progress: Any) -> Any:
    from ...store.aggregates import Filters

    filters = Filters(session_ids=(job.session_id,))
    if job.format == "xlsx":
        from ...reports.xlsx_export import export_xlsx

        return export_xlsx(store, filters, job.path, force=True, progress=progress)
    from ...reports.csv_export import export_csv

    return export_csv(store, filters, job.path, force=True, progress=progress)


def _describe(exc: Exception) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror
    return str(exc)


class SessionExporter(QObject):
    """Asks where to save, runs the export with a progress dialog, and tells how it went."""

    done = Signal(str)  # the message shown at the end, for tests and the status line

    def __init__(self, data_dir: Path, parent: QWidget):
        super().__init__(parent)
        self._data_dir = Path(data_dir)
        self._parent = parent
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._job: ExportJob | None = None
        self._closing = False
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None

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
            self.start(ExportJob(self._data_dir, session.id, *chosen))

    def start(self, job: ExportJob) -> None:
        if self._thread is not None:
            return
        self._job = job
        self.progress = QProgressDialog(
            self.tr("Exporting responses…"), self.tr("Cancel"), 0, 0, self._parent
        )
        self.progress.setObjectName("export_progress")
        self.progress.setWindowTitle(self.tr("Export responses"))
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self._worker = _Worker(job)
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        # Slots of this object, not lambdas: the worker emits from its thread, and only a
        # receiver living in the GUI thread makes Qt deliver the signal there (queued).
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)
        self.progress.canceled.connect(self._worker.stop)
        self._thread.start()

    def shutdown(self) -> None:
        """Stop a running export and wait for it (the window is closing): its temporary file
        is removed, nothing half-written stays, and no thread outlives the window."""
        self._closing = True
        if self._worker is not None:
            self._worker.stop()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
            self._worker = None

    def running(self) -> bool:
        return self._thread is not None

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.stop()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    @Slot(int)
    def _on_finished(self, responses: int) -> None:
        self._end(self._finished_text(self._job, responses), False)

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
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread = None
        self._worker = None
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        if self._closing:
            return
        icon = QMessageBox.Icon.Warning if failed else QMessageBox.Icon.Information
        self.message = QMessageBox(icon, self.tr("Export responses"), text, parent=self._parent)
        self.message.setObjectName("export_message")
        self.message.open()
        self.done.emit(text)


def _slug(title: str) -> str:
    kept = "".join(c if c.isalnum() else "-" for c in title.lower())
    return "-".join(part for part in kept.split("-") if part)[:40] or "export"
