"""The project manager's review window: filters, headline figures, the agreement chart, the
comparison by organisation or audience, the trend by month and the comments.

A change of filter is recomputed off the GUI thread once the changes pause (``DEBOUNCE_MS``);
every request gets a serial number, and a part of an answer is shown only if no newer request
asked for that part, so a slow old answer never covers a newer one. Every number comes from
the review service, whose figures are those of ``feedback-app report`` for the same filters.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.questionnaire import Questionnaire
from ...services import Services
from ...services.types import FilterChoices, Overview, QuestionResult
from ..jobs import QuietJob
from ..widgets.fit import scaled, scroll_area
from ..widgets.flow import FlowLayout
from ..widgets.notice import notice_label
from .charts import DivergingChart
from .comments import CommentsBrowser, TextQuestion
from .comparison import ComparisonView
from .export_report import ReportExporter
from .figures import ItemKey, scale_items, trend_points
from .filters import FilterBar
from .headline import HeadlineFigures, HeadlineSentences
from .trend import TrendView
from .work import PARTS, ReviewAnswer, ReviewRequest

DEBOUNCE_MS = 150


class ReviewWindow(QWidget):
    def __init__(self, services: Services, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("review_window")
        self.setWindowTitle(self.tr("Review results"))
        self._services = services
        self._language = language
        self._serial = 0
        self._latest: dict[str, int] = {}
        self._jobs: dict[QuietJob, tuple[int, frozenset[str]]] = {}
        self._overview: Overview | None = None
        self._comments_stale = False
        """the filters changed while the comments were not shown: read them when they are"""
        self._comparison: list[QuestionResult] | None = None
        self._text_questions: list[TextQuestion] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(lambda: self.request(PARTS))
        self._build()
        self.reload()

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        """One area that scrolls when large text needs more than the screen; the rows of
        filters, figures and buttons wrap instead of growing wider than the window."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget(self)
        body.setObjectName("review_body")
        outer.addWidget(scroll_area(body, self, "review_scroll"))
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        top = FlowLayout(spacing=8)
        heading = QLabel(self.tr("Review results"), self)
        heading.setProperty("role", "heading")
        top.addWidget(heading, Qt.AlignmentFlag.AlignVCenter)
        self.busy = QLabel(self.tr("Updating…"), self)
        self.busy.setObjectName("review_busy")
        self.busy.setProperty("role", "hint")
        top.addWidget(self.busy, Qt.AlignmentFlag.AlignVCenter)
        top.addStretch()
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("review_refresh")
        self.refresh_button.setToolTip(self.tr("Read the sessions and responses again"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        self.export_button = QPushButton(self.tr("Export report…"), self)
        self.export_button.setObjectName("review_export")
        self.export_button.setToolTip(self.tr("Save what the filters select as a PDF report"))
        self.exporter = ReportExporter(self, self._services.data_dir, self._language)
        self.export_button.clicked.connect(lambda: self.exporter.export(self.filter_bar.filters()))
        top.addWidget(self.export_button)
        layout.addLayout(top)
        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._filters_changed)
        layout.addWidget(self.filter_bar)
        self.figures = HeadlineFigures(self)
        layout.addWidget(self.figures)
        self.notice = notice_label(self, "review_notice")
        layout.addWidget(self.notice)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("review_tabs")
        self.tabs.addTab(self._overview_tab(), self.tr("Agreement"))
        self.comparison = ComparisonView(self)
        self.comparison.group_by_changed.connect(lambda: self.request({"comparison"}))
        self.tabs.addTab(self.comparison, self.tr("Comparison"))
        self.trend = TrendView(self)
        self.trend.item_chosen.connect(lambda _key: self.request({"trend"}))
        self.tabs.addTab(self.trend, self.tr("Trend"))
        self.comments = CommentsBrowser(self)
        self.comments.requested.connect(lambda: self.request({"comments"}))
        self.tabs.addTab(self.comments, self.tr("Comments"))
        self.tabs.currentChanged.connect(self._tab_shown)
        self.tabs.setMinimumHeight(scaled(420))  # a chart needs room, even if the page scrolls
        layout.addWidget(self.tabs, 1)

    def _overview_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(8, 8, 8, 8)
        self.chart = DivergingChart(tab)
        layout.addWidget(self.chart, 1)
        self.sentences = HeadlineSentences(tab)
        layout.addWidget(self.sentences)
        self.withheld_note = QLabel(tab)
        self.withheld_note.setObjectName("withheld_note")
        self.withheld_note.setProperty("role", "hint")
        self.withheld_note.setWordWrap(True)
        layout.addWidget(self.withheld_note)
        return tab

    # -- choices and requests --------------------------------------------------------------
    def reload(self) -> None:
        """Read what the filters can be set to, then recompute everything."""
        choices = self._services.review.choices()
        self.filter_bar.set_choices(choices, self._latest_questionnaires(choices), self._language)
        self._text_questions = self._find_text_questions(choices)
        self._offer_comment_questions()
        self.request(PARTS)

    def _latest_questionnaires(self, choices: FilterChoices) -> list[Questionnaire]:
        newest: dict[str, int] = {}
        for info in choices.questionnaires:
            newest[info.id] = max(newest.get(info.id, 0), info.version)
        return [self._services.questionnaires.get(qid, v) for qid, v in newest.items()]

    def _find_text_questions(self, choices: FilterChoices) -> list[TextQuestion]:
        """The text questions of every version answered, newest wording first."""
        found: dict[tuple[str, str], TextQuestion] = {}
        answered = [info for info in choices.questionnaires if info.responses]
        for info in sorted(answered, key=lambda i: (i.id, -i.version)):
            for question in self._services.questionnaires.get(info.id, info.version).questions:
                if question.type == "text":
                    found.setdefault((info.id, question.id), (info.id, question))
        return list(found.values())

    def _offer_comment_questions(self) -> None:
        qid = self.filter_bar.filters().questionnaire_id
        offered = [(q, question) for q, question in self._text_questions if qid in (None, q)]
        self.comments.set_questions(offered, self._language)

    def _filters_changed(self) -> None:
        self._offer_comment_questions()
        self._debounce.start()

    def request(self, parts) -> None:  # noqa: ANN001
        """Compute ``parts`` for the current filters and choices in the background; the
        comments in a job of their own, so the figures and charts never wait for them (on a
        large database reading every comment takes seconds)."""
        self._debounce.stop()
        parts = frozenset(parts)
        if "comments" in parts and self.tabs.currentWidget() is not self.comments:
            self._comments_stale = True  # read when the tab is opened
            parts = parts - {"comments"}
            if not parts:
                return
        if "comments" in parts and len(parts) > 1:
            self._start(parts - {"comments"})
            self._start(frozenset({"comments"}))
        else:
            self._start(parts)

    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.comments and self._comments_stale:
            self._comments_stale = False
            self.request({"comments"})

    def _start(self, parts: frozenset[str]) -> None:
        self._serial += 1
        serial = self._serial
        parts = frozenset(parts)
        for part in parts:
            self._latest[part] = serial
        request = ReviewRequest(
            self._services.data_dir,
            self.filter_bar.filters(),
            parts,
            group_by=self.comparison.group_by(),
            trend_item=self.trend.chosen_item(),
            comment_question=self.comments.chosen_question(),
            comment_search=self.comments.search_text(),
        )
        job = QuietJob(request.run, self)
        job.succeeded.connect(lambda answer, job=job: self._answered(job, answer))
        job.failed.connect(lambda message, job=job: self._failed(job, message))
        job.cancelled.connect(lambda job=job: self._ended(job))
        self._jobs[job] = (serial, parts)
        self._cancel_superseded()
        self.busy.show()
        job.start()

    def _cancel_superseded(self) -> None:
        for job, (serial, parts) in self._jobs.items():
            if all(self._latest[part] > serial for part in parts):
                job.cancel()

    def _current(self, job: QuietJob, part: str) -> bool:
        serial, parts = self._jobs.get(job, (0, frozenset()))
        return part in parts and self._latest.get(part) == serial

    def busy_jobs(self) -> int:
        return len(self._jobs)

    def idle(self) -> bool:
        """Nothing waiting to be computed, nothing being computed."""
        return not (self._debounce.isActive() or self.comments.typing() or self._jobs)

    def _ended(self, job: QuietJob) -> None:
        self._jobs.pop(job, None)
        job.deleteLater()
        self.busy.setVisible(bool(self._jobs))

    def _failed(self, job: QuietJob, message: str) -> None:
        if any(self._current(job, part) for part in PARTS):
            text = self.tr("The results could not be computed: %1").replace("%1", message)
            self.notice.setText(text)
            self.notice.show()
        self._ended(job)

    def _answered(self, job: QuietJob, answer: ReviewAnswer) -> None:
        if self._current(job, "overview") and answer.overview is not None:
            self.notice.hide()
            self._show_overview(answer.overview)
        if self._current(job, "comparison") and answer.comparison is not None:
            self._comparison = answer.comparison
            self._show_comparison()
        if self._current(job, "trend") and answer.trend is not None:
            self._show_trend(answer.trend_item, answer.trend)
        if self._current(job, "comments") and answer.comments is not None:
            self.comments.show_page(answer.comments)
        self._ended(job)

    # -- showing ---------------------------------------------------------------------------
    def _show_overview(self, overview: Overview) -> None:
        language = self._language
        self._overview = overview
        self.figures.set_headline(overview.headline, language)
        self.chart.set_items(scale_items(overview.agreement_items, ("likert",)), language,
                             overview.minimum)  # fmt: skip
        self.sentences.set_overview(overview, language)
        withheld = any(getattr(r.stats, "suppressed", False) for r in overview.agreement_items)
        self.withheld_note.setText(
            self.tr(
                "Groups with fewer than %1 responses are withheld in every view: no average, "
                "share or comment of theirs is shown, only how many answered."
            ).replace("%1", str(overview.minimum))
        )
        self.withheld_note.setVisible(withheld or not overview.headline.responses)
        if not overview.headline.responses:
            self.withheld_note.setText(self.tr("No completed responses match these filters."))
        self.trend.set_choices(scale_items(overview.results), self.trend.chosen_item(), language)
        self._show_comparison()

    def _show_comparison(self) -> None:
        if self._overview is not None and self._comparison is not None:
            self.comparison.show_results(
                self._overview, self._comparison, self._language, self._overview.minimum
            )

    def _show_trend(self, key: ItemKey | None, results: list[QuestionResult]) -> None:
        overview = self._overview
        items = scale_items(overview.results) if overview is not None else []
        item = next((i for i in items if i.key == key), None)
        if overview is not None:
            self.trend.set_choices(items, key, self._language)
        minimum = overview.minimum if overview is not None else 5
        points = trend_points(results, key) if key is not None else []
        self.trend.set_points(item, points, self._language, minimum)

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop every computation (the window is closing)."""
        self._debounce.stop()
        self.exporter.shutdown()
        for job in list(self._jobs):
            job.shutdown()
            self._ended(job)
