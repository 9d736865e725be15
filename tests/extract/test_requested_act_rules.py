"""Acts done at someone's request ("at the request of X", "at X's request", "at the instance of X"): a
request of X to the one who does the act (built Docs, no trained model)."""

from __future__ import annotations

from kg.extract.directives import find_directives

from .built import built, instructions_by_verb

ACTORS = {
    "Governor": ("governor", "Person"),
    "Consul": ("consul", "Person"),
    "Chairman": ("chairman", "Person"),
    "Ministry": ("ministry", "Organization"),
}


def found(sentence: str) -> dict[str, tuple[str, str, tuple[str, ...], str, str]]:
    """Each instruction of the sentence, by its verb: rule, issuer, addressees, quote and polarity."""
    ctx, _ = built(sentence, ACTORS)
    return {
        verb: (rule, i.issuer, i.addressees, ctx.sdoc.text[i.span.start : i.span.end], i.polarity)
        for verb, (rule, i) in instructions_by_verb(ctx).items()
    }


def test_at_the_request_of_an_actor_directs_the_subject() -> None:
    got = found("At the request of the Governor, the Consul closed the harbor.")
    rule, issuer, told, quote, polarity = got["closed"]
    assert (rule, issuer, told, polarity) == ("requested_act", "governor", ("consul",), "do")
    assert quote.startswith("At the request of the Governor") and quote.endswith("harbor")


def test_a_possessive_request_set_off_inside_the_clause() -> None:
    got = found("The Consul has, at the Chairman's request, explained the delay to the delegates.")
    assert got["explained"][:3] == ("requested_act", "chairman", ("consul",))
    assert got["explained"][3].startswith("The Consul has")


def test_a_passive_with_no_doer_names_no_one_asked() -> None:
    got = found("The circular was issued at the instance of the Ministry.")
    assert got["issued"][:3] == ("requested_act", "ministry", ())


def test_a_hypothetical_or_negated_act_and_a_requester_who_is_no_actor_ask_nothing() -> None:
    assert found("The Consul would close the harbor at the request of the Governor.") == {}
    assert found("The Consul did not close the harbor at the request of the Governor.") == {}
    assert found("At the request of the merchants, the Consul closed the harbor.") == {}


def test_a_requester_named_only_by_a_nationality_adjective_is_no_actor() -> None:
    ctx, _ = built("At the request of several Belgian merchants, the Consul closed the harbor.",
                   {**ACTORS, "Belgian": ("belgium", "Government")})
    assert not any(hit.rule.name == "requested_act" for hit in find_directives(ctx).values())


def test_a_verb_of_requesting_is_left_to_the_rules_of_requests() -> None:
    sentence = "The Consul was requested by the Chairman at the instance of the Ministry to close the harbor."
    got = found(sentence)
    assert all(rule != "requested_act" for rule, *_ in got.values())
