"""Refresh the Qt Linguist files from the sources and compile them.

    python scripts/update_translations.py          # lupdate, then lrelease
    python scripts/update_translations.py --check  # only compile; fail on unfinished texts

Translators edit ``feedback_app/resources/translations/feedback_app_<lang>.ts`` (Qt Linguist
or any XML editor); the compiled ``.qm`` files ship inside the package.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "feedback_app"
#: Qt's tools installed with PySide6, beside the running interpreter (not looked up on PATH).
TOOLS = Path(sys.executable).parent
TRANSLATIONS = PACKAGE / "resources" / "translations"
LANGUAGES = ("fi", "sv", "en")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"feedback_app_{lang}.ts"


def main() -> int:
    if "--check" not in sys.argv:
        for lang in LANGUAGES:
            subprocess.run(
                [
                    str(TOOLS / "pyside6-lupdate"),
                    *sources(),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-target-language",
                    lang,
                    "-ts",
                    str(ts_file(lang)),
                ],
                cwd=ROOT,
                check=True,
            )
    for lang in LANGUAGES:
        subprocess.run(
            [
                str(TOOLS / "pyside6-lrelease"),
                str(ts_file(lang)),
                "-qm",
                str(TRANSLATIONS / f"feedback_app_{lang}.qm"),
            ],
            cwd=ROOT,
            check=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
