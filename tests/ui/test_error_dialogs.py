"""Errors reach the trainer as dialogs in the interface language, never as a traceback."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from ui_helpers import button, click

from feedback_app import app as app_module
from feedback_app.cli import main
from feedback_app.services import Services
from feedback_app.store.errors import StoreWriteError
from feedback_app.ui.i18n import Translations
from feedback_app.ui.jobs import BackgroundJob


@pytest.fixture
def finnish():
    translations = Translations()
    translations.install("fi")
    yield
    translations.uninstall()


def test_a_failing_background_job_says_why_in_the_interface_language(qtbot, finnish):
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress):
        progress(1, 3)
        raise StoreWriteError("could not write: disk full", reason="disk_full")

    job = BackgroundJob(work, parent, title="Vienti", label="Viedään…")
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        job.start()
    assert failed.args == ["Levy on täynnä. Vapauta tilaa ja yritä uudelleen."]
    assert not job.running()


def test_a_job_that_succeeds_hands_over_its_result(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    job = BackgroundJob(lambda progress: 42, parent, title="Export", label="Exporting…")
    with qtbot.waitSignal(job.succeeded, timeout=5000) as succeeded:
        job.start()
    assert succeeded.args == [42]


def test_an_action_on_a_session_removed_meanwhile_opens_a_dialog(qtbot, home):
    """The session was deleted from the command line while the window showed it."""
    selected = home.selected_id()
    with Services(home.controller.data_dir) as other:
        other.sessions.delete(selected)
    click(qtbot, button(home, "close_session_button"))
    assert home.error is not None and home.error.isVisible()
    assert home.error.text().startswith("It is no longer there")
    home.error.close()


def test_a_database_of_a_newer_app_is_refused_with_a_dialog_in_finnish(
    data_dir, monkeypatch, capsys
):
    with Services(data_dir) as services:
        services.sessions.default_session("Koulutus")
        services.store.db.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('feedback_app', 'm099_from_a_newer_app', '')"
        )
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.windowTitle(), box.text())) or 0
    )
    controllers = []
    real_init = app_module.AppController.__init__

    def remember(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        controllers.append(self)

    monkeypatch.setattr(app_module.AppController, "__init__", remember)
    try:
        with pytest.raises(SystemExit) as exited:
            main(["--data-dir", str(data_dir), "--language", "fi"])
    finally:
        for controller in controllers:
            controller.translations.uninstall()
    assert exited.value.code == 2
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Sovellusta ei voi käynnistää"
    assert text.startswith("Tämä tietokanta on tallennettu sovelluksen uudemmalla versiolla.")
    assert str(data_dir / "feedback.db") in text
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "newer version of feedback-app" in err
