"""Opening a bundle file and checking all of it before anything is imported.

A bundle comes from a USB stick or an e-mail: it may be cut short, damaged, of a newer format,
altered by hand or made by some other program. Each of those is refused with a
``BundleError`` that says which; only a bundle whose every row is exactly what this app would
store — sessions valid, every answer fitting its question in the questionnaire version the
bundle carries — reaches the merge.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ...domain.answers import StoredRowsChecker
from ...domain.questionnaire import Questionnaire, QuestionnaireError
from ...domain.sessions import LANGUAGES, SessionDraft
from ...domain.validation import parse_questionnaire
from ..errors import BundleError
from .envelope import AGE_MAGIC, DAY, Manifest, is_uuid, read_envelope
from .payload import SESSION_COLUMNS, expected_schema, schema_of

#: Decrypts an age-encrypted file to another path; raises ``BundleError`` when it cannot.
Decrypt = Callable[[Path, Path], None]
Progress = Callable[[int, int], None]


@dataclass
class BundleSession:
    id: str
    laptop: str
    revision: int
    fields: dict[str, object]


@dataclass
class OpenBundle:
    """A checked bundle: its manifest, its content, and the payload database on disk (a
    temporary copy, removed by :meth:`close`)."""

    name: str
    manifest: Manifest
    payload: Path
    encrypted: bool
    laptops: dict[int, str] = field(default_factory=dict)
    questionnaires: dict[tuple[str, int], Questionnaire] = field(default_factory=dict)
    definitions: dict[tuple[str, int], str] = field(default_factory=dict)
    sessions: list[BundleSession] = field(default_factory=list)
    _folder: tempfile.TemporaryDirectory | None = None

    def close(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


@contextlib.contextmanager
def open_bundle(
    path: Path,
    work: Path,
    decrypt: Decrypt | None = None,
    progress: Progress | None = None,
) -> Iterator[OpenBundle]:
    """The checked bundle at ``path``; temporary files go to a private folder in ``work``
    (the data folder: they hold responses) and are removed afterwards."""
    path = Path(path)
    name = path.name
    folder = tempfile.TemporaryDirectory(prefix=".bundle-", dir=work)
    try:
        os.chmod(folder.name, 0o700)
        source = _plain_file(path, Path(folder.name), decrypt)
        payload = Path(folder.name) / "payload.sqlite"
        with open(source, "rb") as handle, open(payload, "wb") as out:
            manifest = read_envelope(handle, name, out)
        bundle = OpenBundle(name, manifest, payload, source != path, _folder=folder)
        _check_payload(bundle, progress)
    except BaseException:
        folder.cleanup()
        raise
    try:
        yield bundle
    finally:
        bundle.close()


def _plain_file(path: Path, folder: Path, decrypt: Decrypt | None) -> Path:
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(AGE_MAGIC))
    except IsADirectoryError:
        raise BundleError(
            f"{path.name}: is a folder, not a bundle file", problem="not_bundle", file=path.name
        ) from None
    if head != AGE_MAGIC:
        return path
    if decrypt is None:
        raise BundleError(
            f"{path.name}: the bundle is encrypted, and this laptop has no key to open it "
            "(feedback-app keys create makes one); nothing was imported",
            problem="no_key",
            file=path.name,
        )
    plain = folder / "decrypted.fbundle"
    decrypt(path, plain)
    return plain


def _content(bundle: OpenBundle, detail: str) -> BundleError:
    return BundleError(
        f"{bundle.name}: the bundle's content is not valid ({detail}); nothing was imported",
        problem="content",
        file=bundle.name,
        detail=detail,
    )


def connect_read_only(payload: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{payload}?mode=ro", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _check_payload(bundle: OpenBundle, progress: Progress | None) -> None:
    try:
        conn = connect_read_only(bundle.payload)
    except sqlite3.Error:
        raise _content(bundle, "it holds no database") from None
    try:
        _check_structure(conn, bundle)
        _read_laptops(conn, bundle)
        _read_questionnaires(conn, bundle)
        _read_sessions(conn, bundle)
        _check_responses(conn, bundle)
        _check_answers(conn, bundle, progress)
    except sqlite3.Error as exc:
        raise _content(bundle, f"the database inside cannot be read: {exc}") from None
    finally:
        conn.close()


def _check_structure(conn: sqlite3.Connection, bundle: OpenBundle) -> None:
    if [row[0] for row in conn.execute("PRAGMA integrity_check")] != ["ok"]:
        raise _content(bundle, "the database inside is damaged")
    if schema_of(conn) != expected_schema():
        raise _content(bundle, "its tables are not those of a bundle")
    for table, expected in bundle.manifest.counts.items():
        actual = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if actual != expected:
            raise _content(bundle, f"the manifest says {expected} {table}, it holds {actual}")


def _read_laptops(conn: sqlite3.Connection, bundle: OpenBundle) -> None:
    for k, laptop in conn.execute("SELECT k, id FROM laptops"):
        if not is_uuid(laptop):
            raise _content(bundle, "a laptop id is not valid")
        bundle.laptops[k] = laptop
    if bundle.manifest.laptop not in bundle.laptops.values():
        raise _content(bundle, "the exporting laptop is not listed")


def _read_questionnaires(conn: sqlite3.Connection, bundle: OpenBundle) -> None:
    for qid, version, definition in conn.execute(
        "SELECT id, version, definition FROM questionnaires"
    ):
        where = f"questionnaire {str(qid)[:40]} version {version}"
        try:
            questionnaire = parse_questionnaire(json.loads(definition))
        except (QuestionnaireError, ValueError, TypeError):
            raise _content(bundle, f"{where} is not a valid questionnaire") from None
        if (questionnaire.id, questionnaire.version) != (qid, version):
            raise _content(bundle, f"{where} holds another questionnaire")
        bundle.questionnaires[(qid, version)] = questionnaire
        bundle.definitions[(qid, version)] = definition


def _read_sessions(conn: sqlite3.Connection, bundle: OpenBundle) -> None:
    names = [c.strip() for c in SESSION_COLUMNS.split(",")]
    for row in conn.execute(f"SELECT laptop, {SESSION_COLUMNS} FROM sessions"):
        laptop, values = row[0], dict(zip(names, row[1:], strict=True))
        session_id, revision = values.pop("id"), values.pop("revision")
        place = f"session {str(session_id)[:36]}"
        if not is_uuid(session_id) or laptop not in bundle.laptops:
            raise _content(bundle, f"{place} has no valid id or laptop")
        if type(revision) is not int or revision < 1:
            raise _content(bundle, f"{place} has no valid revision")
        if (values["questionnaire_id"], values["questionnaire_version"]) not in (
            bundle.questionnaires
        ):
            raise _content(bundle, f"{place} refers to a questionnaire version it does not carry")
        draft_fields = {k: values[k] for k in SessionDraft.__dataclass_fields__}
        try:
            draft = SessionDraft(**draft_fields)
            valid = not draft.problems() and draft.normalised() == draft
        except (TypeError, AttributeError, ValueError):
            valid = False
        if not valid or values["closed"] not in (0, 1) or not _is_day(values["created_on"]):
            raise _content(bundle, f"{place} has values this app does not store")
        values["closed"] = bool(values["closed"])
        bundle.sessions.append(BundleSession(session_id, bundle.laptops[laptop], revision, values))


def _is_day(value: object) -> bool:
    return isinstance(value, str) and DAY.match(value) is not None


_BAD_RESPONSES = f"""
SELECT r.id FROM responses r LEFT JOIN sessions s ON s.id = r.session_id
WHERE s.id IS NULL OR r.questionnaire_id IS NOT s.questionnaire_id
   OR r.questionnaire_version IS NOT s.questionnaire_version
   OR typeof(r.id) != 'text' OR length(r.id) != 36
   OR r.language NOT IN ({", ".join(f"'{language}'" for language in LANGUAGES)})
   OR typeof(r.submitted_on) != 'text' OR r.submitted_on NOT GLOB
      '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'
   OR r.completed NOT IN (0, 1) OR typeof(r.completed) != 'integer'
