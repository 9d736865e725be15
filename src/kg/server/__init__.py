"""``kg serve``: the store published read-only as linked data over HTTP (Starlette on uvicorn).

    app          create_app() and serve(): the ASGI app, its middleware and uvicorn
    site         shared state: settings, the worker pool, templates, links
    lookups      minted IRIs: 303 See Other to /page/… (HTML) or /data/….{ttl,jsonld,nt}
    queries      /sparql: the SPARQL 1.1 endpoint, its HTML form and the answer cache
    protocol     reading a SPARQL 1.1 Protocol request; guard: what a query may not do
    dataset      /, /ontology, VoID and the dump
    negotiation  Accept headers -> representations; responses: small response helpers
    pool, worker the worker processes every read of the store runs in, under a time limit
"""
from __future__ import annotations

from .app import create_app, serve

__all__ = ["create_app", "serve"]
