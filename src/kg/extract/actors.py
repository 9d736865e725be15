"""Actors: the people, governments, organizations and groups of one document.

Mentions come from the head line, the signature, a telegram's "For X from Y" preamble, spaCy's named
entities and titled noun phrases ("the President", "the Department"). Mentions that name the same actor
are merged: surnames, demonyms and capitals standing for their government, titles of the author.
"""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Span
from .actor_names import Cluster, MentionIndex, clean_name, office_words, slug
from .agents import agent_mentions, institution_mentions, untagged_names
from .model import Actor
from .national_titles import envoy_governments, national_titles, nearest_envoy
from .offices import head_party_nouns, office_mentions, qualified_office
from .opening_words import opening_common_word
from .owners import heads_a_collective
from .places import in_dateline
from .preambles import preamble_parties
from .registry import construction, constructions
from .state_initials import state_initials
from .tokens import head_of, noun_chunks_headed, parse_table, span_text
from .vessels import addressed_vessels, names_a_vessel

SERIAL = re.compile(r"\d{2,}(?:[,/]\d+)?$")  # "2165", "2165,2" (with its footnote mark), "46/226"
NUMBERED = re.compile(r"\w[–-]\d+$")  # "CA–4850", an airgram's number; "No–48", a vote's tally


class ActorFinder(MentionIndex):
    """Collects and merges the actor mentions of one parsed document."""

    def find(self) -> tuple[list[Actor], dict[int, str]]:
        """The find step runs each registered construction; the write step freezes the clusters kept."""
        for rule in constructions("actors"):
            rule.func(self)
        actors = [self._freeze(c) for c in self.clusters.values() if self._keep(c)]
        kept = {a.key for a in actors}
        return actors, {i: k for i, k in self.token_actor.items() if k in kept}

    # -- head line, signature and preamble ---------------------------------
    def _head_actors(self) -> None:
        d = self.doc
        if d.author or d.signature:
            name = d.signature if (d.signature and (not d.author or d.author == d.author_title)) else d.author
            c = self._person_or_office(name or "", d.author_title, role="author")
            self.author_keys.append(c.key)
            for alias in (d.author, d.author_title, self.own_signature(name or "")):
                if alias:
                    c.add(clean_name(alias), None)
        if d.recipient:
            c = self._person_or_office(d.recipient, d.recipient_title, role="recipient")
            self.recipient_keys.append(c.key)
            for alias in (d.recipient, d.recipient_title):
                if alias:
                    c.add(clean_name(alias), None)

    def _person_or_office(self, name: str, title: str | None, role: str) -> Cluster:
        name = clean_name(name)
        kind = self._kind_of_name(name, default="Person")
        first = name.split()[0].lower() if name else ""
        plural_title = first.endswith("s") and first[:-1] in self.titles and first not in self.titles
        if kind == "Person" and plural_title:
            kind = "Organization"  # minutes kept by "Commissioners Plenipotentiary": a title's plural, a body
        c = self._cluster(self._key_for(name, kind), name, kind)
        c.role = role
        c.confidence = 0.95
        c.agentive = True
        return c

    def _preamble_actors(self) -> None:
        """Telegrams relayed through a post open with "For Owen from War Trade Board:", with the
        one they are really for: "25. For Miller. Your 46 ...", or with whose they are: "[From Polk.]"."""
        named: dict[str, list[str]] = {"recipient": [], "author": []}
        for role, name, span in preamble_parties(self.doc):
            kind = self._kind_of_name(name, default="Person")
            c = self._cluster(self._key_for(name, kind), name, kind)
            c.role, c.confidence, c.agentive = role, 0.9, True
            c.add(name, span)
            named[role].append(c.key)
        self.recipient_keys[:0] = named["recipient"]  # the preamble names who really speaks to whom
        self.author_keys[:0] = named["author"]

    def _entities(self) -> None:
        for ent in self.sdoc.ents:
            if self._in_regions(ent.start_char) and not in_dateline(self, ent):
                self._entity(self._without_imperative(ent))

    def _without_imperative(self, ent: SpacySpan) -> SpacySpan:
        """ "Tell Bunker to see Thieu": a cable's imperative the tagger took into the name it governs is no
        part of the name; nor is a question's auxiliary ("Does Department desire ..."), nor what comes
        before a clause's "that" ("instructions from his Government that Uruguay desires")."""
        auxiliary = ent[0].pos_ == "AUX" and ent[0].dep_ in {"aux", "auxpass"}
        if len(ent) > 1 and (auxiliary or self.opens_imperative(ent[0])):
            return SpacySpan(ent.doc, ent.start + 1, ent.end, label=ent.label)
        mark = next((t.i for t in ent[1:-1] if t.lower_ == "that"), None)
        return ent if mark is None else SpacySpan(ent.doc, mark + 1, ent.end, label=ent.label)

    # -- entities ----------------------------------------------------------
    def _entity(self, ent: SpacySpan) -> None:
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            return
        text = clean_name(span_text(ent))
        if not text or not any(ch.isupper() for ch in text) or self._a_pronoun(text) or text[0] in "’'":
            return  # "’s Response" of "Secretary’s Response": a possessive's clitic begins no name
        not_names = self.words("name_affixes") | self.words("telegram_words")
        if {w.strip(".,:") for w in text.lower().split()} <= not_names:
            return  # "Lieut.", "Jr.", "Quote", "Subj": a rank, a suffix or a telegram's word taken for a name
        if self._part_of_title(ent) or self.not_a_party(text) or opening_common_word(ent, self.lex):
            return
        if self._cites_a_message(ent):
            return  # "in consonance with White House 2165", "after reading Tohak 84": a telegram, not a party
        if self._in_citation(ent.start_char):
            return  # "(Ibid., Box 882, SALT, SALT talks (Helenski), Vol. 17)": a file or book, not a party
        if ent.root.lower_ in self.instrument_words:  # "the Treaty", "the Kellogg Pact": a text, not an actor
            return
        if text in self.vessels or names_a_vessel(self, ent, text):
            self.vessels.add(ent[-1].text)  # "the Cleopatra" later is the same ship
            return
        kind, canonical = self._classify(ent, text)
        if kind is None:
            return
        key = self._key_for(canonical, kind)
        c = self._cluster(key, canonical, kind)
        agentive = self._is_agentive(ent)
        c.add(text, Span(ent.start_char, ent.end_char), agentive)
        if ent.label_ == "GPE" and text.lower() not in self.countries:  # "at Lima": a capital may be a place
            c.place_like = True
        for i in range(ent.start, ent.end):
            self.token_actor[i] = c.key

    @staticmethod
    def _cites_a_message(ent: SpacySpan) -> bool:
        """A name with a serial number of two digits or more, or a dash and a number, is a reference."""
        texts = parse_table(ent.doc).texts
        if NUMBERED.search(texts[ent.end - 1]):
            return True
        number = ent.end - 1 if texts[ent.end - 1][:1].isdigit() else min(ent.end, len(texts) - 1)
        return number > ent.start and SERIAL.match(texts[number]) is not None

    def _part_of_title(self, ent: SpacySpan) -> bool:
        """ "Secretary of State", "Minister for Foreign Affairs", "Minister of the Interior": the office."""
        lowers = parse_table(ent.doc).lowers
        at = ent.start - (ent.start > 0 and lowers[ent.start - 1] == "the")  # "of the Interior"
        prep, title = (lowers[at - 1], lowers[at - 2]) if at >= 2 else ("", "")
        name = span_text(ent).lower()
        if name in self.countries or name in self.capitals:
            return False
        held = ent.doc[at - 1].head.i == at - 2 or prep in {"of", "for"}  # "Assistant for National ..."
        if prep not in self.words("title_prepositions") or not held:
            return False  # "response from Secretary to Ian Smith": the "to" is the response's
        return title in self.titles or title in self.words("title_heads")

    def _a_pronoun(self, text: str) -> bool:
        """ "us" but not "US", the United States, which the tagger reads as a name."""
        return text.lower() in self.words("pronouns") and not self._abbreviates_a_state(text)

    def _classify(self, ent: SpacySpan, text: str) -> tuple[str | None, str]:
        low = text.lower()
        if self._abbreviates_a_state(text):
            return "Government", text  # "HMG", which the recognizer may take for a person
        if low in self.capitals or low in self.countries:
            return "Government", self.capitals.get(low, text)
        words = set(low.split())
        if ent.label_ == "PERSON":
            if words & self.words("government_words") - self.words("not_government_words"):
                return "Government", text
            return "Person", text
        if ent.label_ == "NORP":
            country = self.demonyms.get(low)
            nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if nxt is not None and heads_a_collective(self, nxt):
                return "Group", f"{text} {nxt.text}"
            if country:
                return "Government", country
            modifier = ent.root.tag_ == "JJ" and ent.root.dep_ == "amod"  # "the Arab world": no party
            return (None if modifier else "Group"), text
        if ent.label_ == "GPE":
            return "Government", self.capitals.get(low, text)
        return self._kind_of_name(text, default="Organization"), text

    def _kind_of_name(self, name: str, default: str) -> str:
        low = name.lower()
        if self._abbreviates_a_state(name):
            return "Government"
        words = low.split()
        if words and words[0].rstrip(".") in self.titles and default == "Person":
            return "Person"
        if any(w in low for w in self.lex.actors["government_words"] if " " in w):
            return "Government"
        if words and (set(words) & set(self.lex.actors["government_words"])):
            return (
                "Government"
                if "state" not in words or "department" in words or "states" in words
                else default
            )
        if low in self.countries:
            return "Government"
        if words and words[-1] in self.lex.actors["organization_words"]:
            return "Organization"
        if words and words[-1] in self.lex.actors["group_words"]:
            return "Group"
        return default

    def _titled_mentions(self) -> None:
        """ "the President", "the Department", "this Government": capitalised title nouns."""
        gov_words = set(self.lex.actors["government_words"]) | set(self.lex.actors["organization_words"])
        lowers, determiners = parse_table(self.sdoc).lowers, self.words("office_determiners")
        capitalised = (t for t in self.capitalised() if t.i > 0)
        for tok in (t for t in capitalised if lowers[t.i - 1] in determiners or self._bare(t)):
            if not (tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN"}):
                continue
            if tok.i in self.token_actor or not self._in_regions(tok.idx):
                continue
            low = tok.text.lower()
            prev = tok.nbor(-1) if lowers[tok.i - 1] in determiners else tok  # a bare title: itself
            if tok.i + 1 < len(self.sdoc) and self.sdoc[tok.i + 1].pos_ == "PROPN":
                continue
            if low in self.titles:
                office = qualified_office(self, tok)
                envoy = nearest_envoy(self, tok) if not office and prev.lower_ == "the" else None
                key = self._cluster(self._key_for(envoy, "Person"), envoy, "Person").key if envoy else None
                key = key or self._title_owner(low, office)
                if key is None and office:
                    continue  # "the Minister of Foreign Affairs", no one's office here: ``_offices`` names it
                if key is None:
                    c = self._cluster(slug(tok.text), tok.text, "Person")
                    key = c.key
                c = self.clusters[key]
            elif low in gov_words and prev.i < tok.i:
                if low in self.words("government_heads") and prev.lower_ not in self.words(
                    "own_government_determiners"
                ):
                    continue
                if prev.lower_ in self.lex.words("cues", "first_person") and self._own_government() is None:
                    continue  # "my Government" of an author whose country is not named: Context.refers
                name = self._institution_name(tok)
                kind = self._kind_of_name(name, default="Organization")
                c = self._cluster(self._key_for(name, kind), name, kind)
            else:
                continue
            said = prev.text.lower() if prev.lower_ == "the" else prev.text
            c.add(
                f"{said} {tok.text}" if prev.i < tok.i else tok.text,
                Span(prev.idx, tok.idx + len(tok.text)),
                self._token_agentive(tok),
            )
            self.token_actor[tok.i] = c.key
            self.token_actor[prev.i] = c.key

    def _bare(self, tok: Token) -> bool:
        """ "until President acts", "Get President to order": a telegram's title with no article, not part
        of a longer title ("Soviet Ambassador", "Mr. President") or a name ("President Nixon")."""
        prev, argument = tok.doc[tok.i - 1], tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "poss"}
        after = tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else ""
        named = prev.text[:1].isupper() or prev.lower_ in {"-", "mr", "mr."} or after == ":"
        return tok.lower_ in self.titles and argument and not named  # not "Sir:", "Dear Sir", "Mr. President"

    def _collective_mentions(self) -> None:
        """Named collectives: "the American bankers", "the mediating powers", "the Allies", "your
        colleagues"; coordinated nationalities on one head ("the British and French Governments") are
        separate actors, not one collective."""
        heads = set(self.lex.actors["collective_heads"])
        gov_words = set(self.lex.actors["government_words"])
        for chunk in noun_chunks_headed(self.sdoc, heads):  # no other chunk can have such a head
            root = chunk.root
            if root.lower_ not in heads or root.tag_ not in {"NNS", "NNPS"} or not self._in_regions(root.idx):
                continue
            if any(t.i in self.token_actor for t in chunk if t.i != root.i and t.pos_ == "PROPN"):
                continue
            named = {self.token_actor[t.i] for t in chunk if t.i != root.i and t.i in self.token_actor}
            if root.lower_ in gov_words and len(named) > 1:
                continue  # "the British, French and Italian Governments": three actors, found apiece
            deps = {"amod", "compound", "nmod"}
            if root.lower_ in self.words("peer_collectives"):
                deps.add("poss")  # "your colleagues": a group named by whose it is
            mods = [t for t in chunk if t.i < root.i and t.dep_ in deps]
            if (not mods and not root.text[:1].isupper()) or self.no_collective(root, mods):
                continue
            if not mods and self._ends_a_name(root):
                continue  # "the League of Nations": the last word of a body's name, not the nations
            words = [t for t in chunk if t.dep_ not in {"det", "poss", "predet"} and t.i <= root.i]
            name = " ".join(t.text for t in words)
            kind = "Government" if root.lower_ in gov_words else "Group"
            c = self._cluster(self._key_for(name, kind), name, kind)
            span = Span(words[0].idx, root.idx + len(root.text))
            c.add(name, span, self._token_agentive(root))
            for t in words:
                self.token_actor[t.i] = c.key

    @staticmethod
    def _ends_a_name(root: Token) -> bool:
        """A capitalised noun after "of" on a capitalised name ("League of Nations")."""
        of = head_of(root)
        return root.dep_ == "pobj" and of.lower_ == "of" and head_of(of).pos_ == "PROPN"

    def _title_owner(self, title: str, office: str = "") -> str | None:
        """The actor whose name or office carries the title; people first. An office's words after
        "to" name whom it serves ("Secretary to President Wilson" is no President); a qualified
        office ("Minister of Foreign Affairs") belongs only to whom it is written for in full."""
        clusters = self.clusters.values()
        owners = [c for c in clusters if any(title in office_words(a) for a in c.aliases + [c.name])]
        if office:
            owners = [c for c in owners if any(office in a.lower() for a in c.aliases + [c.name])]
        owners.sort(key=lambda c: (c.kind != "Person", c.role == "other"))
        return owners[0].key if owners else None

    def _institution_name(self, tok) -> str:  # type: ignore[no-untyped-def]
        low = tok.text.lower()
        if low == "department":
            author = " ".join(self.clusters[k].name for k in self.author_keys).lower()
            titles = (self.doc.author_title or "") + " " + (self.doc.author or "")
            if "secretary of state" in titles.lower() or "department of state" in author:
                return "Department of State"
        own = low == "government" and tok.nbor(-1).lower_ in self.words("own_government_determiners")
        return (self._own_government() or self.lex.actors["series_government"]) if own else str(tok.text)


