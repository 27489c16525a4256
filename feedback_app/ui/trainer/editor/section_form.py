"""A section's title in every language (shown above its questions in the kiosk)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .draft import QuestionnaireDraft
from .labels import text_row_label
from .text_grid import TextGrid


class SectionForm(QWidget):
    changed = Signal()

    def __init__(self, draft: QuestionnaireDraft, section_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("section_form")
        section = draft.section(section_id)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        heading = QLabel(self.tr("Section “%1”").replace("%1", section.id), self)
        heading.setProperty("role", "section")
        layout.addWidget(heading)
        hint = QLabel(
            self.tr(
                "The kiosk shows the section title above each of its questions. "
                "Move a question up or down past the section's edge to move it into "
                "the section before or after."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "hint")
        layout.addWidget(hint)
        self.texts = TextGrid(draft.languages, self)
        self.texts.add_row(
            "section_title", text_row_label("section_title", ""), section.title, False
        )
        self.texts.changed.connect(self.changed.emit)
        layout.addWidget(self.texts)
        layout.addStretch(1)
