"""Actors named by common nouns ("the boundary commission") and words that name none ("Lieut."),
on written-down parses."""

from __future__ import annotations

from kg.extract.actors import ActorFinder
from kg.extract.lexicon import load_lexicon
from kg.extract.registry import get
from kg.extract.voices import text_regions

from .test_other_rules import message


def test_an_acting_institution_noun_is_an_actor_but_a_course_or_a_back_reference_is_not() -> None:
    # "Your colleagues and the boundary commission have reported to the Department. The Government
    # objected to the international commission for the tariff. The said commission met. A commission
    # has been appointed."
    doc, sdoc = message("institutions.json")
    finder = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))
    get("actors", "institution_noun").func(finder)
    found = {c.name: c.kind for c in finder.clusters.values()}
    assert found == {"boundary commission": "Organization"}


def test_a_rank_or_name_suffix_the_tagger_took_for_a_name_is_no_actor() -> None:
    # "The Commissioners heard Mr. Herter. Lieut. A. A. Berle, Jr., requested that the Commissioners
    # reconsider their decision." (the tagger reads "Lieut" as a person and "Jr." as a place)
    doc, sdoc = message("name_affixes.json")
    finder = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))
    get("actors", "named_entity").func(finder)
    names = {c.name for c in finder.clusters.values()}
    assert "A. A. Berle" in names and not names & {"Lieut", "Jr", "Jr."}
