"""Choosing responses to delete for good: one session's, or those of sessions held long ago.

The dialog counts what the choice deletes as it changes and asks once more before it goes;
the trainer's home then deletes in the background (the file is rewritten afterwards).
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...services.retention import PERIOD_RANGE, Deletion, RetentionService
from ...services.types import KEEP_BEFORE_DELETION_DAYS, Session
from ...store.errors import StoreError
from ..widgets.confirm import confirmation
from ..widgets.dates import format_day
from ..widgets.errors import error_text
from ..widgets.fit import available_size, dialog_body, fit_to_screen
from ..widgets.numbers import count
from ..widgets.wrapping_button import WrappingRadioButton

DEFAULT_MONTHS = 12


class DeleteResponsesDialog(QDialog):
    """One session's responses or the old ones; ``delete_requested(Deletion)`` once confirmed."""

    delete_requested = Signal(object)  # the Deletion

    def __init__(
        self,
        retention: RetentionService,
        session: Session | None,
        language: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("delete_responses_dialog")
        self.setWindowTitle(self.tr("Delete responses"))
        self._retention = retention
        self._session = session
        self._language = language
        self.deletion: Deletion | None = None
        self.confirmation: QMessageBox | None = None
        self._build()
        self._recount()
        fit_to_screen(self, 680, 0)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = dialog_body(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr("Which responses do you want to delete for good?"), self)
        intro.setWordWrap(True)
        intro.setProperty("role", "heading")
        layout.addWidget(intro)
        title = self._session.title if self._session else self.tr("no session selected")
        self.of_session = WrappingRadioButton(
            self.tr("The responses of the selected session (%1)").replace("%1", title), self
        )
        self.of_session.setObjectName("delete_of_session")
        self.of_session.setEnabled(self._session is not None)
        layout.addWidget(self.of_session)
        layout.addLayout(self._older_row())
        group = QButtonGroup(self)
        group.addButton(self.of_session)
        group.addButton(self.older)
        (self.of_session if self._session else self.older).setChecked(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("delete_summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "notice")
        layout.addSpacing(4)
        layout.addWidget(self.summary)
        explanation = QLabel(
            self.tr(
                "The sessions stay, with their titles, dates and other details; only their "
                "responses go. The deleted answers are removed from the database file and "
                "from the backups in the data folder. A backup made just before the deletion "
                "is kept for %1 days, in case the deletion was a mistake, and then removed. "
                "Copies elsewhere, such as exports, hand-overs and backups on a USB stick, "
                "are not changed."
            ).replace("%1", str(KEEP_BEFORE_DELETION_DAYS)),
            self,
        )
        explanation.setWordWrap(True)
        explanation.setProperty("role", "hint")
        layout.addWidget(explanation)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setObjectName("delete_responses_button")
        self.delete_button.clicked.connect(self._ask)
        buttons.addWidget(self.delete_button)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setObjectName("delete_cancel_button")
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        self.layout().addLayout(buttons)
        self.of_session.toggled.connect(self._recount)
        self.months.valueChanged.connect(self._months_changed)

    def _older_row(self) -> QHBoxLayout:
        """ "…held more than [12] months ago", whatever the word order of the language."""
        row = QHBoxLayout()
        row.setSpacing(6)
        self.older = QRadioButton(self)
        self.older.setObjectName("delete_older")
        row.addWidget(self.older)
        self.months = QSpinBox(self)
        self.months.setObjectName("delete_months")
        self.months.setRange(*PERIOD_RANGE)
        self.months.setValue(DEFAULT_MONTHS)
        row.addWidget(self.months)
        self.older_rest = QLabel(self)
        row.addWidget(self.older_rest)
        row.addStretch(1)
        self._word_months()
        return row

    def _word_months(self) -> None:
        """The words around the number of months, in the number's form (1 month, 2 months)."""
        months = self.months.value()
        sentence = self.tr("The responses of sessions held more than %n month(s) ago", "", months)
        before, _, after = sentence.partition(str(months))
        self.older.setText(before.strip())
        self.older_rest.setText(after.strip())
        self.older.setAccessibleName(sentence)
        self.months.setAccessibleName(sentence)

    # -- the count -------------------------------------------------------------------------
    @Slot()
    def _months_changed(self) -> None:
        self._word_months()
        if not self.older.isChecked():
            self.older.setChecked(True)  # toggled: counts
        else:
            self._recount()

    @Slot()
    def _recount(self) -> None:
        try:
            if self.of_session.isChecked() and self._session is not None:
                deletion = self._retention.of_session(self._session.id)
            else:
                deletion = self._retention.older_than(self.months.value())
        except StoreError as exc:  # the session was removed meanwhile, say
            self.deletion = None
            self.summary.setText(error_text(exc))
            self.delete_button.setEnabled(False)
            return
        self.deletion = deletion
        self.summary.setText(self.count_text(deletion))
        self.delete_button.setEnabled(deletion.count.responses > 0)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the wrapped lines at the dialog's width: a longer count makes the
        dialog grow instead of squeezing the explanation."""
        wanted = self.sizeHint().boundedTo(available_size(self))  # past that it scrolls
        if wanted.height() > self.height() or wanted.width() > self.width():
            self.resize(self.size().expandedTo(wanted))

    def count_text(self, deletion: Deletion) -> str:
        held = ""
        if deletion.cutoff is not None:
            held = " " + self.tr("These are the sessions held before %1.").replace(
                "%1", format_day(deletion.cutoff, self._language)
            )
        found = deletion.count
        if not found.responses:
            if deletion.cutoff is None:
                return self.tr("The selected session has no responses: there is nothing to delete.")
            return self.tr("No session that old has responses: there is nothing to delete.") + held
        return self.deletes_text(deletion) + held

    def deletes_text(self, deletion: Deletion) -> str:
        """This deletes 48 responses (45 completed, 3 unfinished) of 2 sessions."""
        found = deletion.count
        total = self.tr("This deletes %n response(s)", "", found.responses)
        parts = (
            self.tr("(%1 completed, %2 unfinished)")
            .replace("%1", count(found.completed))
            .replace("%2", count(found.unfinished))
        )
        sessions = self.tr("of %n session(s).", "", found.sessions)
        return f"{total.replace(str(found.responses), count(found.responses))} {parts} {sessions}"

    # -- deleting --------------------------------------------------------------------------
    @Slot()
    def _ask(self) -> None:
        deletion = self.deletion
        if deletion is None or not deletion.count.responses:
            return
        self.confirmation = confirmation(
            self,
            icon=QMessageBox.Icon.Warning,
            title=self.tr("Delete responses"),
            text=self.tr("Delete these responses for good?"),
            detail=self.deletes_text(deletion)
            + " "
            + self.tr("After %1 days they cannot be brought back.").replace(
                "%1", str(KEEP_BEFORE_DELETION_DAYS)
            ),
            action=self.tr("Delete"),
            role=QMessageBox.ButtonRole.DestructiveRole,
            name="delete",
            on_confirmed=lambda: self._confirmed(deletion),
        )

    def _confirmed(self, deletion: Deletion) -> None:
        self.accept()  # closed first: the home then takes no input until the work is done
        self.delete_requested.emit(deletion)
