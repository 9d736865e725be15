"""Small response helpers shared by the routes: the raw path, HTML preference, plain-text errors."""
from __future__ import annotations

import logging
import os
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import quote

import anyio
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from .negotiation import GRAPH_FORMATS, HTML, RESULT_FORMATS, Representation, media_list, negotiate


def prefers_html(request: Request) -> bool:
    """Whether the client asks for HTML over every data format (a browser does; ``*/*`` does not)."""
    offered = (*RESULT_FORMATS, *GRAPH_FORMATS, HTML)
    return negotiate(request.headers.get("accept"), offered) is HTML


def raw_path(request: Request) -> str:
    """The path as sent (percent-encoding kept), which is how the IRIs were minted."""
    raw = request.scope.get("raw_path")
    return raw.decode("latin-1") if raw else quote(request.url.path)


def served_base(request: Request) -> str:
    """The address this request came to (``http://host:port/``): where pages and VoID send clients.

    IRIs keep the base they were minted under; the endpoint, the dump and the
    pages are named at the address the server answers on.
    """
    return str(request.base_url)


def text_response(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status_code=status, media_type="text/plain")


def not_acceptable(offered: tuple[Representation, ...]) -> Response:
    """406, with ``Vary: Accept`` so that a cache does not hand it to a client asking otherwise."""
    message = f"none of the requested types can be given; available: {media_list(offered)}"
    response = text_response(406, message)
    response.headers["Vary"] = "Accept"
    return response


def not_modified(request: Request, response: Response) -> Response | None:
    """304 Not Modified when the client's copy (If-None-Match, else If-Modified-Since) is current."""
    etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
    if_none_match = request.headers.get("if-none-match")
    if_modified_since = request.headers.get("if-modified-since")
    if if_none_match is not None:
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        current = etag is not None and ("*" in tags or etag.removeprefix("W/") in tags)
    elif if_modified_since is not None and modified is not None:
        since, last = http_date(if_modified_since), http_date(modified)
        current = since is not None and last is not None and last <= since
    else:
        return None
    if not current:
        return None
    kept = {k: v for k, v in response.headers.items() if k in ("etag", "last-modified", "cache-control")}
    return Response(status_code=304, headers=kept)


def http_date(value: str) -> datetime | None:
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


class SpilledFile(Response):
    """A large answer streamed from the file a worker spilled it to, which is deleted afterwards.

    The file is sent in ``CHUNK`` pieces, each only once the client has taken
    the last (uvicorn waits for the socket to drain), so a client that does not
    read holds at most a chunk and the socket's buffers in memory; one that
    stops reading for ``send_timeout`` seconds is disconnected.
    """

    CHUNK = 1024 * 1024  # 64 KiB pieces took 2.8 times as long to send 33 MiB (a wait on the socket each)

    def __init__(self, path: str, status: int, media_type: str, send_timeout: float):
        super().__init__(None, status_code=status, media_type=media_type,
                         headers={"Content-Length": str(os.path.getsize(path))})
        self.path, self.send_timeout = path, send_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            with anyio.fail_after(self.send_timeout):
                await send({"type": "http.response.start", "status": self.status_code,
                            "headers": self.raw_headers})
            async with await anyio.open_file(self.path, "rb") as body:
                while chunk := await body.read(self.CHUNK):
                    with anyio.fail_after(self.send_timeout):
                        await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except TimeoutError:  # returning unfinished makes the server close the connection
            logging.getLogger("uvicorn.error").warning(
                "a client read nothing of its answer for %g s: closing its connection", self.send_timeout)
        finally:
            os.unlink(self.path)
