"""Organizations named by a common noun ("the boundary commission"), on a written-down parse."""

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
