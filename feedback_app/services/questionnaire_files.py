"""Reading a questionnaire file (our JSON or an XLSForm) and writing one as an XLSForm.

One action for the command line and the trainer's window alike: the same checks, the same
located errors and the same notes and anonymity warnings, before anything is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..domain.anonymity import identifying_questions
from ..domain.questionnaire import Questionnaire, QuestionnaireError
from ..domain.validation import load_questionnaire_json
from ..domain.xlsform import import_xlsform_with_notes, xlsform_workbook
from ..reports.output import atomic_output

FILE_TYPES = ".json (our questionnaire format) or .xlsx (an XLSForm)"
#: Export formats and the file name ending each writes.
FORMATS = {"json": ".json", "xlsform": ".xlsx"}


class QuestionnaireFileError(QuestionnaireError):
    """The file cannot be read at all (nothing in it was checked). ``reason``: ``old_xls``,
    ``unknown_kind``, ``missing``, ``not_file`` or ``not_utf8``; ``path``: the file."""

    def __init__(self, message: str, *, reason: str, path: Path):
        super().__init__([message])
        self.reason = reason
        self.path = str(path)


@dataclass(frozen=True)
class LoadedQuestionnaire:
    """A valid questionnaire read from a file, and what its reader should be told.

    ``notes``: what an XLSForm conversion left out or assumed (each with its sheet and row
    where it has one). ``warnings``: questions that seem to ask for something identifying.
    ``assumed_language``: the language untagged XLSForm columns were read as because neither
    the file nor ``untagged_language`` named one (a window asks; None when nothing was assumed).
    """

    questionnaire: Questionnaire
    notes: tuple[str, ...]
    warnings: tuple[str, ...]
    kind: str  # "json" or "xlsform"
    assumed_language: str | None = None


def load_file(path: Path, untagged_language: str | None = None) -> LoadedQuestionnaire:
    """The questionnaire in a ``.json`` or XLSForm ``.xlsx`` file, validated completely.

    ``untagged_language`` (XLSForm only) is the code of untagged label/hint columns when the
    settings sheet names no default_language. Raises ``QuestionnaireFileError`` for a file
    that cannot be read and ``QuestionnaireError`` (every problem with its place) for one that
    is not a valid questionnaire; nothing is stored either way.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise QuestionnaireFileError(
            f"{path}: an old .xls file; save it as .xlsx in Excel and try again",
            reason="old_xls",
            path=path,
        )
    if suffix not in (".json", ".xlsx"):
        kind = suffix or "(no extension)"
        raise QuestionnaireFileError(
            f"{path}: unknown kind of file {kind}; give a {FILE_TYPES}",
            reason="unknown_kind",
            path=path,
        )
    if not path.exists():
        raise QuestionnaireFileError(f"{path}: no such file", reason="missing", path=path)
    if not path.is_file():
        raise QuestionnaireFileError(f"{path}: not a file", reason="not_file", path=path)
    if suffix == ".xlsx":
        result = import_xlsform_with_notes(path, language=untagged_language)
        questionnaire, notes, kind = result.questionnaire, result.notes, "xlsform"
        assumed = result.assumed_language
    else:
        questionnaire, notes, kind = load_questionnaire_json(_text(path)), (), "json"
        assumed = None
    warnings = tuple(identifying_questions(questionnaire))
    return LoadedQuestionnaire(questionnaire, tuple(notes), warnings, kind, assumed)


def _text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise QuestionnaireFileError(
            f"{path}: not UTF-8 text (byte {exc.start + 1}); save it as UTF-8",
            reason="not_utf8",
            path=path,
        ) from None


def write_xlsform(
    questionnaire: Questionnaire, path: Path, *, force: bool, protect: list[Path]
) -> None:
    """The questionnaire as an XLSForm at ``path``, whole or not at all.

    ``XLSFormExportError`` (before any file is touched) when a part cannot be written.
    """
    book = xlsform_workbook(questionnaire)
    with atomic_output(path, force=force, protect=protect) as temporary:
        book.save(temporary)
