"""Acts done on someone's instructions ("under orders from X", "acting upon instructions from X"):
a directive of X to the doer (built Docs, no trained model)."""

from __future__ import annotations

from .built import ADDRESSEE, SPEAKER, built, instructions_by_verb

ACTORS = {
    "Admiralty": ("admiralty", "Organization"),
    "Ministry": ("ministry", "Organization"),
    "Governor": ("governor", "Person"),
    "Consul": ("consul", "Person"),
    "Chairman": ("chairman", "Person"),
    "delegates": ("delegates", "Organization"),
}


def found(sentence: str) -> dict[str, tuple[str, str, tuple[str, ...], str, str]]:
    """Each instruction of the sentence, by its verb: rule, issuer, addressees, quote and polarity."""
    ctx, _ = built(sentence, ACTORS)
    return {
        verb: (rule, i.issuer, i.addressees, ctx.sdoc.text[i.span.start : i.span.end], i.polarity)
        for verb, (rule, i) in instructions_by_verb(ctx).items()
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


def test_your_request_for_something_asks_the_writer() -> None:
    got = found("In reply to your request for instructions, we can only say that the matter is under study.")
    rule, issuer, told, quote, _ = got["say"]
    assert (rule, issuer, told) == ("owned_request", ADDRESSEE, (SPEAKER,)) and "your request" in quote


def test_a_request_of_an_actor_received_asks_the_receiver() -> None:
    got = found("The Governor has received a request of the Admiralty for new charts.")
    assert got["received"][:3] == ("owned_request", "admiralty", ("governor",))


def test_a_for_phrase_on_the_verb_says_no_request() -> None:
    assert found("The Governor has received the request of the Admiralty for a survey of the harbor.") == {}


def test_no_request_and_a_stance_on_one_ask_nothing_here() -> None:
    assert found("The Governor has received no request for a survey of the harbor.") == {}
    assert found("The Governor has approved the request of the Admiralty for a survey of the harbor.") == {}


def test_a_further_act_of_the_one_asked_is_no_request() -> None:
    got = found("The Governor has received a request of the Admiralty for new charts and has sent a ship.")
    assert "received" in got and "sent" not in got


# the model's misreading of a longer sentence, written down by hand: the whether-clause hung on "requested"
MISHUNG = "The Chairman requested the delegates to state in roll call whether they approved the draft ."


def test_a_question_hung_on_the_directive_verb_is_no_second_directive() -> None:
    got = found(MISHUNG)
    assert got["state"][:3] == ("reported_directive", "chairman", ("delegates",)) and "approved" not in got


def test_a_request_to_do_something_is_read_from_its_infinitive() -> None:
    got = found("The Governor has received the Admiralty's request to be represented at the conference.")
    assert got["received"][:3] == ("owned_request", "admiralty", ("governor",))


def test_a_negated_verb_on_the_request_gives_none() -> None:
    got = found("The Governor has not received the Admiralty's request to be represented at the conference.")
    assert "received" not in got


def test_a_request_inside_a_told_act_is_left_to_the_reported_directive() -> None:
    got = found("The Admiralty asked the Governor to send the Consul's request for charts to the Ministry.")
    assert got["send"][:3] == ("reported_directive", "admiralty", ("governor",))
