"""``feedback-app report --format pdf``: the PDF report from the command line, without a window.

Qt needs an application object to draw text; the command makes one when none exists, on the
offscreen platform when there is no display (a server, a scheduled job, the tests), and
installs the translator of the report's language for the time of the report only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from ...services import Services
from ...services.types import Filters
from ..i18n import Translations
from .pdf_report import PdfReport, Progress, write_pdf_report

_application: object | None = None
"""The application the command made, kept alive for the process."""


def ensure_qt() -> None:
    """An application object for Qt's fonts and painting, offscreen without a display."""
    global _application
    if QCoreApplication.instance() is not None:
        return
    headless = not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    )
    if sys.platform.startswith("linux") and headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    _application = QApplication(sys.argv[:1])


def pdf_from_command(
    services: Services,
    filters: Filters,
    path: Path,
    *,
    language: str,
    question_language: str | None = None,
    comments: bool = False,
    minimum_n: int | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> PdfReport:
    """:func:`write_pdf_report` in ``language``, its translator installed only meanwhile."""
    ensure_qt()
    translations = Translations()
    locale = QLocale()
    translations.install(language)
    try:
        return write_pdf_report(
            services,
            filters,
            path,
            language=language,
            question_language=question_language,
            comments=comments,
            minimum_n=minimum_n,
            force=force,
            progress=progress,
        )
    finally:
        translations.uninstall()
        QLocale.setDefault(locale)
