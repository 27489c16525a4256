"""Every screen of the app, opened one after another on demo data in one interface language.

``Walk(folder, language).screens()`` yields ``(name, widget)`` for each screen while it is on
show: the kiosk's pages of every question type, the trainer's home, every dialog and message, the
questionnaire editor and the review window's tabs. The language walk
(``test_languages_walk.py``) reads the texts of each; ``scripts/screenshots.py`` saves a
picture of each. Pytest puts this folder on the import path; the script adds it itself.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from feedback_app.app import create_app_window
from feedback_app.domain.questionnaire import CANNOT_SAY
from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.validation import parse_questionnaire
from feedback_app.paths import resource
from feedback_app.services import Services
from feedback_app.services.types import Filters
from feedback_app.store.errors import StoreWriteError
from feedback_app.ui.widgets.errors import show_error
from feedback_app.ui.widgets.logo import logo_from_file
from feedback_app.ui.widgets.pin_dialogs import PinDialog

Screen = tuple[str, QWidget]
SIZE = (1366, 768)
PIN = "2468"
PASSPHRASE = "kolme pientä porsasta"
ORGANISATION = "Poliisiammattikorkeakoulu"


def _t(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


def _options(*labels: tuple[str, str, str, str]) -> list[dict]:
    return [{"value": value, "label": _t(fi, sv, en)} for value, fi, sv, en in labels]


#: A questionnaire with the question types the built-in one does not have.
EVERY_TYPE = {
    "id": "walk-types",
    "version": 1,
    "title": _t("Kysymystyypit", "Frågetyper", "Question types"),
    "languages": ["fi", "sv", "en"],
    "default_language": "fi",
    "sections": [
        {
            "id": "main",
            "title": _t("Taustatiedot", "Bakgrund", "Background"),
            "questions": [
                {
                    "id": "intro",
                    "type": "note",
                    "text": _t(
                        "Kiitos, että vastaat.",
                        "Tack för att du svarar.",
                        "Thank you for answering.",
                    ),
                },
                {
                    "id": "role",
                    "type": "single_choice",
                    "required": True,
                    "text": _t("Tehtäväsi?", "Din uppgift?", "Your role?"),
                    "options": _options(
                        ("patrol", "Valvonta", "Övervakning", "Patrol"),
                        ("investigation", "Tutkinta", "Utredning", "Investigation"),
                    ),
                },
                {
                    "id": "topics",
                    "type": "multiple_choice",
                    "text": _t("Mistä haluat lisää?", "Vad vill du ha mer av?", "More of what?"),
                    "options": _options(
                        ("law", "Lainsäädäntö", "Lagstiftning", "Law"),
                        ("cases", "Tapaukset", "Fall", "Cases"),
                    ),
                },
                {
                    "id": "years",
                    "type": "number",
                    "text": _t(
                        "Monta vuotta työssä?", "Hur många år i tjänst?", "Years in service?"
                    ),
                    "min": 0,
                    "max": 50,
                },
                {
                    "id": "story",
                    "type": "text",
                    "long": True,
                    "text": _t("Kerro lisää.", "Berätta mer.", "Tell more."),
                },
            ],
        }
    ],
}


def wait_until(condition: Callable[[], object], timeout: float = 60.0) -> None:
    app = QApplication.instance()
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get ready in time")
        app.processEvents()
        time.sleep(0.005)


def settle() -> None:
    for _ in range(5):
        QApplication.instance().processEvents()


@contextlib.contextmanager
def file_chosen(path: Path) -> Iterator[None]:
    """The file dialogs answer ``path`` (with their first filter) instead of asking."""
    saved = {name: getattr(QFileDialog, name) for name in ("getSaveFileName", "getOpenFileName")}

    def answer(*args, **_kwargs):  # noqa: ANN002, ANN003, ANN202 - as QFileDialog's
        filters = args[3] if len(args) > 3 else ""
        return str(path), filters.split(";;")[0]

    for name in saved:
        setattr(QFileDialog, name, staticmethod(answer))
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(QFileDialog, name, function)


def fill(services: Services, folder: Path) -> dict[str, str]:
    """Demo sessions and responses, branding, a PIN, a backup, a key and two bundles of
    other laptops to import; returns their paths and the ids the walk needs."""
    services.responses.generate_demo(400, 8, 11)
    services.questionnaires.save(parse_questionnaire(EVERY_TYPE))
    types = services.sessions.create(
        SessionDraft(
            title="Ihmiskaupan tunnistaminen rajalla",
            session_date="2026-11-24",
            organisation="Raja- ja merivartiokoulu",
            audience="border_guard_students",
            location="Espoo",
            trainers="A. Virtanen",
            expected_participants=18,
        ),
        ("walk-types", 1),
    )
    services.settings.set("branding_title", ORGANISATION)
    services.settings.set("branding_logo", logo_from_file(resource("icons", "feedback-app.svg")))
    services.backups.back_up_to(folder / "copy.db")
    public = services.bundles.create_key(PASSPHRASE)
    bundles = []
    for number, recipient in ((1, None), (2, public)):
        with Services(folder / f"laptop-{number}") as other:
            other.responses.generate_demo(60, 2, 20 + number)
            path = folder / f"laptop-{number}.fbundle"
            other.bundles.export(path, Filters(), recipient=recipient)
            bundles.append(str(path))
    demo = next(s for s in services.sessions.list() if s.completed_responses >= 20)
    return {"types": types.id, "demo": demo.id, "plain": bundles[0], "encrypted": bundles[1]}


class Walk:
    """The app on demo data in ``language``; ``screens()`` opens every screen in turn."""

    def __init__(self, folder: Path, language: str):
        folder.mkdir(parents=True, exist_ok=True)
        self.folder, self.language = folder, language
        self.home = create_app_window(folder / "data", language=language)
        self.home.resize(*SIZE)
        self.controller = self.home.controller
        self.services: Services = self.controller.services
        self._made = fill(self.services, folder)

    def __enter__(self) -> Walk:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.home.close()
        settle()
        self.services.close()
        self.controller.translations.uninstall()  # no word of it answers for the next language

    def screens(self) -> Iterator[Screen]:
        """Every screen, one at a time (the one before is closed first)."""
        home, made, language = self.home, self._made, self.language
        yield from _pin(home)
        yield from _kiosk(home, language, self.services.sessions.today().id, first=True)
        yield from _kiosk(home, language, made["types"], first=False)
        self.controller.translations.install(language)
        yield from _trainer(home, made)
        yield from _questionnaires(home)
        yield from _bundles(home, made, self.folder)
        yield from _data(home, self.folder)
        yield from _review(home, self.folder)


def _shown(widget: QWidget, name: str) -> Screen:
    if widget.isWindow() and not widget.isVisible():
        widget.show()
    settle()
    return name, widget


# -- the kiosk -------------------------------------------------------------------------------
def _kiosk(home, language: str, session_id: str, *, first: bool) -> Iterator[Screen]:
    kiosk = home.controller.build_kiosk(session_id)
    kiosk.resize(*SIZE)
    kiosk.show()
    wait_until(lambda: kiosk._flow is not None)
    prefix = "kiosk" if first else "kiosk_types"
    if first:
        yield _shown(kiosk, "kiosk_welcome")
    kiosk.start_respondent(language)
    number = 1
    while kiosk.current_question is not None:
        question = kiosk.current_question
        yield _shown(kiosk, f"{prefix}_{number:02d}_{question.type}_{question.id}")
        if first and number == 1:
            kiosk.go_next()  # unanswered: the page says what is missing
            yield _shown(kiosk, f"{prefix}_{number:02d}_required")
            kiosk.flow()._ask_still_there()
            yield _shown(kiosk, "kiosk_still_there")
            kiosk.flow().still_there.continue_button.click()
        _answer(kiosk, question)
        kiosk.go_next()
        number += 1
    yield _shown(kiosk, f"{prefix}_thanks")
    if first:
        dialog = PinDialog(home.controller.services.pin, kiosk)
        dialog.open()
        dialog.field.setText("0000")
        dialog._submit()
        yield _shown(dialog, "kiosk_pin_wrong")
        dialog.reject()
    kiosk.close_unlocked()
    kiosk.deleteLater()
    home.controller.kiosk = None


def _answer(kiosk, question) -> None:
    widget = kiosk.question_page.answer_widget()
    if question.type in ("likert", "rating"):
        widget.set_value(CANNOT_SAY if question.id == "practical" else 4)
    elif question.type == "single_choice":
        widget.set_value("patrol")
    elif question.type == "multiple_choice":
        widget.set_value(["law"])
    elif question.type == "number":
        widget.set_value(12)


# -- the trainer's home and its dialogs ------------------------------------------------------
def _trainer(home, made: dict[str, str]) -> Iterator[Screen]:
    home.show()
    home.refresh(select=made["demo"])
    yield _shown(home, "home")
    home.detail.views.setCurrentIndex(1)
    yield _shown(home, "home_results_table")
    home.detail.views.setCurrentIndex(0)
    home._new_session()
    dialog = home.dialog
    dialog.title.setText("")
    dialog.session_date.setText("31.02.2026")
    dialog._save()
    yield _shown(dialog, "session_new_errors")
    dialog.reject()
    home._edit_session()
    yield _shown(home.dialog, "session_edit")
    home.dialog.reject()
    home._edit_settings()
    yield _shown(home.dialog, "settings")
    home.dialog.reject()
    full = StoreWriteError("the disk is full", reason="disk_full")
    box = show_error(home, home.tr("Training feedback"), full)
    yield _shown(box, "message_error")
    box.close()


def _pin(home) -> Iterator[Screen]:
    pin = home.controller.services.pin
    home.show()
    home._edit_pin()
    dialog = home.dialog
    yield _shown(dialog, "pin_set")
    dialog.new.setText(PIN)
    dialog.repeat.setText("1357")
    dialog._submit()
    yield _shown(dialog, "pin_set_differ")
    dialog.repeat.setText(PIN)
    dialog._submit()
    assert pin.is_set()
    home._edit_pin()
    yield _shown(home.dialog, "pin_change")
    home.dialog.reject()


def _questionnaires(home) -> Iterator[Screen]:
    home._edit_questionnaires()
    listing = home.dialog
    yield _shown(listing, "questionnaires")
    listing.select("ihme-feedback", 1)
    listing.duplicate_selected()
    yield _shown(listing.dialog, "questionnaire_duplicate")
    listing.dialog.reject()
    listing.select("walk-types", 1)
    listing.edit_selected()
    editor = listing.dialog
    editor.resize(*SIZE)
    for index, question in enumerate(editor.draft.questions):
        editor.questions.select_question(index)
        yield _shown(editor, f"editor_{question.type}")
    editor.form.texts.field("text", "sv").setPlainText("")
    yield _shown(editor, "editor_missing_text")
    preview = editor.open_preview()
    yield _shown(preview, "editor_preview")
    preview.close()
    editor.reject()  # unsaved changes: asks first
    yield _shown(editor.confirm, "editor_unsaved_changes")
    editor.confirm.done(0)
    editor.done(0)
    listing.accept()


def _bundles(home, made: dict[str, str], folder: Path) -> Iterator[Screen]:
    home._hand_over()
    handover = home.dialog
    wait_until(lambda: handover.preview is not None)
    yield _shown(handover, "handover")
    with file_chosen(folder / "handed-over.fbundle"):
        handover._save()
        wait_until(lambda: handover.job is None)
    yield _shown(handover, "handover_saved")
    handover.reject()
    home._import()
    dialog = home.dialog
    dialog.add_files([Path(made["plain"]), Path(made["encrypted"])])
    wait_until(lambda: dialog.asking is not None)
    yield _shown(dialog.asking, "passphrase")
    dialog.asking.field.setText("väärä")
    dialog.asking.submit()
    wait_until(lambda: dialog.asking.checking is None)
    yield _shown(dialog.asking, "passphrase_wrong")
    dialog.asking.field.setText(PASSPHRASE)
    dialog.asking.submit()
    wait_until(lambda: dialog.asking is None and dialog.checking is None and dialog.importable())
    yield _shown(dialog, "bundle_import_checked")
    ended: list[str] = []
    dialog.finished_import.connect(ended.append)
    dialog.start_import()
    wait_until(lambda: ended)
    yield _shown(dialog, "bundle_import_done")
    dialog.reject()
    home.refresh()
    yield _shown(home, "home_with_other_laptops")


def _trigger(home, name: str) -> None:
    action = home.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def _data(home, folder: Path) -> Iterator[Screen]:
    with file_chosen(folder / "backup.db"):
        _trigger(home, "backup_action")
        wait_until(lambda: home.data.job is None and home.data.message is not None)
    yield _shown(home.data.message, "backup_done")
    home.data.message.close()
    _trigger(home, "restore_action")
    yield _shown(home.dialog, "restore")
    home.dialog.reject()
    _trigger(home, "delete_responses_action")
    dialog = home.dialog
    yield _shown(dialog, "delete_responses")
    dialog.delete_button.click()
    yield _shown(dialog.confirmation, "delete_confirmation")
    dialog.confirmation.reject()
    dialog.reject()
    _trigger(home, "audit_action")
    yield _shown(home.dialog, "audit_log")
    home.dialog.reject()
    session = home.selected()
    with file_chosen(folder / "responses.xlsx"):
        home.exporter.export(session)
        wait_until(lambda: home.exporter.job is None and home.exporter.message is not None)
    yield _shown(home.exporter.message, "export_done")
    home.exporter.message.close()


def _review(home, folder: Path) -> Iterator[Screen]:
    home._review()
    review = home.review
    review.showNormal()
    review.resize(*SIZE)
    wait_until(review.idle)
    names = {review.comparison: "comparison", review.trend: "trend", review.comments: "comments"}
    for index in range(review.tabs.count()):
        review.tabs.setCurrentIndex(index)
        wait_until(review.idle)
        tab = names.get(review.tabs.widget(index), "agreement" if index == 0 else f"tab{index}")
        yield _shown(review, f"review_{index + 1}_{tab}")
    review.tabs.setCurrentIndex(0)
    with file_chosen(folder / "report.pdf"):
        review.exporter.export(review.filter_bar.filters())
        wait_until(lambda: review.exporter.job is None and review.exporter.message is not None)
    yield _shown(review.exporter.message, "review_report_saved")
    review.exporter.message.close()
    review.close()
