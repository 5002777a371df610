"""Disagreements the sources state themselves.

* **contradiction** — a statement the source says goes against a claim: "some EEA User Data had in
  fact been stored on servers in China, contrary to TikTok's evidence given to the inquiry",
  "…, contradicting the company's earlier statements", "at odds with", "inconsistent with". The
  word must govern a claim noun (``denial_claim_nouns``, ``contradiction_claim_nouns``): "contrary
  to expectations" or "inconsistent with the law" is no one's claim. The same statement told by
  several sources is one item. A sentence the denial rule reads (another party's claim said to be
  false: "Contrary to some reports, the service never launched …" after a denial verb) is left to it.
* **contrast** — two accounts set against each other: a sentence opening "By contrast," or "In
  contrast," whose verb is a saying with a named speaker, after a sentence of the same source that
  reports another speaker's words about something both name ("Krasnodar officials said drone
  fragments fell on two industrial plants …" / "By contrast, Ukraine's general staff said an oil
  refinery in the Krasnodar region was targeted …"). A contrast of facts with no one speaking
  ("By contrast, exports rose") is no disagreement of sources. A concession does the same in one
  sentence: "Even though the Petrobras statement said the seamen's strike was over, a union spokesman
  said only two small shipping companies had reached a pay agreement" (two speakers' sayings, the
  first under "although", "though", "while" or "whereas").
* **positions** — two speakers' positions one sentence joins by "but", one of them insisted, argued
  or maintained (:func:`opposed_contrasts`).
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.model.items import Claim, Conflict
from briefgen.nlp.document import Sentence
from briefgen.nlp.labels import ACTOR_LABELS, PLACE_LABELS
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.conflicts.denial_cues import denial_cue
from briefgen.sections.context import Context
from briefgen.sections.story import story_sentences

MAX_WORDS = 16  # a heading quotes the statement up to this many words
SAME_STATEMENT = 0.5  # share of the shorter statement's content words two tellings must share
LOOK_BACK = 2  # "By contrast" answers an account at most this many sentences before

#: Words that set a statement against a claim, and the preposition that joins the claim.
AGAINST_WORDS = {"contrary": ("to",), "counter": ("to",), "inconsistent": ("with",), "odds": ("with",),
                 "contradiction": ("with", "to")}


def _claim_nouns() -> set[str]:
    return load_lexicon("denial_claim_nouns") | load_lexicon("contradiction_claim_nouns")


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in (token, *token.ancestors)[:3] for c in c.children)


def _claim_against(token: Token) -> Token | None:
    """The claim noun a contradicting word sets its statement against, or None."""
    nouns = _claim_nouns()
    if token.pos_ == "VERB" and token.lemma_.lower() in ("contradict", "belie"):
        claim = next((c for c in token.children if c.dep_ == "dobj"), None)
    elif token.lower_ in AGAINST_WORDS:
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in AGAINST_WORDS[token.lower_]), None)
        claim = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    else:
        return None
    return claim if claim is not None and claim.lemma_.lower() in nouns and not _negated(token) else None


def _words(tokens) -> str:
    """The words from the first to the last token as written, without opening marks or closing
    punctuation, cut to ``MAX_WORDS``."""
    tokens = sorted((t for t in tokens if not t.is_space), key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("mark", "cc")):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return ""
    words = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text.split()
    return " ".join(words[:MAX_WORDS]) + (" …" if len(words) > MAX_WORDS else "")


def _statement(cue: Token) -> list[Token]:
    """The clause the cue speaks of, without the cue's own words ("some EEA user data had been
    stored on servers in China")."""
    verb = cue.head if cue.dep_ != "ROOT" else cue
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    skip = {t.i for t in cue.subtree}
    return [t for t in verb.subtree if t.i not in skip]


def _content(tokens) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "NUM") and not t.is_stop}


