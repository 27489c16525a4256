"""``feedback-app report``: the per-question statistics as JSON or an aligned text table, or
the PDF report for people (drawn by Qt, which is imported only for it).

Every check a user can fail (filters, output path, an empty selection) happens before any
output is written, and a file is written all at once or not at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..domain.sessions import LANGUAGES
from ..services.types import GROUPINGS
from .common import UserError, data_dir_option, interface_language, open_services, user_errors
from .filters import build_filters, filter_options
from .progress import progress_bar


@click.command("report")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "text", "pdf"]),
    default="text",
    show_default=True,
    help="JSON for other programs, text for people, PDF to print or publish (needs -o; "
    "in the language given with --language before the command).",
)
@filter_options
@click.option(
    "--group-by",
    type=click.Choice(GROUPINGS),
    default="none",
    show_default=True,
    help="One result per question and group (json and text; the PDF compares organisations "
    "and audiences itself).",
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
    default=None,
    help="Include the answers to free-text questions (default: in json and text, not in the PDF).",
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
    comments: bool | None,
    output: Path | None,
    force: bool,
    data_dir: str | None,
    **filter_values: Any,
) -> None:
    """Statistics per question (and group) of the completed responses the filters select."""
    if output_format == "pdf":
        if group_by != "none":
            raise UserError(
                "--group-by is for json and text; the PDF compares organisations and "
                "audiences by itself"
            )
        options = {"minimum_n": minimum_n, "question_language": question_language}
        _pdf_report(ctx, output, data_dir, filter_values, bool(comments), force, **options)
        return
    language = question_language or interface_language(ctx) or "en"
    comments = True if comments is None else comments
    with open_services(ctx, data_dir) as services:
        if output is not None:
            services.results.check_output(output, force=force)
        filters = build_filters(services, filter_values)
        with progress_bar("Computing the report", cancelled="cancelled") as progress:
            document = services.results.write_report(
                filters,
                output_format=output_format,
                group_by=group_by,
                minimum_n=minimum_n,
                comments=comments,
                language=language,
                output=output,
                force=force,
                progress=progress,
            )
    if output is None:
        click.echo(document.text, nl=False)
    else:
        click.echo(f"Report written to {output}")


def _pdf_report(
    ctx: click.Context,
    output: Path | None,
    data_dir: str | None,
    filter_values: dict[str, Any],
    comments: bool,
    force: bool,
    *,
    minimum_n: int | None,
    question_language: str | None,
) -> None:
    """The PDF report, in the interface language (``--language`` before the command)."""
    if output is None:
        raise UserError("a PDF report needs a file: add -o FILE.pdf")
    with open_services(ctx, data_dir) as services:
        services.results.check_output(output, force=force)
        filters = build_filters(services, filter_values)
        from ..ui.review.pdf_command import pdf_from_command

        with progress_bar("Writing the PDF report", cancelled="cancelled") as progress:
            written = pdf_from_command(
                services,
                filters,
                output,
                language=interface_language(ctx) or "en",
                question_language=question_language,
                comments=comments,
                minimum_n=minimum_n,
                force=force,
                progress=progress,
            )
    pages = f"{written.pages} page{'s' if written.pages != 1 else ''}"
    click.echo(f"Report written to {output} ({pages})")
