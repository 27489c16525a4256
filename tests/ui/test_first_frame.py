"""The kiosk shows its first frame before the database library loads, then opens the store."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from feedback_app.store import Store

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from feedback_app.app import create_app_window, ensure_application
    app = ensure_application()
    window = create_app_window(Path(sys.argv[1]), kiosk=True)
    before = "sqlite_utils" in sys.modules
    window.show()
    for _ in range(20):
        app.processEvents()
    print(before, window.welcome.title(), "sqlite_utils" in sys.modules,
          window._service._services is not None, window._flow is not None)
    """
)


def test_first_frame_without_database_library_then_store_opens(data_dir):
    store = Store(data_dir)
    store.default_session("Koulutus")
    store.close()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "Koulutus", "True", "True", "True"]
