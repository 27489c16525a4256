"""``feedback-app export``: the responses as CSV (with a codebook), XLSX or JSON.

Every check a user can fail (filters, output path, an existing file, an empty selection)
happens before anything is written, and a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from .common import data_dir_option, interface_language, open_services, user_errors
from .filters import build_filters, filter_options
from .progress import progress_bar


@click.command("export")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["csv", "xlsx", "json"]),
    required=True,
    help="csv (with a codebook beside it) or xlsx for spreadsheets, json for other programs.",
)
@filter_options
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="The file to write."
)
@click.option("--force", is_flag=True, help="Replace an existing file.")
@click.option(
    "--include-incomplete",
    is_flag=True,
    help="Also export responses left unfinished (completed = 0); statistics never count them.",
)
@data_dir_option
@click.pass_context
@user_errors
def export_command(
    ctx: click.Context,
    output_format: str,
    output: Path,
    force: bool,
    include_incomplete: bool,
    data_dir: str | None,
    **filter_values: Any,
) -> None:
    """One row per response of the sessions the filters select, in random order."""
    with open_services(ctx, data_dir) as services:
        services.exports.check_targets(output_format, output, force=force)
        filters = build_filters(services, filter_values)
        with progress_bar(f"Exporting {output_format.upper()}") as progress:
            summary = services.exports.export(
                output_format,
                filters,
                output,
                force=force,
                include_incomplete=include_incomplete,
                language=interface_language(ctx) or "en",
                progress=progress,
            )
    message = f"{summary.responses:,} responses exported to {output}"
    if summary.codebook is not None:
        message += f"; the codebook is {summary.codebook}"
    click.echo(message)
