"""*Import…* and *Export…* of the questionnaire list: a questionnaire file (our JSON or an
XLSForm) in and out, through the same service actions as ``feedback-app questionnaire``.

The file choosers are methods of their own so that tests can replace them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from ....services import Services
from ....services.types import (
    QUESTIONNAIRE_FORMATS,
    LoadedQuestionnaire,
    OutputError,
    QuestionnaireError,
    QuestionnaireFileError,
    QuestionnaireInfo,
    SavedQuestionnaire,
)
from ....store.errors import StoreError
from ...i18n import LANGUAGES
from ...widgets.errors import show_error
from .file_dialogs import ImportReviewDialog, RefusedFileDialog
from .labels import language_name


def _start_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


class QuestionnaireFiles(QObject):
    """Reads a file, shows what it holds before storing it, and writes a version to a file.

    ``open_dialog`` opens a child dialog (the list keeps it in its ``dialog``); ``told`` carries
    each outcome in words (the list shows it under the table); ``imported`` the stored id and
    version.
    """

    told = Signal(str)
    imported = Signal(str, int)

    def __init__(
        self,
        services: Services,
        language: str,
        parent: QWidget,
        open_dialog: Callable[[QDialog], None],
    ):
        super().__init__(parent)
        self._services = services
        self._language = language
        self._parent = parent
        self._open = open_dialog

    # -- importing -------------------------------------------------------------------------
    def choose_import_path(self) -> Path | None:
        path, _chosen = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import a questionnaire"),
            str(_start_folder()),
            self.tr("Questionnaires (*.xlsx *.json)"),
        )
        return Path(path) if path else None

    def choose_untagged_language(self, path: Path, assumed: str) -> str | None:
        """The language of the file's untagged label and hint columns; None when cancelled."""
        names = [language_name(code) for code in LANGUAGES]
        current = LANGUAGES.index(assumed) if assumed in LANGUAGES else 0
        name, ok = QInputDialog.getItem(
            self._parent,
            self.tr("Import a questionnaire"),
            self.tr(
                "The texts of %1 do not say their language. In which language are they written?"
            ).replace("%1", path.name),
            names,
            current,
            False,
        )
        return LANGUAGES[names.index(name)] if ok else None

    def import_file(self) -> None:
        path = self.choose_import_path()
        if path is None:
            return
        loaded = self._load(path, None)
        if loaded is not None and loaded.assumed_language is not None:
            language = self.choose_untagged_language(path, loaded.assumed_language)
            if language is None:
                return
            loaded = self._load(path, language)
        if loaded is not None:
            review = ImportReviewDialog(loaded, path.name, self._language, self._parent)
            review.accepted.connect(lambda: self._store(loaded, path))
            self._open(review)

    def _load(self, path: Path, untagged: str | None) -> LoadedQuestionnaire | None:
        try:
            return self._services.questionnaires.load_file(path, untagged)
        except QuestionnaireFileError as exc:
            show_error(self._parent, self.tr("Import a questionnaire"), exc)
        except QuestionnaireError as exc:
            self._open(RefusedFileDialog(path, exc.errors, self._parent))
        except OSError as exc:
            show_error(self._parent, self.tr("Import a questionnaire"), exc)
        return None

    def _store(self, loaded: LoadedQuestionnaire, path: Path) -> None:
        try:
            saved = self._services.questionnaires.save(
                loaded.questionnaire, imported_from=path.name
            )
        except (StoreError, QuestionnaireError) as exc:
            show_error(self._parent, self.tr("Import a questionnaire"), exc)
            return
        self.imported.emit(saved.questionnaire.id, saved.questionnaire.version)
        self.told.emit(self.outcome_text(saved))

    def outcome_text(self, saved: SavedQuestionnaire) -> str:
        """What importing did, as ``feedback-app questionnaire import`` says it."""
        stored = saved.questionnaire
        texts = {
            "new": self.tr("Imported %1, version %2."),
            "replaced": self.tr("Replaced %1, version %2: no response referred to it yet."),
            "new_version": self.tr(
                "Stored %1 as version %2: version %3 is in use by responses, so it stays unchanged."
            ),
            "unchanged": self.tr(
                "%1, version %2 is already stored exactly like this; nothing was imported."
            ),
        }
        text = (
            texts[saved.outcome]
            .replace("%1", stored.id)
            .replace("%2", str(stored.version))
            .replace("%3", str(saved.result.requested_version))
        )
        if saved.sessions_moved:
            text += " " + self.tr(
                "%n session(s) without responses use version %1 from now on.",
                "",
                saved.sessions_moved,
            ).replace("%1", str(stored.version))
        return text

    # -- exporting -------------------------------------------------------------------------
    def choose_export_path(self, info: QuestionnaireInfo) -> tuple[Path, str, bool] | None:
        """Where to write, in which format ("json" or "xlsform"), and whether the file dialog
        has asked before replacing that file; None when cancelled."""
        json_filter = self.tr("JSON (*.json)")
        xlsform_filter = self.tr("XLSForm (*.xlsx)")
        suggested = f"{info.id}-v{info.version}.json"
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Export a questionnaire"),
            str(_start_folder() / suggested),
            f"{json_filter};;{xlsform_filter}",
        )
        if not path:
            return None
        return self.format_of(Path(path), "xlsform" if chosen == xlsform_filter else "json")

    @staticmethod
    def format_of(target: Path, chosen: str) -> tuple[Path, str, bool]:
        """The name's ending decides the format; a name without one gets the chosen format's
        ending (a file the dialog has not asked about replacing)."""
        for file_format, suffix in QUESTIONNAIRE_FORMATS.items():
            if target.suffix.lower() == suffix:
                return target, file_format, True
        return target.with_name(target.name + QUESTIONNAIRE_FORMATS[chosen]), chosen, False

    def export(self, info: QuestionnaireInfo) -> None:
        chosen = self.choose_export_path(info)
        if chosen is None:
            return
        path, file_format, asked = chosen
        service = self._services.questionnaires
        write = service.export_xlsform if file_format == "xlsform" else service.export_json
        try:
            q = write(info.id, info.version, path, force=asked)
        except (OutputError, QuestionnaireError, StoreError, OSError) as exc:
            show_error(self._parent, self.tr("Export a questionnaire"), exc)
            return
        text = (
            self.tr("Exported %1, version %2 as an XLSForm to %3.")
            if file_format == "xlsform"
            else self.tr("Exported %1, version %2 to %3.")
        )
        self.told.emit(
            text.replace("%1", q.id).replace("%2", str(q.version)).replace("%3", str(path))
        )
