"""Latency of every named query on a store: without parameters and with one actor, one document, one month.

    python bench/queries.py --store DIR [--runs 3] [--limit 100] [--actor Gresham] [--option canal]
                            [--document frus1894Nicaragua-d36] [--month 1894-05] [--query NAME ...]
                            [--baseline DIR | --baseline-store DIR]

Opens the store read-only (pyoxigraph ``Store.read_only`` for a folder) and
runs each named query, then each parameterized variant its header declares,
``--runs`` times, with ``--limit`` as ``kg query`` gives it by default
(``--limit 0``: every row); prints the median and the row count, and the p50 over all
parameterized runs. Targets (issue 15): parameterized p50 < 100 ms, every
query without parameters < 1 s.

``--baseline DIR`` also runs the ``.rq`` files of DIR (the queries of an older
commit: ``git archive COMMIT queries | tar -x -C DIR``), each run next to the
current one, and prints their median and the ratio: on a shared machine whose
load drifts, the two are measured under the same load. The two take turns in
going first (the first warms the cache for the second), so give an even
``--runs``. ``--baseline-store DIR`` instead runs the same queries on another store in
turns (the store before an upgrade: what the upgrade changed for every query).
"""
from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from kg.queries import DEFAULT_LIMIT, query_names, query_parameters, run_query
from kg.store import Store, open_store

TARGET_PLAIN_MS = 1000.0
TARGET_PARAMETERIZED_MS = 100.0


def variants(name: str, args: argparse.Namespace) -> list[tuple[str, dict[str, str]]]:
    """The query alone, then one variant per selective parameter it declares."""
    declared = query_parameters(name)
    chosen: list[tuple[str, dict[str, str]]] = [("", {})]
    for param, value in (("actor", args.actor), ("option", args.option), ("document", args.document)):
        if param in declared:
            chosen.append((f"--{param} {value}", {param: value}))
    if {"since", "until"} <= set(declared):
        month = {"since": args.month, "until": args.month}
        chosen.append((f"--since {args.month} --until {args.month}", month))
    if args.limit and "limit" in declared:
        chosen = [(label, {**params, "limit": str(args.limit)}) for label, params in chosen]
    return chosen


def timed_once(store: Store, query: str, params: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    rows = len(run_query(store, query, **params).rows)
    return (time.perf_counter() - start) * 1000, rows


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--actor", default="Gresham")
    parser.add_argument("--option", default="canal")
    parser.add_argument("--document", default="frus1894Nicaragua-d36")
    parser.add_argument("--month", default="1894-05")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT,
                        help="--limit given to every query that takes one, as `kg query` does (0: none)")
    parser.add_argument("--query", action="append", help="only these named queries (repeatable)")
    parser.add_argument("--baseline", type=Path, help="a folder of older .rq files to time alongside")
    parser.add_argument("--baseline-store", help="another store to run the same queries on alongside")
    args = parser.parse_args()
    if args.baseline_store:
        with open_store(args.baseline_store, read_only=True) as other:
            run_table(args, lambda _store, name: (other, name))
    else:
        folder = args.baseline
        run_table(args, lambda store, name: (store, str(folder / f"{name}.rq"))
                  if folder and (folder / f"{name}.rq").is_file() else None)


#: Where a query's baseline runs: (store, query), or None when it has none.
Baseline = Callable[[Store, str], tuple[Store, str] | None]


def run_table(args: argparse.Namespace, baseline: Baseline) -> None:
    """Time every query and variant (with its baseline in turns, where there is one) and print the table."""
    parameterized: list[float] = []
    by_kind: dict[str, list[float]] = {}
    slow_plain: list[str] = []
    print(f"load average at start: {load_average()}")
    compare = bool(args.baseline or args.baseline_store)
    with open_store(args.store, read_only=True) as store:
        extra = f" {'baseline ms':>11} {'ratio':>6}" if compare else ""
        print(f"{'query':<18} {'parameters':<36} {'rows':>7} {'median ms':>10}{extra}  runs (ms)")
        for name in args.query or query_names():
            old = baseline(store, name)
            for label, params in variants(name, args):
                times, old_times, rows = [], [], 0
                for run in range(args.runs):
                    # The first of the two warms the store's cache for the second: they take turns.
                    if old and run % 2:
                        old_times.append(timed_once(*old, params)[0])
                    elapsed, rows = timed_once(store, name, params)
                    times.append(elapsed)
                    if old and not run % 2:
                        old_times.append(timed_once(*old, params)[0])
                median = statistics.median(times)
                if old_times:
                    before = statistics.median(old_times)
                    extra = f" {before:>11.0f} {before / median:>5.1f}x"
                else:
                    extra = f" {'new':>11} {'':>6}" if compare else ""
                print(f"{name:<18} {label or '(no parameters)':<36} {rows:>7} {median:>10.0f}{extra}  "
                      + " ".join(f"{t:.0f}" for t in times), flush=True)
                if set(params) - {"limit"}:
                    parameterized.extend(times)
                    by_kind.setdefault(label.split()[0], []).extend(times)
                elif median >= TARGET_PLAIN_MS:
                    slow_plain.append(name)
    if parameterized:
        p50 = statistics.median(parameterized)
        met = "met" if p50 < TARGET_PARAMETERIZED_MS else "NOT met"
        print(f"\nparameterized runs: {len(parameterized)}, p50 {p50:.0f} ms "
              f"(target < {TARGET_PARAMETERIZED_MS:.0f} ms: {met})")
        print("p50 by parameter: " + ", ".join(f"{kind} {statistics.median(times):.0f} ms ({len(times)} runs)"
                                               for kind, times in sorted(by_kind.items())))
    slow = ", ".join(slow_plain) or "none"
    print(f"queries without parameters at or over {TARGET_PLAIN_MS:.0f} ms: {slow}")
    print(f"load average at end: {load_average()}")


if __name__ == "__main__":
    main()