def contradiction_conflicts(context: Context, used: set[tuple[str, int]]) -> list[Conflict]:
    """Statements the sources say go against a claim, one item per statement, citing every telling."""
    found: list[tuple[set[str], str, str, list[Claim]]] = []
    for document in context.documents:
        for sentence in story_sentences(document):
            if (document.source.id, sentence.index) in used or denial_cue(sentence.span) is not None:
                continue
            cue = next((t for t in sentence.span if _claim_against(t) is not None), None)
            if cue is None:
                continue
            claim = _claim_against(cue)
            stated = _statement(cue)
            if len(_content(stated)) < 2:
                continue
            told = Claim(text=sentence.text, citations=[document.cite(sentence)])
            content = _content(stated)
            group = next((g for g in found if len(g[0] & content) >= SAME_STATEMENT * min(len(g[0]), len(content))), None)
            if group is None:
                found.append((content, _words(stated), [claim], [told]))
            else:
                group[2].append(claim)
                group[3].append(told)
    conflicts = []
    for _, stated, against, claims in found:
        # whose claim: the telling that names its owner ("TikTok's evidence"), not "the company's"
        named = next((c for c in against if any(o.dep_ == "poss" and o.pos_ == "PROPN" for o in c.children)), against[0])
        about = f"{stated[:1].upper()}{stated[1:]} — contrary to {_words(list(named.subtree))}"
        conflicts.append(make_conflict(about, "contradiction", claims, about))  # (each claim cites its source)
    return conflicts


def _contrast_opening(sentence: Sentence) -> bool:
    words = [t.lower_ for t in sentence.span[:3]]
    return words[:2] in (["by", "contrast"], ["in", "contrast"]) and words[2:] == [","]


def _saying(verb: Token, verbs: frozenset[str] | None = None) -> Token | None:
    """The named subject of a saying verb (of ``verbs``, by default ``ask_speech_verbs``) that reports a
    clause ("a union spokesman said only …"), or None."""
    if verb.lemma_.lower() not in (verbs or load_lexicon("ask_speech_verbs")) \
            or not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None


def _speaker(sentence: Sentence) -> Token | None:
    """The named subject of the sentence's saying verb, when it opens reported speech."""
    return _saying(sentence.span.root)


def _speaker_words(speaker: Token) -> str:
    return speaker.doc[speaker.left_edge.i : speaker.i + 1].text


#: A side's account in a contrast's heading is cut to this many words.
ACCOUNT_WORDS = 10


def _said(verb: Token, stop: int | None = None) -> str:
    """What a saying verb reports, as written, without its "that", cut short ("drone fragments fell on two
    industrial plants …"), and before token ``stop`` when given (the "but" that brings in another speaker)."""
    said = next(c for c in verb.children if c.dep_ == "ccomp")
    words = _words([t for t in said.subtree if (t.dep_ != "mark" or t.head.i != said.i)
                    and (stop is None or t.i < stop)]).removesuffix(" …").split()
    return " ".join(words[:ACCOUNT_WORDS]) + (" …" if len(words) > ACCOUNT_WORDS else "")


def _named(sentence: Sentence) -> set[str]:
    return {e.text.lower() for e in sentence.span.ents if e.label_ in ACTOR_LABELS | {"LOC", "FAC"}}


def contrast_conflicts(context: Context) -> list[Conflict]:
    """Two speakers' accounts that a source sets against each other with "By contrast"."""
    conflicts = []
    for document in context.documents:
        sentences = story_sentences(document)
        for n, sentence in enumerate(sentences):
            second = _speaker(sentence) if _contrast_opening(sentence) else None
            if second is None:
                continue
            # the account set against is the nearest one of a named speaker just before ("Krasnodar
            # officials said …. One person was injured, they said. By contrast, …")
            near = [s for s in reversed(sentences[max(0, n - LOOK_BACK):n]) if s.index >= sentence.index - LOOK_BACK]
            before = next((s for s in near if _speaker(s) is not None), None)
            if before is None:
                continue
            first = _speaker(before)
            shared = sorted(_named(before) & _named(sentence))
            if _speaker_words(first).lower() == _speaker_words(second).lower() or not shared:
                continue
            claims = [Claim(text=s.text, citations=[document.cite(s)]) for s in (before, sentence)]
            sid = document.source.id
            names = [shared_name(before, n) for n in shared]
            places = all(any(e.label_ in PLACE_LABELS for s in (before, sentence) for e in s.span.ents
                             if e.text.lower() == n) for n in shared)  # ("Krasnodar officials", "the Krasnodar region")
            disputed = f"What happened in {' and '.join(names)}" if places else f"Accounts of {' and '.join(names)}"
            about = (f"{disputed}: {_said(before.span.root)} ({_speaker_words(first)}, {sid}) or {_said(sentence.span.root)} "
                     f"({_speaker_words(second)}, {sid})")  # (in plain words, not "Accounts differ (Krasnodar)":
            # conflicts audit s23; each side's account, not only its speaker: audit s25, conflicts-11)
            conflicts.append(make_conflict(about, "contrast", claims, about))
    return conflicts


