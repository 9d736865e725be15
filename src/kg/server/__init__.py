"""``kg serve``: the store published read-only as linked data over HTTP (Starlette on uvicorn).

    app          create_app() and serve(): the ASGI app, its middleware and uvicorn
    site         shared state: settings, the worker pool, templates, links
    lookups      minted IRIs: 303 See Other to /page/… (HTML) or /data/….{ttl,jsonld,nt}
    queries      /sparql: the SPARQL 1.1 endpoint, its HTML form and the answer cache
    protocol     reading a SPARQL 1.1 Protocol request; guard: what a query may not do
    dataset      /, /ontology, VoID and the dump
    negotiation  Accept headers -> representations; responses: small response helpers
    pool, worker the worker processes every read of the store runs in, under a time limit
    describe     one resource's data or page; cache: answers kept for the next client; void: VoID,
                 the ontology page; connection: request deadlines on uvicorn's HTTP/1.1

``create_app`` and ``serve`` load on first use: a query worker imports
``kg.server.worker`` without uvicorn, Starlette or the routes.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_attributes

if TYPE_CHECKING:
    from .app import create_app, serve

__all__ = ["create_app", "serve"]
__getattr__ = lazy_attributes(__name__, {"create_app": "app", "serve": "app"}, globals())
