"""Load on `kg serve` over loopback: throughput, p50/p99 latency and errors.

    python bench/serve.py --store DIR [--requests 2000] [--clients 8] [--query-share 0.2]
    python bench/serve.py --store DIR --scenario all   # every figure of the README, one server
    python bench/serve.py --store DIR --scenario lookups,oxigraph   # those two, in that order

Scenarios (``--scenario``, default ``mix``): ``mix`` is the load below with
``--query-share`` named queries; ``lookups`` the same with lookups only;
``slow`` runs ``--slow-queries`` never-ending queries (each stopped at the
query time limit) and measures lookups while they hold the workers;
``memory`` opens ten connections that ask for a large answer and never read
it, and samples the resident memory of every server process (psutil) before,
at the peak and after they close; ``oxigraph`` answers the same per-IRI
CONSTRUCT from ``oxigraph serve-read-only`` on the same store and from kg,
one after the other in one run, and gives the ratios. The load average is
printed before and after (the machine may be shared).

Starts `kg serve` on a free loopback port over the store (read-only) and
runs a bounded load: ``--clients`` threads, each with its own HTTP
connection, share ``--requests`` operations drawn with a fixed seed. An
operation is either an IRI lookup (GET the IRI as a client would: 303 See
Other, then the page or data in HTML, Turtle, JSON-LD or N-Triples) or one
of the named queries of ``queries/`` through the SPARQL endpoint (JSON
results). Latency is per operation, both hops of a lookup included.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import httpx
import psutil
from rdflib import URIRef
from rdflib.namespace import RDF

from kg.resources import load_query, query_names
from kg.store import open_store
from kg.vocab import DIP, ITEM_KINDS, IriScheme

ACCEPTS = ("text/html", "text/turtle", "application/ld+json", "application/n-triples")
LOOKED_UP = {DIP.Document, DIP.Actor, *ITEM_KINDS.values()}


@dataclass(frozen=True)
class Operation:
    kind: str  # "lookup" or "query"
    target: str  # a path under the server, or a query name
    accept: str


def sample_resources(store_path: str, documents: int, seed: int) -> tuple[str, list[str]]:
    """The store's base and the documents, actors and items of up to ``documents`` random documents."""
    with open_store(store_path, read_only=True) as store:
        names = store.graph_names()
        base = IriScheme.detect(names).base
        documents_graphs = [n for n in names if n.startswith(base)]
        chosen = random.Random(seed).sample(documents_graphs, k=min(documents, len(documents_graphs)))
        iris = sorted({str(s) for name in chosen for s, o in store.graph(name).subject_objects(RDF.type)
                       if o in LOOKED_UP and isinstance(s, URIRef)})
    return base, iris


def plan(iris: list[str], base: str, total: int, query_share: float, seed: int) -> list[Operation]:
    rng = random.Random(seed)
    names = query_names()
    ops = []
    for _ in range(total):
        if rng.random() < query_share:
            ops.append(Operation("query", rng.choice(names), "application/sparql-results+json"))
        else:
            ops.append(Operation("lookup", "/" + rng.choice(iris)[len(base):], rng.choice(ACCEPTS)))
    return ops


