"""Export speed and memory: CSV of every response against plain Python baselines, same run.

    python benchmarks/export.py [--responses 1000000] [--runs 3] [--small 100000]

Uses the database of benchmarks/report.py (ten answers per response, cached in
benchmarks/.cache). Every export runs in a fresh Python process, timed inside from just after
the imports until the file is complete, and reports its own peak resident memory. Baselines,
measured in the same run and interleaved with the exports:

- csv module: ``csv.writer.writerows`` of as many rows of the same width (ten response columns
  and ten answers), from a list of tuples built beforehand, to a file on the same disk;
- select: reading every answer of every response (``SELECT`` joined to the responses) in
  Python and throwing the rows away: the floor for anything that reads the answers.

The exported file is read back with the csv module: one row per response, one column per
question. XLSX and JSON exports of --small responses are timed too (for information).
Target: CSV export faster than 200,000 responses per second.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import pkgutil
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import (  # noqa: E402
    COMMENTS,
    ORGANISATIONS,
    QUESTIONNAIRE,
    database_with,
    peak_rss_mb,
    warm_cache,
    without_pandas,
)

TARGET_RATE = 200_000
SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "json": ".json"}


def find_exporter(fmt: str) -> Callable[..., Any] | None:
    """``export_<fmt>`` from feedback_app.reports or any of its modules (None if not there)."""
    import feedback_app.reports as package

    name = f"export_{fmt}"
    if hasattr(package, name):
        return getattr(package, name)
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if callable(getattr(module, name, None)):
            return getattr(module, name)
    return None


def child(fmt: str, folder: Path, out: Path) -> None:
    """One export in this fresh process; writes seconds and peak RSS to ``out`` + .json."""
    without_pandas()
    from feedback_app.store import Store
    from feedback_app.store.aggregates import Filters

    export = find_exporter(fmt)
    assert export is not None, f"export_{fmt} not found"
    started = time.perf_counter()
    store = Store(folder)
    export(store, Filters(), out, rng=random.Random(1))
    store.close()
    seconds = time.perf_counter() - started
    stats = {"seconds": seconds, "rss_mb": peak_rss_mb(), "bytes": out.stat().st_size}
    out.with_name(out.name + ".json").write_text(json.dumps(stats))


def measure_export(fmt: str, folder: Path, work: Path) -> dict[str, Any]:
    """Export in a fresh process into a folder of its own (an export may write files beside
    its file, such as the CSV codebook); the caller removes ``result["folder"]``."""
    target = Path(tempfile.mkdtemp(dir=work))
    out = target / f"export{SUFFIXES[fmt]}"
    cmd = [sys.executable, __file__, "--child", fmt, "--folder", str(folder), "--out", str(out)]
    subprocess.run(cmd, check=True)
    stats_file = out.with_name(out.name + ".json")
    stats = json.loads(stats_file.read_text())
    stats_file.unlink()
    stats["path"], stats["folder"] = out, target
    return stats


def check_csv(path: Path, responses: int, question_ids: list[str]) -> None:
    """The export holds one row per response and a column per question, or we say so loudly."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = sum(1 for _ in reader)
    missing = [q for q in question_ids if q not in header]
    if rows != responses or missing:
        print(
            f"THE EXPORT IS WRONG: {rows:,} rows for {responses:,} responses, "
            f"question columns missing: {missing}",
            file=sys.stderr,
        )
        raise SystemExit(1)
    print(
        f"export checked: {rows:,} rows; {len(header)} columns, all {len(question_ids)} questions"
    )


def same_width_rows(responses: int, seed: int = 1) -> list[tuple]:
    """Rows shaped like the export's: ids, session fields, ten answers (one a comment)."""
    rng = random.Random(seed)
    rows = []
    for _ in range(responses):
        values = [rng.choice(("1", "2", "3", "4", "5", "")) for _ in range(8)]
        rows.append(
            (
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "Koulutus 17",
                rng.choice(ORGANISATIONS),
                "police_officers",
                "2025-03-14",
                QUESTIONNAIRE,
                1,
                "fi",
                1,
                *values,
                str(rng.randrange(11)),
                rng.choice(COMMENTS),
            )
        )
    return rows


