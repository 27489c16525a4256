"""Review window speed on a large database, against the JSON report of the same filters.

    python benchmarks/review.py [--responses 1000000] [--changes 50] [--seed 3]

Uses the database of report.py (--responses completed responses, eight organisations, built
once into benchmarks/.cache), copied, and the window offscreen (QT_QPA_PLATFORM=offscreen):

- first drawing: from creating the review window (the services of the data folder already
  open, as when the trainer's home opens it) until its figures, chart, comparison and trend
  are shown — the comments, read in a job of their own, are not waited for;
- filter changes: --changes random filter settings (organisations, audiences, a date range,
  answer languages), each from the change (the 150 ms pause the window waits for more typing
  left out) until the figures, chart, comparison and trend of that setting are shown;
- baseline: for each setting, the JSON report of the same filters in the same process
  (``results.report`` and every row's ``to_dict``), what ``feedback-app report --format json``
  computes.

Targets: first drawing < 1.5 s; filter change < 0.3 s at the 95th percentile.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import AUDIENCES, ORGANISATIONS, database_with, without_pandas  # noqa: E402

without_pandas()

from PySide6.QtWidgets import QApplication  # noqa: E402

from feedback_app.services import Services  # noqa: E402
from feedback_app.services.types import Filters  # noqa: E402
from feedback_app.ui.review.window import ReviewWindow  # noqa: E402

MAIN_PARTS = frozenset({"overview", "comparison", "trend"})
FIRST_TARGET_S = 1.5
CHANGE_TARGET_S = 0.3


def random_filters(rng: random.Random, first: str, last: str) -> Filters:
    days = sorted(rng.sample(range(0, 200), 2))
    start = date_after(first, days[0]) if rng.random() < 0.5 else None
    end = date_after(first, days[1]) if start and rng.random() < 0.7 else None
    return Filters(
        date_from=start,
        date_to=min(end, last) if end else None,
        organisations=tuple(rng.sample(ORGANISATIONS, rng.choice((0, 0, 1, 2, 3)))),
        audiences=tuple(rng.sample(AUDIENCES, rng.choice((0, 0, 1, 2)))),
        languages=tuple(rng.sample(("fi", "sv", "en"), rng.choice((0, 0, 0, 1)))),
    )


def date_after(first: str, days: int) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(first) + timedelta(days=days)).isoformat()


def wait_until_shown(app: QApplication, window: ReviewWindow, serial: int) -> float:
    """Process events until the answer of request ``serial`` (the main parts) is shown."""
    started = time.perf_counter()
    while window.shown_serial < serial:
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--changes", type=int, default=50)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    source = database_with(args.responses)
    work = Path(tempfile.mkdtemp(prefix="review-benchmark-"))
    try:
        folder = work / "data"
        shutil.copytree(source, folder)
        run(folder, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(folder: Path, args: argparse.Namespace) -> None:
    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    services = Services(folder)
    opened = time.perf_counter() - started
    print(
        f"database: {args.responses:,} responses (services opened in {opened:.1f} s, not counted)"
    )
    original = ReviewWindow._answered

    def answered(self, job, answer):  # noqa: ANN001, ANN202 - records when the main parts show
        serial, parts = self._jobs.get(job, (0, frozenset()))
        original(self, job, answer)
        if parts >= MAIN_PARTS and serial >= self.shown_serial:
            self.shown_serial = serial

    ReviewWindow._answered = answered
    ReviewWindow.shown_serial = 0
    started = time.perf_counter()
    window = ReviewWindow(services, "fi")
    window.resize(1366, 768)
    window.show()
    first = (time.perf_counter() - started) + wait_until_shown(app, window, 1)
    choices = services.review.choices()
    rng = random.Random(args.seed)
    changes, reports = [], []
    for _ in range(args.changes):
        filters = random_filters(rng, choices.first_date, choices.last_date)
        window.filter_bar.filters = lambda filters=filters: filters  # as if the user chose it
        before = window._serial
        started = time.perf_counter()
        window.request(MAIN_PARTS | {"comments"})
        changes.append((time.perf_counter() - started) + wait_until_shown(app, window, before + 1))
        started = time.perf_counter()
        json.dumps([r.to_dict("fi") for r in services.results.report(filters)])
        reports.append(time.perf_counter() - started)
    window.shutdown()
    services.close()
    p95 = statistics.quantiles(changes, n=20)[-1]
    p95_report = statistics.quantiles(reports, n=20)[-1]
    print(
        f"first full drawing: {first:.2f} s (target < {FIRST_TARGET_S} s) "
        f"{'PASS' if first < FIRST_TARGET_S else 'FAIL'}"
    )
    print(
        f"filter change, {len(changes)} random settings: "
        f"median {statistics.median(changes):.3f} s, "
        f"95th percentile {p95:.3f} s (target < {CHANGE_TARGET_S} s) "
        f"{'PASS' if p95 < CHANGE_TARGET_S else 'FAIL'}"
    )
    print(
        f"JSON report of the same filters: median {statistics.median(reports):.3f} s, "
        f"95th percentile {p95_report:.3f} s"
    )
    print(f"ratio window / JSON report at the 95th percentile: {p95 / p95_report:.1f}")


if __name__ == "__main__":
    main()
