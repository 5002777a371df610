"""What a figure measures: the noun it counts, prices or rates ("160 ships", "a $27bn back tax bill",
"9.4 pct of the … stock"), read through the words that say it by another noun ("the value of the
offer", "the total cost of the takeover at 2.5 billion dlrs"), and the key by which two sources'
figures for one thing are compared (``figure_same_nouns``: "takeover bid" and "tender offer" are
both an offer)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from briefgen.lexicons import load_groups
from briefgen.nlp.figures import is_figure_word, read_figure
from briefgen.nlp.syntax import prep_object


def measured_noun(ent: Span) -> Token | None:
    """The noun a figure counts, prices or rates: '160 ships', 'a $27bn bill', 'a tariff of 25%',
    '9.4 pct of the … stock', '$27.5bn in unpaid taxes'."""
    noun = _counted_noun(ent)
    if noun is not None and noun.lemma_.lower() in VALUE_NOUNS:  # "the value of the offer", "the cost of the
        valued = prep_object(noun, {"of"})  # takeover": what is valued
        return valued if valued is not None and valued.pos_ == "NOUN" else noun
    return noun


#: Nouns of what something is worth: a figure of "the value of the offer" is the offer's.
VALUE_NOUNS = {"value", "cost", "worth", "size", "price", "total"}


def _is_sum(ent: Span) -> bool:
    """A sum of money (or another measure), not a count or a rate: "2.5 billion dlrs"."""
    figure = read_figure(ent.text)
    return figure is not None and figure.unit not in ("count", "percent")


def _counted_noun(ent: Span) -> Token | None:
    root = ent[-1] if ent[-1].i != ent.root.i and ent[-1].head.i not in range(ent.start, ent.end) else ent.root
    if root.dep_ in ("nummod", "compound", "amod", "quantmod", "npadvmod", "nmod") and root.head.pos_ == "NOUN" \
            and root.head.i >= ent.end:
        return root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "at" and root.head.head.pos_ == "NOUN" and _is_sum(ent):
        return root.head.head  # "estimated the total cost of the takeover at 2.5 billion dlrs"
    said = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if said is not None and root.dep_ in ("ccomp", "xcomp", "oprd") and _is_sum(ent):
        return said  # "making the value of the offer about 2.23 billion dlrs": what the sum is
    for prep in (c for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if noun is not None and (prep.lower_ == "of" or _is_sum(ent)):
            return noun
    return None


def label_of(noun: Token) -> tuple[str, str]:
    """The key and the words of what a figure measures: the noun with its noun modifiers."""
    modifiers = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < noun.i
                 and not is_figure_word(c.lower_)]  # "a 275 pct pay increase": "pct" is the figure's
    words = [load_groups("figure_same_nouns").get(w, w) for w in [m.lemma_.lower() for m in modifiers] + [noun.lemma_.lower()]]
    key = " ".join(dict.fromkeys(words))  # "takeover bid" and "tender offer" are both an offer
    shown = [c for c in noun.children if c.i < noun.i and (c in modifiers or c.dep_ == "amod" and c.pos_ == "ADJ")
             and not is_figure_word(c.lower_) and read_figure(c.text) is None]
    words = " ".join([m.text for m in shown] + [noun.text])  # "front line", "back tax bill"
    return key, words.lower()
