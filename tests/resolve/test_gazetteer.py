"""States from names, demonyms, seats of government and government phrases."""
from __future__ import annotations

import pytest

from kg.resolve.gazetteer import (
    initials,
    state_by_head,
    state_in_description,
    state_named,
    state_of_place,
    states_abbreviated,
)


@pytest.mark.parametrize(("name", "code"), [
    ("Nicaragua", "NI"),
    ("the Nicaraguan Government", "NI"),
    ("Government of Nicaragua", "NI"),
    ("the supreme Government of Nicaragua", "NI"),
    ("Managua", "NI"),
    ("Government of the United States", "US"),
    ("Her Majesty’s Government", "GB"),
    ("England", "GB"),
    ("Hanoi", "XDV"),
    ("the North Vietnamese", "XDV"),
    ("the DRV", "XDV"),
    ("Austria-Hungary", "XAH"),
    ("the Ottoman Empire", "XOT"),
    ("the Soviet Government", "SU"),
    ("Persia", "IR"),
    ("Iran", "IR"),
    ("Norway", "NO"),  # pycountry
    ("U.S.S.R.", "SU"),
    ("Government of Nicaragua.mr", "NI"),  # a misread full stop in frus1894Nicaragua-d99
])
def test_state_named(name: str, code: str) -> None:
    state = state_named(name)
    assert state is not None and state.code == code


def test_one_label_per_state_whichever_name_is_used() -> None:
    assert state_named("Russian Federation") == state_named("Russia")
    assert state_named("Iran") == state_named("Persia")


@pytest.mark.parametrize("name", ["Government", "the Republic", "Bluefields", "Mosquito authorities"])
def test_no_state(name: str) -> None:
    assert state_named(name) is None


def test_a_government_head_is_needed_for_groups() -> None:
    assert state_by_head("the Nicaraguan authorities") == state_named("Nicaragua")
    assert state_by_head("Nicaraguans") is None
    assert state_by_head("Nicaraguan troops") is None


def test_place_and_description() -> None:
    assert state_of_place("Managua") == state_named("Nicaragua")
    assert state_of_place("Bluefields") is None
    british = state_in_description("British Secretary of State for Foreign Affairs.")
    assert british == state_named("Great Britain")
    assert state_in_description("Consul at Moscow.") is None


@pytest.mark.parametrize(("name", "code"), [
    ("US", "US"), ("the USG", "US"), ("U.S", "US"), ("U.S. Government", "US"), ("HMG", "GB"),
    ("PRC", "CN"), ("GRC", "TW"), ("ROK", "KR"), ("DPRK", "KP"), ("FRG", "DE"), ("GDR", "XDD"), ("UAR", "EG"),
])
def test_a_state_s_initials_name_it(name: str, code: str) -> None:
    state = state_named(name)
    assert state is not None and state.code == code


def test_states_by_the_initials_of_their_names() -> None:
    assert initials("Organization for Economic Cooperation and Development") == "oecd"
    assert {s.code for s in states_abbreviated("SAR")} == {"SY"}  # Syrian Arab Republic
    assert {"IL", "IN", "IR"} <= {s.code for s in states_abbreviated("I")}
    assert not states_abbreviated("XQZ")
