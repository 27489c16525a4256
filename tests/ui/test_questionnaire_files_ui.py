"""*Import…* and *Export…* in the trainer's questionnaire list: XLSForm and JSON files in and
out through the same service actions as the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox
from ui_helpers import button, click

from feedback_app.services import Services
from feedback_app.services.types import BUILTIN_ID
from feedback_app.ui.i18n import Translations
from feedback_app.ui.trainer.editor.file_dialogs import ImportReviewDialog, RefusedFileDialog
from feedback_app.ui.trainer.editor.labels import condition_text
from feedback_app.ui.trainer.editor.list_dialog import QuestionnaireListDialog

PUBLIC = Path(__file__).resolve().parents[1] / "data" / "xlsform"


def workbook(path: Path, survey: list[list], choices: list[list], settings: list[list]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "survey"
    for name, rows in (("survey", survey), ("choices", choices), ("settings", settings)):
        sheet = book[name] if name in book.sheetnames else book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def course_form(folder: Path) -> Path:
    """A small form in Finnish and English with a condition and a column a kiosk ignores."""
    return workbook(
        folder / "course.xlsx",
        [
            ["type", "name", "label::Finnish (fi)", "label::English (en)", "relevant",
             "bind::jr:preload"],
            ["select_one yes_no", "liked", "Piditkö koulutuksesta?", "Did you like it?", None,
             "uid"],
            ["text", "why_not", "Miksi et?", "Why not?", "${liked} != 'yes'"],
        ],
        [
            ["list_name", "name", "label::Finnish (fi)", "label::English (en)"],
            ["yes_no", "yes", "Kyllä", "Yes"],
            ["yes_no", "no", "Ei", "No"],
        ],
        [
            ["form_title", "form_id", "default_language"],
            ["Kurssipalaute", "course", "Finnish (fi)"],
        ],
    )  # fmt: skip


def refused_form(folder: Path) -> Path:
    return workbook(
        folder / "refused.xlsx",
        [
            ["type", "name", "label", "calculation"],
            ["integer", "age", "Age"],
            ["calculate", "double", None, "${age} * 2"],
        ],
        [["list_name", "name", "label"]],
        [["form_id", "default_language"], ["refused", "English (en)"]],
    )


@pytest.fixture
def services(data_dir):
    opened = Services(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def english(qapp):
    translations = Translations()
    translations.install("en")
    yield translations
    translations.uninstall()


@pytest.fixture
def dialog(qtbot, services, english):
    shown = QuestionnaireListDialog(services, "en")
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    if shown.dialog is not None:
        shown.dialog.close()


def rows(dialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.info_at(r).id, str(model.info_at(r).version)) for r in range(model.rowCount())]


def choose_file(dialog, path: Path, language: str | None = None) -> list[Path]:
    """Let the file chooser answer ``path`` (and the language question ``language``); the
    list of what the language question was asked about."""
    asked: list[Path] = []

    def untagged(file: Path, assumed: str) -> str | None:
        asked.append(file)
        return language

    dialog.files.choose_import_path = lambda: path
    dialog.files.choose_untagged_language = untagged
    return asked


def warning_boxes(dialog) -> list[QMessageBox]:
    return [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]


def test_importing_an_xlsform_shows_what_it_holds_and_stores_it(qtbot, dialog, services, tmp_path):
    path = course_form(tmp_path)
    asked = choose_file(dialog, path)
    click(qtbot, dialog.import_button)
    review = dialog.dialog
    assert isinstance(review, ImportReviewDialog) and asked == []  # its languages are named
    loaded = services.questionnaires.load_file(path)
    assert loaded.notes  # the bind:: column is left out, and said so
    assert review.findChild(type(review.summary), "import_title").text() == "Kurssipalaute"
    assert review.summary.text() == (
        "Questionnaire course, version 1\n2 questions\nLanguages: Suomi, English"
    )
    assert review.notes.isVisible()
    assert all(f"• {note}" in review.notes.text() for note in loaded.notes)
    assert not review.warnings.isVisible()
    assert "course" not in [info.id for info in services.questionnaires.list()]  # not yet

    click(qtbot, button(review, "import_ok"))
    assert [(i.id, i.version) for i in services.questionnaires.list()] == [
        ("course", 1),
        (BUILTIN_ID, 1),
    ]
    assert ("course", "1") in rows(dialog)
    assert (dialog.selected().id, dialog.selected().version) == ("course", 1)
    assert dialog.notice.text() == "Imported course, version 1."
    assert services.questionnaires.get("course", 1) == loaded.questionnaire

    click(qtbot, dialog.import_button)  # the same file again
    click(qtbot, button(dialog.dialog, "import_ok"))
    assert dialog.notice.text() == (
        "course, version 1 is already stored exactly like this; nothing was imported."
    )


def test_untagged_columns_ask_their_language_and_cancel_stores_nothing(qtbot, dialog, services):
    path = PUBLIC / "accept" / "extra_columns.xlsx"
    asked = choose_file(dialog, path, "fi")
    click(qtbot, dialog.import_button)
    review = dialog.dialog
    assert asked == [path]
    assert review.loaded.questionnaire.languages == ("fi",)
    assert "Languages: Suomi" in review.summary.text()
    assert not review.notes.isVisible()  # no language was assumed: the trainer named it
    click(qtbot, button(review, "import_cancel"))
    assert [i.id for i in services.questionnaires.list()] == [BUILTIN_ID]

    choose_file(dialog, path, None)  # the language question cancelled: nothing more
    dialog.dialog = None
    click(qtbot, dialog.import_button)
    assert dialog.dialog is None


def test_a_question_asking_for_a_name_is_shown_as_a_warning(qtbot, dialog):
    choose_file(dialog, PUBLIC / "accept" / "text_and_integer.xlsx")
    click(qtbot, dialog.import_button)
    review = dialog.dialog
    assert review.warnings.isVisible()
    assert review.warnings.text().startswith("Check “your_name”: it seems to ask for something")


def test_a_refused_xlsform_lists_its_located_errors_and_stores_nothing(
    qtbot, dialog, services, tmp_path
):
    before = [(i.id, i.version) for i in services.questionnaires.list()]
    choose_file(dialog, refused_form(tmp_path))
    click(qtbot, dialog.import_button)
    refused = dialog.dialog
    assert isinstance(refused, RefusedFileDialog)
    text = refused.error_text()
    assert "• survey row 3: type 'calculate' is not supported (not yet: calculations)" in text
    assert "survey row 3: column 'calculation' is not supported" in text
    assert refused.findChild(type(refused.errors), "refused_errors").isReadOnly()
    assert [(i.id, i.version) for i in services.questionnaires.list()] == before
    assert rows(dialog) == [(BUILTIN_ID, "1")]


def test_a_file_of_another_kind_is_refused_in_words(qtbot, dialog, tmp_path):
    old = tmp_path / "form.xls"
    old.write_bytes(b"old")
    choose_file(dialog, old)
    click(qtbot, dialog.import_button)
    [box] = warning_boxes(dialog)
    assert box.text() == (
        "form.xls is an old .xls file. Open it in Excel, save it as .xlsx and import that file."
    )
    box.close()


@pytest.mark.parametrize(
    ("name", "chosen", "file_format"),
    [("out.xlsx", "json", "xlsform"), ("out.json", "json", "json"), ("out", "xlsform", "xlsform")],
)
def test_export_writes_a_file_that_reads_back_unchanged(
    qtbot, dialog, services, tmp_path, name, chosen, file_format
):
    files = dialog.files
    dialog.select(BUILTIN_ID, 1)
    files.choose_export_path = lambda info: files.format_of(tmp_path / name, chosen)
    click(qtbot, dialog.export_button)
    written = tmp_path / (name if "." in name else name + ".xlsx")
    assert written.is_file()
    loaded = services.questionnaires.load_file(written)
    assert loaded.kind == file_format
    assert loaded.questionnaire == services.questionnaires.get(BUILTIN_ID, 1)
    kind = " as an XLSForm" if file_format == "xlsform" else ""
    assert dialog.notice.text() == f"Exported {BUILTIN_ID}, version 1{kind} to {written}."


def test_export_onto_a_file_not_asked_about_is_refused_in_words(qtbot, dialog, tmp_path):
    (tmp_path / "out.json").write_text("keep", encoding="utf-8")
    files = dialog.files
    files.choose_export_path = lambda info: files.format_of(tmp_path / "out", "json")
    click(qtbot, dialog.export_button)
    [box] = warning_boxes(dialog)
    assert box.text() == f"{tmp_path / 'out.json'} exists already. Choose another name."
    assert (tmp_path / "out.json").read_text(encoding="utf-8") == "keep"
    box.close()


def test_a_file_the_dialog_asked_about_is_replaced(qtbot, dialog, services, tmp_path):
    target = tmp_path / "ihme.json"
    target.write_text("old", encoding="utf-8")
    files = dialog.files
    files.choose_export_path = lambda info: files.format_of(target, "json")
    click(qtbot, dialog.export_button)
    assert services.questionnaires.load_file(target).questionnaire.id == BUILTIN_ID


def test_the_none_of_condition_in_words():
    # In Finnish: a translator installed last is asked first, whatever an earlier test left.
    translations = Translations()
    translations.install("fi")
    try:
        assert condition_text({"question": "role", "none_of": ["police"]}) == (
            "Näytetään, ellei vastaus kysymykseen ”role” ole police."
        )
        assert condition_text({"question": "role", "none_of": ["police", "border"]}) == (
            "Näytetään, ellei vastaus kysymykseen ”role” ole jokin seuraavista: police, border."
        )
    finally:
        translations.install("en")
