"""The filter options that ``report`` and ``export`` share, checked against the database.

An unknown value (an organisation no session has, a misspelt audience, a session id that does
not exist) is an error, not an empty result: a typo must not pass as "no responses".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from ..domain.sessions import AUDIENCES, LANGUAGES, parse_date
from ..services import Services
from ..services.types import Filters
from .common import WHOLE, UserError, shown

FILTER_KEYS = (
    "date_from",
    "date_to",
    "session_ids",
    "organisations",
    "audiences",
    "languages",
    "questionnaire_id",
    "questionnaire_version",
    "laptops",
)


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the filter options to a command; they arrive as keyword arguments."""
    options = [
        click.option("--from", "date_from", help="First session date, e.g. 2026-01-01."),
        click.option("--to", "date_to", help="Last session date, e.g. 2026-12-31."),
        click.option(
            "--session",
            "session_ids",
            multiple=True,
            help="Session id or its first characters (repeatable).",
        ),
        click.option(
            "--organisation", "organisations", multiple=True, help="Organisation (repeatable)."
        ),
        click.option(
            "--audience",
            "audiences",
            multiple=True,
            help=f"One of {', '.join(AUDIENCES)} (repeatable).",
        ),
        click.option("--language", "languages", multiple=True, help="fi, sv or en (repeatable)."),
        click.option("--questionnaire", "questionnaire_id", help="Questionnaire id."),
        click.option(
            "--questionnaire-version",
            "questionnaire_version",
            type=WHOLE,
            help="Questionnaire version (with --questionnaire).",
        ),
        click.option(
            "--laptop",
            "laptops",
            multiple=True,
            help="Laptop the sessions were made on: its id, first characters, or 'this' "
            "(repeatable; see 'feedback-app bundle laptops').",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def build_filters(services: Services, values: dict[str, Any]) -> Filters:
    """Filters from the option values, each checked; raises ``UserError`` naming the bad one."""
    date_from = _date(values.get("date_from"), "--from")
    date_to = _date(values.get("date_to"), "--to")
    if date_from and date_to and date_from > date_to:
        raise UserError(f"--from {date_from} is after --to {date_to}")
    sessions = tuple(services.sessions.find(s).id for s in values.get("session_ids") or ())
    known = services.sessions.organisations_in_use()
    for organisation in values.get("organisations") or ():
        if organisation not in known:
            raise UserError(
                f"no session has the organisation {shown(organisation)}; "
                "see 'feedback-app sessions list'"
            )
    for audience in values.get("audiences") or ():
        if audience not in AUDIENCES:
            raise UserError(
                f"unknown audience {shown(audience)}; use one of {', '.join(AUDIENCES)}"
            )
    for language in values.get("languages") or ():
        if language not in LANGUAGES:
            raise UserError(
                f"unknown language {shown(language)}; use one of {', '.join(LANGUAGES)}"
            )
    qid, version = values.get("questionnaire_id"), values.get("questionnaire_version")
    if version is not None and not qid:
        raise UserError("--questionnaire-version needs --questionnaire ID")
    if qid:
        services.questionnaires.resolve(qid, version)  # NotFoundError names what is missing
    return Filters(
        date_from=date_from,
        date_to=date_to,
        session_ids=sessions,
        organisations=tuple(values.get("organisations") or ()),
        audiences=tuple(values.get("audiences") or ()),
        languages=tuple(values.get("languages") or ()),
        questionnaire_id=qid or None,
        questionnaire_version=version,
        laptops=tuple(services.bundles.find_laptop(t) for t in values.get("laptops") or ()),
    )


def _date(text: str | None, option: str) -> str | None:
    if not text:
        return None
    day = parse_date(text)
    if day is None:
        raise UserError(
            f"{option} must be a date such as 2026-11-28 or 28.11.2026, not {shown(text)}"
        )
    return day.isoformat()
