"""``feedback-app demo``: realistic made-up responses, to try the app and to measure it."""

from __future__ import annotations

import click

from .common import data_dir_option, open_services, user_errors
from .progress import progress_bar


@click.command("demo")
@click.option(
    "--responses",
    type=click.IntRange(0, 100_000_000),
    required=True,
    help="How many responses to create (about 2 % of them left incomplete).",
)
@click.option(
    "--sessions",
    type=click.IntRange(1, 100_000),
    default=20,
    show_default=True,
    help="How many training sessions to spread them over.",
)
@click.option(
    "--seed",
    type=int,
    default=1,
    show_default=True,
    help="The same seed always creates the same data.",
)
@data_dir_option
@click.pass_context
@user_errors
def demo_command(
    ctx: click.Context, responses: int, sessions: int, seed: int, data_dir: str | None
) -> None:
    """Add demo sessions and responses to the database (best in a separate --data-dir)."""
    with open_services(ctx, data_dir) as services, progress_bar("Creating demo data") as progress:
        summary = services.responses.generate_demo(responses, sessions, seed, progress)
    click.echo(f"Created {summary.describe()}.")
