"""Realistic synthetic data, to try the app and to measure it on millions of responses.

Everything comes from one seeded ``random.Random``, UUIDs and dates included, so the same seed
always gives the same database content. Values are drawn a column at a time
(``rng.choices(..., k=n)`` per question for a whole group of like respondents), rows are written
with ``executemany`` in one transaction, and each session is counted by the count tables'
owner in one pass, so a million responses take seconds rather than the hours that a million calls
of the submit path would.
"""

from __future__ import annotations

import math
import random
import sqlite3
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..domain.questionnaire import Question, Questionnaire
from ..domain.sessions import DEFAULT_ORGANISATIONS
from . import demo_texts
from .demo_sessions import SessionPlan, insert_sessions, plan_sessions
from .errors import StoreError
from .questionnaires import BUILTIN_ID
from .store import Store

Progress = Callable[[int, int], None]

#: Mean answer (1-5) of each scale question before the organisation's and session's leanings.
MEANS = {
    "interesting": 4.3,
    "practical": 4.0,
    "understandable": 4.2,
    "necessary": 4.4,
    "identify_victims": 3.9,
    "know_whom_to_consult": 3.5,
    "overall": 4.1,
}
CANNOT_SAY_SHARE = {"identify_victims": 0.05, "know_whom_to_consult": 0.08, "necessary": 0.02}
#: Respondents differ: some are unhappy, most content, some enthusiastic (shift of the mean,
#: weight, share writing "most useful", share writing "to improve").
MOODS = ((-1.0, 15, 0.15, 0.40), (0.0, 60, 0.25, 0.20), (0.5, 25, 0.40, 0.10))
INCOMPLETE_SHARE = 0.02
ANSWERED_TYPES = ("likert", "rating", "number", "text")
BATCH = 50_000
_SKIP = object()  # an unanswered question: no row


@dataclass(frozen=True)
class DemoSummary:
    sessions: int
    responses: int
    completed: int
    organisations: int
    first_date: str
    last_date: str

    def describe(self) -> str:
        return (
            f"{self.responses:,} demo responses ({self.completed:,} completed) in "
            f"{self.sessions:,} sessions of {self.organisations} organisations, "
            f"{self.first_date} to {self.last_date}"
        )


def generate_demo(
    store: Store,
    responses: int,
    sessions: int = 20,
    seed: int = 1,
    progress: Progress | None = None,
) -> DemoSummary:
    """Add ``sessions`` closed sessions holding ``responses`` responses to the database.

    All of it is one transaction: interrupted, it leaves nothing behind.
    """
    if responses < 0 or sessions < 1:
        raise ValueError("responses must be 0 or more and sessions at least 1")
    rng = random.Random(seed)
    questionnaire = store.questionnaires.latest(BUILTIN_ID)
    organisations = list(store.settings.get("organisations") or DEFAULT_ORGANISATIONS)
    plans = plan_sessions(rng, sessions, responses, organisations)
    writer = _Writer(store, questionnaire, responses, progress, rng)
    version = [(questionnaire.id, questionnaire.version)]
    try:
        with store.db.atomic():
            insert_sessions(store, questionnaire, plans)
            for plan in plans:
                for start in range(0, plan.size, BATCH):
                    batch = _respondents(rng, questionnaire, plan, min(BATCH, plan.size - start))
                    writer.add(plan, batch)
                writer.flush()
                store.counts.add("r.session_id = ?", [plan.id], versions=version)
    except sqlite3.IntegrityError:
        # the same seed draws the same ids: this seed's data (or part of it) is already here
        raise StoreError(
            f"this database already holds the demo data of seed {seed}; "
            "use another --seed or another --data-dir"
        ) from None
    try:
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the log holds it all: empty it
    except sqlite3.Error:
        pass  # a busy database is checkpointed later; nothing is lost
    days = sorted(p.day for p in plans)
    return DemoSummary(
        sessions=sessions,
        responses=responses,
        completed=writer.completed,
        organisations=len({p.organisation for p in plans}),
        first_date=days[0],
        last_date=days[-1],
    )


@dataclass
class _Respondents:
    """One batch of a session's respondents, in the order they answered."""

    rows: list[tuple[str, str, bool, tuple[Any, ...]]]  # uuid, language, completed, values


