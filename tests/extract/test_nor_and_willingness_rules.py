"""Negation by an inverted "nor" / "neither", and nouns of disposition ("our willingness to ..."), on
built Docs (invented sentences, no trained model)."""

from __future__ import annotations

from kg.extract.context import is_negated

from .built import SPEAKER, built, word
from .built import stances as _stances

MINISTER = {"Minister": ("minister", "Person")}


def test_a_fronted_nor_with_inversion_negates_the_verb_and_rejects() -> None:
    sentence = "Nor can the Minister accept the new draft."
    ctx, _ = built(sentence, MINISTER)
    assert is_negated(word(ctx, "accept"))
    (stance,) = _stances(sentence, "stance_verb", "accept", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "draft")


def test_nor_before_an_inverted_conjunct_negates_only_the_conjunct() -> None:
    ctx, _ = built("The Minister rejected the draft, nor will he sign the protocol.", MINISTER)
    assert is_negated(word(ctx, "sign"))
    assert not is_negated(word(ctx, "rejected"))


def test_neither_nor_without_inversion_is_left_to_the_coordination() -> None:
    ctx, _ = built("The Minister will neither accept nor reject the plan.", MINISTER)
    assert not is_negated(word(ctx, "accept"))
    assert not is_negated(word(ctx, "reject"))


def test_a_willingness_stated_is_an_approval_of_its_infinitive() -> None:
    (stance,) = _stances("We reaffirm our willingness to resume the talks.", "stance_noun", "willingness")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "resume")


def test_a_willingness_evidenced_or_a_readiness_with_no_infinitive_is_no_stance() -> None:
    assert _stances("This is proof of our willingness to compromise.", "stance_noun", "willingness") == []
    assert _stances("The readiness of the garrison is doubtful.", "stance_noun", "readiness") == []


def test_a_proposal_refused_a_hearing_is_rejected_by_the_subject() -> None:
    sentence = "The Minister would not entertain any proposal for a truce."
    (stance,) = _stances(sentence, "refused_hearing", "entertain", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "proposal")
    (stance,) = _stances("We could not consider such a proposal.", "refused_hearing", "consider")
    assert (stance.stance, stance.actor) == ("reject", SPEAKER)


def test_a_hearing_granted_or_a_judgement_by_consider_is_no_refusal() -> None:
    assert _stances("We will consider the proposal.", "refused_hearing", "consider") == []
    assert _stances("We do not consider the reply adequate.", "refused_hearing", "consider") == []
    assert _stances("We do not consider the reply adequate.", "refused_sufferance", "consider") == []


def test_a_course_judged_essential_with_no_one_named_is_the_judges_approval() -> None:
    (stance,) = _stances("It is essential to keep the channel open.", "needed_infinitive", "essential")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "keep")


def test_a_necessity_put_to_a_party_a_remark_or_a_denied_need_is_no_stance_here() -> None:
    assert _stances("It is important for you to see the Minister.", "needed_infinitive", "important") == []
    assert _stances("It is important to note that the talks failed.", "needed_infinitive", "important") == []
    assert _stances("It is not necessary to send troops.", "needed_infinitive", "necessary") == []


def test_keeping_in_mind_concluding_or_keeping_oneself_is_no_course_judged_needed() -> None:
    assert _stances("It is important to keep these risks in mind.", "needed_infinitive", "important") == []
    concluded = "It is necessary to conclude that the plan failed."
    assert _stances(concluded, "needed_infinitive", "necessary") == []
    assert _stances("It is vital to keep ourselves ready.", "needed_infinitive", "vital") == []


def test_binding_oneself_to_a_course_approves_it() -> None:
    sentence = "We have formally committed ourselves to work for a truce."
    (stance,) = _stances(sentence, "pledged_course", "committed")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "work")
    sentence = "The Minister is committed to a negotiated settlement."
    (stance,) = _stances(sentence, "pledged_course", "committed", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "minister", "settlement")


def test_a_pledge_declined_or_a_support_pledged_to_someone_is_no_pledged_course() -> None:
    declined = "The Minister does not commit himself to the plan."
    assert _stances(declined, "pledged_course", "commit", MINISTER) == []
    given = "The Minister pledged his support to the regime."
    assert _stances(given, "pledged_course", "pledged", MINISTER) == []
    supposed = "If the talks fail, the Minister is committed to a new offensive."
    assert _stances(supposed, "pledged_course", "committed", MINISTER) == []
    copula = "If we must hold the line, we are committed to a long war."
    assert _stances(copula, "pledged_course", "committed") == []
    otherwise = "The treaty must be ratified, or we are committed to a long war."
    assert _stances(otherwise, "pledged_course", "committed") == []


def test_an_agreement_to_a_course_given_by_a_party_is_its_approval() -> None:
    sentence = "The Minister's agreement to participate was announced."
    (stance,) = _stances(sentence, "stance_noun", "agreement", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "minister", "participate")


def test_an_agreement_to_a_course_that_no_one_gives_is_a_paper() -> None:
    assert _stances("The agreement to the truce was signed.", "stance_noun", "agreement") == []
