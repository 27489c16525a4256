"""Per (group, question) statistics over the filtered completed responses.

Each question is reported over the responses whose questionnaire version contains it, so a
question dropped in a later version keeps its results, and a question added later is not
counted as missing for the responses that never saw it. Versions are added up only where the
question measures the same thing: the same type and the same scale points or option codes.
A question whose scale or options changed gets one result per definition (each names its
versions), because averaging a 1-5 answer with a 1-7 answer would publish a wrong number.
Questions of different questionnaires are never added up, even when their ids are equal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..domain.questionnaire import Question, pick
from ..domain.statistics import ChoiceStats, ScaleStats, choice_stats, scale_stats
from ..store import Store
from ..store.aggregates import Filters, GroupCounts, QuestionKey, group_counts, session_labels
from ..store.comments import comments as read_comments
from ..store.comments import shuffled
from ..store.counts import CHOICE_TYPES

SCALE_TYPES = ("likert", "rating")


Progress = Callable[[int, int], None]
"""``callback(done, total)``; may raise to cancel."""


@dataclass(frozen=True)
class Comments:
    """The free-text answers to one question in one group, in shuffled order.

    ``n`` counts non-empty answers, ``n_missing`` the other completed responses that had the
    question. Withheld (``comments`` None) when the group is below the minimum size: a
    comment is a participant's own words, the most identifying thing we hold.
    """

    n: int
    n_missing: int
    comments: tuple[str, ...] | None
    suppressed: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "n": self.n,
            "n_missing": self.n_missing,
            "comments": None if self.comments is None else list(self.comments),
            "suppressed": self.suppressed,
        }


Stats = ScaleStats | ChoiceStats | Comments


@dataclass(frozen=True)
class QuestionResult:
    """One row of a report: one question in one group.

    ``group`` is ``{}`` without grouping, else e.g. ``{"organisation": "Lapin poliisilaitos"}``;
    grouped by session it also carries the title and date, so a reader can tell sessions apart.
    """

    group: dict[str, str]
    question: Question
    stats: Stats
    questionnaire_id: str = ""
    versions: tuple[int, ...] = ()

    @property
    def question_id(self) -> str:
        return self.question.id

    def to_dict(self, language: str | None = None) -> dict[str, Any]:
        """JSON-ready row; with ``language`` it also carries the question text in it."""
        data: dict[str, Any] = {
            "question_id": self.question.id,
            "questionnaire_id": self.questionnaire_id,
            "questionnaire_versions": list(self.versions),
            "type": self.question.type,
        }
        if language is not None:
            data["question"] = pick(self.question.text, language, self.question.id)
        data["group"] = dict(self.group)
        data.update(self.stats.to_dict())
        return data


@dataclass
class _Slot:
    """A question as reported: its newest wording, the versions added up, their responses."""

    questionnaire_id: str
    question: Question
    versions: list[int] = field(default_factory=list)
    n_responses: int = 0

    def keys(self) -> list[QuestionKey]:
        return [(self.questionnaire_id, v, self.question.id) for v in self.versions]


def report(
    store: Store,
    filters: Filters,
    group_by: str = "none",
    minimum_n: int | None = None,
    *,
    comments: bool = False,
    progress: Progress | None = None,
) -> list[QuestionResult]:
    """Statistics of every scale and choice question (and, with ``comments``, the answers to
    every text question), per group, groups in order, questions in questionnaire order."""
    if minimum_n is None:
        minimum_n = int(store.settings.get("minimum_group_size"))
    steps = 3 if comments else 2
    _step(progress, 0, steps)
    groups = group_counts(store.db, filters, group_by)
    _step(progress, 1, steps)
    texts: dict[str, dict[QuestionKey, list[str]]] = {}
    if comments:
        texts = read_comments(store.db, filters, group_by, _text_questions(store, groups))
        _step(progress, 2, steps)
    results: list[QuestionResult] = []
    for label, group in _ordered_groups(store, group_by, groups):
        counts = groups[label]
        for slot in _slots(store, counts, comments):
            stats = _stats(slot, counts, texts.get(label, {}), minimum_n)
            results.append(
                QuestionResult(
                    group, slot.question, stats, slot.questionnaire_id, tuple(sorted(slot.versions))
                )
            )
    _step(progress, steps, steps)
    return results


def _step(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _ordered_groups(
    store: Store, group_by: str, groups: dict[str, GroupCounts]
) -> list[tuple[str, dict[str, str]]]:
    """Group labels in reading order with the ``group`` object each result carries."""
    if group_by == "none":
        return [(label, {}) for label in groups]
    if group_by != "session":
        return [(label, {group_by: label}) for label in sorted(groups)]
    info = session_labels(store.db, list(groups))
    ordered = sorted(groups, key=lambda sid: (info[sid].session_date, info[sid].title, sid))
    return [
        (
            sid,
            {
                "session": sid,
                "session_title": info[sid].title,
                "session_date": info[sid].session_date,
            },
        )
        for sid in ordered
    ]


def _reported(question: Question, comments: bool) -> bool:
    return question.type in SCALE_TYPES + CHOICE_TYPES or (comments and question.type == "text")


def _same_measure(a: Question, b: Question) -> bool:
    """Whether answers to ``a`` and ``b`` can be counted together."""
    if a.type != b.type:
        return False
    if a.type in SCALE_TYPES:
        return a.scale_values() == b.scale_values()
    return [str(o.value) for o in a.options] == [str(o.value) for o in b.options]


def _slots(store: Store, counts: GroupCounts, comments: bool) -> list[_Slot]:
    """The questions of the group's questionnaire versions, newest version (and wording) first,
    a question dropped later after the current ones."""
    by_id: dict[tuple[str, str], list[_Slot]] = {}
    for (qid, version), n in sorted(counts.responses.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        for question in store.questionnaires.get(qid, version).questions:
            if not _reported(question, comments):
                continue
            slots = by_id.setdefault((qid, question.id), [])
            slot = next((s for s in slots if _same_measure(s.question, question)), None)
            if slot is None:
                slot = _Slot(qid, question)
                slots.append(slot)
            slot.versions.append(version)
            slot.n_responses += n
    return [slot for slots in by_id.values() for slot in slots]


def _text_questions(
    store: Store, groups: dict[str, GroupCounts]
) -> dict[tuple[str, int], set[str]]:
    versions = {key for counts in groups.values() for key in counts.responses}
    return {
        (qid, version): {
            q.id for q in store.questionnaires.get(qid, version).questions if q.type == "text"
        }
        for qid, version in versions
    }


def _stats(
    slot: _Slot, counts: GroupCounts, texts: dict[QuestionKey, list[str]], minimum_n: int
) -> Stats:
    question, n_responses = slot.question, slot.n_responses
    if question.type in SCALE_TYPES:
        numbers: dict[float, int] = {}
        for key in slot.keys():
            for value, n in counts.numbers.get(key, {}).items():
                numbers[value] = numbers.get(value, 0) + n
        n = sum(numbers.values())
        stats = scale_stats(
            numbers,
            question.scale_values(),
            n_responses - n,
            minimum_n=minimum_n,
            n_responses=n_responses,
            nps=question.type == "rating" and question.scale_values() == list(range(11)),
        )
        if stats.suppressed:
            return stats
        cannot_say = sum(counts.cannot_say.get(key, 0) for key in slot.keys())
        return replace(stats, n_cannot_say=cannot_say)
    if question.type in CHOICE_TYPES:
        options: dict[str, int] = {}
        for key in slot.keys():
            for code, n in counts.options.get(key, {}).items():
                options[code] = options.get(code, 0) + n
        n = sum(counts.answered.get(key, 0) for key in slot.keys())
        return choice_stats(
            options,
            [str(o.value) for o in question.options],
            n,
            n_responses - n,
            minimum_n=minimum_n,
            n_responses=n_responses,
            multiple=question.type == "multiple_choice",
        )
    answers = [text for key in slot.keys() for text in texts.get(key, [])]
    if len(slot.versions) > 1:
        answers = shuffled(answers)
    suppressed = n_responses < minimum_n
    return Comments(
        len(answers), n_responses - len(answers), None if suppressed else tuple(answers), suppressed
    )
