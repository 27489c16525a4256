"""``feedback-app bundle`` and ``feedback-app keys``: hand results over, merge many laptops.

A trainer runs ``bundle export`` (encrypted to the project manager's key once it is set with
``keys use``); the project manager runs ``keys create`` once and ``bundle import`` for every
file received. Each refused bundle is one line on stderr; the command then exits with code 2.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..services import Services
from ..services.bundles import ImportPlan
from ..store.errors import BundleError
from .common import UserError, data_dir_option, one_line, open_services, user_errors
from .filters import build_filters, filter_options
from .progress import progress_bar


@click.group("bundle")
def bundle_group() -> None:
    """Hand a laptop's results over in one file, and merge the files of many laptops."""


@bundle_group.command("export")
@filter_options
@click.option(
    "--since-last-export",
    is_flag=True,
    help="Only what this laptop has not handed over yet (new responses, edited sessions).",
)
@click.option(
    "--recipient",
    help="Encrypt to this project manager's public key (age1…) instead of the one set with "
    "'keys use'.",
)
@click.option("--no-encryption", is_flag=True, help="Write the bundle unencrypted.")
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="The .fbundle file."
)
@click.option("--force", is_flag=True, help="Replace an existing file.")
@data_dir_option
@click.pass_context
@user_errors
def export_bundle(
    ctx: click.Context,
    since_last_export: bool,
    recipient: str | None,
    no_encryption: bool,
    output: Path,
    force: bool,
    data_dir: str | None,
    **filter_values: Any,
) -> None:
    """Write the selected sessions, their questionnaires, responses and answers to one file."""
    if recipient and no_encryption:
        raise UserError("--recipient and --no-encryption exclude each other")
    with open_services(ctx, data_dir) as services:
        services.bundles.check_output(output, force=force)
        filters = build_filters(services, filter_values)
        with progress_bar("Writing the bundle") as progress:
            written = services.bundles.export(
                output,
                filters,
                since_last_export=since_last_export,
                recipient=recipient,
                encrypt=not no_encryption,
                force=force,
                progress=progress,
            )
    how = "encrypted for the project manager" if written.encrypted else "not encrypted"
    unfinished = written.responses - written.completed
    left = f" and {unfinished:,} unfinished" if unfinished else ""
    click.echo(
        f"{written.completed:,} completed responses{left} of {written.sessions} session(s) "
        f"handed over to {output} ({how})"
    )


@bundle_group.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--dry-run", is_flag=True, help="Check and summarise each bundle; write nothing.")
@click.option(
    "--skip-conflicts",
    is_flag=True,
    help="Import a bundle with conflicting records, leaving those records as they are here.",
)
@click.option(
    "--passphrase-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the key's passphrase from this file (else it is asked for when needed).",
)
@data_dir_option
@click.pass_context
@user_errors
def import_bundles(
    ctx: click.Context,
    files: tuple[Path, ...],
    dry_run: bool,
    skip_conflicts: bool,
    passphrase_file: Path | None,
    data_dir: str | None,
) -> None:
    """Check each bundle completely, then merge what is new; prints a summary per bundle."""
    refused = 0
    with open_services(ctx, data_dir) as services:
        passphrase = _passphrase(services, files, passphrase_file)
        for path in files:
            try:
                with progress_bar(f"Checking {path.name}") as progress:
                    plan = services.bundles.import_bundle(
                        path,
                        dry_run=dry_run,
                        skip_conflicts=skip_conflicts,
                        passphrase=passphrase,
                        progress=progress,
                    )
            except BundleError as exc:
                refused += 1
                click.echo(f"feedback-app: {one_line(str(exc))}", err=True)
                continue
            except FileNotFoundError:
                refused += 1
                click.echo(f"feedback-app: {path}: no such file; nothing was imported", err=True)
                continue
            except PermissionError:
                refused += 1
                click.echo(f"feedback-app: {path}: may not be read; nothing was imported", err=True)
                continue
            click.echo(_summary(plan, dry_run))
        services.bundles.finish_imports()
    if refused:
        sys.exit(2)


def _passphrase(services: Services, files: tuple[Path, ...], source: Path | None) -> str | None:
    """The key's passphrase, asked for (once) only when an encrypted bundle is among ``files``
    and this laptop has the key to open it."""
    if source is not None:
        return source.read_text(encoding="utf-8").rstrip("\r\n")
    if not services.bundles.has_key() or not any(services.bundles.is_encrypted(f) for f in files):
        return None
    passphrase = _secret("Passphrase of the project manager's key")
    try:
        services.bundles.check_passphrase(passphrase)
    except BundleError as exc:
        raise UserError(str(exc)) from None
    return passphrase


def _secret(prompt: str, *, confirm: bool = False) -> str:
    """A passphrase typed without echo at a terminal, or one line of piped input."""
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        if not line:
            raise UserError("no passphrase given (type it, or use --passphrase-file)")
        return line.rstrip("\r\n")
    return click.prompt(prompt, hide_input=True, confirmation_prompt=confirm)


