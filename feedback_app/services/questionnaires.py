"""Questionnaire definitions: list, read, save (with the sessions that follow a new version)
and export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..domain.questionnaire import Questionnaire
from ..reports.output import atomic_output
from ..store.questionnaires import BUILTIN_ID, QuestionnaireInfo, SaveResult
from ..store.store import Store
from .questionnaire_files import load_file, write_xlsform


@dataclass(frozen=True)
class SavedQuestionnaire:
    """What saving did (``result``) and how many sessions without responses moved to the new
    version (0 unless ``result.outcome`` is "new_version")."""

    result: SaveResult
    sessions_moved: int

    @property
    def questionnaire(self) -> Questionnaire:
        return self.result.questionnaire

    @property
    def outcome(self) -> str:
        return self.result.outcome


class QuestionnaireService:
    def __init__(self, store: Store):
        self._store = store

    @property
    def _repo(self):  # noqa: ANN202 - the store's repository (a new one after a restore)
        return self._store.questionnaires

    def list(self, language: str = "en") -> list[QuestionnaireInfo]:
        """Every stored version, titled in ``language``, with its number of responses."""
        return self._repo.list(language)

    def get(self, qid: str, version: int) -> Questionnaire:
        return self._repo.get(qid, version)

    def latest_version(self, qid: str) -> int | None:
        return self._repo.latest_version(qid)

    def exists(self, qid: str, version: int | None = None) -> bool:
        if version is None:
            return self._repo.latest_version(qid) is not None
        return self._repo.exists(qid, version)

    def resolve(self, qid: str, version: int | None = None) -> Questionnaire:
        """Version ``version`` of ``qid``, or its latest; ``NotFoundError`` naming what is
        missing."""
        if version is None:
            return self._repo.latest(qid)
        self._repo.latest(qid)  # "no questionnaire X" before "X has no version N"
        return self._repo.get(qid, version)

    def builtin(self) -> Questionnaire:
        return self._repo.latest(BUILTIN_ID)

    def save(
        self, questionnaire: Questionnaire, *, imported_from: str | None = None
    ) -> SavedQuestionnaire:
        """Store a questionnaire; a version in use never changes (the edit becomes the next
        version) and then the sessions without responses follow the new version.
        ``imported_from`` names the file it came from (for the audit log; else it is an
        edit)."""
        with self._store.transaction():
            result = self._repo.save(questionnaire)
            moved = 0
            if result.outcome == "new_version":
                moved = self._store.sessions.follow_new_version(
                    questionnaire.id, result.requested_version, result.questionnaire.version
                )
            if result.outcome != "unchanged":
                stored = result.questionnaire
                details = {
                    "version": stored.version,
                    "outcome": result.outcome,
                    "sessions_moved": moved,
                }
                if imported_from is not None:
                    details["file"] = imported_from
                action = (
                    "questionnaire_imported"
                    if imported_from is not None
                    else "questionnaire_edited"
                )
                self._store.audit.append(action, stored.id, details)
        return SavedQuestionnaire(result, moved)

    def export_json(
        self, qid: str, version: int | None, path: Path, *, force: bool = False
    ) -> Questionnaire:
        """Write a version (default the latest) as JSON in the documented format; the file
        appears whole or not at all."""
        questionnaire = self.resolve(qid, version)
        text = json.dumps(questionnaire.to_dict(), ensure_ascii=False, indent=2) + "\n"
        with atomic_output(path, force=force, protect=[self._store.data_dir]) as temporary:
            temporary.write_text(text, encoding="utf-8")
        return questionnaire

    #: Read and validate a .json or XLSForm file (nothing is stored): see ``load_file``.
    load_file = staticmethod(load_file)

    def export_xlsform(
        self, qid: str, version: int | None, path: Path, *, force: bool = False
    ) -> Questionnaire:
        """Write a version (default the latest) as an XLSForm .xlsx for KoboToolbox or ODK,
        which imports back into the same questionnaire; the file appears whole or not at all
        (``XLSFormExportError`` before anything is written if a part cannot be)."""
        questionnaire = self.resolve(qid, version)
        write_xlsform(questionnaire, path, force=force, protect=[self._store.data_dir])
        return questionnaire
