"""Free-text answers of completed responses, per group and question, in random order.

Comments are the one aggregate output that shows individual answers, so the order of the rows
must say nothing about who answered when: they are shuffled with the operating system's
random source, never returned in storage (that is, submission) order.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, TypeVar

from .aggregates import Filters, QuestionKey, VersionKey, group_sql

if TYPE_CHECKING:
    from sqlite_utils import Database

_RANDOM = random.SystemRandom()
T = TypeVar("T")


def shuffled(items: list[str]) -> list[str]:
    """A copy of ``items`` in an unpredictable order."""
    return shuffled_rows(items)


def shuffled_rows(items: list[T]) -> list[T]:
    """A copy of ``items`` in an unpredictable order."""
    copy = list(items)
    _RANDOM.shuffle(copy)
    return copy


def comments(
    db: Database,
    filters: Filters,
    group_by: str,
    text_questions: Mapping[VersionKey, Collection[str]],
) -> dict[str, dict[QuestionKey, list[str]]]:
    """The non-empty answers to the given text questions, per group label and question.

    ``text_questions`` names, per questionnaire version, the questions whose answers are free
    text (the answers table does not know a question's type). "Cannot say" rows have no text
    and are left out. Each list is shuffled.
    """
    expr = group_sql(group_by, "r")
    where, params = filters.where("r")
    wanted: list[str] = []
    wanted_params: list[object] = []
    for (qid, version), questions in sorted(text_questions.items()):
        if questions:
            marks = ", ".join("?" for _ in questions)
            wanted.append(
                f"(r.questionnaire_id = ? AND r.questionnaire_version = ? "
                f"AND a.question_id IN ({marks}))"
            )
            wanted_params.extend([qid, version, *sorted(questions)])
    found: dict[str, dict[QuestionKey, list[str]]] = defaultdict(lambda: defaultdict(list))
    if not wanted:
        return {}
    for label, qid, version, question, text in db.execute(
        f"SELECT {expr}, r.questionnaire_id, r.questionnaire_version, a.question_id, "
        "a.value_text FROM responses r "
        "JOIN sessions s ON s.id = r.session_id "
        "JOIN answers a ON a.response_id = r.rid "
        f"WHERE r.completed = 1 AND a.value_text IS NOT NULL AND a.value_text != '' "
        f"AND {where} AND ({' OR '.join(wanted)})",
        [*params, *wanted_params],
    ):
        found[label][(qid, version, question)].append(text)
    return {
        label: {key: shuffled(texts) for key, texts in per_question.items()}
        for label, per_question in found.items()
    }
