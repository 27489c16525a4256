"""XLSForm spreadsheets (KoboToolbox, ODK, SurveyCTO) as questionnaires, and back.

Survey designers already write forms as XLSForm ``.xlsx`` files; reading them saves retyping.
Only a subset of XLSForm maps onto our model (``docs/questionnaire-format.md``, "Importing
XLSForm"). Everything outside it is refused with sheet, row and reason: a form that silently
lost a question, a condition or a picture would show respondents something its designer never
wrote. What changes neither what a respondent sees nor what is stored (designer comments, error
message wording, server settings, start/end time stamps we must not record anyway) is left out
and reported as a note, so nothing disappears without the user being told.

The modules follow the steps: ``workbook`` reads the .xlsx, ``sheets``/``texts``/``choices``/
``conditions``/``questions``/``other``/``rows`` each convert one part, ``converter`` puts them
together. Expressions are parsed by ``xpath`` (after ``slips`` looked for typing slips),
evaluated as ODK does by ``evaluate``, and turned into our tests by ``expressions``,
``relevant`` and ``constraints``. ``export`` (with ``export_relevant``) writes a questionnaire
as an XLSForm that imports back into the same questionnaire.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..questionnaire import Questionnaire, QuestionnaireError
from ..validation import parse_questionnaire
from .base import error_order
from .converter import FORMAT, Converter
from .errors import XLSFormError, XLSFormExportError
from .export import xlsform_sheets, xlsform_workbook
from .languages import FALLBACK_LANGUAGE, LANGUAGE_CODES, language_code, language_label
from .workbook import load_workbook

__all__ = [
    "FALLBACK_LANGUAGE",
    "FORMAT",
    "LANGUAGE_CODES",
    "XLSFormError",
    "XLSFormExportError",
    "XLSFormImport",
    "import_xlsform",
    "import_xlsform_with_notes",
    "language_code",
    "language_label",
    "read_xlsform",
    "xlsform_sheets",
    "xlsform_workbook",
]


@dataclass(frozen=True)
class XLSFormImport:
    """An imported questionnaire and the notes about what was left out or assumed.

    ``assumed_language``: the language untagged label/hint columns were read as when neither
    the settings sheet nor the caller named it (None when nothing was assumed).
    """

    questionnaire: Questionnaire
    notes: tuple[str, ...]
    assumed_language: str | None = None


def read_xlsform(path: Path, *, language: str | None = None) -> dict[str, Any]:
    """The XLSForm at ``path`` as a valid dict in our JSON format, or ``XLSFormError``.

    ``language`` is the code for untagged ``label``/``hint`` columns when the settings sheet
    names no ``default_language``.
    """
    return _convert(Path(path), language)[0]


def import_xlsform(path: Path, *, language: str | None = None) -> Questionnaire:
    """The XLSForm at ``path`` as a :class:`Questionnaire`, or ``XLSFormError``."""
    return import_xlsform_with_notes(path, language=language).questionnaire


def import_xlsform_with_notes(path: Path, *, language: str | None = None) -> XLSFormImport:
    """Like :func:`import_xlsform`, with the notes a user should read before using the form."""
    data, notes, assumed = _convert(Path(path), language)
    return XLSFormImport(parse_questionnaire(data), tuple(notes), assumed)


def _convert(path: Path, language: str | None) -> tuple[dict[str, Any], list[str], str | None]:
    """Read, convert and validate; the dict is returned only when it is a valid questionnaire."""
    if language is not None and not re.fullmatch(r"[a-z]{2,3}", language):
        raise XLSFormError([f"language {language!r} is not a code such as 'fi' or 'en'"])
    sheets = load_workbook(path)
    converter = Converter(sheets, path.stem, language)
    data = converter.run()
    if converter.errors:
        raise XLSFormError(sorted(converter.errors, key=error_order))
    try:
        parse_questionnaire(data)
    except QuestionnaireError as exc:
        raise XLSFormError([converter.locate(e) for e in exc.errors]) from None
    return data, converter.notes, converter.assumed_language
