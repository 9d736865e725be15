"""A learned sentence detector for what the rules miss: the one trained component of the extractor.

The rules find items by construction; in documents nobody tuned them on they miss about half the
instructions and stances (the held-out samples in the README). For every spoken sentence where the rules
found no item of a kind, a logistic regression per kind (``trained/detector.json``, made by ``kg train``
from the annotated gold, cross-validated by document in ``bench/detector_cv.py``) reads the sentence's
parse, its words' classes in the lexicon and which other kinds the rules found there, and where its
probability reaches the kind's threshold the sentence becomes an item. Its roles come from the parse
the rules also read: the voice that speaks, the sentence's subject and objects, its negation.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path

from spacy.tokens import Span as SpacySpan

from ..documents import Span
from .context import Context
from .lexicon import Lexicon, load_lexicon
from .tokens import children_of, parse_table

KINDS = ("instructions", "decisions", "options")
MODEL_PATH = Path(__file__).with_name("trained") / "detector.json"
#: Words whose lemma is a feature of their own; the other parts of speech count by their classes only.
WORD_POS = frozenset({"VERB", "AUX", "ADJ", "NOUN", "ADV", "PRON", "SCONJ"})
ROOT_ARGUMENTS = frozenset({"dobj", "xcomp", "ccomp", "acomp", "attr"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
MIN_TOKENS = 3


@dataclass(frozen=True)
class KindModel:
    """One kind's logistic regression: the sentence is an item where the probability reaches ``threshold``."""

    intercept: float
    weights: dict[str, float]
    threshold: float

    def probability(self, features: list[str]) -> float:
        score = self.intercept + sum(map(self.weights.get, features, repeat(0.0, len(features))))
        return 1.0 / (1.0 + math.exp(-score))


@dataclass(frozen=True)
class Detector:
    """The per-kind models."""

    kinds: dict[str, KindModel]
    about: str = ""
    #: who holds a detected stance (``detected_roles``); None: the rules' reading
    decider: KindModel | None = None

    @property
    def active(self) -> list[str]:
        """The kinds whose threshold some probability can reach (a kind cross-validation left off is not
        read at all)."""
        return [kind for kind in KINDS if kind in self.kinds and self.kinds[kind].threshold <= 1.0]

    @staticmethod
    def from_json(data: dict[str, object]) -> Detector:
        def model(raw: object) -> KindModel:
            assert isinstance(raw, dict)
            return KindModel(float(raw["intercept"]), dict(raw["weights"]), float(raw.get("threshold", 0.5)))

        kinds, roles = data["kinds"], data.get("roles", {})
        assert isinstance(kinds, dict) and isinstance(roles, dict)
        on = {name: model(raw) for name, raw in roles.items() if raw.get("on")}
        return Detector(
            {k: model(v) for k, v in kinds.items()},
            str(data.get("about", "")),
            on.get("decider"),
        )


@cache
def load_detector(path: Path = MODEL_PATH) -> Detector | None:
    """The shipped detector; None where no trained file is there (the rules then work alone)."""
    if not path.exists():
        return None
    return Detector.from_json(json.loads(path.read_text(encoding="utf-8")))


@cache
def word_classes() -> dict[str, tuple[str, ...]]:
    """word -> the lexicon's one-word cue lists that hold it, and its valence (VADER): classes of words
    generalise where the words of a few documents would not."""
    return _classes(load_lexicon())


