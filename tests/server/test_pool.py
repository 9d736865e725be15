"""The worker pool's processes: stopping a worker is safe from several threads at once."""
from __future__ import annotations

import errno
import multiprocessing as mp
import threading
import time
from pathlib import Path
from typing import Any

from kg.server.pool import _Worker
from kg.server.worker import Limits


class OneCloseOnly:
    """A worker's pipe that fails as a closed file descriptor does when it is closed a second time."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.closes = 0

    @property
    def closed(self) -> bool:
        return bool(self.conn.closed)

    def close(self) -> None:
        self.closes += 1
        if self.closes > 1:
            raise OSError(errno.EBADF, "Bad file descriptor")
        time.sleep(0.2)  # the window in which another thread may close it too
        self.conn.close()


def test_a_worker_stopped_from_two_threads_at_once_is_stopped_once(tmp_path: Path) -> None:
    """The pool's close and a call that failed may both stop one worker; neither may raise."""
    worker = _Worker(mp.get_context("spawn"), str(tmp_path / "store"), Limits())
    worker.conn = OneCloseOnly(worker.conn)  # type: ignore[assignment]
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def stop() -> None:
        start.wait()
        try:
            worker.stop()
        except BaseException as exc:  # the test reports whatever escaped
            errors.append(exc)

    threads = [threading.Thread(target=stop) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert worker.conn.closed and not worker.process.is_alive()
