"""Per (group, question) statistics over the filtered completed responses.

Each question is reported over the responses whose questionnaire version contains it, so a
question dropped in a later version keeps its results, and a question added later is not
counted as missing for the responses that never saw it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..domain.questionnaire import Question, Questionnaire
from ..domain.statistics import ChoiceStats, ScaleStats, choice_stats, scale_stats
from ..store import Store
from ..store.aggregates import Filters, GroupCounts, group_counts


@dataclass(frozen=True)
class QuestionResult:
    group: dict[str, str]
    question: Question
    stats: ScaleStats | ChoiceStats

    @property
    def question_id(self) -> str:
        return self.question.id

    def to_dict(self) -> dict[str, Any]:
        return {"question_id": self.question.id, "group": dict(self.group), **self.stats.to_dict()}


def report(
    store: Store,
    filters: Filters,
    group_by: str = "none",
    minimum_n: int | None = None,
) -> list[QuestionResult]:
    """Statistics of every scale and choice question, per group, in questionnaire order."""
    if minimum_n is None:
        minimum_n = int(store.settings.get("minimum_group_size"))
    groups = group_counts(store.db, filters, group_by)
    results: list[QuestionResult] = []
    for label in sorted(groups):
        counts = groups[label]
        group = {} if group_by == "none" else {group_by: label}
        for question, n_responses in _questions(store, counts):
            stats = _stats(question, counts, n_responses, minimum_n)
            if stats is not None:
                results.append(QuestionResult(group, question, stats))
    return results


def _questions(store: Store, counts: GroupCounts) -> list[tuple[Question, int]]:
    """Each question of the group's questionnaire versions (newest wording first), with the
    number of completed responses whose version contains it."""
    seen: dict[str, tuple[Question, int]] = {}
    for (qid, version), n in sorted(counts.responses.items(), key=lambda kv: -kv[0][1]):
        questionnaire: Questionnaire = store.questionnaires.get(qid, version)
        for question in questionnaire.questions:
            if question.id in seen:
                first, total = seen[question.id]
                seen[question.id] = (first, total + n)
            else:
                seen[question.id] = (question, n)
    return list(seen.values())


def _stats(
    question: Question, counts: GroupCounts, n_responses: int, minimum_n: int
) -> ScaleStats | ChoiceStats | None:
    if question.type in ("likert", "rating"):
        numbers = counts.numbers.get(question.id, {})
        n = sum(numbers.values())
        return scale_stats(
            numbers,
            question.scale_values(),
            n_responses - n,
            minimum_n=minimum_n,
            n_responses=n_responses,
            nps=question.type == "rating" and question.scale_values() == list(range(11)),
        )
    if question.type in ("single_choice", "multiple_choice"):
        n = counts.answered.get(question.id, 0)
        return choice_stats(
            counts.options.get(question.id, {}),
            [str(o.value) for o in question.options],
            n,
            n_responses - n,
            minimum_n=minimum_n,
            n_responses=n_responses,
            multiple=question.type == "multiple_choice",
        )
    return None
