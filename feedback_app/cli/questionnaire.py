"""``feedback-app questionnaire``: validate, list, import and export questionnaire definitions.

A file is read and validated completely (by the same service action the trainer's window
uses) before the database is opened, so a refused import leaves the database exactly as it
was. Validation errors name their place (``sections[0]...``
in JSON, ``survey row 7`` in an XLSForm); all of them are printed, one per line.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import NoReturn

import click

from ..domain.questionnaire import Questionnaire, QuestionnaireError
from ..services.questionnaire_files import (
    FORMATS,
    LoadedQuestionnaire,
    QuestionnaireFileError,
    load_file,
)
from .common import (
    MAX_INTEGER,
    WHOLE,
    UserError,
    data_dir_option,
    interface_language,
    one_line,
    open_services,
    user_errors,
)

_untagged_option = click.option(
    "--untagged-language",
    metavar="CODE",
    default=None,
    help="XLSForm only: language of untagged label/hint columns, e.g. fi "
    "(default: the form's default_language).",
)


@click.group("questionnaire")
def questionnaire_group() -> None:
    """Questionnaire definitions: check, list, import (JSON or XLSForm) and export."""


def refuse(path: Path, errors: list[str]) -> NoReturn:
    """Print every located error on its own line of stderr, then exit with code 2."""
    for error in errors or ["not a valid questionnaire"]:
        place = "" if error.startswith(f"{path.name}: ") else f"{path.name}: "
        click.echo(f"feedback-app: {one_line(place + error)}", err=True)
    sys.exit(2)


def load_or_refuse(path: Path, untagged: str | None) -> LoadedQuestionnaire:
    """The checked file (the same action the trainer's window uses), or exit 2 with every
    located error."""
    try:
        return load_file(path, untagged)
    except QuestionnaireFileError as exc:
        raise UserError(str(exc)) from None
    except QuestionnaireError as exc:
        refuse(path, exc.errors)


def summary(q: Questionnaire) -> str:
    """One line a trainer can check a file by: id, version, size and languages."""
    count = len(q.questions)
    noun = "question" if count == 1 else "questions"
    languages = ", ".join(q.languages)
    return f"{q.id} version {q.version}: {count} {noun}, languages {languages}"


def echo_notes(loaded: LoadedQuestionnaire) -> None:
    for note in loaded.notes:
        click.echo(f"note: {one_line(note)}")
    for warning in loaded.warnings:
        click.echo(f"warning: {one_line(warning)}")


@questionnaire_group.command("validate")
@click.argument("file", type=click.Path(path_type=Path))
@_untagged_option
@user_errors
def validate_command(file: Path, untagged_language: str | None) -> None:
    """Check a .json or XLSForm .xlsx file.

    Prints a one-line summary, or every problem with its place (exit code 2).
    """
    loaded = load_or_refuse(file, untagged_language)
    click.echo(f"valid: {summary(loaded.questionnaire)}")
    echo_notes(loaded)


@questionnaire_group.command("list")
@data_dir_option
@click.pass_context
@user_errors
def list_command(ctx: click.Context, data_dir: str | None) -> None:
    """List stored questionnaires and whether they are in use.

    One line per version: id, version, responses, in use or unused, title.
    """
    language = interface_language(ctx) or "en"
    with open_services(ctx, data_dir) as services:
        rows = services.questionnaires.list(language)
    for info in rows:
        responses = f"{info.responses} response" + ("" if info.responses == 1 else "s")
        status = "in use" if info.responses else "unused"
        click.echo(f"{info.id}  version {info.version}  {responses}  {status}  {info.title}")


_OUTCOMES = {
    "new": "Imported {id} version {version}.",
    "replaced": "Replaced {id} version {version}: no response referred to it yet.",
    "new_version": "Stored {id} as version {version}: version {requested} is in use by "
    "responses, so it stays unchanged.",
    "unchanged": "{id} version {version} is already stored, unchanged; nothing imported.",
}


@questionnaire_group.command("import")
@data_dir_option
@click.argument("file", type=click.Path(path_type=Path))
@_untagged_option
@click.pass_context
@user_errors
def import_command(
    ctx: click.Context, data_dir: str | None, file: Path, untagged_language: str | None
) -> None:
    """Import a .json or XLSForm .xlsx file.

    The file is validated completely first. A version that responses refer to is never
    changed: an edit of it is stored as the next version.
    """
    loaded = load_or_refuse(file, untagged_language)
    with open_services(ctx, data_dir) as services:
        saved = services.questionnaires.save(loaded.questionnaire, imported_from=file.name)
    stored = saved.questionnaire
    click.echo(
        _OUTCOMES[saved.outcome].format(
            id=stored.id, version=stored.version, requested=saved.result.requested_version
        )
    )
    if saved.sessions_moved:
        moved = saved.sessions_moved
        verb = "session without responses uses" if moved == 1 else "sessions without responses use"
        click.echo(f"{moved} {verb} version {stored.version} from now on.")
    click.echo(summary(stored))
    echo_notes(loaded)


@questionnaire_group.command("export")
@data_dir_option
@click.argument("questionnaire_id", metavar="ID[:VERSION]")
@click.option("--version", type=WHOLE, default=None, help="Default: the latest.")
@click.option(
    "--format",
    "file_format",
    type=click.Choice(sorted(FORMATS)),
    default=None,
    help="json (our format) or xlsform (for KoboToolbox and ODK); default: from the -o name.",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), required=True, help="JSON or .xlsx file."
)
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.pass_context
@user_errors
def export_command(
    ctx: click.Context,
    data_dir: str | None,
    questionnaire_id: str,
    version: int | None,
    file_format: str | None,
    output: Path,
    force: bool,
) -> None:
    """Export a questionnaire as a JSON file or an XLSForm.

    Writes the latest version (or ID:VERSION, or --version N). An .xlsx name (or --format
    xlsform) writes an XLSForm with the sheets survey, choices and settings, every language
    and the conditions as relevant; it imports back into the same questionnaire.
    """
    qid, version = split_version(questionnaire_id, version)
    file_format = output_format(output, file_format)
    with open_services(ctx, data_dir) as services:
        if file_format == "xlsform":
            q = services.questionnaires.export_xlsform(qid, version, output, force=force)
        else:
            q = services.questionnaires.export_json(qid, version, output, force=force)
    kind = " as an XLSForm" if file_format == "xlsform" else ""
    click.echo(f"Exported {q.id} version {q.version}{kind} to {output}")


def split_version(text: str, version: int | None) -> tuple[str, int | None]:
    """``ihme-feedback:2`` -> ("ihme-feedback", 2); ids never hold a ':'."""
    if ":" not in text:
        return text, version
    qid, _, number = text.rpartition(":")
    if not re.fullmatch(r"\d{1,19}", number) or not 1 <= int(number) <= MAX_INTEGER:
        raise UserError(f"{text!r}: the version after ':' must be a whole number of 1 or more")
    if version is not None and version != int(number):
        raise UserError(f"{text!r} and --version {version} name two versions; give one")
    return qid, int(number)


def output_format(output: Path, given: str | None) -> str:
    """The format asked for, or the one the file name ends with; a mismatch is refused."""
    suffix = output.suffix.lower()
    chosen = given or ("xlsform" if suffix == FORMATS["xlsform"] else "json")
    if chosen == "xlsform" and suffix != FORMATS["xlsform"]:
        raise UserError(f"{output}: an XLSForm is an .xlsx file; give -o FILE.xlsx")
    if chosen == "json" and suffix == FORMATS["xlsform"]:
        raise UserError(
            f"{output}: JSON is not an .xlsx file; give -o FILE.json or --format xlsform"
        )
    return chosen
