"""Import XLSForm spreadsheets (KoboToolbox, ODK, SurveyCTO) as questionnaires.

Survey designers already write forms as XLSForm ``.xlsx`` files; reading them saves retyping.
Only a subset of XLSForm maps onto our model (``docs/questionnaire-format.md``, "Importing
XLSForm"). Everything outside it is refused with sheet, row and reason: a form that silently
lost a question, a condition or a picture would show respondents something its designer never
wrote. What changes neither what a respondent sees nor what is stored (designer comments, error
message wording, server settings, start/end time stamps we must not record anyway) is left out
and reported as a note, so nothing disappears without the user being told.
"""

from __future__ import annotations

import copy
import io
import math
import operator
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl

from .questionnaire import Condition, Questionnaire, QuestionnaireError
from .validation import ID_PATTERN, parse_questionnaire

FORMAT = "feedback-app-questionnaire"
FALLBACK_LANGUAGE = "en"
MAX_VERSION = 2**63 - 1

#: Language names seen in XLSForm headers (English and native spelling) -> ISO 639-1 code.
LANGUAGE_CODES = {
    "english": "en", "finnish": "fi", "suomi": "fi", "swedish": "sv", "svenska": "sv",
    "french": "fr", "français": "fr", "francais": "fr", "german": "de", "deutsch": "de",
    "spanish": "es", "español": "es", "espanol": "es", "portuguese": "pt", "português": "pt",
    "italian": "it", "italiano": "it", "dutch": "nl", "nederlands": "nl", "danish": "da",
    "dansk": "da", "norwegian": "no", "norsk": "no", "icelandic": "is", "estonian": "et",
    "eesti": "et", "latvian": "lv", "lithuanian": "lt", "polish": "pl", "polski": "pl",
    "czech": "cs", "slovak": "sk", "hungarian": "hu", "romanian": "ro", "bulgarian": "bg",
    "greek": "el", "turkish": "tr", "russian": "ru", "русский": "ru", "ukrainian": "uk",
    "arabic": "ar", "hebrew": "he", "persian": "fa", "farsi": "fa", "dari": "fa",
    "pashto": "ps", "urdu": "ur", "hindi": "hi", "bengali": "bn", "chinese": "zh",
    "mandarin": "zh", "japanese": "ja", "korean": "ko", "vietnamese": "vi", "thai": "th",
    "indonesian": "id", "malay": "ms", "swahili": "sw", "amharic": "am", "somali": "so",
    "tigrinya": "ti", "hausa": "ha", "yoruba": "yo", "northern sami": "se", "sami": "se",
    "kurdish": "ku", "albanian": "sq", "serbian": "sr", "croatian": "hr", "bosnian": "bs",
    "slovenian": "sl", "georgian": "ka", "armenian": "hy",
}  # fmt: skip

_NAMES = {code: name.title() for name, code in reversed(LANGUAGE_CODES.items()) if name.isascii()}
_TRUE = {"yes", "y", "true", "true()", "=true()", "1"}
_FALSE = {"no", "n", "false", "false()", "=false()", "0"}
_TRANSLATABLE = {"label", "hint", "guidance_hint", "constraint_message", "required_message",
                 "image", "big-image", "audio", "video", "caption"}  # fmt: skip
_PREFIXED = ("media", "bind", "body", "instance", "control")
_ALIASES = {
    "caption": "label", "relevance": "relevant", "readonly": "read_only",
    "list name": "list_name", "constraint message": "constraint_message",
    "jr:constraintmsg": "constraint_message", "requiredmsg": "required_message",
    "required message": "required_message", "jr:requiredmsg": "required_message",
    "calculate": "calculation", "count": "repeat_count", "jr:count": "repeat_count",
    "media::image": "image", "media::big-image": "big-image", "media::audio": "audio",
    "media::video": "video", "set form title": "form_title", "set form id": "form_id",
    "id_string": "form_id",
}  # fmt: skip
_MEDIA = "pictures, sound and video"
_REFUSED_COLUMNS = {
    "survey": {
        "calculation": "calculations", "default": "default answers",
        "choice_filter": "filtered choice lists", "repeat_count": "repeats",
        "trigger": "triggers", "image": _MEDIA, "big-image": _MEDIA, "audio": _MEDIA,
        "video": _MEDIA,
    },
    "choices": {"image": _MEDIA, "big-image": _MEDIA, "audio": _MEDIA, "video": _MEDIA},
    "settings": {"public_key": "encrypted submissions"},
}  # fmt: skip
_USED_COLUMNS = {
    "survey": {"type", "name", "label", "hint", "required", "relevant", "constraint",
               "appearance", "parameters", "read_only", "rows"},
    "choices": {"list_name", "name", "label"},
    "settings": {"form_title", "form_id", "version", "default_language", "add_none_option"},
}  # fmt: skip
_METADATA_TYPES = {
    "start", "end", "today", "deviceid", "imei", "subscriberid", "simserial", "phonenumber",
    "username", "email", "audit", "start-geopoint", "background-audio", "uri:deviceid",
    "uri:email", "uri:phonenumber", "uri:subscriberid", "uri:simserial", "uri:username",
}  # fmt: skip
_SELECT = re.compile(
    r"(?P<kind>select_one|select one|select_multiple|select multiple|select all that apply)"
    r"\s+(?P<list>\S+)(?P<other>\s+or_other)?",
    re.IGNORECASE,
)
_CONTROL = re.compile(r"(?P<edge>begin|end)[ _]+(?P<kind>group|repeat|lgroup|loop|looped group)")
_LITERAL = r"'[^']*'|\"[^\"]*\"|-?\d{1,15}(?:\.\d{1,15})?"
_REF = r"\$\{\s*(?P<q>[^}\s]+)\s*\}"
_COMPARISON = re.compile(rf"\s*{_REF}\s*(?P<op>!=|>=|<=|=|>|<)\s*(?P<v>{_LITERAL})\s*")
_SELECTED = re.compile(rf"\s*selected\s*\(\s*{_REF}\s*,\s*(?P<v>{_LITERAL})\s*\)\s*")
_BOUND = re.compile(r"\s*\.\s*(?P<op>>=|<=|>|<)\s*'?(?P<v>-?\d{1,15}(?:\.\d{1,15})?)'?\s*")
_LENGTH = re.compile(r"\s*string-length\s*\(\s*\.\s*\)\s*(?P<op><=|<)\s*(?P<v>\d+)\s*")
_AND = re.compile(r"and\s")
_ORDER = {">=": operator.ge, "<=": operator.le, ">": operator.gt, "<": operator.lt}
_APPEARANCES = {
    "text": {"multiline", "numbers"},
    "number": {"thousands-sep", "numbers"},
    "note": set(),
    "rating": {"vertical", "no-ticks", "picker", "rating"},
    "single_choice": {"minimal", "quick", "horizontal", "horizontal-compact", "compact",
                      "columns", "columns-pack", "no-buttons", "autocomplete", "likert",
                      "quickcompact"},
    "multiple_choice": {"minimal", "horizontal", "horizontal-compact", "compact", "columns",
                        "columns-pack", "no-buttons", "autocomplete"},
    "group": {"field-list", "table-list", "no-collapse"},
}  # fmt: skip


