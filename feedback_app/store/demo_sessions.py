"""The sessions of the demo data: organisations of every kind, dates over two years.

Each session gets an organisation (the first few chosen so that every audience appears), a
working day (no July: Finland is on holiday), a title in its main language, the languages its
participants answer in, and a leaning: how much better or worse than average they rate it.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from ..domain.questionnaire import Questionnaire
from ..domain.sessions import AUDIENCES
from . import demo_texts
from .store import Store

FIRST_DAY = date(2024, 1, 8)
DAYS = 720


@dataclass(frozen=True)
class SessionPlan:
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


def plan_sessions(
    rng: random.Random, sessions: int, responses: int, organisations: list[str]
) -> list[SessionPlan]:
    """``sessions`` sessions in date order, sharing ``responses`` responses unevenly; a few
    organisations hold several sessions, one session (or so) is a joint training ("other")."""
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
            SessionPlan(
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
    short = total - sum(sizes)
    largest_remainders = sorted(range(parts), key=lambda k: sizes[k] - weights[k] * scale)
    for i in largest_remainders[:short]:
        sizes[i] += 1
    return sizes


def insert_sessions(store: Store, questionnaire: Questionnaire, plans: list[SessionPlan]) -> None:
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
