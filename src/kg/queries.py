"""Queries stage: run the named SPARQL queries of ``queries/`` with parameters, and format their answers.

A named query declares its parameters in its header (``# param: actor — …``)
and marks the lines that use one with ``#[actor]``: commented out, so the
file alone is a valid query without parameters. Given a value, those lines
are uncommented and their ``{actor}`` replaced by the value as a pyoxigraph
term (an escaped string literal, an ``xsd:date``, an integer): user input is
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

import pyoxigraph as ox

from .errors import KgError
from .resources import load_query, query_description, query_names, query_parameters
from .store import Store, Table
from .vocab import PREFIXES

QUERY_FORMATS = ("table", "csv", "json")
#: Rows `kg query` prints unless told otherwise (``--limit 0``: all).
DEFAULT_LIMIT = 100

__all__ = ["DEFAULT_LIMIT", "PARAMETERS", "QUERY_FORMATS", "bind_query", "format_table", "query_description",
           "query_names", "query_parameters", "run_query"]

XSD_DATE = ox.NamedNode(str(PREFIXES["xsd"]) + "date")
_GUARDED = re.compile(r"^(?P<indent>\s*)#\[(?P<name>\w+)\] ?(?P<line>.*)$")
_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _text(value: str) -> str:
    """A case-insensitive search text: the lower-cased string as an escaped literal."""
    text = value.strip().lower()
    if not text:
        raise ValueError("an empty text")
    return str(ox.Literal(text))


def _identifier(value: str) -> str:
    if not value.strip():
        raise ValueError("an empty identifier")
    return str(ox.Literal(value.strip()))


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
    return str(ox.Literal(value.isoformat(), datatype=XSD_DATE))


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
    "actor": _text,
    "option": _text,
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