# -- constructions, in the order they run ----------------------------------
@construction("actors", "head_line", 0.95, example="145. Message From President Nixon to ... (Kissinger)")
def head_line(finder: ActorFinder) -> None:
    """The author and recipient named by the head line and the signature."""
    finder._head_actors()


@construction("actors", "relay_preamble", 0.9, example="For Owen from War Trade Board:")
def relay_preamble(finder: ActorFinder) -> None:
    """A relayed telegram's "For X from Y" preamble names who really speaks to whom."""
    finder._preamble_actors()


@construction("actors", "named_entity", 0.6, example="Costa Rica, the Chinese, Moncada")
def named_entity(finder: ActorFinder) -> None:
    """spaCy's person, organization, place and nationality entities, typed with the lexicon; a place
    counts only where it acts or is acted upon (a capital too: "word from Lima" is its government; a
    name met only as where something is, goes or comes from, "the fighting in Ethiopia", "sailed to
    Lima", "left Lima", is a place: places.py), demonyms and capitals stand for their government; names
    in a citation of a file or book ("(Ibid., Box 882, SALT talks, Vol. 17)") or with a telegram's
    serial number ("White House 2165") name no party."""
    finder._entities()


@construction("actors", "state_initials", 0.6, example="the ROKG decision, GVN and DRV")
def state_initial(finder: ActorFinder) -> None:
    """A state's initials in capitals ("USG", "ROKG", "GVN") that the tagger left untagged."""
    state_initials(finder)


