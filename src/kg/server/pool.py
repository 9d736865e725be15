"""Worker processes that run store reads under a deadline.

Neither pyoxigraph nor rdflib can stop a query once it runs, and a thread
cannot be killed, so the server sends each read to a worker process (see
``kg.serve_worker``) and kills the process when the deadline passes; a fresh
worker takes its place, and the work really stops. Workers start with
``spawn`` (the server has threads, which ``fork`` would copy half-way).
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from pathlib import Path
from typing import Any

from ..errors import KgError, PoolBusy, QueryTimeout, WorkerLost
from .worker import READY, Limits, Reply, worker_main

CLOSE_CHECK = 0.5  # seconds between looks at whether the pool closed, for tasks waiting for a worker


class _Worker:
    def __init__(self, context: Any, store_location: str, limits: Limits):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, store_location, limits),
                                       name="kg-serve-worker", daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.generation = 0  # the pool's generation it was started in: its view of the store
        self._stopping = threading.Lock()

    def wait_ready(self, timeout: float) -> None:
        """Wait (outside any query's deadline) until the worker has opened the store."""
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise KgError(f"a query worker did not start within {timeout:g} s")
        message = self.conn.recv()
        if message != READY:
            raise KgError(f"a query worker could not open the store: {message}")
        self.ready = True

    def call(self, task: Any, timeout: float) -> Reply:
        self.conn.send(task)
        if not self.conn.poll(timeout):
            raise QueryTimeout(f"stopped after {timeout:g} s, the server's time limit")
        reply: Reply = self.conn.recv()
        return reply

    def stop(self) -> None:
        """Kill the process and close its pipe, once: the pool's close and a failed call may both stop it."""
        with self._stopping:
            if self.conn.closed:
                return
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=5)
            self.conn.close()


class WorkerPool:
    """``size`` workers over one store; ``run`` is blocking and thread-safe (call it from threads)."""

    def __init__(self, store_location: str | Path, limits: Limits, *, size: int = 2,
                 start_timeout: float = 120.0, wait_timeout: float = 60.0):
        self.store_location = str(store_location)
        self.limits = limits
        self.size = size
        self.start_timeout = start_timeout
        self.wait_timeout = wait_timeout
        self._context = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        self.generation = 0

    def start(self) -> None:
        """Start the workers and wait until each has opened the store (errors surface here)."""
        workers = [self._spawn() for _ in range(self.size)]
        try:
            for worker in workers:
                worker.wait_ready(self.start_timeout)
        except BaseException:
            self.close()
            raise
        for worker in workers:
            self._idle.put(worker)

    def run(self, task: Any, timeout: float) -> Reply:
        """The worker's reply to ``task``.

        Raises QueryTimeout past ``timeout`` seconds, PoolBusy when no worker frees up.
        """
        worker = self._next_idle()
        try:
            worker.wait_ready(self.start_timeout)
            reply = worker.call(task, timeout)
        except (EOFError, OSError) as exc:
            self._replace(worker)
            raise WorkerLost(f"the query worker stopped unexpectedly ({type(exc).__name__}); it may have "
                          "run out of the memory a worker may use") from None
        except BaseException:
            self._replace(worker)  # never reuse a worker that may still be computing
            raise
        if worker.generation == self.generation:
            self._idle.put(worker)
        else:
            self._replace(worker)  # it reads an older view of the store than the pool now serves
        return reply

    def _next_idle(self) -> _Worker:
        """The next idle worker; PoolBusy past ``wait_timeout``, KgError as soon as the pool closes."""
        deadline = time.monotonic() + self.wait_timeout
        while not self._closed:
            try:
                worker = self._idle.get(timeout=max(0.0, min(CLOSE_CHECK, deadline - time.monotonic())))
            except queue.Empty:
                if time.monotonic() >= deadline:
                    raise self._busy() from None
                continue
            if worker.generation == self.generation:
                return worker
            self._replace(worker)
        raise KgError("the server is stopping")

    def renew(self) -> None:
        """Replace every worker as it comes free: the store changed, and each must open it again."""
        with self._lock:
            self.generation += 1

    def _busy(self) -> PoolBusy:
        return PoolBusy(f"every query worker stayed busy for {self.wait_timeout:g} s; try again later")

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.process.pid for w in self._workers if w.process.pid)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers, self._workers = list(self._workers), set()
        for worker in workers:
            worker.stop()

    def _spawn(self) -> _Worker:
        worker = _Worker(self._context, self.store_location, self.limits)
        with self._lock:
            worker.generation = self.generation
            self._workers.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and put a fresh one (still starting) in its place."""
        with self._lock:
            self._workers.discard(worker)
            closed = self._closed
        worker.stop()
        if not closed:
            self._idle.put(self._spawn())
