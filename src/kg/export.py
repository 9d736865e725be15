"""Exports: RDF serializations of the store, the ``items`` JSON lines, and graph drawings.

Exporters sit in a registry keyed by format name (with media-type aliases),
so the CLI's ``--format`` choices and, later, the server's content
negotiation read the same table. The ``items`` export is built from SPARQL
over the store: it shows what the graph holds. The graph formats (GraphML,
GEXF, Cytoscape JSON, DOT, Neo4j CSV, the HTML viewer) draw the networkx
projection of ``kg.visualize`` and take its filters.
"""
from __future__ import annotations

import errno
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .errors import KgError
from .lazy import callable_module
from .resources import jsonld_context, load_query

if TYPE_CHECKING:  # the store and rdflib load when an export runs, not with the format table
    from .store import Store

ITEM_KINDS = ("actors", "instructions", "options", "decisions", "conditions")
SEP = "\u001f"


@dataclass(frozen=True)
class Exporter:
    name: str
    media_type: str
    extension: str
    write: Callable[..., None]  # (store, out); graph formats also take project()'s filters as keywords
    graph_format: bool = False  # a drawing of the kg.visualize projection


def _dump(fmt: str) -> Callable[[Store, IO[bytes]], None]:
    return lambda store, out: store.dump(out, fmt)


def _jsonld(store: Store, out: IO[bytes]) -> None:
    """JSON-LD compacted with the ontology's context, one named graph per document."""
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data=_nquads(store), format="nquads")
    out.write(ds.serialize(format="json-ld", context=jsonld_context(), auto_compact=True).encode("utf-8"))


def _nquads(store: Store) -> bytes:
    buf = io.BytesIO()
    store.dump(buf, "nquads")
    return buf.getvalue()


def _items(store: Store, out: IO[bytes]) -> None:
    for record in items_records(store):
        out.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter, *aliases: str) -> None:
    for key in (exporter.name, exporter.media_type, *aliases):
        EXPORTERS[key] = exporter


register(Exporter("turtle", "text/turtle", "ttl", _dump("turtle")), "ttl")
register(Exporter("ntriples", "application/n-triples", "nt", _dump("ntriples")), "nt")
register(Exporter("nquads", "application/n-quads", "nq", _dump("nquads")), "nq")
register(Exporter("trig", "application/trig", "trig", _dump("trig")))
register(Exporter("jsonld", "application/ld+json", "jsonld", _jsonld), "json-ld")
register(Exporter("items", "application/x-ndjson", "jsonl", _items), "jsonl")


def _drawing(writer: str, default_view: str = "items") -> Callable[..., None]:
    """A graph format: project (and filter) first, so an empty graph fails before a byte is written."""
    def write(store: Store, out: IO[bytes], **filters: Any) -> None:
        from . import visualize  # networkx: loaded by the first drawing, not by ``import kg``

        filters.setdefault("view", default_view)
        getattr(visualize, writer)(visualize.project(store, **filters), out)
    return write


# Gephi, yEd and the viewer show a volume as its actor network; the others keep the item graph.
register(Exporter("graphml", "application/graphml+xml", "graphml", _drawing("write_graphml", "auto"), True))
register(Exporter("gexf", "application/gexf+xml", "gexf", _drawing("write_gexf", "auto"), True))
register(Exporter("cytoscape", "application/vnd.cytoscape+json", "cyjs", _drawing("write_cytoscape"), True),
         "cyjs")
register(Exporter("dot", "text/vnd.graphviz", "dot", _drawing("write_dot"), True), "gv")
register(Exporter("csv", "application/zip", "zip", _drawing("write_neo4j_csv"), True), "neo4j")
register(Exporter("html", "text/html", "html", _drawing("write_html", "auto"), True))


def format_names(graph_format: bool | None = None) -> list[str]:
    """Every format name, or only the graph formats (True) or only the others (False)."""
    return sorted({e.name for e in EXPORTERS.values() if graph_format in (None, e.graph_format)})


