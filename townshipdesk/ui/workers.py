"""Long work off the UI thread: one shape for every job (read a workbook, write an export …).

A job is a plain function `fn(progress) -> result` that knows nothing about Qt. It runs in the global
QThreadPool; `progress(done, total)` reports back and raises `Cancelled` once the user pressed
Cancel, so the function stops at its next step. Results and errors come back on the UI thread.

SQLite: the connection is shared, so jobs only do file work (read or write a workbook); the database
reads and writes around them run on the UI thread, where there is never a second writer.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from townshipdesk.i18n import tr

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
JobFunction = Callable[[Progress], Any]

# Runnables still running or not yet reported: kept alive here, because the widget that started a job
# may be closed (and its Job deleted) while the pool thread still uses the runnable.
_RUNNING: set[_Runnable] = set()


class Cancelled(Exception):
    """Raised inside a job's progress callback after the user cancelled; the job ends quietly."""


class _Signals(QObject):
    # `object` so any Python value (dataclasses, exceptions) crosses threads unchanged.
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, fn: JobFunction, signals: _Signals, cancel_flag: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._signals = signals
        self._cancel = cancel_flag
        # The Job owns the signals object; the pool must not delete this runnable under us either.
        self.setAutoDelete(False)

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # every failure must reach the UI, or it would wait forever
            if not isinstance(exc, Cancelled):
                log.exception("background job failed")
            self._signals.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self._signals.failed.emit(Cancelled())
            else:
                self._signals.finished.emit(result)


class Job(QObject):
    """A function running in the thread pool. Connect to the signals, then call `start()`."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception; Cancelled when the user cancelled

    def __init__(self, fn: JobFunction, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._signals = _Signals()
        # Queued: the pool thread emits, these slots run on the UI thread that owns the Job.
        self._signals.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._runnable = _Runnable(fn, self._signals, self._cancel)
        self.done = False

    def start(self) -> None:
        _RUNNING.add(self._runnable)
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        """Ask the job to stop at its next progress report; `failed(Cancelled)` follows."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _on_finished(self, result: object) -> None:
        self.done = True
        _RUNNING.discard(self._runnable)
        self.finished.emit(result)

    def _on_failed(self, exc: object) -> None:
        self.done = True
        _RUNNING.discard(self._runnable)
        self.failed.emit(exc)


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: JobFunction,
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
) -> Job:
    """Run `fn` in the pool behind a modal progress dialog with a Cancel button."""
    dialog = QProgressDialog(title, tr("取消", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick jobs finish before a dialog flashes up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    job = Job(fn, parent)
    dialog.canceled.connect(job.cancel)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    def finish(result: object) -> None:
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()
        on_success(result)

    def fail(exc: object) -> None:
        dialog.close()
        dialog.deleteLater()
        job.deleteLater()
        if not isinstance(exc, Cancelled):
            on_failure(exc)  # type: ignore[arg-type]

    job.progress.connect(show_progress)
    job.finished.connect(finish)
    job.failed.connect(fail)
    job.start()
    return job