class Client:
    """One keep-alive HTTP/1.1 connection of a load thread, on a bare socket.

    The load generator shares the machine with the server, so a heavy client
    measures itself as much as the server: this one writes each request as
    one buffer and reads the answer by its Content-Length (or its chunks),
    parsing only the status line and the headers it needs: 0.18 ms of CPU per
    lookup (two requests) against 0.42 to 0.49 ms with ``http.client`` (README).
    """

    def __init__(self, url: str, timeout: float):
        parts = urlsplit(url)
        self.host, self.port, self.timeout = parts.hostname or "127.0.0.1", parts.port or 80, timeout
        self.sock: socket.socket | None = None
        self.buffer = b""
        self.scratch = bytearray(1 << 20)

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, str | None]:
        """(status, Location header) of one request; the answer is read whole."""
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}",
                 *(f"{name}: {value}" for name, value in (headers or {}).items())]
        if body is not None:
            lines.append(f"Content-Length: {len(body)}")
        try:
            if self.sock is None:
                self.sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
                self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                self.buffer = b""
            self.sock.sendall("\r\n".join(lines).encode("latin-1") + b"\r\n\r\n" + (body or b""))
            status, fields = self._read_head()
            self._read_body(fields)
        except (OSError, ValueError):
            self.close()
            return 0, None
        if fields.get("connection") == "close":
            self.close()
        return status, fields.get("location")

    def _read_head(self) -> tuple[int, dict[str, str]]:
        while b"\r\n\r\n" not in self.buffer:
            self._receive()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        fields = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            fields[name.strip().lower()] = value.strip()
        return int(status_line.split(" ", 2)[1]), fields

    def _read_body(self, fields: dict[str, str]) -> None:
        if fields.get("transfer-encoding", "").lower() == "chunked":
            while (size := int(self._read_line().split(";")[0], 16)) > 0:
                self._take(size + 2)
            while self._read_line():  # trailers, then the empty line
                pass
        else:
            self._take(int(fields.get("content-length", "0")))

    def _read_line(self) -> str:
        while b"\r\n" not in self.buffer:
            self._receive()
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line.decode("latin-1")

    def _take(self, size: int) -> None:
        """Read and drop ``size`` bytes of the answer (a large one straight into a scratch buffer)."""
        kept = min(size, len(self.buffer))
        self.buffer, size = self.buffer[kept:], size - kept
        assert self.sock is not None
        while size > 0:
            got = self.sock.recv_into(self.scratch, min(size, len(self.scratch)))
            if not got:
                raise ConnectionError("the server closed the connection")
            size -= got

    def _receive(self) -> None:
        assert self.sock is not None
        data = self.sock.recv(1 << 20)
        if not data:
            raise ConnectionError("the server closed the connection")
        self.buffer += data

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
        self.sock, self.buffer = None, b""


def run(client: Client, op: Operation) -> tuple[int, int]:
    """Perform one operation: (final HTTP status, HTTP requests made)."""
    headers = {"Accept": op.accept}
    if op.kind == "query":
        return client.request("GET", "/sparql?" + urlencode({"query": load_query(op.target)}), None,
                              headers)[0], 1
    status, location = client.request("GET", op.target, None, headers)
    if status != 303 or location is None:
        return status, 1
    return client.request("GET", location, None, headers)[0], 2


Result = tuple[Operation, float, int, int]  # operation, seconds, final status, HTTP requests


Perform = Callable[[Client, Operation], tuple[int, int]]


def load(url: str, ops: list[Operation], clients: int, perform: Perform | None = None,
         timeout: float = 60) -> tuple[float, list[Result]]:
    """Run ``ops`` from ``clients`` threads; wall time and (operation, seconds, status, requests) each."""
    results: list[Result] = []
    lock = threading.Lock()
    queue = list(reversed(ops))

    def client_loop() -> None:
        client = Client(url, timeout=timeout)
        try:
            while True:
                with lock:
                    if not queue:
                        return
                    op = queue.pop()
                started = time.perf_counter()
                status, requests = (perform or run)(client, op)
                elapsed = time.perf_counter() - started
                with lock:
                    results.append((op, elapsed, status, requests))
        finally:
            client.close()

    threads = [threading.Thread(target=client_loop) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - started, results


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] if ordered else float("nan")


def start_server(store: str, workers: int, timeout: float, cache_mb: int,
                 processes: int = 1, access_log: bool = True) -> tuple[subprocess.Popen, str]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    kg = Path(sys.executable).with_name("kg")
    command = [str(kg)] if kg.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]
    options = ["--store", store, "--port", str(port), "--workers", str(workers),
               "--query-timeout", str(timeout), "--cache-mb", str(cache_mb)]
    if processes > 1:
        options += ["--processes", str(processes)]
    if not access_log:
        options.append("--no-access-log")
    process = subprocess.Popen([*command, "serve", *options], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"kg serve exited with status {process.returncode}")
        try:
            if httpx.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.3)
    process.terminate()
    raise SystemExit("kg serve did not start within 300 s")


