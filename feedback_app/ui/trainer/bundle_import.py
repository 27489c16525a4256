"""Importing bundles: the project manager adds many files (or drops them here), sees what each
would add, then imports them.

Each file is checked with a dry run as soon as it is added, one after another off the GUI
thread (a big bundle takes a while: every answer is checked). The import itself is one
``BackgroundJob`` for all the files, with progress; a Cancel stops before the next file, and
the files imported by then stay imported. A refused file says why, in the interface language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from ...services import Services
from ..jobs import BackgroundJob, QuietJob
from ..widgets.fit import dialog_body, fit_to_screen
from ..widgets.wrapping_button import WrappingCheckBox
from .bundle_table import BundleFile, BundleTable
from .bundle_texts import BundleTexts
from .bundle_work import STEPS, ImportJob, Outcome, check_bundle, dropped_files
from .passphrase import PassphraseDialog


class BundleImportDialog(QDialog):
    COLUMNS = BundleTable.COLUMNS

    imported = Signal(int)  # how many files were imported
    checked = Signal()  # every file in the list has been checked
    finished_import = Signal(str)  # the summary shown at the end, for tests

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bundle_import_dialog")
        self.setWindowTitle(self.tr("Import bundles"))
        self.setAcceptDrops(True)
        self._services = services
        self._data_dir = services.data_dir
        self._texts = BundleTexts(self)
        self._this_laptop = next(
            (laptop.id for laptop in services.bundles.laptops() if laptop.this_laptop), ""
        )
        self.files: list[BundleFile] = []
        self.checking: QuietJob | None = None
        self.job: BackgroundJob | None = None
        self.asking: PassphraseDialog | None = None
        self._passphrase: str | None = None
        self._build()
        self._update()
        fit_to_screen(self, 1260, 640)

    # -- layout ----------------------------------------------------------------------------
    def _build(self) -> None:
        layout = dialog_body(self)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Add the files the trainers handed over, or drag them here. Each file is "
                "checked first and shows what it would add; nothing is imported before you "
                "press Import."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = BundleTable(self._texts, self._this_laptop, self)
        self.table.itemSelectionChanged.connect(self._update)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = self._button("add_bundles_button", self.tr("Add files…"), row)
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button = self._button("remove_bundles_button", self.tr("Remove"), row)
        self.remove_button.clicked.connect(self._remove_selected)
        self.passphrase_button = self._button(
            "passphrase_button", self.tr("Type the passphrase…"), row
        )
        self.passphrase_button.clicked.connect(lambda: self._ask_passphrase(force=True))
        row.addStretch(1)
        layout.addLayout(row)
        self.skip_conflicts = WrappingCheckBox(
            self.tr("Also import bundles with conflicts, leaving those records as they are here"),
            self,
        )
        self.skip_conflicts.setObjectName("skip_conflicts")
        self.skip_conflicts.toggled.connect(lambda _on: self._show_all())
        layout.addWidget(self.skip_conflicts)
        self.summary = QLabel(self)
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.summary.setProperty("role", "notice")
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.import_button = self._button("import_button", self.tr("Import"), buttons)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = self._button("import_close_button", self.tr("Close"), buttons)
        self.close_button.clicked.connect(self.reject)
        self.layout().addLayout(buttons)

    def _button(self, name: str, text: str, layout: QHBoxLayout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        layout.addWidget(button)
        return button

    # -- adding files ----------------------------------------------------------------------
    def _choose_files(self) -> None:
        paths, _chosen = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import bundles"),
            str(Path.home()),
            self.tr("Results files (*.fbundle);;All files (*)"),
        )
        self.add_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt override)
        if self.job is None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802 (Qt override)
        if self.job is None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt override)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.add_files(dropped_files(paths))

    def add_files(self, paths: list[Path]) -> None:
        """Put ``paths`` in the list (each once) and check them, asking for the passphrase
        first when one of them is encrypted and this laptop has the key to open it."""
        if self.job is not None:
            return
        known = {f.path for f in self.files}
        bundles = self._services.bundles
        for path in paths:
            if path in known:
                continue
            known.add(path)
            self.files.append(BundleFile(path, encrypted=bundles.is_encrypted(path)))
            self.table.insertRow(self.table.rowCount())
            self._show(len(self.files) - 1)
        self._ask_passphrase()
        self._check_next()

    # -- the passphrase --------------------------------------------------------------------
    def _ask_passphrase(self, *, force: bool = False) -> None:
        """Ask once for the key's passphrase, when a file waiting to be checked (or, with
        ``force``, one refused for want of it) is encrypted and this laptop has the key."""
        if self.asking is not None or not self._services.bundles.has_key():
            return
        if force:
            for item in self.files:
                if item.needs_passphrase:
                    item.state, item.error = "waiting", None
            self._show_all()
        elif self._passphrase is not None:
            return
        encrypted = [f for f in self.files if f.state == "waiting" and f.encrypted]
        if not encrypted:
            return
        self.asking = PassphraseDialog(self._data_dir, len(encrypted), self)
        self.asking.finished.connect(self._asked)
        self.asking.open()

    @Slot(int)
    def _asked(self, _result: int) -> None:
        dialog, self.asking = self.asking, None
        if dialog is not None:
            if dialog.passphrase is not None:
                self._passphrase = dialog.passphrase
            dialog.deleteLater()
        self._check_next()

    # -- checking --------------------------------------------------------------------------
    def _check_next(self) -> None:
        if self.checking is not None or self.asking is not None or self.job is not None:
            return
        waiting = next((f for f in self.files if f.state == "waiting"), None)
        if waiting is None:
            self._update()
            self.checked.emit()
            return
        waiting.state, waiting.percent = "checking", None
        self._show(self.files.index(waiting))
        data_dir, path, passphrase = self._data_dir, waiting.path, self._passphrase
        self.checking = QuietJob(
            lambda progress: check_bundle(data_dir, path, passphrase, progress), self
        )
        self.checking.progressed.connect(lambda done, total: self._checking(path, done, total))
        self.checking.succeeded.connect(self._checked)
        self.checking.failed.connect(lambda text: self._check_failed(path, text))
        self._update()
        self.checking.start()

    def _end_check(self) -> None:
        job, self.checking = self.checking, None
        if job is not None:
            job.deleteLater()

    def _checking(self, path: Path, done: int, total: int) -> None:
        item = self._find(path)
        if item is not None and total > 0:
            item.percent = min(99, done * 100 // total)
            self._show(self.files.index(item))

    @Slot(object)
    def _checked(self, outcome: Outcome) -> None:
        self._end_check()
        item = self._find(outcome.path)
        if item is not None:
            self._take(item, outcome, "ready")
        self._check_next()

    def _check_failed(self, path: Path, text: str) -> None:
        self._end_check()
        item = self._find(path)
        if item is not None:
            item.state, item.error = "refused", RuntimeError(text)
            self._show(self.files.index(item))
        self._check_next()

    def _take(self, item: BundleFile, outcome: Outcome, state: str) -> None:
        if outcome.error is not None:
            item.state, item.error = "refused", outcome.error
        else:
            item.state, item.plan, item.error = state, outcome.plan, None
        self._show(self.files.index(item))

    def _find(self, path: Path) -> BundleFile | None:
        return next((f for f in self.files if f.path == path), None)

    # -- removing --------------------------------------------------------------------------
    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            if self.files[row].state == "checking" and self.checking is not None:
                self.checking.shutdown()
                self._end_check()
            self.files.pop(row)
            self.table.removeRow(row)
        self._check_next()
        self._update()

    # -- importing -------------------------------------------------------------------------
    def importable(self) -> list[BundleFile]:
        skip = self.skip_conflicts.isChecked()
        return [
            f
            for f in self.files
            if f.state == "ready"
            and f.plan is not None
            and f.plan.changes_anything
            and (skip or not f.plan.conflict_count)
        ]

    @Slot()
    def start_import(self) -> None:
        chosen = self.importable()
        if not chosen or self.job is not None or self.checking is not None:
            return
        work = ImportJob(
            self._data_dir,
            tuple(f.path for f in chosen),
            self.skip_conflicts.isChecked(),
            self._passphrase,
        )
        self.job = BackgroundJob(
            work.run,
            self,
            title=self.tr("Import bundles"),
            label=self._texts.importing(chosen[0].path.name, 1, len(chosen)),
        )
        self.job.progress.setObjectName("import_progress")
        self.job.progressed.connect(lambda done, _total: self._importing(work.paths, done))
        self.job.succeeded.connect(self._imported)
        self.job.failed.connect(self._import_failed)
        self._update()
        self.job.start()

    def _importing(self, paths: tuple[Path, ...], done: int) -> None:
        if self.job is not None:
            number = min(done // STEPS, len(paths) - 1)
            self.job.progress.setLabelText(
                self._texts.importing(paths[number].name, number + 1, len(paths))
            )

    @Slot(object)
    def _imported(self, result: tuple[list[Outcome], bool]) -> None:
        outcomes, cancelled = result
        self._end_import()
        for outcome in outcomes:
            item = self._find(outcome.path)
            if item is not None:
                self._take(item, outcome, "imported")
        plans = [o.plan for o in outcomes if o.plan is not None]
        refused = sum(1 for f in self.files if f.state == "refused")
        text = self._texts.import_summary(plans, refused, cancelled)
        self.summary.setText(text)
        self._update(summary=False)
        self.imported.emit(sum(1 for p in plans if p.imported))
        self.finished_import.emit(text)

    @Slot(str)
    def _import_failed(self, text: str) -> None:
        self._end_import()
        self.summary.setText(self.tr("Nothing more was imported: %1").replace("%1", text))
        self._update(summary=False)
        self.imported.emit(0)
        self.finished_import.emit(text)

    def _end_import(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()

    # -- showing ---------------------------------------------------------------------------
    def _show_all(self) -> None:
        for row in range(len(self.files)):
            self._show(row)
        self._update()

    def _show(self, row: int) -> None:
        self.table.show_file(row, self.files[row], self.skip_conflicts.isChecked())

    def _update(self, *, summary: bool = True) -> None:
        busy = self.job is not None
        checking = self.checking is not None or self.asking is not None
        ready = self.importable()
        self.import_button.setEnabled(bool(ready) and not busy and not checking)
        self.add_button.setEnabled(not busy)
        self.remove_button.setEnabled(not busy and bool(self.table.selectedIndexes()))
        self.skip_conflicts.setEnabled(not busy)
        self.passphrase_button.setVisible(
            self._services.bundles.has_key() and any(f.needs_passphrase for f in self.files)
        )
        if summary:
            self.summary.setText(self._texts.preview_summary(self.files, ready, checking))

    def cell_text(self, row: int, column: int) -> str:
        return self.table.cell_text(row, column)

    # -- closing ---------------------------------------------------------------------------
    def shutdown(self) -> None:
        """Stop the checks and the import and wait for them (the dialog or window closes);
        files imported by then stay imported."""
        for job in (self.checking, self.job):
            if job is not None:
                job.shutdown()
        self.checking = self.job = None

    def done(self, result: int) -> None:  # Qt override
        imported = self.job is not None
        self.shutdown()
        if imported:
            self.imported.emit(0)  # some files may be in: the sessions are shown again
        super().done(result)
