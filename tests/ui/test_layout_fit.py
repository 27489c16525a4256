"""Every screen fits a 1366x768 laptop at 100 % and 200 % text in fi, sv and en: no label,
button, header section, group title or tab is cut, and no widget is squeezed below its
minimum size. One process per language lays every screen out at both text sizes and lists
what does not fit; the test names every offender at once.

To look at the screens too: ``python tests/ui/test_layout_fit.py DATA fi 1.0,2.0 --shots DIR``
(DATA: a folder made by ``make_data``, or a new folder to make it in).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from layout_fit import SCREEN, SCREEN_CONFIG, copy_data, describe, settle
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
LANGUAGES = ("fi", "sv", "en")
SCALES = (1.0, 2.0)


def _text(fi: str, sv: str, en: str) -> dict[str, str]:
    return {"fi": fi, "sv": sv, "en": en}


#: The questions the built-in questionnaire lacks, so that the kiosk and the editor show a page
#: of every type.
EXTRA_QUESTIONS = [
    {"id": "welcome_note", "type": "note", "text": _text(
        "Kiitos, että osallistut. Vastauksesi ovat nimettömiä: kukaan ei näe, kuka vastasi.",
        "Tack för att du deltar. Dina svar är anonyma: ingen ser vem som svarade.",
        "Thank you for taking part. Your answers are anonymous: nobody sees who answered.")},
    {"id": "duty", "type": "single_choice", "required": True, "text": _text(
        "Mikä on pääasiallinen tehtäväsi?", "Vilken är din huvudsakliga uppgift?",
        "What is your main duty?"),
     "options": [
         {"value": "patrol", "label": _text("Valvonta ja partiointi",
                                            "Övervakning och patrullering",
                                            "Surveillance and patrol")},
         {"value": "investigation", "label": _text("Rikostutkinta", "Brottsutredning",
                                                   "Criminal investigation")},
         {"value": "border", "label": _text("Rajatarkastukset", "Gränskontroller",
                                            "Border checks")},
         {"value": "other", "label": _text("Muu tehtävä", "Annan uppgift", "Other duty")}]},
    {"id": "topics", "type": "multiple_choice", "text": _text(
        "Mistä aiheista haluaisit lisää koulutusta?",
        "Om vilka ämnen vill du ha mer utbildning?",
        "Which topics would you like more training on?"),
     "options": [
         {"value": "law", "label": _text("Lainsäädäntö", "Lagstiftning", "Legislation")},
         {"value": "cases", "label": _text("Tapausesimerkit", "Fallexempel", "Case examples")},
         {"value": "interview", "label": _text("Uhrin kohtaaminen ja haastattelu",
                                               "Att möta och intervjua offret",
                                               "Meeting and interviewing the victim")},
         {"value": "cooperation", "label": _text(
             "Yhteistyö muiden viranomaisten kanssa", "Samarbete med andra myndigheter",
             "Cooperation with other authorities")}]},
    {"id": "cases", "type": "number", "min": 0, "max": 500, "text": _text(
        "Kuinka monta mahdollista ihmiskauppatapausta olet kohdannut viimeisen vuoden aikana?",
        "Hur många möjliga fall av människohandel har du stött på under det senaste året?",
        "How many possible human trafficking cases have you come across in the past year?")},
    {"id": "best_part", "type": "text", "max_length": 80, "text": _text(
        "Mikä koulutuksen osio oli mielestäsi paras?",
        "Vilken del av utbildningen var bäst enligt dig?",
        "Which part of the training was the best, in your view?")},
    {"id": "anything_else", "type": "text", "long": True, "text": _text(
        "Kerro vapaasti, mitä muuta haluaisit sanoa koulutuksesta.",
        "Berätta fritt vad du mer vill säga om utbildningen.",
        "Tell us freely what else you would like to say about the training.")},
]  # fmt: skip


# -- the data ------------------------------------------------------------------------------
def make_data(folder: Path) -> None:
    """A laptop's data as after a year of trainings: demo sessions with responses, a session
    with a questionnaire of every question type, a backup and a bundle from another laptop."""
    from feedback_app.domain.sessions import SessionDraft
    from feedback_app.domain.validation import parse_questionnaire
    from feedback_app.paths import resource
    from feedback_app.services import Services
    from feedback_app.services.types import Filters

    other = folder.parent / "other-laptop"
    with Services(other) as services:
        services.responses.generate_demo(80, 3, 7)
        services.bundles.export(folder.parent / "lapland.fbundle", Filters())
    (folder.parent / "broken.fbundle").write_bytes(b"not a bundle")
    with Services(folder) as services:
        services.responses.generate_demo(600, 12, 1)
        every = json.loads(resource("questionnaires", "ihme-feedback.json").read_text("utf-8"))
        every["id"], every["title"] = (
            "every-type",
            _text("Kaikki kysymystyypit", "Alla frågetyper", "Every type"),
        )
        every["sections"].append(
            {
                "id": "more",
                "title": _text("Taustasi", "Din bakgrund", "Your background"),
                "questions": EXTRA_QUESTIONS,
            }
        )
        services.questionnaires.save(parse_questionnaire(every))
        services.sessions.create(
            SessionDraft(
                title="Ihmiskaupan uhrin tunnistaminen ja ohjaaminen avun piiriin",
                session_date="2026-03-12",
                organisation="Länsi-Suomen merivartiosto",
                audience="border_guards",
                location="Turku, koulutuskeskuksen auditorio",
                trainers="Anna Virtanen, Mikael Lindqvist",
                expected_participants=24,
            ),
            ("every-type", None),
        )
        services.backups.daily()


# -- the screens ---------------------------------------------------------------------------
Screen = tuple[str, "QWidget"]  # noqa: F821 - named for reading only


def trainer_screens(data: Path, language: str) -> Iterator[Screen]:
    """The trainer's home, its dialogs, the questionnaire editor and the review window; a
    screen that cannot be opened is named as ("error: ...", None) and the walk goes on."""
    from feedback_app.app import create_app_window

    home = create_app_window(data, language=language)
    home.showMaximized()
    settle()
    try:
        for step in (home_screens, dialog_screens, editor_screens, review_screens):
            try:
                yield from step(home, data, language)
            except Exception as exc:  # noqa: BLE001 - named among the offenders
                yield f"error in {step.__name__}: {type(exc).__name__}: {exc}", None
                for window in QApplication.topLevelWidgets():
                    if window is not home and window.isVisible():
                        window.close()
                settle()
    finally:
        home.close()
        settle()
        home.controller.services.store.close()
        home.deleteLater()
        settle()


def home_screens(home, data: Path, language: str) -> Iterator[Screen]:  # noqa: ANN001
    yield "home", home
    sessions = home.controller.services.sessions.list()
    answered = max(sessions, key=lambda s: s.completed_responses)
    home.refresh(select=answered.id)
    settle()
    yield "home_results_chart", home
    home.detail.views.setCurrentIndex(1)
    settle()
    yield "home_results_table", home
    home.refresh(select=_every_type(home).id)
    settle()
    yield "home_every_type", home


def _every_type(home):  # noqa: ANN001, ANN202
    sessions = home.controller.services.sessions.list()
    return next(s for s in sessions if s.questionnaire_id == "every-type")


def _shown(dialog, until=lambda _d: True):  # noqa: ANN001, ANN202
    if not dialog.isVisible():
        dialog.open()
    settle(lambda: until(dialog))
    return dialog


def _closed(dialog) -> None:  # noqa: ANN001
    dialog.reject()
    settle()


def dialog_screens(home, data: Path, language: str) -> Iterator[Screen]:  # noqa: ANN001
    from feedback_app.ui.trainer.export import ExportJob
    from feedback_app.ui.trainer.passphrase import PassphraseDialog
    from feedback_app.ui.widgets.errors import show_error
    from feedback_app.ui.widgets.pin_dialogs import PinDialog

    services = home.controller.services
    openers = [
        ("new_session", home._new_session, None),
        ("edit_session", home._edit_session, None),
        ("settings", home._edit_settings, None),
        ("set_pin", home._edit_pin, None),
        ("pin", lambda: PinDialog(services.pin, home), None),
        ("handover", home._hand_over, lambda d: d.preview is not None),
        ("bundle_import", home._import, lambda d: d.checking is None),
        ("passphrase", lambda: PassphraseDialog(data, 3, home), None),
        ("restore", home.data.restore, None),
        ("delete_responses", home.data.delete_responses, None),
        ("audit_log", home.data.audit_log, None),
    ]
    for name, opener, until in openers:
        home.dialog = None
        made = opener()
        dialog = made if made is not None else home.dialog
        if name == "bundle_import":
            dialog.add_files([data.parent / "lapland.fbundle", data.parent / "broken.fbundle"])
        yield name, _shown(dialog, until or (lambda _d: True))
        _closed(dialog)
    written = data.parent / "2026-03-12-ihmiskaupan-uhrin-tunnistaminen.csv"
    job = ExportJob(data, _every_type(home).id, written, "csv", language=language)
    home.exporter._end(home.exporter._finished_text(job, 42), False)
    yield "export_done", _shown(home.exporter.message)
    _closed(home.exporter.message)
    from feedback_app.store.errors import StoreError

    problem = StoreError("the disk is full", reason="disk_full", path=str(written))
    box = show_error(home, home.windowTitle(), problem)
    yield "error_message", _shown(box)
    _closed(box)


def editor_screens(home, data: Path, language: str) -> Iterator[Screen]:  # noqa: ANN001
    home._edit_questionnaires()
    listing = home.dialog
    listing.open()
    settle()
    yield "questionnaires", listing
    listing.select("every-type", 1)
    listing.edit_selected()
    editor = listing.dialog
    settle()
    seen: set[str] = set()
    for index, question in enumerate(editor.draft.questions):
        if question.type in seen:
            continue
        seen.add(question.type)
        editor.questions.select_question(index)
        settle()
        yield f"editor_{question.type}", editor
    preview = editor.open_preview()
    settle()
    yield "editor_preview", preview
    preview.close()
    editor._dirty = True
    editor.reject()
    settle()
    yield "editor_unsaved", editor.confirm
    editor.done(0)
    settle()
    listing.duplicate_selected()
    yield "duplicate", listing.dialog
    listing.dialog.reject()
    yield from file_screens(home, listing, language)
    listing.reject()
    settle()


def file_screens(home, listing, language: str) -> Iterator[Screen]:  # noqa: ANN001
    """The review of an XLSForm with notes and a warning, and the errors of a refused one."""
    from feedback_app.ui.trainer.editor.file_dialogs import ImportReviewDialog, RefusedFileDialog

    forms = HERE.parent / "data" / "xlsform"
    services = home.controller.services
    loaded = services.questionnaires.load_file(forms / "accept" / "field-list.xlsx")
    named = services.questionnaires.load_file(forms / "accept" / "text_and_integer.xlsx")
    review = ImportReviewDialog(
        replace(loaded, questionnaire=named.questionnaire), "f.xlsx", language, listing
    )
    yield "import_review", _shown(review)
    _closed(review)
    refused = forms / "refuse" / "xlsform_spec_test.xlsx"
    try:
        services.questionnaires.load_file(refused)
    except ValueError as exc:  # a QuestionnaireError with every located problem
        dialog = RefusedFileDialog(refused, exc.errors, listing)
    yield "import_refused", _shown(dialog)
    _closed(dialog)


def review_screens(home, data: Path, language: str) -> Iterator[Screen]:  # noqa: ANN001
    home._review()
    review = home.review
    settle(review.idle)
    for index in range(review.tabs.count()):
        review.tabs.setCurrentIndex(index)
        settle(review.idle)
        yield f"review_{review.tabs.widget(index).objectName() or index}", review
    home.close_review()
    settle()


def kiosk_screens(data: Path, language: str) -> Iterator[Screen]:
    """The participant's welcome, a question page of every type and the thank-you page."""
    from feedback_app.app import create_app_window
    from feedback_app.services import Services

    with Services(data) as services:
        every = next(s for s in services.sessions.list() if s.questionnaire_id == "every-type")
    kiosk = create_app_window(data, kiosk=True, session_id=every.id, language=language)
    kiosk.showFullScreen()
    settle()
    try:
        yield "kiosk_welcome", kiosk
        kiosk.start_respondent(language)
        settle()
        flow = kiosk.flow()
        seen: set[str] = set()
        for question in flow._service.questionnaire.questions:
            kind = f"{question.type}{'_long' if getattr(question, 'long', False) else ''}"
            if kind in seen:
                continue
            seen.add(kind)
            flow._show(question)
            settle()
            yield f"kiosk_{kind}", kiosk
        kiosk.stack.setCurrentWidget(kiosk.thanks)
        settle()
        yield "kiosk_thanks", kiosk
        kiosk.stack.setCurrentWidget(flow.still_there)
        settle()
        yield "kiosk_still_there", kiosk
    finally:
        kiosk.close_unlocked()
        settle()
        kiosk.controller.services.store.close()
        kiosk.deleteLater()
        settle()


