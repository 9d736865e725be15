"""The corpus summary: a materialized view of what ``actors`` and ``actor-network`` show without parameters.

Ranking the entities of the whole corpus and reading their per-document digests (``kg.resolve.digest``)
took over a second; so the build ends by summing, for each entity it touched, its digests over every
document graph (``queries/resolve/summary-actors.rq``), and for each pair of issuer and addressee
with a side it touched (``summary-keys.rq``), their tallies (``summary-pairs.rq``), into one node each
(``dip:EntitySummary``, ``dip:PairSummary``) in the graph ``{base}summary``. Each node links the
documents it sums (``dip:summaryDocument``): a build that rewrites a document recomputes every node
that listed it as well as every entity and pair its new graph names, so an entity that left the
document drops it and the view stays exact. The cost is linear: each touched entity or pair is read
through the index, never the whole store per document. ``write_store_summary`` writes the view into a
store built before it.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox
from rdflib.namespace import RDF

from ..resources import data_dir, load_query
from ..vocab import DIP, IriScheme

if TYPE_CHECKING:
    from ..store import Store

T = TypeVar("T")
#: Entities, sides or nodes per query and update.
BATCH = 300
#: Called with each batch of summary triples written (the build validates them with the shapes).
Check = Callable[[str, list[ox.Triple]], None]
#: A side of a pair: the corpus entity (an IRI) or the name of an actor not resolved (a literal).
Side = ox.NamedNode | ox.Literal

_TYPE, _DOC = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DIP.summaryDocument))
#: Summary columns -> the property that states them (an unbound column states nothing).
_ENTITY_COLUMNS = (("who", DIP.summaryOf), ("actor", DIP.summaryLabel), ("kind", DIP.summaryKinds),
                   ("roles", DIP.summaryRoles), ("documents", DIP.documentCount),
                   ("documentIds", DIP.summaryDocumentIds))
#: The columns that hold comma-separated lists.
_LISTS = frozenset({"kind", "roles", "documentIds"})
_PAIR_COLUMNS = (("issuer", DIP.pairIssuerLabel), ("addressee", DIP.pairAddresseeLabel),
                 ("issuerEntity", DIP.pairIssuer), ("addresseeEntity", DIP.pairAddressee),
                 ("instructions", DIP.pairInstructionCount), ("documents", DIP.pairDocumentCount),
                 ("first", DIP.firstDate), ("last", DIP.lastDate))


def summary_graph(iris: IriScheme) -> str:
    return f"{iris.base}summary"


def refresh_summary(store: Store, iris: IriScheme, documents: Iterable[str] = (),
                    check: Check | None = None) -> int:
    """Recompute the summary nodes that the graphs of ``documents`` and of every document marked
    ``dip:summaryPending`` (as the build writes them) affect, then clear the marks; the number of nodes
    written. A build that stopped before this step leaves its marks to the next. ``check`` sees each
    batch of nodes written (their triples alone: linear, however big the summary)."""
    changed = {ox.NamedNode(d) for d in documents}
    changed.update(row["doc"] for row in store.raw_query(load_query("resolve/summary-pending")))
    entities: set[ox.NamedNode] = set()
    sides: set[Side] = set()
    stale: set[ox.NamedNode] = set()
    for batch in _batches(sorted(changed, key=str)):
        for row in store.raw_query(_with_values("resolve/summary-keys", batch)):
            _add_keys(entities, sides, row["entity"], row["side"])
        for row in store.raw_query(_with_values("resolve/summary-stale", batch)):
            stale.add(row["node"])
            for side in (row["issuerSide"], row["addresseeSide"]):
                _add_keys(entities, sides, row["entity"], side)
    written = _rewrite(store, iris, entities, sides, stale, check)
    for batch in _batches(sorted(changed, key=str)):
        store.update(_with_values("resolve/summary-done", batch, update=True))
    store.flush()
    return written


def _add_keys(entities: set[ox.NamedNode], sides: set[Side], entity: object, side: object) -> None:
    """Note an entity and a pair side from a row (either may be unbound)."""
    if isinstance(entity, ox.NamedNode):
        entities.add(entity)
    if isinstance(side, (ox.NamedNode, ox.Literal)):
        sides.add(side)


def write_store_summary(store: Store) -> int:
    """Write the summary of every entity and pair into a store built before it (any old node replaced)."""
    iris = IriScheme.detect(store.graph_names())
    entities: set[ox.NamedNode] = set()
    sides: set[Side] = set()
    stale: set[ox.NamedNode] = set()
    for row in store.raw_query(load_query("resolve/summary-all")):
        _add_keys(entities, sides, row["entity"], row["side"])
        if isinstance(row["node"], ox.NamedNode):
            stale.add(row["node"])
    written = _rewrite(store, iris, entities, sides, stale)
    store.flush()
    return written


def _rewrite(store: Store, iris: IriScheme, entities: set[ox.NamedNode], sides: set[Side],
             stale: set[ox.NamedNode], check: Check | None = None) -> int:
    """Delete the ``stale`` nodes, then write anew the nodes of ``entities`` and of the pairs with a side
    in ``sides``, recomputed from the store (an entity or pair no graph names any more stays deleted)."""
    graph = summary_graph(iris)
    for batch in _batches(sorted(stale, key=str)):
        _replace(store, graph, set(batch), [])
    written = 0
    for batch in _batches(sorted(entities, key=str)):
        written += _write_nodes(store, graph, _entity_nodes(store, iris, batch), check,
                                {_node(iris, "actor", e.value) for e in batch})
    done: set[ox.NamedNode] = set()  # a pair with its two sides in two batches is read twice
    for side_batch in _batches(sorted(sides, key=str)):
        nodes = [(n, triples) for n, triples in _pair_nodes(store, iris, side_batch) if n not in done]
        done.update(node for node, _ in nodes)
        written += _write_nodes(store, graph, nodes, check)
    return written


#: Summary nodes with their triples.
_Nodes = list[tuple[ox.NamedNode, list[ox.Triple]]]


def _write_nodes(store: Store, graph: str, nodes: _Nodes, check: Check | None,
                 gone: set[ox.NamedNode] | None = None) -> int:
    """Replace the nodes (and delete ``gone``) in one update; the number of nodes written."""
    triples = [t for _, node_triples in nodes for t in node_triples]
    _replace(store, graph, {n for n, _ in nodes} | (gone or set()), triples)
    if check is not None and triples:
        check(graph, triples)
    return len(nodes)


def _entity_nodes(store: Store, iris: IriScheme, entities: list[ox.NamedNode]) -> _Nodes:
    return [_entity_triples(iris, row) for row in store.raw_query(_with_values("resolve/summary-actors",
                                                                               entities))]


def _pair_nodes(store: Store, iris: IriScheme, sides: list[Side]) -> _Nodes:
    """The pairs with a side in ``sides``: the query also sums pairs that only share a label with one
    (their tallies are not all found through it), which are left out."""
    wanted = set(sides)
    rows = store.raw_query(_with_values("resolve/summary-pairs", sides))
    return [_pair_triples(iris, r) for r in rows if r["issuerKey"] in wanted or r["addresseeKey"] in wanted]


def _entity_triples(iris: IriScheme, row: ox.QuerySolution) -> tuple[ox.NamedNode, list[ox.Triple]]:
    node = _node(iris, "actor", row["who"].value)
    return node, _node_triples(node, DIP.EntitySummary, row, _ENTITY_COLUMNS)


def _pair_triples(iris: IriScheme, row: ox.QuerySolution) -> tuple[ox.NamedNode, list[ox.Triple]]:
    node = _node(iris, "pair", f"{row['issuerKey']}\n{row['addresseeKey']}")
    return node, _node_triples(node, DIP.PairSummary, row, _PAIR_COLUMNS)


def _node_triples(node: ox.NamedNode, kind: object, row: ox.QuerySolution,
                  columns: tuple[tuple[str, object], ...]) -> list[ox.Triple]:
    """The node's type, one triple per bound column and one ``dip:summaryDocument`` per document."""
    triples = [ox.Triple(node, _TYPE, ox.NamedNode(str(kind)))]
    triples += [ox.Triple(node, ox.NamedNode(str(p)), _sorted_list(row[c]) if c in _LISTS else row[c])
                for c, p in columns if row[c] is not None]
    documents = (doc for doc in row["documentIris"].value.split(", ") if doc)
    triples += [ox.Triple(node, _DOC, ox.NamedNode(doc)) for doc in documents]
    return triples


