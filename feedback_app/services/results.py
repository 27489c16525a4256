"""Results: the per-question statistics that the trainer's screens, the report command and
(next) the review window all read, from the same call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..reports.aggregate import QuestionResult, report
from ..reports.output import OutputError, atomic_output, check_output_path
from ..reports.report_json import render_json
from ..reports.report_text import TextReportHeading, render_text
from ..store.aggregates import Filters, completed_responses
from ..store.store import Store

Progress = Callable[[int, int], None]
REPORT_FORMATS = ("json", "text")


class NoResponsesError(OutputError):
    def __init__(self) -> None:
        super().__init__("no completed responses match these filters")


@dataclass(frozen=True)
class ReportDocument:
    """A rendered report: its text, and the file it was written to (None: not written)."""

    text: str
    completed_responses: int
    minimum_n: int
    path: Path | None = None


class ResultsService:
    def __init__(self, store: Store):
        self._store = store

    def minimum_group_size(self) -> int:
        return int(self._store.settings.get("minimum_group_size"))

    def completed_responses(self, filters: Filters) -> int:
        """How many completed responses the filters select."""
        return completed_responses(self._store.db, filters)

    def report(
        self,
        filters: Filters,
        group_by: str = "none",
        minimum_n: int | None = None,
        *,
        comments: bool = False,
        progress: Progress | None = None,
    ) -> list[QuestionResult]:
        """Statistics per (group, question), groups below ``minimum_n`` (default the setting)
        withheld everywhere."""
        return report(
            self._store, filters, group_by, minimum_n, comments=comments, progress=progress
        )

    def session_results(self, session_id: str) -> tuple[list[QuestionResult], int]:
        """One session's results, as its details show them, and the minimum group size."""
        minimum = self.minimum_group_size()
        return report(self._store, Filters(session_ids=(session_id,)), "none", minimum), minimum

    def check_output(self, path: Path, *, force: bool = False) -> None:
        """Refuse (``OutputError``) an output that cannot or must not be written."""
        check_output_path(path, force=force, protect=[self._store.data_dir])

    def write_report(
        self,
        filters: Filters,
        *,
        output_format: str = "text",
        group_by: str = "none",
        minimum_n: int | None = None,
        comments: bool = True,
        language: str = "en",
        output: Path | None = None,
        force: bool = False,
        progress: Progress | None = None,
    ) -> ReportDocument:
        """Render the report as JSON or text, question texts in ``language``, and write it to
        ``output`` (whole or not at all) when one is given. An output that must not be
        written, or an empty selection, is refused (``OutputError``) before any work."""
        if output_format not in REPORT_FORMATS:
            raise ValueError(f"unknown report format {output_format!r}")
        if output is not None:
            check_output_path(output, force=force, protect=[self._store.data_dir])
        total = self.completed_responses(filters)
        if total == 0:
            raise NoResponsesError()
        minimum = self.minimum_group_size() if minimum_n is None else minimum_n
        results = self.report(filters, group_by, minimum, comments=comments, progress=progress)
        if output_format == "json":
            text = render_json(results, language)
        else:
            text = render_text(results, TextReportHeading(total, group_by, minimum), language)
        if output is not None:
            with atomic_output(output, force=force, protect=[self._store.data_dir]) as temporary:
                temporary.write_text(text, encoding="utf-8")
        return ReportDocument(text, total, minimum, output)
