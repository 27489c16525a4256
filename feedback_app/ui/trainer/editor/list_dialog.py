"""The stored questionnaires and their versions: duplicate, edit, import or export one."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from ....services import Services
from ....services.types import QuestionnaireInfo
from ...widgets.fit import dialog_body, fit_to_screen
from ...widgets.notice import notice_label
from .duplicate_dialog import DuplicateDialog
from .editor_dialog import QuestionnaireEditor
from .file_actions import QuestionnaireFiles
from .models import QuestionnaireTableModel


class QuestionnaireListDialog(QDialog):
    """Child dialogs stay reachable in ``self.dialog`` while open (for tests, as on the home)."""

    def __init__(self, services: Services, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionnaire_list_dialog")
        self.setWindowTitle(self.tr("Questionnaires"))
        self._services = services
        self._language = language
        self.dialog: QDialog | None = None
        self.model = QuestionnaireTableModel(self)
        self.files = QuestionnaireFiles(services, language, self, self._open)
        self.files.imported.connect(self.select)
        self.files.told.connect(self._tell)
        layout = dialog_body(self)
        intro = QLabel(
            self.tr(
                "A version that responses refer to never changes: editing it saves the next "
                "version. To make a questionnaire of your own, duplicate one and edit the copy."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")
        layout.addWidget(intro)
        self.table = QTableView(self)
        self.table.setObjectName("questionnaire_table")
        self.table.setAccessibleName(self.tr("Questionnaires"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            QuestionnaireTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.notice = notice_label(self, "questionnaire_notice")
        layout.addWidget(self.notice)
        self.layout().addLayout(self._buttons())
        self.refresh()
        fit_to_screen(self, 900, 520)

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.duplicate_button = self._button("duplicate_button", self.tr("Duplicate…"), row)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.edit_button = self._button("edit_questionnaire_button", self.tr("Edit…"), row)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button = self._button("import_questionnaire_button", self.tr("Import…"), row)
        self.import_button.clicked.connect(self.import_file)
        self.export_button = self._button("export_questionnaire_button", self.tr("Export…"), row)
        self.export_button.clicked.connect(self.export_selected)
        row.addStretch(1)
        close = self._button("close_questionnaires_button", self.tr("Close"), row)
        close.clicked.connect(self.accept)
        return row

    def _button(self, name: str, text: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAutoDefault(False)
        row.addWidget(button)
        return button

    # -- state -----------------------------------------------------------------------------
    def refresh(self, select: tuple[str, int] | None = None) -> None:
        current = self.selected()
        wanted = select or ((current.id, current.version) if current else None)
        self.model.set_rows(self._services.questionnaires.list(self._language))
        row = self.model.row_of(*wanted) if wanted else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def select(self, qid: str, version: int) -> None:
        self.refresh(select=(qid, version))

    def selected(self) -> QuestionnaireInfo | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.info_at(index.row()) if index.isValid() else None

    # -- actions ---------------------------------------------------------------------------
    def duplicate_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        source = self._services.questionnaires.get(info.id, info.version)
        dialog = DuplicateDialog(source, self._services.questionnaires.exists, self)
        self._open(dialog)
        dialog.accepted.connect(lambda: self._duplicated(dialog, source.id, source.version))

    def _duplicated(self, dialog: DuplicateDialog, qid: str, version: int) -> None:
        source = self._services.questionnaires.get(qid, version)
        copy = replace(source, id=dialog.new_id, version=1, title=dialog.new_title)
        self._services.questionnaires.save(copy)
        self.select(copy.id, 1)
        self.notice.setText(
            self.tr("Copied as %1, version 1. Choose Edit… to change it.").replace("%1", copy.id)
        )
        self.notice.show()

    def import_file(self) -> None:
        """A .json or XLSForm file, checked and shown for review before it is stored."""
        self.notice.hide()
        self.files.import_file()

    def export_selected(self) -> None:
        """The selected version as a JSON file or an XLSForm."""
        info = self.selected()
        if info is not None:
            self.notice.hide()
            self.files.export(info)

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def edit_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        questionnaire = self._services.questionnaires.get(info.id, info.version)
        editor = QuestionnaireEditor(self._services, questionnaire, self._language, self)
        editor.saved.connect(lambda: self.select(editor.draft.id, editor.draft.version))
        self.notice.hide()
        self._open(editor)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
