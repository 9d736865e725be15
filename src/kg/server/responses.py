"""Small response helpers shared by the routes: the raw path, HTML preference, plain-text errors."""
from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from .negotiation import GRAPH_FORMATS, HTML, RESULT_FORMATS, Representation, media_list, negotiate


def prefers_html(request: Request) -> bool:
    """Whether the client asks for HTML over every data format (a browser does; ``*/*`` does not)."""
    offered = (*RESULT_FORMATS, *GRAPH_FORMATS, HTML)
    return negotiate(request.headers.get("accept"), offered) is HTML


def raw_path(request: Request) -> str:
    """The path as sent (percent-encoding kept), which is how the IRIs were minted."""
    raw = request.scope.get("raw_path")
    return raw.decode("latin-1") if raw else quote(request.url.path)


def text_response(status: int, message: str) -> Response:
    return Response(message.rstrip() + "\n", status_code=status, media_type="text/plain")


def not_acceptable(offered: tuple[Representation, ...]) -> Response:
    return text_response(406, f"none of the requested types can be given; available: {media_list(offered)}")
