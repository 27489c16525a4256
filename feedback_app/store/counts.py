"""The one owner of the count tables that every report reads.

``response_counts`` holds the completed responses and ``answer_counts`` what their answers add,
per (session, language, questionnaire version, question, kind, value). Nothing else writes
them: the submit path, the demo generator, bundle import and retention all go through
:class:`CountTables`, and each of its counts is computed in SQL from the stored ``responses``
and ``answers``, by one definition, so an incremental update and a full rebuild agree.

What one completed response adds: 'num' per numeric value, 'missing' per "cannot say",
'option' per chosen option and 'answered' once per answered choice question (a multiple
choice has several options but one respondent). Free text adds nothing; unfinished responses
add nothing at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.questionnaire import Questionnaire

if TYPE_CHECKING:
    from sqlite_utils import Database

CHOICE_TYPES = ("single_choice", "multiple_choice")

AnswerKey = tuple[str, str, str, int, str, str, float, str]
"""(session, language, questionnaire id, version, question, kind, value_num, value_text)"""
ResponseKey = tuple[str, str, str, int]
"""(session, language, questionnaire id, version)"""

_GROUP = "r.session_id, r.language, r.questionnaire_id, r.questionnaire_version"
_RESPONSES = f"""
SELECT {_GROUP}, count(*) FROM responses r
WHERE r.completed = 1 AND ({{where}}) GROUP BY 1, 2, 3, 4
"""
_VALUES = f"""
SELECT {_GROUP}, a.question_id,
       CASE WHEN a.value_num IS NOT NULL THEN 'num'
            WHEN a.value_text IS NULL THEN 'missing' ELSE 'option' END,
       coalesce(a.value_num, 0.0),
       CASE WHEN a.value_num IS NULL THEN coalesce(a.value_text, '') ELSE '' END,
       count(*)
FROM responses r JOIN answers a ON a.response_id = r.rid
WHERE r.completed = 1 AND r.questionnaire_id = ? AND r.questionnaire_version = ? AND ({{where}})
  AND (a.value_num IS NOT NULL OR a.value_text IS NULL OR a.question_id IN ({{choices}}))
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
"""
_ANSWERED = f"""
SELECT {_GROUP}, a.question_id, 'answered', 0.0, '', count(DISTINCT r.rid)
FROM responses r JOIN answers a ON a.response_id = r.rid
WHERE r.completed = 1 AND r.questionnaire_id = ? AND r.questionnaire_version = ? AND ({{where}})
  AND a.value_num IS NULL AND a.value_text IS NOT NULL AND a.question_id IN ({{choices}})
GROUP BY 1, 2, 3, 4, 5
"""
_ADD_RESPONSES = """
INSERT INTO response_counts (session_id, language, questionnaire_id, questionnaire_version, n)
SELECT * FROM ({select}) WHERE true
ON CONFLICT DO UPDATE SET n = n + excluded.n
"""
_ADD_ANSWERS = """
INSERT INTO answer_counts (session_id, language, questionnaire_id, questionnaire_version,
                           question_id, kind, value_num, value_text, n)
