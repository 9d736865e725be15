"""A participle of one more action hung on a directed verb (built Docs): ", keeping the Department
informed", "after pointing out the haste" are directives of their own, quoted apart from the verb; a
relative clause on its object ("changes which you may wish to introduce") directs nothing; an inquiry
made of someone asks him; a verb joined by "or" that shares the object is the same directive; "it is
essential that you ..." directs the addressee; "Keep me informed", "Let me know", "Would appreciate your
views" ask, "Permit me to ..." is a courtesy; telegraphic "Suggest you ...", "Recommend you ..." (the "I"
left out) are one directive of the speaker; the verb after "repeat not" is the same prohibition; "The
President would like you to ..." directs, "the treaty would require X to ..." does not; "Be sure to",
"be careful not to", "you will want to", "Your instructions are to ..." direct; "it would be helpful if
you could ..." asks."""

from __future__ import annotations

from kg.extract.directives import find_directives, is_polite_if, write_instructions
from kg.extract.misreads import describes_antecedent
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

KEEPING = (
    "The Department will be glad to have you discuss plans for a constabulary, keeping the Department "
    "informed of any proposals."
)
AFTER = (
    "Please take this matter up with the authorities and, after pointing out the haste of the decree, "
    "request postponement of the proceedings."
)
MEANS = "You will assist the Minister by sending a cruiser to the port."


def quotes(sentence: str) -> dict[str, tuple[str, str]]:
    """Each directed verb's quote and rule."""
    ctx, _ = built(sentence, {"Department": ("department", "Government")})
    hits = find_directives(ctx)
    return {
        tok.text: (ctx.sdoc.text[i.span.start : i.span.end], hits[tok.i].rule.name)
        for tok, i in write_instructions(ctx, hits)
    }


def test_a_participle_after_a_comma_is_one_more_action_of_the_directive() -> None:
    found = quotes(KEEPING)
    assert found["keeping"] == ("keeping the Department informed of any proposals", "adjunct_action")
    assert found["discuss"][0].endswith("discuss plans for a constabulary")


def test_a_participle_under_a_preposition_of_time_is_one_more_action() -> None:
    ctx, _ = built(AFTER)
    hit = find_directives(ctx)[word(ctx, "pointing").i]
    assert hit.rule.name == "adjunct_action"
    assert (hit.directive.issuer or SPEAKER, hit.directive.addressee) == (SPEAKER, ADDRESSEE)
    found = quotes(AFTER)
    assert found["pointing"][0] == "pointing out the haste of the decree"
    assert found["take"][0] == "Please take this matter up with the authorities"


def test_a_participle_of_means_is_part_of_the_action_it_serves() -> None:
    found = quotes(MEANS)
    assert "sending" not in found
    assert found["assist"][0] == "You will assist the Minister by sending a cruiser to the port"


RELATIVE = (
    "I shall proceed with the organization, subject to any changes which you may wish to introduce on your "
    "arrival."
)
WHOSE = "His culpability is greater than that of Torres, whose removal you were directed to demand."
MAIN = "You may wish to introduce these changes on your arrival."


def test_a_relative_clause_on_its_object_describes_the_antecedent_and_directs_nothing() -> None:
    for sentence in (RELATIVE, WHOSE):
        ctx, _ = built(sentence)
        assert describes_antecedent(word(ctx, "introduce" if sentence == RELATIVE else "demand"))
        assert find_directives(ctx) == {}
    ctx, voice = built(RELATIVE)
    reads = get("instructions", "hedged_directive").func(ctx, word(ctx, "introduce"), voice)
    assert reads is not None  # the rule alone would read it
    ctx, _ = built(MAIN)
    assert [h.rule.name for h in find_directives(ctx).values()] == ["hedged_directive"]


INQUIRY = "I made inquiry of the Governor as to whether he had had any response from the War Department."


def test_an_inquiry_made_of_someone_is_a_request_for_information_to_him() -> None:
    ctx, _ = built(INQUIRY, {"Governor": ("harding", "Person")})
    (hit,) = find_directives(ctx).values()
    assert hit.rule.name == "directive_noun"
    assert (hit.directive.issuer or SPEAKER, hit.directive.addressee) == (SPEAKER, "harding")


ALTERNATIVE = "I hope you will not order or permit his return."
TWO_ACTS = "You will accept the proposal or make a statement."


def test_a_verb_joined_by_or_sharing_the_object_is_the_same_directive() -> None:
    found = quotes(ALTERNATIVE)
    assert "permit" not in found
    assert found["order"][0] == "you will not order or permit his return"
    assert set(quotes(TWO_ACTS)) == {"accept", "make"}  # each verb with an object of its own: two acts


ESSENTIAL = "It is essential that you see Thieu before Haig arrives."


def test_a_predicate_of_necessity_on_the_addressees_act_directs_the_addressee() -> None:
    ctx, voice = built(ESSENTIAL, {"Thieu": ("thieu", "Person"), "Haig": ("haig", "Person")})
    directive = get("instructions", "necessary_that").func(ctx, word(ctx, "see"), voice)
    assert directive is not None and directive.addressee == ADDRESSEE
    assert quotes(ESSENTIAL)["see"][0] == "It is essential that you see Thieu before Haig arrives"