class XLSFormError(QuestionnaireError):
    """An .xlsx file is not a form we can import; each error names sheet, row and reason."""


@dataclass(frozen=True)
class XLSFormImport:
    """An imported questionnaire and the notes about what was left out or assumed."""

    questionnaire: Questionnaire
    notes: tuple[str, ...]


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
    data, notes = _convert(Path(path), language)
    return XLSFormImport(parse_questionnaire(data), tuple(notes))


def _convert(path: Path, language: str | None) -> tuple[dict[str, Any], list[str]]:
    """Read, convert and validate; the dict is returned only when it is a valid questionnaire."""
    if language is not None and not re.fullmatch(r"[a-z]{2,3}", language):
        raise XLSFormError([f"language {language!r} is not a code such as 'fi' or 'en'"])
    sheets = _load_workbook(path)
    converter = _Converter(sheets, path.stem, language)
    data = converter.run()
    if converter.errors:
        raise XLSFormError(sorted(converter.errors, key=_error_order))
    try:
        parse_questionnaire(data)
    except QuestionnaireError as exc:
        raise XLSFormError([converter.locate(e) for e in exc.errors]) from None
    return data, converter.notes


# -- reading the workbook ------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    index: int
    header: str
    key: str
    tag: str | None


@dataclass(frozen=True)
class _Row:
    number: int
    cells: dict[int, Any]


@dataclass
class _Sheet:
    name: str
    title: str = ""
    header_row: int = 1
    columns: list[_Column] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)

    def by_key(self, key: str) -> list[_Column]:
        return [c for c in self.columns if c.key == key]

    def text(self, row: _Row, key: str) -> str:
        """The untagged cell of column ``key`` (first such column), as text."""
        for column in self.columns:
            if column.key == key and column.tag is None:
                return _text_of(row.cells.get(column.index))
        return ""

    def raw(self, row: _Row, key: str) -> Any:
        for column in self.by_key(key):
            if column.index in row.cells:
                return row.cells[column.index]
        return None


def _load_workbook(path: Path) -> dict[str, _Sheet]:
    """Every sheet by lower-case name; anything openpyxl cannot read is a clear error."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise XLSFormError([f"{path.name}: cannot read the file ({exc.strerror or exc})"]) from None
    not_xlsx = f"{path.name}: not an Excel .xlsx file"
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise XLSFormError([f"{not_xlsx} (an old .xls file must first be saved as .xlsx)"])
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
            try:
                return {ws.title.strip().lower(): _read_sheet(ws) for ws in book.worksheets}
            finally:
                book.close()
    except Exception as exc:  # openpyxl raises many kinds of errors on damaged archives
        reason = f"{type(exc).__name__}: {exc}"[:200]
        raise XLSFormError([f"{not_xlsx}, or the file is damaged ({reason})"]) from None


def _read_sheet(ws: Any) -> _Sheet:
    """The first non-empty row is the header; later non-empty rows keep their Excel number."""
    sheet = _Sheet(name=str(ws.title).strip().lower(), title=str(ws.title))
    header: dict[int, Any] | None = None
    ws.reset_dimensions()  # a wrong stored size would otherwise cut rows or columns off
    for number, values in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True), 1):
        cells = {
            i: v
            for i, v in enumerate(values)
            if v is not None and not (isinstance(v, str) and not v.strip())
        }
        if not cells:
            continue
        if header is None:
            header, sheet.header_row = cells, number
        else:
            sheet.rows.append(_Row(number, cells))
    sheet.columns = [_column(i, _text_of(v)) for i, v in sorted((header or {}).items())]
    return sheet


def _column(index: int, header: str) -> _Column:
    """Split ``label::Finnish (fi)`` / legacy ``label:finnish`` into a key and language tag."""
    key, tag = header.lower(), None
    if "::" in header:
        parts = [p.strip() for p in header.split("::")]
        if parts[0].lower() in _PREFIXED:
            key = f"{parts[0]}::{parts[1]}".lower()
            tag = "::".join(parts[2:]) if len(parts) > 2 else None
        else:
            key, tag = parts[0].lower(), "::".join(parts[1:])
    elif ":" in header and header.split(":", 1)[0].strip().lower() in _TRANSLATABLE:
        first, rest = header.split(":", 1)
        key, tag = first.strip().lower(), rest.strip()
    key = re.sub(r"\s+", " ", key.strip())
    return _Column(index, header, _ALIASES.get(key, key), tag)


def _text_of(value: Any) -> str:
    """A cell as the text a designer sees in Excel (``12.0`` -> ``12``, dates as ISO)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def language_code(tag: str) -> str | None:
    """``Finnish (fi)`` -> ``fi``; ``english`` -> ``en``; ``sv`` -> ``sv``; unknown -> None."""
    tag = tag.strip()
    match = re.search(r"\(\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*\)$", tag)
    if match:
        return match.group(1).lower()
    low = tag.lower()
    if low in LANGUAGE_CODES:
        return LANGUAGE_CODES[low]
    if re.fullmatch(r"[a-z]{2}", low) or low in LANGUAGE_CODES.values():
        return low
    return None


def language_label(code: str) -> str:
    """``fi`` -> ``Finnish (fi)``, for messages."""
    return f"{_NAMES[code]} ({code})" if code in _NAMES else code


# -- conversion ----------------------------------------------------------------------------


@dataclass
class _Slot:
    """One translatable text: every kept language needs it, or (if optional) it is dropped."""

    where: str
    what: str
    owner: dict[str, Any]
    key: str
    required: bool

    @property
    def texts(self) -> dict[str, str]:
        return self.owner.get(self.key) or {}