SELECT * FROM ({select}) WHERE true
ON CONFLICT DO UPDATE SET n = n + excluded.n
"""


@dataclass(frozen=True)
class Counts:
    """The content of both count tables, as a mapping from key to n."""

    responses: dict[ResponseKey, int]
    answers: dict[AnswerKey, int]


@dataclass(frozen=True)
class CountDifference:
    table: str
    key: tuple[Any, ...]
    stored: int
    actual: int

    def describe(self) -> str:
        session, language, qid, version, *rest = self.key
        place = f"session {session[:8]}, {language}, {qid} version {version}"
        if rest:
            question, kind, value_num, value_text = rest
            value = {
                "num": f"value {value_num:g}",
                "missing": "cannot say",
                "option": f"option {value_text}",
                "answered": "answered",
            }[kind]
            place += f", question {question}, {value}"
        return (
            f"{self.table}: {place}: stored {self.stored}, counted from the responses {self.actual}"
        )


class CountTables:
    """Adds to, removes from and rebuilds ``response_counts`` and ``answer_counts``."""

    def __init__(self, db: Database, questionnaire: Any):
        """``questionnaire(qid, version)`` gives a stored questionnaire version."""
        self._db = db
        self._questionnaire = questionnaire

    # -- writing ---------------------------------------------------------------------------
    def add_response(self, rid: int, questionnaire: Questionnaire) -> None:
        """Count one stored response (nothing when it is unfinished)."""
        self.add("r.rid = ?", [rid], versions=[(questionnaire.id, questionnaire.version)])

    def add(
        self,
        where: str,
        params: Sequence[Any],
        versions: Iterable[tuple[str, int]] | None = None,
    ) -> None:
        """Count the stored responses that the SQL condition ``where`` (over ``responses r``)
        selects. The caller makes sure none of them is counted already."""
        conn = self._db.conn
        conn.execute(_ADD_RESPONSES.format(select=_RESPONSES.format(where=where)), params)
        for sql, values in self._answer_queries(where, params, versions):
            conn.execute(_ADD_ANSWERS.format(select=sql), values)

    def remove_session(self, session_id: str) -> None:
        """Forget everything counted for a session (its responses are being removed)."""
        for table in ("response_counts", "answer_counts"):
            self._db.execute(f"DELETE FROM {table} WHERE session_id = ?", [session_id])

    def rebuild(self) -> None:
        """Count every stored response again from scratch."""
        self._db.execute("DELETE FROM response_counts")
        self._db.execute("DELETE FROM answer_counts")
        self.add("1", [])

    # -- checking --------------------------------------------------------------------------
    def stored(self) -> Counts:
        """What the count tables hold now."""
        responses = {
            tuple(row[:4]): row[4]
            for row in self._db.execute(
                "SELECT session_id, language, questionnaire_id, questionnaire_version, n "
                "FROM response_counts"
            )
        }
        answers = {
            tuple(row[:8]): row[8]
            for row in self._db.execute(
                "SELECT session_id, language, questionnaire_id, questionnaire_version, "
                "question_id, kind, value_num, value_text, n FROM answer_counts"
            )
        }
        return Counts(responses, answers)  # type: ignore[arg-type]

    def computed(self) -> Counts:
        """What the count tables should hold, counted in memory from the responses."""
        conn = self._db.conn
        responses = {tuple(row[:4]): row[4] for row in conn.execute(_RESPONSES.format(where="1"))}
        answers: dict[AnswerKey, int] = {}
        for sql, values in self._answer_queries("1", [], None):
            answers.update((tuple(row[:8]), row[8]) for row in conn.execute(sql, values))
        return Counts(responses, answers)  # type: ignore[arg-type]

    def differences(self) -> list[CountDifference]:
        """Every key whose stored count differs from a count made now (empty: all agree)."""
        stored, actual = self.stored(), self.computed()
        found: list[CountDifference] = []
        for table, have, want in (
            ("response_counts", stored.responses, actual.responses),
            ("answer_counts", stored.answers, actual.answers),
        ):
            for key in sorted(set(have) | set(want), key=repr):
                if have.get(key, 0) != want.get(key, 0):
                    found.append(CountDifference(table, key, have.get(key, 0), want.get(key, 0)))
        return found

    # -- SQL -------------------------------------------------------------------------------
    def _answer_queries(
        self, where: str, params: Sequence[Any], versions: Iterable[tuple[str, int]] | None
    ) -> list[tuple[str, list[Any]]]:
        """One query per questionnaire version: which questions count options depends on it."""
        if versions is None:
            versions = self._db.execute(
                "SELECT DISTINCT questionnaire_id, questionnaire_version FROM responses r "
                f"WHERE r.completed = 1 AND ({where})",
                list(params),
            ).fetchall()
        queries = []
        for qid, version in versions:
            choices = [
                q.id for q in self._questionnaire(qid, version).questions if q.type in CHOICE_TYPES
            ]
            marks = ", ".join("?" for _ in choices)
            values = [qid, version, *params, *choices]
            sql = _VALUES.format(where=where, choices=marks)
            if choices:  # without choice questions nothing counts as 'answered'
                sql += "UNION ALL" + _ANSWERED.format(where=where, choices=marks)
                values += values
            queries.append((sql, values))
        return queries
