"""Backups, restore, deleting responses and the audit log, through the trainer's screens."""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QWidget,
)
from ui_helpers import button, click

from feedback_app.app import create_app_window
from feedback_app.services.backups import describe_backup
from feedback_app.ui.trainer.audit_log import AuditLogDialog
from feedback_app.ui.trainer.delete_responses import DeleteResponsesDialog
from feedback_app.ui.trainer.restore import RestoreDialog
from feedback_app.ui.trainer.settings_dialog import SettingsDialog

TRANSLATIONS = Path(__file__).resolve().parents[2] / "feedback_app" / "resources" / "translations"


def trigger(home, name: str) -> None:
    action = home.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def filled(home, responses: int = 80, sessions: int = 3):
    services = home.controller.services
    services.responses.generate_demo(responses, sessions, 7)
    home.refresh()
    return services


def counted(services, session_id: str) -> tuple[int, int]:
    """Completed and unfinished responses of a session, read from the database itself."""
    rows = dict(
        services.store.db.execute(
            "SELECT completed, count(*) FROM responses WHERE session_id = ? GROUP BY completed",
            [session_id],
        ).fetchall()
    )
    return rows.get(1, 0), rows.get(0, 0)


def responses_shown(home, session_id: str) -> str:
    row = home.model.row_of(session_id)
    assert row >= 0, "the session is not listed"
    return home.model.index(row, home.model.COL_RESPONSES).data()


def with_responses(services):
    return next(s for s in services.sessions.list() if s.completed_responses)


def confirm(qtbot, home, dialog, name: str) -> str:
    """Press the confirmation's button and wait for what the home says at the end."""
    box = dialog.confirmation
    assert box is not None and box.isVisible()
    yes = next(b for b in box.buttons() if b.objectName() == name)
    with qtbot.waitSignal(home.data.done, timeout=60_000) as done:
        click(qtbot, yes)
    return done.args[0]


# -- backing up ----------------------------------------------------------------------------
def test_a_backup_written_from_the_menu_holds_the_responses(qtbot, home, monkeypatch, tmp_path):
    services = filled(home)
    asked = {}

    def get_save_file_name(parent, title, suggested, filters):
        asked.update(suggested=suggested, filters=filters)
        return str(tmp_path / "kopio"), filters  # typed without the suffix

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    with qtbot.waitSignal(home.data.done, timeout=30_000) as done:
        trigger(home, "backup_action")
    target = tmp_path / "kopio.db"
    completed = services.responses.count()
    sessions = len(services.sessions.list())
    assert Path(asked["suggested"]).name == services.backups.suggested_name()
    assert asked["filters"] == "Backups (*.db)"
    assert done.args[0] == (
        f"Backed up: {completed} responses of {sessions} sessions.\n\nFile: {target}"
    )
    assert home.data.message.isVisible()
    info = describe_backup(target, full=True)
    assert info.usable and (info.responses, info.sessions) == (completed, sessions)
    assert services.audit.entries()[0].action == "backup"


def test_a_backup_is_not_written_into_the_data_folder(qtbot, home, data_dir):
    filled(home)
    home.data.choose_backup_path = lambda suggested: (data_dir / "copy.db", True)
    trigger(home, "backup_action")
    assert home.data.job is None
    assert "inside the app's data folder" in home.data.message.text()
    assert not (data_dir / "copy.db").exists()


# -- restoring -----------------------------------------------------------------------------
def open_restore(home) -> RestoreDialog:
    trigger(home, "restore_action")
    dialog = home.dialog
    assert isinstance(dialog, RestoreDialog)
    return dialog


def test_a_restore_brings_back_a_deleted_sessions_responses(qtbot, home):
    services = filled(home)
    session = with_responses(services)
    held = f"holds {services.responses.count()} responses of {len(services.sessions.list())}"
    backup = services.backups.automatic("manual")
    services.sessions.delete(session.id)
    home.refresh()
    assert home.model.row_of(session.id) < 0
    click(qtbot, button(home, "review_button"))
    assert home.review is not None and home.review.isVisible()
    dialog = open_restore(home)
    dialog.select(backup)
    assert dialog.selected().path == backup
    assert dialog.restore_button.isEnabled()
    click(qtbot, dialog.restore_button)
    assert dialog.confirmation.informativeText().startswith(f"{backup.name} (made by hand) {held}")
    text = confirm(qtbot, home, dialog, "confirm_restore_button")
    qtbot.waitUntil(lambda: home.review is None)  # closed before the database was
    assert home.isEnabled()
    assert responses_shown(home, session.id) == str(session.completed_responses)
    assert counted(services, session.id)[0] == session.completed_responses
    kept = [b for b in services.backups.list() if b.kind == "before_restore"]
    assert len(kept) == 1 and kept[0].usable
    assert kept[0].sessions == len(services.sessions.list()) - 1  # without the deleted one
    assert text.startswith(f"Restored {backup.name}: ")
    assert f"is kept as the backup {kept[0].name} in the data folder" in text
    assert [e.action for e in services.audit.entries(newest_first=True)][:1] == ["restore"]


