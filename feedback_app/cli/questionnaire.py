"""``feedback-app questionnaire``: validate, list, import and export questionnaire definitions.

A file is read and validated completely before the database is opened, so a refused import
leaves the database exactly as it was. Validation errors name their place (``sections[0]...``
in JSON, ``survey row 7`` in an XLSForm); all of them are printed, one per line.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from ..domain.anonymity import identifying_questions
from ..domain.questionnaire import Questionnaire, QuestionnaireError
from ..domain.validation import load_questionnaire_json
from ..domain.xlsform import import_xlsform_with_notes
from .common import (
    WHOLE,
    UserError,
    data_dir_option,
    interface_language,
    one_line,
    open_services,
    user_errors,
)

_FILE_TYPES = ".json (our questionnaire format) or .xlsx (an XLSForm)"
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


def read_questionnaire(path: Path, untagged: str | None = None) -> tuple[Questionnaire, list[str]]:
    """The questionnaire in a .json or .xlsx file and the notes on its conversion.

    Raises ``UserError`` for a file that cannot be read and ``QuestionnaireError`` (with every
    located problem) for one that is not a valid questionnaire.
    """
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UserError(f"{path}: an old .xls file; save it as .xlsx in Excel and try again")
    if suffix not in (".json", ".xlsx"):
        kind = suffix or "(no extension)"
        raise UserError(f"{path}: unknown kind of file {kind}; give a {_FILE_TYPES}")
    if not path.exists():
        raise UserError(f"{path}: no such file")
    if not path.is_file():
        raise UserError(f"{path}: not a file")
    if suffix == ".xlsx":
        result = import_xlsform_with_notes(path, language=untagged)
        return result.questionnaire, list(result.notes)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UserError(
            f"{path}: not UTF-8 text (byte {exc.start + 1}); save it as UTF-8"
        ) from None
    return load_questionnaire_json(text), []


def refuse(path: Path, errors: list[str]) -> NoReturn:
    """Print every located error on its own line of stderr, then exit with code 2."""
    for error in errors or ["not a valid questionnaire"]:
        place = "" if error.startswith(f"{path.name}: ") else f"{path.name}: "
        click.echo(f"feedback-app: {one_line(place + error)}", err=True)
    sys.exit(2)


def load_or_refuse(path: Path, untagged: str | None) -> tuple[Questionnaire, list[str]]:
    try:
        return read_questionnaire(path, untagged)
    except QuestionnaireError as exc:
        refuse(path, exc.errors)


def summary(q: Questionnaire) -> str:
    """One line a trainer can check a file by: id, version, size and languages."""
    count = len(q.questions)
    noun = "question" if count == 1 else "questions"
    languages = ", ".join(q.languages)
    return f"{q.id} version {q.version}: {count} {noun}, languages {languages}"


def echo_notes(notes: list[str], questionnaire: Questionnaire | None = None) -> None:
    for note in notes:
        click.echo(f"note: {note}")
    for warning in identifying_questions(questionnaire) if questionnaire else []:
        click.echo(f"warning: {warning}")


@questionnaire_group.command("validate")
@click.argument("file", type=click.Path(path_type=Path))
@_untagged_option
@user_errors
def validate_command(file: Path, untagged_language: str | None) -> None:
    """Check a .json or XLSForm .xlsx file.

    Prints a one-line summary, or every problem with its place (exit code 2).
    """
    q, notes = load_or_refuse(file, untagged_language)
    click.echo(f"valid: {summary(q)}")
    echo_notes(notes, q)


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
    q, notes = load_or_refuse(file, untagged_language)
    with open_services(ctx, data_dir) as services:
        saved = services.questionnaires.save(q, imported_from=file.name)
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
    echo_notes(notes, q)


@questionnaire_group.command("export")
@data_dir_option
@click.argument("questionnaire_id", metavar="ID")
@click.option("--version", type=WHOLE, default=None, help="Default: the latest.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="JSON file.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.pass_context
@user_errors
def export_command(
    ctx: click.Context,
    data_dir: str | None,
    questionnaire_id: str,
    version: int | None,
    output: Path,
    force: bool,
) -> None:
    """Export a questionnaire as a JSON file.

    Writes the latest version (or --version N) in the documented questionnaire format.
    """
    with open_services(ctx, data_dir) as services:
        q = services.questionnaires.export_json(questionnaire_id, version, output, force=force)
    click.echo(f"Exported {q.id} version {q.version} to {output}")
