"""Number disagreements: sources giving different figures for the same count, sum or rate.

A figure is keyed by what it measures — the noun it counts, prices or rates, with its noun
modifiers ("160 ships", "a $27bn back tax bill", "9.4 pct of the total outstanding common stock",
"pay raises of about 200 pct") — and by its unit. Two figures with one key are about the same
thing only when their sentences share a participant (an actor, a name or a noun of the clause) and
the same happening: a count of what was done ("launched 138 drones") is compared only with the
same deed on the same day. Two sources disagree when none of the figures one gives for the key
agrees with one the other gives (:meth:`~briefgen.nlp.figures.Figure.agrees`: a rounding is no
disagreement, "more than $27bn" is not contradicted by "$27.5bn").
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from briefgen.dates.resolve import resolve
from briefgen.lexicons import load_lexicon
from briefgen.model.citations import Citation, source_ids, unique_citations
from briefgen.model.date import Date
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Document
from briefgen.nlp.figures import CURRENCY_SIGNS, Figure, is_figure_word, read_figure
from briefgen.nlp.labels import ACTOR_LABELS, FIGURE_LABELS
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.conflicts.measured import label_of, measured_noun
from briefgen.sections.story import story_sentences

MIN_COUNT = 10  # "two ships": small counts are told exactly and rarely disputed
MAX_VALUES_PER_SOURCE = 2
MAX_RATIO = 3.0  # "22.3 mln shares outstanding" and "2,180,608 shares" held: a whole and a part, not a dispute  # a source giving more figures for one key is listing different things
PARTICIPANT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "attr", "appos")


@dataclass
class Told:
    """One figure as one sentence of one source states it."""

    figure: Figure
    key: tuple[str, str]  # (what it measures, unit)
    label: str  # what it measures, as the sentence words it ("ships", "back tax bill")
    deed: str  # the verb of what was done to what it counts ("launch"), "" for a state
    deed_word: str  # that verb when it says what was done ("people killed"), else ""
    participants: frozenset[str]
    day: Date | None
    published: object
    citation: Citation
    wording: str
    owner: str = ""  # whose stock a share is of ("15 pct of USAir's shares"), when the sentence says; part of the key


def _figure_span(ent: Span) -> Span:
    """The figure with the scale and unit words the parser left outside the entity ("275" + "pct",
    "22.3" + "mln", "68 billion" + "dlrs")."""
    start, end = ent.start, ent.end
    if start > 0 and ent.doc[start - 1].text in CURRENCY_SIGNS:
        start -= 1  # "$" + "27.5bn"
    while end < len(ent.doc) and end - ent.end < 3 and is_figure_word(ent.doc[end].lower_):
        end += 1
    return ent.doc[start:end]


def _figure_spans(sentence: Span) -> list[Span]:
    """The figures of a sentence: its number entities, and sums the parser did not mark ("a $27bn
    (£14bn) back tax bill", "an additional 84 mln dlrs"), each with its scale and unit words."""
    spans = [ent for ent in sentence.ents if ent.label_ in FIGURE_LABELS]
    covered = {t.i for ent in spans for t in ent}
    for token in sentence:
        if token.i in covered or read_figure(token.text) is None:
            continue
        if token.i > sentence.start and token.doc[token.i - 1].text in CURRENCY_SIGNS:
            spans.append(token.doc[token.i - 1 : token.i + 1])
        elif token.i + 1 < sentence.end and token.pos_ == "NUM" and is_figure_word(token.doc[token.i + 1].lower_):
            spans.append(token.doc[token.i : token.i + 1])  # "an additional 84 mln dlrs in trade sanctions"
    return sorted((_figure_span(s) for s in spans), key=lambda s: s.start)


def _deed(noun: Token) -> Token | None:
    """The verb of what was done, once, to or with the things counted — a simple past ("launched 138
    drones", "hit targets in 11 locations", "were killed") — or None for a state ("about 190 ships
    are strike-bound", "has idled 160 ships", "the roughly 1,000-kilometer front line … has dragged
    on", "owns 9.8 pct"), which sources can state on different days."""
    node = noun
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() in load_lexicon("figure_state_verbs"):
        return None
    past = node.tag_ == "VBD" or (node.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" and c.lemma_ != "have" for c in node.children))
    return node if past else None


def _participants(sentence: Span, index) -> dict[int, str]:
    """Who and what the sentence is about: actors and names, and the nouns of its clauses'
    arguments, keyed by token (a figure's own noun is left out by the caller)."""
    found: dict[int, str] = {}
    for ent in sentence.ents:
        if ent.label_ in FIGURE_LABELS or ent.label_ in ("DATE", "TIME", "ORDINAL"):
            continue
        name = index.resolve(ent.text) if index is not None and ent.label_ in ACTOR_LABELS else None
        found[-ent.start - 1] = (name or ent.text).lower()
        found[ent.root.i] = ent.root.lemma_.lower()  # "seamen" as a name and "seaman" as a noun are one
    for token in sentence:
        if token.pos_ == "NOUN" and token.dep_ in PARTICIPANT_DEPS and token.ent_type_ == "" \
                and read_figure(token.text) is None and not is_figure_word(token.lower_):
            found[token.i] = token.lemma_.lower()
    return found


def _day(sentence: Span, published) -> Date | None:
    """The day the sentence names, if any: figures of two named days are not one fact."""
    for ent in sentence.ents:
        if ent.label_ in ("DATE", "TIME"):
            day = resolve(ent.text, published)
            if day is not None:
                return day
    return None


def figures_told(document: Document, index) -> list[Told]:
    """Every figure of one source's story sentences that measures a noun."""
    found = []
    for sentence in story_sentences(document):
        span = sentence.span
        figures = _figure_spans(span)
        if not figures:
            continue
        named, day = _participants(span, index), _day(span, document.source.published)  # once per sentence
        for ent in figures:
            if ent.start > 0 and ent.doc[ent.start - 1].text == "(" or ent[-1].dep_ == "appos":
                continue  # "$27bn (£14bn)": a conversion, not a second figure
            noun, figure = measured_noun(ent), read_figure(ent.text)
            if noun is None or figure is None or (figure.unit == "count" and figure.value < MIN_COUNT):
                continue
            key, label = label_of(noun)
            if noun.i in range(ent.start, ent.end):
                continue  # the figure's own unit ("16.67 dlrs a barrel", "fixed prices of around 18 dlrs"): it names
                # no thing measured, and two prices of different things are no dispute (outside audit o49)
            owner = ""
            if figure.unit == "percent" and noun.head.dep_ == "prep" and noun.head.head.i in range(ent.start, ent.end):
                label = f"share of {label}"  # "9.4 pct of the total outstanding common stock": a stake in it
                owner = _stock_owner(noun, span, index)
            deed = _deed(noun)
            found.append(Told(figure=figure, key=(f"{key} of {owner}" if owner else key, figure.unit), label=label,
                              deed=deed.lemma_.lower() if deed is not None else "",
                              deed_word=deed.text.lower() if deed is not None and deed.tag_ in ("VBD", "VBN") else "",
                              participants=frozenset(w for i, w in named.items() if i != noun.i), day=day,
                              published=document.source.published, citation=document.cite(sentence),
                              wording=ent.text.removeprefix("the ").removeprefix("a ").removeprefix("an "),
                              owner=owner))
    return found


STOCK_NOUNS = frozenset({"share", "stock", "equity", "stake"})


def _stock_owner(noun: Token, sentence: Span, index) -> str:
    """Whose stock a share is of: the noun's possessor ("15 pct of USAir's shares"), else the company
    the sentence's shares are "of" ("2,180,608 shares of GenCorp, or 9.4 pct of the … stock"), else
    the one that "has" them ("Piedmont has about 23.1 mln common shares …, representing 40.2 pct of
    the outstanding shares"); "" when the sentence does not say."""
    def name(token: Token) -> str:
        ent = next((e for e in sentence.ents if e.start <= token.i < e.end), None)
        text = ent.text if ent is not None else token.text
        return ((index.resolve(text) if index is not None else None) or text).lower()
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        return name(owner)
    stocks = [t for t in sentence if t.lemma_.lower() in STOCK_NOUNS]
    of = next((o for t in stocks for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
               for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if of is not None:
        return name(of)
    haver = next((c for t in stocks if t.dep_ == "dobj" and t.head.lemma_ == "have"
                  for c in t.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    return name(haver) if haver is not None else ""


def _comparable(a: Told, b: Told) -> bool:
    """Whether two figures can be about one thing: a shared participant — or, for a state, a
    measured thing named by a compound of its own ("a 275 pct pay increase", "pay raises of about
    200 pct": the strikers' and the seamen's are one demand) — the same deed, and for a deed the
    same day (told on one day, or both dated and overlapping)."""
    named_alike = not a.deed and not b.deed and len(a.key[0].split()) > 1
    if not (a.participants & b.participants or named_alike) or a.deed != b.deed:
        return False
    low, high = sorted((abs(a.figure.value), abs(b.figure.value)))
    if low == 0 or high / low > MAX_RATIO:
        return False
    if a.day is not None and b.day is not None:
        return a.day.start <= b.day.end and b.day.start <= a.day.end
    return not a.deed or a.published == b.published


def number_conflicts(documents: list[Document], index=None) -> list[Conflict]:
    """Figures for one thing that two sources give and that do not agree."""
    groups: dict[tuple, list[Told]] = {}
    for document in documents:
        for told in figures_told(document, index):
            groups.setdefault(told.key, []).append(told)
    conflicts = []
    for key, group in sorted(groups.items()):
        by_source: dict[str, list[Told]] = {}
        for told in group:
            by_source.setdefault(told.citation.source, []).append(told)
        limit = 1 if group[0].owner else MAX_VALUES_PER_SOURCE  # two shares of one company's stock in one
        # source are two portions ("the new shares it has an option to buy represent 18.5 pct of Piedmont's …
        # shares", "the tender of at least 9,309,394 shares, representing 40.2 pct"), not one disputed
        if any(len({t.figure.value for t in tells}) > limit for tells in by_source.values()):
            continue  # "138 drones, 110 of which were shot down": several counts, not one disputed
        involved: dict[int, Told] = {}
        sources = sorted(by_source)
        for i, first in enumerate(sources):
            for second in sources[i + 1:]:
                pairs = [(a, b) for a in by_source[first] for b in by_source[second] if _comparable(a, b)]
                if pairs and not any(a.figure.agrees(b.figure) for a, b in pairs):
                    for a, b in pairs:
                        involved[id(a)], involved[id(b)] = a, b
        if involved:
            conflicts.append(_conflict(list(involved.values())))
    return conflicts


def _as_written(words: str, quote: str) -> str | None:
    """``words`` as the sentence writes them ("gencorp" -> "GenCorp"), or None when it does not."""
    at = quote.lower().find(words.lower())
    return quote[at:at + len(words)] if at >= 0 else None


def _conflict(tells: list[Told]) -> Conflict:
    """One conflict: a claim per figure and sentence, headed by what is disputed and who says what."""
    by_claim: dict[tuple, list[Told]] = {}
    for told in sorted(tells, key=lambda t: (t.figure.value, t.citation.source, t.citation.sentence)):
        by_claim.setdefault((told.figure.value, told.citation.quote), []).append(told)
    claims = [Claim(text=f"{same[0].wording}: {quote}", citations=unique_citations(t.citation for t in same))
              for (_, quote), same in by_claim.items()]
    by_value: dict[float, list[Told]] = {}
    for told in tells:
        by_value.setdefault(told.figure.value, []).append(told)
    said = [f"{same[0].wording} ({', '.join(source_ids([t.citation for t in same]))})"
            for _, same in sorted(by_value.items())]
    first = min(tells, key=lambda t: (t.citation.source, t.citation.sentence))
    label = f"{first.label} {first.deed_word}".strip()  # "people killed", "ships"
    # the heading says what is disputed in plain words (timeline audit t2: a bare "ships: 160 (S1) …" did not)
    what = f"How many {label}" if first.figure.unit == "count" else label.capitalize() \
        if label.startswith("share of") else f"Size of the {label}"
    owner = _as_written(first.owner, first.citation.quote) if first.owner else None
    if owner and owner.lower() not in what.lower():  # whose stock: "Share of total outstanding common stock of
        what = f"{what} of {owner}"  # GenCorp" (timeline audit t4, conflicts-06: the heading said not whose)
    about = f"{what}: {', '.join(said[:-1])} or {said[-1]}"
    return make_conflict(about, "number", claims, about)