def test_a_restore_that_fails_leaves_the_database_in_use(qtbot, home):
    services = filled(home)
    before = services.responses.count()
    backup = services.backups.automatic("manual")
    dialog = open_restore(home)
    dialog.select(backup)
    click(qtbot, dialog.restore_button)
    backup.unlink()  # taken away meanwhile
    text = confirm(qtbot, home, dialog, "confirm_restore_button")
    assert text.startswith("The backup cannot be read.")
    assert home.data.message.objectName() == "error_message"
    assert home.isEnabled()
    assert services.responses.count() == before  # the services were opened again
    assert home.model.rowCount() == len(services.sessions.list())


def test_a_damaged_file_chosen_is_shown_as_not_restorable(qtbot, home, tmp_path):
    filled(home)
    damaged = tmp_path / "usb-copy.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    dialog = open_restore(home)
    dialog.choose_file = lambda: damaged
    click(qtbot, button(dialog, "choose_backup_button"))
    assert dialog.selected().path == damaged
    assert dialog.table.item(0, RestoreDialog.COL_SESSIONS).text() == "Damaged"
    assert dialog.table.item(0, RestoreDialog.COL_KIND).text() == "A file from elsewhere"
    assert dialog.chosen.text().startswith("Cannot be restored: the file is damaged")
    assert not dialog.restore_button.isEnabled()
    click(qtbot, dialog.restore_button)
    assert dialog.confirmation is None
    stranger = tmp_path / "notes.db"
    stranger.write_text("not a database", encoding="utf-8")
    dialog.choose_file = lambda: stranger
    click(qtbot, button(dialog, "choose_backup_button"))
    assert dialog.table.item(0, RestoreDialog.COL_SESSIONS).text() == "Not a backup"
    assert not dialog.restore_button.isEnabled()


def test_a_good_file_chosen_elsewhere_can_be_restored(qtbot, home, tmp_path):
    services = filled(home)
    copy = tmp_path / "copy.db"
    services.backups.back_up_to(copy)
    dialog = open_restore(home)
    dialog.choose_file = lambda: copy
    click(qtbot, button(dialog, "choose_backup_button"))
    assert dialog.selected().path == copy and dialog.restore_button.isEnabled()
    assert dialog.table.item(0, RestoreDialog.COL_RESPONSES).text() == str(
        services.responses.count()
    )


def test_a_restore_waits_for_a_session_being_closed(qtbot, home):
    services = filled(home)
    backup = services.backups.automatic("manual")
    dialog = open_restore(home)
    dialog.select(backup)
    home.closing = object()  # a close running in the background
    try:
        click(qtbot, dialog.restore_button)
        confirm_button = next(
            b for b in dialog.confirmation.buttons() if b.objectName() == "confirm_restore_button"
        )
        click(qtbot, confirm_button)
    finally:
        home.closing = None
    assert home.data.job is None and home.isEnabled()
    assert home.data.message.text() == (
        "A session is still being closed. Wait until it has finished, then try again."
    )
    assert services.sessions.list()  # the services were not closed


# -- deleting responses --------------------------------------------------------------------
def open_delete(home) -> DeleteResponsesDialog:
    trigger(home, "delete_responses_action")
    dialog = home.dialog
    assert isinstance(dialog, DeleteResponsesDialog)
    return dialog


