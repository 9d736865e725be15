"""Queries stage: run the named SPARQL queries of ``queries/`` with parameters, and format their answers.

A named query declares its parameters in its header (``# param: actor — …``)
and marks the lines that use one with ``#[actor]``: commented out, so the
file alone is a valid query without parameters. Given a value, those lines
are uncommented and their ``{actor}`` replaced by the value as a pyoxigraph
term (escaped string literals, an ``xsd:date``, an integer): user input is
never spliced into a query as raw text.
"""
from __future__ import annotations

import calendar
import csv
import io
import json
import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from .errors import KgError
from .namespaces import PREFIX_IRIS
from .resources import load_query, query_description, query_names, query_parameters

if TYPE_CHECKING:
    from .store import Store, Table

#: Formats of SELECT rows, and of CONSTRUCT/DESCRIBE graphs (pyoxigraph's name for each).
QUERY_FORMATS = ("table", "csv", "json")
GRAPH_FORMATS = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "jsonld": "JSON_LD", "rdfxml": "RDF_XML"}
#: Rows `kg query` prints unless told otherwise (``--limit 0``: all).
DEFAULT_LIMIT = 100

__all__ = ["DEFAULT_LIMIT", "GRAPH_FORMATS", "PARAMETERS", "QUERY_FORMATS", "bind_query", "format_answer",
           "format_table", "query_description", "query_names", "query_parameters", "run_query"]

XSD_DATE = PREFIX_IRIS["xsd"] + "date"
_GUARDED = re.compile(r"^(?P<indent>\s*)#\[(?P<name>\w+)\] ?(?P<line>.*)$")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _literal(value: str, datatype: str | None = None) -> str:
    """``value`` as a SPARQL literal, escaped by pyoxigraph (loaded here: ``kg --help`` does without it)."""
    import pyoxigraph as ox

    return str(ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None))


def _words(value: str) -> str:
    """A name to look up by its words: their ``dip:nameToken`` literals as a SPARQL object list
    (``"walter", "gresham"``), tokenized as the build tokenizes labels (kg.resolve.text)."""
    from .resolve.text import name_tokens

    words = sorted(name_tokens(value))
    if not words:
        raise ValueError("no word (letters or digits) to look up")
    return ", ".join(_literal(word) for word in words)


def _identifier(value: str) -> str:
    if not value.strip():
        raise ValueError("an empty identifier")
    return _literal(value.strip())


def date_range(value: str) -> tuple[date, date]:
    """First and last day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    m = _PARTIAL_DATE.fullmatch(value.strip())
    if not m:
        raise ValueError(f"{value!r} is no date (YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    if not month:
        return date(year, 1, 1), date(year, 12, 31)
    if not day:
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, day), date(year, month, day)


def _day(value: date) -> str:
    return _literal(value.isoformat(), XSD_DATE)


def _since(value: str) -> str:
    return _day(date_range(value)[0])


def _until(value: str) -> str:
    return _day(date_range(value)[1])


def _limit(value: str) -> str:
    number = int(value)
    if number < 1:
        raise ValueError("a limit must be 1 or more")
    return str(number)


#: Every parameter a named query may declare, with what turns a value into a SPARQL term.
PARAMETERS: dict[str, Callable[[str], str]] = {
    "actor": _words,
    "option": _words,
    "document": _identifier,
    "since": _since,
    "until": _until,
    "limit": _limit,
}


def bind_query(name: str, **values: str | int | None) -> str:
    """The text of the named query with the given parameters in place (None values left out)."""
    given = {k: str(v) for k, v in values.items() if v is not None}
    declared = query_parameters(name)
    unknown = sorted(set(given) - set(declared))
    if unknown:
        takes = ", ".join(f"--{p}" for p in declared) or "no parameters"
        raise KgError(f"query {name!r} takes {takes}; not {', '.join(f'--{p}' for p in unknown)}")
    terms = {}
    for param, value in given.items():
        try:
            terms[param] = PARAMETERS[param](value)
        except (KeyError, ValueError) as exc:
            raise KgError(f"query {name!r}: bad --{param} {value!r} ({exc})") from None
    return "\n".join(_bound_line(line, terms) for line in load_query(name).splitlines())


def _bound_line(line: str, terms: dict[str, str]) -> str:
    """A ``#[param]`` line uncommented, its ``{param}`` replaced by the term, when ``param`` is given."""
    m = _GUARDED.match(line)
    if not m or m["name"] not in terms:
        return line
    name = m["name"]
    return m["indent"] + m["line"].replace("{" + name + "}", terms[name])


def run_query(store: Store, name: str, **values: str | int | None) -> Table:
    """Run a named query (``approved-options``) or a ``.rq`` file with its parameters, and return its rows.

    Example: ``run_query(store, "stance-timeline", actor="Gresham", since="1894-05")``.
    """
    return store.select(bind_query(name, **values))


def format_answer(store: Store, name: str, fmt: str | None = None,
                  **values: str | int | None) -> tuple[bytes, int | None]:
    """Run any query form with its parameters and write its answer: SELECT rows as ``QUERY_FORMATS``
    (table by default), ASK as ``true``/``false``, CONSTRUCT/DESCRIBE triples as ``GRAPH_FORMATS``
    (Turtle by default). The second value is the number of rows of a SELECT, else None."""
    import pyoxigraph as ox

    result = store.raw_query(bind_query(name, **values))
    if isinstance(result, ox.QueryBoolean):
        return (b"true" if bool(result) else b"false"), None
    if isinstance(result, ox.QuerySolutions):
        if fmt in GRAPH_FORMATS:
            del result  # pyoxigraph's answers must not outlive their thread in the error's traceback
            raise KgError(f"{name} is a SELECT query: its rows come as {', '.join(QUERY_FORMATS)}, not {fmt}")
        table = store.select_rows(result)
        return format_table(table, fmt or "table").encode("utf-8"), len(table.rows)
    if fmt in QUERY_FORMATS:
        del result
        raise KgError(f"{name} answers with a graph: it comes as {', '.join(GRAPH_FORMATS)}, not {fmt}")
    rdf_format = getattr(ox.RdfFormat, GRAPH_FORMATS[fmt or "turtle"])
    return ox.serialize(result, format=rdf_format, prefixes=PREFIX_IRIS) or b"", None


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
