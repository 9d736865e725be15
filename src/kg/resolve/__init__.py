"""Resolution stage: the actors of each document -> corpus entities, one per real-world actor.

Runs per document after extraction (``resolve_actors``) and writes its links into the
document's graph (``add_entity_links``); see ``resolver`` for the rules and ``triples``
for the graph, ``index`` for the name tokens that ``--actor`` and ``--option`` look up and the option
keys option-mentions joins on, ``digest``
for what each entity does in each document, which the corpus-wide named queries read, and ``view`` for
the corpus summary the build writes at its end from those digests (``actors`` and ``actor-network``
without a period or document read it).
"""
from __future__ import annotations

from .digest import add_digests, add_store_digests
from .index import add_name_tokens, add_option_keys, add_store_name_tokens, add_store_option_keys
from .lexicon import data_digest
from .model import EntityRef
from .resolver import resolve_actors
from .stage import add_resolution
from .triples import add_entity_links, entity_iri

#: Part of every graph's build state: a changed gazetteer or rule set rebuilds the graphs.
RESOLVER_VERSION = f"resolve-5+{data_digest()}"

__all__ = ["RESOLVER_VERSION", "EntityRef", "add_digests", "add_entity_links", "add_name_tokens",
           "add_option_keys", "add_resolution", "add_store_digests", "add_store_name_tokens",
           "add_store_option_keys", "entity_iri", "resolve_actors"]
