"""One question's fields: id, required, type settings and its wordings in every language."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .draft import QuestionnaireDraft
from .labels import condition_text, text_row_label, type_name
from .question_draft import Texts
from .text_grid import TextGrid
from .type_settings import MIN_TARGET, TypeSettings


class QuestionForm(QWidget):
    """Edits question ``index`` of ``draft`` in place."""

    changed = Signal()
    #: The id changed: the list on the left shows it.
    id_changed = Signal()

    def __init__(self, draft: QuestionnaireDraft, index: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("question_form")
        self._draft = draft
        self._index = index
        self._q = draft.questions[index]
        self.texts: TextGrid | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        heading = QLabel(type_name(self._q.type), self)
        heading.setObjectName("question_type")
        heading.setProperty("role", "section")
        layout.addWidget(heading)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(self._basics(), 1)
        self.settings = TypeSettings(self._q, self._cannot_say_model(), self)
        self.settings.changed.connect(self.changed.emit)
        self.settings.rows_changed.connect(self._rebuild_texts)
        top.addWidget(self.settings, 1)
        layout.addLayout(top)
        caption = QLabel(self.tr("Texts in every language (* = needed)"), self)
        caption.setProperty("role", "section")
        layout.addWidget(caption)
        self._texts_box = QVBoxLayout()
        layout.addLayout(self._texts_box)
        layout.addStretch(1)
        self._rebuild_texts(emit=False)

    def _basics(self) -> QFormLayout:
        form = QFormLayout()
        self.id_edit = QLineEdit(self._q.id, self)
        self.id_edit.setObjectName("question_id")
        self.id_edit.setAccessibleName(self.tr("Question id"))
        self.id_edit.setMinimumHeight(MIN_TARGET)
        self.id_edit.textChanged.connect(self._set_id)
        form.addRow(self.tr("Question id"), self.id_edit)
        hint = QLabel(
            self.tr(
                "The id names the question in every export. Keep it when the meaning stays; "
                "give a new id when the meaning changes."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        form.addRow(hint)
        self.required = QCheckBox(self.tr("An answer is required"), self)
        self.required.setObjectName("question_required")
        self.required.setAccessibleName(self.required.text())
        self.required.setMinimumHeight(MIN_TARGET)
        self.required.setChecked(self._q.required)
        self.required.setEnabled(self._q.type != "note")
        self.required.toggled.connect(self._set_required)
        form.addRow(self.required)
        self.condition = QLabel(condition_text(self._q.show_if), self)
        self.condition.setObjectName("question_condition")
        self.condition.setWordWrap(True)
        self.condition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Shown"), self.condition)
        return form

    def _cannot_say_model(self) -> Texts:
        """The "cannot say" wording the questionnaire already uses, offered for a new one."""
        for question in self._draft.questions:
            if question.cannot_say_on and any(v.strip() for v in question.cannot_say.values()):
                return dict(question.cannot_say)
        return {}

    # -- texts -----------------------------------------------------------------------------
    def _rebuild_texts(self, emit: bool = True) -> None:
        if self.texts is not None:
            self._texts_box.removeWidget(self.texts)
            self.texts.hide()
            self.texts.deleteLater()
        self.texts = TextGrid(self._draft.languages, self)
        q = self._q
        for key, texts, required in q.texts():
            lead = tail = None
            if key.startswith("option"):
                lead, tail = self._option_widgets(int(key[len("option") :]))
            self.texts.add_row(
                key,
                text_row_label(key, q.type),
                texts,
                required,
                long=key == "text",
                lead=lead,
                tail=tail,
            )
        self.texts.changed.connect(self.changed.emit)
        self._texts_box.addWidget(self.texts)
        if emit:
            self.changed.emit()

    def _option_widgets(self, position: int) -> tuple[QWidget, QWidget | None]:
        """The value of an option (a code to edit, or a scale number) and its remove button."""
        option = self._q.options[position]
        if self._q.type == "likert":
            value = QLabel(self.tr("Value %1").replace("%1", str(option.value)))
            value.setProperty("role", "hint")
            return value, None
        code = QLineEdit(str(option.value))
        code.setObjectName(f"option_code_{position}")
        code.setAccessibleName(self.tr("Code of option %1").replace("%1", str(position + 1)))
        code.setToolTip(self.tr("Stored in the data for this option: letters, digits, _ . -"))
        code.setMinimumHeight(MIN_TARGET)
        code.textChanged.connect(lambda text: self._set_code(position, text))
        remove = QPushButton("✕")
        remove.setObjectName(f"remove_option_{position}")
        remove.setAccessibleName(self.tr("Remove option %1").replace("%1", str(position + 1)))
        remove.setToolTip(remove.accessibleName())
        remove.setMinimumSize(MIN_TARGET, MIN_TARGET)  # and as wide as its sign needs
        remove.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        remove.setEnabled(len(self._q.options) > 1)
        remove.clicked.connect(lambda: self._remove_option(position))
        return code, remove

    # -- edits -----------------------------------------------------------------------------
    def _set_id(self, text: str) -> None:
        self._draft.rename(self._index, text.strip())
        self.id_changed.emit()
        self.changed.emit()

    def _set_required(self, on: bool) -> None:
        self._q.required = on
        self.changed.emit()

    def _set_code(self, position: int, text: str) -> None:
        self._q.options[position].value = text.strip()
        self.changed.emit()

    def _remove_option(self, position: int) -> None:
        del self._q.options[position]
        self._rebuild_texts()
