"""A questionnaire version that responses refer to never changes; an edit becomes version + 1."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from feedback_app.domain.questionnaire import Questionnaire
from feedback_app.domain.sessions import SessionDraft
from feedback_app.domain.validation import parse_questionnaire

ANSWERS = {
    "interesting": 5,
    "practical": 4,
    "understandable": 4,
    "necessary": 3,
    "identify_victims": 4,
    "know_whom_to_consult": 2,
    "overall": 5,
}


def definition(title: str, version: int = 1) -> Questionnaire:
    """A small questionnaire of its own id, so the built-in one is left alone."""
    data: dict[str, Any] = {
        "id": "course",
        "version": version,
        "title": {"fi": title, "en": title},
        "languages": ["fi", "en"],
        "sections": [
            {
                "id": "s",
                "questions": [
                    {
                        "id": "overall",
                        "type": "rating",
                        "required": True,
                        "text": {"fi": "Kokonaisarvio", "en": "Overall"},
                        "min": 1,
                        "max": 5,
                    }
                ],
            }
        ],
    }
    return parse_questionnaire(data)


def rows(store) -> list[tuple[Any, ...]]:
    return store.db.execute(
        "SELECT id, version, title, definition, created_on FROM questionnaires "
        "WHERE id = 'course' ORDER BY version"
    ).fetchall()


def respond(store, q: Questionnaire, answers: dict[str, Any] | None = None):
    """A session on ``q`` with one response: ``q`` is in use from now on."""
    draft = SessionDraft(title="Kurssi", session_date="2026-05-12")
    session = store.sessions.create(draft, q.id, q.version)
    store.responses.submit(session.id, q, "fi", answers or {"overall": 4})
    return session


def test_a_new_id_is_stored_as_it_is(store):
    result = store.questionnaires.save(definition("A"))
    assert (result.outcome, result.requested_version, result.questionnaire.version) == (
        "new",
        1,
        1,
    )
    assert store.questionnaires.get("course", 1) == definition("A")
    assert [r[:3] for r in rows(store)] == [("course", 1, "A")]


def test_an_edit_of_a_version_without_responses_replaces_it(store):
    store.questionnaires.save(definition("A"))
    result = store.questionnaires.save(definition("B"))
    assert (result.outcome, result.requested_version, result.questionnaire.version) == (
        "replaced",
        1,
        1,
    )
    assert [r[:3] for r in rows(store)] == [("course", 1, "B")]
    assert store.questionnaires.get("course", 1).title == {"fi": "B", "en": "B"}
    assert not store.questionnaires.in_use("course", 1)


def test_an_edit_of_a_version_in_use_is_stored_as_the_next_version(store):
    store.questionnaires.save(definition("A"))
    respond(store, definition("A"))
    assert store.questionnaires.in_use("course", 1)
    before = rows(store)
    stored_json = store.questionnaires.definition_json("course", 1)
    result = store.questionnaires.save(definition("B"))
    assert (result.outcome, result.requested_version, result.questionnaire.version) == (
        "new_version",
        1,
        2,
    )
    after = rows(store)
    assert after[0] == before[0]
    assert store.questionnaires.definition_json("course", 1) == stored_json
    assert after[1][:3] == ("course", 2, "B")
    assert store.questionnaires.get("course", 2) == replace(definition("B"), version=2)
    assert store.questionnaires.latest("course").version == 2


def test_the_next_version_follows_the_latest_one_not_the_edited_one(store):
    store.questionnaires.save(definition("A"))
    respond(store, definition("A"))
    store.questionnaires.save(definition("B"))
    store.questionnaires.save(definition("C", version=3))
    result = store.questionnaires.save(definition("D"))
    assert (result.outcome, result.questionnaire.version) == ("new_version", 4)
    assert [r[1:3] for r in rows(store)] == [(1, "A"), (2, "B"), (3, "C"), (4, "D")]


def test_the_session_keeps_its_version_and_its_wording(store):
    store.questionnaires.save(definition("A"))
    session = respond(store, definition("A"))
    store.questionnaires.save(definition("B"))
    kept = store.sessions.get(session.id)
    assert (kept.questionnaire_id, kept.questionnaire_version) == ("course", 1)
    q = store.questionnaires.get(kept.questionnaire_id, kept.questionnaire_version)
    assert q.title_in("fi") == "A"
    store.responses.submit(session.id, q, "fi", {"overall": 2})
    versions = store.db.execute(
        "SELECT questionnaire_version, count(*) FROM responses WHERE session_id = ? "
        "GROUP BY questionnaire_version",
        [session.id],
    ).fetchall()
    assert versions == [(1, 2)]


def test_saving_the_same_definition_again_changes_nothing(store):
    store.questionnaires.save(definition("A"))
    respond(store, definition("A"))
    before = rows(store)
    result = store.questionnaires.save(definition("A"))
    assert (result.outcome, result.questionnaire) == ("unchanged", definition("A"))
    assert rows(store) == before


@pytest.mark.parametrize("used", [False, True])
def test_the_builtin_questionnaire_follows_the_same_rules(store, used: bool):
    builtin = store.questionnaires.latest("ihme-feedback")
    if used:
        respond(store, builtin, ANSWERS)
    edited = replace(builtin, title={**builtin.title, "en": "Edited"})
    result = store.questionnaires.save(edited)
    assert result.outcome == ("new_version" if used else "replaced")
    assert store.questionnaires.get("ihme-feedback", 1).title["en"] == (
        "Training feedback" if used else "Edited"
    )
