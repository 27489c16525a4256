"""``feedback-app sessions``: list, create, close and reopen training sessions."""

from __future__ import annotations

import click

from ..domain.sessions import AUDIENCES, LANGUAGES, SessionDraft
from ..store import Store
from ..store.questionnaires import BUILTIN_ID
from .common import UserError, data_dir_option, open_store, user_errors

_PROBLEM_TEXT = {
    "title": "--title must not be empty",
    "session_date": "--date must be a date such as 2026-11-28 or 28.11.2026",
    "audience": f"--audience must be one of {', '.join(AUDIENCES)}",
    "default_language": f"--language must be one of {', '.join(LANGUAGES)}",
    "expected_participants": "--expected must be a number from 1 to 10000",
}


@click.group("sessions")
def sessions_group() -> None:
    """Training sessions: one training event each."""


@sessions_group.command("list")
@data_dir_option
@click.pass_context
@user_errors
def list_sessions(ctx: click.Context, data_dir: str | None) -> None:
    """List sessions, newest first: id, date, status, responses, organisation, title."""
    with open_store(ctx, data_dir) as store:
        rows = store.sessions.list()
    if not rows:
        click.echo("No sessions yet. Create one with 'feedback-app sessions create'.")
        return
    for s in rows:
        status = "closed" if s.closed else "open"
        click.echo(
            f"{s.id[:8]}  {s.session_date}  {status:<6}  {s.completed_responses:>5}  "
            f"{s.organisation or '-'}  {s.title}"
        )


@sessions_group.command("create")
@data_dir_option
@click.option("--title", required=True, help="Title shown on the kiosk's welcome screen.")
@click.option("--date", "session_date", required=True, help="2026-11-28 or 28.11.2026.")
@click.option("--organisation", default="", help="Police department, unit or academy.")
@click.option("--audience", default="", help=f"One of: {', '.join(AUDIENCES)}.")
@click.option("--location", default="")
@click.option("--trainers", default="", help="Names of the trainers (free text).")
@click.option("--language", default="fi", help="Default kiosk language: fi, sv or en.")
@click.option("--expected", type=int, default=None, help="Expected number of participants.")
@click.option(
    "--questionnaire",
    default=BUILTIN_ID,
    show_default=True,
    help="Questionnaire id, optionally with a version: my-form or my-form:2 (default: latest).",
)
@click.pass_context
@user_errors
def create_session(ctx: click.Context, data_dir: str | None, **fields: object) -> None:
    """Create an open session and print its id."""
    draft = SessionDraft(
        title=str(fields["title"]),
        session_date=str(fields["session_date"]),
        organisation=str(fields["organisation"]),
        audience=str(fields["audience"]),
        location=str(fields["location"]),
        trainers=str(fields["trainers"]),
        default_language=str(fields["language"]),
        expected_participants=fields["expected"],  # type: ignore[arg-type]
    )
    problems = draft.problems()
    if problems:
        field = next(iter(problems))
        raise UserError(_PROBLEM_TEXT.get(field, f"{field} is too long (at most 200 characters)"))
    with open_store(ctx, data_dir) as store:
        qid, version = _questionnaire_choice(store, str(fields["questionnaire"]))
        session = store.sessions.create(draft.normalised(), qid, version)
    click.echo(session.id)


def _questionnaire_choice(store: Store, text: str) -> tuple[str, int]:
    """(id, version) from ``id`` (its latest version) or ``id:version``, checked to exist."""
    qid, _, version_text = text.partition(":")
    if version_text and not version_text.isdigit():
        raise UserError(f"--questionnaire {text!r}: the version after ':' must be a number")
    latest = store.questionnaires.latest_version(qid)
    if latest is None:
        raise UserError(f"no questionnaire {qid!r}; see 'feedback-app questionnaire list'")
    version = int(version_text) if version_text else latest
    if not store.questionnaires.exists(qid, version):
        raise UserError(f"questionnaire {qid!r} has no version {version}")
    return qid, version


def _set_closed(ctx: click.Context, data_dir: str | None, session_id: str, closed: bool) -> None:
    with open_store(ctx, data_dir) as store:
        try:
            session = store.sessions.find(session_id)
        except KeyError:
            raise UserError(
                f"no session {session_id!r}; see 'feedback-app sessions list'"
            ) from None
        store.sessions.set_closed(session.id, closed)
    click.echo(f"{'Closed' if closed else 'Reopened'}: {session.title} ({session.id[:8]})")


@sessions_group.command("close")
@data_dir_option
@click.argument("session_id")
@click.pass_context
@user_errors
def close_session(ctx: click.Context, data_dir: str | None, session_id: str) -> None:
    """Close a session: it accepts no more responses."""
    _set_closed(ctx, data_dir, session_id, True)


@sessions_group.command("reopen")
@data_dir_option
@click.argument("session_id")
@click.pass_context
@user_errors
def reopen_session(ctx: click.Context, data_dir: str | None, session_id: str) -> None:
    """Reopen a closed session."""
    _set_closed(ctx, data_dir, session_id, False)
