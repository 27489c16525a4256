"""Trainer PIN: hashing, format, lock-out timings with an injectable clock, reset."""

from __future__ import annotations

import pytest

from feedback_app.domain.pin import hash_pin, pin_format_ok, verify_pin
from feedback_app.store import Store
from feedback_app.store.pin import HASH_KEY, PinOutcome, TrainerPin


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def pin(store, clock):
    p = TrainerPin(store.settings, clock)
    assert p.set_first("2468").accepted
    return p


@pytest.mark.parametrize("text", ["1234", "000000000000", "9876"])
def test_pin_format_accepts_4_to_12_digits(text):
    assert pin_format_ok(text)


@pytest.mark.parametrize("text", ["123", "1234567890123", "12a4", "", "١٢٣٤", "12 34"])
def test_pin_format_refuses_others(text):
    assert not pin_format_ok(text)


def test_only_a_salted_hash_is_stored(store, pin):
    stored = store.settings.get(HASH_KEY)
    assert "2468" not in stored and stored.startswith("scrypt$")
    assert hash_pin("2468") != hash_pin("2468")  # salted
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)
    raw = store.db.execute("SELECT group_concat(value) FROM settings").fetchone()[0]
    assert "2468" not in raw


def test_five_wrong_tries_lock_for_30_s_then_doubling(pin, clock):
    for left in (4, 3, 2, 1):
        result = pin.check("0000")
        assert (result.outcome, result.tries_left) == (PinOutcome.WRONG, left)
    fifth = pin.check("0000")
    assert fifth.outcome is PinOutcome.LOCKED and fifth.seconds_left == 30
    clock.now += 29
    assert pin.check("2468").outcome is PinOutcome.LOCKED  # even the right PIN waits
    clock.now += 1
    sixth = pin.check("1111")
    assert sixth.outcome is PinOutcome.LOCKED and sixth.seconds_left == 60
    clock.now += 60
    seventh = pin.check("1111")
    assert seventh.seconds_left == 120
    clock.now += 120
    assert pin.check("2468").accepted
    assert pin.check("0000").outcome is PinOutcome.WRONG  # the count starts again


def test_lock_survives_a_restart(data_dir, clock):
    first = Store(data_dir)
    p = TrainerPin(first.settings, clock)
    p.set_first("1357")
    for _ in range(5):
        p.check("0000")
    first.close()
    second = Store(data_dir)
    again = TrainerPin(second.settings, clock)
    assert again.check("1357").outcome is PinOutcome.LOCKED
    clock.now += 30
    assert again.check("1357").accepted
    second.close()


def test_change_needs_the_old_pin(pin):
    assert pin.change("1111", "5555").outcome is PinOutcome.WRONG
    assert pin.change("2468", "55a5").outcome is PinOutcome.BAD_FORMAT
    assert pin.change("2468", "5555").accepted
    assert pin.check("5555").accepted and not pin.check("2468").accepted


def test_set_first_only_once_and_reset_keeps_data(store, pin):
    assert not pin.set_first("9999").accepted
    session = store.default_session("Koulutus")
    pin.reset()
    assert not pin.is_set()
    assert pin.check("2468").outcome is PinOutcome.NOT_SET
    assert store.sessions.get(session.id).title == "Koulutus"
