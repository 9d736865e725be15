"""Who issues a reported directive: a subject pronoun continuing a chain of subjects, the sender of a
message a participle hangs on, active conjuncts that borrow no passive subject, and the editor's notes
that report directives of named parties (built Docs)."""

from __future__ import annotations

from kg.documents import Span
from kg.extract.context import Context, subject_of
from kg.extract.directives import find_directives, write_instructions
from kg.extract.registry import get
from kg.extract.voices import Voice

from .built import ADDRESSEE, SPEAKER, built, word

CHAIN = (
    "Rojas called on me today. He said that the cabinet had met. He doubted whether Chile would agree. "
    "He says this has been told to nobody else and requests that it be kept secret."
)
TELEGRAM = (
    "The Legation has received a telegram from the Foreign Office expressing the hope that our Government "
    "would accept the proposal."
)
MISATTACHED = (
    "Referring to my despatch enclosing a note from the Foreign Office expressing the hope that our "
    "Government would accept the proposal, I have the honor to report."
)
MEMOIRS = "In his memoirs, Kissinger explained that he instructed Rush to postpone his meeting with Bahr."
DIRECTED = (
    "I believe that the Legation has been as patient as can be expected and direct that in future meetings, "
    "Wilson confine himself to asking questions."
)
INCLUDED = "He must be approached at once along the lines of my cable, including putting the blame on Hanoi."
URGED = (
    "I am sure you understand the extreme delicacy of this matter and urge you to warn the Consul that it "
    "must be kept quiet."
)
SENT_WORD = (
    "The draft embodying the terms was ready, but the French minister sent word that he could not come and "
    "asked that the meeting be deferred."
)
RECEIVED = (
    "I have received the note which you addressed to me on May 3, stating the reasons for the delay and "
    "inquiring whether this course would be agreeable to the Government of Chile."
)
MODAL_CONJUNCT = (
    "The Consul said that the Governor would release the prisoners and asked me to inform the Department "
    "at once."
)
NOTE_PARTIES = {"Kissinger": ("kissinger", "Person"), "Rush": ("rush", "Person")}
PARTIES = {"Rojas": ("rojas", "Person"), "Chile": ("chile", "Government")}
OFFICE = {"Office": ("foreign-office", "Government"), "Government": ("us", "Government")}


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_a_subject_pronoun_follows_the_chain_of_subject_pronouns_back_to_the_one_named() -> None:
    ctx, voice = built(CHAIN, PARTIES)
    directive = rule("reported_directive")(ctx, word(ctx, "kept"), voice)
    assert (directive.issuer, directive.addressee) == ("rojas", ADDRESSEE)


def test_an_active_conjunct_of_a_passive_is_no_impersonal_passive() -> None:
    ctx, voice = built(CHAIN, PARTIES)
    assert rule("impersonal_passive")(ctx, word(ctx, "kept"), voice) is None


def test_a_hope_expressed_by_a_message_is_its_senders() -> None:
    for sentence in (TELEGRAM, MISATTACHED):
        ctx, voice = built(sentence, OFFICE)
        directive = rule("hope_that")(ctx, word(ctx, "accept"), voice)
        assert (directive.issuer, directive.addressee) == ("foreign-office", "us"), sentence


def test_a_hope_with_no_sender_named_is_the_speakers() -> None:
    ctx, voice = built(TELEGRAM, {"Government": ("us", "Government")})
    directive = rule("hope_that")(ctx, word(ctx, "accept"), voice)
    assert directive.issuer == SPEAKER


def test_an_editors_note_that_no_voice_speaks_is_read_for_directives_of_named_parties() -> None:
    ctx, _ = built(MEMOIRS, NOTE_PARTIES)
    note = Context(
        sdoc=ctx.sdoc,
        lex=ctx.lex,
        voices=[],
        regions=[Span(0, len(ctx.sdoc.text))],
        actor_at=ctx.actor_at,
        kinds=ctx.kinds,
    )
    (hit,) = find_directives(note).values()
    assert (hit.tok.text, hit.rule.name) == ("postpone", "reported_directive")
    assert (hit.directive.issuer, hit.directive.addressee) == ("kissinger", "rush")
    assert (
        find_directives(ctx)[word(ctx, "postpone").i].directive.addressee == "rush"
    )  # a voice: read as before


