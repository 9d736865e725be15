"""Queries stage: run the named SPARQL queries of ``queries/`` and format their answers."""
from __future__ import annotations

import csv
import io
import json
from typing import TYPE_CHECKING

from .errors import KgError
from .namespaces import PREFIX_IRIS
from .resources import load_query, query_description, query_names

if TYPE_CHECKING:
    from .store import Store, Table

#: Formats of SELECT rows, and of CONSTRUCT/DESCRIBE graphs (pyoxigraph's name for each).
QUERY_FORMATS = ("table", "csv", "json")
GRAPH_FORMATS = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}

__all__ = ["GRAPH_FORMATS", "QUERY_FORMATS", "format_answer", "format_table", "query_description",
           "query_names", "run_query"]


def run_query(store: Store, name: str) -> Table:
    """Run a named query (``approved-options``) or a ``.rq`` file and return its rows."""
    return store.select(load_query(name))


def format_answer(store: Store, name: str, fmt: str | None = None) -> bytes:
    """Run any query form and write its answer: SELECT rows as ``QUERY_FORMATS`` (table by default),
    ASK as ``true``/``false``, CONSTRUCT/DESCRIBE triples as ``GRAPH_FORMATS`` (Turtle by default)."""
    import pyoxigraph as ox

    result = store.raw_query(load_query(name))
    if isinstance(result, ox.QueryBoolean):
        return b"true" if bool(result) else b"false"
    if isinstance(result, ox.QuerySolutions):
        if fmt in GRAPH_FORMATS:
            raise KgError(f"{name} is a SELECT query: its rows come as {', '.join(QUERY_FORMATS)}, not {fmt}")
        return format_table(store.select_rows(result), fmt or "table").encode("utf-8")
    if fmt in QUERY_FORMATS:
        raise KgError(f"{name} answers with a graph: it comes as {', '.join(GRAPH_FORMATS)}, not {fmt}")
    rdf_format = getattr(ox.RdfFormat, GRAPH_FORMATS[fmt or "turtle"])
    return ox.serialize(result, format=rdf_format, prefixes=PREFIX_IRIS) or b""


def format_table(table: Table, fmt: str = "table", max_width: int = 60) -> str:
    if fmt == "json":
        return json.dumps(table.dicts(), ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(table.columns)
        writer.writerows([["" if v is None else v for v in row] for row in table.rows])
        return buf.getvalue()
    if fmt != "table":
        raise KgError(f"unknown query format {fmt!r}; known formats: {', '.join(QUERY_FORMATS)}")
    return _text_table(table, max_width)


def _text_table(table: Table, max_width: int) -> str:
    def cell(value: str | None) -> str:
        text = " ".join((value or "").split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    rows = [[cell(v) for v in row] for row in table.rows]
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(table.columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(table.columns, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)
