"""The questionnaire editor: questions on the left, the selected one's fields on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....domain.anonymity import identifying_words
from ....domain.questionnaire import Questionnaire, QuestionnaireError
from ....domain.validation import parse_questionnaire
from ....services import Services
from ...focus import tab_after
from ...widgets.fit import bounded_minimum, fit_to_screen, scaled, scroll_area
from ...widgets.notice import notice_label
from .draft import QuestionnaireDraft
from .labels import missing_summary, save_outcome, text_row_label
from .preview import QuestionPreview
from .question_form import QuestionForm
from .question_list import QuestionList
from .section_form import SectionForm
from .text_grid import TextGrid


class QuestionnaireEditor(QDialog):
    """Edits a copy of one questionnaire version; nothing reaches the store before Save."""

    saved = Signal()

    def __init__(
        self,
        services: Services,
        questionnaire: Questionnaire,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("questionnaire_editor")
        self.setWindowTitle(self.tr("Edit questionnaire"))
        bounded_minimum(self, 980, 640)
        self._services = services
        self._language = language
        self.draft = QuestionnaireDraft.from_questionnaire(questionnaire)
        self.form: QuestionForm | SectionForm | None = None
        self.preview: QuestionPreview | None = None
        self.confirm: QMessageBox | None = None
        self._dirty = False
        self._build()
        self.questions.show_draft(self.draft, 0)
        self.questions.list.setFocus()
        self._update_status()
        fit_to_screen(self, 1280, 800)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        """Everything but the buttons at the foot scrolls when large text needs more room
        than the screen has; the list and the form stack when side by side is too narrow."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        body = QWidget(self)
        body.setObjectName("editor_body")
        outer.addWidget(scroll_area(body, self, "editor_scroll"), 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.info = QLabel(self)
        self.info.setObjectName("questionnaire_info")
        self.info.setProperty("role", "heading")
        layout.addWidget(self.info)
        self.title_texts = TextGrid(self.draft.languages, self)
        self.title_texts.add_row("title", text_row_label("title", ""), self.draft.title, True)
        self.title_texts.changed.connect(self._changed)
        layout.addWidget(self.title_texts)
        splitter = QSplitter(self)
        splitter.setObjectName("editor_splitter")
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._side_by_side: bool | None = None
        self.questions = QuestionList(self._language, splitter)
        self.questions.setMinimumWidth(scaled(400))
        self.questions.selection_changed.connect(self._show_current)
        self.questions.add_requested.connect(self._add)
        self.questions.remove_requested.connect(self._remove)
        self.questions.move_requested.connect(self._move)
        self.scroll = QScrollArea(splitter)
        self.scroll.setObjectName("question_scroll")
        self.scroll.setWidgetResizable(True)
        splitter.addWidget(self.questions)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 860])
        layout.addWidget(splitter, 1)
        self.errors = QListWidget(self)
        self.errors.setObjectName("save_errors")
        self.errors.setAccessibleName(self.tr("Problems that keep the questionnaire from saving"))
        self.errors.setMaximumHeight(140)
        self.errors.itemActivated.connect(lambda item: self._go_to_error(item.text()))
        self.errors.itemClicked.connect(lambda item: self._go_to_error(item.text()))
        self.errors.hide()
        layout.addWidget(self.errors)
        self.notice = notice_label(self, "save_notice")
        layout.addWidget(self.notice)
        outer.addLayout(self._bottom_row())
        self._update_info()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_parts()

    def _fit_parts(self) -> None:
        """The list beside the form when both fit, else above it: the form then as tall as
        it is (the editor scrolls as a whole) and the list a few questions tall."""
        form = self.scroll.widget()
        form_width = form.minimumSizeHint().width() if form is not None else 0
        side_by_side = self.width() - 40 >= self.questions.minimumWidth() + form_width + 24
        if side_by_side != self._side_by_side:
            self._side_by_side = side_by_side
            self.splitter.setOrientation(
                Qt.Orientation.Horizontal if side_by_side else Qt.Orientation.Vertical
            )
            bars = Qt.ScrollBarPolicy
            policy = bars.ScrollBarAsNeeded if side_by_side else bars.ScrollBarAlwaysOff
            self.scroll.setVerticalScrollBarPolicy(policy)
        rows = self.questions.list
        rows.setMinimumHeight(0 if side_by_side else scaled(56) * 4)
        rows.setMaximumHeight(16777215 if side_by_side else scaled(56) * 5)  # the form shows
        height = 0
        if not side_by_side and form is not None:
            layout = form.layout()
            width = self.scroll.viewport().width()
            height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
            height = max(height, form.minimumSizeHint().height())
        self.scroll.setMinimumHeight(height)

    def _bottom_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.preview_button = self._button("preview_button", self.tr("Preview…"), row)
        self.preview_button.clicked.connect(self.open_preview)
        self.status = QLabel(self)
        self.status.setObjectName("translation_status")
        self.status.setWordWrap(True)
        row.addWidget(self.status, 1)
        self.close_button = self._button("close_editor_button", self.tr("Close"), row)
        self.close_button.clicked.connect(self.reject)
        self.save_button = self._button("save_button", self.tr("Save"), row)
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        return row

    def _button(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    def _update_info(self) -> None:
        self.info.setText(
            self.tr("Questionnaire %1, version %2")
            .replace("%1", self.draft.id)
            .replace("%2", str(self.draft.version))
        )

    # -- the question or section on the right ----------------------------------------------
    def _show_current(self) -> None:
        current = self.questions.current()
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.form = None
        if current is not None and current[0] == "question":
            self.form = QuestionForm(self.draft, int(current[1]))
        elif current is not None:
            self.form = SectionForm(self.draft, str(current[1]))
        if self.form is not None:
            self.form.changed.connect(self._changed)
            self.scroll.setWidget(self.form)
            QTimer.singleShot(0, self._fit_parts)  # once the form has its sizes
            # Tab: the form (added last to the focus chain), then what is under it on screen.
            under = (self.errors, self.preview_button, self.close_button, self.save_button)
            tab_after(self.form, *under)
        self._refresh_preview()

    def _add(self, qtype: str) -> None:
        current = self.questions.current()
        after = self.questions.current_question()
        section = str(current[1]) if current and current[0] == "section" else None
        index = self.draft.add(qtype, after, section)
        self.questions.show_draft(self.draft, index)
        self._changed()

    def _remove(self) -> None:
        index = self.questions.current_question()
        if index is None:
            return
        self.draft.remove(index)
        left = len(self.draft.questions)
        self.questions.show_draft(self.draft, min(index, left - 1) if left else None)
        self._changed()

    def _move(self, step: int) -> None:
        index = self.questions.current_question()
        if index is None:
            return
        self.questions.show_draft(self.draft, self.draft.move(index, step))
        self._changed()

    def _changed(self) -> None:
        self._dirty = True
        self.notice.hide()
        self.questions.refresh_labels(self.draft)
        self._update_status()
        self._refresh_preview()

    def _update_status(self) -> None:
        counts = self.draft.missing_by_language()
        total = sum(counts.values())
        self.status.setProperty("missing", total > 0)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(missing_summary(counts))

    def missing_count(self) -> int:
        return sum(self.draft.missing_by_language().values())

    def is_dirty(self) -> bool:
        return self._dirty

    # -- save ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Validate and store; on problems list them and keep every edit on screen."""
        try:
            questionnaire = parse_questionnaire(self.draft.to_dict())
        except QuestionnaireError as error:
            self._show_errors(error.errors)
            return False
        self.errors.clear()
        self.errors.hide()
        saved = self._services.questionnaires.save(questionnaire)
        result, moved = saved.result, saved.sessions_moved
        self.draft.version = result.questionnaire.version
        self._dirty = False
        self._update_info()
        text = save_outcome(
            result.outcome, result.requested_version, result.questionnaire.version, moved
        )
        identifying = list(identifying_words(questionnaire))
        if identifying:
            text += " " + self.tr(
                "Check %1: it seems to ask for something that identifies a participant (a name, "
                "contact details, an address). Responses are meant to be anonymous, so remove or "
                "reword it unless it is harmless."
            ).replace("%1", ", ".join(f"“{qid}”" for qid in identifying))
        self.notice.setText(text)
        self.notice.show()
        self.saved.emit()
        return True

    def _show_errors(self, errors: list[str]) -> None:
        self.notice.setText(
            self.tr("Not saved: fix these problems first (click one to go to its question).")
        )
        self.notice.show()
        self.errors.clear()
        self.errors.addItems(errors)
        self.errors.show()

    def error_texts(self) -> list[str]:
        if self.errors.isHidden():
            return []
        return [self.errors.item(i).text() for i in range(self.errors.count())]

    def _go_to_error(self, error: str) -> None:
        index = self.draft.error_question(error)
        if index is not None:
            self.questions.select_question(index)

    # -- preview ---------------------------------------------------------------------------
    def open_preview(self) -> QuestionPreview:
        if self.preview is None:
            language = (
                self._language
                if self._language in self.draft.languages
                else self.draft.default_language
            )
            self.preview = QuestionPreview(self.draft.languages, language, self)
            self.preview.step_requested.connect(self._step)
            self.preview.language_changed.connect(lambda _lang: self._refresh_preview())
        self.preview.show()
        self.preview.raise_()
        self._refresh_preview()
        return self.preview

    def _refresh_preview(self) -> None:
        if self.preview is None or not self.preview.isVisible() or not self.draft.questions:
            return
        current = self.questions.current()
        index = self.draft.shown_question(*current) if current else 0
        question = self.draft.questions[index]
        section = self.draft.section(question.section)
        language = self.preview.current_language()
        self.preview.show_question(
            question.to_question(),
            section.title,
            index + 1,
            len(self.draft.questions),
            missing=language in self.draft.missing_in(index),
        )

    def _step(self, step: int) -> None:
        index = self.questions.current_question()
        target = (index if index is not None else -1) + step
        if 0 <= target < len(self.draft.questions):
            self.questions.select_question(target)

    # -- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Close; unsaved edits are not dropped without asking."""
        if not self._dirty:
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr("The questionnaire has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("unsaved_changes")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.finished.connect(lambda _r: self._after_confirm(box.clickedButton(), box))
        self.confirm = box
        box.open()

    def _after_confirm(self, clicked: QAbstractButton | None, box: QMessageBox) -> None:
        self.confirm = None
        choice = box.standardButton(clicked) if clicked is not None else None
        if choice == QMessageBox.StandardButton.Discard:
            self._dirty = False
            super().reject()
        elif choice == QMessageBox.StandardButton.Save and self.save():
            super().reject()

    def done(self, result: int) -> None:
        if self.preview is not None:
            self.preview.close()
        super().done(result)
