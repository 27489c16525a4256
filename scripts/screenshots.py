"""Render every kiosk and trainer screen in fi, sv and en to PNG files, for looking at them.

QT_QPA_PLATFORM=offscreen python scripts/screenshots.py OUTPUT_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from feedback_app.app import create_app_window, ensure_application  # noqa: E402


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = ensure_application()
    for lang in ("fi", "sv", "en"):
        data = Path(tempfile.mkdtemp())
        start = create_app_window(data, language=lang)
        start.resize(1000, 700)
        start.show()
        app.processEvents()
        start.grab().save(str(out / f"{lang}_00_start.png"))
        kiosk = start.controller.build_kiosk(start.controller.store.sessions.list()[0].id)
        kiosk.resize(1280, 800)
        kiosk.show()
        app.processEvents()
        kiosk.grab().save(str(out / f"{lang}_01_welcome.png"))
        kiosk.start_respondent(lang)
        index = 2
        while kiosk.current_question is not None:
            app.processEvents()
            q = kiosk.current_question
            kiosk.grab().save(str(out / f"{lang}_{index:02d}_{q.id}.png"))
            if index == 2:
                kiosk.go_next()  # unanswered: shows the inline message
                app.processEvents()
                kiosk.grab().save(str(out / f"{lang}_{index:02d}_{q.id}_required.png"))
            widget = kiosk.question_page.answer_widget()
            if q.type in ("likert", "rating"):
                widget.set_value(4)
            kiosk.go_next()
            index += 1
        app.processEvents()
        kiosk.grab().save(str(out / f"{lang}_{index:02d}_thanks.png"))
        kiosk.thanks.stop()
        kiosk.close()
        start.close()
        start.controller.store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "shots"))
