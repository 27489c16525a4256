"""``feedback-app sessions``: list, create, close, reopen and delete training sessions."""

from __future__ import annotations

import click

from ..domain.sessions import AUDIENCES, LANGUAGES, MAX_FIELD_LENGTH, SessionDraft, SessionProblem
from ..services import Services
from ..services.types import BUILTIN_ID
from ..store.errors import InvalidInputError
from .common import MAX_INTEGER, UserError, data_dir_option, open_services, shown, user_errors

_PROBLEM_TEXT = {
    SessionProblem.TITLE_MISSING: "--title must not be empty",
    SessionProblem.BAD_DATE: "--date must be a date such as 2026-11-28 or 28.11.2026",
    SessionProblem.BAD_AUDIENCE: f"--audience must be one of {', '.join(AUDIENCES)}",
    SessionProblem.BAD_LANGUAGE: f"--language must be one of {', '.join(LANGUAGES)}",
    SessionProblem.BAD_EXPECTED: "--expected must be a number from 1 to 10000",
}
_OPTION = {"title": "--title", "organisation": "--organisation", "location": "--location"}


@click.group("sessions")
def sessions_group() -> None:
    """Training sessions: one training event each."""


@sessions_group.command("list")
@data_dir_option
@click.pass_context
@user_errors
def list_sessions(ctx: click.Context, data_dir: str | None) -> None:
    """List sessions, newest first: id, date, status, responses, organisation, title."""
    with open_services(ctx, data_dir) as services:
        rows = services.sessions.list()
    if not rows:
        click.echo("No sessions yet. Create one with 'feedback-app sessions create'.")
        return
    for s in rows:
        status = "closed" if s.closed else "open"
        origin = f"  (from laptop {s.laptop[:8]})" if s.imported else ""
        click.echo(
            f"{s.id[:8]}  {s.session_date}  {status:<6}  {s.completed_responses:>5}  "
            f"{s.organisation or '-'}  {s.title}{origin}"
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
@click.option(
    "--expected",
    type=click.IntRange(1, 10_000),
    default=None,
    help="Expected number of participants.",
)
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
    qid, version = _questionnaire_choice(str(fields["questionnaire"]))
    with open_services(ctx, data_dir) as services:
        try:
            session = services.sessions.create(draft, (qid, version))
        except InvalidInputError as exc:
            field, problem = next(iter(exc.details["problems"].items()))
            too_long = (
                f"{_OPTION.get(field, '--' + field)} is too long "
                f"(at most {MAX_FIELD_LENGTH} characters)"
            )
            raise UserError(_PROBLEM_TEXT.get(problem, too_long)) from None
    click.echo(session.id)


def _questionnaire_choice(text: str) -> tuple[str, int | None]:
    """(id, version or None for the latest) from ``id`` or ``id:version``."""
    qid, _, version_text = text.partition(":")
    if version_text and not (version_text.isascii() and version_text.isdigit()):
        raise UserError(f"--questionnaire {shown(text)}: the version after ':' must be a number")
    version = int(version_text) if version_text else None
    if version is not None and not 1 <= version <= MAX_INTEGER:
        raise UserError(
            f"--questionnaire {shown(text)}: the version must be a number from 1 to {MAX_INTEGER}"
        )
    return qid, version


def _set_closed(ctx: click.Context, data_dir: str | None, session_id: str, closed: bool) -> None:
    with open_services(ctx, data_dir) as services:
        session = services.sessions.find(session_id)
        if closed:
            services.sessions.close(session.id)
        else:
            services.sessions.set_closed(session.id, False)
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


@sessions_group.command("delete")
@data_dir_option
@click.argument("session_id")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@user_errors
def delete_session(ctx: click.Context, data_dir: str | None, session_id: str, yes: bool) -> None:
    """Delete a session and all its responses, e.g. one made while trying the kiosk.

    This cannot be undone: export the responses first if they may be needed.
    """
    with open_services(ctx, data_dir) as services:
        session = services.sessions.find(session_id)
        if not yes:
            _confirm_delete(services, session.id, session.title)
        removed = services.sessions.delete(session.id)
    noun = "response" if removed == 1 else "responses"
    click.echo(f"Deleted: {session.title} ({session.id[:8]}) with {removed} {noun}")


def _confirm_delete(services: Services, session_id: str, title: str) -> None:
    held = services.responses.count(session_id) + services.responses.count(
        session_id, completed=False
    )
    click.confirm(
        f"Delete the session {title!r} and its {held} responses? This cannot be undone.",
        abort=True,
        err=True,
    )
