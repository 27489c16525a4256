"""Command line: ``feedback-app`` opens the trainer's window; subcommands do the rest.

Each group lives in its own module; this one wires them together and turns every error a user
can cause into one line on stderr and exit code 2.
"""

from __future__ import annotations

import signal
import sys
import threading

import click

from .. import __version__
from .backup import audit_group, backup_command, restore_command, retention_group
from .bundle import bundle_group, keys_group
from .common import UserError, data_dir_option, one_line, resolve_data_dir
from .demo import demo_command
from .doctor import doctor_command
from .export import export_command
from .gui import kiosk_command, review_command, run_gui
from .pin import pin_group
from .questionnaire import questionnaire_group
from .report import report_command
from .sessions import sessions_group


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@data_dir_option
@click.option("--language", type=click.Choice(["fi", "sv", "en"]), help="Interface language.")
@click.version_option(
    __version__, "--version", prog_name="feedback-app", message="%(prog)s %(version)s"
)
@click.pass_context
def cli(ctx: click.Context, data_dir: str | None, language: str | None) -> None:
    """Offline feedback kiosk for trainings. Without a command, opens the trainer's window."""
    ctx.ensure_object(dict)
    ctx.obj["data_dir"] = data_dir
    ctx.obj["language"] = language
    if ctx.invoked_subcommand is None:
        sys.exit(run_gui(resolve_data_dir(ctx, None), language=language))


cli.add_command(kiosk_command)
cli.add_command(review_command)
cli.add_command(sessions_group)
cli.add_command(pin_group)
cli.add_command(questionnaire_group)
cli.add_command(report_command)
cli.add_command(export_command)
cli.add_command(demo_command)
cli.add_command(doctor_command)
cli.add_command(bundle_group)
cli.add_command(keys_group)
cli.add_command(backup_command)
cli.add_command(restore_command)
cli.add_command(audit_group)
cli.add_command(retention_group)


def _stop_on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM ends a command the way Ctrl+C does: its output file is removed, not left."""
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``feedback-app`` command and of ``python -m feedback_app``."""
    main_thread = threading.current_thread() is threading.main_thread()
    before = signal.signal(signal.SIGTERM, _stop_on_sigterm) if main_thread else None
    try:
        cli.main(args=argv, prog_name="feedback-app", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("feedback-app: cancelled", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"feedback-app: {one_line(exc.format_message())}", err=True)
        sys.exit(2)
    except UserError as exc:
        click.echo(f"feedback-app: {one_line(str(exc))}", err=True)
        sys.exit(2)
    finally:
        if before is not None:  # called from another program (or a test): leave it as it was
            signal.signal(signal.SIGTERM, before)
