"""Bundle import and export speed, against bare SQLite copies of the same rows in the same run.

    python benchmarks/bundles.py [--responses 1000000] [--bundles 100] [--size 1000]
                                 [--export 100000] [--export-runs 3] [--profile]

The database of benchmarks/submit.py (--responses completed responses, built by filldb.py and
cached in benchmarks/.cache) is copied and opened with the app, which brings its schema up to
date; the cache itself is never written. --bundles bundles of --size demo responses each are
made once, each on a laptop of its own (its own data folder and random laptop id), exported
unencrypted, and cached in benchmarks/.cache too.

- import: ``Services(copy).bundles.import_bundle(path)`` for every bundle, one Services opened
  once; interleaved with it, the bare baseline into another copy: the payload cut out of the
  bundle beforehand (not timed), then ``ATTACH`` and, in one transaction per bundle,
  ``INSERT ... SELECT`` of its sessions, responses (rid = the bundle's random key) and answers,
  with the app's connection settings (WAL, synchronous FULL, foreign keys on);
- import again: the same bundles once more into the first copy: nothing may be added;
- export: ``bundles.export(path, Filters(date_from, date_to), encrypt=False)`` of the sessions
  of the earliest days holding about --export responses, against ``ATTACH`` + ``INSERT ...
  SELECT`` of the same sessions, responses and answers into an empty database of the bundle's
  tables (then fsync), interleaved, median of --export-runs;
- at the end, the count tables of the first copy are recounted: they must hold no difference.

--profile times the steps of every import and export (envelope and checksum, the payload
checks, the plan, the merge SQL, the count update, the commit) and prints where the time goes.

Targets (100 bundles of 1,000 into 1,000,000): import < 30 s in all and >= 0.3 x the rows per
second of the bare baseline; importing the same bundles again < 0.5 x the first time; an export
of 100,000 responses < 5 s.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import warm_cache, without_pandas  # noqa: E402

without_pandas()  # before anything imports sqlite-utils (see README)

from filldb import fill  # noqa: E402

from feedback_app.services.container import Services  # noqa: E402
from feedback_app.store.aggregates import Filters  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
SESSIONS_PER_LAPTOP = 5
FIRST_SEED = 1001  # the demo data of one seed is the same everywhere: one seed per laptop
TARGET_IMPORT_SECONDS = 30.0
TARGET_RATE_RATIO = 0.3
TARGET_AGAIN_RATIO = 0.5
TARGET_EXPORT_SECONDS = 5.0
DB = "feedback.db"


# --- the databases and the bundles --------------------------------------------------------


def database_with(responses: int) -> Path:
    """The cached database of ``responses`` responses (the one submit.py uses)."""
    folder = CACHE / f"responses-{responses}"
    if not (folder / DB).exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building a database of {responses:,} responses (once)...", flush=True)
        started = time.perf_counter()
        work = folder.with_name(folder.name + ".partial")
        shutil.rmtree(work, ignore_errors=True)
        fill(work, responses)
        work.rename(folder)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def working_copy(source: Path, target: Path) -> float:
    """Copy the database (its write-ahead log too, if it holds anything) and open it once with
    the app, which migrates it, then checkpoint; returns the seconds the opening took."""
    target.mkdir(parents=True)
    shutil.copyfile(source / DB, target / DB)
    wal = source / f"{DB}-wal"
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, target / f"{DB}-wal")
    marker = source / "feedback-app.id"
    if marker.exists():
        shutil.copyfile(marker, target / marker.name)
    started = time.perf_counter()
    with Services(target) as services:
        seconds = time.perf_counter() - started
        services.store.checkpoint()
    return seconds


def bundles_of(count: int, size: int) -> list[Path]:
    """``count`` cached bundles of ``size`` demo responses, each from a laptop of its own."""
    folder = CACHE / f"bundles-{count}x{size}-v1"
    names = [f"laptop-{i + 1:03}.fbundle" for i in range(count)]
    if not all((folder / name).exists() for name in names):
        shutil.rmtree(folder, ignore_errors=True)
        print(f"making {count} bundles of {size:,} responses on {count} laptops (once)...")
        started = time.perf_counter()
        partial = folder.with_name(folder.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        with tempfile.TemporaryDirectory() as laptops:
            for i, name in enumerate(names):
                with Services(Path(laptops) / f"laptop-{i + 1}") as services:
                    services.responses.generate_demo(size, SESSIONS_PER_LAPTOP, FIRST_SEED + i)
                    services.bundles.export(partial / name, Filters(), encrypt=False)
        partial.rename(folder)
        print(f"  made in {time.perf_counter() - started:.0f} s", flush=True)
    return [folder / name for name in names]


def manifest_of(path: Path) -> dict[str, Any]:
    with open(path, "rb") as handle:
        handle.readline()  # the magic line
        return json.loads(handle.readline())


def cut_payload(bundle: Path, target: Path) -> None:
    """The SQLite database after the bundle's two header lines, as a file of its own."""
    with open(bundle, "rb") as source, open(target, "wb") as out:
        source.readline()
        source.readline()
        shutil.copyfileobj(source, out, 1 << 20)


