"""``feedback-app pin reset``: the recovery for a forgotten trainer PIN."""

from __future__ import annotations

import click

from .common import data_dir_option, open_services, user_errors


@click.group("pin")
def pin_group() -> None:
    """The trainer PIN."""


@pin_group.command("reset")
@data_dir_option
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@user_errors
def reset_pin(ctx: click.Context, data_dir: str | None, yes: bool) -> None:
    """Remove a forgotten PIN (and any lock-out). All sessions and responses stay.

    Whoever can run commands as this computer's user can do this, which is the point: the
    PIN keeps participants at the kiosk out, not the laptop's owner. The next entry into
    trainer mode asks for a new PIN.
    """
    if not yes:
        click.confirm("Remove the trainer PIN? Data is kept.", abort=True, err=True)
    with open_services(ctx, data_dir) as services:
        services.pin.reset()
    click.echo("The trainer PIN has been removed. Set a new one in the trainer's window.")
