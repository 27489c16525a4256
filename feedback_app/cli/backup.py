"""``feedback-app backup``, ``restore``, ``audit`` and ``retention``: the safety net."""

from __future__ import annotations

from pathlib import Path

import click

from ..services.backups import BackupInfo, describe_backup, list_backups, restore_backup
from ..services.retention import PERIOD_RANGE
from ..store.errors import StoreError
from .common import (
    UserError,
    data_dir_option,
    open_services,
    resolve_data_dir,
    user_errors,
)

#: How a list names why a backup was made.
KIND_TEXT = {
    "startup": "start-up",
    "session_closed": "session closed",
    "manual": "by hand",
    "before_import": "before an import",
    "before_deletion": "before a deletion",
    "before_restore": "replaced by a restore",
    "before_upgrade": "before an upgrade",
    "damaged": "damaged database kept",
    "file": "",
}


@click.command("backup")
@data_dir_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the backup to this file (a USB stick, say) instead of the backups folder.",
)
@click.option("--force", is_flag=True, help="Replace an existing output file.")
@click.pass_context
@user_errors
def backup_command(
    ctx: click.Context, data_dir: str | None, output: Path | None, force: bool
) -> None:
    """Back the database up, checked, whole or not at all.

    Without -o the backup goes to the backups folder of the data folder, which keeps the last
    10 backups and one a month for a year.
    """
    with open_services(ctx, data_dir) as services:
        if output is None:
            path = services.backups.automatic("manual")
            info = describe_backup(path)
            click.echo(f"Backed up to {path}: {_holds(info)}.")
            return
        if output.suffix == "" and not output.exists():
            output = output.with_suffix(".db")
        summary = services.backups.back_up_to(output, force=force)
    click.echo(
        f"Backed up to {summary.path}: {summary.responses:,} response(s) of "
        f"{summary.sessions} session(s)."
    )


