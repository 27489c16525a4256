"""The trainer's home: sessions created, edited, closed and reopened through the screens."""

from __future__ import annotations

import pytest
from builtin_items import AGREEMENT
from ui_helpers import click

from feedback_app.app import create_app_window
from feedback_app.domain.sessions import SessionDraft


def submit_responses(store, session_id, count, value=4):
    session = store.sessions.get(session_id)
    q = store.questionnaires.get(session.questionnaire_id, session.questionnaire_version)
    for _ in range(count):
        store.responses.submit(
            session_id, q, "fi", {qid: value for qid in AGREEMENT} | {"overall": 5}
        )


def test_first_start_has_a_session_for_today(home):
    sessions = home.controller.services.store.sessions.list()
    assert len(sessions) == 1 and sessions[0].title.startswith("Training ")
    assert home.selected_id() == sessions[0].id
    assert home.start_button.isEnabled()
    assert home.pin_notice.isVisible()


def test_create_session_through_the_dialog(qtbot, home):
    click(qtbot, home.findChild(type(home.start_button), "new_session_button"))
    dialog = home.dialog
    dialog.title.setText("")
    dialog.session_date.setText("2026-13-40")
    dialog._save()
    assert dialog.error_text("title") == "Give the training a title."
    assert dialog.error_text("session_date").startswith("Write the date as dd.mm.yyyy")
    assert dialog.isVisible()
    dialog.title.setText("Tunnistaminen ja auttamisjärjestelmä")
    dialog.session_date.setText("3.12.2026")
    dialog.organisation.setCurrentText("Lapin poliisilaitos")
    dialog.audience.setCurrentIndex(dialog.audience.findData("border_guards"))
    dialog.location.setText("Rovaniemi")
    dialog.trainers.setText("Anna A., Bertil B.")
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    dialog.expected.setValue(24)
    dialog._save()
    assert not dialog.isVisible()
    store = home.controller.services.store
    created = next(s for s in store.sessions.list() if s.title.startswith("Tunnistaminen"))
    assert (created.session_date, created.organisation, created.audience) == (
        "2026-12-03",
        "Lapin poliisilaitos",
        "border_guards",
    )
    assert (created.location, created.trainers, created.default_language) == (
        "Rovaniemi",
        "Anna A., Bertil B.",
        "sv",
    )
    assert created.expected_participants == 24 and not created.closed
    assert home.selected_id() == created.id  # newest date first and selected
    assert home.model.data(home.model.index(0, 1)) == "Tunnistaminen ja auttamisjärjestelmä"
    assert home.detail._values["meta"].text() == (
        "3 Dec 2026  ·  Lapin poliisilaitos  ·  Border guards  ·  Rovaniemi  ·  Svenska"
    )


def test_a_typed_organisation_joins_the_list(qtbot, home):
    services = home._services
    services.sessions.create(
        SessionDraft(title="X", session_date="2026-11-01", organisation="Tullin koulutus")
    )
    assert "Tullin koulutus" in services.settings.organisations()
    assert services.settings.organisations()[0] == "Helsingin poliisilaitos"


def test_edit_close_and_reopen(qtbot, home):
    store = home.controller.services.store
    session_id = home.selected_id()
    click(qtbot, home.edit_button)
    dialog = home.dialog
    assert dialog.title.text() == store.sessions.get(session_id).title
    dialog.title.setText("Uusi nimi")
    dialog._save()
    assert store.sessions.get(session_id).title == "Uusi nimi"
    assert home.close_button.text() == "Close session"
    with qtbot.waitSignal(home.session_closed, timeout=10000):  # tidied in the background
        click(qtbot, home.close_button)
    assert store.sessions.get(session_id).closed
    assert not home.start_button.isEnabled()
    assert home.close_button.text() == "Reopen session"
    assert home.model.data(home.model.index(0, 4)) == "Closed"
    click(qtbot, home.close_button)
    assert not store.sessions.get(session_id).closed
    assert home.start_button.isEnabled()


