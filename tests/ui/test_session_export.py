"""The trainer exports a session from the home screen: progress, a finished file, cancel."""

from __future__ import annotations

import csv
import threading
from pathlib import Path

import openpyxl
from builtin_items import AGREEMENT
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QPushButton

from feedback_app.ui.trainer.export import ExportJob


def submit(home, count: int, value: int = 4, text: str = "Hyvä koulutus, kiitos!") -> str:
    store = home.controller.services.store
    session_id = home.selected_id()
    session = store.sessions.get(session_id)
    q = store.questionnaires.get(session.questionnaire_id, session.questionnaire_version)
    for _ in range(count):
        answers = {qid: value for qid in AGREEMENT} | {"overall": 5, "most_useful": text}
        store.responses.submit(session_id, q, "fi", answers)
    home.refresh()
    return session_id


def export_to(qtbot, home, monkeypatch, path: Path, fmt: str) -> str:
    monkeypatch.setattr(home.exporter, "choose_path", lambda session: (path, fmt))
    with qtbot.waitSignal(home.exporter.done, timeout=20000) as finished:
        qtbot.mouseClick(home.detail.export_button, Qt.MouseButton.LeftButton)
    return finished.args[0]


def test_export_is_offered_only_when_there_is_something_to_export(home):
    assert not home.detail.export_button.isEnabled()
    submit(home, 1)
    assert home.detail.export_button.isEnabled()


def test_session_exported_to_csv(qtbot, home, monkeypatch, tmp_path):
    session_id = submit(home, 6)
    target = tmp_path / "palaute.csv"
    message = export_to(qtbot, home, monkeypatch, target, "csv")
    assert message.startswith(f"6 responses exported to {target}.")
    assert "palaute.codebook.csv" in message
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6
    assert {r["session_id"] for r in rows} == {session_id}
    assert {r["practical"] for r in rows} == {"4"}
    assert {r["most_useful"] for r in rows} == {"Hyvä koulutus, kiitos!"}
    assert (tmp_path / "palaute.codebook.csv").exists()
    assert home.exporter.message.text() == message
    assert not home.exporter.running()


def test_session_exported_to_xlsx(qtbot, home, monkeypatch, tmp_path):
    submit(home, 5, value=5)
    target = tmp_path / "palaute.xlsx"
    export_to(qtbot, home, monkeypatch, target, "xlsx")
    book = openpyxl.load_workbook(target, read_only=True)
    assert {"Responses", "Summary", "Codebook", "Comments"} <= set(book.sheetnames)
    responses = list(book["Responses"].iter_rows(values_only=True))
    assert len(responses) == 1 + 5
    header = responses[0]
    assert {row[header.index("interesting")] for row in responses[1:]} == {5}


def test_failed_export_says_so_and_writes_nothing(qtbot, home, monkeypatch, tmp_path):
    submit(home, 5)
    target = tmp_path / "missing-folder" / "palaute.csv"
    message = export_to(qtbot, home, monkeypatch, target, "csv")
    assert message.startswith("The export failed: ")
    assert "missing-folder" in message
    assert not target.parent.exists()
    assert home.exporter.message.icon() == home.exporter.message.Icon.Warning


def test_cancelled_export_leaves_no_file(qtbot, home, monkeypatch, tmp_path):
    submit(home, 5)
    target = tmp_path / "palaute.csv"
    monkeypatch.setattr(home.exporter, "choose_path", lambda session: (target, "csv"))
    original_start = home.exporter.start

    def start_and_cancel(job):
        original_start(job)
        home.exporter.cancel()  # the trainer pressed Cancel at once

    monkeypatch.setattr(home.exporter, "start", start_and_cancel)
    with qtbot.waitSignal(home.exporter.done, timeout=20000) as finished:
        qtbot.mouseClick(home.detail.export_button, Qt.MouseButton.LeftButton)
    assert finished.args[0] == "Export cancelled. No file was written."
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_closing_the_window_during_an_export_stops_it_and_leaves_no_file(
    qtbot, home, monkeypatch, tmp_path
):
    submit(home, 5)
    target = tmp_path / "palaute.csv"
    monkeypatch.setattr(home.exporter, "choose_path", lambda session: (target, "csv"))
    original_start = home.exporter.start

    def start_and_close(job):
        original_start(job)
        home.close()  # the trainer closes the window while the export runs

    monkeypatch.setattr(home.exporter, "start", start_and_close)
    qtbot.mouseClick(home.detail.export_button, Qt.MouseButton.LeftButton)
    assert not home.exporter.running()
    qtbot.wait(50)  # let any queued message arrive: none may open for a closed window
    assert home.exporter.message is None
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_pressing_the_real_cancel_button_stops_the_export_and_leaves_no_file(
    qtbot, home, monkeypatch, tmp_path
):
    """The Cancel button of the progress dialog, clicked while the export is in its thread."""
    submit(home, 30)
    target = tmp_path / "palaute.csv"
    monkeypatch.setattr(home.exporter, "choose_path", lambda session: (target, "csv"))
    clicked = threading.Event()
    real_run = ExportJob.run

    def run_until_clicked(self, progress):
        def step(done, total):
            progress(done, total)
            clicked.wait(10)  # the export is mid-way when the trainer clicks

        return real_run(self, step)

    monkeypatch.setattr(ExportJob, "run", run_until_clicked)
    qtbot.mouseClick(home.detail.export_button, Qt.MouseButton.LeftButton)
    dialog = home.exporter.progress
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(home.exporter.done, timeout=20000) as finished:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        clicked.set()
    assert finished.args[0] == "Export cancelled. No file was written."
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert not home.exporter.running()


def test_no_thread_outlives_an_export(qtbot, home, monkeypatch, tmp_path):
    submit(home, 5)
    for name in ("one.csv", "two.xlsx"):
        export_to(qtbot, home, monkeypatch, tmp_path / name, name.split(".")[1])
        home.exporter.message.close()
    qtbot.waitUntil(lambda: not home.findChildren(QThread), timeout=5000)
    assert (tmp_path / "one.csv").exists() and (tmp_path / "two.xlsx").exists()