@dataclass(frozen=True)
class _Target:
    """What a ``relevant`` expression needs to know about an earlier question."""

    id: str
    type: str
    codes: dict[str, Any]  # literal as written in XLSForm -> value we store
    values: tuple[Any, ...] | None  # every possible answer, when there are finitely many
    required: bool  # required and always shown
    cannot_say: bool
    integer: bool


@dataclass(frozen=True)
class _Test:
    target: _Target
    operator: str
    value: Any


@dataclass
class _Group:
    row: int
    name: str
    title: dict[str, str]
    tests: list[_Test]
    repeat: bool


class _Converter:
    """Walks the sheets once, collecting every error rather than stopping at the first."""

    def __init__(self, sheets: dict[str, _Sheet], stem: str, language: str | None) -> None:
        self.sheets = sheets
        self.stem = stem
        self.language = language
        self.errors: list[str] = []
        self.notes: list[str] = []
        self.codes: dict[tuple[str, int], str] = {}
        self.order: list[str] = []
        self.slots: list[_Slot] = []
        self.targets: dict[str, _Target] = {}
        self.skipped: dict[str, str] = {}
        self.lists: dict[str, list[_Row]] = {}
        self.converted: dict[tuple[str, bool], tuple[list[Any], dict[str, Any]] | None] = {}
        self.sections: list[dict[str, Any]] = []
        self.section_rows: list[int] = []
        self.question_rows: list[list[int]] = []
        self.stack: list[_Group] = []
        self.current: dict[str, Any] | None = None
        self.titled_rows: set[int] = set()
        self.default = FALLBACK_LANGUAGE
        self.default_assumed = False

    def error(self, sheet: str, row: int, message: str) -> None:
        self.errors.append(f"{sheet} row {row}: {message}")

    # -- top level -------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        """The questionnaire dict, or ``{}`` with ``errors`` filled."""
        survey = self.sheets.get("survey")
        if survey is None:
            found = ", ".join(repr(s.title) for s in self.sheets.values()) or "none"
            self.errors.append(
                f"workbook: no sheet named 'survey' (sheets: {found}), so this is not an "
                "XLSForm; an XLSForm has the sheets 'survey', 'choices' and 'settings'"
            )
            return {}
        self.check_sheets()
        settings = self.settings()
        if not self.check_survey_header(survey):
            return {}
        self.resolve_languages(settings.get("default_language", ""))
        self.read_choices()
        for row in survey.rows:
            self.survey_row(survey, row)
        for group in self.stack:
            self.error("survey", group.row, f"group {group.name!r} has no 'end group'")
        if not self.errors and not any(s["questions"] for s in self.sections):
            self.errors.append("survey: the form has no questions that can be imported")
        if self.errors:
            return {}
        return self.assemble(settings)

    def check_sheets(self) -> None:
        """Refuse or note columns and sheets outside the subset, for every sheet we read."""
        for name, sheet in self.sheets.items():
            if name not in _USED_COLUMNS:
                if sheet.rows:
                    self.notes.append(f"sheet {sheet.title!r} is not part of XLSForm; ignored")
                continue
            self.check_columns(sheet)

    def check_columns(self, sheet: _Sheet) -> None:
        """Refuse columns whose content we cannot import; note those we do not read."""
        refused = _REFUSED_COLUMNS[sheet.name]
        seen: set[tuple[str, str | None]] = set()
        for column in sheet.columns:
            filled = [r for r in sheet.rows if column.index in r.cells]
            where = f"column {column.header!r}"
            if column.key in refused or column.key.split("::")[0] in _PREFIXED:
                reason = refused.get(column.key, "XForm attributes")
                for row in filled:
                    self.error(sheet.name, row.number, f"{where} is not supported ({reason})")
            elif not _is_used(sheet.name, column):
                if filled:
                    self.notes.append(f"{sheet.name} {where} is not used; ignored")
            elif column.tag == "":
                self.error(sheet.name, sheet.header_row, f"{where} names no language")
            elif (column.key, column.tag) in seen and column.tag is None:
                self.error(sheet.name, sheet.header_row, f"{where} appears twice")
            seen.add((column.key, column.tag))
        known = {c.index for c in sheet.columns}
        stray = sorted({r.number for r in sheet.rows for i in r.cells if i not in known})
        if stray:
            rows = ", ".join(map(str, stray[:5]))
            self.notes.append(f"{sheet.name} rows {rows}: cells under no column header ignored")

    # -- settings --------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        """Form id, version, title and default language from the first settings row."""
        sheet = self.sheets.get("settings") or _Sheet(name="settings")
        row = sheet.rows[0] if sheet.rows else _Row(sheet.header_row + 1, {})
        if len(sheet.rows) > 1:
            self.notes.append("settings: only the first row under the header is read")
        form_id = sheet.text(row, "form_id")
        if form_id and not ID_PATTERN.match(form_id):
            self.error(
                "settings",
                row.number,
                f"form_id {form_id!r} must be letters, digits, _ . or -, starting with a letter",
            )
        form_id = form_id or _identifier(self.stem)
        if _truth(sheet.text(row, "add_none_option")):
            self.error("settings", row.number, "add_none_option is not supported")
        return {
            "id": form_id,
            "version": self.version(sheet.raw(row, "version"), row.number),
            "title": sheet.text(row, "form_title") or form_id,
            "default_language": sheet.text(row, "default_language"),
        }

    def version(self, raw: Any, row: int) -> int:
        """Whole numbers (also date-like ``2014082801``) as they are, dates as ``yyyymmdd``."""
        text = _text_of(raw)
        if isinstance(raw, datetime | date):
            text = raw.strftime("%Y%m%d")
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            text = text.replace("-", "")
        if not text:
            return 1
        if not re.fullmatch(r"\d{1,18}", text) or int(text) < 1:
            self.error(
                "settings",
                row,
                f"version {text!r} is not a whole number of 1 or more (such as 3 or 2024030101)",
            )
            return 1
        return int(text)

    # -- languages -------------------------------------------------------------------------
    def resolve_languages(self, default_tag: str) -> None:
        """Give every label/hint column a language code; untagged ones get the default."""
        self.default = self.default_language(default_tag)
        for name, keys in (("survey", ("label", "hint")), ("choices", ("label",))):
            sheet = self.sheets.get(name)
            if sheet is None:
                continue
            seen: dict[tuple[str, str], str] = {}
            for column in (c for c in sheet.columns if c.key in keys):
                code = self.column_language(sheet, column)
                if code is None:
                    continue
                other = seen.setdefault((column.key, code), column.header)
                if other != column.header:
                    self.error(
                        name,
                        sheet.header_row,
                        f"columns {other!r} and {column.header!r}"
                        f" are both in {language_label(code)}",
                    )
                self.codes[(name, column.index)] = code
                if code not in self.order:
                    self.order.append(code)

    def column_language(self, sheet: _Sheet, column: _Column) -> str | None:
        """The code of a label/hint column; assuming a language for untagged ones is noted."""
        if column.tag is None:
            if self.default_assumed and any(column.index in r.cells for r in sheet.rows):
                self.default_assumed = False
                self.notes.append(
                    f"untagged columns such as {column.header!r} were read as "
                    f"{language_label(self.default)}; name their language with "
                    "default_language in the settings sheet"
                )
            return self.default
        code = language_code(column.tag) if column.tag else None
        if column.tag and code is None:
            self.error(
                sheet.name,
                sheet.header_row,
                f"column {column.header!r}: unknown language"
                f" {column.tag!r}; write it like 'Finnish (fi)'",
            )
        return code

    def default_language(self, tag: str) -> str:
        """Settings' default_language, else ``language``, else the first tagged survey label."""
        self.default_assumed = not tag and self.language is None
        if tag:
            code = language_code(tag)
            if code is None:
                self.error(
                    "settings",
                    self.sheets["settings"].rows[0].number,
                    f"default_language {tag!r} is not a language like 'Finnish (fi)'",
                )
            return code or FALLBACK_LANGUAGE
        if self.language:
            return self.language
        for column in self.sheets["survey"].by_key("label"):
            code = language_code(column.tag) if column.tag else None
            if code:
                return code
        return FALLBACK_LANGUAGE

    def texts(self, sheet: _Sheet, row: _Row, key: str) -> dict[str, str]:
        """The cell of ``key`` in every language; answer piping (``${q}``) is refused."""
        out: dict[str, str] = {}
        for column in sheet.by_key(key):
            code = self.codes.get((sheet.name, column.index))
            text = _text_of(row.cells.get(column.index))
            if code is None or not text:
                continue
            if text.startswith("="):
                self.error(
                    sheet.name,
                    row.number,
                    f"{column.header} {text!r} is a formula; replace it by its text",
                )
            elif "${" in text:
                self.error(
                    sheet.name,
                    row.number,
                    f"{column.header} {text!r} shows an earlier "
                    "answer (${...}), which is not supported",
                )
            out[code] = text
        return out

    # -- choices ---------------------------------------------------------------------------
    def read_choices(self) -> None:
        """Group the choices sheet by list; a choice outside any list is an error."""
        sheet = self.sheets.get("choices")
        if sheet is None:
            return
        if sheet.rows and not sheet.by_key("list_name"):
            self.error("choices", sheet.header_row, "no 'list_name' column")
            return
        for row in sheet.rows:
            list_name = sheet.text(row, "list_name")
            if list_name:
                self.lists.setdefault(list_name, []).append(row)
            elif sheet.text(row, "name") or self.texts(sheet, row, "label"):
                self.error("choices", row.number, "choice has no list_name")

    def options(self, row: int, list_name: str, likert: bool) -> tuple[list[Any], dict] | None:
        """The options of a list (once per list and kind, so its errors are listed once)."""
        if list_name not in self.lists:
            where = "choices sheet" if "choices" in self.sheets else "workbook (no choices sheet)"
            self.error("survey", row, f"list {list_name!r} is not in the {where}")
            return None
        key = (list_name, likert)
        if key not in self.converted:
            n = len(self.errors)
            result = self.likert_options(list_name) if likert else self.choice_options(list_name)
            self.converted[key] = result if len(self.errors) == n else None
        return self.converted[key]

    def choice_rows(self, list_name: str) -> list[tuple[_Row, str, dict[str, str]]]:
        """Rows of one list with their name and labels; nameless or repeated names are errors."""
        sheet = self.sheets["choices"]
        out, seen = [], set()
        for row in self.lists[list_name]:
            name = sheet.text(row, "name")
            label = self.texts(sheet, row, "label")
            if not name:
                self.error("choices", row.number, f"choice in list {list_name!r} has no name")
            elif name in seen:
                self.error("choices", row.number, f"list {list_name!r} has {name!r} twice")
            else:
                seen.add(name)
                out.append((row, name, label))
        return out

    def choice_options(self, list_name: str) -> tuple[list[Any], dict[str, Any]]:
        """Choice names are our option codes; a leading digit gets ``_`` (``1`` -> ``_1``)."""
        options, codes = [], {}
        for row, name, label in self.choice_rows(list_name):
            code = "_" + name if re.match(r"\d", name) else name
            if not ID_PATTERN.match(code):
                self.error(
                    "choices", row.number, f"choice name {name!r} must be letters, digits, _ . or -"
                )
                continue
            if code != name and code in self.lists_names(list_name):
                self.error("choices", row.number, f"choice name {name!r} clashes with {code!r}")
            option = {"value": code, "label": label}
            self.slot("choices", row.number, "label", option, "label", True)
            options.append(option)
            codes[name] = code
        if any(code != name for name, code in codes.items()):
            self.notes.append(
                f"list {list_name!r}: choice names starting with a digit are "
                "stored with a leading '_' (1 -> _1)"
            )
        return options, codes

    def lists_names(self, list_name: str) -> set[str]:
        sheet = self.sheets["choices"]
        return {sheet.text(row, "name") for row in self.lists[list_name]}

    def likert_options(self, list_name: str) -> tuple[list[Any], dict[str, Any]]:
        """Whole-number names are scale points; a choice named ``cannot_say`` is "cannot say"."""
        options, codes = [], {}
        for row, name, label in self.choice_rows(list_name):
            if name == "cannot_say":
                holder = {"value": "cannot_say", "label": label}
                self.slot("choices", row.number, "label", holder, "label", True)
                options.append(holder)
                continue
            if not re.fullmatch(r"-?\d{1,9}", name):
                self.error(
                    "choices",
                    row.number,
                    f"list {list_name!r} is a likert scale, so "
                    f"choice name {name!r} must be a whole number",
                )
                continue
            option = {"value": int(name), "label": label}
            self.slot("choices", row.number, "label", option, "label", True)
            options.append(option)
            codes[name] = int(name)
        values = sorted(codes.values())
        if values and (
            not 3 <= len(values) <= 7 or values != list(range(values[0], values[-1] + 1))
        ):
            first = self.lists[list_name][0].number
            self.error(
                "choices",
                first,
                f"likert list {list_name!r} needs 3 to 7 consecutive "
                f"whole numbers, not {', '.join(map(str, values))}",
            )
        return options, codes

    # -- survey rows -----------------------------------------------------------------------
    def check_survey_header(self, survey: _Sheet) -> bool:
        """Without type and name columns no row can be read, so stop early."""
        keys = {c.key for c in survey.columns}
        for needed in ("type", "name"):
            if needed not in keys:
                self.error("survey", survey.header_row, f"no {needed!r} column")
        return "type" in keys and "name" in keys

    def survey_row(self, sheet: _Sheet, row: _Row) -> None:
        """Dispatch one row by its type; an unknown type is refused, never skipped."""
        kind = sheet.text(row, "type")
        if not kind:
            if sheet.text(row, "name") or any(self.codes.get(("survey", i)) for i in row.cells):
                self.error("survey", row.number, "no type")
            return
        low = re.sub(r"\s+", " ", kind.lower())
        control, select = _CONTROL.fullmatch(low), _SELECT.fullmatch(kind)
        if control:
            self.control_row(sheet, row, control["edge"], control["kind"])
        elif select and not select["other"]:
            self.select_row(sheet, row, select["kind"].lower(), select["list"])
        elif select:
            self.error("survey", row.number, f"type {kind!r} is not supported (or_other)")
        elif low in ("text", "integer", "int", "decimal", "note", "range"):
            self.simple_row(sheet, row, low)
        elif low in _METADATA_TYPES:
            self.skip(sheet, row, f"{low!r} rows are not recorded (answers stay anonymous)")
        else:
            self.error("survey", row.number, f"type {kind!r} is not supported")

    def skip(self, sheet: _Sheet, row: _Row, reason: str) -> None:
        """Leave a metadata row out, with a note; remember its name for relevant messages."""
        name = sheet.text(row, "name")
        if name:
            self.skipped[name] = reason
        self.notes.append(f"survey row {row.number}: {reason}; left out")

    def control_row(self, sheet: _Sheet, row: _Row, edge: str, kind: str) -> None:
        """``begin group`` opens a section; nested groups are flattened (see the docs)."""
        repeat = kind != "group"
        if edge == "end":
            if not self.stack or self.stack[-1].repeat != repeat:
                self.error("survey", row.number, f"'end {kind}' without a matching 'begin {kind}'")
            else:
                self.stack.pop()
            self.current = None
            return
        if repeat:
            self.error("survey", row.number, f"type 'begin {kind}' is not supported (repeats)")
        if self.texts(sheet, row, "hint"):
            self.error("survey", row.number, "a group hint is not supported")
        if sheet.text(row, "constraint"):
            self.error("survey", row.number, "a group constraint is not supported")
        if _truth(sheet.text(row, "required")) or _truth(sheet.text(row, "read_only")):
            self.error("survey", row.number, "required or read_only on a group is not supported")
        self.appearance(sheet, row, "group")
        title = self.texts(sheet, row, "label")
        tests = self.tests(sheet, row)
        name = sheet.text(row, "name")
        self.stack.append(_Group(row.number, name, title, tests, repeat))
        self.current = None

    def select_row(self, sheet: _Sheet, row: _Row, kind: str, list_name: str) -> None:
        """select_one / select_multiple; the likert appearance makes a likert scale."""
        qtype = "single_choice" if kind in ("select_one", "select one") else "multiple_choice"
        appearance = self.appearance(sheet, row, qtype)
        likert = "likert" in appearance
        self.no_constraint(sheet, row, qtype)
        converted = self.options(row.number, list_name, likert)
        if converted is None:
            return
        options, codes = converted
        fields: dict[str, Any] = {"options": options}
        if likert:
            qtype = "likert"
            fields["options"] = [o for o in options if o["value"] != "cannot_say"]
            for option in options:
                if option["value"] == "cannot_say":
                    fields["cannot_say"] = option["label"]
        values = tuple(o["value"] for o in fields["options"])
        self.add_question(sheet, row, qtype, fields, codes, values)

    def simple_row(self, sheet: _Sheet, row: _Row, low: str) -> None:
        """text, integer, decimal, range and note rows."""
        qtype = {"text": "text", "note": "note", "range": "rating"}.get(low, "number")
        appearance = self.appearance(sheet, row, qtype)
        fields: dict[str, Any] = {}
        values: tuple[Any, ...] | None = None
        if qtype == "text":
            fields = self.text_fields(sheet, row, appearance)
        elif qtype == "number":
            fields = {"integer": low != "decimal", **self.bounds(sheet, row, low != "decimal")}
        elif qtype == "rating":
            fields = self.range_fields(sheet, row)
            values = tuple(range(fields.get("min", 0), fields.get("max", -1) + 1))
        else:
            self.no_constraint(sheet, row, "note")
        self.add_question(sheet, row, qtype, fields, {}, values)

    def text_fields(self, sheet: _Sheet, row: _Row, appearance: set[str]) -> dict[str, Any]:
        """``multiline`` or several rows -> long; ``string-length(.) <= N`` -> max_length."""
        rows = sheet.text(row, "rows")
        fields: dict[str, Any] = {"long": "multiline" in appearance or rows not in ("", "1")}
        constraint = sheet.text(row, "constraint")
        if constraint:
            matches = _split_and(constraint, _LENGTH)
            if matches is None:
                self.error(
                    "survey",
                    row.number,
                    f"constraint {constraint!r} is not supported "
                    "(a text allows only string-length(.) <= N)",
                )
            else:
                limits = [int(m["v"]) - (m["op"] == "<") for m in matches]
                fields["max_length"] = min(limits)
        return fields

    def bounds(self, sheet: _Sheet, row: _Row, integer: bool) -> dict[str, Any]:
        """``. >= 0 and . <= 120`` -> min 0, max 120; strict bounds only on whole numbers."""
        constraint = sheet.text(row, "constraint")
        if not constraint:
            return {}
        matches = _split_and(constraint, _BOUND)
        if matches is None or (not integer and any(m["op"] in "<>" for m in matches)):
            self.error(
                "survey",
                row.number,
                f"constraint {constraint!r} is not supported (use . >= N and . <= M)",
            )
            return {}
        lows, highs = [], []
        for m in matches:
            value = float(m["v"])
            if m["op"] in (">=", ">"):
                lows.append(math.floor(value) + 1 if m["op"] == ">" else value)
            else:
                highs.append(math.ceil(value) - 1 if m["op"] == "<" else value)
        out = {k: _number(f(v)) for k, f, v in (("min", max, lows), ("max", min, highs)) if v}
        if "min" in out and "max" in out and out["min"] >= out["max"]:
            self.error("survey", row.number, f"constraint {constraint!r} leaves at most one value")
        return out

    def range_fields(self, sheet: _Sheet, row: _Row) -> dict[str, Any]:
        """``range`` with ``start=0 end=10 step=1`` is a rating of whole numbers."""
        self.no_constraint(sheet, row, "range")
        text = sheet.text(row, "parameters")
        params = {"start": "1", "end": "10", "step": "1"}
        for item in re.split(r"[\s,;]+", text.strip()) if text else []:
            key, _, value = item.partition("=")
            if key.strip().lower() not in params:
                self.error("survey", row.number, f"range parameter {item!r} is not supported")
                continue
            params[key.strip().lower()] = value.strip()
        if not all(re.fullmatch(r"-?\d{1,6}(\.0+)?", v) for v in params.values()):
            self.error("survey", row.number, "range start, end and step must be whole numbers")
            return {}
        start, end, step = (int(float(params[k])) for k in ("start", "end", "step"))
        if step != 1 or not start < end <= start + 20:
            self.error("survey", row.number, "a range needs step=1 and 2 to 21 points")
            return {}
        return {"min": start, "max": end}

    def no_constraint(self, sheet: _Sheet, row: _Row, what: str) -> None:
        """A constraint we cannot enforce would let answers through its designer ruled out."""
        constraint = sheet.text(row, "constraint")
        if constraint:
            self.error("survey", row.number, f"constraint on a {what} question is not supported")

    def appearance(self, sheet: _Sheet, row: _Row, qtype: str) -> set[str]:
        """Presentation-only appearances pass; the rest change what a respondent sees."""
        tokens = set(sheet.text(row, "appearance").lower().split())
        allowed = _APPEARANCES[qtype]
        for token in sorted(tokens):
            if token not in allowed and not re.fullmatch(r"(w|compact-|columns-)\d+", token):
                self.error("survey", row.number, f"appearance {token!r} is not supported")
        return tokens

    # -- one question ----------------------------------------------------------------------
    def add_question(
        self,
        sheet: _Sheet,
        row: _Row,
        qtype: str,
        fields: dict[str, Any],
        codes: dict[str, Any],
        values: tuple[Any, ...] | None,
    ) -> None:
        """Common columns, then the question joins the current section."""
        qid = self.question_id(sheet, row)
        required = self.required(sheet, row, qtype)
        if qtype != "note" and _truth(sheet.text(row, "read_only")):
            self.error("survey", row.number, "read_only questions are not supported")
        if sheet.text(row, "parameters") and qtype != "rating":
            self.error("survey", row.number, "parameters are supported only on range")
        question: dict[str, Any] = {"id": qid, "type": qtype}
        if qtype != "note":
            question["required"] = required
        question["text"] = self.texts(sheet, row, "label")
        question["help"] = self.texts(sheet, row, "hint")
        question.update(fields)
        show_if = self.show_if(
            row.number, [t for g in self.stack for t in g.tests] + self.tests(sheet, row)
        )
        if show_if:
            question["show_if"] = show_if
        if not question["text"]:
            self.error("survey", row.number, f"question {qid!r} has no label")
        self.register(row.number, question, codes, values, show_if is None)

    def register(
        self,
        row: int,
        question: dict[str, Any],
        codes: dict[str, Any],
        values: tuple[Any, ...] | None,
        unconditional: bool,
    ) -> None:
        """Record the question's texts and what later ``relevant`` columns may ask of it."""
        where = f"survey row {row}"
        self.slot("survey", row, "label", question, "text", True)
        self.slot("survey", row, "hint", question, "help", False)
        if question["id"] in self.targets:
            self.errors.append(f"{where}: name {question['id']!r} is used twice")
        self.targets[question["id"]] = _Target(
            id=question["id"],
            type=question["type"],
            codes=codes,
            values=values,
            required=unconditional and question.get("required", False),
            cannot_say="cannot_say" in question,
            integer=question["type"] in ("likert", "rating") or question.get("integer", False),
        )
        self.section().append(question)
        self.question_rows[-1].append(row)

    def question_id(self, sheet: _Sheet, row: _Row) -> str:
        """The name becomes the id that exports and statistics use, so it must be valid."""
        name = sheet.text(row, "name")
        if not name:
            self.error("survey", row.number, "question has no name")
        elif not ID_PATTERN.match(name):
            self.error(
                "survey",
                row.number,
                f"name {name!r} must be letters, digits, _ . or -,"
                " starting with a letter, at most 64 characters",
            )
        return name

    def required(self, sheet: _Sheet, row: _Row, qtype: str) -> bool:
        """Only constant yes/no: a required expression depends on answers we cannot model."""
        text = sheet.text(row, "required")
        flag = _truth(text)
        if flag is None:
            self.error("survey", row.number, f"required {text!r} is not supported (use yes or no)")
        elif flag and qtype == "note":
            self.error("survey", row.number, "a note cannot be required")
        return bool(flag) and qtype != "note"

    def section(self) -> list[dict[str, Any]]:
        """The question list of the current section, starting a new one when needed."""
        if self.current is None:
            group = self.stack[-1] if self.stack else None
            titled = next((g for g in reversed(self.stack) if g.title), None)
            base = group.name if group and ID_PATTERN.match(group.name) else ""
            sid = _unique(base, {s["id"] for s in self.sections})
            self.current = {"id": sid, "questions": []}
            if titled:
                self.current["title"] = titled.title
                if titled.row not in self.titled_rows:
                    self.titled_rows.add(titled.row)
                    self.slot("survey", titled.row, "group label", {"t": titled.title}, "t", False)
            self.sections.append(self.current)
            self.section_rows.append(group.row if group else 0)
            self.question_rows.append([])
        return self.current["questions"]

    def slot(self, sheet: str, row: int, what: str, owner: dict, key: str, required: bool) -> None:
        """Remember a translatable text, to choose the languages once all are read."""
        self.slots.append(_Slot(f"{sheet} row {row}", what, owner, key, required))

    # -- relevant --------------------------------------------------------------------------
    def tests(self, sheet: _Sheet, row: _Row) -> list[_Test]:
        """The ``and``-joined comparisons of ``relevant``, each resolved against its target."""
        expression = sheet.text(row, "relevant")
        if not expression:
            return []
        parts = _parse_relevant(expression)
        if parts is None:
            self.error(
                "survey",
                row.number,
                f"relevant {expression!r} is not supported; use "
                "${q} = 'v', !=, >=, <=, selected(${q}, 'v') joined by and",
            )
            return []
        tests = [self.test(row.number, *part) for part in parts]
        return [t for t in tests if t is not None]

    def test(self, row: int, name: str, op: str, literal: str) -> _Test | None:
        """Resolve one comparison against the earlier question it names."""
        target = self.targets.get(name)
        if target is None:
            survey = self.sheets["survey"]
            later = {survey.text(r, "name") for r in survey.rows if r.number >= row}
            reason = (
                "is left out"
                if name in self.skipped
                else "comes later"
                if name in later
                else "is not an earlier question"
            )
            self.error("survey", row, f"relevant refers to {name!r}, which {reason}")
            return None
        problem, test = _translate(target, op, literal)
        if problem:
            self.error("survey", row, f"relevant on {name!r}: {problem}")
        return test

    def show_if(self, row: int, tests: list[_Test]) -> dict[str, Any] | None:
        """One condition; several are merged only when they test one question's finite answers."""
        unique = list({(t.target.id, t.operator, repr(t.value)): t for t in tests}.values())
        if not unique:
            return None
        first = unique[0]
        if len(unique) == 1:
            return _condition_dict(first.target.id, first.operator, first.value)
        if len({t.target.id for t in unique}) > 1:
            names = ", ".join(sorted({repr(t.target.id) for t in unique}))
            self.error(
                "survey",
                row,
                f"the question depends on several questions ({names}); "
                "a question can depend on one earlier question only",
            )
            return None
        target = first.target
        if target.values is None or target.type == "multiple_choice":
            self.error(
                "survey",
                row,
                f"conditions joined by 'and' on {target.id!r} can be "
                "combined only for single choice, likert and range questions",
            )
            return None
        conditions = [Condition(target.id, t.operator, t.value) for t in unique]
        allowed = [v for v in target.values if all(c.holds(v) for c in conditions)]
        if not allowed:
            self.error("survey", row, "the conditions can never all hold")
            return None
        if len(allowed) == 1:
            return _condition_dict(target.id, "equals", allowed[0])
        return _condition_dict(target.id, "one_of", allowed)

    # -- result ----------------------------------------------------------------------------
    def assemble(self, settings: dict[str, Any]) -> dict[str, Any]:
        """The questionnaire dict in the kept languages (a copy: option labels are shared)."""
        languages = self.choose_languages()
        if not languages:
            return {}
        self.drop_partial_slots(languages)
        default = self.default if self.default in languages else languages[0]
        if default != self.default:
            self.notes.append(
                f"the default language is {language_label(default)}, as "
                f"{language_label(self.default)} is not kept"
            )
        sections = [s for s in self.sections if s["questions"]]
        data = {
            "format": FORMAT,
            "id": settings["id"],
            "version": settings["version"],
            "title": {code: settings["title"] for code in languages},
            "languages": languages,
            "default_language": default,
            "sections": sections,
        }
        return copy.deepcopy(data)

    def choose_languages(self) -> list[str]:
        """Keep the languages that have every label; say which were left out, and why."""
        needed = sorted((s for s in self.slots if s.required), key=lambda s: _error_order(s.where))
        candidates = [c for c in self.order if any(c in s.texts for s in self.slots)]
        if self.default in candidates:
            candidates.remove(self.default)
            candidates.insert(0, self.default)
        kept = [c for c in candidates if all(c in s.texts for s in needed)]
        for code in candidates:
            missing = [f"{s.where} ({s.what})" for s in needed if code not in s.texts]
            if not missing:
                continue
            listed = ", ".join(missing[:5]) + (
                f" and {len(missing) - 5} more" if len(missing) > 5 else ""
            )
            if kept:
                self.notes.append(f"{language_label(code)} left out: text missing in {listed}")
            elif code == candidates[0]:
                name = language_label(code)
                self.errors.extend(
                    f"{s.where}: {s.what} missing in {name}" for s in needed if code not in s.texts
                )
        if not candidates:
            self.errors.append("survey: the form has no labels")
        return kept

    def drop_partial_slots(self, languages: list[str]) -> None:
        """Hints and group labels missing in a kept language are left out (they are optional)."""
        dropped = []
        for slot in self.slots:
            texts = slot.texts
            partial = not slot.required and texts and not all(c in texts for c in languages)
            if partial:
                dropped.append(f"{slot.where} ({slot.what})")
            for code in list(texts):
                if partial or code not in languages:
                    del texts[code]
        for section in self.sections:
            if "title" in section and not section["title"]:
                del section["title"]
        if dropped:
            self.notes.append("not in every kept language, so left out: " + ", ".join(dropped))
        for section in self.sections:
            for question in section["questions"]:
                if not question.get("help"):
                    question.pop("help", None)

    def locate(self, message: str) -> str:
        """Turn ``sections[1].questions[2].x: ...`` from the validation into ``survey row N: x``.

        The checks above should leave nothing for the validation to find; this keeps any
        message that slips through pointing at a row rather than at our JSON.
        """
        kept = [i for i, s in enumerate(self.sections) if s["questions"]]
        match = re.match(r"sections\[(\d+)\](?:\.questions\[(\d+)\])?", message)
        if not match or int(match[1]) >= len(kept):
            return message
        index = kept[int(match[1])]
        rows = self.question_rows[index]
        row = self.section_rows[index]
        if match[2] is not None and int(match[2]) < len(rows):
            row = rows[int(match[2])]
        return f"survey row {row}: {message[match.end() :].lstrip('.: ')}"


