"""How long the commands that do not extract take to start, and which heavy libraries they load.

    python bench/startup.py [--store kg-store] [--runs 5]

Each command runs ``--runs`` times in a fresh interpreter; the median wall time is printed with
the heavy libraries its import path loaded (read from ``sys.modules`` after running the command
in-process with click's standalone mode off). ``kg query`` runs a named query against ``--store``
(built from the seed first if missing); ``kg serve`` is timed up to the server's start: its
``--help`` and the import of ``kg.server``'s entry point are what a start pays before listening.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KG = Path(sys.executable).with_name("kg")
HEAVY = ("spacy", "thinc", "rdflib", "httpx", "networkx", "pyshacl", "dask", "starlette", "uvicorn",
         "tqdm", "pyoxigraph")
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
        "import kg.server": ([sys.executable, "-c", "import kg.server"], None),
    }
    print(f"{'command':<22} {'median s':>9} {'min s':>7}  heavy libraries loaded")
    for label, (command, args) in commands.items():
        times = [wall_seconds(command) for _ in range(opts.runs)]
        heavy = loaded(args) if args is not None else ""
        print(f"{label:<22} {statistics.median(times):>9.3f} {min(times):>7.3f}  {heavy}")


if __name__ == "__main__":
    main()