def _classes(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for name, entries in lex.cues.items():
        if isinstance(entries, list):
            for entry in entries:
                if isinstance(entry, str) and " " not in entry:
                    found.setdefault(entry.lower(), []).append(name)
    for polarity in ("positive", "negative"):
        for word in lex.evaluation[polarity]:
            found.setdefault(word, []).append(f"valence_{polarity}")
    return {word: tuple(dict.fromkeys(names)) for word, names in found.items()}


def sentence_features(sent: SpacySpan, found: Iterable[str] = ()) -> list[str]:
    """What the models read of a sentence: its root, the root's subject and arguments, its first word,
    its length, every word's class (and the lemma of content words), modals, negation, entities, a
    question mark, and the kinds the rules ``found`` in it."""
    table = parse_table(sent.doc)
    lemmas, lowers, gates, tags, ents = (
        table.lemmas,
        table.lowers,
        table.gates,
        table.tags,
        table.entity_types,
    )
    classes = word_classes()
    root = sent.root
    r = root.i
    f = {f"root={lemmas[r]}", f"root_tag={tags[r]}", *(f"root_cls={c}" for c in classes.get(lemmas[r], ()))}
    subject = next((c for c in children_of(root) if gates[c.i][1] in SUBJECTS), None)
    if subject is None:
        f.add("no_subj")
    else:
        s = subject.i
        f.add(f"subj={lemmas[s]}" if gates[s][0] == "PRON" else f"subj={gates[s][0]}:{ents[s]}")
        f.update(f"subj_cls={c}" for c in classes.get(lemmas[s], ()))
    for child in children_of(root):
        c, dep = child.i, gates[child.i][1]
        f.add(f"child={dep}")
        if tags[c] == "MD":
            f.add(f"root_md={lemmas[c]}")
        if dep in ROOT_ARGUMENTS:
            f.add(f"{dep}={lemmas[c]}")
            f.update(f"{dep}_cls={k}" for k in classes.get(lemmas[c], ()))
    first = sent.start
    f |= {f"first={lemmas[first]}", f"first_pos={gates[first][0]}", f"len={min(len(sent) // 8, 8)}"}
    for i in range(sent.start, sent.end):
        key = (lemmas[i], lowers[i], gates[i], tags[i], ents[i])
        found_here = _WORDS.get(key)
        if found_here is None:
            if len(_WORDS) > MAX_WORDS:
                _WORDS.clear()
            found_here = _WORDS[key] = _word_features(*key, classes)
        f.update(found_here)
    texts, space = table.texts, table.space
    last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if not space[i]), sent.start)
    if texts[last] == "?":
        f.add("question")
    f.update(f"has={kind}" for kind in found)
    return sorted(f)


#: A word's features depend on its lemma, text, part of speech, label, tag and entity type alone: worked
#: out once per distinct combination (the corpus has some hundred thousand), not at every token.
_WORDS: dict[tuple[str, str, tuple[str, str], str, str], tuple[str, ...]] = {}
MAX_WORDS = 200_000


def _word_features(
    lemma: str, lower: str, gate: tuple[str, str], tag: str, ent: str, classes: dict[str, tuple[str, ...]]
) -> tuple[str, ...]:
    out = [f"cls={c}" for c in (*classes.get(lemma, ()), *classes.get(lower, ()))]
    if gate[0] in WORD_POS and lower.isalpha():
        out.append(f"w={lemma}")
    if tag == "MD":
        out.append(f"md={lemma}")
    if gate[1] == "neg":
        out.append("neg")
    if ent:
        out.append(f"ent={ent}")
    return tuple(out)


def candidate_sentences(ctx: Context) -> list[SpacySpan]:
    """The sentences a detector reads: spoken (inside the text's regions, a voice speaking), of a few
    words at least."""
    sents = parse_table(ctx.sdoc).sentences[0]
    return [s for s in sents if len(s) >= MIN_TOKENS and ctx.voice(s.root) is not None]


def detections(
    ctx: Context, detector: Detector, spans: dict[str, list[Span]]
) -> list[tuple[SpacySpan, str, float]]:
    """(sentence, kind, probability) for each candidate sentence and each kind the rules found nothing of
    there, where the kind's model reaches its threshold; in text order."""
    out = []
    active = detector.active
    for sent, found in sentences_found(ctx, spans):
        missing = [k for k in active if k not in found]
        if not missing:
            continue
        features = sentence_features(sent, found)
        for kind in missing:
            model = detector.kinds[kind]
            p = model.probability(features)
            if p >= model.threshold:
                out.append((sent, kind, p))
    return out


def sentences_found(ctx: Context, spans: dict[str, list[Span]]) -> list[tuple[SpacySpan, set[str]]]:
    """Each candidate sentence with the kinds whose items (``spans``, by kind) overlap it."""
    touched = sentences_touched(ctx, spans)
    index = parse_table(ctx.sdoc).sentences[1]
    return [
        (sent, {kind for kind, numbers in touched.items() if index[sent.start] in numbers})
        for sent in candidate_sentences(ctx)
    ]


def sentences_touched(ctx: Context, spans: dict[str, list[Span]]) -> dict[str, set[int]]:
    """By kind, the numbers of the sentences some item's evidence overlaps."""
    table = parse_table(ctx.sdoc)
    offsets, index = table.offsets, table.sentences[1]
    touched: dict[str, set[int]] = {}
    for kind, found in spans.items():
        numbers = touched.setdefault(kind, set())
        for span in found:
            first = max(bisect_right(offsets, span.start) - 1, 0)
            last = max(bisect_left(offsets, span.end) - 1, first)
            numbers.update(index[first : last + 1])
    return touched