def test_a_directive_reported_in_an_editors_note_is_its_issuers() -> None:
    ctx, _ = built(MEMOIRS, NOTE_PARTIES)
    note = Voice(Span(0, len(ctx.sdoc.text)), None, None)
    directive = rule("reported_directive")(ctx, word(ctx, "postpone"), note)
    assert (directive.issuer, directive.addressee) == ("kissinger", "rush")
    assert rule("imperative")(ctx, word(ctx, "postpone"), note) is None  # no one is spoken to


def test_a_verb_hung_on_a_subjectless_passive_of_a_subordinate_clause_has_the_main_subject() -> None:
    ctx, voice = built(DIRECTED, {"Wilson": ("wilson", "Person"), "Legation": ("legation", "Organization")})
    assert subject_of(word(ctx, "direct")).text == "I"
    assert subject_of(word(ctx, "expected")) is None  # the passive itself has no subject
    hit = find_directives(ctx)[word(ctx, "confine").i]
    assert hit.directive.addressee == "wilson" and (hit.directive.issuer or SPEAKER) == SPEAKER


def test_a_gerund_under_including_is_one_more_action_of_the_directive_quoted_apart() -> None:
    ctx, voice = built(INCLUDED, {"He": ("thieu", "Person"), "Hanoi": ("hanoi", "Government")})
    hits = find_directives(ctx)
    assert hits[word(ctx, "putting").i].rule.name == "included_action"
    quotes = {tok.text: ctx.sdoc.text[i.span.start : i.span.end] for tok, i in write_instructions(ctx, hits)}
    assert quotes["approached"] == "He must be approached at once along the lines of my cable"
    assert quotes["putting"] == "putting the blame on Hanoi"


def test_a_verb_whose_object_is_the_subject_it_would_share_has_the_main_subject() -> None:
    ctx, voice = built(URGED, {"Consul": ("consul", "Person")})
    assert subject_of(word(ctx, "urge")).text == "I"
    hit = find_directives(ctx)[word(ctx, "warn").i]
    assert hit.rule.name == "governed_complement"
    assert (hit.directive.issuer or SPEAKER, hit.directive.addressee) == (SPEAKER, ADDRESSEE)


def test_a_party_an_order_is_carried_out_on_is_not_the_one_told() -> None:
    parties = {"Government": ("nicaragua", "Government"), "Lopez": ("lopez", "Person")}
    ctx, voice = built("The Government has ordered that Lopez be put on trial.", parties)
    directive = rule("reported_directive")(ctx, word(ctx, "put"), voice)
    assert (directive.issuer, directive.addressee) == ("nicaragua", None)
    ctx, voice = built("The Government has ordered that the archives be put in order.", parties)
    directive = rule("reported_directive")(ctx, word(ctx, "put"), voice)
    assert (directive.issuer, directive.addressee) == ("nicaragua", ADDRESSEE)  # no party: whoever is told


def test_a_later_conjunct_shares_the_subject_of_the_nearest_earlier_conjunct_with_one() -> None:
    ctx, voice = built(SENT_WORD, {"minister": ("french-minister", "Person")})
    assert subject_of(word(ctx, "asked")).text == "minister"
    directive = rule("reported_directive")(ctx, word(ctx, "deferred"), voice)
    assert directive.issuer == "french-minister"


def test_a_participle_on_receiving_a_message_is_done_by_its_sender() -> None:
    ctx, voice = built(RECEIVED)
    directive = rule("inquiry")(ctx, word(ctx, "inquiring"), voice)
    assert (directive.issuer, directive.addressee) == (ADDRESSEE, SPEAKER)  # "the note which you addressed"


def test_a_past_verb_coordinated_under_a_modal_continues_the_main_clause() -> None:
    ctx, voice = built(MODAL_CONJUNCT, {"Consul": ("consul", "Person"), "Governor": ("governor", "Person")})
    assert word(ctx, "asked").head.lower_ == "release"  # the parser coordinates it into the "that" clause
    assert subject_of(word(ctx, "asked")).text == "Consul"  # the modal "would" cannot carry "asked"
    assert subject_of(word(ctx, "release")).text == "Governor"


def test_a_request_coordinated_into_what_a_directive_tells_is_told_too() -> None:
    sentence = "The Minister urged that the Government accept the formula and then ask for a copy of the "
    sentence += "protocol."
    ctx, voice = built(sentence, {"Minister": ("minister", "Person"), "Government": ("zenda", "Government")})
    hits = find_directives(ctx)
    told = hits[word(ctx, "ask").i]
    assert told.rule.name != "asked_for"  # not the Government's own request for the copy
    assert (told.directive.issuer, told.directive.addressee) == ("minister", "zenda")
