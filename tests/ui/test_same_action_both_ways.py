"""The command line and the trainer's window apply the same rules: the same action done both
ways leaves the same database."""

from __future__ import annotations

import json

from builtin_items import BUILTIN_IDS
from command_line import run_cli
from ui_helpers import button, click, open_editor, open_list, put_text, select

from feedback_app.app import create_app_window
from feedback_app.domain.sessions import SessionDraft
from feedback_app.services import Services

BUILTIN_ID = "ihme-feedback"
SESSION_COLUMNS = (
    "title, session_date, organisation, audience, location, trainers, default_language, "
    "expected_participants, questionnaire_id, questionnaire_version, closed"
)


def open_home(qtbot, data_dir):
    window = create_app_window(data_dir, language="en")
    qtbot.addWidget(window)
    window.show()
    return window


def database_state(services: Services) -> dict:
    """What the action may change, without ids and dates that differ by nature."""
    db = services.store.db
    return {
        "sessions": sorted(db.execute(f"SELECT {SESSION_COLUMNS} FROM sessions").fetchall()),
        "questionnaires": db.execute(
            "SELECT id, version, title, definition FROM questionnaires ORDER BY id, version"
        ).fetchall(),
        "organisations": services.settings.organisations(),
    }


def test_creating_a_session(qtbot, tmp_path):
    gui_dir, cli_dir = tmp_path / "gui", tmp_path / "cli"
    home = open_home(qtbot, gui_dir)
    click(qtbot, button(home, "new_session_button"))
    dialog = home.dialog
    dialog.title.setText("Ihmiskaupan tunnistaminen rajalla")
    dialog.session_date.setText("3.12.2026")
    dialog.organisation.setCurrentText("Kaakkois-Suomen rajavartiosto")
    dialog.audience.setCurrentIndex(dialog.audience.findData("border_guards"))
    dialog.location.setText("Imatra")
    dialog.language.setCurrentIndex(dialog.language.findData("fi"))
    dialog.expected.setValue(18)
    dialog._save()
    assert not dialog.isVisible()
    gui = database_state(home.controller.services)
    home.controller.services.close()

    with Services(cli_dir) as services:  # the window creates today's session on first start
        services.sessions.default_session(home.controller.default_session_title(), "en")
    code, out, err = run_cli(
        "sessions", "create", "--data-dir", str(cli_dir),
        "--title", "Ihmiskaupan tunnistaminen rajalla", "--date", "3.12.2026",
        "--organisation", "Kaakkois-Suomen rajavartiosto", "--audience", "border_guards",
        "--location", "Imatra", "--language", "fi", "--expected", "18",
    )  # fmt: skip
    assert (code, err) == (0, "")
    with Services(cli_dir) as services:
        cli = database_state(services)
    assert cli == gui
    assert "Kaakkois-Suomen rajavartiosto" in cli["organisations"]


def answered_and_waiting(services: Services) -> None:
    """One session with a response to version 1, one session still without responses."""
    answered = services.sessions.create(SessionDraft(title="Answered", session_date="2026-05-04"))
    waiting = services.sessions.create(SessionDraft(title="Waiting", session_date="2026-05-05"))
    builtin = services.questionnaires.get(BUILTIN_ID, 1)
    answers = dict.fromkeys(BUILTIN_IDS[:6], 4) | {"overall": 5}
    services.responses.submit(answered.id, builtin, "fi", answers)
    assert waiting.questionnaire_version == 1


NEW_TEXT = "All in all, how was the training?"


def test_saving_an_edit_of_a_version_in_use(qtbot, tmp_path):
    gui_dir, cli_dir = tmp_path / "gui", tmp_path / "cli"
    home = open_home(qtbot, gui_dir)
    answered_and_waiting(home.controller.services)
    home.refresh()
    editor = open_editor(qtbot, open_list(qtbot, home), BUILTIN_ID, 1)
    select(qtbot, editor, "overall")
    put_text(editor.form.texts.field("text", "en"), NEW_TEXT)
    click(qtbot, button(editor, "save_button"))
    gui = database_state(home.controller.services)
    home.controller.services.close()

    with Services(cli_dir) as services:
        services.sessions.default_session(home.controller.default_session_title(), "en")
        answered_and_waiting(services)
    exported = tmp_path / "q.json"
    assert (
        run_cli(
            "questionnaire", "export", BUILTIN_ID, "-o", str(exported), "--data-dir", str(cli_dir)
        )[0]
        == 0
    )
    definition = json.loads(exported.read_text(encoding="utf-8"))
    overall = next(
        q for s in definition["sections"] for q in s["questions"] if q["id"] == "overall"
    )
    overall["text"]["en"] = NEW_TEXT
    exported.write_text(json.dumps(definition, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("questionnaire", "import", str(exported), "--data-dir", str(cli_dir))
    assert (code, err) == (0, "")
    assert "2 sessions without responses use version 2 from now on." in out
    with Services(cli_dir) as services:
        cli = database_state(services)
    assert cli["questionnaires"] == gui["questionnaires"]
    assert cli["sessions"] == gui["sessions"]
    versions = {row[0]: row[9] for row in cli["sessions"]}
    assert versions["Answered"] == 1 and versions["Waiting"] == 2
