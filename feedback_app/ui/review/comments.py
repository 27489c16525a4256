"""The comments browser: the free-text answers of the selection, searched and filtered by
question, in the random order the service gives them.

Only the words are shown: no session, date, language, organisation or position in a sequence,
nothing that could point at the writer. Below the minimum group size none is shown at all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.questionnaire import Question, pick
from ...services.types import CommentPage
from ..widgets.flow import FlowLayout
from ..widgets.numbers import count

#: How long typing may pause before the search runs.
SEARCH_DELAY_MS = 300
TextQuestion = tuple[str, Question]
"""(questionnaire id, question)"""


class CommentsBrowser(QWidget):
    """``requested`` asks the window for a page of comments for the current choices."""

    requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comments_browser")
        self._questions: list[TextQuestion] = []
        self._language = "en"
        self._page: CommentPage | None = None
        self.search = QLineEdit(self)
        self.search.setObjectName("comments_search")
        self.search.setAccessibleName(self.tr("Search the comments"))
        self.search.setPlaceholderText(self.tr("Search the comments…"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self.requested.emit)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.question = QComboBox(self)
        self.question.setObjectName("comments_question")
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question.setMinimumContentsLength(28)
        self.question.activated.connect(lambda _index: self.requested.emit())
        self.shuffle = QPushButton(self.tr("Another sample"), self)
        self.shuffle.setObjectName("comments_shuffle")
        self.shuffle.setToolTip(self.tr("Draw the comments again, in a new random order"))
        self.shuffle.clicked.connect(self.requested.emit)
        bar = FlowLayout(spacing=8, justify=True)  # wraps when large text leaves no room
        bar.addWidget(self.search)
        bar.addWidget(self.question)
        bar.addWidget(self.shuffle)
        self.summary = QLabel(self)
        self.summary.setObjectName("comments_summary")
        self.summary.setProperty("role", "hint")
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("comments_list")
        self.list.setAccessibleName(self.tr("Comments"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addStretch(0)  # keeps the summary on top while the list is hidden

    # -- choices ---------------------------------------------------------------------------
    def set_questions(self, questions: list[TextQuestion], language: str) -> None:
        """The text questions to filter by; keeps the chosen one when it is still there."""
        current = self.chosen_question()
        self._questions = list(questions)
        self._language = language
        self.question.blockSignals(True)
        self.question.clear()
        self.question.addItem(self.tr("All questions"), None)
        for qid, question in questions:
            text = pick(question.text, language, question.id)
            self.question.addItem(text, (qid, question.id))
            self.question.setItemData(self.question.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = self.question.findData(current) if current is not None else 0
        self.question.setCurrentIndex(max(index, 0))
        self.question.blockSignals(False)

    def chosen_question(self) -> tuple[str, str] | None:
        return self.question.currentData()

    def search_text(self) -> str:
        return self.search.text()

    def typing(self) -> bool:
        """A search waits for the typing to pause."""
        return self._typing.isActive()

    # -- the comments ----------------------------------------------------------------------
    def show_page(self, page: CommentPage) -> None:
        """The comments, grouped under their question when every question is shown."""
        self._page = page
        self.list.clear()
        if page.withheld:
            self.summary.setText(
                self.tr(
                    "The comments are withheld: the selection has fewer than %1 responses, "
                    "and a comment is a participant's own words."
                ).replace("%1", str(page.minimum))
            )
            self.list.hide()
            return
        self.list.show()
        self.summary.setText(self._summary(page))
        by_question: dict[tuple[str, str], list[str]] = {}
        for qid, question_id, text in page.comments:
            by_question.setdefault((qid, question_id), []).append(text)
        headed = self.chosen_question() is None
        for key in self._question_order(by_question):
            if headed:
                self._add_heading(key)
            for text in by_question[key]:
                item = QListWidgetItem(text, self.list)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def comments(self) -> list[str]:
        """The comment texts shown, in the order shown (headings left out)."""
        return [
            self.list.item(row).text()
            for row in range(self.list.count())
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) != "heading"
        ]

    def _summary(self, page: CommentPage) -> str:
        if not page.total:
            if self.search_text().strip():
                return self.tr("No comment contains “%1”.").replace("%1", self.search_text())
            return self.tr("No comments in this selection.")
        if len(page.comments) < page.total:
            return (
                self.tr("%1 of %2 comments, a random sample in random order.")
                .replace("%1", count(len(page.comments)))
                .replace("%2", count(page.total))
            )
        return self.tr("%n comment(s), in random order.", "", page.total)

    def _question_order(self, found: dict[tuple[str, str], list[str]]) -> list[tuple[str, str]]:
        known = [(qid, q.id) for qid, q in self._questions]
        return [key for key in known if key in found] + [key for key in found if key not in known]

    def _add_heading(self, key: tuple[str, str]) -> None:
        question = next((q for qid, q in self._questions if (qid, q.id) == key), None)
        text = pick(question.text, self._language, key[1]) if question else key[1]
        item = QListWidgetItem(text, self.list)
        item.setData(Qt.ItemDataRole.UserRole, "heading")
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
