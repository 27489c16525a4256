"""A progress bar on stderr for long commands, and what Ctrl+C does during them.

The bar appears only when stderr is a terminal and the work has taken more than half a second,
so quick commands, pipes and log files stay clean. Ctrl+C (or a callback raising
``Cancelled``) stops the work; the writers then remove their temporary file, and the command
says so in one line and exits with code 2.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from ..services.types import Cancelled
from .common import UserError

DELAY = 0.5
WIDTH = 30
CANCELLED = "cancelled, nothing was written"


@contextmanager
def progress_bar(
    label: str,
    *,
    stream: TextIO | None = None,
    clock: Callable[[], float] = time.monotonic,
    cancelled: str = CANCELLED,
) -> Iterator[Callable[[int, int], None]]:
    """Yield ``callback(done, total)`` that draws ``label [#####-----]  45 %`` on stderr."""
    out = stream if stream is not None else sys.stderr
    bar = _Bar(label, out, clock)
    try:
        yield bar.update
    except (KeyboardInterrupt, Cancelled):
        bar.finish()
        raise UserError(cancelled) from None
    finally:
        bar.finish()


class _Bar:
    def __init__(self, label: str, out: TextIO, clock: Callable[[], float]):
        self._label, self._out, self._clock = label, out, clock
        self._started = clock()
        self._shown = -1
        self._drawn = False
        self._terminal = _is_terminal(out)

    def update(self, done: int, total: int) -> None:
        if not self._terminal or self._clock() - self._started < DELAY:
            return
        percent = 100 * done // total if total > 0 else 0
        if percent == self._shown:
            return
        self._shown = percent
        filled = WIDTH * percent // 100
        self._out.write(
            f"\r{self._label} [{'#' * filled}{'-' * (WIDTH - filled)}] {percent:3d} % "
            f"({done:,} of {total:,})"
        )
        self._out.flush()
        self._drawn = True

    def finish(self) -> None:
        """Clear the bar's line, so the command's own message starts on a clean line."""
        if self._drawn:
            self._out.write("\r\x1b[2K")
            self._out.flush()
            self._drawn = False


def _is_terminal(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False