LIMIT 1
"""
_BAD_ORDINALS = """
SELECT response FROM answers GROUP BY response
HAVING min(ordinal) != 0 OR max(ordinal) != count(*) - 1 OR typeof(max(ordinal)) != 'integer'
LIMIT 1
"""


def _check_responses(conn: sqlite3.Connection, bundle: OpenBundle) -> None:
    bad = conn.execute(_BAD_RESPONSES).fetchone()
    if bad is not None:
        raise _content(
            bundle, "a response does not fit its session or has values this app does not store"
        )
    for (response_id,) in conn.execute("SELECT id FROM responses"):
        if not is_uuid(response_id):
            raise _content(bundle, "a response id is not valid")
    orphan = conn.execute(
        "SELECT 1 FROM answers a LEFT JOIN responses r ON r.k = a.response "
        "WHERE r.k IS NULL LIMIT 1"
    ).fetchone()
    if orphan is not None or conn.execute(_BAD_ORDINALS).fetchone() is not None:
        raise _content(bundle, "answers do not belong to a response")


def _check_answers(conn: sqlite3.Connection, bundle: OpenBundle, progress: Progress | None) -> None:
    """Every response's answers, as this app would store them for its questionnaire."""
    total = bundle.manifest.counts["responses"]
    checkers = {key: StoredRowsChecker(q) for key, q in bundle.questionnaires.items()}
    rows = conn.execute(
        "SELECT r.k, r.questionnaire_id, r.questionnaire_version, r.completed, "
        "a.question_id, a.value_num, a.value_text "
        "FROM responses r LEFT JOIN answers a ON a.response = r.k ORDER BY r.k, a.ordinal"
    )
    current, key, completed, answers, done = None, None, False, [], 0
    for k, qid, version, is_complete, question, number, text in rows:
        if k != current:
            if current is not None:
                _check_one(bundle, checkers, key, answers, completed)
                done += 1
                if progress is not None and done % 2000 == 0:
                    progress(done, total)
            current, key, completed, answers = k, (qid, version), bool(is_complete), []
        if question is not None:
            answers.append((question, number, text))
    if current is not None:
        _check_one(bundle, checkers, key, answers, completed)


def _check_one(
    bundle: OpenBundle, checkers: dict, key: object, answers: list, completed: bool
) -> None:
    questionnaire = bundle.questionnaires[key]  # type: ignore[index]
    problem = checkers[key].problem(answers, completed)
    if problem is not None:
        raise _content(
            bundle,
            f"answers do not fit questionnaire {questionnaire.id} version "
            f"{questionnaire.version}: {problem}",
        )