# -- small pure helpers --------------------------------------------------------------------


def _is_used(sheet: str, column: _Column) -> bool:
    """Columns we read: the known ones, with a language only where texts are translated."""
    texts = {"survey": ("label", "hint"), "choices": ("label",)}.get(sheet, ())
    return column.key in _USED_COLUMNS[sheet] and (column.tag is None or column.key in texts)


def _error_order(message: str) -> tuple[int, int]:
    """Errors sorted as a user reads the workbook: survey, choices, settings, row by row."""
    match = re.match(r"(survey|choices|settings) row (\d+)", message)
    if not match:
        return (-1, 0)
    return (("survey", "choices", "settings").index(match[1]), int(match[2]))


def _truth(text: str) -> bool | None:
    """XLSForm booleans: yes/no, true/false, TRUE()/FALSE(), 1/0; None if something else."""
    low = text.strip().lower()
    if not low or low in _FALSE:
        return False
    return True if low in _TRUE else None


def _identifier(stem: str) -> str:
    """A valid id from a file name, as pyxform uses the file name when form_id is missing."""
    text = re.sub(r"[^A-Za-z0-9_.-]", "_", stem)[:60] or "form"
    return text if re.match(r"[A-Za-z_]", text) else f"form_{text}"


def _unique(base: str, taken: set[str]) -> str:
    """``base``, or ``base_2``...; untitled sections are ``section1``, ``section2``..."""
    if base and base not in taken:
        return base
    n = 1 if not base else 2
    while f"{base or 'section'}{'_' if base else ''}{n}" in taken:
        n += 1
    return f"{base or 'section'}{'_' if base else ''}{n}"


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _split_and(expression: str, pattern: re.Pattern[str]) -> list[re.Match[str]] | None:
    """Match ``pattern`` repeatedly, joined by ``and``; None if anything else is in between."""
    matches, pos = [], 0
    while True:
        match = pattern.match(expression, pos)
        if match is None:
            return None
        matches.append(match)
        pos = match.end()
        if pos == len(expression):
            return matches
        joint = _AND.match(expression, pos)
        if joint is None:
            return None
        pos = joint.end()


