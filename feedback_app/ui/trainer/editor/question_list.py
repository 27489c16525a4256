"""The questions in order, under their sections, with add, remove and move up/down."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ....domain.questionnaire import QUESTION_TYPES, pick
from ...widgets.fit import scaled
from ...widgets.flow import FlowLayout
from .draft import QuestionnaireDraft
from .labels import type_name
from .question_draft import given
from .type_settings import MIN_TARGET

#: The lowest row of a question (two lines and room to touch it), at 100 % text.
QUESTION_ROW = 56
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING_BACKGROUND = QColor("#fff1cc")


class QuestionList(QWidget):
    """Shows the draft; the editor changes the draft and calls ``show_draft`` again."""

    selection_changed = Signal()
    add_requested = Signal(str)
    remove_requested = Signal()
    move_requested = Signal(int)

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("question_list_panel")
        self._language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("question_list")
        self.list.setAccessibleName(self.tr("Questions"))
        self.list.setWordWrap(True)  # a long question takes more lines, never "…"
        self.list.setItemDelegate(_RowDelegate(self.list))
        self.list.currentRowChanged.connect(lambda _row: self._current_changed())
        layout.addWidget(self.list, 1)
        self.add_type = QComboBox(self)
        self.add_type.setObjectName("add_question_type")
        self.add_type.setAccessibleName(self.tr("Type of the new question"))
        self.add_type.setMinimumHeight(MIN_TARGET)
        for qtype in QUESTION_TYPES:
            self.add_type.addItem(type_name(qtype), qtype)
        self.add_button = self._button("add_question_button", self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add a question of the chosen type"))
        self.add_button.clicked.connect(
            lambda: self.add_requested.emit(self.add_type.currentData())
        )
        self.up_button = self._button("move_up_button", self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button = self._button("move_down_button", self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        self.remove_button = self._button("remove_question_button", self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_requested.emit)
        adding = QHBoxLayout()
        adding.addWidget(self.add_type, 1)
        adding.addWidget(self.add_button)
        layout.addLayout(adding)
        moving = FlowLayout(spacing=6)  # the buttons keep their width and wrap when narrow
        for button in (self.up_button, self.down_button, self.remove_button):
            moving.addWidget(button)
        layout.addLayout(moving)
        self._current_changed()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        return button

    # -- showing ---------------------------------------------------------------------------
    def show_draft(self, draft: QuestionnaireDraft, question: int | None = None) -> None:
        """List the sections and questions, selecting question ``question`` (if given)."""
        self.list.blockSignals(True)
        self.list.clear()
        section = None
        for index, q in enumerate(draft.questions):
            if q.section != section:
                section = q.section
                self._add_section(section)
            item = QListWidgetItem()
            item.setData(KIND_ROLE, "question")
            item.setData(KEY_ROLE, index)
            self.list.addItem(item)
        self.refresh_labels(draft)
        if question is not None:
            self.select_question(question)
        self.list.blockSignals(False)
        self._current_changed()

    def _add_section(self, section_id: str) -> None:
        item = QListWidgetItem()
        item.setData(KIND_ROLE, "section")
        item.setData(KEY_ROLE, section_id)
        font = QFont(self.list.font())
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(QColor("#4a5b6d")))
        self.list.addItem(item)

    def refresh_labels(self, draft: QuestionnaireDraft) -> None:
        """Update the wording of every row (ids, texts and missing translations change)."""
        language = self._language if self._language in draft.languages else draft.default_language
        position = 0
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KIND_ROLE) == "section":
                key = item.data(KEY_ROLE)
                item.setText(pick(given(draft.section(key).title), language, key).upper())
                continue
            position += 1
            index = item.data(KEY_ROLE)
            q = draft.questions[index]
            text = pick(given(q.text), language, "…")
            missing = draft.missing_in_question(index)
            detail = f"{q.id or '?'}  ·  {type_name(q.type)}"
            if missing:
                detail += "  ·  ⚠ " + self.tr("%1 missing").replace("%1", str(missing))
            item.setText(f"{position}. {text}\n     {detail}")
            item.setToolTip(text)
            item.setBackground(QBrush(MISSING_BACKGROUND) if missing else QBrush())

    def select_question(self, index: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(KIND_ROLE) == "question" and item.data(KEY_ROLE) == index:
                self.list.setCurrentRow(row)
                return

    def current(self) -> tuple[str, int | str] | None:
        """("question", index) or ("section", id) of the selected row, if any."""
        item = self.list.currentItem()
        if item is None:
            return None
        return item.data(KIND_ROLE), item.data(KEY_ROLE)

    def current_question(self) -> int | None:
        current = self.current()
        return int(current[1]) if current and current[0] == "question" else None

    def _current_changed(self) -> None:
        has = self.current_question() is not None
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)
        self.selection_changed.emit()


class _RowDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text, and never lower than a finger needs."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: ANN001, N802
        hint = super().sizeHint(option, index)
        lowest = QUESTION_ROW if index.data(KIND_ROLE) == "question" else MIN_TARGET
        return QSize(hint.width(), max(hint.height() + 8, scaled(lowest)))
