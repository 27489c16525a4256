"""Save a picture of every screen in Finnish, Swedish and English, for looking at them.

    python scripts/screenshots.py OUTPUT_DIR

Runs offscreen at 1366x768 on demo data (nothing of the user's own data is read or written):
the kiosk's pages of every question type, the trainer's home, every dialog and message, the
questionnaire editor and the review window's tabs, as ``OUTPUT_DIR/<language>/NN_<screen>.png``.
The screens are those of the language walk in ``tests/ui/screen_walk.py``. Three of the
English ones are also written to ``docs/screenshots/`` for the README.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]

from screen_walk import Walk  # noqa: E402

from feedback_app.app import ensure_application  # noqa: E402

LANGUAGES = ("fi", "sv", "en")
#: The screens the README shows: (screen, file in docs/screenshots), in English.
README = {
    "kiosk_01_likert_interesting": "kiosk.png",
    "home": "trainer-home.png",
    "review_1_agreement": "review.png",
}


def shoot(language: str, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as folder, Walk(Path(folder), language) as walk:
        for number, (name, widget) in enumerate(walk.screens()):
            path = out / f"{number:02d}_{name}.png"
            widget.grab().save(str(path))
            saved.append(path)
            if language == "en" and name in README:
                widget.grab().save(str(ROOT / "docs" / "screenshots" / README[name]))
    return saved


def main(out: Path) -> int:
    ensure_application()
    (ROOT / "docs" / "screenshots").mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        saved = shoot(language, out / language)
        print(f"{language}: {len(saved)} screens in {out / language}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1])))