def _parse_relevant(expression: str) -> list[tuple[str, str, str]] | None:
    """``${a} = 'x' and selected(${b}, 'y')`` -> ``[("a", "=", "'x'"), ("b", "selected", ...)]``."""
    parts, pos = [], 0
    while True:
        match = _COMPARISON.match(expression, pos) or _SELECTED.match(expression, pos)
        if match is None:
            return None
        op = match.groupdict().get("op") or "selected"
        parts.append((match["q"], op, match["v"]))
        pos = match.end()
        if pos == len(expression):
            return parts
        joint = _AND.match(expression, pos)
        if joint is None:
            return None
        pos = joint.end()


def _translate(target: _Target, op: str, literal: str) -> tuple[str | None, _Test | None]:
    """One XLSForm comparison as one of our operators, or the reason it cannot be one."""
    text = literal[1:-1] if literal[:1] in "'\"" else literal
    if target.type == "note":
        return "a note has no answer", None
    if text == "" and op in ("=", "!="):
        return _answered(target, op)
    if target.type == "single_choice" and op in _ORDER:
        return _choice_comparison(target, op, text)
    allowed = {
        "single_choice": ("=", "!=", "selected"),
        "multiple_choice": ("selected",),
        "text": ("=",),
        "number": ("=", ">=", "<=") + ((">", "<") if target.integer else ()),
    }.get(target.type, ("=", "!=", "selected", ">=", "<=", ">", "<"))
    if op not in allowed:
        advice = "; use selected(${q}, 'v')" if target.type == "multiple_choice" else ""
        return f"{op!r} is not supported on a {target.type} question{advice}", None
    value = _literal_value(target, text)
    if value is None or (op in ("=", "!=") and target.values and value not in target.values):
        return f"{text!r} is not one of its answers", None
    if op in ("=", "selected"):
        return None, _Test(target, "equals", value)
    if op == "!=":
        return _not_equal(target, value)
    if op == ">":
        return None, _Test(target, "at_least", math.floor(value) + 1)
    if op == "<":
        return None, _Test(target, "at_most", math.ceil(value) - 1)
    return None, _Test(target, "at_least" if op == ">=" else "at_most", value)