@click.command("restore")
@data_dir_option
@click.argument("file", required=False, type=click.Path(path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@user_errors
def restore_command(ctx: click.Context, data_dir: str | None, file: Path | None, yes: bool) -> None:
    """Replace the database with a backup; without FILE, list the backups found.

    The backup is checked first, and the database it replaces is kept as a backup. The app's
    window and kiosk must be closed.
    """
    folder = resolve_data_dir(ctx, data_dir)
    if file is None:
        _list_backups(folder)
        return
    if not file.exists():
        raise UserError(f"{file}: no such file; 'feedback-app restore' lists the backups")
    info = describe_backup(file, full=False)  # the restore checks it in full
    if not info.usable:
        raise UserError(info.message)
    if not yes:
        click.confirm(
            f"Replace the database with {file.name} ({_holds(info)})? The current database is "
            "kept as a backup.",
            abort=True,
            err=True,
        )
    result = restore_backup(folder, file)
    kept = f"; the replaced database is kept as {result.kept.name}" if result.kept else ""
    click.echo(
        f"Restored {file.name}: {result.responses:,} response(s) of {result.sessions} "
        f"session(s){kept}."
    )


def _list_backups(folder: Path) -> None:
    found = list_backups(folder)
    if not found:
        click.echo("No backups in this data folder yet.")
        return
    for info in found:
        day = info.day.isoformat() if info.day else ""
        state = _holds(info) if info.usable else f"cannot be restored: {info.message}"
        click.echo(f"{day}  {KIND_TEXT.get(info.kind, info.kind):<22}  {state}  {info.path}")
    click.echo("Restore one with: feedback-app restore FILE")


def _holds(info: BackupInfo) -> str:
    return f"{info.responses:,} response(s) of {info.sessions} session(s)"


# -- audit -----------------------------------------------------------------------------------
@click.group("audit")
def audit_group() -> None:
    """The log of trainer and manager actions (a hash chain)."""


@audit_group.command("list")
@data_dir_option
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the newest N entries.")
@click.pass_context
@user_errors
def audit_list(ctx: click.Context, data_dir: str | None, limit: int | None) -> None:
    """The entries, oldest first: position, date and time, action, what it touched."""
    with open_services(ctx, data_dir) as services:
        entries = services.audit.entries(newest_first=True, limit=limit)
    if not entries:
        click.echo("The audit log is empty.")
        return
    for entry in reversed(entries):
        details = ", ".join(f"{k}={v}" for k, v in entry.details.items() if v not in (None, ""))
        target = f"  {entry.target}" if entry.target else ""
        click.echo(
            f"{entry.position:>5}  {entry.at}  {entry.action}{target}"
            + (f"  ({details})" if details else "")
        )


@audit_group.command("verify")
@data_dir_option
@click.pass_context
@user_errors
def audit_verify(ctx: click.Context, data_dir: str | None) -> None:
    """Check the hash chain: exit 0 when intact, else name each break by position (exit 2)."""
    with open_services(ctx, data_dir) as services:
        problems = services.audit.problems()
        count = services.audit.count()
    if not problems:
        click.echo(f"The audit log is intact: {count} {'entry' if count == 1 else 'entries'}.")
        return
    for problem in problems[1:]:
        click.echo(f"feedback-app: audit log: {problem.describe()}", err=True)
    raise UserError(
        f"the audit log has been tampered with: {problems[0].describe()}"
        + (f" (and {len(problems) - 1} more, above)" if len(problems) > 1 else "")
    )


# -- retention -------------------------------------------------------------------------------
@click.group("retention")
def retention_group() -> None:
    """Delete responses for good: on request, or past a retention period."""


@retention_group.command("delete")
@data_dir_option
@click.option("--session", "session_id", help="Delete the responses of this session (id).")
@click.option(
    "--older-than",
    "months",
    type=click.IntRange(*PERIOD_RANGE),
    help="Delete the responses of sessions held more than this many months ago.",
)
@click.option("--dry-run", is_flag=True, help="Only say how many responses would go.")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
@user_errors
def retention_delete(
    ctx: click.Context,
    data_dir: str | None,
    session_id: str | None,
    months: int | None,
    dry_run: bool,
    yes: bool,
) -> None:
    """Delete responses for good, from the database file and from its backups.

    A backup made just before is kept for 7 days, to undo a mistake. The sessions stay, with
    no responses.
    """
    if (session_id is None) == (months is None):
        raise UserError("give either --session ID or --older-than MONTHS")
    with open_services(ctx, data_dir) as services:
        if session_id is not None:
            session = services.sessions.find(session_id)
            deletion = services.retention.of_session(session.id)
            what = f"session {session.title!r}"
        else:
            assert months is not None
            deletion = services.retention.older_than(months)
            held = deletion.cutoff.isoformat() if deletion.cutoff else ""
            what = f"{deletion.count.sessions} session(s) held before {held}"
        count = deletion.count
        if not count.responses:
            where = what if session_id is not None else f"any session held before {held}"
            click.echo(f"Nothing to delete: no responses in {where}.")
            return
        line = (
            f"{count.completed:,} completed and {count.unfinished:,} unfinished response(s) "
            f"of {what}"
        )
        if dry_run:
            click.echo(f"Would delete {line}.")
            return
        if not yes:
            click.confirm(f"Delete {line} for good?", abort=True, err=True)
        result = services.retention.delete(deletion)
    click.echo(f"Deleted {result.removed:,} response(s) of {what}.")
    if result.backup is not None:
        click.echo(f"The backup made just before is kept for 7 days: {result.backup}")
    if result.failed_backups:
        raise UserError(
            "these backups could not be cleaned and still hold the responses; delete them by "
            "hand: " + ", ".join(result.failed_backups)
        )


@retention_group.command("period")
@data_dir_option
@click.argument("months", required=False)
@click.pass_context
@user_errors
def retention_period(ctx: click.Context, data_dir: str | None, months: str | None) -> None:
    """Show or set the retention period: MONTHS (1-240) or 'off'.

    With a period set, the responses of sessions held longer ago are deleted when a session
    is closed and when the app starts.
    """
    with open_services(ctx, data_dir) as services:
        if months is None:
            period = services.retention.period()
            click.echo(
                f"Responses are deleted {period} months after their session."
                if period
                else "No retention period: responses are deleted only on request."
            )
            return
        if months.strip().lower() == "off":
            services.retention.set_period(None)
            click.echo("Retention period off: responses are deleted only on request.")
            return
        try:
            value = int(months)
        except ValueError:
            raise UserError(f"MONTHS must be a whole number or 'off', not {months!r}") from None
        try:
            services.retention.set_period(value)
        except StoreError as exc:
            raise UserError(str(exc)) from None
        due = services.retention.due()
    click.echo(f"Responses are deleted {value} months after their session.")
    if due is not None:
        click.echo(
            f"{due.count.responses:,} response(s) are past it now; they are deleted when the app "
            "next starts or a session is closed, or now with: "
            f"feedback-app retention delete --older-than {value}"
        )
