"""Realistic synthetic data, to try the app and to measure it on millions of responses.

Everything comes from one seeded ``random.Random``, UUIDs and dates included, so the same seed
always gives the same database content. Values are drawn a column at a time
(``rng.choices(..., k=n)`` per question for a whole group of like respondents), rows are written
with ``executemany`` in one transaction, and the count tables are updated from counts made
while drawing, so a million responses take seconds rather than the hours that a million calls
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
from datetime import date, timedelta
from typing import Any

from ..domain.questionnaire import Questionnaire
from ..domain.sessions import AUDIENCES, DEFAULT_ORGANISATIONS
from . import demo_texts
from .errors import StoreError
from .questionnaires import BUILTIN_ID
from .store import Store

Progress = Callable[[int, int], None]

FIRST_DAY = date(2024, 1, 8)
DAYS = 720
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


@dataclass(frozen=True)
class _Plan:
    """One demo session and how its participants lean."""

    id: str
    title: str
    day: str
    organisation: str
    audience: str
    default_language: str
    languages: tuple[float, float, float]  # cumulative weights of fi, sv, en
    lean: float
    size: int


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
    plans = _plan_sessions(rng, sessions, responses, organisations)
    writer = _Writer(store, questionnaire, responses, progress)
    try:
        with store.db.atomic():
            _insert_sessions(store, questionnaire, plans)
            for plan in plans:
                for start in range(0, plan.size, BATCH):
                    batch = _respondents(rng, questionnaire, plan, min(BATCH, plan.size - start))
                    writer.add(plan, batch)
            writer.flush()
    except sqlite3.IntegrityError:
        # the same seed draws the same ids: this seed's data (or part of it) is already here
        raise StoreError(
            f"this database already holds the demo data of seed {seed}; "
            "use another --seed or another --data-dir"
        ) from None
    store.checkpoint()
    days = sorted(p.day for p in plans)
    return DemoSummary(
        sessions=sessions,
        responses=responses,
        completed=writer.completed,
        organisations=len({p.organisation for p in plans}),
        first_date=days[0],
        last_date=days[-1],
    )


def _audience_of(organisation: str) -> str:
    name = organisation.lower()
    if "ammattikorkeakoulu" in name:
        return "police_students"
    if "merivartiokoulu" in name:
        return "border_guard_students"
    if "rajavartiosto" in name or "merivartiosto" in name:
        return "border_guards"
    return "police_officers"


def _pick_organisations(rng: random.Random, organisations: list[str], count: int) -> list[str]:
    """A few organisations of every kind first, so that every audience appears."""
    pool = list(organisations)
    rng.shuffle(pool)
    chosen: list[str] = []
    for audience in AUDIENCES:
        for name in pool:
            if name not in chosen and _audience_of(name) == audience:
                chosen.append(name)
                break
    chosen += [name for name in pool if name not in chosen]
    return chosen[: max(count, 1)]


def _plan_sessions(
    rng: random.Random, sessions: int, responses: int, organisations: list[str]
) -> list[_Plan]:
    chosen = _pick_organisations(rng, organisations, max(3, min(sessions // 2, 12)))
    leaning = {name: rng.gauss(0.0, 0.3) for name in chosen}
    sizes = _split(rng, responses, sessions)
    plans = []
    for i in range(sessions):
        organisation = chosen[i % len(chosen)] if i < len(chosen) else rng.choice(chosen)
        audience = _audience_of(organisation)
        if i == len(chosen) or rng.random() < 0.08:
            audience = "other"  # a joint training with other authorities
        sv, en = demo_texts.LANGUAGE_SHARES.get(organisation, demo_texts.DEFAULT_LANGUAGES)
        main = "sv" if sv > 0.4 else "fi"
        day = _weekday(FIRST_DAY + timedelta(days=int((i + rng.random()) * DAYS / sessions)))
        plans.append(
            _Plan(
                id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                title=rng.choice(demo_texts.TITLES[main][audience]),
                day=day.isoformat(),
                organisation=organisation,
                audience=audience,
                default_language=main,
                languages=(1.0 - sv - en, 1.0 - en, 1.0),
                lean=leaning[organisation] + rng.gauss(0.0, 0.15),
                size=sizes[i],
            )
        )
    return plans


def _weekday(day: date) -> date:
    """Trainings happen on working days, and not in July."""
    if day.month == 7:
        day += timedelta(days=31)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _split(rng: random.Random, total: int, parts: int) -> list[int]:
    """``total`` divided into ``parts`` uneven sizes that add up exactly."""
    weights = [rng.uniform(0.4, 1.6) for _ in range(parts)]
    scale = total / sum(weights)
    sizes = [int(w * scale) for w in weights]
    for i in sorted(range(parts), key=lambda k: sizes[k] - weights[k] * scale)[
        : total - sum(sizes)
    ]:
        sizes[i] += 1
    return sizes


def _insert_sessions(store: Store, questionnaire: Questionnaire, plans: list[_Plan]) -> None:
    store.db.conn.executemany(
        "INSERT INTO sessions (id, title, session_date, organisation, audience, location, "
        "trainers, default_language, expected_participants, questionnaire_id, "
        "questionnaire_version, closed, created_on) "
        "VALUES (?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, 1, ?)",
        [
            (
                p.id,
                p.title,
                p.day,
                p.organisation,
                p.audience,
                demo_texts.PLACES.get(p.organisation, ""),
                p.default_language,
                p.size,
                questionnaire.id,
                questionnaire.version,
                p.day,
            )
            for p in plans
        ],
    )


@dataclass
class _Respondents:
    """One batch of a session's respondents, in the order they answered."""

    rows: list[tuple[str, str, bool, tuple[Any, ...]]]  # uuid, language, completed, values
    counts: Counter[tuple[str, str, str, float]]  # (language, question, kind, value) -> n


