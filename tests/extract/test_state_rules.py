"""One state, one actor: governments the gazetteer ties to one state merge; others stay apart."""

from __future__ import annotations

from kg.extract.actors import ActorFinder
from kg.extract.lexicon import load_lexicon
from kg.extract.registry import get
from kg.extract.voices import text_regions

from .test_institution_rules import _finder_with
from .test_other_rules import message


def test_names_of_one_state_are_one_actor_and_other_states_stay_apart() -> None:
    finder = _finder_with(
        "Holland protested. The Dutch Government then asked the USSR and the Soviet Government to "
        "consult Taiwan and China.",
        {
            "Holland": "Government",
            "Dutch Government": "Government",
            "USSR": "Government",
            "Soviet Government": "Government",
            "Taiwan": "Government",
            "China": "Government",
        },
    )
    get("actors", "same_state").func(finder)
    groups = sorted(sorted([c.name, *c.aliases]) for c in finder.clusters.values())
    assert groups == [
        ["China", "China"],
        ["Dutch Government", "Holland", "Holland"],
        ["Soviet Government", "USSR", "USSR"],
        ["Taiwan", "Taiwan"],
    ]


def test_a_group_of_a_state_and_the_author_stay_apart_and_the_author_keeps_its_key() -> None:
    finder = _finder_with(
        "The Dutch merchants met. The Netherlands Government wrote to Holland.",
        {"Dutch merchants": "Group", "Netherlands Government": "Government", "Holland": "Government"},
    )
    finder.clusters["netherlands-government"].role = "author"
    get("actors", "same_state").func(finder)
    assert set(finder.clusters) == {"dutch-merchants", "netherlands-government"}
    assert "Holland" in finder.clusters["netherlands-government"].aliases


def test_a_state_keeps_its_countrys_name_over_its_capitals_however_often_met() -> None:
    finder = _finder_with(
        "Petrograd refused. Petrograd then asked the Foreign Office, and Russia agreed later.",
        {"Petrograd": "Government", "Russia": "Government"},
    )
    get("actors", "same_state").func(finder)
    merged = [(c.name, sorted(c.aliases)) for c in finder.clusters.values()]
    assert merged == [("Russia", ["Petrograd", "Russia"])]


def test_a_state_s_initials_in_capitals_are_its_government_and_the_pronoun_no_state() -> None:
    doc, sdoc = message("state_initials.json")  # "The ROKG decision ... us. Let us wait for the US reply."
    finder = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))
    get("actors", "state_initials").func(finder)
    assert {c.name: c.kind for c in finder.clusters.values()} == {"ROKG": "Government", "US": "Government"}
    assert sorted(sdoc[i].text for i in finder.token_actor) == ["ROKG", "US"]
