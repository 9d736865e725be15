"""The server's shared state and response helpers: settings, the worker pool, templates, links.

The routes (``lookups``, ``queries``, ``dataset``) each hold a ``Site`` and
run every read of the store through ``Site.call``.
"""
from __future__ import annotations

import asyncio
import contextlib
import functools
import shutil
import sys
import tempfile
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
from starlette.requests import Request
from starlette.responses import Response

from ..errors import KgError, PoolBusy, QueryTimeout, WorkerLost
from ..store import is_server_url
from .dataset import TITLE
from .describe import Describe
from .iris import DIP, ONTOLOGY, ServedIris, curie
from .pool import WorkerPool
from .reader import Reader, StoreState, store_state
from .responses import SpilledFile, prefers_html, served_base
from .worker import Limits, Reply

if TYPE_CHECKING:
    from starlette.templating import Jinja2Templates

TEMPLATES = Path(__file__).parent / "templates"
LOOKUP_THREADS = 8  # lookups answered at once (each holds a thread while pyoxigraph reads)
QUERY_THREADS = 64  # queries running or waiting for a worker; past this they wait for a thread
STORE_CHECK = 5.0  # seconds between looks at whether a build changed the store
REMOTE_TTL = 300.0  # seconds a cached answer from a SPARQL server's store is kept


@dataclass(frozen=True)
class Settings:
    store: str
    iris: ServedIris
    query_timeout: float
    limits: Limits
    workers: int
    max_body: int
    license: str
    cache_bytes: int
    cache_disk_bytes: int = 1024 * 2**20
    lookup_cache_bytes: int = 32 * 2**20
    send_timeout: float = 60.0

    @property
    def base(self) -> str:
        return self.iris.base


