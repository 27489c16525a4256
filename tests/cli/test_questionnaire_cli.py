"""`feedback-app questionnaire validate|list|import|export`, and every bad file a user can give."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from cli_helpers import run

from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.validation import load_questionnaire_json
from feedback_app.store import Store

PUBLIC = Path(__file__).resolve().parents[1] / "data" / "xlsform"
BUILTIN = Path(__file__).resolve().parents[2] / "feedback_app/resources/questionnaires"
RATINGS = ["interesting", "practical", "understandable", "necessary", "identify_victims"]
SHEETS = ("survey", "choices", "settings")
ANSWERS = {qid: 4 for qid in [*RATINGS, "know_whom_to_consult", "overall"]}


def builtin() -> dict[str, Any]:
    return json.loads((BUILTIN / "ihme-feedback.json").read_text(encoding="utf-8"))


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def table(data_dir: Path) -> list[tuple[Any, ...]]:
    """Every row of the questionnaires table, as stored."""
    store = Store(data_dir)
    try:
        return store.db.execute("SELECT * FROM questionnaires ORDER BY id, version").fetchall()
    finally:
        store.close()


def respond(data_dir: Path, qid: str, version: int) -> None:
    """One response to ``qid`` ``version``: from now on that version is in use."""
    store = Store(data_dir)
    try:
        q = store.questionnaires.get(qid, version)
        draft = SessionDraft(title="Kurssi", session_date="2026-05-12")
        session = store.sessions.create(draft, q.id, q.version)
        store.responses.submit(session.id, q, "fi", ANSWERS)
    finally:
        store.close()


def edited(title: str = "Palaute (muokattu)") -> dict[str, Any]:
    data = builtin()
    data["title"]["fi"] = title
    return data


# -- validate ------------------------------------------------------------------------------


def test_validate_a_valid_json_file(capsys):
    code, out, err = run(capsys, "questionnaire", "validate", str(BUILTIN / "ihme-feedback.json"))
    assert (code, err) == (0, "")
    assert out == "valid: ihme-feedback version 1: 9 questions, languages fi, sv, en\n"


def test_validate_an_xlsform_prints_what_was_converted(capsys):
    code, out, err = run(
        capsys, "questionnaire", "validate", str(PUBLIC / "accept/field-list.xlsx")
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "valid: field-list version 1: 1 question, languages en",
        "note: choices column 'image' is empty; ignored",
        "note: untagged columns such as 'hint' were read as English (en); name their language "
        "with default_language in the settings sheet",
        "note: Chinese (zh) left out: text missing in survey row 3 (label)",
    ]


def test_validate_names_the_language_of_untagged_columns(tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.title = "survey"
    book.active.append(["type", "name", "label"])
    book.active.append(["text", "opittu", "Mitä opit?"])
    book.save(tmp_path / "lomake.xlsx")
    args = ("questionnaire", "validate", str(tmp_path / "lomake.xlsx"))
    code, out, _ = run(capsys, *args, "--untagged-language", "fi")
    assert (code, out) == (0, "valid: lomake version 1: 1 question, languages fi\n")
    code, _, err = run(capsys, *args, "--untagged-language", "suomi")
    assert (code, err) == (
        2,
        "feedback-app: lomake.xlsx: language 'suomi' is not a code such as 'fi' or 'en'\n",
    )


def test_validate_prints_every_located_error_of_a_refused_xlsform(capsys):
    code, out, err = run(capsys, "questionnaire", "validate", str(PUBLIC / "refuse/bad_calc.xlsx"))
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "feedback-app: bad_calc.xlsx: survey row 2: column 'calculation' is not supported "
        "(not yet: calculations)",
        "feedback-app: bad_calc.xlsx: survey row 2: type 'calculate' is not supported "
        "(not yet: calculations)",
    ]
    code, _, err = run(
        capsys, "questionnaire", "validate", str(PUBLIC / "refuse/xlsform_spec_test.xlsx")
    )
    lines = err.splitlines()
    assert code == 2 and len(lines) > 10
    prefix = "feedback-app: xlsform_spec_test.xlsx: "
    for line in lines:
        assert line.startswith(tuple(f"{prefix}{sheet} row " for sheet in SHEETS)), line


def bad_json_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, the one stderr line it must give)."""
    text = (BUILTIN / "ihme-feedback.json").read_text(encoding="utf-8")
    cases: dict[str, tuple[Any, str]] = {}
    data = builtin()
    data["version"] = "1"
    cases["wrong type"] = (data, "version: must be a whole number of 1 or more")
    data = builtin()
    data["sections"][0]["questions"][1]["type"] = "slider"
    cases["unknown type"] = (
        data,
        "sections[0].questions[1].type: unknown question type 'slider'; use one of likert, "
        "rating, single_choice, multiple_choice, number, text, note",
    )
    data = builtin()
    data["sections"][1]["questions"][1]["id"] = "interesting"
    cases["duplicate id"] = (
        data,
        "sections[1].questions[1].id: duplicate question id 'interesting'",
    )
    data = builtin()
    data["sections"][0]["questions"][0]["show_if"] = {"question": "overall", "at_least": 3}
    cases["show_if later"] = (
        data,
        "show_if of 'interesting': refers to 'overall', which comes later",
    )
    data = builtin()
    data["sections"][1]["questions"][0]["show_if"] = {"question": "nosuch", "equals": 1}
    cases["show_if unknown"] = (
        data,
        "show_if of 'most_useful': refers to 'nosuch', which does not exist",
    )
    files = {}
    for i, (name, (data, message)) in enumerate(cases.items()):
        files[name] = (write_json(folder / f"{i}.json", data), f"{i}.json: {message}")
    broken = folder / "broken.json"
    broken.write_text(text[:200], encoding="utf-8")
    files["malformed"] = (broken, "broken.json: line 9, column ")
    return files


