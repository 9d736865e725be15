"""Exports: RDF serializations of the store and the ``items`` JSON lines.

Exporters sit in a registry keyed by format name (with media-type aliases),
so the CLI's ``--format`` choices and, later, the server's content
negotiation read the same table. The ``items`` export is built from SPARQL
over the store: it shows what the graph holds.
"""
from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from rdflib import Dataset

from .errors import KgError
from .resources import load_query, ontology_file
from .store import Store

ITEM_KINDS = ("actors", "instructions", "options", "decisions", "conditions")
SEP = "\u001f"


@dataclass(frozen=True)
class Exporter:
    name: str
    media_type: str
    extension: str
    write: Callable[[Store, IO[bytes]], None]


def _dump(fmt: str) -> Callable[[Store, IO[bytes]], None]:
    return lambda store, out: store.dump(out, fmt)


def _jsonld(store: Store, out: IO[bytes]) -> None:
    """JSON-LD compacted with the ontology's context, one named graph per document."""
    ds = Dataset()
    ds.parse(data=_nquads(store), format="nquads")
    context = json.loads(ontology_file("context.jsonld").read_text(encoding="utf-8"))["@context"]
    out.write(ds.serialize(format="json-ld", context=context, auto_compact=True).encode("utf-8"))


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


def format_names() -> list[str]:
    return sorted({e.name for e in EXPORTERS.values()})


def get_exporter(fmt: str) -> Exporter:
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise KgError(f"unknown export format {fmt!r}; known formats: {', '.join(format_names())}") from None


def export(store: Store, fmt: str, output: str | Path | IO[bytes]) -> None:
    """Write the store in format ``fmt`` to a path or a binary stream."""
    exporter = get_exporter(fmt)
    if isinstance(output, (str, Path)):
        with open(output, "wb") as fh:
            exporter.write(store, fh)
    else:
        exporter.write(store, output)


# -- the items export ------------------------------------------------------
def items_records(store: Store) -> list[dict]:
    """One record per document in the "Predictions" form of the annotation guidelines."""
    docs = store.select(load_query("documents")).dicts()
    records: dict[str, dict] = {d["document"]: {"doc": d["document"], **{k: [] for k in ITEM_KINDS}}
                                for d in docs if d["document"]}
    for kind in ITEM_KINDS:
        for row in store.select(load_query(f"items/{kind}")).dicts():
            doc = row.pop("doc")
            if doc in records:
                records[doc][kind].append(_item(kind, row))
    return [records[k] for k in sorted(records)]


def _item(kind: str, row: dict) -> dict:
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
