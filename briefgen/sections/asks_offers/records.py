"""Records of the asks-and-offers section: every frame of one sentence with its party and
counterparty resolved to actors, its status, and its line cut from the source, before sources
are merged.

Status: ``withdrawn`` (the party withdrew it), ``conditional`` (the clause states a condition),
``reported`` (someone other than the party says it: ``reported_by``), ``expected`` (a forecast:
"is expected to propose"), else ``stated``.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.syntax import conjuncts, is_conditional, is_passive, prep_object
from briefgen.sections.asks_offers.clause import (clause_tokens, condition_range, reverses, span_text, subtree_range,
                                                 with_concession, with_contrast, with_quote_closed)
from briefgen.sections.asks_offers.collectives import as_written, audience, description_kinds, is_named_collective, named_entity
from briefgen.sections.asks_offers.exchange import own_offer_before
from briefgen.sections.asks_offers.frame import Frame, pressed_in_same_breath
from briefgen.sections.asks_offers.frames import frames_of
from briefgen.sections.asks_offers.hedges import Hedge, hedge_of
from briefgen.sections.asks_offers.quotes import quote_speaker
from briefgen.sections.asks_offers.record import Record
from briefgen.sections.asks_offers.resolve import Resolver
from briefgen.sections.asks_offers.screens import is_blocked, is_question
from briefgen.sections.asks_offers.speakers import is_court
from briefgen.sections.asks_offers.triggers import future_aux
from briefgen.sections.asks_offers.voices import elliptical, spokesperson_of
from briefgen.sections.story import is_headline

#: Parts of speech whose lemmas say what an ask is about, for telling two asks apart.
CONTENT_POS = ("NOUN", "PROPN", "NUM", "VERB", "ADJ")
#: Pronouns a line must not open with: it would not say who.
OBJECT_PRONOUNS = ("us", "them", "him", "her", "me")
#: Words opening a contrast the line must keep when it follows.
#: Words that make an ask a forecast ("Tokyo is expected to propose", "is set to propose").
EXPECTED = ("expect", "likely", "set", "due", "poise")
#: How many words back a line reaches for a subject its clause inherits ("X met Y, pledging to …").
SUBJECT_REACH = 40


def records_of(document: Document, sentence: Sentence, resolver: Resolver,
               earlier: list[Record] = ()) -> list[Record]:
    """Every ask, offer, demand, pledge, refusal and threat one sentence states; ``earlier`` are
    the records of the sentences before it in the same source (what "the offer" refers to)."""
    if is_question(sentence) or is_headline(sentence):
        return []
    found: list[Record] = []
    used: set[int] = set()
    for frame in frames_of(sentence.span):
        own_party = (frame.trigger.pos_ == "NOUN" and frame.head == frame.trigger) or frame.trigger.dep_ == "relcl" \
            or (frame.trigger.dep_ == "acl" and any(p.dep_ == "poss" for p in frame.party))
        if frame.trigger.i in used and not own_party:
            continue  # "urged shareholders to reject": the rejection is what is asked, not a refusal;
            # but "its request that …" and "a raise, which the seamen rejected" state their own party
        if is_conditional(frame.head) or is_blocked(frame):
            continue
        records = records_of_frame(frame, document, sentence, resolver, earlier)
        if records:
            used.update(t.i for item in frame.items for t in item.subtree)
            found.extend(records)
    withdrawn = {(r.kind, r.party): r for r in found if r.status == "withdrawn"}
    # "offered to acquire X … but withdrew the offer": one item, withdrawn, to whom it was made
    for r in found:
        gone = withdrawn.get((r.kind, r.party))
        if gone is not None and r is not gone:
            # what was offered is the offer's, not the withdrawal's ("… when higher bids emerged")
            gone.counterparty = gone.counterparty or r.counterparty
            gone.items = r.items
    return [r for r in found if r.status == "withdrawn" or (r.kind, r.party) not in withdrawn]


def speaker_range(hedge: Hedge) -> tuple[int, int] | None:
    """The tokens naming who reports a clause and their verb ("Gencorp said", "according to X")."""
    if hedge.prefix:
        return subtree_range(hedge.verb)
    if hedge.speaker is None:
        return None
    first, last = subtree_range(hedge.speaker)
    return min(first, hedge.verb.i), max(last, hedge.verb.i)


def is_expletive(frame: Frame) -> bool:
    """The frame's subject is an empty "it" ("it's fair to ask Alibaba to pay"): the ask is the
    speaker's."""
    if len(frame.party) != 1 or frame.party[0].lower_ != "it":
        return False
    head = frame.party[0].head
    return any(c.dep_ in ("acomp", "attr") and c.pos_ == "ADJ" for c in head.children)


