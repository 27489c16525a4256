"""The application folder built with PyInstaller starts: each window draws its first frame.

Slow (a build takes a minute or so), so it runs only in the long run and only where PyInstaller
is installed: ``python -m pip install -e ".[build,test]"``, then
``python -m pytest --long tests/test_build.py``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from long_run import LONG

ROOT = Path(__file__).resolve().parents[1]

pytest.importorskip("PyInstaller")
pytestmark = pytest.mark.skipif(not LONG, reason="builds the whole app: run with --long")


def test_built_folder_starts_to_its_first_frame(tmp_path):
    dist = tmp_path / "dist"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "build_app.py"),
            "--dist",
            str(dist),
            "--work",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    for window in ("start_window", "kiosk_window", "review_window"):
        assert f"({window})" in result.stdout
    if not sys.platform.startswith("win"):
        assert "--version: feedback-app 0.1.0" in result.stdout

    folder = dist / "feedback-app"
    bundled = {path.relative_to(folder).as_posix() for path in folder.rglob("*")}
    resources = "_internal/feedback_app/resources"
    assert f"{resources}/questionnaires/ihme-feedback.json" in bundled
    assert f"{resources}/theme/app.qss" in bundled
    for lang in ("fi", "sv", "en"):
        assert f"{resources}/translations/feedback_app_{lang}.qm" in bundled
    names = " ".join(Path(path).name for path in bundled)
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Multimedia", "numpy"):
        assert unused not in names
