"""Reading minted IRIs back with plain strings: the base they were minted under, paths, prefixed names.

``kg.vocab.IriScheme`` mints IRIs; the server only reads them back, and
importing ``kg.vocab`` loads rdflib, a good part of what ``kg serve`` would
otherwise import before it can answer. ``tests/server/test_iris.py`` checks
that both read IRIs alike.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..namespaces import PREFIX_IRIS

DEFAULT_BASE = "http://127.0.0.1:8000/"  # kg build's default (kg.vocab.DEFAULT_BASE)
DIP = PREFIX_IRIS["dip"]
ONTOLOGY = DIP.rstrip("#")


@dataclass(frozen=True)
class ServedIris:
    """The base the store's IRIs were minted under (ending in ``/`` or ``#``)."""

    base: str = DEFAULT_BASE

    @classmethod
    def of(cls, base: str | None) -> ServedIris:
        text = base or DEFAULT_BASE
        return cls(text if text.endswith(("/", "#")) else text + "/")

    @classmethod
    def detect(cls, graph_names: Iterable[str]) -> ServedIris:
        """The base of the document graphs ({base}doc/{id}), else the default."""
        for name in graph_names:
            head, sep, _ = name.rpartition("/doc/")
            if sep:
                return cls(head + "/")
        return cls()

    def path_of(self, iri: str) -> str | None:
        """The part of ``iri`` after the base, or None for an IRI minted elsewhere."""
        return iri[len(self.base):] if iri.startswith(self.base) and len(iri) > len(self.base) else None


def curie(iri: str) -> str:
    """``dip:Actor`` for a term in a known namespace, else the IRI."""
    for prefix, namespace in PREFIX_IRIS.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri
