"""One act on one thing named twice is one option, kept at its longer mention; a setting or a
describer that both mentions give and that differ makes them two."""

from __future__ import annotations

from kg.documents import Span
from kg.extract.context import Context
from kg.extract.model import Option
from kg.extract.option_twins import one_per_act, same_act

from .built import built


def options(sentence: str, *mentions: str) -> tuple[list[Option], Context]:
    ctx, _ = built(sentence)
    found: list[Option] = []
    for mention in mentions:
        start = ctx.sdoc.text.index(mention, found[-1].span.end if found else 0)
        found.append(Option(span=Span(start, start + len(mention)), label=mention))
    return found, ctx


def kept(sentence: str, *mentions: str) -> list[str]:
    found, ctx = options(sentence, *mentions)
    return [ctx.sdoc.text[o.span.start : o.span.end] for o in one_per_act(ctx, found)]


def test_one_act_on_one_thing_is_one_option_at_its_longer_mention() -> None:
    sentence = (
        "The French desire to renew the treaty, and we are reluctant to renew the treaty beyond next year."
    )
    assert kept(sentence, "to renew the treaty", "to renew the treaty beyond next year") == [
        "to renew the treaty beyond next year"
    ]
    sentence = "They asked us to reduce the duties, and the Senate declined to reduce the duties."
    assert kept(sentence, "to reduce the duties", "to reduce the duties") == ["to reduce the duties"]


def test_different_settings_or_describers_make_two_options() -> None:
    sentence = (
        "They favor holding the congress in Lisbon, but we prefer to hold the congress in a neutral capital."
    )
    mentions = ("holding the congress in Lisbon", "to hold the congress in a neutral capital")
    assert kept(sentence, *mentions) == list(mentions)
    sentence = "They proposed to build a northern road, and we agreed to build a southern road."
    assert kept(sentence, "to build a northern road", "to build a southern road") == [
        "to build a northern road",
        "to build a southern road",
    ]
    sentence = (
        "They urged limiting the supply of American coal, and we agreed to limit the supply of Welsh coal."
    )
    mentions = ("limiting the supply of American coal", "to limit the supply of Welsh coal")
    assert kept(sentence, *mentions) == list(mentions)


def test_a_new_mention_finds_the_option_already_named_for_the_same_act() -> None:
    sentence = "They asked us to reduce the duties, and the Senate declined to reduce the duties."
    found, ctx = options(sentence, "to reduce the duties", "to reduce the duties")
    assert same_act(ctx, found[1].span, found[:1]) == found[0]
    sentence = "They proposed to build a northern road, and we agreed to build a southern road."
    found, ctx = options(sentence, "to build a northern road", "to build a southern road")
    assert same_act(ctx, found[1].span, found[:1]) is None


def test_an_intention_to_act_is_the_act_but_an_agreement_on_it_is_a_thing_of_its_own() -> None:
    sentence = "They disclaimed any intention to close the port, and we shall not close the port."
    mentions = ("any intention to close the port", "close the port")
    assert kept(sentence, *mentions) == ["any intention to close the port"]
    sentence = "They signed an agreement on closing the port, and we declined to close the port."
    mentions = ("an agreement on closing the port", "to close the port")
    assert kept(sentence, *mentions) == list(mentions)
