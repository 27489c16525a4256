"""Asks for the id and title of a copy of a questionnaire."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ....domain.questionnaire import Questionnaire
from ....domain.validation import ID_PATTERN
from ...widgets.fit import dialog_body, fit_to_screen
from .labels import text_row_label
from .question_draft import Texts, given
from .text_grid import TextGrid
from .type_settings import MIN_TARGET


class DuplicateDialog(QDialog):
    """Once accepted, ``new_id`` and ``new_title`` hold what the trainer chose."""

    def __init__(
        self,
        source: Questionnaire,
        id_taken: Callable[[str], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("duplicate_dialog")
        self.setWindowTitle(self.tr("Duplicate questionnaire"))
        self._source = source
        self._id_taken = id_taken
        self._languages = list(source.languages)
        self.new_title: Texts = dict(source.title)
        self.new_id = ""
        layout = dialog_body(self)
        intro = QLabel(
            self.tr(
                "The copy starts as version 1 of a new questionnaire, with every question of "
                "“%1” version %2. The original stays as it is."
            )
            .replace("%1", source.title_in(self._languages[0]))
            .replace("%2", str(source.version)),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.id_edit = QLineEdit(self.suggested_id(), self)
        self.id_edit.setObjectName("duplicate_id")
        self.id_edit.setAccessibleName(self.tr("Id of the copy"))
        self.id_edit.setMinimumHeight(MIN_TARGET)
        form.addRow(self.tr("Id of the copy"), self.id_edit)
        self.id_error = self._error("error_duplicate_id")
        form.addRow("", self.id_error)
        layout.addLayout(form)
        self.title_texts = TextGrid(self._languages, self)
        self.title_texts.add_row("title", text_row_label("title", ""), self.new_title, True)
        layout.addWidget(self.title_texts)
        self.title_error = self._error("error_duplicate_title")
        layout.addWidget(self.title_error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Duplicate"))
        ok.setObjectName("duplicate_ok")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("duplicate_cancel")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.layout().addWidget(buttons)
        fit_to_screen(self, 860, 0)

    def suggested_id(self) -> str:
        base = f"{self._source.id}-copy"
        candidate, number = base, 2
        while self._id_taken(candidate):
            candidate, number = f"{base}{number}", number + 1
        return candidate

    def _error(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setProperty("role", "field_error")
        label.setWordWrap(True)
        label.hide()
        return label

    def error_text(self) -> str:
        return " ".join(
            label.text() for label in (self.id_error, self.title_error) if not label.isHidden()
        )

    def _accept(self) -> None:
        qid = self.id_edit.text().strip()
        id_problem = ""
        if not ID_PATTERN.match(qid):
            id_problem = self.tr(
                "Give an id of letters, digits, _ . or -, starting with a letter "
                "(at most 64 characters), e.g. border-course-2026."
            )
        elif self._id_taken(qid):
            id_problem = self.tr("A questionnaire with this id exists already: choose another.")
        title_problem = ""
        if len(given(self.new_title)) < len(self._languages):
            title_problem = self.tr("Give the title in every language.")
        for label, text in ((self.id_error, id_problem), (self.title_error, title_problem)):
            label.setText(text)
            label.setVisible(bool(text))
        if id_problem or title_problem:
            return
        self.new_id = qid
        self.new_title = given(self.new_title)
        self.accept()
