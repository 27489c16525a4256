"""``feedback-app report``: the per-question statistics as JSON or an aligned text table.

Every check a user can fail (filters, output path, an empty selection) happens before any
output is written, and a file is written all at once or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..domain.sessions import LANGUAGES
from ..reports.aggregate import report
from ..reports.output import OutputError, atomic_output, check_output_path
from ..reports.report_json import render_json
from ..reports.report_text import TextReportHeading, render_text
from ..store.aggregates import GROUPINGS, completed_responses
from .common import UserError, data_dir_option, open_store, user_errors
from .filters import build_filters, filter_options
from .progress import progress_bar


@click.command("report")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "text"]),
    default="text",
    show_default=True,
    help="JSON for other programs, text for people.",
)
@filter_options
@click.option(
    "--group-by",
    type=click.Choice(GROUPINGS),
    default="none",
    show_default=True,
    help="One result per question and group.",
)
@click.option(
    "--minimum-n",
    type=click.IntRange(1, 100),
    default=None,
    help="Minimum group size: smaller groups are withheld (default: the app's setting, 5).",
)
@click.option(
    "--question-language",
    type=click.Choice(LANGUAGES),
    default=None,
    help="Language of the question texts (default: the --language given before the "
    "command, else en). The --language option filters responses by their language.",
)
@click.option(
    "--comments/--no-comments",
    default=True,
    show_default=True,
    help="Include the answers to free-text questions.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file.")
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@data_dir_option
@click.pass_context
@user_errors
def report_command(
    ctx: click.Context,
    output_format: str,
    group_by: str,
    minimum_n: int | None,
    question_language: str | None,
    comments: bool,
    output: Path | None,
    force: bool,
    data_dir: str | None,
    **filter_values: Any,
) -> None:
    """Statistics per question (and group) of the completed responses the filters select."""
    language = question_language or _interface_language(ctx) or "en"
    if output is not None:
        _check_output(output, force)
    with open_store(ctx, data_dir) as store:
        filters = build_filters(store, filter_values)
        total = completed_responses(store.db, filters)
        if total == 0:
            raise UserError("no completed responses match these filters")
        if minimum_n is None:
            minimum_n = int(store.settings.get("minimum_group_size"))
        with progress_bar("Computing the report", cancelled="cancelled") as progress:
            results = report(
                store, filters, group_by, minimum_n, comments=comments, progress=progress
            )
    if output_format == "json":
        text = render_json(results, language)
    else:
        text = render_text(results, TextReportHeading(total, group_by, minimum_n), language)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        with atomic_output(output, force=force) as temporary:
            temporary.write_text(text, encoding="utf-8")
    except OutputError as exc:
        raise UserError(str(exc)) from None
    click.echo(f"Report written to {output}")


def _check_output(path: Path, force: bool) -> None:
    try:
        check_output_path(path, force=force)
    except OutputError as exc:
        raise UserError(str(exc)) from None


def _interface_language(ctx: click.Context) -> str | None:
    root = ctx.find_root()
    return (root.obj or {}).get("language") if root.obj else None
