"""Build the application folder with PyInstaller, then check that the result really starts.

    python -m pip install ".[build]"
    python scripts/build_app.py [--dist DIR] [--work DIR] [--check-only]

The folder is ``dist/feedback-app/`` (``--dist`` elsewhere), built with
``packaging/feedback-app.spec`` by the interpreter running this script. The check starts the
built program offscreen on an empty, temporary data folder: the trainer's window, the kiosk and
the review window each have to draw their first frame and close again by themselves
($FEEDBACK_APP_FIRST_FRAME_FILE, see ``feedback_app/app.py``). Exit code 0 only when every
check passed. The folder's size is printed at the end.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "feedback-app.spec"
NAME = "feedback-app"
WINDOWS = sys.platform.startswith("win")
#: The windows checked: the command's arguments after the data folder, and the window's name.
CHECKED = {
    "trainer's window": ([], "start_window"),
    "kiosk": (["kiosk"], "kiosk_window"),
    "review window": (["review"], "review_window"),
}
START_TIMEOUT = 120


class CheckFailed(Exception):
    """The build or the built program did not do what it should."""


def build(dist: Path, work: Path) -> float:
    """Run PyInstaller with the spec; the seconds it took."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(SPEC),
        "--noconfirm",
        "--clean",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    start = time.monotonic()
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        raise CheckFailed(f"PyInstaller failed (exit code {result.returncode})")
    return time.monotonic() - start


def program(dist: Path) -> Path:
    """The built program inside the folder."""
    path = dist / NAME / (f"{NAME}.exe" if WINDOWS else NAME)
    if not path.is_file():
        raise CheckFailed(f"no program at {path}")
    return path


def check_version(binary: Path) -> str:
    """``feedback-app --version`` of the built program (not on Windows: it has no console)."""
    result = subprocess.run(
        [str(binary), "--version"], capture_output=True, text=True, timeout=START_TIMEOUT
    )
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    expected = f"{NAME} {version['version']}"
    if result.returncode != 0 or result.stdout.strip() != expected:
        raise CheckFailed(
            f"--version printed {result.stdout.strip()!r} (exit code {result.returncode}), "
            f"expected {expected!r}; {result.stderr.strip()}"
        )
    return expected


def first_frame(binary: Path, data_dir: Path, args: list[str], window: str) -> float:
    """Start the built program offscreen until its first frame; the seconds it took."""
    with tempfile.TemporaryDirectory() as scratch:
        marker = Path(scratch) / "first-frame.txt"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "FEEDBACK_APP_FIRST_FRAME_FILE": str(marker),
        }
        env.pop("FEEDBACK_APP_DATA_DIR", None)
        start = time.monotonic()
        try:
            result = subprocess.run(
                [str(binary), "--data-dir", str(data_dir), *args],
                capture_output=True,
                text=True,
                env=env,
                timeout=START_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise CheckFailed(f"no first frame within {START_TIMEOUT} s") from None
        seconds = time.monotonic() - start
        shown = marker.read_text(encoding="utf-8").strip() if marker.exists() else ""
        if result.returncode != 0 or shown != f"first frame: {window}":
            raise CheckFailed(
                f"exit code {result.returncode}, first frame {shown or 'never shown'!r}, "
                f"expected {window!r}\n{result.stdout}{result.stderr}".rstrip()
            )
    return seconds


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files in the folder."""
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def check(dist: Path) -> None:
    """Every check of a built folder, printed as it goes."""
    binary = program(dist)
    if not WINDOWS:
        print(f"--version: {check_version(binary)}")
    with tempfile.TemporaryDirectory() as data:
        for label, (args, window) in CHECKED.items():
            seconds = first_frame(binary, Path(data) / "data", args, window)
            print(f"first frame of the {label} ({window}): {seconds:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--dist", type=Path, default=ROOT / "dist", help="where the folder is made (default: dist/)"
    )
    parser.add_argument(
        "--work",
        type=Path,
        default=ROOT / "build" / "pyinstaller",
        help="PyInstaller's working folder (default: build/pyinstaller/)",
    )
    parser.add_argument(
        "--check-only", action="store_true", help="check the folder built before, without building"
    )
    args = parser.parse_args()
    dist = args.dist.resolve()
    try:
        if not args.check_only:
            seconds = build(dist, args.work.resolve())
            print(f"built {dist / NAME} in {seconds:.0f} s")
        check(dist)
    except CheckFailed as exc:
        print(f"build_app: {exc}", file=sys.stderr)
        return 1
    size, count = folder_size(dist / NAME)
    print(f"{dist / NAME}: {size / 2**20:.0f} MiB in {count} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
