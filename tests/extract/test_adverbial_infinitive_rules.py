"""An infinitive the parser made an adverbial right after its verb's object completes the verb when
that object names an actor (kg.extract.interposed.adverbial_infinitive); invented sentences."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.interposed import adverbial_infinitive

from .built import built, word

ACTORS = {"Legation": ("legation", "Organization"), "Consul": ("consul", "Person")}


def test_an_infinitive_after_an_actor_object_is_a_directive_to_that_actor() -> None:
    ctx, voice = built("The Legation desires the Consul to investigate the matter.", ACTORS)
    investigate = word(ctx, "investigate")
    assert investigate.dep_ == "advcl" and not adverbial_infinitive(ctx, investigate, voice)
    hits = {hit.tok.text: hit for hit in find_directives(ctx).values()}
    assert hits["investigate"].rule.name == "reported_directive"
    directive = hits["investigate"].directive
    assert (directive.issuer, directive.addressee) == ("legation", "consul")


def test_an_infinitive_after_a_thing_is_a_purpose() -> None:
    ctx, voice = built("The Legation requested a meeting to discuss the treaty.", ACTORS)
    discuss = word(ctx, "discuss")
    assert adverbial_infinitive(ctx, discuss, voice)
    assert "discuss" not in {hit.tok.text for hit in find_directives(ctx).values()}