def report(store: str, quads_note: str, ops: list[Operation], wall: float,
           results: list[Result], clients: int, server: str) -> None:
    requests = sum(r[3] for r in results)
    errors = Counter(status for _, _, status, _ in results if not 200 <= status < 300)
    print(f"store       {store} ({quads_note})")
    kinds = Counter(op.kind for op in ops)
    print(f"load        {len(ops)} operations ({kinds['lookup']} IRI lookups, "
          f"{kinds['query']} named queries), {clients} clients, {server}")
    print(f"time        {wall:.1f} s")
    print(f"throughput  {len(results) / wall:.1f} operations/s ({requests / wall:.1f} HTTP requests/s)")
    for label, kind in (("all", None), ("lookups", "lookup"), ("queries", "query")):
        times = [t * 1000 for op, t, _, _ in results if kind is None or op.kind == kind]
        if times:
            print(f"latency     {label:<8} p50 {percentile(times, 50):7.1f} ms"
                  f"   p99 {percentile(times, 99):7.1f} ms   mean {statistics.fmean(times):7.1f} ms")
    print(f"errors      {sum(errors.values())}" + (f" (by status: {dict(errors)})" if errors else ""))


SLOW = "SELECT (COUNT(*) AS ?n) WHERE {{ ?a ?b ?c . ?d ?e ?f FILTER(?a != <urn:slow:{n}>) }}"
LARGE = "SELECT * WHERE { ?s ?p ?o } LIMIT 100000"
CONSTRUCT = "CONSTRUCT {{ <{iri}> ?p ?o }} WHERE {{ <{iri}> ?p ?o }}"


def warm_named_queries(url: str, clients: int) -> None:
    """Every named query from every client at once (the server runs each once and shares the answer);
    prints the seconds to each query's answer, which is what a first client waits."""
    ops = [Operation("query", name, "application/sparql-results+json") for name in query_names()]
    wall, results = load(url, ops * clients, clients, timeout=900)
    slowest: dict[str, tuple[float, int]] = {}
    for op, seconds, status, _ in results:
        slowest[op.target] = max(slowest.get(op.target, (0.0, 0)), (seconds, status))
    print(f"warm        every named query from {clients} clients: {wall:.1f} s; first answers: " + ", ".join(
        f"{name} {seconds:.1f} s ({status})" for name, (seconds, status) in sorted(slowest.items())))
    print("repeat      each named query once more, alone: " + ", ".join(
        f"{name} {1000 * seconds:.0f} ms {size / 1e6:.1f} MB ({status})"
        for name, seconds, status, size in (repeat_query(url, name) for name in query_names())))


def repeat_query(url: str, name: str) -> tuple[str, float, int, int]:
    """(name, seconds, status, answer bytes) of one named query asked alone (a repeat: from the cache)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=900)
    started = time.perf_counter()
    connection.request("GET", "/sparql?" + urlencode({"query": load_query(name)}),
                       headers={"Accept": "application/sparql-results+json"})
    response = connection.getresponse()
    size = len(response.read())
    connection.close()
    return name, time.perf_counter() - started, response.status, size


def lookups_only(iris: list[str], base: str, total: int, seed: int) -> list[Operation]:
    return plan(iris, base, total, 0.0, seed)


def scenario_slow(url: str, iris: list[str], base: str, args: argparse.Namespace) -> None:
    """Lookups while ``--slow-queries`` queries that never end on their own hold every query worker."""
    finished: list[int] = []

    def slow(n: int) -> None:
        with httpx.Client(base_url=url, timeout=600) as client:
            finished.append(client.get("/sparql", params={"query": SLOW.format(n=n)},
                                       headers={"Accept": "text/csv"}).status_code)

    threads = [threading.Thread(target=slow, args=(n,), daemon=True) for n in range(args.slow_queries)]
    for thread in threads:
        thread.start()
    time.sleep(2.0)
    ops = lookups_only(iris, base, args.requests // 4, args.seed + 2)
    wall, results = load(url, ops, args.clients)
    running = args.slow_queries - len(finished)
    report_load(f"lookups beside {args.slow_queries} slow queries ({running} still running at the end)",
                ops, wall, results, args.clients)
    for thread in threads:
        thread.join()
    print(f"slow        {len(finished)} slow queries answered: {dict(Counter(finished))}")


def server_cpu(process: subprocess.Popen[bytes]) -> float:
    """CPU seconds (user + system) the server and its live workers have used: a figure the load of other
    jobs on a shared machine does not inflate as much as latency."""
    root = psutil.Process(process.pid)
    total = 0.0
    for proc in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):
            times = proc.cpu_times()
            total += times.user + times.system
    return total


def server_rss(process: subprocess.Popen[bytes]) -> int:
    """Resident bytes of the server and its worker processes."""
    root = psutil.Process(process.pid)
    total = 0
    for proc in [root, *root.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):
            total += proc.memory_info().rss
    return total


def scenario_memory(url: str, process: subprocess.Popen[bytes], clients: int = 10,
                    seconds: float = 15) -> None:
    """Resident memory of all server processes while ``clients`` connections never read a large answer."""
    before = server_rss(process)
    host, port = url.removeprefix("http://").split(":")
    request = (f"GET /sparql?query={LARGE.replace(' ', '%20')} HTTP/1.1\r\nHost: {host}\r\n"
               "Accept: application/sparql-results+json\r\n\r\n").encode()
    sockets = []
    for _ in range(clients):
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        sock.connect((host, int(port)))
        sock.sendall(request)
        sockets.append(sock)
    peak, started = before, time.monotonic()
    while time.monotonic() - started < seconds:
        peak = max(peak, server_rss(process))
        time.sleep(0.2)
    for sock in sockets:
        sock.close()
    time.sleep(3)
    after = server_rss(process)
    with httpx.Client(base_url=url, timeout=120) as client:
        size = len(client.get("/sparql", params={"query": LARGE},
                              headers={"Accept": "application/sparql-results+json"}).content)
    mb = 2**20
    print(f"memory      {clients} clients not reading a {size / mb:.1f} MiB answer for {seconds:g} s: "
          f"all server processes {before / mb:.0f} MiB before, {peak / mb:.0f} MiB peak, "
          f"{after / mb:.0f} MiB after")


def construct_ops(iris: list[str], total: int, seed: int) -> list[Operation]:
    """``total`` IRIs to describe, each once while the sample lasts (so no answer is served from a cache)."""
    rng = random.Random(seed)
    drawn = rng.sample(iris, k=min(total, len(iris)))
    drawn += [rng.choice(iris) for _ in range(total - len(drawn))]
    return [Operation("construct", iri, "application/n-triples") for iri in drawn]


def run_data(client: Client, op: Operation, base: str) -> tuple[int, int]:
    """kg's own answer for one IRI's data: the lookup's second hop, /data/{path}.nt."""
    path = f"/data/{op.target[len(base):]}.nt"
    return client.request("GET", path, None, {"Accept": op.accept})[0], 1