def test_deleting_a_sessions_responses_leaves_the_session_with_none(qtbot, home):
    services = filled(home, responses=90)
    session = with_responses(services)
    home.refresh(select=session.id)
    completed, unfinished = counted(services, session.id)
    assert completed > 0
    dialog = open_delete(home)
    assert dialog.of_session.isChecked()
    assert session.title in dialog.of_session.text()
    total = completed + unfinished
    assert dialog.summary.text() == (
        f"This deletes {total} responses ({completed} completed, {unfinished} unfinished) "
        "of 1 session."
    )
    click(qtbot, dialog.delete_button)
    assert f"This deletes {total} responses" in dialog.confirmation.informativeText()
    text = confirm(qtbot, home, dialog, "confirm_delete_button")
    assert text.startswith(f"Deleted: {total} responses of 1 session. The backup made just ")
    assert counted(services, session.id) == (0, 0)
    assert services.sessions.get(session.id).title == session.title  # the session stays
    assert responses_shown(home, session.id) == "0"
    assert (
        home.detail.findChild(QLabel, "detail_responses").text().startswith("0 completed responses")
    )


def test_deleting_old_responses_counts_by_the_months_chosen(qtbot, home):
    services = filled(home, responses=60, sessions=3)
    dialog = open_delete(home)
    dialog.months.setValue(240)  # twenty years: nothing that old
    assert dialog.older.isChecked()
    assert dialog.summary.text().startswith("No session that old has responses")
    assert not dialog.delete_button.isEnabled()
    dialog.months.setValue(1)
    old = [s for s in services.sessions.list() if s.completed_responses]
    completed = sum(counted(services, s.id)[0] for s in old)
    unfinished = sum(counted(services, s.id)[1] for s in old)
    assert dialog.summary.text().startswith(
        f"This deletes {completed + unfinished} responses ({completed} completed, "
        f"{unfinished} unfinished) of {len(old)} sessions. "
    )
    assert dialog.delete_button.isEnabled()
    click(qtbot, dialog.delete_button)
    confirm(qtbot, home, dialog, "confirm_delete_button")
    assert services.responses.count() == 0
    assert all(responses_shown(home, s.id) == "0" for s in old)


# -- the audit log -------------------------------------------------------------------------
def open_audit(home) -> AuditLogDialog:
    trigger(home, "audit_action")
    dialog = home.dialog
    assert isinstance(dialog, AuditLogDialog)
    return dialog


def test_the_audit_log_lists_what_was_done_and_shows_tampering(qtbot, home, tmp_path):
    services = filled(home)
    services.pin.set_first("2468")
    services.backups.back_up_to(tmp_path / "copy.db")
    services.retention.set_period(24)
    dialog = open_audit(home)
    entries = services.audit.count()
    assert dialog.status.text() == f"The log is intact: {entries} entries."
    assert dialog.status.property("role") == "notice"
    actions = [dialog.cell(row, AuditLogDialog.COL_ACTION) for row in range(3)]
    assert actions == ["Automatic deletion changed", "Backed up", "PIN set"]
    assert dialog.cell(0, AuditLogDialog.COL_NUMBER) == str(entries)
    assert dialog.cell(0, AuditLogDialog.COL_DETAILS) == "Responses deleted after 24 months"
    assert dialog.cell(1, AuditLogDialog.COL_TARGET) == "copy.db"
    completed = services.responses.count()
    assert dialog.cell(1, AuditLogDialog.COL_DETAILS) == (
        f"Made by hand; {len(services.sessions.list())} sessions; {completed} responses"
    )
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{1,2}:\d{2}", dialog.cell(0, 1))
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not any("{" in dialog.cell(r, 4) for r in range(dialog.table.rowCount()))
    dialog.accept()
    changed = entries - 1
    with sqlite3.connect(services.store.path) as conn:
        conn.execute("UPDATE audit_log SET target = 'else.db' WHERE position = ?", [changed])
        conn.execute("DELETE FROM audit_log WHERE position = 1")
    conn.close()
    dialog = open_audit(home)
    assert dialog.status.property("role") == "error"
    assert dialog.status.text().splitlines()[1:] == [
        "Entry 1 has been deleted.",
        f"Entry {changed} has been changed.",
    ]
    assert dialog.cell(1, AuditLogDialog.COL_TARGET) == "else.db"


