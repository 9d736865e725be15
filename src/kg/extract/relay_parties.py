"""Who a relayed message is from and for, where its routing line names them other than by "from X to
Y" (embedded.py reads that form). The guidelines make a directive quoted from another message an
instruction of its own issuer, and its "you" the one it is for:

- the one who signed or sent it, as the agent of a participle on the message ("the text of the letter
  to the Prime Minister signed today by the Secretary"): its sender, where no "from" names one;
- the sentence of the routing paragraph that announces the text ("Following is the text of the letter
  ..."), not a later one about another paper ("This replaces the letter signed by X"): the announcing
  one names the parties;
- the one it is at last for, after a noun or verb of delivery ("pass following message to Ambassador
  X ... for immediate transmittal to President Y", "a message from the President to be delivered to
  the Prime Minister"): the envoy named first only passes it on, the text's "you" is the last.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .lexicon import cue
from .tokens import children_of, head_of

Parties = tuple[str | None, str | None]
ANNOUNCING = frozenset({"following", "follows", "text"})


def announcing_sentence(words: SpacySpan) -> SpacySpan:
    """The routing paragraph's sentence that announces the text: ``words`` if it does, else the
    nearest earlier sentence of the same paragraph that does, else ``words``."""
    sent = words
    while not _announces(sent) and sent.start > 0:
        before = words.doc[sent.start - 1].sent
        if "\n" in words.doc.text[before.end_char : sent.start_char] or before.start == sent.start:
            return words  # the paragraph's first sentence: none announces
        sent = before
    return sent if _announces(sent) else words


def _announces(sent: SpacySpan) -> bool:
    """ "Following is the text of ...", "Please deliver the following message": a sentence that
    points at the text to come."""
    return any(t.lower_ in ANNOUNCING for t in sent)


def relayed_parties(
    words: SpacySpan, party: Callable[[Token], str | None], sender: str | None, reader: str | None
) -> Parties:
    """The routing sentence's sender and reader, with the signer as the sender where no "from" named
    one (``sender`` None) and the one it is delivered to at last as the reader, where an actor stands
    for either; ``party`` reads the actor a phrase names."""
    if sender is None:
        sender = next((who for t in words if (who := _signer(t, party)) is not None), None)
    onward = [who for t in words if _delivered_to(t) and (who := party(t)) is not None]
    return sender, (onward[-1] if onward else reader)


def _signer(tok: Token, party: Callable[[Token], str | None]) -> str | None:
    """ "signed by the Secretary", "sent by the Ambassador": the agent of a past participle of signing
    or sending that modifies a noun (the message, the letter)."""
    if tok.dep_ != "pobj" or head_of(tok).lower_ != "by":
        return None
    verb = head_of(head_of(tok))
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {"acl", "relcl"}:  # "letter ... signed by"
        return None
    if verb.lemma_.lower() not in cue("signing_verbs") | cue("sending_verbs"):
        return None
    return party(tok)


def _delivered_to(tok: Token) -> bool:
    """The object of a "to" that follows a word of delivery ("for transmittal to X", "to be
    delivered to X") other than the main verb of the routing line, which names the one who only
    passes the message on."""
    if tok.dep_ != "pobj" or head_of(tok).lower_ != "to":
        return False
    to = head_of(tok)
    if to.i == 0:
        return False
    before = to.doc[to.i - 1]
    if before.dep_ == "ROOT" or any(c.dep_ == "dobj" for c in children_of(before)):
        return False  # "pass X to Y", "deliver following message to Y": the line's own verb and reader
    return before.lemma_.lower() in cue("delivery_nouns") | cue("routing_verbs")
