"""Questionnaire definitions in the database: built-in ones installed on first start."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from ..domain.questionnaire import Questionnaire, pick
from ..domain.validation import load_questionnaire_json, parse_questionnaire
from ..paths import resource
from .errors import NotFoundError

if TYPE_CHECKING:
    from sqlite_utils import Database

BUILTIN_ID = "ihme-feedback"


def builtin_questionnaires() -> list[Questionnaire]:
    folder = resource("questionnaires")
    return [
        load_questionnaire_json(p.read_text(encoding="utf-8"))
        for p in sorted(folder.glob("*.json"))
    ]


@dataclass(frozen=True)
class QuestionnaireInfo:
    id: str
    version: int
    title: str
    responses: int


@dataclass(frozen=True)
class SaveResult:
    """What :meth:`QuestionnaireRepository.save` did: the version now stored under the id, and
    whether it is a new version (the requested one was in use), a replacement of an unused
    version, or unchanged (the same definition was already there)."""

    questionnaire: Questionnaire
    outcome: str  # "new", "new_version", "replaced" or "unchanged"
    requested_version: int


class QuestionnaireRepository:
    def __init__(self, db: Database):
        self._db = db
        self._cache: dict[tuple[str, int], Questionnaire] = {}

    def missing_builtins(self) -> list[Questionnaire]:
        """The bundled questionnaires that the database does not have yet (a read only, so
        that a start with nothing to add never waits for a lock held elsewhere)."""
        return [q for q in builtin_questionnaires() if not self.exists(q.id, q.version)]

    def install_builtins(self) -> None:
        """Store the bundled questionnaires that the database does not have yet."""
        with self._db.atomic():
            for q in self.missing_builtins():
                self._insert(q)

    def exists(self, qid: str, version: int) -> bool:
        row = self._db.execute(
            "SELECT 1 FROM questionnaires WHERE id = ? AND version = ?", [qid, version]
        ).fetchone()
        return row is not None

    def get(self, qid: str, version: int) -> Questionnaire:
        key = (qid, version)
        if key not in self._cache:
            row = self._db.execute(
                "SELECT definition FROM questionnaires WHERE id = ? AND version = ?", key
            ).fetchone()
            if row is None:
                raise _no_version(qid, version)
            self._cache[key] = parse_questionnaire(json.loads(row[0]))
        return self._cache[key]

    def latest_version(self, qid: str) -> int | None:
        row = self._db.execute(
            "SELECT max(version) FROM questionnaires WHERE id = ?", [qid]
        ).fetchone()
        return row[0] if row else None

    def latest(self, qid: str) -> Questionnaire:
        version = self.latest_version(qid)
        if version is None:
            raise NotFoundError(
                f"no questionnaire {qid!r}; see 'feedback-app questionnaire list'",
                kind="questionnaire",
                key=qid,
            )
        return self.get(qid, version)

    def in_use(self, qid: str, version: int) -> bool:
        """True once any response refers to this version: from then on it never changes."""
        row = self._db.execute(
            "SELECT 1 FROM responses WHERE questionnaire_id = ? AND questionnaire_version = ? "
            "LIMIT 1",
            [qid, version],
        ).fetchone()
        return row is not None

    def definition_json(self, qid: str, version: int) -> str:
        """The stored definition, as the JSON text our format documents."""
        row = self._db.execute(
            "SELECT definition FROM questionnaires WHERE id = ? AND version = ?", [qid, version]
        ).fetchone()
        if row is None:
            raise _no_version(qid, version)
        return row[0]

    def save(self, questionnaire: Questionnaire) -> SaveResult:
        """Store a questionnaire, keeping every version that responses refer to unchanged.

        A new id or version is inserted as it is. An existing version that no response refers
        to yet is replaced. An existing version in use is left alone and the definition is
        stored as the next free version of the id, so each response keeps the wording it was
        given.
        """
        qid, version = questionnaire.id, questionnaire.version
        with self._db.atomic():
            if not self.exists(qid, version):
                self._insert(questionnaire)
                return SaveResult(questionnaire, "new", version)
            if self._definition_of(questionnaire) == self.definition_json(qid, version):
                return SaveResult(self.get(qid, version), "unchanged", version)
            if not self.in_use(qid, version):
                self._db["questionnaires"].delete((qid, version))
                self._cache.pop((qid, version), None)
                self._insert(questionnaire)
                return SaveResult(questionnaire, "replaced", version)
            following = replace(questionnaire, version=(self.latest_version(qid) or 0) + 1)
            self._insert(following)
            return SaveResult(following, "new_version", version)

    def list(self, language: str = "en") -> list[QuestionnaireInfo]:
        rows = self._db.execute(
            """
            SELECT q.id, q.version, q.definition,
                   (SELECT count(*) FROM responses r
                     WHERE r.questionnaire_id = q.id AND r.questionnaire_version = q.version)
            FROM questionnaires q ORDER BY q.id, q.version
            """
        ).fetchall()
        return [
            QuestionnaireInfo(qid, version, pick(json.loads(d).get("title"), language, qid), n)
            for qid, version, d, n in rows
        ]

    def _insert(self, q: Questionnaire) -> None:
        self._db["questionnaires"].insert(
            {
                "id": q.id,
                "version": q.version,
                "title": q.title_in(q.default_language),
                "definition": self._definition_of(q),
                "created_on": date.today().isoformat(),
            }
        )

    @staticmethod
    def _definition_of(q: Questionnaire) -> str:
        return json.dumps(q.to_dict(), ensure_ascii=False)


def _no_version(qid: str, version: int) -> NotFoundError:
    return NotFoundError(
        f"questionnaire {qid!r} has no version {version}", kind="version", key=f"{qid}:{version}"
    )
