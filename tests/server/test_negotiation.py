"""Content negotiation: Accept headers read as RFC 9110 says."""
from __future__ import annotations

from kg.server.negotiation import GRAPH_FORMATS, HTML, by_name, negotiate


def test_negotiation_reads_q_values_and_specificity() -> None:
    offered = (HTML, *GRAPH_FORMATS)
    assert negotiate(None, offered) is HTML
    assert negotiate("*/*", offered) is HTML
    assert negotiate("text/html;q=0.5, text/turtle", offered).name == "turtle"
    assert negotiate("text/*;q=0.2, application/n-triples;q=0.3", offered).name == "ntriples"
    assert negotiate("text/*, text/html;q=0", offered).name == "turtle"  # the specific range wins
    assert negotiate("image/png", offered) is None
    assert by_name(["bogus", "nt"], GRAPH_FORMATS).name == "ntriples"
