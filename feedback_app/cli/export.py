"""``feedback-app export``: the responses as CSV (with a codebook), XLSX or JSON.

Every check a user can fail (filters, output path, an existing file, an empty selection)
happens before anything is written, and a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..reports.output import OutputError, check_output_path
from .common import UserError, data_dir_option, open_store, user_errors
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
    from ..reports.csv_export import codebook_path  # the exporters load only when used

    targets = [output, codebook_path(output)] if output_format == "csv" else [output]
    try:
        for target in targets:
            check_output_path(target, force=force)
        with open_store(ctx, data_dir) as store:
            filters = build_filters(store, filter_values)
            with progress_bar(f"Exporting {output_format.upper()}") as progress:
                summary = _export(
                    ctx, output_format, store, filters, output, force, include_incomplete, progress
                )
    except OutputError as exc:
        raise UserError(str(exc)) from None
    message = f"{summary.responses:,} responses exported to {output}"
    if summary.codebook is not None:
        message += f"; the codebook is {summary.codebook}"
    click.echo(message)


def _export(
    ctx: click.Context,
    output_format: str,
    store: Any,
    filters: Any,
    output: Path,
    force: bool,
    include_incomplete: bool,
    progress: Any,
) -> Any:
    from ..reports.csv_export import export_csv
    from ..reports.json_export import export_json
    from ..reports.xlsx_export import export_xlsx

    options = {"force": force, "progress": progress, "include_incomplete": include_incomplete}
    if output_format == "csv":
        return export_csv(store, filters, output, **options)
    if output_format == "json":
        return export_json(store, filters, output, **options)
    root = ctx.find_root()
    language = (root.obj or {}).get("language") or "en"
    return export_xlsx(store, filters, output, language=language, **options)
