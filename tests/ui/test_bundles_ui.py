"""Handing results over and importing bundles through the trainer's screens."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyrage import x25519
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThread, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from ui_helpers import button, click

from feedback_app.services import Services
from feedback_app.services.types import Filters
from feedback_app.store.errors import BundleError, ImportedSessionError
from feedback_app.ui.trainer.bundle_import import BundleImportDialog as Import
from feedback_app.ui.widgets.errors import error_text


def all_responses(services: Services) -> int:
    return services.responses.count() + services.responses.count(completed=False)


def make_bundle(tmp_path: Path, name: str, responses: int, sessions: int, seed: int, **export):
    """A bundle of another laptop's demo sessions; returns its path and what it holds."""
    with Services(tmp_path / f"laptop-{name}") as services:
        services.responses.generate_demo(responses, sessions, seed)
        path = tmp_path / f"{name}.fbundle"
        services.bundles.export(path, Filters(), **export)
        return path, services.responses.count(), all_responses(services)


def open_handover(qtbot, home):
    click(qtbot, button(home, "handover_button"))
    dialog = home.dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def save_as(qtbot, monkeypatch, dialog, target: Path) -> str:
    asked = {}

    def get_save_file_name(parent, title, suggested, filters):
        asked.update(suggested=suggested, filters=filters)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    with qtbot.waitSignal(dialog.done_text, timeout=20000) as done:
        click(qtbot, dialog.save_button)
    dialog.asked = asked
    return done.args[0]


def imported_elsewhere(tmp_path: Path, bundle: Path):
    with Services(tmp_path / "manager") as manager:
        plan = manager.bundles.import_bundle(bundle)
        return plan, manager.responses.count()


def test_handing_over_everything_not_handed_over_yet(qtbot, home, monkeypatch, tmp_path):
    services = home.controller.services
    services.responses.generate_demo(40, 2, 5)
    home.refresh()
    total = all_responses(services)
    finished = services.responses.count()  # what the dialog counts, as the home does
    assert finished < total  # the demo leaves a few unfinished
    dialog = open_handover(qtbot, home)
    assert dialog.everything.isChecked() and not dialog.sessions.isEnabled()
    assert dialog.summary.text() == f"In the file: 3 sessions and {finished} responses."
    assert dialog.encryption.text() == (
        "Not encrypted: the project manager's key is not set in Settings."
    )
    text = save_as(qtbot, monkeypatch, dialog, tmp_path / "palautteet")  # no suffix typed
    target = tmp_path / "palautteet.fbundle"
    assert dialog.asked["suggested"].endswith(services.bundles.suggested_name(Filters()))
    assert dialog.asked["filters"] == "Results files (*.fbundle)"
    assert text == (
        f"Saved in {target}. The file holds 3 sessions and {finished} responses. It is not "
        "encrypted. Give the file to the project manager."
    )
    assert dialog.result.isVisible() and dialog.result.text() == text
    qtbot.waitUntil(
        lambda: (
            dialog.summary.text()
            == "Nothing to hand over: everything has been handed over already."
        ),
        timeout=10000,
    )
    assert not dialog.save_button.isEnabled()
    plan, completed = imported_elsewhere(tmp_path, target)
    assert (plan.new_sessions, plan.new_responses) == (3, total)
    assert completed == services.responses.count()