def records_of_frame(frame: Frame, document: Document, sentence: Sentence, resolver: Resolver,
                     earlier: list[Record] = ()) -> list[Record]:
    """The record one frame gives (a list: empty when its party cannot be named)."""
    if is_expletive(frame):
        frame.by_speaker = True
    clause = frame.head
    while (clause.pos_ not in ("VERB", "AUX") or clause.dep_ == "acl") and clause.head.i != clause.i:
        clause = clause.head  # "Brazil's refusal … torpedoed talks, the delegates noted": the noun's verb
    hedge = hedge_of(clause, frame.party)
    if hedge is not None and hedge.label == "negated":
        return []  # "did not say it would …"
    speaker = resolver.actor(hedge.speaker, document, sentence) if hedge is not None and hedge.speaker is not None \
        else None
    if hedge is not None and hedge.speaker is not None and hedge.speaker.pos_ == "PRON" and speaker is None \
            and not frame.by_speaker:
        return []  # "…, she added": who reports it is not known
    extra: list[Sentence] = []
    quoted = quote_speaker(document, sentence, resolver) if hedge is None else None
    if quoted is not None:
        speaker, home = quoted  # "… said: "… Mr Kenteris should now be given …"": still them speaking
        hedge = Hedge(frame.head, "according to", "said", None, speaker)
        extra.append(home)
    if frame.refers_back:
        before = next((r for r in reversed(earlier) if r.kind == frame.kind and r.document is document), None)
        if before is None:
            return []
        parties = [before.party]
        extra += [s for s in (document.sentences[c.sentence] for c in before.citations) if s != sentence]
    elif frame.by_speaker:
        parties = by_speaker_parties(frame, hedge, speaker, document, sentence, resolver)
    else:
        parties, leaned_on = resolve_parties(frame.party, document, sentence, resolver)
        extra += leaned_on
    if not parties:
        return []
    kind = frame.kind
    counterparty = None
    if frame.counterparty is not None:  # "urged Washington and Moscow": both are asked
        parts = [t for t in conjuncts(frame.counterparty) if t.dep_ != "cc"]
        whole = resolver.name(frame.head.doc[frame.counterparty.left_edge.i : parts[-1].right_edge.i + 1].text) \
            if len(parts) > 1 and all(t.pos_ == "PROPN" for t in parts) else None
        names = [whole] if whole else list(dict.fromkeys(n for n in (resolver.actor(t, document, sentence)
                                                                     for t in parts) if n))
        # "Harper and Row" is one company when the index knows the whole name
        joiner = " or " if any(c.dep_ == "cc" and c.lower_ == "or" for t in parts for c in t.children) else " and "
        counterparty = joiner.join(names) if names else named_entity(frame.counterparty) or audience(frame.counterparty) \
            or as_written(frame.counterparty)  # "asked the Houston court to order …": a body kept as written
        if frame.counterparty.ent_type_ == "NORP" and frame.counterparty.tag_ in ("NNPS", "NNS"):
            counterparty = frame.counterparty.text  # "encouraged Ugandans to …": the people, not their state
    if frame.by_speaker and frame.kind == "demand" and frame.counterparty is not None and counterparty is None \
            and frame.counterparty.pos_ == "PRON" and frame.counterparty.lower_ not in ("we", "us") \
            and frame.counterparty.dep_ != "expl":
        return []  # "It must be felt now": of whom, the line cannot say
    if frame.by_speaker and kind == "demand" and counterparty is not None and resolver.phrase(frame.counterparty) is None \
            and frame.counterparty.pos_ != "PRON" and not is_named_collective(frame.counterparty):
        counterparty = None  # "Consumers should not be the one paying": said for them, not demanded of them;
        # but "Ukraine's partners, he said, had to exert more pressure" is demanded of them
    if frame.by_speaker and kind == "demand" and counterparty is not None and \
            resolver.side(counterparty) == resolver.side(parties[0]):
        kind, counterparty = "ask", None  # "Ukraine must receive guarantees", says Zelensky: asked for
    elif frame.by_speaker and kind == "demand" and frame.counterparty is not None and \
            frame.counterparty.lower_ in ("we", "us"):
        kind, counterparty = "ask", None  # "we need to look at our requirements": the speaker's own need
    if counterparty is None and kind == "demand" and (target := pressed_in_same_breath(frame.head)) is not None:
        counterparty = resolver.actor(target, document, sentence)  # "set out deadlines … and threatened
        # additional sanctions on Moscow": the deadlines are Moscow's too
    if counterparty is None and kind in ("offer", "pledge", "threat") and frame.condition is not None \
            and not elliptical(frame.condition):
        counterparty = next((n for n in (resolver.actor(t, document, sentence) for t in frame.condition.subtree
                                         if t.dep_ in ("nsubj", "nsubjpass") and not aside(t, frame.condition))
                             if n and n not in parties), None)
        # whose act it hinges on: "prepared to lift them once he had evidence that Japan was no longer
        # dumping chips", "willing to consider an even higher price if GenCorp could prove …"
    own_offer = own_offer_before(frame.items, parties[0], earlier) if counterparty is None else None
    if own_offer is not None:  # "willing to negotiate all points of its offer": to whom it was made
        counterparty = own_offer.counterparty
        extra += [s for s in (document.sentences[c.sentence] for c in own_offer.citations) if s != sentence]
    keep = list(keep_ranges(frame, hedge))
    first, last = clause_tokens(frame.head, keep)
    if frame.head.doc[first].lower_ in OBJECT_PRONOUNS:
        return []  # "us to offer cash and securities …": who "us" is, the line cannot say
    first, conceded = with_concession(frame.head, first, last)
    own_end, last = last, with_contrast(frame.head.doc, conceded, sentence)
    last = with_quote_closed(frame.head.doc, first, last, sentence)
    reversed_after = reverses(frame.head.doc, own_end + 1, last)  # "…, but he appeared to reverse course"
    text = span_text(frame.head, first, last)
    condition = None
    if frame.condition is not None:
        condition = span_text(frame.head, *condition_range(frame))
    reported_by = None
    own_voice = hedge is not None and speaker is None and hedge.speaker is not None \
        and hedge.speaker.lemma_.lower() in description_kinds()  # "the company said": the party itself
    own_voice = own_voice or (hedge is not None and hedge.speaker is not None
                              and spokesperson_of(hedge.speaker, document, sentence, resolver) == parties[0])
    if hedge is not None and not frame.by_speaker and not own_voice and (
            speaker is None or resolver.side(speaker) != resolver.side(parties[0])):
        reported_by = speaker or hedge.speaker_text or None
    hearsay = frame.head.lemma_.lower() in ("say", "report", "believe", "think", "rumour", "rumor") \
        and is_passive(frame.head)  # "Kim is said to be seeking …": reported by someone unnamed
    expected = frame.head.lemma_.lower() in EXPECTED and frame.trigger.head == frame.head \
        and frame.trigger.dep_ == "xcomp"  # "is expected to propose", not "has set out deadlines"
    if frame.trigger.dep_ in ("xcomp", "ccomp") and frame.trigger.head.lemma_.lower() == "expect" \
            and frame.trigger.pos_ == "VERB":
        expected = True  # "Texaco expected Pennzoil to seek a seat on a creditors' committee": not asked yet
    if kind in ("ask", "demand", "offer") and frame.trigger.pos_ == "NOUN" and frame.head != frame.trigger \
            and future_aux(frame.head) is not None:
        expected = True  # "officials said Japan would make a formal request next week": not made yet
    status = "withdrawn" if frame.withdrawn or reversed_after else "conditional" if condition else \
        "expected" if expected else "reported" if reported_by or hearsay else "stated"
    items = [span_text(frame.head, *clause_tokens(item)) for item in frame.items if item.pos_ != "PRON"] or [text]
    told = [t for item in frame.items for t in item.subtree]
    if frame.condition is not None:  # two conditions of one offer are two items
        told += list(frame.head.doc[condition_range(frame)[0]:condition_range(frame)[1] + 1])
    core = frozenset(t.lemma_.lower() for t in told if t.pos_ in CONTENT_POS and not t.is_stop)
    cited = {s.index: s for s in [sentence, *extra]}
    citations = [document.cite(cited[i]) for i in sorted(cited)]
    party = " and ".join(parties)  # a joint ask or offer is one item: "AFG and Wagner offered …"
    cp = None if counterparty in parties else counterparty
    return [Record(kind=kind, party=party, counterparty=cp, items=[i for i in items if i], text=text,
                   status=status, document=document, sentence=sentence, condition=condition,
                   reported_by=reported_by if reported_by not in parties else None, core=core,
                   citations=citations)]


