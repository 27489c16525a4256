"""PDF report speed: the whole PDF with its comments against the JSON report of the same
filters, measured in the same run.

    python benchmarks/pdf_report.py [--responses 1600] [--sessions 40] [--runs 5]

The database holds --responses demo responses (``feedback-app demo``: the built-in
questionnaire, about a quarter of the respondents writing comments) in --sessions sessions of
a dozen organisations; it is built once into benchmarks/.cache and reused. With the comments
the default makes a PDF of about 20 pages.

In this process, after the imports and with a Qt application made (offscreen without a
display), interleaved run by run:

- pdf: ``pdf_from_command(services, Filters(), path, language="fi", comments=True)``, the call
  behind ``feedback-app --language fi report --format pdf --comments``: the review's numbers,
  the layout, the painting and the file, written whole;
- json (baseline): ``services.results.write_report(Filters(), output_format="json",
  comments=True, output=path)``, the JSON report of the same responses, comments included.

Then, for information, the command itself in a fresh process (Python and Qt start included).
Target: the PDF of about 20 pages is written in under 5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
TARGET_SECONDS = 5.0


def database(responses: int, sessions: int) -> Path:
    """The cached demo data folder, built on first use."""
    from feedback_app.services import Services

    folder = CACHE / f"pdf-report-{responses}-{sessions}-v1"
    if not (folder / "feedback.db").exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building {folder.name} ...", flush=True)
        with Services(folder) as services:
            services.responses.generate_demo(responses, sessions=sessions, seed=1)
    return folder


def timed_pdf(folder: Path, target: Path) -> tuple[float, int]:
    from feedback_app.services import Services
    from feedback_app.services.types import Filters
    from feedback_app.ui.review.pdf_command import pdf_from_command

    start = time.perf_counter()
    with Services(folder) as services:
        written = pdf_from_command(
            services, Filters(), target, language="fi", comments=True, force=True
        )
    return time.perf_counter() - start, written.pages


def timed_json(folder: Path, target: Path) -> float:
    from feedback_app.services import Services
    from feedback_app.services.types import Filters

    start = time.perf_counter()
    with Services(folder) as services:
        services.results.write_report(
            Filters(), output_format="json", comments=True, output=target, force=True
        )
    return time.perf_counter() - start


def command_seconds(folder: Path, target: Path) -> float:
    """``feedback-app --language fi report --format pdf --comments`` in a fresh process."""
    command = [
        sys.executable, "-m", "feedback_app", "--language", "fi", "report", "--format", "pdf",
        "--comments", "--force", "-o", str(target), "--data-dir", str(folder),
    ]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--responses", type=int, default=1600)
    parser.add_argument("--sessions", type=int, default=40)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from feedback_app.ui.review.pdf_command import ensure_qt

    ensure_qt()
    folder = database(args.responses, args.sessions)
    work = Path(tempfile.mkdtemp())
    try:
        timed_pdf(folder, work / "warm.pdf")  # fonts found and loaded once, as in the window
        pdf_times, json_times, pages = [], [], 0
        for _ in range(args.runs):
            json_times.append(timed_json(folder, work / "report.json"))
            seconds, pages = timed_pdf(folder, work / "report.pdf")
            pdf_times.append(seconds)
        command = command_seconds(folder, work / "command.pdf")
        size = (work / "report.pdf").stat().st_size / 1e6
    finally:
        shutil.rmtree(work, ignore_errors=True)
    pdf_median, json_median = statistics.median(pdf_times), statistics.median(json_times)
    print(
        f"PDF report of {args.responses:,} demo responses in {args.sessions} sessions, "
        f"comments included, in Finnish: {pages} pages, {size:.2f} MB"
    )
    print(
        f"  pdf:  median {pdf_median:.3f} s over {args.runs} runs "
        f"({1000 * pdf_median / max(pages, 1):.1f} ms a page)"
    )
    print(
        f"  json: median {json_median:.3f} s over {args.runs} runs (the same numbers and "
        "comments as JSON)"
    )
    print(f"ratio pdf / json: {pdf_median / json_median:.1f}")
    verdict = "PASS" if pdf_median < TARGET_SECONDS else "FAIL"
    print(
        f"pdf: {pdf_median:.2f} s for {pages} pages (target < {TARGET_SECONDS:.0f} s for "
        f"about 20 pages) {verdict}"
    )
    print(f"the command in a fresh process (Python and Qt start included): {command:.2f} s")


if __name__ == "__main__":
    main()
