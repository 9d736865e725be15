"""``kg serve``'s flags reach the server, and ``--processes`` servers share one port with those limits.

The first test reads what the command line builds (uvicorn is not started);
the second starts ``kg serve --processes 2`` for real and sends it requests
by halves, so the deadlines given on the command line are the ones enforced.
"""
from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path
from typing import Any

import psutil
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.server import app as server_app
from kg.server.connection import ServeConfig

from . import hardening
from .conftest import free_port, kg_command, wait_until_up
from .hardening import Seed

hardening_seed = hardening.hardening_seed  # a fixture

FLAGS = ["--query-timeout", "7", "--max-results", "123", "--max-result-mb", "3", "--worker-memory-mb", "300",
         "--spill-kb", "64", "--cache-mb", "10", "--cache-disk-mb", "20", "--lookup-cache-mb", "6",
         "--max-body-kb", "16", "--header-timeout", "2.5", "--body-timeout", "4", "--send-timeout", "9",
         "--keep-alive", "3", "--license", "http://example.org/licence", "--workers", "4"]


def started(monkeypatch: pytest.MonkeyPatch, seed: Seed, *flags: str) -> ServeConfig:
    """The uvicorn configuration ``kg serve FLAGS`` builds, caught before it starts."""
    caught: list[ServeConfig] = []
    monkeypatch.setattr(server_app, "run_uvicorn", caught.append)
    result = CliRunner().invoke(main, ["serve", "--store", str(seed.store), "--base", seed.base, *flags])
    assert result.exit_code == 0, result.output
    return caught[0]


def test_every_limit_has_a_flag_that_reaches_the_server(monkeypatch: pytest.MonkeyPatch,
                                                        hardening_seed: Seed) -> None:
    config = started(monkeypatch, hardening_seed, *FLAGS)
    assert (config.header_timeout, config.body_timeout, config.timeout_keep_alive) == (2.5, 4.0, 3.0)
    settings = config.app.state.site.settings
    limits = settings.limits
    assert (settings.query_timeout, settings.workers, settings.send_timeout) == (7.0, 4, 9.0)
    assert (limits.max_results, limits.max_bytes, limits.worker_memory, limits.spill_bytes) == (
        123, 3 * 2**20, 300 * 2**20, 64 * 2**10)
    assert (settings.cache_bytes, settings.cache_disk_bytes, settings.lookup_cache_bytes) == (
        10 * 2**20, 20 * 2**20, 6 * 2**20)
    assert (settings.max_body, settings.license) == (16 * 2**10, "http://example.org/licence")
    assert config.access_log


def test_access_log_can_be_turned_off(monkeypatch: pytest.MonkeyPatch, hardening_seed: Seed) -> None:
    assert not started(monkeypatch, hardening_seed, "--no-access-log").access_log


def test_processes_share_the_workers_and_caches_in_all(monkeypatch: pytest.MonkeyPatch,
                                                      hardening_seed: Seed) -> None:
    config = started(monkeypatch, hardening_seed, *FLAGS, "--processes", "2")
    assert config.workers == 2 and config.factory
    options: dict[str, Any] = config.app.options
    assert options["workers"] == 2 and options["query_timeout"] == 7.0  # 4 workers in all
    assert (options["cache_bytes"], options["cache_disk_bytes"], options["lookup_cache_bytes"]) == (
        5 * 2**20, 10 * 2**20, 3 * 2**20)
    assert (config.header_timeout, config.body_timeout) == (2.5, 4.0)


def test_a_flag_out_of_range_is_one_line(hardening_seed: Seed) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(hardening_seed.store), "--processes", "0"])
    assert result.exit_code == 2 and "--processes" in result.output


def test_kg_serve_processes_enforce_the_deadlines_given(hardening_seed: Seed, tmp_path: Path) -> None:
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen([*kg_command(), "serve", "--store", str(hardening_seed.store), "--port",
                                    str(port), "--base", url, "--processes", "2", "--workers", "2",
                                    "--header-timeout", "1", "--body-timeout", "1"],
                                   stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_until_up(url, process, log_path)
            servers = psutil.Process(process.pid).children()
            workers = [w for s in servers for w in s.children() if "spawn_main" in " ".join(w.cmdline())]
            assert len(servers) >= 2 and len(workers) == 2  # two servers, one query worker each
            for request in (b"GET / HTTP/1.1\r\nHost: x\r\n", b"POST /sparql HTTP/1.1\r\nHost: x\r\n"
                            b"Content-Type: application/sparql-query\r\nContent-Length: 9\r\n\r\nASK"):
                began = time.monotonic()
                assert half_sent(port, request).startswith(b"HTTP/1.1 408 ")
                assert 0.9 <= time.monotonic() - began < 8
        finally:
            family = [process.pid, *(p.pid for p in psutil.Process(process.pid).children(recursive=True))]
            process.terminate()
            process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
              for pid in family) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in family if psutil.pid_exists(pid)
                and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE], "processes left behind"


def half_sent(port: int, request: bytes) -> bytes:
    """What the server answers to ``request`` left unfinished, until it closes the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)