def _choice_comparison(target: _Target, op: str, text: str) -> tuple[str | None, _Test | None]:
    """``${q} >= 2`` on choices named by numbers: one_of the choices whose name compares so."""
    words = [name for name in target.codes if not _is_number(name)]
    if words or not _is_number(text):
        return f"{op!r} needs numbers, and {(words or [text])[0]!r} is not one", None
    chosen = [code for name, code in target.codes.items() if _ORDER[op](float(name), float(text))]
    return _any_of(target, chosen)


def _is_number(text: str) -> bool:
    return re.fullmatch(r"-?\d+(?:\.\d+)?", text) is not None


def _literal_value(target: _Target, text: str) -> Any:
    """The stored value a literal stands for (choice name -> code, '4' -> 4), or None."""
    if target.type in ("single_choice", "multiple_choice", "likert"):
        return target.codes.get(text)
    if target.type == "text":
        return text
    try:
        value = float(text)
    except ValueError:
        return None
    return _number(value) if math.isfinite(value) else None


def _not_equal(target: _Target, value: Any) -> tuple[str | None, _Test | None]:
    """``!=`` becomes one_of the other answers: exact only when the target is always answered."""
    if not target.required or target.cannot_say:
        return (
            f"'!=' also holds when {target.id!r} is unanswered, which show_if cannot express;"
            " make it required (without cannot_say or relevant) or use = / selected()",
            None,
        )
    return _any_of(target, [v for v in target.values or () if v != value])


def _answered(target: _Target, op: str) -> tuple[str | None, _Test | None]:
    """``${q} != ''`` (answered) is one_of every answer when there are finitely many."""
    if op == "=":
        return "show_if cannot test that a question is unanswered", None
    if target.values is None or target.cannot_say:
        return f"show_if cannot test whether a {target.type} question is answered", None
    return _any_of(target, list(target.values))


def _any_of(target: _Target, values: list[Any]) -> tuple[str | None, _Test | None]:
    if not values:
        return "no answer can meet this condition", None
    if len(values) == 1:
        return None, _Test(target, "equals", values[0])
    return None, _Test(target, "one_of", tuple(values))


def _condition_dict(question: str, operator: str, value: Any) -> dict[str, Any]:
    if operator == "one_of":
        value = list(value)
    return {"question": question, operator: value}
