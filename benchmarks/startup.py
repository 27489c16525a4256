"""Start to the first painted frame: the kiosk against a bare PySide6 window, in the same run.

    python benchmarks/startup.py [--runs 9]

Each measurement is a fresh Python process (imports included), timed from just before it is
spawned until the window's first paint event. Target: kiosk / bare <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

BARE = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel
    app = QApplication(sys.argv[:1])
    window = QLabel("Hello")
    """
)
KIOSK = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject
    from feedback_app.app import create_app_window, ensure_application
    app = ensure_application()
    window = create_app_window(Path(sys.argv[1]), kiosk=True)
    """
)
SHOW = textwrap.dedent(
    """
    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                print(time.time(), flush=True)
                os._exit(0)  # the kiosk refuses to close without the PIN, so app.quit() won't
            return False
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1280, 800)
    window.show()
    app.exec()
    """
)


def measure(code: str, data_dir: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code + SHOW, data_dir],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return float(out.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp()
    measure(KIOSK, data_dir)  # first start creates the database; later starts are typical
    bare, kiosk = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare.append(measure(BARE, data_dir))
        kiosk.append(measure(KIOSK, data_dir))
    b, k = statistics.median(bare), statistics.median(kiosk)
    print(f"bare PySide6 window: median {b * 1000:.0f} ms over {args.runs} runs")
    print(f"kiosk welcome screen: median {k * 1000:.0f} ms over {args.runs} runs")
    print(f"ratio kiosk / bare: {k / b:.2f} (target <= 1.50)")


if __name__ == "__main__":
    main()
