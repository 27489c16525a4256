"""Report speed and memory: our report grouped by organisation against pandas, in the same run.

    python benchmarks/report.py [--responses 1000000] [--runs 7] [--pandas-runs 2]

The database holds --responses completed responses to a ten-question questionnaire (nine
scale questions, about 5 % "cannot say" on the agreement items, and one free text), every
response answering all ten; it is built once into benchmarks/.cache and reused.

Every measurement is a fresh Python process (so each run opens a fresh Store and nothing is
cached between runs), timed inside from just after the imports until the whole table is
computed, and reporting its own peak resident memory:

- ours: ``report(store, Filters(), group_by="organisation")`` and every row's ``to_dict()``;
- pandas: ``read_sql`` of the answers of completed responses joined to their sessions, then a
  groupby (organisation, question) giving n, n_missing, mean, sd, median, counts per value,
  top-2 and bottom-2 shares and the Wilson interval of the top-2 share;
- bare: an interpreter that imports nothing, and one that only imports the report modules.

The two tables are compared value by value before any figure is printed.
Targets: time ours / pandas < 0.5; peak memory of the report < 200 MB.
"""

from __future__ import annotations

import argparse
import inspect
import json
import math
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
QUESTIONNAIRE = "benchmark-10"
ORGANISATIONS = (
    "Helsingin poliisilaitos",
    "Lapin poliisilaitos",
    "Oulun poliisilaitos",
    "Sisä-Suomen poliisilaitos",
    "Poliisiammattikorkeakoulu",
    "Raja- ja merivartiokoulu",
    "Kaakkois-Suomen rajavartiosto",
    "Länsi-Suomen merivartiosto",
)
AUDIENCES = ("police_officers", "border_guards", "police_students", "border_guard_students")
COMMENTS = (
    "Käytännön esimerkit ja harjoitukset",
    "Ryhmätyöt, joissa käytiin läpi oikeita tapauksia",
    "Kouluttajan kokemus kentältä",
    "Praktiska övningar och fallbeskrivningar",
    "Att få veta vem man kan kontakta",
    "The case studies and the contact list",
    "- enemmän aikaa keskustelulle",
    "Selkeä materiaali, jonka voi ottaa mukaan",
)
MAX_RSS_MB = 200
TARGET_RATIO = 0.5


# --- the database --------------------------------------------------------------------------


def benchmark_questionnaire() -> dict[str, Any]:
    """The built-in questionnaire grown to ten questions: its seven scale questions, a 0-10
    recommendation and one more agreement item, and one free text."""
    from feedback_app.paths import resource

    data = json.loads((resource("questionnaires") / "ihme-feedback.json").read_text("utf-8"))
    ratings, comments = data["sections"]
    extra = json.loads(json.dumps(ratings["questions"][0]))
    extra["id"] = "materials"
    extra["text"] = {
        "fi": "Koulutuksen materiaali oli hyödyllistä.",
        "sv": "Utbildningsmaterialet var användbart.",
        "en": "The training materials were useful.",
    }
    recommend = {
        "id": "recommend",
        "type": "rating",
        "required": True,
        "text": {
            "fi": "Suosittelisitko koulutusta kollegallesi?",
            "sv": "Skulle du rekommendera utbildningen till en kollega?",
            "en": "Would you recommend the training to a colleague?",
        },
        "min": 0,
        "max": 10,
    }
    ratings["questions"] += [extra, recommend]
    comments["questions"] = comments["questions"][:1]
    data["id"] = QUESTIONNAIRE
    return data


