"""A damaged, missing or emptied database is noticed before anything is written to it."""

from __future__ import annotations

import hashlib

import pytest
from builtin_items import AGREEMENT
from command_line import run_cli
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from feedback_app.app import create_app_window
from feedback_app.paths import database_path
from feedback_app.services import Services
from feedback_app.store.errors import DamagedDatabaseError


def damaged(data_dir):
    """A database whose session and questionnaire still read, damaged in a page near its end
    (as a failing disk or an interrupted copy leaves it)."""
    with Services(data_dir) as services:
        session = services.sessions.default_session("Koulutus")
        builtin = services.questionnaires.builtin()
        for i in range(300):
            answers = {qid: 4 for qid in AGREEMENT} | {"overall": 4, "improve": "x" * 300 + str(i)}
            services.responses.submit(session.id, builtin, "fi", answers)
    path = database_path(data_dir)
    content = bytearray(path.read_bytes())
    page = len(content) // 4096 - 3  # a page of the tables, all of them in use
    content[page * 4096 : page * 4096 + 8] = b"\xff" * 8  # its header: no valid page type
    path.write_bytes(content)
    return path


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_command_refuses_a_damaged_file_in_one_line_and_leaves_it(data_dir):
    path = damaged(data_dir)
    before = digest(path)
    for command in (["sessions", "list"], ["report"], ["export", "--format", "csv", "-o", "x.csv"]):
        code, out, err = run_cli(*command, "--data-dir", str(data_dir))
        assert code == 2, command
        assert len(err.splitlines()) == 1, err
        assert "is damaged" in err and "Restore it from a backup" in err
    assert digest(path) == before


def test_the_kiosk_takes_no_answers_into_a_damaged_file_and_says_so(qtbot, data_dir, monkeypatch):
    path = damaged(data_dir)
    before = digest(path)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    kiosk = create_app_window(data_dir, kiosk=True, language="en")
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitUntil(lambda: kiosk.out_of_service is not None, timeout=5000)
    assert isinstance(kiosk.out_of_service, DamagedDatabaseError)
    greeting = kiosk.welcome.findChild(type(kiosk.welcome._title), "greeting_fi")
    assert greeting.text() == (
        "Palautetta ei voi juuri nyt tallentaa tälle tietokoneelle. Kerro asiasta kouluttajalle."
    )
    assert not any(button.isVisible() for button in kiosk.welcome.buttons.values())
    qtbot.keyClick(kiosk, Qt.Key.Key_F, Qt.KeyboardModifier.NoModifier)
    kiosk.start_respondent("fi")  # even a start by other means asks no question
    assert kiosk.stack.currentWidget() is kiosk.welcome
    kiosk.trainer_requested.emit()  # the trainer's shortcut
    assert shown and shown[0].startswith("The database file is damaged")
    assert not kiosk.isVisible()
    assert digest(path) == before


@pytest.mark.parametrize("state", ["missing", "empty"])
def test_a_database_gone_from_a_folder_that_held_data_is_not_remade(data_dir, state):
    with Services(data_dir) as services:
        services.sessions.default_session("Koulutus")
    path = database_path(data_dir)
    if state == "missing":
        path.unlink()
    else:
        path.write_bytes(b"")
    code, out, err = run_cli("sessions", "list", "--data-dir", str(data_dir))
    assert code == 2
    assert f"the database {path} is {state}, although this folder has held data" in err
    assert path.exists() == (state == "empty")
    assert not path.exists() or path.stat().st_size == 0


def test_a_first_start_in_a_new_folder_is_still_one_step(tmp_path):
    code, out, err = run_cli("sessions", "list", "--data-dir", str(tmp_path / "new"))
    assert (code, err) == (0, "")
    assert (tmp_path / "new" / "feedback-app.id").read_text().strip()