def csv_module_seconds(rows: list[tuple], work: Path) -> float:
    path = work / "baseline.csv"
    started = time.perf_counter()
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    seconds = time.perf_counter() - started
    path.unlink()
    return seconds


def select_seconds(folder: Path) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(f"file:{folder / 'feedback.db'}?mode=ro", uri=True)
    for _ in conn.execute(
        "SELECT r.id, r.session_id, a.question_id, a.value_num, a.value_text "
        "FROM responses r JOIN answers a ON a.response_id = r.rid"
    ):
        pass
    conn.close()
    return time.perf_counter() - started


def question_ids(folder: Path) -> list[str]:
    from feedback_app.store import Store

    store = Store(folder)
    ids = [q.id for q in store.questionnaires.latest(QUESTIONNAIRE).questions]
    store.close()
    return ids


def bare_rss_mb() -> float:
    code = f"import sys\n{_source(peak_rss_mb)}\nprint(peak_rss_mb())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def _source(function: Callable[..., Any]) -> str:
    import inspect

    return inspect.getsource(function)


def run_csv(args: argparse.Namespace, work: Path) -> None:
    folder = database_with(args.responses)
    warm_cache(folder)
    rows = same_width_rows(args.responses)
    exports, baseline, select = [], [], []
    for _ in range(args.runs):  # interleaved: noise hits all alike
        exports.append(measure_export("csv", folder, work))
        if len(exports) == 1:
            check_csv(exports[0]["path"], args.responses, question_ids(folder))
        shutil.rmtree(exports[-1]["folder"])
        baseline.append(csv_module_seconds(rows, work))
        select.append(select_seconds(folder))
    del rows
    ours = statistics.median(r["seconds"] for r in exports)
    base, sel = statistics.median(baseline), statistics.median(select)
    rate = args.responses / ours
    print(f"CSV export of {args.responses:,} responses x 10 answers, median of {args.runs} runs:")
    print(f"  export:       {ours:7.2f} s  {rate:10,.0f} responses/s")
    print(f"  csv module:   {base:7.2f} s  {args.responses / base:10,.0f} rows/s (same width)")
    print(f"  plain select: {sel:7.2f} s  {args.responses / sel:10,.0f} responses/s (rows dropped)")
    print(f"ratio export / csv module: {ours / base:.2f}; export / plain select: {ours / sel:.2f}")
    verdict = "PASS" if rate > TARGET_RATE else "FAIL"
    print(f"CSV export: {rate:,.0f} responses/s (target > {TARGET_RATE:,}) {verdict}")
    bare = bare_rss_mb()
    peak = max(r["rss_mb"] for r in exports)
    size = exports[0]["bytes"] / 1e6
    print(
        f"peak memory of the CSV export: {peak:.1f} MB ({peak / bare:.2f} x a bare interpreter's "
        f"{bare:.1f} MB; the file is {size:.0f} MB)"
    )


def run_small(args: argparse.Namespace, work: Path) -> None:
    folder = database_with(args.small)
    warm_cache(folder)
    print(f"other formats, {args.small:,} responses, one run each:")
    for fmt in ("csv", "xlsx", "json"):
        if find_exporter(fmt) is None:
            print(f"  {fmt:4}: export_{fmt} not found in feedback_app.reports")
            continue
        result = measure_export(fmt, folder, work)
        shutil.rmtree(result["folder"])
        print(
            f"  {fmt:4}: {result['seconds']:6.2f} s  {args.small / result['seconds']:10,.0f} "
            f"responses/s, peak memory {result['rss_mb']:.1f} MB, "
            f"file {result['bytes'] / 1e6:.1f} MB"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", type=int, default=100_000, help="responses for xlsx/json")
    parser.add_argument("--child", choices=tuple(SUFFIXES), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.folder, args.out)
        return
    if find_exporter("csv") is None:
        raise SystemExit("export_csv is not in feedback_app.reports yet; nothing to measure")
    work = Path(tempfile.mkdtemp())
    try:
        run_csv(args, work)
        run_small(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
