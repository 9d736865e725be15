"""One state, one actor: names of a government the lexicon does not tie together are merged by the
gazetteer that resolution uses ("Holland" and "the Dutch Government", "the USSR" and "the Soviet
Government", "Saigon" and "the GVN"); a government or a mission written in initials the lexicon does not
list ("GOI", "SARG", "USUN") is the state or mission the document names whose initials they are.
Registered after the constructions of ``actors`` (the registry loads this module after it), so it merges
what they found and named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..resolve.gazetteer import State, initials, state_in_description, state_named, states_abbreviated
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


@construction("actors", "state_initialism", 0.6, example="GOI (in a cable from the Embassy in Israel), SARG")
def state_initialism(finder: ActorFinder) -> None:
    """A government written in initials: "GO" and the initials of the state's name ("GOI": Government of
    Israel), or those initials and "G" ("SARG": Syrian Arab Republic Government; "RTG": Royal Thai), is
    the one state of those initials the document names (a head's "Embassy in Israel" too); where it
    names several ("GOI" beside India and Israel), or none, the initials stay as they are."""
    named = _states_named(finder)
    for c in list(finder.clusters.values()):
        if c.role != "other" or state_code(c) is not None or finder._abbreviates_a_state(c.name):
            continue
        matches = {s for s in _abbreviated(c.name) if s.code in named}
        if len(matches) != 1:
            continue
        keeper = named[matches.pop().code]
        if isinstance(keeper, str):
            keeper = finder._cluster(finder._key_for(keeper, "Government"), keeper, "Government")
        finder._absorb(keeper, c)


@construction("actors", "mission_initialism", 0.6, example="USUN (the Mission to the United Nations)")
def mission_initialism(finder: ActorFinder) -> None:
    """A United States mission written "US" and the initials of the body it is accredited to ("USUN",
    "USNATO", "USOECD") is the mission the document names so ("the Mission to the United Nations")."""
    missions: dict[str, Cluster] = {}
    for c in finder.clusters.values():
        body = re.search(r"\bMission to (.+)$", c.name)
        if body is not None:
            missions[initials(body.group(1))] = c
    for c in list(finder.clusters.values()):
        letters = re.fullmatch(r"US([A-Z]{2,6})", c.name)
        keeper = missions.get(letters.group(1).lower()) if letters is not None else None
        if keeper is not None and keeper is not c and c.role == "other":
            finder._absorb(keeper, c)


def _states_named(finder: ActorFinder) -> dict[str, Cluster | str]:
    """Each state the document names, by code: its government's cluster, or the name it is written with
    where it is named only in another party's name ("the Embassy in Iran": "Iran") or the writer or
    reader stands for it (the state's initials name the government, not the embassy reporting on it)."""
    named: dict[str, Cluster | str] = {}
    for c in finder.clusters.values():
        code = state_code(c)
        if code is not None and not isinstance(named.get(code), Cluster):
            named[code] = c if c.role == "other" else _state_alias(c, code)
    for c in finder.clusters.values():
        placed = c.kind != "Government" and re.search(r"\b(?:in|to|at) ", c.name) is not None
        state = state_in_description(c.name) if placed else None
        if state is not None and state.code not in named:
            named[state.code] = _written(c.name, state.code) or state.name
    return named


def _state_alias(c: Cluster, code: str) -> str:
    """The name by which a writer's or reader's cluster names the state ``code`` ("Hungary")."""
    return next(a for a in [c.name, *c.aliases] if (s := state_named(clean_name(a))) and s.code == code)


def _written(name: str, code: str) -> str | None:
    """The words of a party's name that name the state ``code`` ("Embassy in Iran": "Iran")."""
    words = re.findall(r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*", name)
    return next((w for w in words if (s := state_named(w)) is not None and s.code == code), None)


def _abbreviated(name: str) -> frozenset[State]:
    """The states whose government a name in capitals may abbreviate."""
    if (letters := re.fullmatch(r"GO([A-Z]{1,3})", name)) is not None:
        return states_abbreviated(letters.group(1))
    if (letters := re.fullmatch(r"([A-Z]{2,5})G", name)) is None:
        return frozenset()
    state = letters.group(1)
    royal = states_abbreviated(state[1:]) if state.startswith("R") else frozenset()
    return states_abbreviated(state) | royal