def database_with(responses: int) -> Path:
    """The data folder of a cached benchmark database, built on first use."""
    folder = CACHE / f"report-{QUESTIONNAIRE}-{responses}-v2"
    if not (folder / "feedback.db").exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building a database of {responses:,} responses (once)...", flush=True)
        started = time.perf_counter()
        work = folder.with_name(folder.name + ".partial")
        shutil.rmtree(work, ignore_errors=True)
        fill(work, responses)
        work.rename(folder)
        print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def fill(data_dir: Path, responses: int, *, sessions: int = 200, seed: int = 5) -> None:
    """Write ``responses`` completed responses of ten answers each, then the count tables."""
    from feedback_app.domain.sessions import SessionDraft
    from feedback_app.domain.validation import parse_questionnaire
    from feedback_app.store import Store

    rng = random.Random(seed)
    store = Store(data_dir)
    q = store.questionnaires.save(parse_questionnaire(benchmark_questionnaire())).questionnaire
    start = date(2024, 1, 8)
    session_rows = []
    for i in range(sessions):
        organisation = i % len(ORGANISATIONS)
        draft = SessionDraft(
            title=f"Koulutus {i + 1}",
            session_date=(start + timedelta(days=(i * 37) % 700)).isoformat(),
            organisation=ORGANISATIONS[organisation],
            audience=AUDIENCES[i % len(AUDIENCES)],
        )
        session_rows.append((store.sessions.create(draft, q.id, q.version).id, organisation))
    conn = store.db.conn
    conn.execute("PRAGMA synchronous = OFF")
    scale_ids = [x.id for x in q.questions if x.type in ("likert", "rating")]
    for first in range(0, responses, 50_000):
        rows, answers = _batch(rng, session_rows, scale_ids, first, min(50_000, responses - first))
        with store.db.atomic():
            conn.executemany(
                "INSERT INTO responses (rid, id, session_id, questionnaire_id, "
                "questionnaire_version, language, submitted_on, completed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.executemany("INSERT INTO answers VALUES (?, ?, ?, ?, ?)", answers)
    with store.db.atomic():
        store.counts.rebuild()
    store.close()


def _batch(
    rng: random.Random, sessions: list[tuple[str, int]], scale_ids: list[str], first: int, size: int
) -> tuple[list[tuple], list[tuple]]:
    """Response and answer rows. Each organisation leans its own way, so groups differ, and
    some respondents are enthusiastic or critical throughout, so answers go together."""
    five, eleven = (1, 2, 3, 4, 5), tuple(range(11))
    lean5 = [(1, 2, 4, 9, 6 + k) for k in range(len(ORGANISATIONS))]
    lean11 = [(1, 1, 1, 1, 2, 3, 4, 8, 10, 8 + k, 5 + k) for k in range(len(ORGANISATIONS))]
    enthusiastic = ((0, 0, 1, 5, 14), (0, 0, 0, 0, 0, 0, 1, 2, 4, 8, 12))
    critical = ((3, 5, 4, 1, 0), (2, 2, 3, 3, 4, 4, 3, 2, 1, 0, 0))
    responses, answers = [], []
    for _ in range(size):
        rid = rng.getrandbits(63) or 1  # random keys, as the app's (docs/privacy.md)
        session_id, org = sessions[rng.randrange(len(sessions))]
        uid = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        language = rng.choice(("fi", "fi", "fi", "sv", "en"))
        responses.append((rid, uid, session_id, QUESTIONNAIRE, 1, language, "2025-06-02", 1))
        mood = rng.random()
        w5, w11 = (
            enthusiastic if mood < 0.3 else critical if mood < 0.4 else (lean5[org], lean11[org])
        )
        values: list[float | None] = [float(v) for v in rng.choices(five, w5, k=8)]
        values.append(float(rng.choices(eleven, w11)[0]))
        for i in (0, 1, 2, 3, 4, 5, 7):  # the agreement items offer "cannot say"
            if rng.random() < 0.05:
                values[i] = None
        answers.extend(
            (rid, i, qid, v, None) for i, (qid, v) in enumerate(zip(scale_ids, values, strict=True))
        )
        answers.append((rid, len(scale_ids), "most_useful", None, rng.choice(COMMENTS)))
    return responses, answers


def warm_cache(folder: Path) -> None:
    """Read the database file once, so neither contender pays for a cold disk."""
    with open(folder / "feedback.db", "rb") as f:
        while f.read(1 << 24):
            pass


# --- the contenders (each run in its own process) ------------------------------------------


def ours(folder: Path, comments: bool = False) -> tuple[list[dict[str, Any]], float, int]:
    """Our full report grouped by organisation: the comparable rows of the scale questions,
    the seconds taken and how many comments came back (``comments``: the free texts too)."""
    from feedback_app.reports.aggregate import report
    from feedback_app.store import Store
    from feedback_app.store.aggregates import Filters

    started = time.perf_counter()
    store = Store(folder)
    results = report(store, Filters(), group_by="organisation", comments=comments)
    output = [r.to_dict() for r in results]
    store.close()
    elapsed = time.perf_counter() - started
    assert len(output) == len(results)
    rows, texts = [], 0
    for r in results:
        s = r.stats
        if r.question.type == "text":
            texts += len(s.comments or ())
            continue
        rows.append(
            {
                "organisation": r.group["organisation"],
                "question_id": r.question_id,
                "n": s.n,
                "n_missing": s.n_missing,
                "mean": s.mean,
                "sd": s.sd,
                "median": s.median,
                "counts": {str(k): v for k, v in s.counts.items()},
                "top2_pct": s.top2_pct,
                "bottom2_pct": s.bottom2_pct,
                "top2_ci_low": s.top2_ci[0],
                "top2_ci_high": s.top2_ci[1],
            }
        )
    return rows, elapsed, texts


PANDAS_SQL = """
SELECT s.organisation, a.question_id, a.value_num
FROM answers a
JOIN responses r ON r.rid = a.response_id
JOIN sessions s ON s.id = r.session_id
WHERE r.completed = 1 AND r.questionnaire_id = ? AND a.question_id IN ({marks})
"""


def with_pandas(folder: Path, scales: dict[str, list[int]]) -> tuple[list[dict[str, Any]], float]:
    """The same table the way an analyst would get it: read_sql, then groupby."""
    import sqlite3

    import numpy as np
    import pandas as pd

    started = time.perf_counter()
    conn = sqlite3.connect(f"file:{folder / 'feedback.db'}?mode=ro", uri=True)
    sql = PANDAS_SQL.format(marks=", ".join("?" for _ in scales))
    frame = pd.read_sql(sql, conn, params=[QUESTIONNAIRE, *scales])
    conn.close()
    keys = ["organisation", "question_id"]
    grouped = frame.groupby(keys, sort=True)["value_num"]
    table = pd.DataFrame(
        {
            "n": grouped.count(),
            "size": grouped.size(),
            "mean": grouped.mean(),
            "sd": grouped.std(),
            "median": grouped.median(),
        }
    )
    counts = frame.groupby([*keys, "value_num"]).size().unstack(fill_value=0)
    questions = counts.index.get_level_values("question_id")
    top = np.array([[v in scales[q][-2:] for v in counts.columns] for q in questions])
    bottom = np.array([[v in scales[q][:2] for v in counts.columns] for q in questions])
    n = table["n"].to_numpy()
    top2 = (counts.to_numpy() * top).sum(axis=1)
    table["n_missing"] = table["size"] - table["n"]
    table["top2_pct"] = 100 * top2 / n
    table["bottom2_pct"] = 100 * (counts.to_numpy() * bottom).sum(axis=1) / n
    z = 1.959963984540054
    p, denominator = top2 / n, 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z / denominator * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    table["ci_low"], table["ci_high"] = 100 * (centre - half), 100 * (centre + half)
    elapsed = time.perf_counter() - started
    rows = []
    for (organisation, question), row in table.iterrows():
        value_counts = counts.loc[(organisation, question)]
        rows.append(
            {
                "organisation": organisation,
                "question_id": question,
                "n": int(row["n"]),
                "n_missing": int(row["n_missing"]),
                "mean": float(row["mean"]),
                "sd": float(row["sd"]),
                "median": float(row["median"]),
                "counts": {str(v): int(value_counts.get(float(v), 0)) for v in scales[question]},
                "top2_pct": float(row["top2_pct"]),
                "bottom2_pct": float(row["bottom2_pct"]),
                "top2_ci_low": float(row["ci_low"]),
                "top2_ci_high": float(row["ci_high"]),
            }
        )
    return rows, elapsed


def peak_rss_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries that over from the
    parent through fork and exec, so every child would report at least the parent's peak."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def without_pandas() -> None:
    """Make pandas and numpy unimportable, as they are where the app is installed: sqlite-utils
    imports them whenever it finds them, which here would only be because of this benchmark."""
    for name in ("pandas", "numpy"):
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]