# -- settings ------------------------------------------------------------------------------
def test_the_retention_period_set_in_settings_persists(qtbot, home):
    services = home.controller.services
    click(qtbot, button(home, "settings_button"))
    dialog = home.dialog
    assert isinstance(dialog, SettingsDialog)
    assert not dialog.retention.isChecked() and not dialog.retention_months.isEnabled()
    dialog.retention.setChecked(True)
    dialog.retention_months.setValue(18)
    dialog._save()
    assert services.retention.period() == 18
    click(qtbot, button(home, "settings_button"))
    dialog = home.dialog
    assert dialog.retention.isChecked() and dialog.retention_months.value() == 18
    dialog.retention.setChecked(False)
    dialog._save()
    assert services.retention.period() is None
    assert [e.details for e in services.audit.entries(newest_first=True)[:2]] == [
        {"months": None},
        {"months": 18},
    ]


# -- every screen in every language --------------------------------------------------------
def english_sources() -> tuple[set[str], list[re.Pattern]]:
    """The English interface texts: whole, and as patterns where they hold a number or name."""
    whole, patterns = set(), []
    for message in ET.parse(TRANSLATIONS / "feedback_app_en.ts").iter("message"):
        forms = [f.text or "" for f in message.iter("numerusform")]
        for text in forms or [message.findtext("source") or ""]:
            if not re.search(r"[A-Za-z]{3}", re.sub(r"%\d|%n", "", text)):
                continue
            if "%" in text:
                parts = re.split(r"%\d|%n", text)
                if len(max(parts, key=len).strip()) > 8:  # not "(%1)" or "%1 and %2"
                    patterns.append(re.compile(".+".join(re.escape(p) for p in parts)))
            else:
                whole.add(text)
    return whole, patterns


def shown_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    texts += [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]
    texts += [a.text() for a in widget.findChildren(QAction)]
    for table in widget.findChildren(QTableWidget):
        for column in range(table.columnCount()):
            texts.append(table.horizontalHeaderItem(column).text())
            texts += [
                table.item(row, column).text()
                for row in range(table.rowCount())
                if table.item(row, column)
            ]
    return [t for t in texts if t]


SAME_IN_TRANSLATION = {"OK", "PIN", "Status", "Organisation"}


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_screen_is_in_the_interface_language(qtbot, data_dir, tmp_path, language):
    window = create_app_window(data_dir, language=language)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    services = window.controller.services
    try:
        services.responses.generate_demo(40, 2, 3)
        services.pin.set_first("2468")
        services.backups.automatic("session_closed")
        services.backups.back_up_to(tmp_path / "copy.db")
        services.retention.set_period(36)
        (services.backups.folder() / "2026-01-05-01-manual.db").write_bytes(b"SQLite format 3")
        window.refresh()
        assert window.minimumSizeHint().width() <= 1366, "the top row does not fit"
        shown = {"start_window": shown_texts(window)}
        for action in ("restore_action", "delete_responses_action", "audit_action"):
            trigger(window, action)
            shown[action] = shown_texts(window.dialog)
            window.dialog.reject()
        click(qtbot, button(window, "settings_button"))
        shown["settings"] = shown_texts(window.dialog)
        whole, patterns = english_sources()
        for screen, texts in shown.items():
            for text in texts:
                for line in text.splitlines():
                    if language == "en" or line in SAME_IN_TRANSLATION:
                        continue
                    assert line not in whole, (screen, line)
                    assert not any(p.fullmatch(line) for p in patterns), (screen, line)
        if language == "en":
            assert any(b.text() == "Backups and data…" for b in window.findChildren(QPushButton))
    finally:
        services.store.close()


@pytest.mark.parametrize(
    "problem", ["not_backup", "damaged", "too_new", "unreadable", "running", "write_failed"]
)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_refusal_of_a_backup_has_its_own_message(qapp, problem, language):
    from feedback_app.store.errors import BackupError
    from feedback_app.ui.i18n import Translations
    from feedback_app.ui.widgets.errors import error_text

    exc = BackupError("english text", problem=problem, file="/media/usb/x.db", why="disk_full")
    translations = Translations()
    translations.install(language)
    try:
        text = error_text(exc)
        others = {
            error_text(BackupError("english text", problem=p, why="other"))
            for p in ("not_backup", "damaged", "too_new", "unreadable", "running", "write_failed")
            if p != problem
        }
    finally:
        translations.uninstall()
    assert "english text" not in text and text.split("\n")[0] not in others
    if problem in ("not_backup", "damaged", "too_new", "unreadable"):
        assert text.endswith(": x.db")  # the file's name, not where it was
    whole, _patterns = english_sources()
    if language != "en":
        assert not any(line in whole for line in text.splitlines() if line)
