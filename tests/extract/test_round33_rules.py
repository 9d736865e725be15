"""The thirty-third round's constructions, each with what it must leave alone.

A directive verb the parser hung as a conjunct on the clause of a verb of opinion ("The British Government
considers that the draft treaty is an honorable solution and urges the two parties to reexamine it") is
done by the one who holds the opinion ("reported_directive"). A "he" goes on through a narrative: its
chain of subject pronouns is followed past sentences that name no one ("Eden referred to ... He recalled
... These negotiations had been suspended. It was now necessary ... and he proposed that ... He added
... He then urged ..."). A
quotation after a sentence that asks the reader to pass on "the following guidance" to someone speaks
with the writer's voice to that one, not to the reader who passes it on (voices, "quoted_speech"). A
clause with "you" as subject that the parser hung across a semicolon on a later verb ("then you should make
a clear statement ...; and that ... would increase them") is the directive it says ("you_must"); one that
directs no one ("They declare lives are in jeopardy; they hope ...") stays unread. A cable's telling verb
the tagger read as the first word of a title and a name ("Inform Minister Finance that ...", the name made
the subject of the that-clause's verb) is an imperative ("telegraph_name_imperative"): a name has no
content clause, and a title names an office though no actor stands for it. A name the parser hung on the
date after it ("When I saw Shah Dec 9 he expressed ...") is the actor the document names so elsewhere
(actors, "same_name"), and the "he" after it stands for him. A directive verb put "to" a party with an
infinitive ("they have suggested to London to take the matter up with Berlin") directs that party
("reported_directive"); one with no party told ("wishes to have the matter taken up") stays the subject's
own intention. A party's request or suggestion that a thing be done ("Nicaragua's suggestion that the
protocol be signed in Managua") is its instruction, to no one the text names ("wish_noun_that"); a desire
so worded is left to the hopes ("hope_that"), which find whom it is put to. "No reason for you to discuss
this" forbids the act ("nominal_directive"); "every reason for you to" directs it. The clause before an
inverted "should" that the parser hung on it ("Washington has no objection should the Government wish to
release the message") is the main clause, the inverted one its condition (a parse repair): no hope of
Washington's that the Government wish; an inverted condition that opens its sentence is left alone. Told
to agree (or not) to a course ("Under no circumstances should you agree to a joint communique") one is
directed ("you_must"); "you will agree that this is important" directs nothing. The "that" of a content
clause the parser read as a relative pronoun ("You may inform the Soviets that we accept their proposal")
marks it (a parse repair): the clause is the speaker's stance, not a question asked. A preposition with a
subject and a modal ("the scheme should except from preferential treatment only textiles") is a verb (a
parse repair). Doubts, misgivings or reservations about a course reject it ("stance_noun", as the
guidelines decide doubt on a proposal); a treaty ratified "with reservations" is no doubt. "Him" in a
clause reported by a gerund ("he opened the conversation by indicating that President Nixon had instructed
him to inform Bhutto") stands for the one who reports it, the gerund's governing subject, as a pronoun
followed back ("reported_directive"), not for the clause's own subject. A thing requested with an owner
named on it ("Hoveyda had requested US assistance", "Kissinger requested Helms's personal judgment") is
asked of that owner ("requested_thing"), not taken for a party asked in person. After the judging (not
clean): an inverted "should" that opens its sentence with no comma after its clause ("Should the Italian
military authorities ... attempt to take possession of the hospital I shall of course protest") ends
before the main clause's subject pronoun ("inversion"); a pronoun inside an inverted "had" clause ("Had it
been called what it really is ...") ends nothing. A perfect participle set before a clause ("having
accepted our demands, the Chinese Government can ...") is done by that clause's subject ("stance_verb"),
not by the one who reports it."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.interposed import misread_inversion
from kg.extract.registry import get
from kg.extract.told import doer

from .built import SPEAKER, built, instructions_by_verb, repaired, word
from .helpers import construction, quote

BRITAIN = {"Government": ("great-britain", "Government")}


def test_a_directive_hung_on_an_opinions_clause_is_the_opinion_holders() -> None:
    sentence = (
        "The British Government considers that the draft treaty is an honorable solution and urges the "
        "two parties to reexamine it."
    )
    ctx, voice = built(sentence, BRITAIN)
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "reexamine"), voice)
    assert directive is not None and directive.issuer == "great-britain"


NARRATIVE = (
    "Eden referred to an arms embargo. He recalled the negotiations of 1933.3 These negotiations had been "
    "suspended. It was now necessary to resume them and he proposed that the Council send telegrams. He "
    "added that the Governments might lack the powers. He then urged the neighboring countries to forbid "
    "the transit of war supplies."
)


def test_he_goes_on_through_a_narrative_past_sentences_that_name_no_one() -> None:
    ctx, voice = built(NARRATIVE, {"Eden": ("eden", "Person"), "Council": ("council", "Organization")})
    pronouns = [t for t in ctx.sdoc if t.lower_ == "he"]  # a note's number "3" is a sentence of its own
    assert [doer(ctx, t, voice) for t in pronouns] == ["eden"] * 4


GUIDANCE = (
    "I would be very grateful if you would pass on to General Fred Weyand the following operational "
    "guidance which was raised with me at the airport. “We should continue to operate carrier based air "
    "south of the DMZ into Laos and Cambodia.”"
)


def test_a_quotation_after_guidance_to_pass_on_speaks_to_the_one_it_is_for(extractor) -> None:  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, GUIDANCE)
    names = {a.key: a.name for a in ex.actors}
    told = {i.action.split()[0]: [names[k] for k in i.addressees] for i in ex.instructions}
    assert told["continue"] == ["Fred Weyand"]
    assert [names[k] for k in ex.instructions[0].addressees] == ["Herrick"]


FRONTED = (
    "If the Conference breaks up, then you should make a clear, specific statement of our position, "
    "stressing the points on which disagreement exists, pointing out particularly the enormous increase "
    "that Great Britain may demand; the increase in original cost and maintenance; and that instead of "
    "decreasing or limiting burdens of taxation Great Britain’s position would increase them."
)


def test_a_clause_fronted_across_a_semicolon_with_you_as_subject_is_a_directive() -> None:
    ctx, _ = built(FRONTED)
    assert word(ctx, "make").dep_ == "ccomp"  # hung on "increase", after the semicolons
    assert [ctx.sdoc[i].text for i in find_directives(ctx)][:1] == ["make"]


JEOPARDY = "They declare lives are in jeopardy; they hope you will land marines."


def test_a_clause_fronted_across_a_semicolon_that_directs_no_one_stays_unread() -> None:
    ctx, _ = built(JEOPARDY)
    assert "declare" not in [ctx.sdoc[i].text for i in find_directives(ctx)]


INFORM = (
    "Inform Minister Finance that whatever financial aid is extended will be extended by the Treasury direct "
    "to the borrowing government."
)


def test_a_telling_verb_misread_as_a_title_and_name_with_a_that_clause_is_an_imperative() -> None:
    ctx, _ = built(INFORM)
    assert word(ctx, "Inform").dep_ == "compound"  # of "Minister", itself a compound of "Finance"
    hits = find_directives(ctx)
    assert [(ctx.sdoc[i].text, hit.rule.name) for i, hit in hits.items()] == [
        ("Inform", "telegraph_name_imperative")
    ]


DATED = (
    "When I saw Shah Dec 9 he expressed pleasure and relief that no harm had befallen us. He said he had "
    "instructed Iranian security authorities to find perpetrators. The Shah was personally convinced that "
    "the same elements were behind the attempt."
)


def test_a_name_hung_on_the_date_after_it_is_the_actor_it_names(extractor) -> None:  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, DATED)
    names = {a.key: a.name for a in ex.actors}
    issuers = {quote(doc, i).split()[-1]: names.get(i.issuer or "") for i in ex.instructions}
    assert issuers.get("perpetrators") == "Shah"


SUGGESTED = (
    "The British Delegation informs me that they have suggested to London to take the matter up with Berlin."
)


DELEGATION = {"Delegation": ("delegation", "Group")}


def test_a_suggestion_put_to_a_party_to_act_directs_that_party() -> None:
    ctx, voice = built(SUGGESTED, DELEGATION | {"London": ("britain", "Government")})
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "take"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("delegation", "britain")


def test_a_wish_to_act_put_to_no_one_is_the_subjects_own_intention() -> None:
    ctx, voice = built("The Delegation wishes to have the matter taken up.", DELEGATION)
    assert get("instructions", "reported_directive").func(ctx, word(ctx, "have"), voice) is None


SUGGESTION = (
    "The ready acceptance by Honduras of Nicaragua’s suggestion that the protocol be signed in Managua is "
    "greatly appreciated here."
)
NATIONS = {"Honduras": ("honduras", "Government"), "Nicaragua": ("nicaragua", "Government")}


def test_a_partys_suggestion_that_a_thing_be_done_is_its_instruction_to_no_one_named() -> None:
    ctx, voice = built(SUGGESTION, NATIONS)
    directive = get("instructions", "wish_noun_that").func(ctx, word(ctx, "signed"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("nicaragua", None)


def test_a_desire_that_a_thing_be_done_is_left_to_the_hopes() -> None:
    sentence = (
        "The President has expressed his desire that the National Guard be organized by American instructors."
    )
    ctx, voice = built(sentence, {"President": ("president", "Person")})
    assert get("instructions", "wish_noun_that").func(ctx, word(ctx, "organized"), voice) is None


def test_no_reason_for_you_to_act_forbids_the_act_and_a_reason_directs_it() -> None:
    polarity = {}
    for det in ("no", "every"):
        ctx, voice = built(f"We see {det} reason for you to discuss this with the Foreign Minister.")
        directive = get("instructions", "nominal_directive").func(ctx, word(ctx, "discuss"), voice)
        assert directive is not None
        polarity[det] = directive.negative
    assert polarity == {"no": True, "every": False}


def test_a_clause_before_an_inverted_should_is_the_main_clause() -> None:
    sentence = "Washington has no objection should the Government wish to release the message."
    ctx, _ = repaired(sentence, {"Washington": ("united-states", "Government")})
    wish = word(ctx, "wish")
    assert (word(ctx, "has").dep_, wish.dep_, wish.head.text) == ("ROOT", "advcl", "has")
    assert find_directives(ctx) == {}  # no hope of Washington's that the Government wish ...


def test_an_inverted_condition_that_opens_its_sentence_is_left_alone() -> None:
    ctx, _ = repaired("Should the Government wish to release the message, we have no objection.")
    assert (word(ctx, "have").dep_, word(ctx, "wish").head.text) == ("ROOT", "have")


def test_told_not_to_agree_to_a_course_is_forbidden_it() -> None:
    ctx, _ = built("Under no circumstances should you agree to a joint communique.")
    rule, instruction = instructions_by_verb(ctx)["agree"]
    assert (rule, instruction.polarity) == ("you_must", "dont")


def test_agreeing_that_a_thing_is_so_is_no_directive() -> None:
    ctx, voice = built("You will agree that this is important.")
    assert get("instructions", "you_will").func(ctx, word(ctx, "agree"), voice) is None


def test_the_that_of_a_content_clause_read_as_a_relative_pronoun_marks_it() -> None:
    ctx, voice = repaired("You may inform the Soviets that we accept their proposal.")
    assert word(ctx, "that").dep_ == "mark"
    (found,) = get("decisions", "stance_verb").func(ctx, word(ctx, "accept"), voice)
    assert (found.stance, found.actor, found.target.text) == ("approve", SPEAKER, "proposal")


def test_a_preposition_with_a_subject_and_a_modal_is_a_verb() -> None:
    sentence = (
        "For manufactured products, the scheme should except from preferential treatment only textiles, "
        "shoes, and petroleum."
    )
    ctx, _ = repaired(sentence)
    assert (word(ctx, "except").pos_, word(ctx, "For").tag_) == ("VERB", "IN")


def test_doubts_about_a_course_reject_it() -> None:
    ctx, voice = built("We have serious doubts about the British draft.")
    (found,) = get("decisions", "stance_noun").func(ctx, word(ctx, "doubts"), voice)
    assert (found.stance, found.actor, found.target.text) == ("reject", SPEAKER, "draft")


def test_a_treatys_reservations_are_no_doubt() -> None:
    senate = {"Senate": ("senate", "Organization")}
    ctx, voice = built("The Senate ratified the treaty with reservations.", senate)
    assert get("decisions", "stance_noun").func(ctx, word(ctx, "reservations"), voice) == []


INDICATING = (
    "Connally noted that he opened the conversation by indicating that President Nixon had instructed him to "
    "inform Bhutto about his trips."
)


def test_him_in_a_clause_reported_by_a_gerund_stands_for_the_reporter() -> None:
    people = ("Connally", "Nixon", "Bhutto")
    ctx, voice = built(INDICATING, {name: (name.lower(), "Person") for name in people})
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "inform"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("nixon", "connally")


def test_a_thing_requested_of_its_owner_asks_the_owner() -> None:
    found = {}
    for sentence, thing, owner in (
        ("Hoveyda had requested US assistance in putting security files into processed form.", "US", "us"),
        ("Kissinger requested Helms's personal judgment on the matter.", "Helms", "helms"),
    ):
        ctx, voice = built(sentence, {thing: (owner, "Person"), sentence.split()[0]: ("requester", "Person")})
        directive = get("instructions", "requested_thing").func(ctx, word(ctx, "requested"), voice)
        found[owner] = directive and (directive.issuer, directive.addressee)
    assert found == {"us": ("requester", "us"), "helms": ("requester", "helms")}


def test_an_inverted_should_with_no_comma_ends_before_the_main_clauses_pronoun() -> None:
    sentence = (
        "Should the Italian military authorities in the meantime attempt to take possession of the hospital "
        "I shall of course protest."
    )
    ctx, _ = built(sentence)
    found = get("conditions", "inversion").func(ctx, word(ctx, "Should"))
    assert found is not None and " ".join(t.text for t in found.tokens).endswith("of the hospital")
    assert found.main.i > word(ctx, "hospital").i  # the main clause's verb ("I shall ... protest")


def test_a_pronoun_inside_an_inverted_had_clause_ends_nothing() -> None:
    ctx, _ = built("Had it been called what it really is nobody would have objected.")
    assert misread_inversion(word(ctx, "Had")) is None


def test_a_perfect_participle_is_done_by_the_subject_of_the_clause_it_is_set_before() -> None:
    sentence = (
        "Mr. Conger reports that, having accepted our demands, the Chinese Government can forthwith execute "
        "all of them."
    )
    ctx, voice = built(sentence, {"Conger": ("conger", "Person"), "Government": ("china", "Government")})
    (found,) = get("decisions", "stance_verb").func(ctx, word(ctx, "accepted"), voice)
    assert (found.stance, found.actor, found.target.text) == ("approve", "china", "demands")
