"""What a query sent to the public endpoint may do: read the store, and nothing else.

Both engines kg can run on follow ``SERVICE`` (pyoxigraph calls the remote
endpoint) and rdflib loads ``FROM`` IRIs from the network, so the server
parses every query before the engine sees it and refuses what would reach
out. Parsing (rdflib's SPARQL 1.1 grammar, which also expands ``\\u``
escapes) finds a ``SERVICE`` wherever it sits, whatever its case, which a
pattern match on the text would not.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from pyparsing import ParseBaseException, ParseResults
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from ..errors import Refused

QUERY_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT",
               "DescribeQuery": "DESCRIBE"}

READ_ONLY = ("updates (INSERT, DELETE, LOAD, CLEAR, CREATE, DROP, …) are refused: "
             "this endpoint is read-only")
NO_DATASET = ("FROM and FROM NAMED are not supported: the default graph is the union of the "
              "store's graphs and nothing is loaded from elsewhere; use GRAPH <document IRI> { … } "
              "to read one document's graph")



CACHED_CHARS = 20_000  # parsing takes milliseconds: remember the verdict on short, repeated queries


def check_query(text: str, allow_service: bool = False) -> str:
    """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of a query the endpoint may run.

    Raises Refused: 400 with the parser's message for a malformed query,
    403 for an update or a SERVICE call (unless ``allow_service``), 400 for a
    dataset clause.
    """
    if len(text) <= CACHED_CHARS:
        return _check_cached(text, allow_service)
    return _check(text, allow_service)


def _check(text: str, allow_service: bool) -> str:
    try:
        tree = parseQuery(text)
    except ParseBaseException as exc:
        if is_update(text):
            raise Refused(403, READ_ONLY) from None
        raise Refused(400, f"SPARQL syntax error: {exc}") from None
    except RecursionError:
        raise Refused(400, "the query is nested too deeply to parse") from None
    for node in _nodes(tree):
        if node.name == "ServiceGraphPattern" and not allow_service:
            raise Refused(403, f"SERVICE {_term(node.get('term'))} is refused: federated queries "
                                    "are disabled on this endpoint (kg serve --allow-service enables them)")
        if node.name == "DatasetClause":
            raise Refused(400, NO_DATASET)
    return QUERY_FORMS[tree[1].name]


def parses_as_query(text: str) -> bool:
    """Whether ``text`` is a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE), whatever it is sent as."""
    try:
        parseQuery(text)
    except (ParseBaseException, RecursionError):
        return False
    return True


def is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except ParseBaseException:
        return False
    return True


def _nodes(tree: Any) -> Iterator[CompValue]:
    """Every grammar node of a parse tree, depth first."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)


def _term(term: Any) -> str:
    """A SERVICE target as written: an IRI, a variable or a prefixed name (a grammar node)."""
    if isinstance(term, CompValue):
        return f"{term.get('prefix') or ''}:{term.get('localname') or ''}"
    return term.n3() if hasattr(term, "n3") else str(term)


_check_cached = lru_cache(maxsize=256)(_check)