def count(path: Path, sql: str = "SELECT count(*) FROM responses", params: tuple = ()) -> int:
    conn = sqlite3.connect(f"file:{path / DB}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def wrong(text: str) -> None:
    print(f"THE BENCHMARK FOUND AN ERROR: {text}", file=sys.stderr)
    raise SystemExit(1)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# --- the bare baselines -------------------------------------------------------------------


def bare_connection(folder: Path) -> sqlite3.Connection:
    """A plain connection with the settings the app's connection has."""
    conn = sqlite3.connect(folder / DB, isolation_level=None)
    for pragma in (
        "busy_timeout = 5000",
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "secure_delete = ON",
    ):
        conn.execute(f"PRAGMA {pragma}")
    return conn


_BARE_SESSIONS = """
INSERT INTO main.sessions (id, title, session_date, organisation, audience, location, trainers,
    default_language, expected_participants, questionnaire_id, questionnaire_version, closed,
    created_on, revision)
SELECT id, title, session_date, organisation, audience, location, trainers, default_language,
    expected_participants, questionnaire_id, questionnaire_version, closed, created_on, revision
FROM b.sessions
"""
_BARE_RESPONSES = """
INSERT INTO main.responses (rid, id, session_id, questionnaire_id, questionnaire_version,
    language, submitted_on, completed)
SELECT k, id, session_id, questionnaire_id, questionnaire_version, language, submitted_on,
    completed
FROM b.responses
"""
_BARE_ANSWERS = """
INSERT INTO main.answers (response_id, ordinal, question_id, value_num, value_text)
SELECT response, ordinal, question_id, value_num, value_text FROM b.answers
"""


def bare_import(conn: sqlite3.Connection, payload: Path) -> float:
    started = time.perf_counter()
    conn.execute("ATTACH DATABASE ? AS b", [str(payload)])
    conn.execute("BEGIN IMMEDIATE")
    for sql in (_BARE_SESSIONS, _BARE_RESPONSES, _BARE_ANSWERS):
        conn.execute(sql)
    conn.execute("COMMIT")
    conn.execute("DETACH DATABASE b")
    return time.perf_counter() - started


_SELECTED = "s.session_date >= ? AND s.session_date <= ?"


def bare_export(source: Path, target: Path, days: tuple[str, str]) -> float:
    """The selected sessions, responses and answers copied into an empty database of the
    bundle's tables, responses under their rid, in the order they are read."""
    from feedback_app.store.bundles.payload import SCHEMA

    started = time.perf_counter()
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    for statement in SCHEMA:
        conn.execute(statement)
    conn.execute("ATTACH DATABASE ? AS src", [f"file:{source / DB}?mode=ro"])
    conn.execute("BEGIN")
    conn.execute("INSERT INTO laptops (k, id) SELECT key + 1, id FROM src.laptops WHERE key = 0")
    conn.execute(
        "INSERT INTO questionnaires (id, version, definition) "
        "SELECT id, version, definition FROM src.questionnaires"
    )
    conn.execute(
        "INSERT INTO sessions SELECT s.id, 1, s.revision, s.title, s.session_date, "
        "s.organisation, s.audience, s.location, s.trainers, s.default_language, "
        "s.expected_participants, s.questionnaire_id, s.questionnaire_version, s.closed, "
        f"s.created_on FROM src.sessions s WHERE {_SELECTED}",
        days,
    )
    conn.execute(
        "INSERT INTO responses SELECT r.rid, r.id, r.session_id, r.questionnaire_id, "
        "r.questionnaire_version, r.language, r.submitted_on, r.completed "
        f"FROM src.sessions s JOIN src.responses r ON r.session_id = s.id WHERE {_SELECTED}",
        days,
    )
    conn.execute(
        "INSERT INTO answers SELECT a.response_id, a.ordinal, a.question_id, a.value_num, "
        "a.value_text FROM src.sessions s JOIN src.responses r ON r.session_id = s.id "
        f"JOIN src.answers a ON a.response_id = r.rid WHERE {_SELECTED}",
        days,
    )
    conn.execute("COMMIT")
    conn.close()
    with open(target, "rb") as handle:
        os.fsync(handle.fileno())
    return time.perf_counter() - started


# --- timing the steps (--profile) ---------------------------------------------------------


class Steps:
    """Seconds spent in chosen functions of the app, summed over calls, while installed."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._undo: list[tuple[Any, str, Any]] = []

    def wrap(self, owner: Any, name: str, label: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[label] += time.perf_counter() - started

        setattr(owner, name, timed)
        self._undo.append((owner, name, original))

    def wrap_transaction(self) -> None:
        """Time a write transaction's BEGIN IMMEDIATE and its COMMIT, not what runs inside."""
        import feedback_app.store.store as store_module

        original = store_module.write_transaction

        @contextlib.contextmanager
        def timed(db: Any) -> Iterator[None]:
            outer = not db.conn.in_transaction
            manager = original(db)
            started = time.perf_counter()
            manager.__enter__()
            if outer:
                self.seconds["BEGIN IMMEDIATE"] += time.perf_counter() - started
            try:
                yield
            except BaseException:
                if not manager.__exit__(*sys.exc_info()):
                    raise
                return
            started = time.perf_counter()
            manager.__exit__(None, None, None)
            if outer:
                self.seconds["COMMIT"] += time.perf_counter() - started

        store_module.write_transaction = timed
        self._undo.append((store_module, "write_transaction", original))

    def remove(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()

    def reset(self) -> None:
        self.seconds.clear()


IMPORT_STEPS = (  # (label, indented under the one before)
    ("envelope: read, sha256, payload copied out", False),
    ("payload: integrity_check, schema, row counts", False),
    ("payload: laptops, questionnaires, sessions read", False),
    ("payload: response checks (SQL)", False),
    ("payload: answer checks (Python, stored_rows_problem)", False),
    ("plan: questionnaires and sessions", False),
    ("plan: responses", False),
    ("new keys drawn, clash check (_fill_new)", True),
    ("merge SQL (apply)", False),
    ("count update (CountTables.add)", True),
    ("BEGIN IMMEDIATE", False),
    ("COMMIT", False),
)
EXPORT_STEPS = (
    ("empty payload created", False),
    ("payload written (write_payload)", False),
    ("select: rids, random keys, temp tables", True),
    ("copy into the payload (INSERT ... SELECT ordered by k)", True),
    ("envelope: sha256 and copy (write_envelope)", False),
    ("fsync", False),
    ("marked handed over (UPDATE)", False),
    ("BEGIN IMMEDIATE", False),
    ("COMMIT", False),
)


def install_import_steps(steps: Steps) -> None:
    from feedback_app.store.bundles import merge, reader
    from feedback_app.store.counts import CountTables

    labels = [label for label, _ in IMPORT_STEPS]
    steps.wrap(reader, "read_envelope", labels[0])
    steps.wrap(reader, "_check_structure", labels[1])
    for name in ("_read_laptops", "_read_questionnaires", "_read_sessions"):
        steps.wrap(reader, name, labels[2])
    steps.wrap(reader, "_check_responses", labels[3])
    steps.wrap(reader, "_check_answers", labels[4])
    for name in ("_plan_questionnaires", "_plan_sessions"):
        steps.wrap(merge.Merge, name, labels[5])
    steps.wrap(merge.Merge, "_plan_responses", labels[6])
    steps.wrap(merge.Merge, "_fill_new", labels[7])
    steps.wrap(merge.Merge, "apply", labels[8])
    steps.wrap(CountTables, "add", labels[9])
    steps.wrap_transaction()


def install_export_steps(steps: Steps) -> None:
    import feedback_app.services.bundles as service
    from feedback_app.store.bundles import writer

    labels = [label for label, _ in EXPORT_STEPS]
    steps.wrap(service, "create_payload", labels[0])
    steps.wrap(service, "write_payload", labels[1])
    steps.wrap(writer, "select", labels[2])
    steps.wrap(writer, "_copy", labels[3])
    steps.wrap(service, "write_envelope", labels[4])
    steps.wrap(service, "_sync", labels[5])
    steps.wrap(service, "mark_handed_over", labels[6])
    steps.wrap_transaction()


def print_steps(
    title: str, steps: Steps, order: tuple[tuple[str, bool], ...], total: float, runs: int
) -> None:
    print(f"  where the time goes ({title}: {total:.2f} s for {runs} runs; in all, a run, share):")
    rest = total - sum(steps.seconds.get(label, 0.0) for label, nested in order if not nested)
    lines = [
        (("      of which " if nested else "    ") + label, steps.seconds.get(label, 0.0))
        for label, nested in order
    ]
    lines.append(("    the rest (temporary folders, ATTACH, Python around the steps)", rest))
    width = max(len(label) for label, _ in lines) + 1
    for label, seconds in lines:
        print(
            f"{label + ':':<{width}} {seconds:7.2f} s "
            f"{seconds / runs * 1000:8.1f} ms {100 * seconds / total:5.1f} %"
        )


# --- the measurements ---------------------------------------------------------------------


def run_imports(args: argparse.Namespace, base: Path, work: Path) -> None:
    bundles = bundles_of(args.bundles, args.size)
    manifests = [manifest_of(path) for path in bundles]
    laptops = {m["laptop"] for m in manifests}
    responses = sum(m["counts"]["responses"] for m in manifests)
    answers = sum(m["counts"]["answers"] for m in manifests)
    rows = responses + answers
    if len(laptops) != len(bundles):
        wrong(f"{len(bundles)} bundles come from only {len(laptops)} laptops")
    ours_dir, bare_dir = work / "ours", work / "bare"
    opening = [working_copy(base, ours_dir), working_copy(base, bare_dir)]
    print(
        f"database: {args.responses:,} responses, two copies (each opened and migrated by the "
        f"app in {max(opening):.1f} s)"
    )
    print(
        f"bundles: {len(bundles)} from {len(laptops)} laptops, {responses:,} responses and "
        f"{answers:,} answers ({rows:,} rows), {sum(p.stat().st_size for p in bundles) / 1e6:.0f}"
        " MB"
    )
    payloads = work / "payloads"
    payloads.mkdir()
    started = time.perf_counter()
    for i, path in enumerate(bundles):
        cut_payload(path, payloads / f"{i}.sqlite")
    cutting = time.perf_counter() - started
    warm_cache(ours_dir)
    warm_cache(bare_dir)
    before = count(ours_dir)

    steps = Steps()
    if args.profile:
        install_import_steps(steps)
    started = time.perf_counter()
    services = Services(ours_dir)
    opened = time.perf_counter() - started
    bare = bare_connection(bare_dir)
    ours_times, bare_times, plans = [], [], []
    try:
        for i, path in enumerate(bundles):  # interleaved: noise hits both alike
            started = time.perf_counter()
            plans.append(services.bundles.import_bundle(path))
            ours_times.append(time.perf_counter() - started)
            bare_times.append(bare_import(bare, payloads / f"{i}.sqlite"))
        started = time.perf_counter()
        services.bundles.finish_imports()  # the one checkpoint the imports left for the end
        ours_times.append(time.perf_counter() - started)
        first_steps = dict(steps.seconds)
        steps.reset()
        after = count(ours_dir)
        added = sum(p.new_responses for p in plans)
        conflicts = sum(p.conflict_count for p in plans)
        if added != responses or after != before + responses or conflicts:
            wrong(
                f"the import added {added:,} responses ({after - before:,} counted) of "
                f"{responses:,}, with {conflicts} conflicts"
            )
        if count(bare_dir) != before + responses:
            wrong(f"the bare baseline holds {count(bare_dir) - before:,} new responses")
        again_times, again_plans = [], []
        for path in bundles:
            started = time.perf_counter()
            again_plans.append(services.bundles.import_bundle(path))
            again_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        services.bundles.finish_imports()
        again_times.append(time.perf_counter() - started)
        again_steps = dict(steps.seconds)
        steps.remove()
        final = count(ours_dir)
        again_added = sum(p.new_responses for p in again_plans)
        duplicates = sum(p.duplicates for p in again_plans)
        if again_added or final != after or duplicates != responses:
            wrong(
                f"importing again added {again_added:,} responses ({final - after:,} counted), "
                f"{duplicates:,} of {responses:,} seen as duplicates"
            )
        started = time.perf_counter()
        differences = services.checks.count_differences()
        checking = time.perf_counter() - started
    finally:
        services.close()
        bare.close()

    ours, base_seconds, again = sum(ours_times), sum(bare_times), sum(again_times)
    ours_rate, bare_rate = rows / ours, rows / base_seconds
    print(
        f"import of {len(bundles)} bundles of {args.size:,} into {args.responses:,} responses "
        f"(one Services, opened in {opened:.1f} s, not counted), interleaved with the baseline:"
    )
    print(
        f"  ours: {ours:7.2f} s  {ours_rate:10,.0f} rows/s  "
        f"(median {statistics.median(ours_times) * 1000:.0f} ms a bundle, "
        f"first {ours_times[0] * 1000:.0f} ms, last {ours_times[-1] * 1000:.0f} ms)"
    )
    print(
        f"  bare: {base_seconds:7.2f} s  {bare_rate:10,.0f} rows/s  "
        f"(ATTACH + INSERT ... SELECT; payloads cut out beforehand in "
        f"{cutting:.1f} s, not counted)"
    )
    print(
        f"ratio rows/s ours / bare: {ours_rate / bare_rate:.2f} (target >= {TARGET_RATE_RATIO}) "
        f"{verdict(ours_rate / bare_rate >= TARGET_RATE_RATIO)}"
    )
    print(
        f"import: {ours:.2f} s in all (target < {TARGET_IMPORT_SECONDS:.0f} s) "
        f"{verdict(ours < TARGET_IMPORT_SECONDS)}"
    )
    print(
        f"import again: {again:.2f} s, nothing added ({final:,} responses before and after, "
        f"{duplicates:,} duplicates)"
    )
    print(
        f"ratio again / first: {again / ours:.2f} (target < {TARGET_AGAIN_RATIO}) "
        f"{verdict(again / ours < TARGET_AGAIN_RATIO)}"
    )
    if differences:
        for difference in differences[:5]:
            print(f"  {difference.describe()}", file=sys.stderr)
        wrong(f"{len(differences)} count differences after the imports")
    print(f"counts checked after the imports: no differences ({checking:.1f} s to recount)")
    if args.profile:
        steps.seconds = defaultdict(float, first_steps)
        print_steps("first import", steps, IMPORT_STEPS, ours, len(bundles))
        steps.seconds = defaultdict(float, again_steps)
        print_steps("import again", steps, IMPORT_STEPS, again, len(bundles))


def export_selection(folder: Path, wanted: int) -> tuple[tuple[str, str], int, int]:
    """The first session days that together hold at least ``wanted`` responses."""
    conn = sqlite3.connect(f"file:{folder / DB}?mode=ro", uri=True)
    try:
        total, last = 0, None
        days = conn.execute(
            "SELECT s.session_date, count(*) FROM sessions s JOIN responses r "
            "ON r.session_id = s.id GROUP BY 1 ORDER BY 1"
        ).fetchall()
        for day, n in days:
            total += n
            last = day
            if total >= wanted:
                break
        selected = (days[0][0], last)
        answers = conn.execute(
            "SELECT count(*) FROM sessions s JOIN responses r ON r.session_id = s.id "
            f"JOIN answers a ON a.response_id = r.rid WHERE {_SELECTED}",
            selected,
        ).fetchone()[0]
        return selected, total, answers
    finally:
        conn.close()


def run_export(args: argparse.Namespace, base: Path, work: Path) -> None:
    folder = work / "export"
    working_copy(base, folder)
    days, responses, answers = export_selection(folder, args.export)
    filters = Filters(date_from=days[0], date_to=days[1])
    warm_cache(folder)
    steps = Steps()
    if args.profile:
        install_export_steps(steps)
    ours_times, bare_times = [], []
    with Services(folder) as services:
        for run in range(args.export_runs):  # interleaved
            out = work / f"export-{run}.fbundle"
            started = time.perf_counter()
            result = services.bundles.export(out, filters, encrypt=False)
            ours_times.append(time.perf_counter() - started)
            size = out.stat().st_size
            out.unlink()
            if (result.responses, result.answers) != (responses, answers):
                wrong(
                    f"the export holds {result.responses:,} responses and {result.answers:,} "
                    f"answers, not {responses:,} and {answers:,}"
                )
            plain = work / f"bare-{run}.sqlite"
            bare_times.append(bare_export(folder, plain, days))
            check = sqlite3.connect(plain)
            copied = check.execute("SELECT count(*) FROM responses").fetchone()[0]
            check.close()
            plain.unlink()
            if copied != responses:
                wrong(f"the bare export copied {copied:,} responses, not {responses:,}")
    steps.remove()
    ours, bare = statistics.median(ours_times), statistics.median(bare_times)
    print(
        f"export of {responses:,} responses and {answers:,} answers (sessions dated {days[0]} "
        f"to {days[1]}) from {args.responses:,}, median of {args.export_runs} runs:"
    )
    rate = responses / ours
    print(f"  ours: {ours:6.2f} s  {rate:10,.0f} responses/s  (a {size / 1e6:.0f} MB file)")
    print(
        f"  bare: {bare:6.2f} s  {responses / bare:10,.0f} responses/s  "
        "(ATTACH + INSERT ... SELECT into an empty database of the bundle's tables, fsync)"
    )
    print(f"ratio ours / bare: {ours / bare:.2f}")
    print(
        f"export: {ours:.2f} s (target < {TARGET_EXPORT_SECONDS:.0f} s) "
        f"{verdict(ours < TARGET_EXPORT_SECONDS)}"
    )
    if args.profile:
        print_steps("export", steps, EXPORT_STEPS, sum(ours_times), len(ours_times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--bundles", type=int, default=100)
    parser.add_argument("--size", type=int, default=1000, help="responses per bundle")
    parser.add_argument("--export", type=int, default=100_000, help="responses to export")
    parser.add_argument("--export-runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="time the steps too")
    parser.add_argument("--skip-import", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--skip-export", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    base = database_with(args.responses)
    work = Path(tempfile.mkdtemp())
    try:
        if not args.skip_import:
            run_imports(args, base, work)
        if not args.skip_export:
            run_export(args, base, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