def bad_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """Every kind of bad file, each with the start of its one stderr line."""
    files = bad_json_files(folder)
    damaged = folder / "damaged.xlsx"
    good = (PUBLIC / "accept/field-list.xlsx").read_bytes()
    damaged.write_bytes(good[: len(good) // 2])
    text_xlsx = folder / "text.xlsx"
    text_xlsx.write_text("type,name,label\n", encoding="utf-8")
    latin1 = folder / "latin1.json"
    latin1.write_bytes('{"title": "Pääsy"}'.encode("latin-1"))
    no_survey = folder / "survey_no_name.xlsx"
    shutil.copy(PUBLIC / "refuse/survey_no_name.xlsx", no_survey)
    (folder / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    files |= {
        "damaged xlsx": (
            damaged,
            "damaged.xlsx: not an Excel .xlsx file, or the file is damaged (it ends too early)",
        ),
        "text as xlsx": (text_xlsx, "text.xlsx: not an Excel .xlsx file"),
        "not utf-8": (latin1, f"{latin1}: not UTF-8 text (byte 13); save it as UTF-8"),
        "not an xlsform": (no_survey, "survey_no_name.xlsx: workbook: no sheet named 'survey'"),
        "old xls": (folder / "old.xls", f"{folder / 'old.xls'}: an old .xls file; save it as"),
        "unknown extension": (
            folder / "notes.txt",
            f"{folder / 'notes.txt'}: unknown kind of file .txt",
        ),
        "missing file": (folder / "gone.json", f"{folder / 'gone.json'}: no such file"),
        "a folder": (folder / "a.json", f"{folder / 'a.json'}: not a file"),
    }
    (folder / "a.json").mkdir()
    return files


def test_bad_files_give_one_located_line_and_exit_2(tmp_path, capsys):
    for name, (path, message) in bad_files(tmp_path).items():
        code, out, err = run(capsys, "questionnaire", "validate", str(path))
        assert (code, out) == (2, ""), name
        assert err.startswith(f"feedback-app: {message}"), (name, err)
        assert len(err.splitlines()) == 1 and "Traceback" not in err, name


def test_a_truncated_zip_inside_is_refused_as_damaged(tmp_path, capsys):
    path = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(PUBLIC / "accept/text_and_integer.xlsx") as source:
        with zipfile.ZipFile(path, "w") as target:
            for item in source.infolist():
                target.writestr(item, source.read(item)[:-20])
    code, _, err = run(capsys, "questionnaire", "validate", str(path))
    assert code == 2
    assert err.startswith("feedback-app: cut.xlsx: not an Excel .xlsx file, or the file is damaged")


# -- import --------------------------------------------------------------------------------


def test_import_never_touches_the_database_when_a_file_is_refused(tmp_path, capsys):
    data_dir = tmp_path / "data"
    assert (
        run(
            capsys,
            "questionnaire",
            "import",
            str(PUBLIC / "accept/field-list.xlsx"),
            "--data-dir",
            str(data_dir),
        )[0]
        == 0
    )
    before = table(data_dir)
    files = [path for path, _ in bad_files(tmp_path).values()]
    files += sorted((PUBLIC / "refuse").glob("*.xlsx"))
    for path in files:
        code, out, err = run(
            capsys, "questionnaire", "import", str(path), "--data-dir", str(data_dir)
        )
        assert (code, out) == (2, ""), path
        assert err.startswith("feedback-app: ") and "Traceback" not in err
        assert table(data_dir) == before, path


def test_a_refused_import_does_not_even_create_a_database(tmp_path, capsys):
    data_dir = tmp_path / "fresh"
    code, _, _ = run(
        capsys,
        "questionnaire",
        "import",
        str(PUBLIC / "refuse/bad_calc.xlsx"),
        "--data-dir",
        str(data_dir),
    )
    assert code == 2 and not data_dir.exists()


def test_import_new_replaced_new_version_and_unchanged(tmp_path, capsys):
    data_dir, folder = str(tmp_path / "data"), tmp_path
    first = write_json(folder / "v1.json", edited("Palaute A"))

    def imported(path: Path) -> str:
        code, out, err = run(capsys, "--data-dir", data_dir, "questionnaire", "import", str(path))
        assert (code, err) == (0, "")
        return out.splitlines()[0]

    assert imported(first) == "Replaced ihme-feedback version 1: no response referred to it yet."
    assert imported(first) == (
        "ihme-feedback version 1 is already stored, unchanged; nothing imported."
    )
    respond(tmp_path / "data", "ihme-feedback", 1)
    old = table(tmp_path / "data")
    second = write_json(folder / "v1b.json", edited("Palaute B"))
    assert imported(second) == (
        "Stored ihme-feedback as version 2: version 1 is in use by responses, so it stays "
        "unchanged."
    )
    rows = table(tmp_path / "data")
    assert rows[0] == old[0] and [r[1] for r in rows] == [1, 2]
    assert json.loads(rows[1][3])["title"]["fi"] == "Palaute B"
    other = PUBLIC / "accept/text_and_integer.xlsx"
    assert imported(other) == "Imported text_and_integer version 1."
    code, out, _ = run(capsys, "questionnaire", "list", "--data-dir", data_dir)
    assert out.splitlines() == [
        "ihme-feedback  version 1  1 response  in use  Training feedback",
        "ihme-feedback  version 2  0 responses  unused  Training feedback",
        "text_and_integer  version 1  0 responses  unused  text_and_integer",
    ]
    code, out, _ = run(capsys, "--language", "fi", "questionnaire", "list", "--data-dir", data_dir)
    assert out.splitlines()[1] == "ihme-feedback  version 2  0 responses  unused  Palaute B"


# -- export --------------------------------------------------------------------------------


def test_export_writes_pretty_utf8_json_that_imports_unchanged(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    write_json(tmp_path / "b.json", edited("Palaute ä ö å"))
    respond(tmp_path / "data", "ihme-feedback", 1)
    run(capsys, "questionnaire", "import", str(tmp_path / "b.json"), "--data-dir", data_dir)
    latest, first = tmp_path / "latest.json", tmp_path / "first.json"
    code, out, err = run(
        capsys,
        "questionnaire",
        "export",
        "ihme-feedback",
        "-o",
        str(latest),
        "--data-dir",
        data_dir,
    )
    assert (code, err, out) == (0, "", f"Exported ihme-feedback version 2 to {latest}\n")
    text = latest.read_text(encoding="utf-8")
    assert '"fi": "Palaute ä ö å"' in text and text.startswith('{\n  "format": ')
    args = ("questionnaire", "export", "ihme-feedback", "--version", "1", "-o", str(first))
    assert run(capsys, *args, "--data-dir", data_dir)[0] == 0
    assert load_questionnaire_json(first.read_text(encoding="utf-8")).to_dict() == builtin()
    store = Store(tmp_path / "data")
    try:
        assert load_questionnaire_json(text) == store.questionnaires.get("ihme-feedback", 2)
    finally:
        store.close()
    before = table(tmp_path / "data")
    code, out, _ = run(capsys, "questionnaire", "import", str(latest), "--data-dir", data_dir)
    assert out.startswith("ihme-feedback version 2 is already stored, unchanged")
    assert table(tmp_path / "data") == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nosuch"], "no questionnaire 'nosuch'; see 'feedback-app questionnaire list'"),
        (["ihme-feedback", "--version", "7"], "questionnaire 'ihme-feedback' has no version 7"),
        (["ihme-feedback", "--version", "0"], "Invalid value for '--version'"),
        (["ihme-feedback"], "already exists; choose another name or use --force"),
    ],
)
def test_export_errors_are_one_line(tmp_path, capsys, args: list[str], message: str):
    target = tmp_path / "out.json"
    target.write_text("keep", encoding="utf-8")
    argv = ["questionnaire", "export", *args, "-o", str(target), "--data-dir", str(tmp_path / "d")]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and message in err
    assert target.read_text(encoding="utf-8") == "keep"


def test_export_force_replaces_and_a_missing_folder_is_refused(tmp_path, capsys):
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    base = ["questionnaire", "export", "ihme-feedback", "--data-dir", str(tmp_path / "d")]
    assert run(capsys, *base, "-o", str(target), "--force")[0] == 0
    assert json.loads(target.read_text(encoding="utf-8")) == builtin()
    code, _, err = run(capsys, *base, "-o", str(tmp_path / "nowhere" / "out.json"))
    assert code == 2 and err == (
        f"feedback-app: folder {tmp_path / 'nowhere'} does not exist; create it or choose another\n"
    )


def test_a_question_asking_for_a_name_is_imported_with_a_warning(tmp_path, capsys):
    code, out, err = run(
        capsys,
        "questionnaire",
        "import",
        "--data-dir",
        str(tmp_path),
        str(PUBLIC / "accept/text_and_integer.xlsx"),
    )
    assert code == 0, err
    warnings = [line for line in out.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        "warning: question 'your_name' seems to ask for something that identifies a "
        "participant ('name'); responses are meant to be anonymous, so remove or reword it "
        "unless it is harmless"
    ]


# -- XLSForm both ways ----------------------------------------------------------------------


def test_export_as_xlsform_imports_back_unchanged(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    write_json(tmp_path / "b.json", edited("Palaute ä ö å"))
    respond(tmp_path / "data", "ihme-feedback", 1)
    run(capsys, "questionnaire", "import", str(tmp_path / "b.json"), "--data-dir", data_dir)
    by_suffix, by_format = tmp_path / "latest.xlsx", tmp_path / "first.xlsx"
    args = ("questionnaire", "export", "--data-dir", data_dir)
    code, out, err = run(capsys, *args, "ihme-feedback", "-o", str(by_suffix))
    assert (code, err) == (0, "")
    assert out == f"Exported ihme-feedback version 2 as an XLSForm to {by_suffix}\n"
    code, out, _ = run(
        capsys, *args, "ihme-feedback:1", "--format", "xlsform", "-o", str(by_format)
    )
    assert out == f"Exported ihme-feedback version 1 as an XLSForm to {by_format}\n"
    assert openpyxl.load_workbook(by_format).sheetnames == list(SHEETS)
    code, out, _ = run(capsys, "questionnaire", "validate", str(by_format))
    assert (code, out) == (0, "valid: ihme-feedback version 1: 9 questions, languages fi, sv, en\n")
    before = table(tmp_path / "data")
    code, out, _ = run(capsys, "questionnaire", "import", str(by_suffix), "--data-dir", data_dir)
    assert out.startswith("ihme-feedback version 2 is already stored, unchanged")
    assert table(tmp_path / "data") == before
    json_out = tmp_path / "v1.json"
    assert run(capsys, *args, "ihme-feedback:1", "-o", str(json_out))[0] == 0
    assert json.loads(json_out.read_text(encoding="utf-8")) == builtin()


@pytest.mark.parametrize(
    ("args", "name", "message"),
    [
        (["ihme-feedback", "--format", "xlsform"], "out.json", "an XLSForm is an .xlsx file"),
        (["ihme-feedback", "--format", "json"], "out.xlsx", "JSON is not an .xlsx file"),
        (["ihme-feedback:0"], "out.xlsx", "the version after ':' must be a whole number of 1"),
        (["ihme-feedback:x"], "out.xlsx", "the version after ':' must be a whole number of 1"),
        (["ihme-feedback:1", "--version", "2"], "out.xlsx", "name two versions; give one"),
        (["ihme-feedback:7"], "out.xlsx", "questionnaire 'ihme-feedback' has no version 7"),
        (["nosuch:1"], "out.xlsx", "no questionnaire 'nosuch'"),
        (["ihme-feedback"], "keep.xlsx", "already exists; choose another name or use --force"),
        (["ihme-feedback", "--format", "csv"], "out.xlsx", "Invalid value for '--format'"),
    ],
)
def test_xlsform_export_errors_are_one_line_and_write_nothing(
    tmp_path, capsys, args, name, message
):
    (tmp_path / "keep.xlsx").write_text("keep", encoding="utf-8")
    target = tmp_path / name
    argv = ["questionnaire", "export", *args, "-o", str(target), "--data-dir", str(tmp_path / "d")]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["keep.xlsx"]
    assert (tmp_path / "keep.xlsx").read_text(encoding="utf-8") == "keep"


def test_a_questionnaire_xlsform_cannot_hold_is_refused_before_writing(tmp_path, capsys):
    data_dir = str(tmp_path / "data")
    data = edited()
    data["sections"][1]["questions"][0]["text"]["en"] = "=1+1 is two"
    write_json(tmp_path / "formula.json", data)
    assert (
        run(
            capsys,
            "questionnaire",
            "import",
            str(tmp_path / "formula.json"),
            "--data-dir",
            data_dir,
        )[0]
        == 0
    )
    target = tmp_path / "out.xlsx"
    code, out, err = run(
        capsys,
        "questionnaire",
        "export",
        "ihme-feedback",
        "-o",
        str(target),
        "--data-dir",
        data_dir,
    )
    assert (code, out) == (2, "")
    assert err == (
        "feedback-app: most_useful: the text '=1+1 is two' starts with '=', which a spreadsheet "
        "reads as a formula\n"
    )
    assert not target.exists() and list(tmp_path.glob(".out.xlsx*")) == []


def kobo_form(folder: Path) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    for row in [
        ["type", "name", "label", "relevant", "bind::jr:preload"],
        ["select one from yes_no", "consent", "Do you agree?", None, "uid"],
        ["select_one colors or_other", "color", "Colour?", "selected(${consent}, 'yes')"],
        ["text", "why", "Why not?", "not(selected(${consent}, 'yes'))"],
    ]:
        survey.append(row)
    choices = book.create_sheet("choices")
    for row in [["list_name", "name", "label"], ["yes_no", "yes", "Yes"], ["yes_no", "no", "No"]]:
        choices.append(row)
    choices.append(["colors", "red", "Red"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "default_language"])
    settings.append(["kobo", "English (en)"])
    path = folder / "kobo.xlsx"
    book.save(path)
    return path


def test_a_kobo_form_with_or_other_and_not_imports_with_its_notes(tmp_path, capsys):
    code, out, err = run(
        capsys,
        "questionnaire",
        "import",
        str(kobo_form(tmp_path)),
        "--data-dir",
        str(tmp_path / "d"),
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Imported kobo version 1.",
        "kobo version 1: 4 questions, languages en",
        "note: survey column 'bind::jr:preload' (an XForm bind attribute) changes nothing a "
        "respondent sees or the kiosk stores; ignored",
    ]
    target = tmp_path / "kobo-again.xlsx"
    assert (
        run(
            capsys,
            "questionnaire",
            "export",
            "kobo",
            "-o",
            str(target),
            "--data-dir",
            str(tmp_path / "d"),
        )[0]
        == 0
    )
    code, out, _ = run(
        capsys, "questionnaire", "import", str(target), "--data-dir", str(tmp_path / "d")
    )
    assert out.startswith("kobo version 1 is already stored, unchanged")


REFUSED_FORMS = {
    "curly quotes": (
        ["text", "b", "B", "${consent} = ‘yes’"],
        "survey row 3: relevant '${consent} = ‘yes’': curly quotes ‘ ’ are not XLSForm; write "
        "${consent} = 'yes'",
    ),
    "==": (
        ["text", "b", "B", "${consent} == 'yes'"],
        "survey row 3: relevant \"${consent} == 'yes'\": == is not XLSForm; write "
        "${consent} = 'yes'",
    ),
    "from file": (
        ["select_one_from_file x.csv", "b", "B"],
        "survey row 3: type 'select_one_from_file x.csv' is not supported (not yet: choices "
        "read from a file; copy them into the choices sheet)",
    ),
    "geopoint": (
        ["geopoint", "b", "B"],
        "survey row 3: type 'geopoint' is not supported (anonymity: a location says where a "
        "participant is)",
    ),
    "begin repeat": (
        ["begin repeat", "b", "B"],
        "survey row 3: type 'begin repeat' is not supported (not yet: repeats)\n"
        "feedback-app: kobo.xlsx: survey row 3: repeat 'b' has no 'end repeat'",
    ),
    "two questions": (
        ["text", "b", "B", "${consent} = 'yes' or ${color} = 'x'"],
        "survey row 3: relevant refers to 'color', which is not an earlier question",
    ),
}


@pytest.mark.parametrize("case", sorted(REFUSED_FORMS))
def test_every_refused_construct_names_sheet_row_and_reason_and_changes_nothing(
    tmp_path, capsys, case
):
    data_dir = tmp_path / "data"
    assert (
        run(
            capsys, "questionnaire", "import", str(kobo_form(tmp_path)), "--data-dir", str(data_dir)
        )[0]
        == 0
    )
    before = table(data_dir)
    row, message = REFUSED_FORMS[case]
    book = openpyxl.load_workbook(kobo_form(tmp_path))
    book["survey"].delete_rows(3, 2)
    book["survey"].append(row)
    path = tmp_path / "kobo.xlsx"
    book.save(path)
    code, out, err = run(capsys, "questionnaire", "import", str(path), "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert err == f"feedback-app: kobo.xlsx: {message}\n"
    assert table(data_dir) == before