def get_exporter(fmt: str) -> Exporter:
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise KgError(f"unknown export format {fmt!r}; known formats: {', '.join(format_names())}") from None


def export(store: Store, fmt: str, output: str | Path | IO[bytes], **filters: Any) -> None:
    """Write the store in format ``fmt`` to a path or a binary stream.

    Graph formats take the filters of ``kg.visualize.project`` (``documents``,
    ``actors``, ``kinds``, ``since``, ``until``) and its ``view`` (``items``,
    ``actors``, ``auto``; by default ``auto`` for html, gexf and graphml, else
    ``items``). A file appears only once the export succeeded; a zip format
    (``csv``) given a folder (an existing one, or a path ending in "/") is
    unpacked into it.
    """
    exporter = get_exporter(fmt)
    filters = {k: v for k, v in filters.items() if v}
    if filters and not exporter.graph_format:
        raise KgError(f"filters ({', '.join(filters)}) apply only to the graph formats "
                      f"({', '.join(format_names(graph_format=True))}), not to {exporter.name}")

    def write(out: IO[bytes]) -> None:
        exporter.write(store, out, **filters)

    if not isinstance(output, (str, Path)):
        write(output)
        return
    folder = str(output).endswith(("/", os.sep)) or Path(output).is_dir()
    if folder and exporter.extension != "zip":
        raise KgError(f"{output}: is a folder; {exporter.name} is written to one file, "
                      f"e.g. -o {Path(output) / ('kg.' + exporter.extension)}")
    try:
        if folder:
            _unpack(write, Path(output))
        else:
            _write_atomically(write, Path(output))
    except OSError as exc:
        raise KgError(f"{exc.filename or output}: cannot write ({exc.strerror or exc})") from None


def _write_atomically(write: Callable[[IO[bytes]], None], path: Path) -> None:
    """Write next to ``path`` and rename: a failed export leaves no empty or half file."""
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"no such folder {path.parent}", str(path))
    part = path.with_name(f".{path.name}.part")
    try:
        with open(part, "wb") as fh:
            write(fh)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def _unpack(write: Callable[[IO[bytes]], None], folder: Path) -> None:
    buf = io.BytesIO()
    write(buf)
    folder.mkdir(parents=True, exist_ok=True)
    import zipfile  # here, not with the format table every command reads

    with zipfile.ZipFile(buf) as archive:
        archive.extractall(folder)


# -- the items export ------------------------------------------------------
def items_records(store: Store) -> list[dict[str, Any]]:
    """One record per document in the "Predictions" form of the annotation guidelines."""
    docs = store.select(load_query("documents")).dicts()
    records: dict[str, dict[str, Any]] = {d["document"]: {"doc": d["document"], **{k: [] for k in ITEM_KINDS}}
                                for d in docs if d["document"]}
    for kind in ITEM_KINDS:
        for row in store.select(load_query(f"items/{kind}")).dicts():
            doc = row.pop("doc")
            if doc in records:
                records[doc][kind].append(_item(kind, row))
    return [records[k] for k in sorted(records)]


def _item(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    item = {k: v for k, v in row.items() if v is not None}
    if "confidence" in item:
        item["confidence"] = float(item["confidence"])
    if kind == "actors":
        item["aliases"] = [a for a in (row.get("aliases") or "").split(SEP) if a]
        item["aliases"] = sorted(set(item["aliases"]) | {row["name"]})
    if kind == "instructions":
        names = (row.get("addressee") or "").split(SEP)
        item["addressee"] = names[0] if len(names) == 1 else names
    if kind == "conditions":
        item["governs"] = row.get("governs") or row.get("consequence")
        item.pop("consequence", None)
    return item


# ``kg.export(...)`` runs the function whether ``kg.export`` is bound to it or to this module
callable_module(__name__, export)
