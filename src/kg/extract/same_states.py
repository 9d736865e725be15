"""One state, one actor: names of a government the lexicon does not tie together are merged by the
gazetteer that resolution uses ("Holland" and "the Dutch Government", "the USSR" and "the Soviet
Government", "Saigon" and "the GVN"). Registered after the constructions of ``actors`` (the registry
loads this module after it), so it merges what they found and named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..resolve.gazetteer import state_named
from .actor_names import Cluster, clean_name
from .registry import construction

if TYPE_CHECKING:
    from .actors import ActorFinder


@construction("actors", "same_state", 0.6, example="Holland ... the Dutch Government (one state)")
def same_state(finder: ActorFinder) -> None:
    """Governments whose names denote one state are one actor; the author or recipient, else one named
    as a country ("Russia", not "St. Petersburg"), else the one met most, keeps its key and name, and the
    others' names become its aliases."""
    groups: dict[str, list[Cluster]] = {}
    countries = finder.countries
    for c in list(finder.clusters.values()):
        code = state_code(c)
        if code is not None:
            groups.setdefault(code, []).append(c)
    for group in groups.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda c: (c.role == "other", c.name.lower() not in countries, -len(c.mentions)))
        keeper = group[0]
        for twin in group[1:]:
            if twin.role == "other":
                finder._absorb(keeper, twin)


def state_code(c: Cluster) -> str | None:
    """The state a government cluster's name denotes (its first alias that denotes one where the name
    does not); None for another kind of actor or a name the gazetteer does not know."""
    if c.kind != "Government":
        return None
    for name in [c.name, *c.aliases]:
        state = state_named(clean_name(name))
        if state is not None:
            return state.code
    return None
