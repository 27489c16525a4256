"""Exports of the responses themselves: CSV (with a codebook), Excel and JSON."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..reports.export_rows import ExportSummary
from ..reports.output import check_output_path
from ..store.aggregates import Filters
from ..store.store import Store

Progress = Callable[[int, int], None]
EXPORT_FORMATS = ("csv", "xlsx", "json")


def export_targets(output_format: str, path: Path) -> list[Path]:
    """Every file an export writes: a CSV export writes its codebook beside it."""
    if output_format == "csv":
        from ..reports.csv_export import codebook_path

        return [path, codebook_path(path)]
    return [path]


class ExportService:
    def __init__(self, store: Store):
        self._store = store

    def check_targets(self, output_format: str, path: Path, *, force: bool = False) -> None:
        """Refuse (``OutputError``) an output that cannot or must not be written."""
        if output_format not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {output_format!r}")
        for target in export_targets(output_format, path):
            check_output_path(target, force=force, protect=[self._store.data_dir])

    def export(
        self,
        output_format: str,
        filters: Filters,
        path: Path,
        *,
        force: bool = False,
        include_incomplete: bool = False,
        language: str = "en",
        progress: Progress | None = None,
    ) -> ExportSummary:
        """One row per selected response, in random order, to ``path`` (and its codebook):
        every file whole or none. An output path that must not be written is refused
        (``OutputError``) before any work; ``progress`` may raise ``Cancelled`` to stop."""
        self.check_targets(output_format, path, force=force)
        options = {"force": force, "progress": progress, "include_incomplete": include_incomplete}
        with self._store.snapshot():
            if output_format == "csv":
                from ..reports.csv_export import export_csv

                summary = export_csv(self._store, filters, path, **options)
            elif output_format == "json":
                from ..reports.json_export import export_json

                summary = export_json(self._store, filters, path, **options)
            else:
                from ..reports.xlsx_export import export_xlsx

                summary = export_xlsx(self._store, filters, path, language=language, **options)
        with self._store.transaction():
            self._store.audit.append("export", Path(path).name, _details(output_format, summary))
        return summary


def _details(output_format: str, summary: ExportSummary) -> dict:
    return {"format": output_format, "responses": summary.responses}