def child(kind: str, folder: Path, out: Path) -> None:
    """One measurement in this fresh process; writes rows, seconds and peak RSS to ``out``."""
    texts = 0
    if kind == "pandas":
        rows, seconds = with_pandas(folder, json.loads(out.read_text()))
    else:
        without_pandas()
        rows, seconds, texts = ours(folder, comments=kind == "comments")
    result = {"rows": rows, "seconds": seconds, "rss_mb": peak_rss_mb(), "comments": texts}
    out.write_text(json.dumps(result))


# --- the run -------------------------------------------------------------------------------


def measure(kind: str, folder: Path, scales: dict[str, list[int]]) -> dict[str, Any]:
    """Run one measurement in a fresh process; the file passes the scales in and the result
    back."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(scales, f)
    out = Path(f.name)
    cmd = [sys.executable, __file__, "--child", kind, "--folder", str(folder), "--out", str(out)]
    subprocess.run(cmd, check=True)
    result = json.loads(out.read_text())
    out.unlink()
    return result


def bare_rss_mb(code: str) -> float:
    source = inspect.getsource(peak_rss_mb) + inspect.getsource(without_pandas)
    program = f"import sys\n{source}\n{code}\nprint(peak_rss_mb())"
    out = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    return float(out.stdout.split()[-1])


def scales_of(folder: Path) -> dict[str, list[int]]:
    from feedback_app.store import Store

    store = Store(folder)
    q = store.questionnaires.latest(QUESTIONNAIRE)
    store.close()
    return {x.id: x.scale_values() for x in q.questions if x.type in ("likert", "rating")}


FLOATS = ("mean", "sd", "median", "top2_pct", "bottom2_pct", "top2_ci_low", "top2_ci_high")


def disagreements(ours_rows: list[dict], pandas_rows: list[dict]) -> list[str]:
    """Every difference between the two tables beyond float rounding."""
    mine = {(r["organisation"], r["question_id"]): r for r in ours_rows}
    theirs = {(r["organisation"], r["question_id"]): r for r in pandas_rows}
    problems = [f"only in ours: {k}" for k in mine.keys() - theirs.keys()]
    problems += [f"only in pandas: {k}" for k in theirs.keys() - mine.keys()]
    for key in sorted(mine.keys() & theirs.keys()):
        a, b = mine[key], theirs[key]
        for name in ("n", "n_missing", "counts"):
            if a[name] != b[name]:
                problems.append(f"{key} {name}: ours {a[name]} pandas {b[name]}")
        for name in FLOATS:
            if not math.isclose(a[name], b[name], rel_tol=1e-9, abs_tol=1e-9):
                problems.append(f"{key} {name}: ours {a[name]} pandas {b[name]}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--responses", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7, help="runs of our report")
    parser.add_argument("--pandas-runs", type=int, default=2, help="runs of pandas (slow)")
    parser.add_argument("--comment-runs", type=int, default=3, help="runs with free texts")
    parser.add_argument("--child", choices=("ours", "comments", "pandas"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.folder, args.out)
        return
    folder = database_with(args.responses)
    scales = scales_of(folder)
    warm_cache(folder)
    bare = bare_rss_mb("")
    imports = bare_rss_mb(
        "without_pandas()\nimport feedback_app.store, feedback_app.reports.aggregate"
    )
    mine = [measure("ours", folder, scales)]
    theirs = []
    for i in range(max(args.runs, args.pandas_runs)):  # interleaved: noise hits both alike
        if i < args.pandas_runs:
            theirs.append(measure("pandas", folder, scales))
        if i + 1 < args.runs:
            mine.append(measure("ours", folder, scales))
    texts = [measure("comments", folder, scales) for _ in range(args.comment_runs)]
    problems = disagreements(mine[0]["rows"], theirs[0]["rows"])
    problems += [
        f"{t['comments']:,} comments for {args.responses:,} responses that each wrote one"
        for t in texts
        if t["comments"] != args.responses
    ]
    if problems:
        print("THE TABLES DISAGREE:", *problems[:20], sep="\n  ", file=sys.stderr)
        raise SystemExit(1)
    report_figures(args, mine, theirs, bare, imports)
    if texts:
        report_comments(texts, statistics.median(r["seconds"] for r in theirs))


def report_figures(
    args: argparse.Namespace, mine: list[dict], theirs: list[dict], bare: float, imports: float
) -> None:
    cells = len(mine[0]["rows"])
    print(
        f"tables agree: {cells} (organisation, question) rows, n, n_missing, counts equal; "
        "mean, sd, median, top-2, bottom-2 and interval equal to 1e-9"
    )
    ours_s = statistics.median(r["seconds"] for r in mine)
    pandas_s = statistics.median(r["seconds"] for r in theirs)
    ours_mb = max(r["rss_mb"] for r in mine)
    pandas_mb = max(r["rss_mb"] for r in theirs)
    print(f"{args.responses:,} responses x 10 answers, report grouped by organisation")
    print(f"  ours:   median {ours_s * 1000:9.1f} ms over {len(mine)} runs")
    print(
        f"  pandas: median {pandas_s * 1000:9.1f} ms over {len(theirs)} runs (read_sql + groupby)"
    )
    ratio = ours_s / pandas_s
    verdict = "PASS" if ratio < TARGET_RATIO else "FAIL"
    print(f"ratio ours / pandas: {ratio:.4f} (target < {TARGET_RATIO}) {verdict}")
    print(
        f"peak memory: bare interpreter {bare:.1f} MB, after importing the report {imports:.1f} MB"
    )
    print(f"  pandas run: {pandas_mb:.1f} MB ({pandas_mb / bare:.1f} x bare)")
    verdict = "PASS" if ours_mb < MAX_RSS_MB else "FAIL"
    print(
        f"peak memory of our report: {ours_mb:.1f} MB ({ours_mb / bare:.2f} x bare, "
        f"{ours_mb / pandas_mb:.3f} x pandas) (target < {MAX_RSS_MB} MB) {verdict}"
    )


def report_comments(texts: list[dict], pandas_s: float) -> None:
    """The report as the CLI gives it by default, every free-text answer included."""
    seconds = statistics.median(r["seconds"] for r in texts)
    peak = max(r["rss_mb"] for r in texts)
    print(
        f"with the {texts[0]['comments']:,} free-text comments too (the CLI's default; for "
        f"information): median {seconds * 1000:.1f} ms over {len(texts)} runs, "
        f"{seconds / pandas_s:.3f} x pandas' table, peak memory {peak:.1f} MB"
    )


if __name__ == "__main__":
    main()
