"""Store stage: a persistent quad store holding one named graph per document.

One interface (``Store``), two implementations chosen from the ``--store``
value: a folder is an embedded Oxigraph store (pyoxigraph, nothing to start),
an ``http://`` or ``https://`` URL is a SPARQL 1.1 server. Every stage talks
to ``Store`` only, so builds, queries, validation, exports and the web view
work the same against either.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..errors import KgError, StoreError
from .base import DEFAULT_STORE, DEFAULT_TIMEOUT, Store, Table
from .embedded import EmbeddedStore

if TYPE_CHECKING:  # httpx (0.3 s) loads with the first server store, not with every command
    from .remote import SERVER_GRAPHS, RemoteStore

__all__ = [
    "DEFAULT_STORE",
    "EmbeddedStore",
    "RemoteStore",
    "SERVER_GRAPHS",
    "Store",
    "StoreError",
    "Table",
    "copy_store",
    "is_server_url",
    "open_store",
    "server_endpoints",
]


def __getattr__(name: str) -> Any:
    """``RemoteStore`` and ``SERVER_GRAPHS`` load ``kg.store.remote`` (and httpx) on first use."""
    if name in ("RemoteStore", "SERVER_GRAPHS"):
        from . import remote

        return getattr(remote, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def is_server_url(location: str | Path) -> bool:
    """Whether ``--store`` names a SPARQL server rather than a folder."""
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


def server_endpoints(url: str) -> tuple[str, str, str | None]:
    """Query, update and Graph Store endpoints of a server URL, by convention.

    A bare server address (``http://127.0.0.1:7878``) is an Oxigraph server:
    ``/query``, ``/update``, ``/store``. A URL with a path is the SPARQL
    endpoint itself (``http://127.0.0.1:8890/sparql``), taking queries and
    updates; its Graph Store endpoint, if any, has to be given.
    """
    if urlsplit(url).path.strip("/"):
        return url, url, None
    root = url.rstrip("/")
    return f"{root}/query", f"{root}/update", f"{root}/store"


def open_store(location: str | Path = DEFAULT_STORE, *, read_only: bool = False,
               update_url: str | None = None, gsp_url: str | None = None,
               timeout: float = DEFAULT_TIMEOUT) -> Store:
    """Open the store ``location``: a folder (created unless ``read_only``) or a server URL."""
    if not is_server_url(location):
        if update_url or gsp_url:
            raise KgError(f"{location}: update and Graph Store URLs need a server URL as the store")
        return EmbeddedStore(location, read_only=read_only)
    from .remote import RemoteStore

    query, update, gsp = server_endpoints(str(location))
    return RemoteStore(query, update_url or update, gsp_url or gsp, read_only=read_only, timeout=timeout)


def copy_store(source: Store, target: Store) -> None:
    """Write every named graph of ``source`` into ``target`` (replacing graphs of the same name)."""
    for name in source.graph_names():
        target.replace_graph(source.graph(name))
    target.flush()
