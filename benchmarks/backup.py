"""Backups while participants submit: a backup must never hold up a submit.

    python benchmarks/backup.py [--responses 1000000] [--submits 300]

On a copy of a database of --responses completed responses (built once into
benchmarks/.cache by filldb.py), an open session takes --submits submits through the services,
each one durable commit as on the kiosk, twice in the same run:

- baseline: with nothing else running;
- during backups: while another thread writes backups of the same file one after another
  (SQLite's online backup API from a connection of its own, then the full integrity check of
  the copy), as the start-up backup or *Back up to…* would.

Prints the median, 95th and 99th percentile and the slowest of both, their ratios, how many
backups were written meanwhile and how long one took. Targets: every submit stored; the median
during backups under 1.5 times the baseline's; no submit during backups slower than 250 ms (a
participant sees the thank-you screen at once). A backup takes no lock a submit waits for (the
read is one snapshot of the write-ahead log); what it does cost a submit is disk bandwidth,
while it writes a copy the size of the database and flushes it.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from submit import database_with  # noqa: E402

from feedback_app.domain.sessions import SessionDraft  # noqa: E402
from feedback_app.services import Services  # noqa: E402
from feedback_app.store.backups import write_backup  # noqa: E402

MEDIAN_RATIO = 1.5
SLOWEST_S = 0.25


def answers(i: int) -> dict:
    scale = ("interesting", "practical", "understandable", "necessary", "identify_victims")
    chosen = {item: 1 + (i * (3 + 2 * k)) % 5 for k, item in enumerate(scale)}
    return {
        **chosen,
        "know_whom_to_consult": 1 + (i * 13) % 5,
        "overall": 1 + (i * 17) % 5,
        "improve": f"Palaute {i}: enemmän tapausesimerkkejä.",
    }


def submit_times(services: Services, session_id: str, questionnaire, count: int) -> list[float]:  # noqa: ANN001
    timings = []
    for i in range(count):
        started = time.perf_counter()
        services.responses.submit(session_id, questionnaire, "fi", answers(i))
        timings.append(time.perf_counter() - started)
        time.sleep(0.01)  # participants come one after another, not all at once
    return timings


def back_up_until(stop: threading.Event, source: Path, folder: Path, done: list[float]) -> None:
    while not stop.is_set():
        started = time.perf_counter()
        target = folder / f"backup-{len(done)}.db"
        write_backup(source, target)
        done.append(time.perf_counter() - started)
        target.unlink()


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--submits", type=int, default=300)
    args = parser.parse_args()
    source = database_with(args.responses)
    with tempfile.TemporaryDirectory() as work:
        data_dir = Path(work) / "data"
        shutil.copytree(source, data_dir)
        backups = Path(work) / "backups"
        backups.mkdir()
        with Services(data_dir) as services:
            draft = SessionDraft(title="Mittaus", session_date=date.today().isoformat())
            session = services.sessions.create(draft)
            questionnaire = services.questionnaires.get(
                session.questionnaire_id, session.questionnaire_version
            )
            before = services.responses.count(session.id)
            baseline = submit_times(services, session.id, questionnaire, args.submits)
            stop, durations = threading.Event(), []
            worker = threading.Thread(
                target=back_up_until, args=(stop, services.store.path, backups, durations)
            )
            worker.start()
            try:
                during = submit_times(services, session.id, questionnaire, args.submits)
                while not durations:  # the whole of one backup runs beside submits
                    during += submit_times(services, session.id, questionnaire, 20)
            finally:
                stop.set()
                worker.join()
            stored = services.responses.count(session.id) - before
    print(
        f"database: {args.responses:,} responses; {len(baseline)} submits alone, "
        f"{len(during)} during backups"
    )
    for name, values in (("baseline", baseline), ("during backups", during)):
        print(
            f"  {name:<15} median {statistics.median(values) * 1000:6.1f} ms   "
            f"p95 {percentile(values, 95) * 1000:6.1f} ms   "
            f"p99 {percentile(values, 99) * 1000:6.1f} ms   "
            f"slowest {max(values) * 1000:6.1f} ms"
        )
    ratio = statistics.median(during) / statistics.median(baseline)
    print(
        f"  ratios: median {ratio:.2f} (target < {MEDIAN_RATIO}), "
        f"p95 {percentile(during, 95) / percentile(baseline, 95):.2f}, "
        f"p99 {percentile(during, 99) / percentile(baseline, 99):.2f}; slowest during backups "
        f"{max(during) * 1000:.0f} ms (target < {SLOWEST_S * 1000:.0f})"
    )
    if durations:
        print(
            f"  {len(durations)} backups written meanwhile, "
            f"{statistics.median(durations):.2f} s each (median)"
        )
    print(f"  submits stored: {stored} of {len(baseline) + len(during)}")
    if stored != len(baseline) + len(during) or ratio >= MEDIAN_RATIO or max(during) >= SLOWEST_S:
        sys.exit(1)


if __name__ == "__main__":
    main()