KEEP_ME = "Keep me informed of any developments."
PERMIT_ME = "Permit me to express my thanks for your help."


def test_an_imperative_with_the_speaker_as_object_asks_unless_it_is_a_courtesy() -> None:
    assert quotes(KEEP_ME) == {"Keep": ("Keep me informed of any developments", "imperative")}
    assert quotes(PERMIT_ME) == {}


LET_KNOW = "Let me know soonest whether Thieu will agree."
LET_CONSIDER = "Let us consider the second option."
WILL_LET = "In a later telegram I will let you know about the Rhine Commission."
WOULD_APPRECIATE = "Would appreciate your comments on the draft."


def test_let_me_know_asks_the_addressee_but_let_us_consider_and_a_promise_do_not() -> None:
    assert quotes(LET_KNOW) == {"Let": ("Let me know soonest whether Thieu will agree", "let_know")}
    assert quotes(LET_CONSIDER) == {}
    assert quotes(WILL_LET) == {}


def test_a_telegraphic_wish_with_the_speaker_left_out_is_a_request() -> None:
    ctx, voice = built(WOULD_APPRECIATE)
    directive = get("instructions", "polite_request").func(ctx, word(ctx, "appreciate"), voice)
    assert directive is not None and directive.addressee == ADDRESSEE


SUGGEST = "Suggest you see Thieu tomorrow."
RECOMMEND = "Recommend you tell him that we cannot accept the delay."
TELL = "Tell him that we cannot accept the delay."


def test_a_telegraphic_recommendation_is_one_directive_of_the_speaker_not_an_imperative() -> None:
    assert quotes(SUGGEST) == {"see": ("Suggest you see Thieu tomorrow", "telegraphic_suggestion")}
    recommended = ("Recommend you tell him that we can not accept the delay", "governed_complement")
    assert quotes(RECOMMEND) == {"tell": recommended}  # one directive; built Docs space "can not"
    assert quotes(TELL) == {"Tell": ("Tell him that we can not accept the delay", "imperative")}


REPEAT_NOT = "You should not, repeat not, show him the text."


def test_the_verb_after_an_emphatic_repeat_not_is_the_same_prohibition() -> None:
    ctx, _ = built(REPEAT_NOT)
    hits = find_directives(ctx)
    assert word(ctx, "show").i not in hits
    ((tok, found),) = write_instructions(ctx, hits)
    assert found.polarity == "dont"
    assert ctx.sdoc.text[found.span.start : found.span.end] == "You should not, repeat not, show him the text"


WOULD_LIKE = "The President would like you to return to Washington for consultations."
WOULD_REQUIRE = "The treaty would require the Ambassador to leave at once."


def test_a_polite_wish_that_someone_act_directs_but_a_consequence_does_not() -> None:
    parties = {"President": ("nixon", "Person"), "Ambassador": ("bunker", "Person")}
    ctx, voice = built(WOULD_LIKE, parties)
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "return"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("nixon", ADDRESSEE)
    ctx, voice = built(WOULD_REQUIRE, parties)
    assert get("instructions", "reported_directive").func(ctx, word(ctx, "leave"), voice) is None


BE_SURE = "Be sure to emphasize that the offer is final."
BE_CAREFUL = "Be careful not to give Thieu the impression that we are wavering."
WAS_CAREFUL = "He was careful to avoid any commitment."
WILL_WANT = "You will of course want to stress that we remain committed."


def test_be_sure_to_directs_and_be_careful_not_to_forbids_but_a_report_of_care_does_not() -> None:
    ctx, voice = built(BE_SURE)
    assert get("instructions", "readiness_directive").func(ctx, word(ctx, "emphasize"), voice) is not None
    ctx, voice = built(BE_CAREFUL, {"Thieu": ("thieu", "Person")})
    directive = get("instructions", "readiness_directive").func(ctx, word(ctx, "give"), voice)
    assert directive is not None and directive.negative and directive.addressee == ADDRESSEE
    ctx, voice = built(WAS_CAREFUL)
    assert get("instructions", "readiness_directive").func(ctx, word(ctx, "avoid"), voice) is None


def test_you_will_want_to_is_a_hedged_directive() -> None:
    ctx, voice = built(WILL_WANT)
    directive = get("instructions", "hedged_directive").func(ctx, word(ctx, "stress"), voice)
    assert directive is not None and directive.addressee == ADDRESSEE


HELPFUL = "It would be helpful if you could see Thieu tomorrow."


def test_it_would_be_helpful_if_you_could_is_a_polite_request() -> None:
    ctx, _ = built(HELPFUL, {"Thieu": ("thieu", "Person")})
    assert is_polite_if(ctx, word(ctx, "see"))
    assert quotes(HELPFUL)["see"] == ("It would be helpful if you could see Thieu tomorrow", "polite_if")


YOUR_TASK = "Your instructions are to avoid any commitment on the timing."
OUR_PLAN = "Our strategy is to force further movement."


def test_the_addressees_instructions_are_to_do_what_the_infinitive_says() -> None:
    assert quotes(YOUR_TASK) == {
        "avoid": ("Your instructions are to avoid any commitment on the timing", "addressee_task")
    }
    assert "force" not in quotes(OUR_PLAN)  # the speaker's plan is a course, not a directive