def keep_ranges(frame: Frame, hedge: Hedge | None):
    """The token ranges the line must hold: the reporting speaker, the condition, a relative's noun."""
    if hedge is not None:
        found = speaker_range(hedge)
        if found is not None:
            yield found
    if frame.condition is not None:
        yield condition_range(frame)
    for token in frame.keep:
        yield token.left_edge.i, token.i
    outside = [t for t in frame.party if not frame.head.left_edge.i <= t.i <= frame.head.right_edge.i]
    if outside and frame.head.left_edge.i - outside[0].left_edge.i <= SUBJECT_REACH:
        yield outside[0].left_edge.i, outside[0].right_edge.i  # "…, pledging to": the line names who


def aside(token: Token, top: Token) -> bool:
    """The token sits in an apposition or relative clause under ``top`` ("once a deal was reached –
    a proposal Russia has so far flatly rejected"): a remark on the clause, not its content."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ in ("appos", "relcl"):
            return True
        token = token.head
    return False


def resolve_parties(tokens: list[Token], document: Document, sentence: Sentence,
                    resolver: Resolver) -> tuple[list[str], list[Sentence]]:
    """Actor names of the party tokens (pronouns and descriptions resolved), and the earlier
    sentences that resolution leaned on (cited too)."""
    parties: list[str] = []
    extra: list[Sentence] = []
    for token in tokens:
        if token.pos_ == "PRON":
            found = resolver.antecedent(token, document, sentence)
            if found is None:
                continue
            names = found.names
            extra += [s for s in found.sentences if s not in extra]
        else:
            name, home = resolver.noun_phrase(token, document, sentence)
            names = [name] if name else []
            source = prep_object(token, {"from", "of"}) if token.pos_ == "NOUN" else None
            if name and source is not None and len(conjuncts(source)) > 1:
                # "the delegations from the U.S., Ukraine, and Russia": all of them
                more = [resolver.phrase(t) for t in conjuncts(source) if t.dep_ != "cc"]
                if all(more):
                    names = list(dict.fromkeys(more))
            nationality = next((c for c in token.children if c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE")), None)
            if name and nationality is not None and len(conjuncts(nationality)) > 1:
                # "Ukrainian and Russian officials": both countries' officials
                more = [resolver.name(t.text) for t in conjuncts(nationality) if t.dep_ != "cc"]
                if all(more):
                    names = list(dict.fromkeys(more))
            if home is not None and home not in extra and home != sentence:
                extra.append(home)
        parties += [n for n in names if n not in parties]
    return parties, extra


def by_speaker_parties(frame: Frame, hedge: Hedge | None, speaker: str | None, document: Document,
                       sentence: Sentence, resolver: Resolver) -> list[str]:
    """The party of a modal or "would" frame: who reports it. A "would" frame is a pledge only when
    its subject is the speaker's own side ("Z said it would …"); else it is a prediction."""
    if hedge is None:
        return []
    if frame.kind in ("demand", "ask") and hedge.speaker is not None and is_court(hedge.speaker):
        return []  # "The Supreme Court overturned …, saying the issue should first be considered …": a ruling
    if frame.kind in ("demand", "ask") or not frame.party:
        return [speaker] if speaker else []
    subjects, _ = resolve_parties(frame.party, document, sentence, resolver)
    if not subjects:
        return []
    if speaker is None:
        # "He said the seamen would abandon the vessels if …": a conditional or negated commitment
        # of a named party, reported by someone the text does not name here
        return [subjects[0]] if frame.condition is not None or frame.kind == "refusal" else []
    if resolver.side(subjects[0]) != resolver.side(speaker):
        return []
    speakers, _ = resolve_parties([t for t in conjuncts(hedge.speaker) if t.dep_ != "cc"], document, sentence,
                                  resolver) if hedge.speaker is not None else ([], [])
    # "Shein and Temu have said they would co-operate": the pledge is of all who say it
    joint = [s for s in subjects if s in speakers]
    return joint if len(joint) > 1 else [subjects[0]]
