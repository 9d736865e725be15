"""Pronoun chains: "Tardieu said ... He added ... it was his suggestion ... but he agreed": a third
person pronoun with no actor near it stands for what the same pronoun before it stands for; "they" may
stand for parties named together ("the Commandant and the Director ... meets with their approval");
"the latter" / "the former" stand for the last / next-to-last party named."""

from __future__ import annotations

from spacy.tokens import Token

from .context import ANTECEDENT_SENTENCES, Context, head_actor
from .reports import reported_subject
from .tokens import children_of, head_of, sentence, subtree_of
from .voices import Voice

CHAIN_HOPS = 3  # how many earlier pronouns of the chain are followed back
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
INSIDE_NOUN_PHRASE = frozenset({"compound", "amod", "appos", "flat", "pobj", "prep", "poss"})


def party(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """The actor a subject stands for; a third person pronoun ("He rejected our formula") prefers the
    nearest earlier actor of its kind that was itself a subject (the one the text is about) over the
    nearest one named anywhere ("President Nixon reciprocates Chou's anticipation of the meeting with
    Kissinger. He considers it ...": Nixon); "they" after parties named together stands for them."""
    third = tok.lower_ in ctx.cue("third_singular") | ctx.cue("third_plural")
    if third and tok.pos_ == "PRON" and tok.i not in ctx.actor_at:
        plural = tok.lower_ in ctx.cue("third_plural")
        found = coordinated_parties(ctx, tok, voice) if plural else None
        found = found or subject_chain(ctx, tok, voice)
        if found is not None:
            return found
    return ctx.refers(tok, voice)


def subject_antecedent(ctx: Context, pronoun: Token, voice: Voice) -> str | None:
    """The nearest actor of the pronoun's kind ("they": a government, organization or group; "he",
    "she": a person) that heads or names a subject before it in its sentence or the
    ANTECEDENT_SENTENCES before; never the speaker or addressee."""
    plural = pronoun.lower_ in ctx.cue("third_plural")
    wanted = {"Government", "Group", "Organization"} if plural else {"Person"}
    others = {voice.speaker, voice.addressee}
    nearest: Token | None = None
    for tok in reversed(_window(pronoun)):
        if nearest is not None and tok.sent.start != nearest.sent.start:
            break
        actor = ctx.actor_at.get(tok.i)
        if actor is None or actor in others or (ctx.kinds or {}).get(actor) not in wanted:
            continue
        if not _in_subject(tok):
            continue
        if _of_main_clause(tok) and (nearest is None or tok.sent.start != pronoun.sent.start):
            return actor
        nearest = nearest or tok
    return ctx.actor_at[nearest.i] if nearest is not None else None


def _of_main_clause(tok: Token) -> bool:
    """Whether a subject's verb is its sentence's main verb (or one joined to it): the one a sentence is
    about, whom a pronoun in the next sentence takes up before a party named in a clause inside it
    ("The Commissioners felt that, as the Conference was ending, ... They therefore requested ...")."""
    verb = tok
    while verb.dep_ not in SUBJECT_DEPS and head_of(verb).i != verb.i:
        verb = head_of(verb)
    verb = head_of(verb)
    while verb.dep_ == "conj" and head_of(verb).i != verb.i:
        verb = head_of(verb)
    return verb.dep_ == "ROOT"


def subject_chain(ctx: Context, pronoun: Token, voice: Voice) -> str | None:
    """The subject antecedent of a pronoun, else of the nearest earlier subject pronoun of its chain,
    followed back at most CHAIN_HOPS ("Souvanna accepted ... I requested that he inform me and he said he
    would. I then asked him ...": Souvanna, not the one named last in passing)."""
    group = next((set(g) for g in ctx.lex.cues["pronoun_chains"] if pronoun.lower_ in g), {pronoun.lower_})
    tok: Token | None = pronoun
    for _ in range(CHAIN_HOPS + 1):
        if tok is None:
            return None
        found = subject_antecedent(ctx, tok, voice)
        if found is not None:
            return found
        tok = next((t for t in reversed(_window(tok)) if t.lower_ in group and _in_subject(t)), None)
    return None


def _in_subject(tok: Token) -> bool:
    """Whether ``tok`` is a subject or inside a subject's noun phrase by compound, modifier or
    apposition ("President Nixon", "the Government of Peru"), not by a clause of its own."""
    node = tok
    for _ in range(4):
        if node.dep_ in SUBJECT_DEPS:
            return head_of(node).pos_ in {"VERB", "AUX"}  # "[contact] Phoumi Vongvichit": a name misread
        if node.dep_ not in INSIDE_NOUN_PHRASE:
            return False
        node = head_of(node)
    return False


def chained_actor(ctx: Context, pronoun: Token, voice: Voice) -> str | None:
    """For "they", parties named together just before; else the actor the nearest earlier pronoun of the
    same person, number and gender stands for, following the chain back at most CHAIN_HOPS pronouns."""
    group = next((set(g) for g in ctx.lex.cues["pronoun_chains"] if pronoun.lower_ in g), None)
    if group is None:
        return named_before(ctx, pronoun, voice)
    plural = pronoun.lower_ in ctx.cue("third_plural")
    listed = coordinated_parties(ctx, pronoun, voice) if plural else None
    if listed is not None:
        return listed
    tok = pronoun
    for _ in range(CHAIN_HOPS):
        earlier = _earlier_pronoun(tok, group)
        if earlier is None:
            return None
        actor = ctx.antecedent(earlier, voice, plural=plural)
        if actor is not None:
            return actor
        tok = earlier
    return None


def named_before(ctx: Context, anaphor: Token, voice: Voice) -> str | None:
    """ "The latter referred to ...": the last party named before it; "the former" the one named before
    that (neither the speaker nor the addressee, who are never named so)."""
    low = anaphor.lower_
    rank = 1 if low in ctx.cue("latter_anaphors") else 2 if low in ctx.cue("former_anaphors") else None
    if rank is None or anaphor.pos_ not in {"NOUN", "ADJ", "PRON"}:
        return None
    named: list[str] = []
    for tok in reversed(_window(anaphor)):
        actor = ctx.actor_at.get(tok.i)
        if actor is not None and actor not in {voice.speaker, voice.addressee, *named}:
            named.append(actor)
            if len(named) == rank:
                return actor
    return None


def coordinated_parties(ctx: Context, pronoun: Token, voice: Voice) -> str | None:
    """The first of the nearest parties named together before "they / their" ("the Commandant of the
    Garde and the Director of the Mission"), neither the speaker nor the addressee."""
    others = {voice.speaker, voice.addressee}
    for conj in reversed(_window(pronoun)):
        nominal = conj.pos_ in {"NOUN", "PROPN"} and head_of(conj).pos_ in {"NOUN", "PROPN"}
        if conj.dep_ != "conj" or not nominal:
            continue
        before = [t for t in subtree_of(head_of(conj)) if t.i < conj.left_edge.i]
        named = [ctx.actor_at[t.i] for t in before if ctx.actor_at.get(t.i) not in {None, *others}]
        if named and any(t.i in ctx.actor_at for t in subtree_of(conj)):
            return named[0]
    return None


def _window(tok: Token) -> list[Token]:
    """The tokens before ``tok`` in its sentence and the ANTECEDENT_SENTENCES before it."""
    return list(tok.doc[window_start(tok, ANTECEDENT_SENTENCES) : tok.i])


def window_start(tok: Token, sentences: int) -> int:
    """The first token of the sentence ``sentences`` before ``tok``'s own (or of the document)."""
    floor = sentence(tok).start
    for _ in range(sentences):
        floor = sentence(tok.doc[floor - 1]).start if floor > 0 else floor
    return floor


def _earlier_pronoun(tok: Token, group: set[str]) -> Token | None:
    """The nearest pronoun of ``group`` before ``tok`` in its sentence or the ANTECEDENT_SENTENCES before."""
    return next((t for t in reversed(_window(tok)) if t.lower_ in group and t.pos_ == "PRON"), None)


def possessed_government(ctx: Context, noun: Token, voice: Voice) -> str | None:
    """ "his Government": the government of the person "his" stands for, the subject of the clause the
    phrase is in ("The Russian minister stated that his Government had accepted": Russia, even after
    another minister's "his Government" in the sentence before), else the one an earlier "his
    Government" in reach stands for ("emphasizing the desire of his Government ..., while the Minister
    urged that his Government accept": the Minister names no state); a person's government is the
    country of the demonym that names him ("the Bolivian Minister": Bolivia)."""
    if noun.lower_ not in ctx.lex.words("actors", "government_heads"):
        return None
    poss = next((c for c in children_of(noun) if c.dep_ == "poss" and c.lower_ == "his"), None)
    if poss is None:
        return None
    own = government_of(ctx, _clause_subject(ctx, noun, voice))
    if own is not None:
        return own
    earlier = next((t for t in reversed(_window(noun)) if _his_government(t, noun.lower_)), None)
    found = government_of(ctx, _clause_subject(ctx, earlier, voice)) if earlier is not None else None
    return found or government_of(ctx, party(ctx, poss, voice))  # "According to X, his Government"


def government_of(ctx: Context, person: str | None) -> str | None:
    """The government an actor stands for: itself where it was read as one ("the German minister" read
    as Germany), else the country of the demonym that names it."""
    if person is not None and (ctx.kinds or {}).get(person) == "Government":
        return person
    country = ctx.lex.actors["demonyms"].get(person.split("-")[0]) if person else None
    key = country.lower().replace(" ", "-") if country else None
    return key if key is not None and key in (ctx.kinds or {}) else _titled_state(ctx, person)


def _titled_state(ctx: Context, person: str | None) -> str | None:
    """ "Mr. Soto, the Chilean Minister, ... his Government": the state of the demonym on a mention of
    the person elsewhere in the document."""
    mentions = (ctx.sdoc[i] for i, key in ctx.actor_at.items() if key == person) if person else ()
    return next((state for t in mentions if (state := demonym_state(ctx, t)) is not None), None)


def reported_party(ctx: Context, pronoun: Token, voice: Voice) -> str | None:
    """ "the Argentine representative declared, to Gibson's surprise, that he accepted": a pronoun subject
    of what a noun phrase's subject reports stands for that subject, the actor it names or the state of
    the demonym that qualifies it, not for a name nearer to the pronoun; "they" reported by one person
    stands for his government."""
    subj = reported_subject(pronoun)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    found = head_actor(ctx, subj, voice) or demonym_state(ctx, subj)
    if pronoun.lower_ in ctx.cue("third_plural") and (ctx.kinds or {}).get(found or "") == "Person":
        return government_of(ctx, found)  # "the Chilean Minister said that they would not accept": Chile
    return found


def reporting_body(ctx: Context, pronoun: Token, voice: Voice) -> str | None:
    """ "The Zendan Government stated that it considered the plan desirable": "it", the subject of a
    verb that is no copula in what a government or an organization reports, stands for that body (with
    a copula, "it was impossible", it is impersonal)."""
    clause = head_of(pronoun)
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or clause.lemma_.lower() in ctx.cue("copulas"):
        return None
    if clause.dep_ != "ccomp" or head_of(clause).lemma_.lower() not in ctx.cue("speech_verbs"):
        return None
    subj = next((c for c in children_of(head_of(clause)) if c.dep_ == "nsubj"), None)
    found = head_actor(ctx, subj, voice) if subj is not None and subj.pos_ in {"NOUN", "PROPN"} else None
    return found if (ctx.kinds or {}).get(found or "") in {"Government", "Organization"} else None


def demonym_state(ctx: Context, noun: Token) -> str | None:
    """The state a demonym qualifying ``noun`` names ("the Argentine representative": Argentina), where
    the document has it as an actor."""
    demonyms = ctx.lex.actors["demonyms"]
    for mod in (c for c in children_of(noun) if c.dep_ in {"amod", "compound"} and c.lower_ in demonyms):
        key = str(demonyms[mod.lower_]).lower().replace(" ", "-")
        if key in (ctx.kinds or {}):
            return key
    return None


def _his_government(tok: Token, head: str) -> bool:
    return tok.lower_ == head and any(c.dep_ == "poss" and c.lower_ == "his" for c in children_of(tok))


def _clause_subject(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """The actor the subject of the nearest clause above ``tok`` stands for."""
    node = tok
    for _ in range(8):
        subj = next((c for c in children_of(node) if c.dep_ in SUBJECT_DEPS and c.i != tok.i), None)
        if subj is not None and node.i != tok.i:
            return party(ctx, subj, voice)
        if head_of(node) is node:
            return None
        node = head_of(node)
    return None