# -- one language, in a process of its own -------------------------------------------------
def main(argv: list[str]) -> int:
    """``DATA LANGUAGE SCALES [--shots FOLDER]``: one JSON line per offender, then timings."""
    template, language, scales = Path(argv[0]), argv[1], [float(s) for s in argv[2].split(",")]
    shots = Path(argv[argv.index("--shots") + 1]) if "--shots" in argv else None
    if not template.exists():
        make_data(template)
    from feedback_app.app import ensure_application
    from feedback_app.services import Services
    from feedback_app.ui.theme import apply_theme

    app = ensure_application()
    timings = {}
    for scale in scales:
        started = time.monotonic()
        data = copy_data(template)
        with Services(data) as services:  # the trainer's text size, as chosen in the settings
            services.settings.set("text_scale", scale)
        apply_theme(app, text_scale=scale)
        for walk in (trainer_screens, kiosk_screens):
            for name, window in walk(data, language):
                if window is None:
                    print(json.dumps({"screen": name, "language": language, "scale": scale,
                                      "kind": "error", "name": "", "text": "", "problem": ""}),
                          flush=True)  # fmt: skip
                    continue
                for found in describe(window, name, language, scale):
                    print(json.dumps(found, ensure_ascii=False), flush=True)
                if shots is not None:
                    shots.mkdir(parents=True, exist_ok=True)
                    window.grab().save(str(shots / f"{name}_{language}_{round(scale * 100)}.png"))
        timings[f"{language} {round(scale * 100)} %"] = round(time.monotonic() - started, 1)
    print(json.dumps({"timings": timings}), flush=True)
    return 0


