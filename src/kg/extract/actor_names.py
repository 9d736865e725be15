"""Actor mentions gathered into clusters, with the names and keys they get."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..documents import Document, Span
from ..documents.months import MONTH_NAMES
from .actor_kinds import titled_persons
from .bare_heads import merge_bare_heads
from .lexicon import IMPERATIVE_VERB_LISTS, Lexicon, load_lexicon
from .model import Actor
from .places import kept_as_actor, place_use
from .tokens import children_of, head_of, opens_quotation, opens_sentence, parse_table

TRAILING_DATE = re.compile(rf"(?<=\w)\s+(?:(?:{MONTH_NAMES})\.?\s+)?\d{{1,2}}$")
PARENTHESES = re.compile(r"[()]")
UNCLOSED = re.compile(r"\s*[(\[][^)\]]*$")  # "Department of State (Smith": run on into a parenthesis
DANGLING = re.compile(r"(?:\s+(?:of|for|at|in|to|and|the))+$")  # a name never ends in a function word
QUANTITY = re.compile(r"\s\d{1,3}(?:,\d{3})+$")  # "Verona 4,208": a ship or town listed with its tonnage
AGENTIVE_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "agent", "appos", "dative", "iobj"}


@dataclass
class Cluster:
    """The mentions of one actor, as they are found."""

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


def office_words(alias: str) -> list[str]:
    """The words of a name or office that name its holder: "Secretary to President Wilson" is a
    secretary, not a president, and a "Vice President" or "Under Secretary" holds another office than
    the President's or the Secretary's (a rank prefix and its title are one word)."""
    words = alias.lower().split(" to ")[0].split()
    ranks = load_lexicon().words("actors", "rank_prefixes")
    return [w for n, w in enumerate(words) if not (n and words[n - 1] in ranks)]


@lru_cache(maxsize=8192)
def clean_name(text: str) -> str:
    """Drop articles, possessive endings and footnote markers from a mention (cached, a bounded
    number: merging compares every pair of clusters' names)."""
    text = re.sub(r"[’'ʼ]s$", "", text.strip())  # "Yahya’s", "Yahyaʼs" (a modifier apostrophe)
    text = re.sub(r"(?<=[A-Za-z.])\d+$", "", text)
    text = TRAILING_DATE.sub("", text)  # "DuBois 5" (a footnote mark), "Thieu June 7" (a date run in)
    text = UNCLOSED.sub("", text)
    text = DANGLING.sub("", text)  # "War Department of January 20": the tagger stopped at "of"
    first, _, rest = text.strip().partition(" ")
    if rest and first.lower() in load_lexicon().actors["name_determiners"]:
        text = rest
    return text.strip(" ,.;:")


class MentionIndex:
    """The clusters of one document, how they are keyed, merged and kept; ``ActorFinder`` fills them."""

    def __init__(self, lexicon: Lexicon, doc: Document, sdoc: SpacyDoc, regions: list[Span]):
        self.lex = lexicon
        self.doc = doc
        self.sdoc = sdoc
        self.regions = regions
        self.clusters: dict[str, Cluster] = {}
        self.token_actor: dict[int, str] = {}
        self.demonyms: dict[str, str] = lexicon.actors["demonyms"]
        self.capitals: dict[str, str] = lexicon.actors["capitals"]
        self.countries = {c.lower() for c in list(self.demonyms.values()) + list(self.capitals.values())}
        self.titles = set(lexicon.actors["person_titles"])
        self.archive_words = set(lexicon.actors["archive_words"])
        self.instrument_words = set(lexicon.actors["instrument_words"])
        self.vessels: set[str] = set()  # names of ships met so far, not actors
        self.author_keys: list[str] = []
        self.recipient_keys: list[str] = []
        self._sent_starts: list[int] = []
        self._capitalised: list[Token] | None = None
        self._region_starts: list[int] = []
        self._regions_sorted: list[tuple[int, int]] = []
        self.datelines: list[tuple[int, int]] | None = None  # paragraphs that are datelines, found once

    def sent_start(self, i: int) -> int:
        """Where the sentence of token ``i`` starts (``Token.sent`` rebuilds the sentence each call)."""
        if not self._sent_starts:
            self._sent_starts = [s.start for s in self.sdoc.sents]
        return self._sent_starts[bisect_right(self._sent_starts, i) - 1]

    def words(self, name: str) -> frozenset[str]:
        return self.lex.words("actors", name)

    def opens_imperative(self, tok: Token) -> bool:
        """ "Tell Bunker ...", "Please advise Ambassador ...": a verb of telling or directing, or any bare
        verb that is its sentence's root, that opens its sentence (after "please", "also" ...), which the
        tagger may read as part of a name."""
        words = self.lex.words
        bare_root = tok.tag_ == "VB" and tok.dep_ == "ROOT"  # "Modify the Foreign Assets Control ..."
        if not bare_root and not any(tok.lower_ in words("cues", name) for name in IMPERATIVE_VERB_LISTS):
            return False
        return opens_quotation(tok) or opens_sentence(tok, words("cues", "imperative_leads"))

    def not_a_party(self, text: str) -> bool:
        """A name that is no party of the document: a file or a publication cited, a letter's greeting
        or close, an entry of a list of ships or towns with their figures; a bare "Government" names
        none by itself (whose it is, the word before says: ``_titled_mentions`` reads "this Government")."""
        if set(text.lower().split()) & self.archive_words or QUANTITY.search(text):
            return True
        if text.lower() in self.words("bare_heads"):  # "State" alone (the Department) still names one
            return True
        return self._names_a_publication(text) or self.absorbs_letter_formula(text)

    def own_signature(self, name: str) -> str | None:
        """The signature, where it is the author's name; another name signs an enclosure copied in."""
        signature = self.doc.signature
        if not signature or signature == name:
            return signature
        shared = set(re.findall(r"\w{2,}", signature.lower())) & set(re.findall(r"\w{2,}", name.lower()))
        return signature if shared - self.titles else None

    def no_collective(self, root: Token, mods: list[Token]) -> bool:
        """ "full powers": the authority an envoy holds, not states; "Dear Colleagues": a greeting."""
        if mods and mods[0].lower_ in self.words("salutation_words"):
            return True
        modifiers = self.words("authority_modifiers")
        return root.lower_ in self.words("authority_heads") and any(m.lower_ in modifiers for m in mods)

    def absorbs_letter_formula(self, text: str) -> bool:
        """ "Dear Mr. Minister" greets the recipient (made their alias here); "Yours" signs off: no party."""
        words = text.split()
        lowers = [w.lower() for w in words]
        if set(lowers) & self.words("closing_words"):
            return True
        start = 1 if lowers[:1] == ["my"] else 0
        if len(lowers) <= start or lowers[start] not in self.words("salutation_words"):
            return False
        greeted = " ".join(words[start + 1 :])
        if greeted and self.recipient_keys:
            self.clusters[self.recipient_keys[0]].add(greeted, None, agentive=False)
        return True

    def _names_a_publication(self, text: str) -> bool:
        """ "the Congressional Record", "H. Doc", "See Foreign Relations": a book or series cited."""
        words = [w.strip(".,") for w in text.lower().split()]
        while words[:1] and words[0] in self.words("citation_verbs"):
            words = words[1:]
        titles = self.words("publication_titles")
        return bool(words) and (words[-1] in self.words("publication_heads") or " ".join(words) in titles)

    def capitalised(self) -> list[Token]:
        """The tokens whose text starts with a capital, in text order: found once, from the parse
        table's texts (most tokens are not, and each token of ``Doc`` is made anew at every visit)."""
        if self._capitalised is None:
            table = parse_table(self.sdoc)
            texts = zip(table.tokens, table.texts, strict=True)
            self._capitalised = [tok for tok, text in texts if text[:1].isupper()]
        return self._capitalised

    def _merge_same_names(self) -> None:
        """Two clusters that carry the same name ("Tosta" from the head line and from the text,
        "President Wilson" and "Wilson") are one actor; the head line's cluster keeps its key."""
        titled_persons(self)
        order = sorted(self.clusters.values(), key=lambda c: (c.role == "other", -len(c.name)))
        for c in order:
            if c.key not in self.clusters:
                continue
            same = self._same_name(c)
            for twin in (t for t in order if t is not c and t.key in self.clusters and same(t)):
                self._absorb(c, twin)
        merge_bare_heads(self)
        self._merge_apposed_titles()

    def _merge_apposed_titles(self) -> None:
        """A title set beside a person's name ("Ernest L. Harris, Consul General"; "Sir Claude Mallet,
        the British Minister") is that person's title, not another actor."""
        table = parse_table(self.sdoc)
        for tok, (_, dep) in zip(table.tokens, table.gates, strict=True):
            if dep != "appos" or tok.i not in self.token_actor or head_of(tok).i not in self.token_actor:
                continue
            pair = [self.clusters.get(self.token_actor[t.i]) for t in (head_of(tok), tok)]
            named = next((c for c in pair if c is not None and not self._titled_only(c)), None)
            title = next((c for c in pair if c is not None and c is not named and self._titled_only(c)), None)
            if named is None or title is None or named.kind != "Person" or title.role != "other":
                continue
            self._absorb(named, title)

    def _titled_only(self, c: Cluster) -> bool:
        """Whether every name of a cluster is a title ("Consul General", "the British Minister")."""
        names = [clean_name(a).lower().split() for a in c.aliases + [c.name]]
        return all(words and (words[0] in self.titles or words[-1] in self.titles) for words in names)

    def _absorb(self, c: Cluster, twin: Cluster) -> None:
        for alias in twin.aliases + [twin.name]:
            c.add(alias, None, twin.agentive)
        c.mentions.extend(m for m in twin.mentions if m not in c.mentions)
        c.place_like = c.place_like and twin.place_like
        del self.clusters[twin.key]
        self.token_actor = {i: c.key if k == twin.key else k for i, k in self.token_actor.items()}

    def _same_name(self, c: Cluster) -> Callable[[Cluster], bool]:
        names = {clean_name(a).lower() for a in c.aliases + [c.name]} - {""}
        surnames = {n.split()[-1] for n in names if not self._ranked(n)} if c.kind == "Person" else set()
        surnames |= {w for w in (n.split()[0] for n in names if " " in n) if self._one_first_name(w)}

        def same(other: Cluster) -> bool:
            if other.role != "other" or other.kind != c.kind:
                return False
            theirs = {clean_name(a).lower() for a in other.aliases + [other.name]} - {""}
            if c.kind == "Person" and len(theirs) == 1 and next(iter(theirs)) in surnames:
                return True  # "Wilson" beside "President Wilson"
            return clean_name(other.name).lower() in names

        return same

    def _ranked(self, name: str) -> bool:
        """ "Vice President", "Under Secretary of State": a rank before the title makes another office,
        whose last word names neither the President nor the Secretary."""
        return any(w in self.words("rank_prefixes") for w in name.split()[:-1])

    def _one_first_name(self, word: str) -> bool:
        """ "Chou" of "Chou En-lai", "Alex" of "Alex Johnson": the first word of one person's name only."""
        names = [clean_name(o.name).lower().split() for o in self.clusters.values() if o.kind == "Person"]
        return word not in self.titles and sum(len(n) > 1 and n[0] == word for n in names) == 1

    # -- merging -----------------------------------------------------------
    def _key_for(self, name: str, kind: str) -> str:
        low = name.lower()
        if kind == "Person" and low.split(" ", 1)[0] in self.words("rank_prefixes"):
            key = slug(low)  # "Under Secretary of State": another office than the Secretary's
            return next((c.key for c in self.clusters.values() if c.key == key), key)
        if kind == "Person":
            surname = [w for w in re.findall(r"[\w’'-]+", name) if w.lower().rstrip(".") not in self.titles]
            lead = re.findall(r"[\w’'-]+", re.split(r"\s(?:of|for)\s", name)[0])  # "Chinese Envoy": an office
            surname = [f"{lead[0]}-{lead[-1]}"] if lead[1:] and lead[0].lower() in self.demonyms else surname
            if surname:
                own = slug(surname[-1])
                for c in self.clusters.values():
                    if c.kind == "Person" and c.key.split("-")[-1] == own:
                        return c.key
                held = own in self.clusters and self.clusters[own].kind != "Person"
                return slug(low) if held else own  # "President of the Conference": not the Conference
        if kind == "Government":
            for prefix in ("the ", "government of ", "the "):  # "the Government of the United States"
                if low.startswith(prefix):
                    low = low[len(prefix) :]
            low = re.sub(r"\s+government$", "", low)
            low = self.demonyms.get(low, self.capitals.get(low, low)).lower()
        key = slug(low)
        for c in self.clusters.values():
            if c.key == key or c.name.lower() == low:
                return c.key
        return key

    def _cluster(self, key: str, name: str, kind: str) -> Cluster:
        if key not in self.clusters:
            self.clusters[key] = Cluster(key=key, name=name, kind=kind)
        c = self.clusters[key]
        if len(name) > len(c.name) and kind == "Person" and c.role == "other":
            c.name = name
        return c

    def _own_government(self) -> str | None:
        """Whose "this/our/my Government" is: the government a demonym in the author's title stands
        for ("the Commercial Adviser of the British Embassy") or the mission of the dateline belongs to
        ("Legation of the Republic of Nicaragua, Washington"); with none named, "this/our Government"
        is the United States, whose officials write most of these documents."""
        countries = {c.lower(): c for c in [*self.demonyms.values(), *self.capitals.values()]}
        for source, named in (
            (self.doc.author_title or self.doc.author or "", {}),
            (self._mission_line(), countries),
        ):
            words = re.findall(r"[\w’'-]+", source.lower())
            for phrase in [" ".join(words[i : i + 2]) for i in range(len(words) - 1)] + words:
                if phrase in self.demonyms or phrase in named:
                    return self.demonyms.get(phrase) or named[phrase]
        return self._titled_state()

    def _titled_state(self) -> str | None:
        """The state whose office the author's title names last ("the Minister for Foreign Affairs of
        Ruritania"), where the text names that state as a government: a foreign author's own."""
        _, of, state = (self.doc.author_title or "").rpartition(" of ")
        state = clean_name(state).lower() if of else ""
        found = (c.name for c in self.clusters.values() if c.kind == "Government" and c.name.lower() == state)
        return next(found, None)

    def _mission_line(self) -> str:
        """The mission a letter is written from, as its dateline names it before the city: "Legation of
        the Republic of Nicaragua, Washington" ("" when the dateline names none)."""
        rest = self.doc.text[self.doc.head.end :].lstrip()
        line = rest.split("\n", 1)[0].split(",", 1)[0]
        first = line.split(" ", 1)[0].lower()
        return line if first in self.words("mission_words") else ""

    # -- filters -----------------------------------------------------------
    def _is_agentive(self, ent: SpacySpan) -> bool:
        return any(self._token_agentive(t) for t in parse_table(self.sdoc).tokens[ent.start : ent.end])

    def _token_agentive(self, tok) -> bool:  # type: ignore[no-untyped-def]
        if place_use(self, tok):
            return False  # "left Zenda", "sailed to Zenda": where, not who
        if tok.dep_ in AGENTIVE_DEPS:
            return True
        if tok.dep_ == "pobj" and head_of(tok).lower_ not in self.words("locative_prepositions"):
            return True
        if tok.dep_ == "pobj" and head_of(tok).lower_ in self.words("source_prepositions"):
            return self._sent_from(head_of(head_of(tok)))
        if tok.dep_ in {"compound", "amod"} and head_of(tok).dep_ in AGENTIVE_DEPS:
            return True
        if tok.dep_ == "conj":
            return self._token_agentive(head_of(tok))
        return False

    def _sent_from(self, head) -> bool:  # type: ignore[no-untyped-def]
        """ "word from Hanoi", "awaiting word from Hanoi", "instructions were sent from Washington": the
        source of a thing, or of a passive sending with no agent named, is who sends it; "he wired from
        Vladivostok" (no thing sent) is a place."""
        if head.pos_ in {"NOUN", "PROPN"}:
            return True
        deps = {c.dep_ for c in children_of(head)}
        return "dobj" in deps or (head.tag_ == "VBN" and "auxpass" in deps and "agent" not in deps)

    def _in_citation(self, offset: int) -> bool:
        """Whether ``offset`` lies in a parenthesis of its line (the outermost) that cites a file or a
        book: one with an archive or citation word ("Box", "Files", "Ibid.", "Vol.", "p.")."""
        text = self.doc.text
        line_start, line_end = text.rfind("\n", 0, offset) + 1, text.find("\n", offset)
        if text.rfind("(", line_start, offset) == -1:
            return False
        opened: list[int] = []
        for paren in PARENTHESES.finditer(text, line_start, offset):
            if paren.group() == "(":
                opened.append(paren.start())
            elif opened:
                opened.pop()
        if not opened:
            return False
        inside = text[opened[0] : line_end if line_end != -1 else len(text)]
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", inside)}
        return bool(words & (self.archive_words | self.words("citation_words")))

    def _keep(self, c: Cluster) -> bool:
        return kept_as_actor(self, c)

    def _in_regions(self, offset: int) -> bool:
        """Whether ``offset`` lies in a part of the text that says something (regions sorted once)."""
        if not self._region_starts:
            self._regions_sorted = sorted((r.start, r.end) for r in self.regions)
            self._region_starts = [start for start, _ in self._regions_sorted]
        i = bisect_right(self._region_starts, offset) - 1
        return any(start <= offset < end for start, end in self._regions_sorted[max(0, i - 1) : i + 1])

    def _abbreviates_a_state(self, text: str) -> bool:
        """ "USG", "U.S.", "HMG", "GVN": initials a state goes by, in capitals."""
        return text.isupper() and text.replace(".", "").lower() in self.words("state_abbreviations")

    def _written_name(self, c: Cluster) -> str:
        """The name a state is given in the text: "GVN" where only "Saigon" and "GVN" are written, not
        "South Vietnam", which the seat of its government stands for."""
        if c.kind != "Government" or c.name in self.doc.text:
            return c.name
        return next((a for a in c.aliases if self._abbreviates_a_state(a)), c.name)

    def _freeze(self, c: Cluster) -> Actor:
        aliases = tuple(dict.fromkeys(a for a in [c.name, *c.aliases] if a))
        mentions = tuple(sorted(c.mentions, key=lambda s: s.start))
        return Actor(
            key=c.key,
            name=self._written_name(c),
            kind=c.kind,
            role=c.role,
            aliases=aliases,
            mentions=mentions,
            confidence=c.confidence,
        )
