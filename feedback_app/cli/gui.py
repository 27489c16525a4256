"""The commands that open windows; Qt is imported only when one of them runs."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

from .common import UserError, data_dir_option, interface_language, open_services, resolve_data_dir


def _check_display() -> None:
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise UserError("no display found; start the app from a desktop session")


def run_gui(
    data_dir: Path,
    *,
    kiosk: bool = False,
    session_id: str | None = None,
    language: str | None = None,
    review: bool = False,
) -> int:
    _check_display()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a window is closed by the system as usual
    from ..app import AlreadyRunning, run
    from ..store.errors import StoreError

    try:
        return run(data_dir, kiosk=kiosk, session_id=session_id, language=language, review=review)
    except (StoreError, AlreadyRunning) as exc:
        raise UserError(str(exc)) from None


@click.command("kiosk")
@data_dir_option
@click.option("--session", "session_id", help="Session id (or its first characters).")
@click.pass_context
def kiosk_command(ctx: click.Context, data_dir: str | None, session_id: str | None) -> None:
    """Open the participant kiosk for a session (default: today's session)."""
    directory = resolve_data_dir(ctx, data_dir)
    if session_id is not None:
        session_id = _open_session_id(ctx, data_dir, session_id)
    language = interface_language(ctx)
    sys.exit(run_gui(directory, kiosk=True, session_id=session_id, language=language))


@click.command("review")
@data_dir_option
@click.pass_context
def review_command(ctx: click.Context, data_dir: str | None) -> None:
    """Open the project manager's review: every session's results, with filters, charts,
    comparisons, trends and comments (the interface language is --language)."""
    directory = resolve_data_dir(ctx, data_dir)
    sys.exit(run_gui(directory, review=True, language=interface_language(ctx)))


def _open_session_id(ctx: click.Context, data_dir: str | None, id_or_prefix: str) -> str:
    from ..store.errors import StoreError

    try:
        with open_services(ctx, data_dir) as services:
            session = services.sessions.find(id_or_prefix)
    except StoreError as exc:
        raise UserError(str(exc)) from None
    if session.closed:
        raise UserError(f"session {session.title!r} is closed; reopen it first")
    if session.imported:
        raise UserError(
            f"session {session.title!r} was handed over from another laptop; "
            "its feedback is collected on that laptop"
        )
    return session.id
