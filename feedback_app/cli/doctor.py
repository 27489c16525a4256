"""``feedback-app doctor``: check the database file and the counts every report reads."""

from __future__ import annotations

import sys

import click

from ..services import Services
from .common import data_dir_option, open_services, user_errors


@click.command("doctor")
@click.option(
    "--repair", is_flag=True, help="Count every response again and store the right counts."
)
@data_dir_option
@click.pass_context
@user_errors
def doctor_command(ctx: click.Context, repair: bool, data_dir: str | None) -> None:
    """Check the database: SQLite's integrity check, and the stored counts against a recount
    of every completed response (made in memory; nothing is written without --repair).

    Also checks the audit log's hash chain and names the newest backup.

    Exit code 0: all is well (or repaired); 1: a problem was found and left as it is.
    """
    with open_services(ctx, data_dir) as services:
        damage = services.checks.integrity()
        for line in damage[:20]:
            click.echo(f"database file: {line}", err=True)
        if damage:
            click.echo(
                "feedback-app: the database file is damaged; restore it from a backup", err=True
            )
            sys.exit(1)
        click.echo("Database file: ok.")
        _safety(services)
        differences = services.checks.count_differences()
        if not differences:
            click.echo("Counts: every stored count agrees with the responses.")
            if services.audit.problems():
                sys.exit(1)
            return
        for difference in differences[:20]:
            click.echo(difference.describe(), err=True)
        if len(differences) > 20:
            click.echo(f"... and {len(differences) - 20} more", err=True)
        if not repair:
            click.echo(
                f"Counts: {len(differences)} differ from the responses; run "
                "'feedback-app doctor --repair' to count again.",
                err=True,
            )
            sys.exit(1)
        services.checks.rebuild_counts()
        click.echo(f"Counts: {len(differences)} were wrong and have been counted again.")
        if services.audit.problems():
            sys.exit(1)


def _safety(services: Services) -> None:
    """The audit log's chain and the newest backup, one line each."""
    problems = services.audit.problems()
    if problems:
        for problem in problems[:20]:
            click.echo(f"audit log: {problem.describe()}", err=True)
    else:
        count = services.audit.count()
        click.echo(f"Audit log: intact, {count} {'entry' if count == 1 else 'entries'}.")
    backups = services.backups.list()
    usable = [b for b in backups if b.usable]
    if not usable:
        click.echo("Backups: none yet; 'feedback-app backup' makes one.")
    else:
        newest = usable[0]
        click.echo(
            f"Backups: {len(backups)} in {services.backups.folder()}; the newest, of "
            f"{newest.day}, holds {newest.responses:,} response(s) of {newest.sessions} session(s)."
        )
