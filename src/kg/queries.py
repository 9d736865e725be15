"""Queries stage: run the named SPARQL queries of ``queries/`` and format their answers."""
from __future__ import annotations

import csv
import io
import json

from .errors import KgError
from .resources import load_query, query_description, query_names
from .store import Store, Table

QUERY_FORMATS = ("table", "csv", "json")

__all__ = ["QUERY_FORMATS", "format_table", "query_description", "query_names", "run_query"]


def run_query(store: Store, name: str) -> Table:
    """Run a named query (``approved-options``) or a ``.rq`` file and return its rows."""
    return store.select(load_query(name))


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
