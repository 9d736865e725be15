"""The thirty-fourth round's constructions, each with what it must leave alone.

A verb that opens its clause after a fronted condition with no subject or auxiliary, which the tagger read
as a present tense ("If you are able to get to Phung, include latest information from Phnom Penh in your
presentation"), is an imperative (a parse repair, then "imperative"); a present verb whose subject the
parser hung inside a fronted phrase ("In France, England, and Germany organs exist ...", "During their
stay they did not, so they affirm, perform any act ...") stays a statement. Told to "see" a party ("You
should see President Thieu immediately and explain to him the measures") one is told to call on it
("you_must"); "you will see from my telegram that ..." directs nothing. A bare verb right after the
object of a verb of urging ("urged SARG take earliest action"), which the parser hung elsewhere, is that
object's act, its "that" left out (a parse repair, then "reported_directive"); the urger's own second
verb ("urged the Minister and took the train") stays his. A proposal, or the course a desire is "for",
regarded with a feeling ("regards with sympathy their desire for representation", "views with favor the
proposal for a conference") takes the feeling's stance ("regarded_with"); a person so regarded does not.
One who advocates a course ("Skinner Klee advocates making the United States the exclusive market")
approves it ("stance_verb"). A government written in initials the lexicon does not list ("GOI" in a cable
from the Embassy in Israel) is the one state of those initials the document names (actors,
"state_initialism"); with two such states named ("GOI" beside India and Israel) the initials stay as they
are. A mission written "US" and the initials of the body it is accredited to ("USUN") is the mission the
document names so ("mission_initialism"). A cable's "FYI" (for your information) is no party; nor is a
name with a dash and a number, an airgram's reference ("CA–4850") or a vote's tally ("No–48"). A third
party's wish that a thing be done ("Uruguay desires that the solution be entrusted to ...") is its own,
put to no one named ("necessary_that"), not the writer's to the reader; the reader's own ("You may wish
that ...") stays the writer's to the reader. What the tagger took into a name before a clause's "that"
("instructions from his Government that Uruguay desires ...") is no part of it. Told one "need not"
act ("You need not respond directly at this time", the tagger reading "need" as a verb) one is told not
to ("you_must"); the writer's own "we need not wait" directs no one."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.registry import get

from .built import instructions_by_verb, repaired, word
from .helpers import construction

INCLUDE = "If you are able to get to Phung, include latest information from Phnom Penh in your presentation."


def test_a_verb_after_a_fronted_condition_read_as_a_present_tense_is_an_imperative() -> None:
    ctx, _ = repaired(INCLUDE)
    hits = find_directives(ctx)
    assert [(ctx.sdoc[i].text, hit.rule.name) for i, hit in hits.items()] == [("include", "imperative")]


def test_a_present_verb_whose_subject_was_hung_in_a_fronted_phrase_stays_a_statement() -> None:
    for sentence in (
        "In France, England, and Germany organs exist for working out after-the-war problems.",
        "During their stay they did not, so they affirm, perform any act detrimental to the Government.",
    ):
        ctx, _ = repaired(sentence)
        assert word(ctx, "exist" if "exist" in sentence else "perform").tag_ == "VBP"
        assert not find_directives(ctx)


def test_told_to_see_a_party_one_is_directed_to_call_on_it() -> None:
    ctx, _ = repaired(
        "You should see President Thieu immediately and explain to him the measures.",
        {"Thieu": ("thieu", "Person")},
    )
    assert set(instructions_by_verb(ctx)) == {"see", "explain"}


def test_told_one_will_see_what_a_paper_says_one_is_not_directed() -> None:
    ctx, _ = repaired("You will see from my telegram that the Minister refused.")
    assert "see" not in instructions_by_verb(ctx)


URGED = "I met Tomeh in the corridors and urged SARG take earliest action to release two Israelis."


def test_a_bare_verb_right_after_the_object_of_urging_is_that_objects_act() -> None:
    ctx, _ = repaired(URGED, {"SARG": ("syria", "Government")})
    assert (word(ctx, "take").dep_, word(ctx, "SARG").dep_) == ("ccomp", "nsubj")
    rule, told = instructions_by_verb(ctx)["take"]
    assert (rule, list(told.addressees)) == ("reported_directive", ["syria"])


def test_a_second_verb_of_the_one_who_urges_stays_his_own() -> None:
    ctx, _ = repaired("We urged the Minister and took the train.", {"Minister": ("minister", "Person")})
    assert word(ctx, "took").dep_ == "conj"
    assert "took" not in instructions_by_verb(ctx)


def test_a_proposal_or_the_course_a_desire_is_for_regarded_with_a_feeling_takes_its_stance() -> None:
    parties = {"Commission": ("commission", "Organization"), "Government": ("gov", "Government")}
    for sentence, target in (
        (
            "The Commission regards with sympathy their desire for representation at the Conference.",
            "representation",
        ),
        ("The Government views with favor the proposal for a conference.", "proposal"),
    ):
        ctx, voice = repaired(sentence, parties)
        stances = get("decisions", "regarded_with").func(ctx, word(ctx, sentence.split()[2]), voice)
        assert [(s.stance, s.target.text) for s in stances] == [("approve", target)]


def test_a_person_regarded_with_a_feeling_is_no_course() -> None:
    sentence = "The Government views with favor the new Minister."
    ctx, voice = repaired(sentence, {"Government": ("gov", "Government")})
    assert not get("decisions", "regarded_with").func(ctx, word(ctx, "views"), voice)


def test_one_who_advocates_a_course_approves_it() -> None:
    sentence = "Skinner Klee advocates making the United States the exclusive market for Guatemalan coffee."
    ctx, voice = repaired(sentence, {"Klee": ("skinner-klee", "Person")})
    stances = get("decisions", "stance_verb").func(ctx, word(ctx, "advocates"), voice)
    assert [(s.stance, s.actor, s.target.text) for s in stances] == [("approve", "skinner-klee", "making")]


def _actors(extractor, head: str, body: str) -> dict[str, tuple[str, ...]]:  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, body, head=head)
    return {a.name: tuple(a.aliases) for a in ex.actors}


ISRAEL = "12. Telegram From the Embassy in Israel to the Department of State"


def test_a_government_in_initials_is_the_one_state_of_those_initials_named(extractor) -> None:  # type: ignore[no-untyped-def]
    body = "GOI has rejected the Egyptian proposal. The Foreign Minister said Israel would not accept it."
    actors = _actors(extractor, ISRAEL, body)
    assert "GOI" in actors["Israel"] and "GOI" not in actors


def test_initials_of_two_states_named_stay_as_they_are(extractor) -> None:  # type: ignore[no-untyped-def]
    body = "GOI officials said India had offered help. Israel would not accept it."
    actors = _actors(extractor, ISRAEL, body)
    assert "GOI" in actors and "GOI" not in actors["Israel"] + actors["India"]


def test_a_mission_in_initials_is_the_mission_to_that_body(extractor) -> None:  # type: ignore[no-untyped-def]
    head = "12. Telegram From the Department of State to the Mission to the United Nations"
    actors = _actors(extractor, head, "As USUN reported, the cosponsors agreed to the resolution.")
    assert "USUN" in actors["Mission to the United Nations"] and "USUN" not in actors


def test_a_cables_fyi_marker_is_no_party(extractor) -> None:  # type: ignore[no-untyped-def]
    actors = _actors(extractor, ISRAEL, "FYI: the Foreign Minister said Israel would not accept it.")
    assert "FYI" not in actors and "Israel" in actors


def test_a_name_with_a_dash_and_a_number_is_a_reference_or_a_tally(extractor) -> None:  # type: ignore[no-untyped-def]
    body = "The vote was Yes–56, No–48, Abstain–7, Absent–1. See CA–4850. Italy voted with us."
    actors = _actors(extractor, ISRAEL, body)
    assert not {"No–48", "Abstain–7", "Absent–1", "CA–4850"} & set(actors) and "Italy" in actors


def test_a_third_partys_wish_that_a_thing_be_done_is_its_own_put_to_no_one() -> None:
    sentence = (
        "Uruguay desires that the solution of the Chaco conflict be entrusted to the American Governments."
    )
    ctx, voice = repaired(sentence, {"Uruguay": ("uruguay", "Government")})
    directive = get("instructions", "necessary_that").func(ctx, word(ctx, "entrusted"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("uruguay", None)


def test_the_readers_wish_that_a_thing_be_done_stays_the_writers_to_the_reader() -> None:
    ctx, voice = repaired("You may wish that the solution be entrusted to the American Governments.")
    directive = get("instructions", "necessary_that").func(ctx, word(ctx, "entrusted"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == (None, voice.addressee)


def test_a_name_is_what_follows_a_clauses_that_the_tagger_took_into_it(extractor) -> None:  # type: ignore[no-untyped-def]
    body = (
        "The Uruguayan representative here has received instructions from his Government that Uruguay "
        "desires that the solution be entrusted to the American Governments."
    )
    actors = _actors(extractor, "129. The Consul at Geneva (Gilbert) to the Secretary of State", body)
    assert not any("that" in name.split() for name in actors)


def test_told_one_need_not_act_one_is_told_not_to() -> None:
    ctx, _ = repaired("You need not respond directly at this time.")
    rule, told = instructions_by_verb(ctx)["respond"]
    assert (rule, told.polarity) == ("you_must", "dont")


def test_the_writers_own_need_not_directs_no_one() -> None:
    ctx, _ = repaired("We need not wait for their answer.")
    assert "wait" not in instructions_by_verb(ctx)
