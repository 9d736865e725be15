"""Ships: no actors, except one a message is sent to (on a written-down parse)."""

from __future__ import annotations

from kg.extract.registry import get

from .test_other_rules import finder


def test_a_ship_a_message_is_sent_to_is_addressed_but_a_ship_named_in_passing_is_not() -> None:
    # "The cruiser Galveston left yesterday. The following telegram has been sent to United States Ship
    # Denver: “Commandant and Governor beg you to come immediately.”"
    f = finder("addressed_vessel.json")
    for name in ("head_line", "named_entity", "addressed_vessel"):
        get("actors", name).func(f)
    found = {c.name: c.kind for c in f.clusters.values()}
    assert found.get("United States Ship Denver") == "Organization"
    assert not {n for n in found if "Galveston" in n or n == "United States"}
    denver = next(t.i for t in f.sdoc if t.text == "Denver")
    assert f.token_actor[denver] == f.token_actor[denver - 3]  # "United" is the ship's too