def _sorted_list(value: ox.Literal) -> ox.Literal:
    """A comma-separated list in sorted order: the same summary from every store."""
    return ox.Literal(", ".join(sorted({part for part in value.value.split(", ") if part})))


def _node(iris: IriScheme, kind: str, key: str) -> ox.NamedNode:
    """``{base}summary/actor/<hash of the entity>``, ``{base}summary/pair/<hash of the two sides>``."""
    return ox.NamedNode(f"{iris.base}summary/{kind}/{hashlib.sha1(key.encode()).hexdigest()[:16]}")


def _replace(store: Store, graph: str, gone: set[ox.NamedNode], triples: list[ox.Triple]) -> None:
    """One update: the ``gone`` nodes' triples deleted, ``triples`` inserted into ``graph``."""
    from ..store.base import insert_data_update

    parts = []
    if gone:
        parts.append(_with_values("resolve/summary-delete", sorted(gone, key=str), update=True))
    if triples:
        parts.append(insert_data_update({graph: "\n".join(f"{t} ." for t in triples)}))
    if parts:
        store.update(" ;\n".join(parts))


def _with_values(name: str, terms: Iterable[object], update: bool = False) -> str:
    """The query ``name`` (``queries/NAME.rq``, or the update ``NAME.ru``) with its ``#[values]`` line in
    place, holding ``terms``."""
    text = (data_dir("queries") / f"{name}.ru").read_text(encoding="utf-8") if update else load_query(name)
    return text.replace("#[values] ", "").replace("{values}", " ".join(str(t) for t in terms))


def _batches(items: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(items), BATCH):
        yield items[start:start + BATCH]
