"""Latency of every named query on a store: without parameters and with one actor, one document, one month.

    python bench/queries.py --store DIR [--runs 3] [--limit 100] [--actor Gresham] [--option canal]
                            [--document frus1894Nicaragua-d36] [--month 1894-05] [--query NAME ...]

Opens the store read-only (pyoxigraph ``Store.read_only`` for a folder) and
runs each named query, then each parameterized variant its header declares,
``--runs`` times, with ``--limit`` as ``kg query`` gives it by default
(``--limit 0``: every row); prints the median and the row count, and the p50 over all
parameterized runs. Targets (issue 15): parameterized p50 < 100 ms, every
query without parameters < 1 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import time

from kg.queries import DEFAULT_LIMIT, query_names, query_parameters, run_query
from kg.store import open_store

TARGET_PLAIN_MS = 1000.0
TARGET_PARAMETERIZED_MS = 100.0


def variants(name: str, args: argparse.Namespace) -> list[tuple[str, dict[str, str]]]:
    """The query alone, then one variant per selective parameter it declares."""
    declared = query_parameters(name)
    chosen = [("", {})]
    for param, value in (("actor", args.actor), ("option", args.option), ("document", args.document)):
        if param in declared:
            chosen.append((f"--{param} {value}", {param: value}))
    if {"since", "until"} <= set(declared):
        month = {"since": args.month, "until": args.month}
        chosen.append((f"--since {args.month} --until {args.month}", month))
    if args.limit and "limit" in declared:
        chosen = [(label, {**params, "limit": str(args.limit)}) for label, params in chosen]
    return chosen


def timed(store, name: str, params: dict[str, str], runs: int) -> tuple[list[float], int]:
    times, rows = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = len(run_query(store, name, **params).rows)
        times.append((time.perf_counter() - start) * 1000)
    return times, rows


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
    args = parser.parse_args()
    parameterized: list[float] = []
    by_kind: dict[str, list[float]] = {}
    slow_plain: list[str] = []
    print("load average at start: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    with open_store(args.store, read_only=True) as store:
        print(f"{'query':<18} {'parameters':<36} {'rows':>7} {'median ms':>10}  runs (ms)")
        for name in args.query or query_names():
            for label, params in variants(name, args):
                times, rows = timed(store, name, params, args.runs)
                median = statistics.median(times)
                print(f"{name:<18} {label or '(no parameters)':<36} {rows:>7} {median:>10.0f}  "
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
    print("load average at end: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