def test_sessions_are_listed_newest_first_with_counts(home):
    services = home._services
    for day in ("2026-01-05", "2026-03-01", "2025-12-24"):
        services.sessions.create(SessionDraft(title=day, session_date=day, organisation="PolAMK"))
    old = next(s for s in services.sessions.list() if s.title == "2026-03-01")
    submit_responses(home.controller.services.store, old.id, 3)
    home.refresh()
    dates = [home.model.data(home.model.index(r, 0)) for r in range(home.model.rowCount())]
    assert dates[1:] == ["1 Mar 2026", "5 Jan 2026", "24 Dec 2025"]
    row = home.model.row_of(old.id)
    assert home.model.data(home.model.index(row, 3)) == "3"
    assert home.model.data(home.model.index(row, 2)) == "PolAMK"


@pytest.mark.parametrize("count, withheld", [(4, True), (5, False)])
def test_minimum_group_size_holds_in_the_session_results(home, count, withheld):
    session_id = home.selected_id()
    submit_responses(home.controller.services.store, session_id, count, value=5)
    home.refresh()
    detail = home.detail
    assert detail.cell(0, 0) == "The training was interesting."
    assert detail.cell(0, 1) == str(count)  # counts are always shown
    if withheld:
        assert detail.cell(0, 2) == "fewer than 5 responses"
        assert detail.cell(0, 3) == ""
        texts = " ".join(detail.cell(r, c) for r in range(7) for c in range(4))
        assert "%" not in texts and "5.00" not in texts
    else:
        assert detail.cell(0, 2) == "100.0\u00a0%"
        assert detail.cell(0, 3) == "5.00"


def test_minimum_group_size_setting_is_used(qtbot, home):
    submit_responses(home.controller.services.store, home.selected_id(), 4)
    click(qtbot, home.findChild(type(home.start_button), "settings_button"))
    dialog = home.dialog
    dialog.minimum.setValue(3)
    dialog.idle.setValue(45)
    dialog.thank_you.setValue(5)
    dialog.incomplete.setCurrentIndex(1)
    dialog._save()
    settings = home.controller.services.store.settings
    assert settings.get("minimum_group_size") == 3
    assert settings.get("idle_timeout_seconds") == 45
    assert settings.get("thank_you_seconds") == 5
    assert settings.get("keep_incomplete") is True
    assert home.detail.cell(0, 2) == "100.0\u00a0%"


def test_idle_timeout_cannot_be_set_below_15_seconds(qtbot, home):
    click(qtbot, home.findChild(type(home.start_button), "settings_button"))
    home.dialog.idle.setValue(3)
    assert home.dialog.idle.value() == 15
    with pytest.raises(ValueError):
        home.controller.services.store.settings.set("idle_timeout_seconds", 10)


def test_pin_can_be_set_and_changed_with_the_old_one(qtbot, home):
    click(qtbot, home.pin_button)
    dialog = home.dialog
    dialog.new.setText("4321")
    dialog.repeat.setText("4321")
    dialog._submit()
    assert not home.pin_notice.isVisible()
    assert home.pin_button.text() == "Change PIN…"
    click(qtbot, home.pin_button)
    dialog = home.dialog
    dialog.old.setText("0000")
    dialog.new.setText("9876")
    dialog.repeat.setText("9876")
    dialog._submit()
    assert dialog.message.text() == "Wrong PIN. 4 tries left before a pause."
    dialog.old.setText("4321")
    dialog._submit()
    assert home.controller.services.store.pin.check("9876").accepted


@pytest.mark.parametrize(
    "language, agree, mean", [("fi", "60,0\u00a0%", "4,20"), ("sv", "60,0\u00a0%", "4,20")]
)
def test_results_use_the_decimal_comma_in_finnish_and_swedish(
    qtbot, data_dir, language, agree, mean
):
    window = create_app_window(data_dir, language=language)
    qtbot.addWidget(window)
    store = window.controller.services.store
    session_id = window.selected_id()
    submit_responses(store, session_id, 3, value=5)
    submit_responses(store, session_id, 2, value=3)
    window.refresh()
    assert window.detail.cell(0, 1) == "5"
    assert (window.detail.cell(0, 2), window.detail.cell(0, 3)) == (agree, mean)
    store.close()


def test_a_session_without_responses_says_so_instead_of_an_empty_table(home):
    assert home.detail.results_note.text() == (
        "No completed responses yet: the results appear here as participants answer."
    )
    assert not home.detail.views.isVisible()  # neither chart nor table
    submit_responses(home.controller.services.store, home.selected_id(), 1)
    home.refresh()
    assert home.detail.views.isVisible()
    assert home.detail.results_note.text().startswith("Results count completed responses only.")
