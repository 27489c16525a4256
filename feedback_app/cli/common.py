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
from ..store import Store, StoreError


class UserError(Exception):
    """An error the user can fix; printed as one line, exit code 2."""


def data_dir_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=str),
        default=None,
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
def open_store(ctx: click.Context, own: str | None) -> Iterator[Store]:
    try:
        store = Store(resolve_data_dir(ctx, own))
    except StoreError as exc:
        raise UserError(str(exc)) from None
    try:
        yield store
    finally:
        store.close()


def user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn store and validation errors inside a command into a ``UserError``."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (StoreError, QuestionnaireError, OSError) as exc:
            message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if isinstance(exc, OSError) and exc.filename:
                message = f"{exc.filename}: {message}"
            raise UserError(message) from None

    return wrapper
