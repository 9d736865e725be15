"""Who a relayed message is from and for where its routing line names the signer or the one it is at
last delivered to (kg.extract.relay_parties); invented routing lines."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relay_parties import announcing_sentence, relayed_parties

from .built import built

ACTORS = {
    "Minister": ("minister", "Person"),
    "Secretary": ("secretary", "Person"),
    "President": ("president", "Person"),
    "Brown": ("brown", "Person"),
    "Hussein": ("hussein", "Person"),
}


def parties(
    sentence: str, sender: str | None = None, reader: str | None = None
) -> tuple[str | None, str | None]:
    """The sentence's sender and reader, given those a "from" and a "to" named."""
    ctx, _ = built(sentence, ACTORS)

    def party(tok: Token) -> str | None:
        return next((ctx.actor_at[w.i] for w in tok.subtree if w.i in ctx.actor_at), None)

    return relayed_parties(ctx.sdoc[:], party, sender, reader)


def test_the_signer_of_a_letter_is_its_sender() -> None:
    line = "Following is the text of the letter to the Prime Minister signed today by the Secretary."
    assert parties(line, None, "minister") == ("secretary", "minister")
    assert parties(line, "president", "minister") == ("president", "minister")  # a "from" named one
    assert parties("The letter to the Prime Minister was signed by the Secretary.") == (None, None)


def test_the_one_it_is_at_last_delivered_to_is_its_reader() -> None:
    line = "Please pass following message to Ambassador Brown from the President for immediate transmittal"
    line += " to King Hussein."
    assert parties(line, "president", "brown") == ("president", "hussein")
    line = "Following is the text of a message from the President to be delivered to the Prime Minister."
    assert parties(line, "president", None) == ("president", "minister")
    line = "Please deliver following oral message from me to the Foreign Minister."
    assert parties(line, "kellogg", "herrick") == ("kellogg", "herrick")  # the line's own reader stays


def test_the_sentence_that_announces_the_text_names_its_parties() -> None:
    ctx, _ = built(
        "Following is the text of the letter to the Prime Minister signed by the Secretary. "
        "It replaces the letter signed by the President."
    )
    first, second = list(ctx.sdoc.sents)
    assert announcing_sentence(second).text == first.text
    assert announcing_sentence(first).text == first.text
    ctx, _ = built(
        "The letter to the Prime Minister is urgent. It replaces the letter signed by the President."
    )
    second = list(ctx.sdoc.sents)[1]
    assert announcing_sentence(second).text == second.text  # no sentence announces: the line as it is
