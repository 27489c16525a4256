"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from ..domain.questionnaire import QuestionnaireError
from ..paths import data_dir
from ..services import Services
from ..services.types import OutputError
from ..store.errors import StoreError


class UserError(Exception):
    """An error the user can fix; printed as one line, exit code 2."""


#: The largest whole number SQLite stores (and so the largest version or count we accept).
MAX_INTEGER = 2**63 - 1
WHOLE = click.IntRange(1, MAX_INTEGER)


def one_line(text: str) -> str:
    """``text`` as one printable line: a line break or control character that a user typed
    into a value is shown escaped (\\n, \\x1e) instead of breaking the line."""
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text
    )


def shown(value: str, limit: int = 60) -> str:
    """``value`` quoted for a message, cut short when it is long (a pasted novel stays out)."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


def _not_empty(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise click.BadParameter("must name a folder (it is empty)")
    return value


def data_dir_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=str),
        default=None,
        callback=_not_empty,
        help="Folder of the database (default: $FEEDBACK_APP_DATA_DIR or the user data folder).",
    )(func)


def resolve_data_dir(ctx: click.Context, own: str | None) -> Path:
    """A command's own --data-dir, else the one given before the command, else the default."""
    if own:
        return data_dir(own)
    root = ctx.find_root()
    inherited = (root.obj or {}).get("data_dir") if root.obj else None
    return data_dir(inherited)


@contextmanager
def open_services(ctx: click.Context, own: str | None) -> Iterator[Services]:
    """The services of the data folder; a database that cannot be used is one line, exit 2."""
    try:
        services = Services(resolve_data_dir(ctx, own))
    except StoreError as exc:
        raise UserError(str(exc)) from None
    try:
        yield services
    finally:
        services.close()


def interface_language(ctx: click.Context) -> str | None:
    """The --language given before the command (the language of the screens)."""
    root = ctx.find_root()
    return (root.obj or {}).get("language") if root.obj else None


def user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn store, output and validation errors inside a command into a ``UserError``."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (StoreError, OutputError, QuestionnaireError, OSError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if isinstance(exc, OSError) and exc.filename:
                message = f"{exc.filename}: {message}"
            raise UserError(message) from None

    return wrapper