def _summary(plan: ImportPlan, dry_run: bool) -> str:
    verb = "would add" if dry_run else "added"
    parts = [
        f"{plan.new_sessions} new session(s)",
        f"{plan.new_completed:,} new completed response(s)",
    ]
    unfinished = plan.new_responses - plan.new_completed
    if unfinished:
        parts.append(f"{unfinished:,} unfinished")
    if plan.updated_sessions:
        parts.append(f"{plan.updated_sessions} session(s) updated to a later revision")
    if plan.new_questionnaires:
        parts.append(f"{plan.new_questionnaires} questionnaire version(s)")
    line = (
        f"{plan.file}: from laptop {plan.laptop[:8]}, exported {plan.exported_on}: "
        f"{verb} {', '.join(parts)}; {plan.duplicates:,} already here, skipped"
    )
    if plan.deleted_here:
        line += f"; {plan.deleted_here:,} response(s) deleted here earlier, left deleted"
    if plan.older_sessions:
        line += f"; {plan.older_sessions} older session revision(s) left as they are here"
    if plan.conflict_count:
        line += f"; {plan.conflict_count} conflict(s) left as they are here"
        if plan.held_back:
            line += f" (with {plan.held_back:,} response(s) of those sessions)"
        line += "".join(f"\n  conflict: {c.describe()}" for c in plan.conflicts)
    return line


@bundle_group.command("list")
@data_dir_option
@click.pass_context
@user_errors
def list_bundles(ctx: click.Context, data_dir: str | None) -> None:
    """The bundles imported here, newest first: file, laptop, dates and what each added."""
    with open_services(ctx, data_dir) as services:
        rows = services.bundles.imported()
    if not rows:
        click.echo("No bundles imported yet. Import one with 'feedback-app bundle import FILE'.")
        return
    for b in rows:
        click.echo(
            f"{b.imported_on}  {b.file_name}  laptop {b.laptop[:8]}  exported {b.exported_on}  "
            f"{b.new_sessions} new session(s), {b.updated_sessions} updated, "
            f"{b.new_responses:,} new response(s), {b.duplicates:,} already here, "
            f"{b.conflicts} conflict(s)"
        )


@bundle_group.command("laptops")
@data_dir_option
@click.pass_context
@user_errors
def list_laptops(ctx: click.Context, data_dir: str | None) -> None:
    """The laptops whose sessions are here (for --laptop): id, sessions, organisations."""
    with open_services(ctx, data_dir) as services:
        laptops = services.bundles.laptops()
    for laptop in laptops:
        who = "this laptop" if laptop.this_laptop else "imported"
        organisations = ", ".join(laptop.organisations) or "-"
        click.echo(f"{laptop.short}  {who:<11}  {laptop.sessions:>4} session(s)  {organisations}")


@click.group("keys")
def keys_group() -> None:
    """The project manager's key pair, to which trainers' bundles are encrypted."""


@keys_group.command("create")
@data_dir_option
@click.option(
    "--passphrase-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the passphrase from this file (else it is asked for twice).",
)
@click.pass_context
@user_errors
def create_key(ctx: click.Context, data_dir: str | None, passphrase_file: Path | None) -> None:
    """Make the project manager's key pair on this laptop and print the public key."""
    with open_services(ctx, data_dir) as services:
        if services.bundles.has_key():
            services.bundles.create_key("")  # refused, naming the key that exists
        if passphrase_file is not None:
            passphrase = passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
        else:
            passphrase = _secret("Passphrase for the key (at least 8 characters)", confirm=True)
        public = services.bundles.create_key(passphrase)
    click.echo(public)
    click.echo(
        "Give this line to the trainers: 'feedback-app keys use KEY', or paste it in the "
        "trainer's Settings. Keep the passphrase safe: without it no bundle opens.",
        err=True,
    )


@keys_group.command("show")
@data_dir_option
@click.pass_context
@user_errors
def show_keys(ctx: click.Context, data_dir: str | None) -> None:
    """Print this laptop's public key, and the key its bundles are encrypted to."""
    with open_services(ctx, data_dir) as services:
        public, recipient = services.bundles.public_key(), services.bundles.recipient()
    click.echo(f"Own key (for trainers to use): {public or 'none (feedback-app keys create)'}")
    click.echo(f"Bundles are encrypted to: {recipient or 'nobody (feedback-app keys use KEY)'}")


@keys_group.command("use")
@click.argument("key", required=False)
@click.option("--none", "clear", is_flag=True, help="Stop encrypting bundles.")
@data_dir_option
@click.pass_context
@user_errors
def use_key(ctx: click.Context, key: str | None, clear: bool, data_dir: str | None) -> None:
    """Encrypt this laptop's bundles to the project manager's public key KEY from now on."""
    if bool(key) == clear:
        raise UserError("give the project manager's public key (age1…), or --none")
    with open_services(ctx, data_dir) as services:
        services.bundles.set_recipient(None if clear else key)
    if clear:
        click.echo("Bundles are no longer encrypted.")
    else:
        click.echo(f"Bundles are encrypted to {key.strip()} from now on.")  # type: ignore[union-attr]
