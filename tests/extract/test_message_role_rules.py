"""Roles and polarity of directives in the telegraphic message genre: a conjunct set against a
prohibition by "but" is a directive to do, and the speaker's assent that the reader should act is the
speaker's directive to the reader (invented sentences)."""

from __future__ import annotations

import pytest

from kg.extract.directives import find_directives

from .built import ADDRESSEE, SPEAKER, built


def _hits(sentence: str) -> dict[str, tuple[str, str | None, str | None, bool]]:
    ctx, _ = built(sentence, {"Ky": ("ky", "Person")})
    return {
        hit.tok.text: (hit.rule.name, hit.directive.issuer, hit.directive.addressee, hit.directive.negative)
        for hit in find_directives(ctx).values()
    }


def test_a_conjunct_set_against_a_prohibition_by_but_is_a_directive_to_do() -> None:
    hits = _hits("I would suggest you not cable the draft but hold it for my return.")
    assert hits["cable"][0] == "governed_complement"
    rule, _, addressee, negative = hits["hold"]
    assert (rule, addressee, negative) == ("coordinated", ADDRESSEE, False)


@pytest.mark.parametrize(
    "sentence",
    [
        "I would suggest you not cable the draft and hold it for my return.",  # "and" shares the negation
        "I would suggest you not cable the draft but not hold it for my return.",  # its own negation
    ],
)
def test_a_conjunct_keeps_the_prohibition_unless_set_against_it(sentence: str) -> None:
    assert _hits(sentence)["hold"][3] is True


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("We concur that you should see Ky before the vote.", "see"),
        ("We agree that you should urge Ky to delay the trip.", "urge"),
    ],
)
def test_the_speakers_assent_that_the_reader_should_act_directs_the_reader(sentence: str, verb: str) -> None:
    hits = _hits(sentence)
    rule, issuer, addressee, negative = hits[verb]
    assert (rule, addressee, negative) == ("believed_directive", ADDRESSEE, False)
    assert issuer in {None, SPEAKER}
    assert "delay" not in hits  # the one urged is not the reader's own directive to Ky


def test_assent_that_a_third_party_should_act_is_no_directive_to_the_reader() -> None:
    hits = _hits("We agree that Ky should see you before the vote.")
    assert "believed_directive" not in {h[0] for h in hits.values()}


PEOPLE = {"Ky": ("ky", "Person"), "Thieu": ("thieu", "Person")}


def _addressees(sentence: str) -> dict[str, str | None]:
    ctx, _ = built(sentence, PEOPLE)
    return {hit.tok.text: hit.directive.addressee for hit in find_directives(ctx).values()}


def test_him_asked_in_a_conversation_report_is_the_one_the_report_follows_as_subject() -> None:
    sentence = (
        "Ky accepted the plan and said he would call Thieu tomorrow. I requested that he report to me and he"
        " said he would. I then asked him to delay the vote."
    )
    assert _addressees(sentence)["delay"] == "ky"  # not Thieu, named last but only as an object


def test_him_after_a_person_named_in_its_own_sentence_is_that_person() -> None:
    sentence = "Thieu accepted the plan. I then called in Ky to tell him to delay the vote."
    assert _addressees(sentence)["delay"] == "ky"  # not Thieu, the subject of the sentence before


@pytest.mark.parametrize(
    ("first", "asked"),
    [
        ("Ky took me aside after the dinner.", SPEAKER),  # met in person: he asks the one he met
        ("Ky met the Secretary after the dinner.", ADDRESSEE),  # else the recipient is to act on it
    ],
)
def test_a_request_naming_no_one_by_one_who_met_the_speaker_is_made_to_him(first: str, asked: str) -> None:
    ctx, _ = built(f"{first} He asked that his thanks be passed to the President.", PEOPLE)
    hit = next(h for h in find_directives(ctx).values() if h.tok.text == "passed")
    roles = (hit.rule.name, hit.directive.issuer, hit.directive.addressee)
    assert roles == ("reported_directive", "ky", asked)


@pytest.mark.parametrize(
    ("sentence", "sender"),
    [
        ("Last night I received the telegram from Ky, asking me to delay the vote.", "ky"),
        (  # "from" hung on the verb, the pronoun for the government named before
            "The Office changed its line. Last night I received the telegram from them of which you have a"
            " copy, asking me to delay the vote.",
            "office",
        ),
        (  # the participle hung on a relative clause of the message
            "The Office changed its line. I received the cable from them of which you received a copy, asking"
            " me to delay the vote.",
            "office",
        ),
    ],
)
def test_a_participle_on_a_message_received_is_its_senders_request(sentence: str, sender: str) -> None:
    ctx, _ = built(sentence, PEOPLE | {"Office": ("office", "Government")})
    hit = next(h for h in find_directives(ctx).values() if h.tok.text == "delay")
    assert (hit.directive.issuer, hit.directive.addressee) == (sender, SPEAKER)


def test_the_one_a_question_put_to_the_speaker_asks_about_is_told_nothing() -> None:
    ctx, _ = built("Ky asked me whether Thieu had seen the King.", PEOPLE)
    hits = {h.tok.text: h for h in find_directives(ctx).values()}
    assert (hits["asked"].rule.name, hits["asked"].directive.issuer, hits["asked"].directive.addressee) == (
        "inquiry",
        "ky",
        SPEAKER,
    )
    assert "seen" not in hits  # not a directive passed on to Thieu


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The President wishes Ky to be assured of our support.", ADDRESSEE),  # Ky is only acted on
        (  # the parser makes Ky the passive subject of the clause
            "The President knows of the rumors here and wishes Ky to be assured that we will hold the line.",
            ADDRESSEE,
        ),
        ("The President wishes Ky to assure Thieu of our support.", "ky"),  # active: Ky is to act
    ],
)
def test_one_wished_to_be_acted_on_is_not_the_one_told(sentence: str, told: str) -> None:
    ctx, _ = built(sentence, PEOPLE | {"President": ("president", "Person")})
    hit = next(h for h in find_directives(ctx).values() if h.tok.lemma_ == "assure")
    roles = (hit.rule.name, hit.directive.issuer, hit.directive.addressee)
    assert roles == ("reported_directive", "president", told)
