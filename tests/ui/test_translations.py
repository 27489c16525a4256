"""Every interface text is translated into Finnish and Swedish, and the .qm files are current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
#: Qt's tools installed with PySide6, beside the running interpreter (not looked up on PATH).
TOOLS = Path(sys.executable).parent
TRANSLATIONS = ROOT / "feedback_app" / "resources" / "translations"


# Texts that are rightly the same in Finnish or Swedish as in English.
SAME_IN_TRANSLATION = {
    "n", " s", "Status", "Organisation", "Id", "Version", "Median", "SD", "(version %1)",
}  # fmt: skip


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in tree.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_text_is_translated(lang):
    for (context, source), translation in messages(
        TRANSLATIONS / f"feedback_app_{lang}.ts"
    ).items():
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), source
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(f and f.strip() for f in forms), (context, source)
        if lang != "en" and not forms[0].startswith("%"):
            # A translation identical to the English source is usually a forgotten one.
            assert forms[0] != source or source in SAME_IN_TRANSLATION, (context, source)


def test_ts_files_cover_exactly_the_texts_in_the_sources(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "feedback_app").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    assert set(messages(fresh)) == set(messages(TRANSLATIONS / "feedback_app_fi.ts"))


def test_compiled_translations_match_their_sources(tmp_path):
    for lang in ("fi", "sv", "en"):
        compiled = tmp_path / f"{lang}.qm"
        subprocess.run(
            [
                str(TOOLS / "pyside6-lrelease"),
                str(TRANSLATIONS / f"feedback_app_{lang}.ts"),
                "-qm",
                str(compiled),
            ],
            check=True,
            capture_output=True,
        )
        shipped = TRANSLATIONS / f"feedback_app_{lang}.qm"
        assert shipped.read_bytes() == compiled.read_bytes(), (
            f"run scripts/update_translations.py ({lang})"
        )


def test_finnish_kiosk_texts_come_through_the_translator(qapp):
    from feedback_app.ui.i18n import Translations

    translations = Translations()
    assert translations.text("fi", "QuestionPage", "Next") == "Seuraava"
    assert translations.text("sv", "QuestionPage", "Next") == "Nästa"
    assert translations.text("sv", "WelcomePage", "Start in English") == "Börja på svenska"
