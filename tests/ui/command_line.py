"""Running a command from a screen test, to compare the two ways of doing one action."""

from __future__ import annotations

import contextlib
import io

from feedback_app.cli import main


def run_cli(*args: str) -> tuple[int, str, str]:
    """``feedback-app ARGS`` in this process; (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(list(args))
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
    return code, out.getvalue(), err.getvalue()
