"""The Qt bindings in use keep Python's reference counts right over a long kiosk day.

PySide6 6.12.0 dropped a reference to ``True`` on every ``Signal.emit()`` under Python 3.11; a
kiosk crashed after a few thousand emits. pyproject.toml leaves that version out; this test
catches a release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()
    valued = Signal(int)


def test_emitting_signals_leaves_reference_counts_of_booleans_alone(qapp):
    emitter = _Emitter()
    received = []
    emitter.valued.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for i in range(200):
        emitter.fired.emit()
        emitter.valued.emit(i)
    after = (sys.getrefcount(True), sys.getrefcount(False))
    assert received == list(range(200))
    assert after == before