def test_handing_over_chosen_sessions(qtbot, home, monkeypatch, tmp_path):
    services = home.controller.services
    services.responses.generate_demo(60, 3, 6)
    home.refresh()
    chosen = next(s for s in services.sessions.list() if s.completed_responses)
    preview = services.bundles.preview_export(Filters(session_ids=(chosen.id,)))
    in_chosen = preview.responses
    assert in_chosen >= preview.completed == chosen.completed_responses > 0
    dialog = open_handover(qtbot, home)
    dialog.chosen.setChecked(True)
    assert dialog.sessions.isEnabled()
    dialog.set_checked(set())
    qtbot.waitUntil(
        lambda: dialog.summary.text() == "Tick the sessions to hand over.", timeout=5000
    )
    assert not dialog.save_button.isEnabled()
    dialog.set_checked({chosen.id})
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    assert dialog.checked_sessions() == [chosen.id]
    assert dialog.summary.text() == f"In the file: 1 session and {preview.completed} responses."
    target = tmp_path / "yksi.fbundle"
    text = save_as(qtbot, monkeypatch, dialog, target)
    assert text.startswith(f"Saved in {target}. The file holds 1 session and ")
    plan, completed = imported_elsewhere(tmp_path, target)
    assert (plan.new_sessions, plan.new_responses) == (1, in_chosen)
    assert completed == chosen.completed_responses
    # what is left to hand over no longer holds that session's responses
    left = services.bundles.preview_export(Filters(), since_last_export=True)
    assert left.responses == all_responses(services) - in_chosen


def test_a_hand_over_is_encrypted_once_the_key_is_set(qtbot, home, monkeypatch, tmp_path):
    home.controller.services.bundles.set_recipient(str(x25519.Identity.generate().to_public()))
    dialog = open_handover(qtbot, home)
    assert dialog.encryption.text().startswith("Encrypted for the project manager")
    text = save_as(qtbot, monkeypatch, dialog, tmp_path / "salattu.fbundle")
    assert "It is encrypted for the project manager." in text
    assert home.controller.services.bundles.is_encrypted(tmp_path / "salattu.fbundle")


def test_a_file_that_cannot_be_saved_there_says_so(qtbot, home, monkeypatch, tmp_path):
    dialog = open_handover(qtbot, home)
    target = tmp_path / "no-such-folder" / "x.fbundle"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    click(qtbot, dialog.save_button)
    assert dialog.message is not None and dialog.message.isVisible()
    assert dialog.message.text() == (
        f"The folder {target.parent} does not exist. Create it or choose another one."
    )
    assert not target.parent.exists()
    dialog.message.close()
    kept = tmp_path / "vanha.fbundle"
    kept.write_text("a file of the trainer's")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "vanha"), ""))
    click(qtbot, dialog.save_button)  # the file dialog asked about "vanha", not "vanha.fbundle"
    assert dialog.message.text() == f"{kept} exists already. Choose another name."
    assert kept.read_text() == "a file of the trainer's"
    dialog.message.close()


# -- importing -----------------------------------------------------------------------------
def open_import(qtbot, home) -> Import:
    click(qtbot, button(home, "import_bundles_button"))
    return home.dialog