def _respondents(rng: random.Random, q: Questionnaire, plan: _Plan, size: int) -> _Respondents:
    """``size`` respondents drawn a column at a time per (language, mood) cell."""
    cells = [(lang, mood) for lang in ("fi", "sv", "en") for mood in range(len(MOODS))]
    shares = [b - a for a, b in zip((0.0, *plan.languages), plan.languages, strict=False)]
    weights = [shares[i // len(MOODS)] * MOODS[i % len(MOODS)][1] for i in range(len(cells))]
    sizes = Counter(rng.choices(range(len(cells)), weights, k=size))
    rows: list[tuple[str, bool, tuple[Any, ...]]] = []
    counts: Counter[tuple[str, str, str, float]] = Counter()
    for cell, n in sorted(sizes.items()):
        lang, mood = cells[cell]
        columns = [_column(rng, question, plan, lang, mood, n) for question in q.questions]
        _count(counts, q, lang, columns)
        rows += [(lang, True, values) for values in zip(*columns, strict=True)]
    incomplete = sum(1 for _ in range(size) if rng.random() < INCOMPLETE_SHARE)
    for i in rng.sample(range(len(rows)), min(incomplete, len(rows))):
        lang, _, values = rows[i]
        stop = rng.randrange(1, len(values))
        rows[i] = (lang, False, values[:stop] + (_SKIP,) * (len(values) - stop))
        _count(counts, q, lang, [[v] for v in values], -1)
    rng.shuffle(rows)
    ids = [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in rows]
    return _Respondents([(i, *row) for i, row in zip(ids, rows, strict=True)], counts)


def _count(
    counts: Counter, q: Questionnaire, lang: str, columns: list[list], sign: int = 1
) -> None:
    """What the answers add to ``answer_counts``: 'num' per value, 'missing' per "cannot say"."""
    for question, column in zip(q.questions, columns, strict=True):
        if question.is_numeric:
            for value, k in Counter(column).items():
                if value is None:
                    counts[(lang, question.id, "missing", 0.0)] += sign * k
                elif value is not _SKIP:
                    counts[(lang, question.id, "num", value)] += sign * k


def _column(rng: random.Random, question: Any, plan: _Plan, lang: str, mood: int, n: int) -> list:
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
    """Collects rows and writes them, and adds their counts, in large ``executemany`` batches."""

    def __init__(self, store: Store, q: Questionnaire, total: int, progress: Progress | None):
        self._conn = store.db.conn
        self._q = q
        self._ids = [question.id for question in q.questions]
        self._total = total
        self._progress = progress
        self._responses: list[tuple] = []
        self._answers: list[tuple] = []
        self._counts: Counter[tuple] = Counter()
        self._rid = self._conn.execute("SELECT coalesce(max(rid), 0) FROM responses").fetchone()[0]
        self.done = 0
        self.completed = 0

    def add(self, plan: _Plan, batch: _Respondents) -> None:
        q, answers, ids = self._q, self._answers, self._ids
        rid = self._rid
        for response_id, lang, completed, values in batch.rows:
            rid += 1
            self._responses.append(
                (rid, response_id, plan.id, q.id, q.version, lang, plan.day, int(completed))
            )
            for qid, value in zip(ids, values, strict=True):
                if value is _SKIP:
                    continue
                if value.__class__ is str:
                    answers.append((rid, qid, None, value))
                else:
                    answers.append((rid, qid, value, None))
            self.completed += completed
        self._rid = rid
        for (lang, qid, kind, value), n in batch.counts.items():
            if n:
                self._counts[(plan.id, lang, qid, kind, value)] += n
        responses = Counter((lang, done) for _, lang, done, _ in batch.rows)
        for (lang, done), n in responses.items():
            if done:
                self._counts[(plan.id, lang, "", "responses", 0.0)] += n
        if len(self._responses) >= BATCH:
            self.flush()

    def flush(self) -> None:
        conn, q = self._conn, self._q
        conn.executemany("INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self._responses)
        conn.executemany(
            "INSERT INTO answers (response_id, question_id, value_num, value_text) "
            "VALUES (?, ?, ?, ?)",
            self._answers,
        )
        conn.executemany(
            "INSERT INTO response_counts VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO UPDATE SET n = n + excluded.n",
            [
                (sid, lang, q.id, q.version, n)
                for (sid, lang, _, kind, _), n in self._counts.items()
                if kind == "responses"
            ],
        )
        conn.executemany(
            "INSERT INTO answer_counts VALUES (?, ?, ?, ?, ?, ?, ?, '', ?) "
            "ON CONFLICT DO UPDATE SET n = n + excluded.n",
            [
                (sid, lang, q.id, q.version, qid, kind, value, n)
                for (sid, lang, qid, kind, value), n in self._counts.items()
                if kind != "responses"
            ],
        )
        self.done += len(self._responses)
        self._responses, self._answers, self._counts = [], [], Counter()
        if self._progress is not None:
            self._progress(self.done, self._total)
