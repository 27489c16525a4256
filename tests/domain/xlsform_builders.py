"""Building XLSForm workbooks in tests, and the public forms kept in tests/data/xlsform."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from feedback_app.domain.validation import parse_questionnaire
from feedback_app.domain.xlsform import (
    XLSFormError,
    import_xlsform,
    import_xlsform_with_notes,
    read_xlsform,
)

PUBLIC = Path(__file__).resolve().parents[1] / "data" / "xlsform"
ACCEPTED = sorted((PUBLIC / "accept").glob("*.xlsx"))
REFUSED_FILES = sorted((PUBLIC / "refuse").glob("*.xlsx"))

FI_SV_EN = ["label::Finnish (fi)", "label::Swedish (sv)", "label::English (en)"]
HINTS = ["hint::Finnish (fi)", "hint::Swedish (sv)", "hint::English (en)"]


def write_form(
    folder: Path,
    survey: list[list[Any]],
    choices: list[list[Any]] | None = None,
    settings_rows: list[list[Any]] | None = None,
    name: str = "form.xlsx",
    titles: tuple[str, str, str] = ("survey", "choices", "settings"),
) -> Path:
    """An .xlsx with the given sheets; the first row of each is its header."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = titles[0]
    for row in survey:
        sheet.append(row)
    for title, rows in ((titles[1], choices), (titles[2], settings_rows)):
        if rows is not None:
            extra = book.create_sheet(title)
            for row in rows:
                extra.append(row)
    path = folder / name
    book.save(path)
    return path


def refusal(path: Path) -> list[str]:
    with pytest.raises(XLSFormError) as caught:
        import_xlsform(path)
    return caught.value.errors


def agree_choices(points: int = 5, cannot_say: bool = True) -> list[list[Any]]:
    rows: list[list[Any]] = [["list_name", "name", *FI_SV_EN]]
    rows += [["agree", i, f"fi{i}", f"sv{i}", f"en{i}"] for i in range(1, points + 1)]
    if cannot_say:
        rows.append(["agree", "cannot_say", "En osaa sanoa", "Kan inte säga", "Cannot say"])
    return rows


def scale(points: int = 5) -> list[dict[str, Any]]:
    return [
        {"value": i, "label": {"fi": f"fi{i}", "sv": f"sv{i}", "en": f"en{i}"}}
        for i in range(1, points + 1)
    ]


CANNOT_SAY = {"fi": "En osaa sanoa", "sv": "Kan inte säga", "en": "Cannot say"}

BASIC = [["type", "name", "label"]]
YES_NO = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]


def assert_imports_as(path: Path, expected: dict[str, Any], notes: tuple[str, ...] = ()) -> None:
    """The form at ``path`` becomes exactly ``expected``, field by field, with these notes."""
    result = import_xlsform_with_notes(path)
    q = result.questionnaire
    model = parse_questionnaire(expected)
    for field in ("id", "version", "title", "languages", "default_language"):
        assert getattr(q, field) == getattr(model, field), (field, getattr(q, field))
    sections = [(s.id, s.title) for s in q.sections]
    assert sections == [(s.id, s.title) for s in model.sections], sections
    assert [x.id for x in q.questions] == [x.id for x in model.questions], q.questions
    for got, want in zip(q.questions, model.questions, strict=True):
        assert got == want, (got, want)
    assert q == model
    assert q.to_dict() == expected, q.to_dict()
    assert read_xlsform(path) == expected
    assert result.notes == notes, result.notes
