"""*Export report…* of the review window: the PDF of what the filters select, written off the
GUI thread by the same function as ``feedback-app report --format pdf``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...services import Services
from ...services.types import Filters
from ..jobs import BackgroundJob, Progress
from ..widgets.errors import show_warning
from .pdf_report import PdfReport, write_pdf_report


@dataclass(frozen=True)
class PdfJob:
    data_dir: Path
    filters: Filters
    path: Path
    language: str

    def run(self, progress: Progress) -> PdfReport:
        with Services(self.data_dir, verify=False) as services:
            return write_pdf_report(
                services,
                self.filters,
                self.path,
                language=self.language,
                force=True,  # the file dialog has asked before replacing a file
                progress=progress,
            )


class ReportExporter(QObject):
    """Asks where to save, writes the PDF in the background, says where it went."""

    finished = Signal(str)  # the message shown, in the interface language

    def __init__(self, parent: QWidget, data_dir: Path, language: str):
        super().__init__(parent)
        self._parent = parent
        self._data_dir = data_dir
        self._language = language
        self.job: BackgroundJob | None = None
        self.message: QMessageBox | None = None

    def export(self, filters: Filters) -> None:
        if self.job is not None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        suggested = Path(folder) / f"feedback-report-{date.today().isoformat()}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Export report"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        job = PdfJob(self._data_dir, filters, path, self._language)
        self.job = BackgroundJob(
            job.run,
            self._parent,
            title=self.tr("Export report"),
            label=self.tr("Writing the PDF report…"),
        )
        self.job.succeeded.connect(self._written)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(lambda: self._end(None))
        self.job.start()

    def _written(self, report: PdfReport) -> None:
        text = (
            self.tr("The report was saved in %1 (%2 pages).")
            .replace("%1", str(report.path))
            .replace("%2", str(report.pages))
        )
        self._end(text)
        self.message = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Export report"), text, parent=self._parent
        )
        self.message.setObjectName("report_saved")
        self.message.open()

    def _failed(self, text: str) -> None:
        self._end(text)
        self.message = show_warning(self._parent, self.tr("Export report"), text)

    def _end(self, text: str | None) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        if text is not None:
            self.finished.emit(text)

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.shutdown()
            self.job = None
