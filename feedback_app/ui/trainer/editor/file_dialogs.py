"""The dialogs of importing a questionnaire file: the review before storing it, and the list
of what makes a file unusable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ....domain.anonymity import identifying_words
from ....services.types import LoadedQuestionnaire
from ...widgets.fit import dialog_body, fit_to_screen
from .labels import language_name


def _label(parent: QWidget, name: str, text: str = "", role: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def _button(parent: QWidget, name: str, text: str, row: QHBoxLayout) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setAutoDefault(False)
    row.addWidget(button)
    return button


def _listed(lines: list[str] | tuple[str, ...]) -> str:
    return "\n".join(f"• {line}" for line in lines)


class ImportReviewDialog(QDialog):
    """What a file holds, what its conversion left out, and what may identify a participant:
    read before *Import* stores it (nothing is stored on *Cancel*)."""

    def __init__(self, loaded: LoadedQuestionnaire, file_name: str, language: str, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("import_review_dialog")
        self.setWindowTitle(self.tr("Import a questionnaire"))
        self.loaded = loaded
        q = loaded.questionnaire
        layout = dialog_body(self)
        layout.addWidget(
            _label(self, "import_file", self.tr("File: %1").replace("%1", file_name), "hint")
        )
        layout.addWidget(_label(self, "import_title", q.title_in(language), "lead"))
        summary = self.tr("%n question(s)", "", len(q.questions))
        languages = ", ".join(language_name(code) for code in q.languages)
        details = (
            self.tr("Questionnaire %1, version %2")
            .replace("%1", q.id)
            .replace("%2", str(q.version))
            + "\n"
            + summary
            + "\n"
            + self.tr("Languages: %1").replace("%1", languages)
        )
        self.summary = _label(self, "import_summary", details)
        layout.addWidget(self.summary)
        self.warnings = _label(self, "import_warnings", self._warning_text())
        self.warnings.setProperty("missing", True)
        self.warnings.setVisible(bool(self.warnings.text()))
        layout.addWidget(self.warnings)
        self.notes = _label(self, "import_notes")
        if loaded.notes:
            self.notes.setText(
                self.tr("Left out or assumed when the XLSForm was read:")
                + "\n"
                + _listed(loaded.notes)
            )
        self.notes.setVisible(bool(loaded.notes))
        layout.addWidget(self.notes)
        layout.addWidget(
            _label(
                self,
                "import_hint",
                self.tr(
                    "Import stores it beside the questionnaires already here. A version that "
                    "responses refer to never changes: the file is then stored as the next "
                    "version."
                ),
                "hint",
            )
        )
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.import_button = _button(self, "import_ok", self.tr("Import"), row)
        self.import_button.setProperty("role", "primary")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.accept)
        cancel = _button(self, "import_cancel", self.tr("Cancel"), row)
        cancel.clicked.connect(self.reject)
        self.layout().addLayout(row)
        fit_to_screen(self, 640, 360)

    def _warning_text(self) -> str:
        identifying = list(identifying_words(self.loaded.questionnaire))
        if not identifying:
            return ""
        return self.tr(
            "Check %1: it seems to ask for something that identifies a participant (a name, "
            "contact details, an address). Responses are meant to be anonymous, so remove or "
            "reword it after importing unless it is harmless."
        ).replace("%1", ", ".join(f"“{qid}”" for qid in identifying))


class RefusedFileDialog(QDialog):
    """Every problem of a file that is not a usable questionnaire, each with its place (sheet
    and row, or the place in the JSON), as the command line lists them; nothing was stored."""

    def __init__(self, path: Path, errors: list[str], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("refused_file_dialog")
        self.setWindowTitle(self.tr("Import a questionnaire"))
        layout = dialog_body(self)
        layout.addWidget(
            _label(
                self,
                "refused_intro",
                self.tr(
                    "%1 cannot be imported, so nothing was stored. Change what is listed here "
                    "in the file (each line names the sheet and row, or the place in the file) "
                    "and import it again."
                ).replace("%1", path.name),
            )
        )
        self.errors = QPlainTextEdit(self)
        self.errors.setObjectName("refused_errors")
        self.errors.setAccessibleName(self.tr("Problems in the file"))
        self.errors.setReadOnly(True)
        self.errors.setPlainText(_listed(errors or [self.tr("not a valid questionnaire")]))
        self.errors.setMinimumHeight(160)
        layout.addWidget(self.errors, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        close = _button(self, "refused_close", self.tr("Close"), row)
        close.clicked.connect(self.accept)
        self.layout().addLayout(row)
        fit_to_screen(self, 720, 360)

    def error_text(self) -> str:
        return self.errors.toPlainText()