@construction("actors", "addressed_vessel", 0.6, example="telegram sent to United States Ship Denver:")
def addressed_vessel(finder: ActorFinder) -> None:
    """A ship a message is sent to is addressed (its commander, whom the ship's name stands for)."""
    addressed_vessels(finder)


@construction("actors", "titled_mention", 0.6, example="the President, the Secretary of State")
def titled_mention(finder: ActorFinder) -> None:
    """A person's title used as a name; the author's titles join the author."""
    finder._titled_mentions()


@construction("actors", "office", 0.6, example="the Department, this Government")
def office(finder: ActorFinder) -> None:
    """An institution named by its head noun with a determiner ("the Department", "this Government");
    an envoy named by his people and a title in lower case ("the Russian minister"), and his Government;
    the head noun of the author's or recipient's name in lower case ("the delegation") is that party."""
    office_mentions(finder)
    head_party_nouns(finder)
    national_titles(finder)
    envoy_governments(finder)


@construction("actors", "collective", 0.6, example="the American people, the belligerents")
def collective(finder: ActorFinder) -> None:
    """A plural noun phrase headed by a collective noun names a group."""
    finder._collective_mentions()


@construction("actors", "institution_noun", 0.6, example="the boundary commission")
def institution_noun(finder: ActorFinder) -> None:
    """An organization named by its head noun and a modifier, with "the"."""
    institution_mentions(finder)


@construction("actors", "directing_agent", 0.6, example="The Commissioners requested that ...")
def directing_agent(finder: ActorFinder) -> None:
    """The noun subject of a verb that only an agent can be the subject of (ask, order, authorize)."""
    agent_mentions(finder)


@construction("actors", "same_name", 0.6, example="Kissinger ... Henry Kissinger")
def same_name(finder: ActorFinder) -> None:
    """Mentions that share a name (surname, demonym, capital) are one actor; so is a bare head noun
    ("the Commission", "the Premier") with the one actor whose name it heads, and a title set beside a
    person's name ("Ernest L. Harris, Consul General") with that person; so is a name left untagged."""
    finder._merge_same_names()
    untagged_names(finder)