CONCESSIVE_MARKS = frozenset({"although", "though", "while", "whereas"})  # ("even though": "though")


def conceded_contrasts(context: Context) -> list[Conflict]:
    """Two speakers' sayings one sentence sets against each other by a concession ("Even though the
    Petrobras statement said the seamen's strike was over, a union spokesman said …")."""
    conflicts = []
    for document in context.documents:
        for sentence in story_sentences(document):
            root = sentence.span.root
            second = _saying(root)
            conceded = next((c for c in root.children if c.dep_ == "advcl" and c.i < root.i and any(
                m.dep_ == "mark" and m.lower_ in CONCESSIVE_MARKS for m in c.children)), None)
            first = _saying(conceded) if second is not None and conceded is not None else None
            if first is None or _speaker_words(first).lower() == _speaker_words(second).lower():
                continue
            conflicts.append(one_sentence_contrast("Two accounts", (_said(conceded), first), (_said(root), second),
                                                   document, sentence))
    return conflicts


def one_sentence_contrast(kind: str, one: tuple[str, Token], other: tuple[str, Token], document,
                          sentence: Sentence) -> Conflict:
    """A contrast one sentence states: each side's words with its speaker, the sentence cited once."""
    sid = document.source.id
    about = (f"{kind}: {one[0]} ({_speaker_words(one[1])}, {sid}) or {other[0]} "
             f"({_speaker_words(other[1])}, {sid})")
    return make_conflict(about, "contrast", [Claim(text=sentence.text, citations=[document.cite(sentence)])], about)


def shared_name(sentence: Sentence, lowered: str) -> str:
    """A shared name as the sentence writes it."""
    return next(e.text for e in sentence.span.ents if e.text.lower() == lowered)


def _after_but(verb: Token) -> bool:
    """The conjunct is joined by "but": its own, or its head's just before it (the parser may hang the
    second saying on the first one's reported clause)."""
    return any(c.dep_ == "cc" and c.lower_ == "but" and (c.head.i == verb.i or c.i < verb.i)
               for c in [*verb.children, *verb.head.children])


def opposed_contrasts(context: Context) -> list[Conflict]:
    """Two speakers' positions one sentence sets against each other with "but", one of them a verb of
    holding a position (``conflict_position_verbs``): "Yukos has always insisted the auction was
    state-sponsored theft but Russian authorities argued they were imposing the law …" (BBC News,
    December 2004). Two plain reports so joined ("X said …, but Y said …") often tell two facts, and
    are no dispute."""
    positions = load_lexicon("conflict_position_verbs")
    verbs = load_lexicon("ask_speech_verbs") | positions
    conflicts = []
    for document in context.documents:
        for sentence in story_sentences(document):
            root = sentence.span.root
            first = _saying(root, verbs)
            if first is None:
                continue
            for verb in sentence.span:
                if verb.dep_ != "conj" or verb.i <= root.i or not _after_but(verb):
                    continue
                second = _saying(verb, verbs)
                if second is None or _speaker_words(first).lower() == _speaker_words(second).lower() \
                        or not {root.lemma_.lower(), verb.lemma_.lower()} & positions:
                    continue
                stop = min([verb.left_edge.i, *(c.i for c in verb.head.children if c.dep_ == "cc" and c.i < verb.i)])
                conflicts.append(one_sentence_contrast("Two positions", (_said(root, stop), first),
                                                       (_said(verb), second), document, sentence))
                break
    return conflicts
