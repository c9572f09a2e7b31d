"""Long work off the GUI thread, with progress and a way to stop it.

A :class:`Job` runs ``work(progress, cancelled)`` in a QThread. ``work`` must not
touch a widget and opens its own database connection; it reports with
``progress(done, total)`` and checks ``cancelled()`` now and then. The results come
back to the GUI thread as signals: ``progressed``, ``succeeded``, ``failed``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Runner(QObject):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self.work = work
        self.stop = stop

    def run(self) -> None:
        try:
            result = self.work(self.progressed.emit, self.stop.is_set)
        except BaseException as error:  # noqa: BLE001 (handed to the GUI thread)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


class Job(QObject):
    """One piece of long work in its own thread; see the module docstring."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._runner = _Runner(work, self._stop)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.succeeded.connect(self._succeeded)
        self._runner.failed.connect(self._failed)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._stop.set()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, milliseconds: int = 30_000) -> bool:
        return self._thread.wait(milliseconds)

    def _succeeded(self, result: Any) -> None:
        self._end()
        self.succeeded.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._end()
        self.failed.emit(error)

    def _end(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit()
