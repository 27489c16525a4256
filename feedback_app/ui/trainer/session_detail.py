"""One session's details, response count and per-question results (minimum group size kept)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.questionnaire import pick
from ...domain.statistics import ChoiceStats, ScaleStats
from ...services.types import QuestionResult, Session
from ..i18n import LANGUAGE_NAMES
from ..review.charts import DivergingChart
from ..review.figures import scale_items
from ..widgets.dates import format_date
from ..widgets.fit import scroll_area
from ..widgets.flow import FlowLayout
from ..widgets.numbers import decimal, percent
from .labels import audience_label


class SessionDetail(QFrame):
    COL_QUESTION, COL_N, COL_AGREE, COL_MEAN = range(4)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("session_detail")
        self.setProperty("role", "card")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(2, 2, 2, 2)  # inside the card's rounded border
        self.body = QWidget(self)
        self.body.setObjectName("detail_body")
        self.scroll = scroll_area(self.body, self, "detail_scroll")
        outer.addWidget(self.scroll)
        self._scrolls = True
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(18, 8, 18, 8)
        layout.setSpacing(4)
        self.title = QLabel(self)
        self.title.setObjectName("detail_title")
        self.title.setProperty("role", "lead")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setAccessibleName(self.tr("Export responses"))
        self.export_button.setToolTip(
            self.tr("Save this session's responses as a CSV file or an Excel workbook")
        )
        self.export_button.clicked.connect(self.export_requested.emit)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        self._values: dict[str, QLabel] = {}
        for key in ("meta", "trainers", "responses", "status", "origin"):
            value = QLabel(self)
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            self._values[key] = value
        self._values["responses"].setWordWrap(False)
        counts = FlowLayout(spacing=16)  # how many answered, and whether more can: one line
        counts.addWidget(self._values["responses"])
        counts.addWidget(self._values["status"])
        layout.addWidget(self._values["meta"])
        layout.addWidget(self._values["trainers"])
        layout.addLayout(counts)
        layout.addWidget(self._values["origin"])
        self.results_note = QLabel(self)
        self.results_note.setObjectName("results_note")
        self.results_note.setProperty("role", "hint")
        self.results_note.setWordWrap(True)
        self.results = QTableWidget(0, 4, self)
        self.results.setObjectName("results_table")
        self.results.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("n"), self.tr("Top 2"), self.tr("Mean")]
        )
        self.results.horizontalHeaderItem(self.COL_AGREE).setToolTip(
            self.tr("Share of answers in the two highest points of the scale")
        )
        self.results.verticalHeader().hide()
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.results.setWordWrap(True)
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_later = QTimer(self)  # once the columns have their widths
        self._fit_later.setSingleShot(True)
        self._fit_later.setInterval(0)
        self._fit_later.timeout.connect(self._fit_results)
        header.sectionResized.connect(lambda *_: self._fit_later.start())
        self.results.viewport().installEventFilter(self)
        self.chart = DivergingChart(self, compact=True)
        self._chart_left = False  # the table was shown because there was nothing to draw
        self.views = QTabWidget(self)
        self.views.setObjectName("results_views")
        self.views.addTab(self.chart, self.tr("Chart"))
        self.views.addTab(self.results, self.tr("Table"))
        self._table_height = 0
        self.views.currentChanged.connect(lambda _index: self._fit_views())
        layout.addSpacing(2)
        layout.addWidget(self.views)
        layout.addWidget(self.results_note)
        layout.addStretch(1)

    # -- fitting ---------------------------------------------------------------------------
    def set_scrolls(self, scrolls: bool) -> None:
        """Scroll inside the card (beside the list), or be as tall as everything in it (under
        the list, where the whole home scrolls)."""
        self._scrolls = scrolls
        bars = Qt.ScrollBarPolicy
        self.scroll.setVerticalScrollBarPolicy(
            bars.ScrollBarAsNeeded if scrolls else bars.ScrollBarAlwaysOff
        )
        self._fit_height()

    def _fit_height(self) -> None:
        if self._scrolls:
            self.setMinimumHeight(0)
            return
        width = self.scroll.viewport().width()
        body = self.body.layout()
        needed = body.totalHeightForWidth(width) if body.hasHeightForWidth() else -1
        needed = max(needed, body.totalMinimumSize().height())
        self.setMinimumHeight(needed + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.results.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_later.start()  # a narrower question column wraps onto more lines
        return False

    def _fit_results(self) -> None:
        """Rows as tall as their wrapped question, the table as tall as all its rows: every
        result shows, with no scroll bar of its own."""
        table = self.results
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        header = table.horizontalHeader().sizeHint().height()
        self._table_height = header + rows + 2 * table.frameWidth()
        self._fit_views()

    def _fit_views(self) -> None:
        """The tabs as tall as the page shown (the table's height would stretch the chart)."""
        shown = self.views.currentWidget()
        for page in (self.chart, self.results):
            policy = QSizePolicy.Policy.Preferred if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.results.setMinimumHeight(self._table_height if shown is self.results else 0)
        self.results.setMaximumHeight(self._table_height if shown is self.results else 16777215)
        self.views.updateGeometry()
        self._fit_height()

    def show_session(
        self, session: Session, results: list[QuestionResult], minimum_n: int, language: str
    ) -> None:
        self.title.setText(session.title)
        expected = session.expected_participants
        count = self.tr("%n completed response(s)", "", session.completed_responses)
        if expected:
            count += " " + self.tr("(%1 expected)").replace("%1", str(expected))
        meta = [
            format_date(session.session_date, language),
            session.organisation,
            audience_label(session.audience) if session.audience else "",
            session.location,
            LANGUAGE_NAMES.get(session.default_language, ""),
        ]
        self._values["meta"].setText("  ·  ".join(part for part in meta if part))
        trainers = session.trainers
        self._values["trainers"].setText(self.tr("Trainers: %1").replace("%1", trainers))
        self._values["trainers"].setVisible(bool(trainers))
        self._values["responses"].setText(count)
        self._values["status"].setText(
            self.tr("Closed: accepts no responses") if session.closed else self.tr("Open")
        )
        origin = self._values["origin"]
        origin.setText(self.tr("From another laptop (%1)").replace("%1", session.laptop[:8]))
        origin.setToolTip(session.laptop)
        origin.setVisible(session.imported)
        self.export_button.setEnabled(session.completed_responses > 0)
        self._show_results(results, minimum_n, language)

    def _show_results(self, results: list[QuestionResult], minimum_n: int, language: str) -> None:
        shown = [r for r in results if isinstance(r.stats, ScaleStats | ChoiceStats)]
        agreement = scale_items(results, ("likert",))
        self.chart.set_items(agreement, language, minimum_n)
        self.views.setTabEnabled(0, bool(agreement))
        if not agreement:
            self.views.setCurrentIndex(1)  # no agreement item to draw: the table it is
        elif not self.views.isTabEnabled(self.views.currentIndex()) or self._chart_left:
            self.views.setCurrentIndex(0)
        self._chart_left = not agreement
        self.results.setRowCount(len(shown))
        withheld = self.tr("fewer than %1 responses").replace("%1", str(minimum_n))
        for row, result in enumerate(shown):
            stats = result.stats
            cells = [pick(result.question.text, language), str(stats.n)]
            if stats.suppressed:
                cells += [withheld, ""]
            elif isinstance(stats, ScaleStats):
                cells += [
                    percent(stats.top2_pct, language),
                    decimal(stats.mean, 2, language),
                ]
            else:
                cells += ["", ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.results.setItem(row, column, item)
            if stats.suppressed:
                self.results.setSpan(row, self.COL_AGREE, 1, 2)
        self._fit_results()
        self.views.setVisible(bool(shown))
        if not shown:
            self.results_note.setText(
                self.tr(
                    "No completed responses yet: the results appear here as participants answer."
                )
            )
            return
        self.results_note.setText(
            self.tr(
                "Results count completed responses only. Below %1 responses no percentage "
                "or average is shown, to protect the participants' anonymity."
            ).replace("%1", str(minimum_n))
        )

    def cell(self, row: int, column: int) -> str:
        item = self.results.item(row, column)
        return item.text() if item else ""
