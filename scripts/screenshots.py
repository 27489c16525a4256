"""Render every kiosk and trainer screen in fi, sv and en to PNG files, for looking at them.

python scripts/screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from feedback_app.app import create_app_window, ensure_application  # noqa: E402
from feedback_app.domain.questionnaire import CANNOT_SAY  # noqa: E402
from feedback_app.domain.sessions import SessionDraft  # noqa: E402


def shoot(widget, path: Path) -> None:
    ensure_application().processEvents()
    widget.grab().save(str(path))


def kiosk_screens(home, lang: str, out: Path) -> None:
    kiosk = home.controller.build_kiosk(home.selected_id())
    kiosk.resize(1280, 800)
    kiosk.show()
    shoot(kiosk, out / f"{lang}_10_welcome.png")
    kiosk.start_respondent(lang)
    index = 11
    while kiosk.current_question is not None:
        q = kiosk.current_question
        shoot(kiosk, out / f"{lang}_{index:02d}_{q.id}.png")
        if index == 11:
            kiosk.go_next()  # unanswered: shows the inline message
            shoot(kiosk, out / f"{lang}_{index:02d}_{q.id}_required.png")
            kiosk.flow()._ask_still_there()
            shoot(kiosk, out / f"{lang}_{index:02d}_still_there.png")
            kiosk.flow().still_there.continue_button.click()
        widget = kiosk.question_page.answer_widget()
        if q.type in ("likert", "rating"):
            widget.set_value(CANNOT_SAY if q.id == "practical" else 4)
        if q.id == "practical":
            shoot(kiosk, out / f"{lang}_{index:02d}_{q.id}_cannot_say.png")
        kiosk.go_next()
        index += 1
    shoot(kiosk, out / f"{lang}_{index:02d}_thanks.png")
    kiosk.close_unlocked()


def trainer_screens(home, lang: str, out: Path) -> None:
    services = home._services
    for i, org in enumerate(("Lapin poliisilaitos", "Raja- ja merivartiokoulu")):
        services.sessions.create(
            SessionDraft(
                title=f"Ihmiskaupan tunnistaminen {i + 1}",
                session_date=f"2026-11-{20 + i}",
                organisation=org,
                audience="police_officers" if i == 0 else "border_guard_students",
                location="Rovaniemi",
                trainers="A. Trainer",
                expected_participants=20,
            )
        )
    home.refresh()
    home.resize(1200, 760)
    home.show()
    shoot(home, out / f"{lang}_00_home.png")
    home._new_session()
    dialog = home.dialog
    dialog.title.setText("")
    dialog.session_date.setText("31.02.2026")
    dialog._save()
    shoot(dialog, out / f"{lang}_01_session_dialog_errors.png")
    dialog.reject()
    home._edit_settings()
    shoot(home.dialog, out / f"{lang}_02_settings.png")
    home.dialog.reject()
    home._edit_pin()
    shoot(home.dialog, out / f"{lang}_03_set_pin.png")
    home.dialog.new.setText("1234")
    home.dialog.repeat.setText("1234")
    home.dialog._submit()
    from feedback_app.ui.widgets.pin_dialogs import PinDialog

    pin_dialog = PinDialog(services.pin, home)
    pin_dialog.field.setText("0000")
    pin_dialog._submit()
    shoot(pin_dialog, out / f"{lang}_04_pin_wrong.png")


def editor_screens(home, lang: str, out: Path) -> None:
    """The questionnaire list, the editor (a likert question, one text missing), the preview."""
    home._edit_questionnaires()
    questionnaires = home.dialog
    questionnaires.select("ihme-feedback", 1)
    questionnaires.duplicate_selected()
    questionnaires.dialog.id_edit.setText("border-course")
    questionnaires.dialog._accept()
    shoot(questionnaires, out / f"{lang}_05_questionnaires.png")
    questionnaires.edit_selected()
    editor = questionnaires.dialog
    editor.resize(1280, 800)
    editor.show()
    editor.questions.select_question(1)
    editor.form.texts.field("text", "sv").setPlainText("")
    shoot(editor, out / f"{lang}_06_editor.png")
    preview = editor.open_preview()
    preview.language.setCurrentIndex(preview.language.findData(lang))
    shoot(preview, out / f"{lang}_07_preview.png")
    editor.done(0)
    questionnaires.accept()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for lang in ("fi", "sv", "en"):
        home = create_app_window(Path(tempfile.mkdtemp()), language=lang)
        kiosk_screens(home, lang, out)
        home.controller.translations.install(lang)
        trainer_screens(home, lang, out)
        editor_screens(home, lang, out)
        home.close()
        home.controller.services.close()
        home.controller.translations.uninstall()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
