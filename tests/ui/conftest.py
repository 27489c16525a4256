"""Fixtures and helpers the trainer-screen tests share."""

from __future__ import annotations

import pytest

from feedback_app.app import create_app_window


@pytest.fixture
def home(qtbot, data_dir):
    """The trainer's home window in English, on a fresh data folder."""
    window = create_app_window(data_dir, language="en")
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    yield window
    exporter = getattr(window, "exporter", None)
    if exporter is not None and exporter.message is not None:
        exporter.message.close()
    window.controller.services.store.close()


@pytest.fixture
def kiosk(qtbot, data_dir):
    """The kiosk in English on a fresh data folder (a module may define its own)."""
    window = create_app_window(data_dir, kiosk=True, language="en")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    window.close_unlocked()
    window.controller.services.store.close()
