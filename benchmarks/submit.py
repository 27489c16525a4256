"""Submit latency: from the last tap to the thank-you screen, durable commit included.

    python benchmarks/submit.py [--responses 1000000] [--submits 300]

Measured on a database already holding --responses completed responses and, in the same run,
on an empty one as the baseline. Target: 99th percentile under 50 ms with 1,000,000 responses.
The large database is kept in benchmarks/.cache between runs (it takes a while to build).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from filldb import fill  # noqa: E402

from feedback_app.app import create_app_window, ensure_application  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"


def database_with(responses: int) -> Path:
    folder = CACHE / f"responses-{responses}"
    if not (folder / "feedback.db").exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building a database of {responses:,} responses (once)...", flush=True)
        started = time.perf_counter()
        fill(folder, responses)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def measure(data_dir: Path, submits: int) -> list[float]:
    app = ensure_application()
    kiosk = create_app_window(data_dir, kiosk=True)
    kiosk.resize(1280, 800)
    kiosk.show()
    app.processEvents()
    timings = []
    for i in range(submits):
        kiosk.start_respondent(("fi", "sv", "en")[i % 3])
        app.processEvents()  # as the event loop would between taps
        while True:
            page = kiosk.question_page
            question = kiosk.current_question
            if question.type in ("likert", "rating"):
                page.answer_widget().set_value(1 + i % 5)
            if question.id == "improve":
                break
            kiosk.go_next()
            app.processEvents()
        started = time.perf_counter()
        kiosk.go_next()  # the last tap
        app.processEvents()  # the thank-you screen is drawn
        timings.append(time.perf_counter() - started)
        assert kiosk.stack.currentWidget() is kiosk.thanks
        time.sleep(0.3)  # the thank-you screen stays a while; housekeeping runs then
        app.processEvents()
        kiosk.thanks.finish()
        app.processEvents()
    kiosk.controller.services.close()
    kiosk.deleteLater()
    app.processEvents()
    return timings


def p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--submits", type=int, default=300)
    args = parser.parse_args()
    big = database_with(args.responses)
    work = Path(tempfile.mkdtemp())
    shutil.copytree(big, work / "big")
    empty = measure(work / "empty", args.submits)
    full = measure(work / "big", args.submits)
    for name, values in (("empty database", empty), (f"{args.responses:,} responses", full)):
        print(
            f"{name:>22}: median {statistics.median(values) * 1000:6.1f} ms, "
            f"p99 {p99(values) * 1000:6.1f} ms over {len(values)} submits"
        )
    print(f"ratio p99 full / empty: {p99(full) / p99(empty):.2f}")
    print(f"p99 with {args.responses:,} responses: {p99(full) * 1000:.1f} ms (target < 50 ms)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