def _respondents(
    rng: random.Random, q: Questionnaire, plan: SessionPlan, size: int
) -> _Respondents:
    """``size`` respondents drawn a column at a time per (language, mood) cell."""
    cells = [(lang, mood) for lang in ("fi", "sv", "en") for mood in range(len(MOODS))]
    shares = [b - a for a, b in zip((0.0, *plan.languages), plan.languages, strict=False)]
    weights = [shares[i // len(MOODS)] * MOODS[i % len(MOODS)][1] for i in range(len(cells))]
    sizes = Counter(rng.choices(range(len(cells)), weights, k=size))
    rows: list[tuple[str, bool, tuple[Any, ...]]] = []
    for cell, n in sorted(sizes.items()):
        lang, mood = cells[cell]
        columns = [_column(rng, question, plan, lang, mood, n) for question in answered(q)]
        rows += [(lang, True, values) for values in zip(*columns, strict=True)]
    incomplete = sum(1 for _ in range(size) if rng.random() < INCOMPLETE_SHARE)
    for i in rng.sample(range(len(rows)), min(incomplete, len(rows))):
        lang, _, values = rows[i]
        stop = rng.randrange(1, len(values))
        rows[i] = (lang, False, values[:stop] + (_SKIP,) * (len(values) - stop))
    rng.shuffle(rows)
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in rows]
    return _Respondents([(i, *row) for i, row in zip(ids, rows, strict=True)])


def answered(q: Questionnaire) -> list[Question]:
    """The questions demo respondents answer: scales, numbers and comments (the built-in
    questionnaire has nothing else; choices and notes are left unanswered)."""
    return [question for question in q.questions if question.type in ANSWERED_TYPES]


def _column(
    rng: random.Random, question: Question, plan: SessionPlan, lang: str, mood: int, n: int
) -> list:
    """``n`` answers to one question: floats, None for "cannot say", text, or _SKIP."""
    shift, _, useful_share, improve_share = MOODS[mood]
    if question.type == "text":
        pool = (demo_texts.IMPROVE if question.id == "improve" else demo_texts.MOST_USEFUL)[lang]
        share = improve_share if question.id == "improve" else useful_share
        weights = [share / len(pool)] * len(pool) + [1.0 - share]
        return rng.choices([*pool, _SKIP], weights, k=n)
    points = question.scale_values() or [1, 2, 3, 4, 5]
    mean = MEANS.get(question.id, 4.0) + plan.lean + shift
    if plan.audience.endswith("students") and question.id == "know_whom_to_consult":
        mean -= 0.4
    weights = [math.exp(-((p - mean) ** 2) / 1.3) for p in points]
    population: list[float | None] = [float(p) for p in points]
    cannot_say = CANNOT_SAY_SHARE.get(question.id, 0.01) if question.allows_cannot_say else 0
    if cannot_say:
        population.append(None)
        weights.append(sum(weights) * cannot_say / (1 - cannot_say))
    return rng.choices(population, weights, k=n)


class _Writer:
    """Collects rows and writes them in large ``executemany`` batches."""

    def __init__(
        self,
        store: Store,
        q: Questionnaire,
        total: int,
        progress: Progress | None,
        rng: random.Random,
    ):
        self._conn = store.db.conn
        self._q = q
        self._ids = [question.id for question in answered(q)]
        self._total = total
        self._progress = progress
        self._rng = rng
        self._responses: list[tuple] = []
        self._answers: list[tuple] = []
        self.done = 0
        self.completed = 0

    def add(self, plan: SessionPlan, batch: _Respondents) -> None:
        q, answers, ids, bits = self._q, self._answers, self._ids, self._rng.getrandbits
        for response_id, lang, completed, values in batch.rows:
            rid = bits(63) or 1  # random, as the submit path's keys (docs/privacy.md)
            self._responses.append(
                (rid, response_id, plan.id, q.id, q.version, lang, plan.day, int(completed))
            )
            ordinal = 0
            for qid, value in zip(ids, values, strict=True):
                if value is _SKIP:
                    continue
                if value.__class__ is str:
                    answers.append((rid, ordinal, qid, None, value))
                else:
                    answers.append((rid, ordinal, qid, value, None))
                ordinal += 1
            self.completed += completed
        if len(self._responses) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self._responses:
            return
        conn = self._conn
        conn.executemany(
            "INSERT INTO responses (rid, id, session_id, questionnaire_id, questionnaire_version, "
            "language, submitted_on, completed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self._responses,
        )
        conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?)", self._answers)
        self.done += len(self._responses)
        self._responses, self._answers = [], []
        if self._progress is not None:
            self._progress(self.done, self._total)