def run_construct(client: Client, op: Operation, path: str = "/sparql") -> tuple[int, int]:
    headers = {"Content-Type": "application/sparql-query", "Accept": op.accept}
    return client.request("POST", path, CONSTRUCT.format(iri=op.target).encode(), headers)[0], 1


def scenario_oxigraph(store: str, url: str, iris: list[str], base: str, args: argparse.Namespace) -> None:
    """The same per-IRI CONSTRUCT from oxigraph serve-read-only and from kg, one after the other, and
    kg's lookup answer (/data/….nt) for the same IRIs: what kg serves for an IRI against what Oxigraph's
    own server does."""
    binary = Path(sys.executable).with_name("oxigraph")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    oxigraph = subprocess.Popen([str(binary), "serve-read-only", "--location", store, "--bind",
                                 f"127.0.0.1:{port}", "--union-default-graph"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ox_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(f"{ox_url}/query", params={"query": "ASK {}"}, timeout=5)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise SystemExit("oxigraph serve-read-only did not start") from None
                time.sleep(0.3)
        ops = construct_ops(iris, args.requests + 40, args.seed + 3)
        ops, warm = ops[:args.requests], ops[args.requests:]
        figures = {}
        runs: tuple[tuple[str, str, Perform], ...] = (
            ("per-IRI CONSTRUCT, oxigraph", ox_url, functools.partial(run_construct, path="/query")),
            ("per-IRI CONSTRUCT, kg /sparql", url, functools.partial(run_construct, path="/sparql")),
            ("IRI data, kg /data/….nt", url, functools.partial(run_data, base=base)))
        for label, target, perform in runs:
            load(target, warm, 2, perform)
            wall, results = load(target, ops, args.clients, perform)
            report_load(label, ops, wall, results, args.clients)
            times = [t for _, t, _, _ in results]
            figures[label] = (len(results) / wall, percentile(times, 50), percentile(times, 99))
    finally:
        oxigraph.terminate()
        oxigraph.wait(timeout=30)
    (ox_rate, ox_p50, ox_p99), *kg = figures.values()
    for (label, _, _), (rate, p50, p99) in zip(runs[1:], kg, strict=True):
        print(f"ratio       {label} / oxigraph: throughput {rate / ox_rate:.2f}, p50 {p50 / ox_p50:.2f}, "
              f"p99 {p99 / ox_p99:.2f}")


def report_load(title: str, ops: list[Operation], wall: float, results: list[Result], clients: int) -> None:
    errors = Counter(status for _, _, status, _ in results if not 200 <= status < 300)
    times = [t * 1000 for _, t, _, _ in results]
    print(f"{title}: {len(ops)} operations, {clients} clients, {wall:.1f} s, "
          f"{len(results) / wall:.1f} operations/s, p50 {percentile(times, 50):.1f} ms, "
          f"p99 {percentile(times, 99):.1f} ms, errors {sum(errors.values())}"
          + (f" {dict(errors)}" if errors else ""))


def load_note() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min) on {os.cpu_count()} CPUs"


SCENARIOS = ("lookups", "mix", "slow", "memory", "oxigraph")


def scenarios(value: str) -> list[str]:
    """``--scenario``: names joined by commas (run in that order, on one server), or ``all``."""
    chosen = list(SCENARIOS) if value == "all" else value.split(",")
    unknown = [name for name in chosen if name not in SCENARIOS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown scenario {', '.join(unknown)}: choose from {SCENARIOS}")
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="store folder (as built by kg build)")
    parser.add_argument("--requests", type=int, default=2000, help="operations in all (default 2000)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="kg serve query workers (default 2)")
    parser.add_argument("--processes", type=int, default=1, help="kg serve --processes (default 1)")
    parser.add_argument("--query-share", type=float, default=0.2, help="share of named queries (default 0.2)")
    parser.add_argument("--query-timeout", type=float, default=10.0, help="kg serve --query-timeout")
    parser.add_argument("--cache-mb", type=int, default=64,
                        help="kg serve --cache-mb (0: every named query runs on the store)")
    parser.add_argument("--sample-documents", type=int, default=200, help="documents to draw IRIs from")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--scenario", default="mix", type=scenarios,
                        help=f"one of {', '.join(SCENARIOS)}, several joined by commas, or all")
    parser.add_argument("--slow-queries", type=int, default=45, help="slow queries of --scenario slow")
    parser.add_argument("--no-access-log", action="store_true", help="kg serve --no-access-log")
    parser.add_argument("--warm", action="store_true",
                        help="before the mix, ask every named query from every client and print how long "
                             "its first answer took (the mix then measures answers to repeated queries)")
    args = parser.parse_args()
    base, iris = sample_resources(args.store, args.sample_documents, args.seed)
    with open_store(args.store, read_only=True) as store:
        note = f"{len(store)} quads, {len(store.graph_names())} graphs, {len(iris)} IRIs sampled"
    print(load_note())
    chosen = args.scenario
    failed = False
    process, url = start_server(args.store, args.workers, args.query_timeout, args.cache_mb, args.processes,
                                not args.no_access_log)
    try:
        load(url, plan(iris, base, 20, args.query_share, args.seed + 1), 2)  # warm up both workers
        for scenario in chosen:
            if scenario in ("mix", "lookups"):
                share = args.query_share if scenario == "mix" else 0.0
                if scenario == "mix" and args.warm:
                    warm_named_queries(url, args.clients)
                ops = plan(iris, base, args.requests, share, args.seed)
                cpu, client_cpu = server_cpu(process), time.process_time()
                wall, results = load(url, ops, args.clients)
                cpu, client_cpu = server_cpu(process) - cpu, time.process_time() - client_cpu
                report(args.store, note, ops, wall, results, args.clients, f"{args.processes} server "
                       f"process(es), {args.workers} query workers, answer cache {args.cache_mb} MiB"
                       + (", no access log" if args.no_access_log else ""))
                print(f"server CPU  {cpu:.1f} s in all (server and workers), "
                      f"{1000 * cpu / len(ops):.2f} ms per operation; load generator (this process) "
                      f"{client_cpu:.1f} s, {1000 * client_cpu / len(ops):.2f} ms per operation")
                failed = failed or any(not 200 <= status < 300 for _, _, status, _ in results)
            elif scenario == "slow":
                scenario_slow(url, iris, base, args)
            elif scenario == "memory":
                scenario_memory(url, process)
            else:
                scenario_oxigraph(args.store, url, iris, base, args)
            print(load_note())
    finally:
        process.terminate()
        process.wait(timeout=30)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