class Site:
    """The server's state (settings, worker pool, templates, scratch space) and how it answers."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._scratch: Path | None = None
        self.pool = WorkerPool(settings.store, settings.limits, size=settings.workers,
                               wait_timeout=max(60.0, 3 * settings.query_timeout))
        self.reader = Reader(settings.store, settings.limits)
        self.on_reload: list[Callable[[], None]] = []  # what forgets answers when the store changes
        self._state: StoreState = None
        self._lookup_threads: anyio.CapacityLimiter | None = None
        self._query_threads: anyio.CapacityLimiter | None = None

    @contextlib.asynccontextmanager
    async def lifespan(self, app: Any) -> AsyncIterator[None]:
        # Lookups and queries wait in thread pools of their own: queries queuing for a worker
        # never take the threads lookups run in.
        self._lookup_threads = anyio.CapacityLimiter(LOOKUP_THREADS)
        self._query_threads = anyio.CapacityLimiter(QUERY_THREADS)
        self._scratch = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        (self._scratch / "answers").mkdir()
        limits = replace(self.settings.limits, spill_dir=str(self._scratch / "answers"))
        self.settings = replace(self.settings, limits=limits)
        self.pool.limits = self.reader.limits = limits
        self._state = store_state(self.settings.store)
        await anyio.to_thread.run_sync(self.reader.open)
        await anyio.to_thread.run_sync(self.pool.start)
        watcher = asyncio.ensure_future(self.watch_store())
        try:
            yield
        finally:
            watcher.cancel()
            await anyio.to_thread.run_sync(self.pool.close)
            self.reader.close()
            shutil.rmtree(self._scratch, ignore_errors=True)

    async def watch_store(self) -> None:
        """Open every view of the store again once a build into it has finished (its files keep still).

        Until then every reader answers from the store as it was when the
        server started or last reopened it; afterwards lookups answer from a
        fresh view at once and each query worker is replaced as it comes free.
        """
        seen = self._state
        while True:
            await anyio.sleep(STORE_CHECK)
            now = await anyio.to_thread.run_sync(store_state, self.settings.store)
            if now != self._state and now == seen:  # changed, and still for a whole interval
                await self.reopen(now)
            seen = now

    async def reopen(self, state: StoreState) -> None:
        reader = Reader(self.settings.store, self.settings.limits)
        await anyio.to_thread.run_sync(reader.open)
        self.reader, self._state = reader, state  # the old view goes when its last lookup ends
        self.pool.renew()
        for forget in self.on_reload:
            forget()
        print("kg serve: the store changed (a build wrote to it): answering from its new state",
              file=sys.stderr)

    @property
    def cache_ttl(self) -> float | None:
        """How long a cached answer stays right: while the store is unchanged, for a store the server
        watches (it empties the caches when a build changes it); 5 minutes for a SPARQL server's."""
        return REMOTE_TTL if is_server_url(self.settings.store) else None

    def scratch(self) -> Path:
        """A folder for files the server writes (the dump, large answers), removed when it stops."""
        assert self._scratch is not None, "the server's lifespan makes it"
        return self._scratch

    async def call(self, task: Any, timeout: float | None = None) -> Reply:
        """A lookup's reply from this process, other tasks' from a worker (timeout or busy pool: 503)."""
        if isinstance(task, Describe):
            return await anyio.to_thread.run_sync(self.reader.run, task, limiter=self._lookup_threads)
        limit = timeout or self.settings.query_timeout
        run = functools.partial(self.pool.run, task, limit)
        try:
            return await anyio.to_thread.run_sync(run, limiter=self._query_threads)
        except QueryTimeout:
            message = f"query stopped: it ran past the server's time limit of {limit:g} s"
            return replace(Reply.error(503, message), stopped=True)
        except PoolBusy as exc:
            return Reply.error(503, str(exc))
        except WorkerLost as exc:  # as a worker past its memory cap answers itself: 507, not a server fault
            return Reply.error(507, str(exc))
        except KgError as exc:
            return Reply.error(500, str(exc))
        except (EOFError, OSError) as exc:  # the pool closed under the task (the server is stopping)
            return Reply.error(503, f"a query worker stopped ({type(exc).__name__}): the server is stopping")

    def href(self, iri: str) -> str:
        """Where a page links for ``iri``: the server's own path for its resources and vocabulary."""
        if iri.startswith(self.settings.base):
            return "/" + iri[len(self.settings.base):]
        if iri.startswith(DIP):
            return "/ontology#" + iri[len(DIP):]
        if iri == ONTOLOGY:
            return "/ontology"
        return iri

    def name(self, iri: str) -> str:
        """A short name for an unlabelled IRI: its path under the base, else its prefixed name."""
        return self.settings.iris.path_of(iri) or curie(iri)

    @functools.cached_property
    def templates(self) -> Jinja2Templates:
        """The page templates (Jinja2 loads with the first page, not with the server)."""
        from starlette.templating import Jinja2Templates

        templates = Jinja2Templates(directory=str(TEMPLATES))
        templates.env.auto_reload = False  # they ship with the package: no stat of each file per page
        templates.env.globals.update(href=self.href, name=self.name, curie=curie, title=TITLE)
        return templates

    def render(self, request: Request, template: str, *, status_code: int = 200,
               headers: dict[str, str] | None = None, **context: Any) -> Response:
        context = {"base": self.settings.base, "here": served_base(request), **context}
        return self.templates.TemplateResponse(request, template, context, status_code=status_code,
                                               headers=headers)

    def respond(self, reply: Reply) -> Response:
        headers = {"Vary": "Accept"} if reply.status == 406 else None
        if reply.path is not None:
            return SpilledFile(reply.path, reply.status, reply.media_type, self.settings.send_timeout)
        return Response(reply.body, status_code=reply.status, media_type=reply.media_type, headers=headers)

    def error(self, request: Request, reply: Reply) -> Response:
        """An error as text, or as a page for a browser."""
        if not prefers_html(request):
            return self.respond(reply)
        return self.render(request, "error.html", status_code=reply.status, status=reply.status,
                           message=reply.body.decode("utf-8"))
