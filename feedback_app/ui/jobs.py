"""One way to run long work off the GUI thread: progress, a Cancel that stops, errors shown.

``BackgroundJob`` runs ``work(progress)`` in a ``QThread`` of its own. The work calls
``progress(done, total)`` between its steps; once Cancel is pressed that call raises
``Cancelled``, which the writers below answer by removing their temporary file, so a cancelled
job leaves nothing behind. The flag is a ``threading.Event`` set directly from the GUI thread:
a queued signal to the worker would wait until the busy worker had finished.

The work must open its own services (an SQLite connection belongs to the thread that opened
it). When the job ends, one of ``succeeded(result)``, ``failed(message)`` or ``cancelled()``
is emitted in the GUI thread, and the thread and the worker are deleted. ``QuietJob`` is the
same without the progress dialog, for a count or a check that a screen shows in its own place.
"""

from __future__ import annotations

import threading
import warnings
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services.types import Cancelled
from .widgets.errors import error_text

Progress = Callable[[int, int], None]
Work = Callable[[Progress], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, stop: threading.Event):
        super().__init__()
        self._work = work
        self._stop = stop

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message, never a crash
            self.failed.emit(error_text(exc))
        else:
            self.succeeded.emit(result)  # Cancel pressed after the last step: it is done

    def _progress(self, done: int, total: int) -> None:
        if self._stop.is_set():
            raise Cancelled()
        self.progressed.emit(done, total)


class QuietJob(QObject):
    """Runs one piece of work in a thread of its own, without a dialog: for a check or a count
    the screen shows itself (``progressed`` tells how far it is). See the module's docstring."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject):
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: QThread | None = QThread(self)
        self._worker: _Worker | None = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Deleted in its own thread, as the thread ends (Qt's documented pattern).
        self._thread.finished.connect(self._worker.deleteLater)
        # Slots of this object, which lives in the GUI thread: Qt queues the worker's signals
        # to it, so everything below runs in the GUI thread.
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)

    def start(self) -> None:
        assert self._thread is not None
        self._thread.start()

    def running(self) -> bool:
        return self._thread is not None

    @Slot()
    def cancel(self) -> None:
        """Stop at the work's next step (safe from any thread)."""
        self._stop.set()

    def shutdown(self) -> None:
        """Cancel and wait for the thread (the window is closing); nothing is emitted after."""
        self._stop.set()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # PySide6's word for "none"
            for signal in (self.progressed, self.succeeded, self.failed, self.cancelled):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):
                    pass  # nothing was connected
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._finish()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._thread is not None:
            self.progressed.emit(done, total)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        if self._finish():
            self.succeeded.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if self._finish():
            self.failed.emit(message)

    @Slot()
    def _on_cancelled(self) -> None:
        if self._finish():
            self.cancelled.emit()

    def _finish(self) -> bool:
        """End the thread and delete it and the worker; False when already finished."""
        thread = self._thread
        if thread is None:
            return False
        self._thread = self._worker = None
        thread.quit()
        thread.wait()
        thread.deleteLater()
        return True


class BackgroundJob(QuietJob):
    """Runs one piece of work with a progress dialog; see the module's docstring."""

    def __init__(
        self,
        work: Work,
        parent: QWidget,
        *,
        title: str,
        label: str,
        show_after_ms: int = 400,
        cancellable: bool = True,
    ):
        """``cancellable=False`` for work that cannot stop half-way (its dialog offers no
        Cancel); work that reports no progress shows a busy bar."""
        super().__init__(work, parent)
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.progress.setObjectName("job_progress")
        self.progress.setWindowTitle(title)
        self.progress.setMinimumDuration(show_after_ms)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        if not cancellable:
            self.progress.setCancelButton(None)

    def start(self) -> None:
        self.progress.setValue(0)  # starts the dialog's clock: it shows if the work lasts
        super().start()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._thread is None:
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progressed.emit(done, total)

    def _finish(self) -> bool:
        if not super()._finish():
            return False
        self.progress.close()
        self.progress.deleteLater()
        return True
