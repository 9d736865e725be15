"""Acts done on someone's instructions ("under orders from X", "acting upon instructions from X"):
a directive of X to the doer (built Docs, no trained model)."""

from __future__ import annotations

from kg.extract.directives import find_directives, write_instructions

from .built import SPEAKER, built

ACTORS = {
    "Admiralty": ("admiralty", "Organization"),
    "Ministry": ("ministry", "Organization"),
    "Governor": ("governor", "Person"),
    "Consul": ("consul", "Person"),
}


def found(sentence: str) -> dict[str, tuple[str, str, tuple[str, ...], str, str]]:
    """Each instruction of the sentence, by its verb: rule, issuer, addressees, quote and polarity."""
    ctx, _ = built(sentence, ACTORS)
    hits = find_directives(ctx)
    rules = {hit.tok.i: hit.rule.name for hit in hits.values()}
    return {
        tok.text: (rules[tok.i], i.issuer, i.addressees, ctx.sdoc.text[i.span.start : i.span.end], i.polarity)
        for tok, i in write_instructions(ctx, hits)
    }


def test_acting_upon_instructions_directs_the_writer_from_the_phrase_on() -> None:
    got = found("Acting upon instructions from the Admiralty, I transmit a copy of the chart.")
    assert set(got) == {"transmit"}  # not "Acting" on its own
    rule, issuer, told, quote, polarity = got["transmit"]
    assert (rule, issuer, told, polarity) == ("instructed_act", "admiralty", (SPEAKER,), "do")
    assert quote.startswith("Acting upon instructions")


def test_in_accordance_with_instructions_directs_the_subject() -> None:
    got = found("The Consul, in accordance with instructions from the Ministry, has closed the harbor.")
    assert got["closed"][:3] == ("instructed_act", "ministry", ("consul",))


def test_pursuant_to_instructions_with_a_negation_forbids() -> None:
    got = found("Pursuant to instructions from the Ministry, the Consul will not issue the passports.")
    assert got["issue"][:3] == ("instructed_act", "ministry", ("consul",)) and got["issue"][4] == "dont"


def test_a_passive_with_no_doer_directs_no_one_named() -> None:
    got = found("The sailors were detained under orders from the Governor.")
    assert got["detained"][:3] == ("instructed_act", "governor", ())


def test_a_further_act_coordinated_is_not_ordered_too() -> None:
    got = found("The sailors were detained under orders from the Governor and are now held at the fort.")
    assert "detained" in got and "held" not in got


def test_own_orders_and_in_order_to_direct_no_one() -> None:
    assert "closed" not in found("The Consul has closed the harbor under orders from the Consul.")
    assert found("The Consul has closed the harbor in order to stop the smuggling.") == {}
