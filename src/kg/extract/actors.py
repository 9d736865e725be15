"""Actors: the people, governments, organizations and groups of one document.

Mentions come from the head line, the signature, a telegram's "For X from Y"
preamble, spaCy's named entities and titled noun phrases ("the President",
"the Department"). Mentions that name the same actor are merged: surnames,
demonyms and capitals standing for their government, titles of the author.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan

from ..documents import Document, Span
from .lexicon import Lexicon
from .model import Actor

AGENTIVE_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "agent", "appos", "dative", "iobj"}
LOCATIVE_PREPS = {"in", "at", "to", "from", "via", "near", "into", "through", "toward", "towards",
                  "across", "within", "on", "around", "off", "over", "outside", "inside", "along"}
PREAMBLE = re.compile(r"^(?:\d+\.\s+)?For\s+(?P<to>[A-Z][\w.’' -]{1,60}?)\s*\d*\s+from\s+(?P<from>[A-Z][\w.’' -]{1,60}?)\s*\d*[:.]")
PRONOUNS = {"i", "me", "my", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
            "yourself", "he", "him", "his", "she", "her", "they", "them", "their", "it", "its"}


@dataclass
class _Cluster:
    key: str
    name: str
    kind: str
    role: str = "other"
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    agentive: bool = False
    place_like: bool = False
    confidence: float = 0.6

    def add(self, alias: str, span: Span | None, agentive: bool = True) -> None:
        if alias and alias not in self.aliases:
            self.aliases.append(alias)
        if span is not None and span not in self.mentions:
            self.mentions.append(span)
        self.agentive = self.agentive or agentive


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "actor"


def clean_name(text: str) -> str:
    """Drop articles, possessive endings and footnote markers from a mention."""
    text = re.sub(r"[’']s$", "", text.strip())
    text = re.sub(r"(?<=[A-Za-z.])\d+$", "", text)
    text = re.sub(r"^(?:the|this|that|these|those|our|your|his|her|their)\s+", "", text, flags=re.I)
    return text.strip(" ,.;:")


class ActorFinder:
    """Collects and merges the actor mentions of one parsed document."""

    def __init__(self, lexicon: Lexicon, doc: Document, sdoc: SpacyDoc, regions: list[Span]):
        self.lex = lexicon
        self.doc = doc
        self.sdoc = sdoc
        self.regions = regions
        self.clusters: dict[str, _Cluster] = {}
        self.token_actor: dict[int, str] = {}
        self.demonyms: dict[str, str] = lexicon.actors["demonyms"]
        self.capitals: dict[str, str] = lexicon.actors["capitals"]
        self.countries = {c.lower() for c in list(self.demonyms.values()) + list(self.capitals.values())}
        self.titles = set(lexicon.actors["person_titles"])
        self.archive_words = set(lexicon.actors["archive_words"])
        self.instrument_words = set(lexicon.actors["instrument_words"])
        self.author_keys: list[str] = []
        self.recipient_keys: list[str] = []

    # -- entry point -------------------------------------------------------
    def find(self) -> tuple[list[Actor], dict[int, str]]:
        self._head_actors()
        self._preamble_actors()
        for ent in self.sdoc.ents:
            if self._in_regions(ent.start_char):
                self._entity(ent)
        self._titled_mentions()
        self._offices()
        self._collective_mentions()
        self._merge_same_names()
        actors = [self._freeze(c) for c in self.clusters.values() if self._keep(c)]
        kept = {a.key for a in actors}
        index = {i: k for i, k in self.token_actor.items() if k in kept}
        return actors, index

    # -- head line, signature and preamble ---------------------------------
    def _head_actors(self) -> None:
        d = self.doc
        if d.author or d.signature:
            name = d.signature if (d.signature and (not d.author or d.author == d.author_title)) else d.author
            c = self._person_or_office(name or "", d.author_title, role="author")
            self.author_keys.append(c.key)
            for alias in (d.author, d.author_title, d.signature):
                if alias:
                    c.add(clean_name(alias), None)
        if d.recipient:
            c = self._person_or_office(d.recipient, d.recipient_title, role="recipient")
            self.recipient_keys.append(c.key)
            for alias in (d.recipient, d.recipient_title):
                if alias:
                    c.add(clean_name(alias), None)

    def _person_or_office(self, name: str, title: str | None, role: str) -> _Cluster:
        name = clean_name(name)
        kind = self._kind_of_name(name, default="Person")
        c = self._cluster(self._key_for(name, kind), name, kind)
        c.role = role
        c.confidence = 0.95
        c.agentive = True
        return c

    def _preamble_actors(self) -> None:
        """Telegrams relayed through a post open with "For Owen from War Trade Board:"."""
        for para in self.doc.paragraphs[:3]:
            m = PREAMBLE.match(self.doc.text[para.start:para.end])
            if not m:
                continue
            for group, role, keys in (("to", "recipient", self.recipient_keys), ("from", "author", self.author_keys)):
                name = clean_name(m.group(group))
                kind = self._kind_of_name(name, default="Person")
                c = self._cluster(self._key_for(name, kind), name, kind)
                c.role, c.confidence, c.agentive = role, 0.9, True
                start = para.start + m.start(group)
                c.add(name, Span(start, start + len(m.group(group).rstrip())))
                keys.insert(0, c.key)  # the preamble names who really speaks to whom
            return

    # -- entities ----------------------------------------------------------
    def _entity(self, ent: SpacySpan) -> None:
        label = ent.label_
        if label not in {"PERSON", "ORG", "GPE", "NORP"}:
            return
        text = clean_name(ent.text)
        if not text or not any(ch.isupper() for ch in text) or text.lower() in PRONOUNS:
            return
        if self._part_of_title(ent) or set(text.lower().split()) & self.archive_words:
            return
        if ent.root.lower_ in self.instrument_words:  # "the Treaty", "the Kellogg Pact": a text, not an actor
            return
        kind, canonical = self._classify(ent, text)
        if kind is None:
            return
        key = self._key_for(canonical, kind)
        c = self._cluster(key, canonical, kind)
        agentive = self._is_agentive(ent)
        c.add(text, Span(ent.start_char, ent.end_char), agentive)
        if label == "GPE" and canonical.lower() not in self.countries:
            c.place_like = True
        for tok in ent:
            self.token_actor[tok.i] = c.key

    def _part_of_title(self, ent: SpacySpan) -> bool:
        """"Secretary of State", "Minister for Foreign Affairs": the office, not an actor."""
        if ent.start < 2:
            return False
        prep, title = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
        if ent.doc[ent.start].lower_ == "the" and ent.start >= 3:
            prep, title = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
        if ent.text.lower() in self.countries or ent.text.lower() in self.capitals:
            return False
        return prep.lower_ in {"of", "for", "in", "to", "at"} and title.lower_ in self.titles | {"chancellor", "affairs"}

    def _classify(self, ent: SpacySpan, text: str) -> tuple[str | None, str]:
        low = text.lower()
        if low in self.capitals or low in self.countries:
            return "Government", self.capitals.get(low, text)
        words = set(low.split())
        if ent.label_ == "PERSON":
            if words & set(self.lex.actors["government_words"]) - {"state"}:
                return "Government", text
            return "Person", text
        if ent.label_ == "NORP":
            country = self.demonyms.get(low)
            nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
            if nxt is not None and nxt.lemma_.lower() in self.lex.actors["group_words"]:
                return "Group", f"{text} {nxt.text}"
            if country:
                return "Government", country
            return "Group", text
        if ent.label_ == "GPE":
            return "Government", self.capitals.get(low, text)
        return self._kind_of_name(text, default="Organization"), text

    def _kind_of_name(self, name: str, default: str) -> str:
        low = name.lower()
        words = low.split()
        if words and words[0].rstrip(".") in self.titles and default == "Person":
            return "Person"
        if any(w in low for w in self.lex.actors["government_words"] if " " in w):
            return "Government"
        if words and (set(words) & set(self.lex.actors["government_words"])):
            return "Government" if "state" not in words or "department" in words or "states" in words else default
        if low in self.countries:
            return "Government"
        if words and words[-1] in self.lex.actors["organization_words"]:
            return "Organization"
        if words and words[-1] in self.lex.actors["group_words"]:
            return "Group"
        return default

    def _titled_mentions(self) -> None:
        """"the President", "the Department", "this Government": capitalised title nouns."""
        gov_words = set(self.lex.actors["government_words"]) | set(self.lex.actors["organization_words"])
        for tok in self.sdoc:
            if tok.i in self.token_actor or not self._in_regions(tok.idx):
                continue
            if not (tok.text[:1].isupper() and tok.pos_ in {"PROPN", "NOUN"}):
                continue
            low = tok.text.lower()
            prev = tok.nbor(-1) if tok.i > 0 else None
            if prev is None or prev.lower_ not in {"the", "this", "that", "our", "your"}:
                continue
            if tok.i + 1 < len(self.sdoc) and self.sdoc[tok.i + 1].pos_ == "PROPN":
                continue
            if low in self.titles:
                key = self._title_owner(low)
                if key is None:
                    c = self._cluster(slug(tok.text), tok.text, "Person")
                    key = c.key
                c = self.clusters[key]
            elif low in gov_words:
                if low in {"government", "governments", "state", "states"} and prev.lower_ not in {"this", "our"}:
                    continue
                name = self._institution_name(tok)
                kind = self._kind_of_name(name, default="Organization")
                c = self._cluster(self._key_for(name, kind), name, kind)
            else:
                continue
            c.add(f"{prev.text.lower() if prev.lower_ == 'the' else prev.text} {tok.text}",
                  Span(prev.idx, tok.idx + len(tok.text)), self._token_agentive(tok))
            self.token_actor[tok.i] = c.key
            self.token_actor[prev.i] = c.key

    def _offices(self) -> None:
        """Offices named in telegraphic style, with no article: "Minister of Foreign Affairs
        said", "Under Secretary told me". The office is the actor; all its mentions merge."""
        prefixes = set(self.lex.actors["title_prefixes"])
        for tok in self.sdoc:
            if tok.i in self.token_actor or tok.lower_ not in self.titles or not tok.text[:1].isupper():
                continue
            if not self._in_regions(tok.idx) or tok.pos_ not in {"PROPN", "NOUN"}:
                continue
            nxt = self.sdoc[tok.i + 1] if tok.i + 1 < len(self.sdoc) else None
            if nxt is not None and nxt.pos_ == "PROPN" and nxt.lower_ not in self.titles:
                continue  # "Minister Lane": a named person, found as an entity
            start = tok.i
            while start > tok.sent.start and self.sdoc[start - 1].text[:1].isupper() and (
                    self.sdoc[start - 1].lower_ in prefixes or
                    self.sdoc[start - 1].dep_ in {"compound", "amod"} and self.sdoc[start - 1].head.i == tok.i):
                start -= 1
            end = tok.i
            if nxt is not None and nxt.lower_ in {"of", "for"}:  # "Minister of Foreign Affairs"
                j = tok.i + 2
                while j < len(self.sdoc) and self.sdoc[j].text[:1].isupper() and self.sdoc[j].pos_ == "PROPN":
                    j += 1
                end = max(end, j - 1) if j > tok.i + 2 else end
            if start == end and not (start > tok.sent.start and self.sdoc[start - 1].lower_ in {"the", "his", "her"}):
                continue  # a bare "Minister" is a word, not an office
            words = self.sdoc[start:end + 1]
            name = words.text
            c = self._cluster(self._key_for(name, "Person"), name, "Person")
            c.add(name, Span(words.start_char, words.end_char), self._token_agentive(tok))
            for t in words:
                self.token_actor[t.i] = c.key

    def _collective_mentions(self) -> None:
        """Named collectives: "the American bankers", "the mediating powers", "the Allies"."""
        heads = set(self.lex.actors["collective_heads"])
        gov_words = set(self.lex.actors["government_words"])
        for chunk in self.sdoc.noun_chunks:
            root = chunk.root
            if root.lower_ not in heads or root.tag_ not in {"NNS", "NNPS"} or not self._in_regions(root.idx):
                continue
            if any(t.i in self.token_actor for t in chunk if t.i != root.i and t.pos_ == "PROPN"):
                continue
            mods = [t for t in chunk if t.i < root.i and t.dep_ in {"amod", "compound", "nmod"}]
            if not mods and not root.text[:1].isupper():
                continue
            words = [t for t in chunk if t.dep_ not in {"det", "poss", "predet"} and t.i <= root.i]
            name = " ".join(t.text for t in words)
            kind = "Government" if root.lower_ in gov_words else "Group"
            c = self._cluster(self._key_for(name, kind), name, kind)
            span = Span(words[0].idx, root.idx + len(root.text))
            c.add(name, span, self._token_agentive(root))
            for t in words:
                self.token_actor[t.i] = c.key

    def _merge_same_names(self) -> None:
        """Two clusters that carry the same name ("Tosta" from the head line and from the text,
        "President Wilson" and "Wilson") are one actor; the head line's cluster keeps its key."""
        order = sorted(self.clusters.values(), key=lambda c: (c.role == "other", -len(c.name)))
        for c in order:
            if c.key not in self.clusters:
                continue
            same = self._same_name(c)
            for twin in (t for t in order if t is not c and t.key in self.clusters and same(t)):
                for alias in twin.aliases + [twin.name]:
                    c.add(alias, None, twin.agentive)
                c.mentions.extend(m for m in twin.mentions if m not in c.mentions)
                c.place_like = c.place_like and twin.place_like
                del self.clusters[twin.key]
                self.token_actor = {i: c.key if k == twin.key else k for i, k in self.token_actor.items()}

    def _same_name(self, c: _Cluster) -> Callable[[_Cluster], bool]:
        names = {clean_name(a).lower() for a in c.aliases + [c.name]} - {""}
        surnames = {n.split()[-1] for n in names} if c.kind == "Person" else set()

        def same(other: _Cluster) -> bool:
            if other.role != "other" or other.kind != c.kind:
                return False
            theirs = {clean_name(a).lower() for a in other.aliases + [other.name]} - {""}
            if c.kind == "Person" and len(theirs) == 1 and next(iter(theirs)) in surnames:
                return True  # "Wilson" beside "President Wilson"
            return clean_name(other.name).lower() in names
        return same

    def _title_owner(self, title: str) -> str | None:
        """The actor whose name or office carries the title; people first."""
        owners = [c for c in self.clusters.values() if any(title in a.lower().split() for a in c.aliases + [c.name])]
        owners.sort(key=lambda c: (c.kind != "Person", c.role == "other"))
        return owners[0].key if owners else None

    def _institution_name(self, tok) -> str:  # type: ignore[no-untyped-def]
        low = tok.text.lower()
        if low == "department":
            author = " ".join(self.clusters[k].name for k in self.author_keys).lower()
            titles = (self.doc.author_title or "") + " " + (self.doc.author or "")
            if "secretary of state" in titles.lower() or "department of state" in author:
                return "Department of State"
        if low == "government" and tok.nbor(-1).lower_ in {"this", "our"}:
            return "United States"
        return tok.text

    # -- merging -----------------------------------------------------------
    def _key_for(self, name: str, kind: str) -> str:
        low = name.lower()
        if kind == "Person":
            surname = [w for w in re.findall(r"[\w’'-]+", name) if w.lower().rstrip(".") not in self.titles]
            if surname:
                for c in self.clusters.values():
                    if c.kind == "Person" and c.key.split("-")[-1] == slug(surname[-1]):
                        return c.key
                return slug(surname[-1])
        if kind == "Government":
            for prefix in ("government of ", "the government of "):
                if low.startswith(prefix):
                    low = low[len(prefix):]
            low = re.sub(r"\s+government$", "", low)
            low = self.demonyms.get(low, self.capitals.get(low, low)).lower()
        for c in self.clusters.values():
            if c.key == slug(low) or c.name.lower() == low:
                return c.key
        return slug(low)

    def _cluster(self, key: str, name: str, kind: str) -> _Cluster:
        if key not in self.clusters:
            self.clusters[key] = _Cluster(key=key, name=name, kind=kind)
        c = self.clusters[key]
        if len(name) > len(c.name) and kind == "Person" and c.role == "other":
            c.name = name
        return c

    # -- filters -----------------------------------------------------------
    def _is_agentive(self, ent: SpacySpan) -> bool:
        return any(self._token_agentive(t) for t in ent)

    @staticmethod
    def _token_agentive(tok) -> bool:  # type: ignore[no-untyped-def]
        if tok.dep_ in AGENTIVE_DEPS:
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ not in LOCATIVE_PREPS:
            return True
        if tok.dep_ in {"compound", "amod"} and tok.head.dep_ in AGENTIVE_DEPS:
            return True
        if tok.dep_ == "conj":
            return ActorFinder._token_agentive(tok.head)
        return False

    def _keep(self, c: _Cluster) -> bool:
        if c.role != "other":
            return True
        if c.place_like and not c.agentive:
            return False
        return bool(c.mentions)

    def _in_regions(self, offset: int) -> bool:
        return any(r.start <= offset < r.end for r in self.regions)

    def _freeze(self, c: _Cluster) -> Actor:
        aliases = tuple(dict.fromkeys(a for a in [c.name, *c.aliases] if a))
        mentions = tuple(sorted(c.mentions, key=lambda s: s.start))
        return Actor(key=c.key, name=c.name, kind=c.kind, role=c.role, aliases=aliases,
                     mentions=mentions, confidence=c.confidence)
