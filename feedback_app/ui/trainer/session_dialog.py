"""Create or edit a training session; every wrong field says what is wrong, in place."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.sessions import AUDIENCES, LANGUAGES, SessionDraft, SessionProblem
from ...services.types import BUILTIN_ID, QuestionnaireInfo, Session
from ..i18n import LANGUAGE_NAMES
from ..widgets.fit import dialog_body, fit_to_screen
from .labels import audience_label, entry_date


class SessionDialog(QDialog):
    """Returns a checked :class:`SessionDraft` through ``draft()`` once accepted."""

    def __init__(
        self,
        organisations: list[str],
        session: Session | None = None,
        default_language: str = "fi",
        parent: QWidget | None = None,
        *,
        questionnaires: Sequence[QuestionnaireInfo] = (),
        questionnaire_locked: bool = False,
    ):
        super().__init__(parent)
        self.setObjectName("session_dialog")
        self.setWindowTitle(self.tr("Edit session") if session else self.tr("New session"))
        self._draft: SessionDraft | None = None
        self._errors: dict[str, QLabel] = {}
        layout = dialog_body(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Identifying victims of trafficking"))
        self.session_date = QLineEdit(self)
        self.session_date.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.organisation = QComboBox(self)
        self.organisation.setEditable(True)
        self.organisation.addItems(organisations)
        self.audience = QComboBox(self)
        self.audience.addItem(self.tr("(not given)"), "")
        for code in AUDIENCES:
            self.audience.addItem(audience_label(code), code)
        self.location = QLineEdit(self)
        self.trainers = QLineEdit(self)
        self.trainers.setPlaceholderText(self.tr("Names of the trainers, separated by commas"))
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.expected = QSpinBox(self)
        self.expected.setRange(0, 10000)
        self.expected.setSpecialValueText(self.tr("not given"))
        self.questionnaire = self._questionnaire_choice(questionnaires, session)
        self.questionnaire.setEnabled(not questionnaire_locked)
        rows = [
            ("title", self.tr("Title"), self.title),
            ("session_date", self.tr("Date"), self.session_date),
            ("organisation", self.tr("Organisation"), self.organisation),
            ("audience", self.tr("Audience"), self.audience),
            ("location", self.tr("Location"), self.location),
            ("trainers", self.tr("Trainers"), self.trainers),
            ("default_language", self.tr("Kiosk language"), self.language),
            ("expected_participants", self.tr("Expected participants"), self.expected),
            ("questionnaire", self.tr("Questionnaire"), self.questionnaire),
        ]
        for name, label, widget in rows:
            widget.setObjectName(f"session_{name}")
            widget.setAccessibleName(label)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            error = QLabel(self)
            error.setObjectName(f"error_{name}")
            error.setProperty("role", "field_error")
            error.hide()
            box.addWidget(error)
            self._errors[name] = error
            form.addRow(label, box)
            form.labelForField(box).setBuddy(widget)  # how a screen reader ties them
        if questionnaire_locked:
            locked = QLabel(
                self.tr(
                    "This session already has responses, so it keeps its questionnaire "
                    "version: every response of a session answers the same questions."
                ),
                self,
            )
            locked.setObjectName("questionnaire_locked")
            locked.setProperty("role", "hint")
            locked.setWordWrap(True)
            form.addRow("", locked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.layout().addWidget(buttons)
        self._fill(session, default_language)
        fit_to_screen(self, 680, 0)

    def _fill(self, session: Session | None, default_language: str) -> None:
        if session is None:
            self.session_date.setText(entry_date(date.today().isoformat()))
            self.organisation.setCurrentText("")
            self._select(self.language, default_language)
            return
        self.title.setText(session.title)
        self.session_date.setText(entry_date(session.session_date))
        self.organisation.setCurrentText(session.organisation)
        self._select(self.audience, session.audience)
        self.location.setText(session.location)
        self.trainers.setText(session.trainers)
        self._select(self.language, session.default_language)
        self.expected.setValue(session.expected_participants or 0)

    def _questionnaire_choice(
        self, stored: Sequence[QuestionnaireInfo], session: Session | None
    ) -> QComboBox:
        """The newest version of each questionnaire; a session keeps showing its own."""
        combo = QComboBox(self)
        current = (session.questionnaire_id, session.questionnaire_version) if session else None
        newest: dict[str, QuestionnaireInfo] = {}
        for info in stored:
            if info.id not in newest or info.version > newest[info.id].version:
                newest[info.id] = info
        shown = list(newest.values())
        shown += [i for i in stored if (i.id, i.version) == current and i not in shown]
        for info in shown:
            text = (
                self.tr("%1 (%2, version %3)")
                .replace("%1", info.title)
                .replace("%2", info.id)
                .replace("%3", str(info.version))
            )
            combo.addItem(text, (info.id, info.version))
        wanted = current
        if wanted is None and BUILTIN_ID in newest:
            wanted = (BUILTIN_ID, newest[BUILTIN_ID].version)
        for index in range(combo.count()):
            if tuple(combo.itemData(index)) == wanted:
                combo.setCurrentIndex(index)
        return combo

    def questionnaire_choice(self) -> tuple[str, int] | None:
        """The chosen questionnaire (id, version); None when there was nothing to choose."""
        data = self.questionnaire.currentData()
        return (str(data[0]), int(data[1])) if data else None

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def current_draft(self) -> SessionDraft:
        expected = self.expected.value()
        return SessionDraft(
            title=self.title.text(),
            session_date=self.session_date.text(),
            organisation=self.organisation.currentText(),
            audience=self.audience.currentData() or "",
            location=self.location.text(),
            trainers=self.trainers.text(),
            default_language=self.language.currentData(),
            expected_participants=expected or None,
        )

    def draft(self) -> SessionDraft | None:
        return self._draft

    def error_text(self, field: str) -> str:
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    def _save(self) -> None:
        draft = self.current_draft()
        problems = draft.problems()
        for name, label in self._errors.items():
            problem = problems.get(name)
            label.setText(self._problem_text(problem) if problem else "")
            label.setVisible(problem is not None)
        if problems:
            return
        self._draft = draft.normalised()
        self.accept()

    def _problem_text(self, problem: SessionProblem) -> str:
        return {
            SessionProblem.TITLE_MISSING: self.tr("Give the training a title."),
            SessionProblem.BAD_DATE: self.tr("Write the date as dd.mm.yyyy, e.g. 28.11.2026."),
            SessionProblem.BAD_AUDIENCE: self.tr("Choose an audience from the list."),
            SessionProblem.BAD_LANGUAGE: self.tr("Choose a language from the list."),
            SessionProblem.BAD_EXPECTED: self.tr(
                "Give a number from 1 to 10000, or leave it empty."
            ),
            SessionProblem.TOO_LONG: self.tr("This is too long: at most 200 characters."),
        }[problem]