def drop(dialog, paths: list[Path]) -> None:
    """Drag files from a file manager and drop them on the dialog."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(50, 50), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(50, 50),
        actions,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(dialog, event)


def add_and_check(qtbot, dialog: Import, paths: list[Path], monkeypatch=None) -> None:
    with qtbot.waitSignal(dialog.checked, timeout=30000):
        if monkeypatch is not None:
            monkeypatch.setattr(
                QFileDialog, "getOpenFileNames", lambda *args: ([str(p) for p in paths], "")
            )
            click(qtbot, dialog.add_button)
        else:
            drop(dialog, paths)


def row(dialog: Import, number: int) -> list[str]:
    return [dialog.cell_text(number, column) for column in Import.COLUMNS]


def import_all(qtbot, dialog: Import) -> str:
    with qtbot.waitSignal(dialog.finished_import, timeout=30000) as finished:
        click(qtbot, dialog.import_button)
    return finished.args[0]


def test_two_bundles_previewed_then_imported(qtbot, home, monkeypatch, tmp_path):
    first, first_done, first_all = make_bundle(tmp_path, "lappi", 30, 2, 11)
    second, second_done, second_all = make_bundle(tmp_path, "kuopio", 50, 3, 12)
    services = home.controller.services
    before = services.responses.count()
    dialog = open_import(qtbot, home)
    assert dialog.summary.text() == "No files yet: add the files the trainers handed over."
    assert not dialog.import_button.isEnabled()
    add_and_check(qtbot, dialog, [first], monkeypatch)  # Add files…
    add_and_check(qtbot, dialog, [second, first])  # dropped; the first is there already
    assert dialog.table.rowCount() == 2
    assert row(dialog, 0)[0] == "lappi.fbundle"
    # the new responses are the completed ones, as everywhere else; "already here" counts all
    assert row(dialog, 0)[3:] == ["2", str(first_done), "0", "0", "Ready to import"]
    assert row(dialog, 1)[3:] == ["3", str(second_done), "0", "0", "Ready to import"]
    assert first_done < first_all or second_done < second_all  # the demo leaves a few unfinished
    assert dialog.summary.text() == (
        f"Ready to import from 2 files: 5 new sessions and {first_done + second_done} new "
        "responses."
    )
    assert services.responses.count() == before  # a preview writes nothing
    text = import_all(qtbot, dialog)
    assert text == (
        f"Imported from 2 files: 5 new sessions and {first_done + second_done} new responses."
    )
    assert [row(dialog, n)[-1] for n in (0, 1)] == ["Imported.", "Imported."]
    assert not dialog.import_button.isEnabled()
    assert services.responses.count() == before + first_done + second_done
    assert home.model.rowCount() == 1 + 5  # the home shows the imported sessions at once
    assert home.laptop_filter.isVisible() and home.laptop_filter.count() == 4
    qtbot.waitUntil(lambda: not dialog.findChildren(QThread), timeout=5000)


def test_a_bundle_imported_twice_adds_nothing_the_second_time(qtbot, home, tmp_path):
    bundle, _done, every = make_bundle(tmp_path, "oulu", 20, 1, 13)
    home.controller.services.bundles.import_bundle(bundle)
    dialog = open_import(qtbot, home)
    add_and_check(qtbot, dialog, [bundle])
    nothing_new = "Nothing new: all of it is here already."
    assert row(dialog, 0)[3:] == ["0", "0", str(every), "0", nothing_new]
    assert dialog.summary.text() == "Nothing to import: add more files."
    assert not dialog.import_button.isEnabled()


def test_refused_files_say_why_and_nothing_is_imported(qtbot, home, tmp_path):
    good, _done, _every = make_bundle(tmp_path, "hyva", 10, 1, 14)
    picture = tmp_path / "kuva.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    empty = tmp_path / "tyhja.fbundle"
    empty.write_bytes(b"")
    cut = tmp_path / "katkennut.fbundle"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    locked, _done, _every = make_bundle(
        tmp_path, "salattu", 5, 1, 15, recipient=str(x25519.Identity.generate().to_public())
    )
    services = home.controller.services
    before = (services.responses.count(), len(services.sessions.list()))
    dialog = open_import(qtbot, home)
    add_and_check(qtbot, dialog, [picture, empty, cut, locked, tmp_path / "poissa.fbundle"])
    not_bundle = (
        "This is not a results file (.fbundle) of this app. Choose the file that the trainer "
        "handed over."
    )
    reasons = [row(dialog, n)[-1] for n in range(5)]
    assert reasons[:2] == [not_bundle, not_bundle]
    assert reasons[2].startswith("The file is cut short, perhaps an incomplete copy.")
    assert reasons[3].startswith("The file is encrypted for the project manager, and this laptop")
    assert reasons[4] == "The file is no longer there. Add it again from where it is now."
    assert all(row(dialog, n)[3] == "" for n in range(5))
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == "Nothing to import: add more files."
    assert (services.responses.count(), len(services.sessions.list())) == before
    dialog.table.selectRow(0)
    click(qtbot, dialog.remove_button)
    assert [row(dialog, 0)[0], dialog.table.rowCount()] == ["tyhja.fbundle", 4]


def test_a_bundle_with_conflicts_comes_in_only_when_asked(qtbot, home, tmp_path):
    first, _done, _every = make_bundle(tmp_path, "a", 20, 2, 16)
    home.controller.services.bundles.import_bundle(first)
    with Services(tmp_path / "laptop-a") as laptop:  # edited by hand, revision kept
        edited = laptop.sessions.list()[0].id
        with laptop.store.transaction():
            laptop.store.db.execute("UPDATE sessions SET title = 'Muutettu' WHERE id = ?", [edited])
        laptop.responses.generate_demo(10, 1, 17)
        laptop.bundles.export(tmp_path / "b.fbundle", Filters())
    dialog = open_import(qtbot, home)
    add_and_check(qtbot, dialog, [tmp_path / "b.fbundle"])
    cells = row(dialog, 0)
    assert cells[3] == "1" and cells[6] == "1"
    assert cells[-1].startswith("Has records that differ from those stored here")
    assert not dialog.import_button.isEnabled()
    assert dialog.summary.text() == (
        "Nothing to import yet: tick the box above to import the files with conflicts."
    )
    dialog.skip_conflicts.setChecked(True)
    assert row(dialog, 0)[-1] == ("Ready to import; the conflicting records stay as they are here.")
    assert dialog.import_button.isEnabled()
    import_all(qtbot, dialog)
    assert row(dialog, 0)[-1] == "Imported; the conflicting records stay as they are here."
    titles = {s.title for s in home.controller.services.sessions.list()}
    assert "Muutettu" not in titles


def test_encrypted_bundles_ask_the_passphrase_once(qtbot, home, tmp_path):
    services = home.controller.services
    public = services.bundles.create_key("oikea tunnuslause")
    bundle, done, every = make_bundle(tmp_path, "salattu", 12, 1, 18, recipient=public)
    dialog = open_import(qtbot, home)
    dialog.add_files([bundle])
    asking = dialog.asking
    assert asking is not None and asking.isVisible()
    assert not dialog.import_button.isEnabled()
    asking.field.setText("väärä")
    asking.submit()
    qtbot.waitUntil(lambda: asking.checking is None, timeout=10000)
    assert asking.isVisible()
    assert asking.message.text() == (
        "The passphrase is wrong, so the key was not opened. Type it again."
    )
    asking.field.setText("oikea tunnuslause")
    with qtbot.waitSignal(dialog.checked, timeout=30000):
        asking.submit()
    assert dialog.asking is None
    assert row(dialog, 0)[3:] == ["1", str(done), "0", "0", "Ready to import"]
    import_all(qtbot, dialog)
    assert services.responses.count() == done


def test_cancelling_the_passphrase_leaves_the_file_refused_until_it_is_typed(qtbot, home, tmp_path):
    services = home.controller.services
    public = services.bundles.create_key("oikea tunnuslause")
    bundle, _done, _every = make_bundle(tmp_path, "salattu", 5, 1, 19, recipient=public)
    dialog = open_import(qtbot, home)
    dialog.add_files([bundle])
    with qtbot.waitSignal(dialog.checked, timeout=30000):
        dialog.asking.reject()
    assert row(dialog, 0)[-1].startswith("The file is encrypted: it opens only with the passphrase")
    assert dialog.passphrase_button.isVisible()
    click(qtbot, dialog.passphrase_button)
    assert dialog.asking is not None
    assert row(dialog, 0)[-1] == "Waiting to be checked"
    with qtbot.waitSignal(dialog.checked, timeout=30000):
        dialog.asking.reject()


def test_closing_the_dialog_while_checking_stops_the_check(qtbot, home, tmp_path):
    bundle, _done, _every = make_bundle(tmp_path, "iso", 400, 2, 20)
    dialog = open_import(qtbot, home)
    dialog.add_files([bundle])
    assert dialog.checking is not None
    dialog.reject()
    assert dialog.checking is None
    qtbot.waitUntil(lambda: not home.findChildren(QThread), timeout=5000)


# -- the laptops ---------------------------------------------------------------------------
def test_the_sessions_can_be_shown_per_laptop(qtbot, home, tmp_path):
    assert not home.laptop_filter.isVisible()  # only this laptop so far
    bundle, _done, _every = make_bundle(tmp_path, "rovaniemi", 30, 2, 21)
    services = home.controller.services
    services.bundles.import_bundle(bundle)
    home.refresh()
    own = [s for s in services.sessions.list() if not s.imported]
    other = [s for s in services.sessions.list() if s.imported]
    assert home.laptop_filter.isVisible()
    names = [home.laptop_filter.itemText(i) for i in range(home.laptop_filter.count())]
    laptop = other[0].laptop[:8]
    assert names[:2] == ["All laptops", "This laptop"]
    assert names[2].startswith(f"Laptop {laptop} (")
    assert home.model.rowCount() == len(own) + len(other)
    home.laptop_filter.setCurrentIndex(2)
    assert {home.model.session_at(r).id for r in range(home.model.rowCount())} == {
        s.id for s in other
    }
    assert home.detail._values["origin"].text() == f"From another laptop ({laptop})"
    assert home.detail._values["origin"].isVisible()
    assert not home.start_button.isEnabled() and not home.edit_button.isEnabled()
    home.laptop_filter.setCurrentIndex(1)
    assert [home.model.session_at(r).id for r in range(home.model.rowCount())] == [
        s.id for s in own
    ]
    assert not home.detail._values["origin"].isVisible()
    assert home.start_button.isEnabled()


# -- settings ------------------------------------------------------------------------------
def test_the_project_managers_key_is_stored_and_a_bad_one_refused(qtbot, home):
    bundles = home.controller.services.bundles
    click(qtbot, button(home, "settings_button"))
    dialog = home.dialog
    dialog.recipient.setText("age1-this-is-not-a-key")
    dialog._save()
    assert dialog.isVisible()
    assert dialog.key_message.isVisible()
    assert dialog.key_message.text().startswith("That is not a project manager's public key.")
    assert bundles.recipient() is None
    key = str(x25519.Identity.generate().to_public())
    dialog.recipient.setText(f"  {key}\n")
    dialog._save()
    assert not dialog.isVisible()
    assert bundles.recipient() == key
    click(qtbot, button(home, "settings_button"))
    assert home.dialog.recipient.text() == key
    home.dialog.recipient.setText("")
    home.dialog._save()
    assert bundles.recipient() is None


# -- messages ------------------------------------------------------------------------------
PROBLEMS = [
    "not_bundle",
    "truncated",
    "checksum",
    "too_new",
    "content",
    "encrypted",
    "no_key",
    "wrong_key",
    "wrong_passphrase",
    "passphrase_needed",
    "conflicts",
    "key_exists",
    "bad_key",
    "short_passphrase",
    "empty",
]


@pytest.mark.parametrize("problem", PROBLEMS)
def test_every_refusal_of_a_bundle_has_its_own_message_naming_the_file(qapp, problem):
    exc = BundleError("english text", problem=problem, file="x.fbundle")
    text = error_text(exc)
    assert "english text" not in text
    assert text.endswith("\n\nFile: x.fbundle")
    assert "x.fbundle" not in error_text(exc, with_file=False)


def test_a_refusal_of_a_session_from_another_laptop_says_where_it_is_edited(qapp):
    text = error_text(ImportedSessionError("english"))
    assert text.startswith("This session was created on another laptop")


def test_the_messages_are_finnish_in_a_finnish_window(qapp):
    from feedback_app.ui.i18n import Translations

    translations = Translations()
    translations.install("fi")
    try:
        text = error_text(BundleError("x", problem="not_bundle", file="a.fbundle"))
    finally:
        translations.uninstall()
    assert text == (
        "Tämä ei ole sovelluksen siirtotiedosto (.fbundle). Valitse kouluttajan luovuttama "
        "tiedosto.\n\nTiedosto: a.fbundle"
    )


def test_a_file_that_cannot_be_written_is_said_in_the_interface_language(qapp):
    from feedback_app.services.types import OutputError
    from feedback_app.ui.i18n import Translations

    refusal = OutputError("folder /media/usb is read-only", reason="read_only", path="/media/usb")
    translations = Translations()
    for language, expected in (
        ("fi", "Kansioon /media/usb ei voi kirjoittaa. Valitse toinen kansio."),
        ("sv", "Mappen /media/usb är skrivskyddad. Välj en annan mapp."),
        ("en", "The folder /media/usb is read-only. Choose another folder."),
    ):
        translations.install(language)
        try:
            assert error_text(refusal) == expected
        finally:
            translations.uninstall()
