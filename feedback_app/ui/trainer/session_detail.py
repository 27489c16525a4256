"""One session's details, response count and per-question results (minimum group size kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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
from ..widgets.numbers import decimal
from .labels import audience_label, format_date


class SessionDetail(QFrame):
    COL_QUESTION, COL_N, COL_AGREE, COL_MEAN = range(4)
    export_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("session_detail")
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
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
        counts = QHBoxLayout()  # how many answered, and whether more can: one line
        counts.setSpacing(16)
        counts.addWidget(self._values["responses"])
        counts.addWidget(self._values["status"], 1)
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
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.results.resizeRowsToContents())
        self.chart = DivergingChart(self, compact=True)
        self._chart_left = False  # the table was shown because there was nothing to draw
        self.views = QTabWidget(self)
        self.views.setObjectName("results_views")
        self.views.addTab(self.chart, self.tr("Chart"))
        self.views.addTab(self.results, self.tr("Table"))
        layout.addSpacing(6)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.results_note)

    def show_session(
        self, session: Session, results: list[QuestionResult], minimum_n: int, language: str
    ) -> None:
        self.title.setText(session.title)
        expected = session.expected_participants
        count = self.tr("%n completed response(s)", "", session.completed_responses)
        if expected:
            count += " " + self.tr("(%1 expected)").replace("%1", str(expected))
        meta = [
            format_date(session.session_date),
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
                agree = decimal(stats.top2_pct, 1, language)
                cells += [
                    f"{agree} %" if stats.top2_pct is not None else "–",
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
        self.results.resizeRowsToContents()
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
