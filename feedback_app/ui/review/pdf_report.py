"""The PDF report of a set of filters: cover, headline figures and sentences, the agreement
chart, the tables per question, the comparisons by organisation and audience, and optionally
the comments.

Every number comes from the review service (the call behind ``feedback-app report``), so the
PDF shows the numbers the JSON report gives for the same filters, groups under the minimum
size withheld. Its words come from the translator installed for ``language``: the window's
interface language, or the command line's ``--language`` (``pdf_command`` installs it).
A4 portrait through ``QPdfWriter``; the text is real text in an embedded font, the charts are
vectors. The file is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ...services import Services
from ...services.documents import document_output
from ...services.results import NoResponsesError
from ...services.types import Filters, Overview
from .pdf_flow import RESOLUTION, Typography
from .pdf_pages import ReportData, lay_out, title
from .pdf_texts import questionnaire_name, selection

Progress = Callable[[int, int], None]
STEPS = 100
"""Progress is reported in these steps: reading the numbers first, then one part per page."""


@dataclass(frozen=True)
class PdfReport:
    """What was written: the file, its pages, and the responses and minimum it reports."""

    path: Path
    pages: int
    responses: int
    minimum: int


def write_pdf_report(
    services: Services,
    filters: Filters,
    path: Path,
    *,
    language: str = "en",
    question_language: str | None = None,
    comments: bool = False,
    minimum_n: int | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> PdfReport:
    """Write the PDF report of the completed responses ``filters`` select to ``path``.

    ``language`` is the report's language (its words come from the installed translator and
    its numbers are written the way that language writes them); the questions are quoted in
    ``question_language`` (default: ``language``). ``comments`` adds the free-text answers;
    ``minimum_n`` overrides the minimum group size setting. Refuses with ``OutputError`` a
    path that must not be written (an existing file without ``force``) and an empty
    selection, before any work; ``progress(done, total)`` may raise ``Cancelled``, and then
    nothing is written. Call it in the thread that opened ``services``.
    """
    services.results.check_output(Path(path), force=force)
    steps = _Steps(progress)
    text_language = question_language or language
    data = _read(services, filters, minimum_n, text_language, steps)
    document, pages = _render(data, language, text_language, comments, steps)
    with document_output(services.data_dir, Path(path), force=force) as temporary:
        temporary.write_bytes(document)
    services.audit.record_report(
        Path(path).name,
        {"format": "pdf", "responses": data.overview.headline.responses, "comments": comments},
    )
    return PdfReport(Path(path), pages, data.overview.headline.responses, data.overview.minimum)


class _Steps:
    """Maps the parts' own progress onto one scale of ``STEPS``."""

    def __init__(self, progress: Progress | None):
        self._progress = progress

    def part(self, start: int, end: int) -> Progress | None:
        if self._progress is None:
            return None
        report = self._progress

        def scaled(done: int, total: int) -> None:
            report(start + (end - start) * done // max(total, 1), STEPS)

        return scaled

    def at(self, done: int) -> None:
        if self._progress is not None:
            self._progress(done, STEPS)


def _read(
    services: Services,
    filters: Filters,
    minimum_n: int | None,
    text_language: str,
    steps: _Steps,
) -> ReportData:
    """The numbers from the review service (or, for another minimum, the report it is built
    on), and the words of the cover."""
    steps.at(0)
    if minimum_n is None or minimum_n == services.review.minimum:
        overview = services.review.overview(filters, progress=steps.part(0, 30))
        if overview.headline.responses == 0:
            raise NoResponsesError()
        steps.at(30)
        organisations = services.review.comparison(filters, "organisation")
        steps.at(35)
        audiences = services.review.comparison(filters, "audience")
    else:
        headline = services.review.headline(filters)
        if headline.responses == 0:
            raise NoResponsesError()
        results = services.results.report(
            filters, "none", minimum_n, comments=True, progress=steps.part(0, 30)
        )
        overview = Overview(filters, minimum_n, headline, results)
        organisations = services.results.report(filters, "organisation", minimum_n)
        steps.at(35)
        audiences = services.results.report(filters, "audience", minimum_n)
    steps.at(40)
    titles = {
        questionnaire_name(services, result.questionnaire_id, None, text_language)
        for result in overview.results
    }
    return ReportData(
        overview,
        organisations,
        audiences,
        sorted(titles),
        selection(services, filters, text_language),
        date.today().isoformat(),
    )


def _render(
    data: ReportData, language: str, text_language: str, comments: bool, steps: _Steps
) -> tuple[bytes, int]:
    """The whole PDF in memory, and its number of pages: a cancelled or failed drawing
    leaves no file behind, and nothing holds the file open while it is renamed."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setCreator("feedback-app")
    writer.setTitle(title())
    flow, footer = lay_out(Typography(writer), data, language, text_language, comments)
    steps.at(50)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be drawn")
    try:
        pages = flow.paint(painter, writer.newPage, footer, steps.part(50, STEPS))
    finally:
        painter.end()
    return bytes(buffer.data()), pages
