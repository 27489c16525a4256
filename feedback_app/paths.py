"""Where the application keeps its data and where its bundled resources are."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "feedback-app"
ENV_DATA_DIR = "FEEDBACK_APP_DATA_DIR"
DB_FILENAME = "feedback.db"
RESOURCES = Path(__file__).resolve().parent / "resources"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data directory: ``--data-dir``, else $FEEDBACK_APP_DATA_DIR, else the user data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    import platformdirs  # only here: the kiosk's quick start passes the folder explicitly

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(directory: Path) -> Path:
    return directory / DB_FILENAME


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
