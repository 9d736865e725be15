"""How long the commands that do not extract take to start, and which heavy libraries they load.

    python bench/startup.py [--store kg-store] [--runs 5]

Each command runs ``--runs`` times in a fresh interpreter; the median wall time is printed with
the heavy libraries its import path loaded (read from ``sys.modules`` after running the command
in-process with click's standalone mode off). ``kg query`` runs a named query against ``--store``
(built from the seed first if missing). ``kg serve`` is timed three ways: its ``--help``; the
imports a start pays before it listens (``kg.cli`` and ``kg.server.app``, with the heavy libraries
they load); and the wall time from the command to its first answer on a free loopback port, query
workers started (``ready``: what a client waits after starting it).
"""
from __future__ import annotations

import argparse
import http.client
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = Path(sys.executable).with_name("kg")
HEAVY = ("spacy", "thinc", "rdflib", "httpx", "networkx", "pyshacl", "dask", "starlette", "uvicorn",
         "tqdm", "pyoxigraph")
SERVE_IMPORTS = "import kg.cli, kg.server.app"  # what `kg serve` imports before it opens the store
# Runs one command in-process and prints the heavy top-level packages it loaded.
PROBE = """
import sys
from kg.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
heavy = sorted({m.split('.')[0] for m in sys.modules} & set(sys.argv[0].split(',')))
print('LOADED', ' '.join(heavy) or '-', file=sys.stderr)
"""


def wall_seconds(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def serve_ready_seconds(store: str) -> float:
    """From ``kg serve`` to its first answer (``/sparql`` ASK, which needs a query worker); then stopped."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    started = time.perf_counter()
    process = subprocess.Popen([str(KG), "serve", "--store", store, "--port", str(port)], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while process.poll() is None:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", "/sparql?query=ASK%7B%7D", headers={"Accept": "text/csv"})
                if connection.getresponse().status == 200:
                    return time.perf_counter() - started
            except OSError:
                time.sleep(0.01)
        raise SystemExit(f"kg serve exited with status {process.returncode}")
    finally:
        process.terminate()
        process.wait(timeout=30)


def loaded(args: list[str]) -> str:
    probe = subprocess.run([sys.executable, "-c", PROBE.replace("sys.argv[0]", repr(",".join(HEAVY))),
                            *args], cwd=ROOT, capture_output=True, text=True, check=False)
    lines = [line for line in probe.stderr.splitlines() if line.startswith("LOADED")]
    return lines[-1].removeprefix("LOADED ") if lines else f"? ({probe.stderr.strip()[-200:]})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", default=str(ROOT / "kg-store"))
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    if not Path(opts.store).exists():
        subprocess.run([str(KG), "build", "seeds/", "--store", opts.store, "--quiet", "--no-validate",
                        "--workers", "1"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    commands = {
        "python -c pass": ([sys.executable, "-c", "pass"], None),
        "kg --help": ([str(KG), "--help"], ["--help"]),
        "kg query --list": ([str(KG), "query", "--list"], ["query", "--list"]),
        "kg query documents": ([str(KG), "query", "documents", "--store", opts.store],
                               ["query", "documents", "--store", opts.store]),
        "kg serve --help": ([str(KG), "serve", "--help"], ["serve", "--help"]),
        "kg serve's imports": ([sys.executable, "-c", SERVE_IMPORTS], None),
    }
    print(f"{'command':<22} {'median s':>9} {'min s':>7}  heavy libraries loaded")
    for label, (command, args) in commands.items():
        times = [wall_seconds(command) for _ in range(opts.runs)]
        heavy = loaded(args) if args is not None else ""
        if label == "kg serve's imports":
            heavy = imported(SERVE_IMPORTS)
        print(f"{label:<22} {statistics.median(times):>9.3f} {min(times):>7.3f}  {heavy}")
    ready = [serve_ready_seconds(opts.store) for _ in range(opts.runs)]
    print(f"{'kg serve until ready':<22} {statistics.median(ready):>9.3f} {min(ready):>7.3f}  "
          "(first answer to a query, workers started, seed store)")


def imported(statement: str) -> str:
    """The heavy libraries ``statement`` loads."""
    heavy = set(HEAVY)
    code = f"import sys; {statement}; print(*sorted({{m.split('.')[0] for m in sys.modules}} & {heavy!r}))"
    probe = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                           check=False)
    return probe.stdout.strip() or f"? ({probe.stderr.strip()[-200:]})"


if __name__ == "__main__":
    main()
