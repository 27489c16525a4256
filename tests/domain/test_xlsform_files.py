"""Files that are not XLSForms at all: text, damaged archives, missing files."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from xlsform_builders import BASIC, refusal, write_form

from feedback_app.domain.questionnaire import QuestionnaireError
from feedback_app.domain.xlsform import XLSFormError, import_xlsform, read_xlsform


def test_a_text_file_is_not_an_xlsx(tmp_path: Path):
    path = tmp_path / "form.xlsx"
    path.write_text("type,name,label\ntext,a,A\n", encoding="utf-8")
    assert refusal(path) == [
        "form.xlsx: not an Excel .xlsx file (an old .xls file must first be saved as .xlsx)"
    ]


def test_a_damaged_xlsx_is_refused(tmp_path: Path):
    good = write_form(tmp_path, [*BASIC, ["text", "a", "A"]])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(
                item, data[: len(data) // 2] if item.filename.endswith(".xml") else data
            )
    (message,) = refusal(damaged)
    assert message.startswith("damaged.xlsx: not an Excel .xlsx file, or the file is damaged (")


def test_a_wrong_stored_sheet_size_does_not_cut_rows_off(tmp_path: Path):
    good = write_form(tmp_path, [*BASIC, ["text", "a", "A"], ["integer", "b", "B"]])
    shrunk = tmp_path / "shrunk.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(shrunk, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*" ?/>', b'<dimension ref="A1:A1"/>', data)
                assert b'ref="A1:A1"' in data
            target.writestr(item, data)
    assert [q.id for q in import_xlsform(shrunk).questions] == ["a", "b"]


def test_a_missing_file_is_refused(tmp_path: Path):
    (message,) = refusal(tmp_path / "nowhere.xlsx")
    assert message.startswith("nowhere.xlsx: cannot read the file (")


def test_a_bad_language_argument_is_refused(tmp_path: Path):
    path = write_form(tmp_path, [*BASIC, ["text", "a", "A"]])
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path, language="Finnish")
    assert caught.value.errors == ["language 'Finnish' is not a code such as 'fi' or 'en'"]


def test_validation_errors_are_given_with_their_survey_row(tmp_path: Path):
    path = write_form(tmp_path, [*BASIC, ["text", "a", "A"], ["text", "b", "x" * 10_001]])
    assert refusal(path) == [
        "survey row 3: text.en: longer than 10000 characters",
        "survey row 3: text: English text missing",
    ]


def test_xlsform_error_is_a_questionnaire_error(tmp_path: Path):
    path = write_form(tmp_path, [*BASIC, ["calculate", "c", None]])
    with pytest.raises(QuestionnaireError):
        import_xlsform(path)