# -- the test ------------------------------------------------------------------------------
def test_every_screen_fits_a_laptop_at_100_and_200_percent_text(tmp_path):
    template = tmp_path / "template" / "data"
    make_data(template)
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN_CONFIG), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    import feedback_app

    package_root = Path(feedback_app.__file__).resolve().parents[1]
    paths = [str(HERE), str(package_root), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    scales = ",".join(str(s) for s in SCALES)
    runs = {
        language: subprocess.Popen(
            [sys.executable, str(Path(__file__)), str(template), language, scales],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
            cwd=tmp_path,
        )
        for language in LANGUAGES
    }
    offenders, timings, failures = [], {}, []
    for language, run in runs.items():
        out, err = run.communicate(timeout=240)
        if run.returncode != 0:
            failures.append(f"{language}: exit {run.returncode}\n{err[-3000:]}")
        for line in out.splitlines():
            found = json.loads(line)
            if "timings" in found:
                timings.update(found["timings"])
            else:
                offenders.append(found)
    assert not failures, "\n".join(failures)
    print("layout fit timings (s):", timings)
    lines = [
        f"{o['screen']} [{o['language']} {round(o['scale'] * 100)} %] {o['kind']} "
        f"{o['name']!r}: {o['text']!r} — {o['problem']}"
        for o in offenders
    ]
    assert not lines, f"{len(lines)} texts do not fit {SCREEN.width()}x{SCREEN.height()}:\n" + (
        "\n".join(lines)
    )


def test_the_home_opens_maximised_then_as_the_trainer_left_it(qtbot, data_dir):
    from PySide6.QtCore import QSize

    from feedback_app.app import AppController

    first = AppController(data_dir, "en")
    home = first.build_home()
    qtbot.addWidget(home)
    home.show_remembered()
    qtbot.waitUntil(home.isMaximized)
    assert home.size() == home.screen().availableGeometry().size()
    home.showNormal()
    home.resize(700, 500)
    qtbot.waitUntil(lambda: home.size() == QSize(700, 500))
    home.close()
    assert first.services.settings.get("window_size") == [700, 500, False]
    first.services.store.close()

    second = AppController(data_dir, "en")
    again = second.build_home()
    qtbot.addWidget(again)
    again.show_remembered()
    qtbot.waitExposed(again)
    assert again.size() == QSize(700, 500) and not again.isMaximized()
    again.showMaximized()
    qtbot.waitUntil(again.isMaximized)
    again.close()
    assert second.services.settings.get("window_size")[2] is True
    second.services.store.close()


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main(sys.argv[1:]))
