"""Denial conflicts: a party saying a claim is false — "Lycos denied that its Web site was hacked",
"allegations China denies", "Moscow dismissed the report as unreliable", "it is not true that …" —
each beside, when one is found, the most similar sentence of another source about the same actors
(the claim denied). Reading one denial is :mod:`.denial_cues`: what withholds something is no
denial ("deny U.S. entry", "denied bail", "seeks to deny shareholders the true value"), nor is a
"denial of service" attack, nor a refusal to comment.
"""
from __future__ import annotations

from rapidfuzz import fuzz
from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.model.citations import source_number
from briefgen.model.items import Claim, Conflict
from briefgen.sections.conflicts.charges import charge_answered
from briefgen.sections.conflicts.claim_before import claim_before
from briefgen.sections.conflicts.claims import LIGHT_VERBS, make_conflict
from briefgen.sections.conflicts.denial_cues import (CONFIRMING, PROOF_VERBS, STATING_VERBS, claim_noun, denial_cue,
                                                   said_before, unproven)
from briefgen.sections.conflicts.deniers import denier, denier_before
from briefgen.sections.context import Context
from briefgen.sections.conflicts.told import SentenceActors, actors_in
from briefgen.sections.story import story_sentences

CLAIM_SIMILARITY = 60
MIN_DENIED_WORDS = 4
RETOLD = 90  # a sentence holding what is denied this nearly word for word retells the denial
MAX_WHAT_WORDS = 14  # the heading quotes what is denied up to this many words
def _span_text(tokens: list[Token]) -> str:
    """The words from the first to the last token, as written, cut to ``MAX_WHAT_WORDS``."""
    tokens = [t for t in tokens if not t.is_space]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("mark", "cc")):
        tokens.pop(0)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "punct")):
        tokens.pop()
    if not tokens:
        return ""
    words = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text.split()
    text = " ".join(words[:MAX_WHAT_WORDS]) + (" …" if len(words) > MAX_WHAT_WORDS else "")
    if text.count("“") > text.count("”"):
        text = text.replace("“", "", 1)  # ('it has “never received a request …': the quote closes past the cut)
    return text


#: Verbs by which another party makes the claim a denial answers.
CLAIMING_VERBS = {"suggest", "allege", "claim", "argue", "accuse", "contend", "assert"}


def _what(cue: Token, what: Token) -> str:
    """What is denied, in the sentence's words, for the heading: the clause, deed or claim denied;
    for "allegations China denies", the sentence that makes them."""
    if what.i == cue.i and cue.dep_ == "relcl" and said_before(cue.head) is not None:
        return _span_text([t for t in said_before(cue.head).subtree if t.dep_ != "mark"])
    if what.i == cue.i and cue.dep_ == "relcl":
        claim = cue.head
        resumed = claim.dep_ == "appos" or claim.head.i < claim.i and claim.left_edge.i > 0 \
            and cue.doc[claim.left_edge.i - 1].text == ","  # "He has accused Dutschke of stalking him online, a
        # claim the former taekwondo instructor has denied": the claim is what the sentence said before it
        return _span_text([t for t in cue.sent if t.i < claim.left_edge.i and t.dep_ != "appos"]) if resumed \
            else _span_text(list(claim.subtree))
    if cue.lemma_.lower() == "plead":  # "pleaded not guilty to the charges brought against him"
        return _span_text([t for c in cue.children if c.dep_ not in ("conj", "cc") and c.i > cue.i for t in c.subtree])
    if what.i == cue.i:
        return ""
    said = next((c for c in what.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
    if what.dep_ == "ccomp" and what.lemma_.lower() in load_lexicon("ask_speech_verbs") | CLAIMING_VERBS \
            and said is not None and what.i < cue.i:
        what = said  # "Mr Weingarten has suggested that Mr Sullivan is implicating Mr Ebbers only to win a
        # lighter sentence, something Mr Sullivan denies": he denies the implicating, not the suggestion
    cut = {t.i for c in what.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > what.i
           for t in c.subtree} | {c.i for c in what.children if c.dep_ == "cc" and c.i > what.i}
    turn = next((t.i for t in what.subtree if t.i > what.i and t.dep_ == "cc" and t.lower_ in ("but", "yet")), None)
    if turn is not None:
        cut.add(turn)  # "… claims that the service launched … attacks but has decided to …": one claim
    tokens = [t for t in what.subtree if t.i not in cut]  # "… was hacked and stated that …": one claim
    if cut:
        tokens = [t for t in tokens if t.i < min(cut)]
    called = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > what.i), None)
    if called is not None:  # "dismissed the report as unreliable": how they call it
        tokens += [t for t in cue.doc[what.i : called.i] if t.i not in {u.i for u in tokens}] + list(called.subtree)
    if cue.pos_ == "NOUN" and what.i != cue.i:  # the clause "despite its denials" is set against
        told = next((c for c in what.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i
                     and c.lemma_.lower() in load_lexicon("denial_claim_nouns") | {"news"}), None)
        of = next((p for p in told.children if p.dep_ == "prep" and p.lower_ == "of"), None) if told is not None else None
        if of is not None:  # "The news of the probable deal has emerged despite North Korea's public denials"
            return _span_text([t for c in of.children for t in c.subtree])
        inside = [t.i for t in cue.head.subtree]
        tokens = [t for t in tokens if t.i > max(inside)] if min(inside) < what.i else \
            [t for t in tokens if t.i < min(inside)]  # the claim on the other side of "despite its denials"
    return _span_text(sorted(tokens, key=lambda t: t.i))


#: How the heading says what a denier does, by the cue's lemma ("Japan denies breaking a pact …").
SAYS = {"deny": "denies", "denial": "denies", "refute": "refutes", "rebut": "rebuts", "dispute": "disputes",
        "contest": "contests", "reject": "rejects", "dismiss": "dismisses", "disagree": "disagrees",
        "contradict": "contradicts", "plead": "pleads"}


#: Adverbs that put a denial in the past, as one given up since ("Suarez initially denied biting Chiellini").
AT_FIRST = frozenset({"initially", "originally", "first"})


def _heading(who: str, plural: bool, cue: Token, what: Token) -> str:
    """The conflict's heading in plain words: who denies what ("Japan denies breaking a pact with
    the U.S.", "Moscow and Kyiv deny they are targeting civilians …")."""
    lemma = cue.lemma_.lower()
    if lemma in PROOF_VERBS and unproven(cue) is not None:  # "Kostas Panagopoulos calls unproven: the athletes …"
        return f"{who} {'call' if plural else 'calls'} unproven: {_what(cue, what)}"
    if lemma in CONFIRMING:  # "Frank Carlucci disputes: Japan was opening its markets to American producers …"
        return f"{who} {'dispute' if plural else 'disputes'}: {_what(cue, what)}"
    if lemma in STATING_VERBS:  # "TikTok denies: it has never received a request for European user data …"
        return f"{who} {'deny' if plural else 'denies'}: {_what(cue, what)}"
    if lemma not in SAYS:  # "it is not true that …", "the charges are baseless"
        return f"{who} calls false: {_what(cue, what)}"
    verb = SAYS[lemma]
    if plural:  # "Moscow and Kyiv deny", "seamen in Santos contradict"
        verb = lemma if lemma != "denial" else "deny"
    at_first = next((c.text for c in cue.children if c.dep_ == "advmod" and c.lower_ in AT_FIRST), None)
    if at_first and cue.tag_ == "VBD":  # "Although Suarez initially denied biting Chiellini, … he later issued a
        verb = f"{at_first} {cue.text}"  # public apology": a denial of the past, said as the text says it (audit s26)
    said = _what(cue, what)
    if cue.pos_ == "NOUN" and said:
        return f"{who} {verb}: {said}"  # "despite its denials, North Korea had supplied infantry rockets …"
    if cue.dep_ == "relcl" and said and said_before(cue.head) is not None:
        return f"{who} {verb}: {said}"  # "…, something Mr Sullivan denies"
    if cue.dep_ == "relcl" and said:
        return f"{who} {verb} the {cue.head.text}: {said}"  # "…, allegations China denies"
    claim = next((c for c in cue.children if c.dep_ == "dobj" and claim_noun(c, cue)), None)
    if claim is not None and what.i < cue.i and said:
        return f"{who} {verb} the {claim.text}: {said}"  # "Ukraine … have accused Beijing …, allegations
        # China denies", parsed with the accusation as the clause denied
    told = _told_instead(cue)
    if told:  # "Contradicting earlier reports from strike headquarters in Rio de Janeiro, seamen in Santos said the
        return f"{who} {verb} {said}: {told}"  # strikers on board ships here were not running out of food"
    return f"{who} {verb} {said}".strip()


def _told_instead(cue: Token) -> str:
    """What the denier says instead, when the denying word is a participle set before its saying ("Contradicting
    earlier reports …, seamen in Santos said …"): the heading says what is disputed (conflicts audit s28, item 04)."""
    saying = cue.head
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or saying.lemma_.lower() not in load_lexicon("ask_speech_verbs"):
        return ""
    said = next((c for c in saying.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    return _span_text([t for t in said.subtree if t.dep_ != "mark" or t.head.i != said.i]) if said is not None else ""


def denial_conflicts(context: Context) -> list[Conflict]:
    """Denials of a claim, each denier's beside the most similar claim in another source."""
    index = context.actor_index
    found: dict[str, list] = {}
    plurals: dict[str, bool] = {}
    for document in context.documents:
        for sentence in story_sentences(document):
            cue = denial_cue(sentence.span)
            if cue is None:
                continue
            who, plural = denier(cue[0], index)
            if not who:  # '"The charge cannot be substantiated," he said': he, named the sentence before
                who, plural = denier_before(document, sentence, cue[0], index)
            if who:
                plurals.setdefault(who, plural)  # a denial by nobody we can name says nothing a reader can use
                found.setdefault(who, []).append((document, sentence, cue))
    conflicts = []
    sentence_actors = SentenceActors(index)
    for who, all_hits in sorted(found.items()):
        for hits in _same_denials(all_hits):
            conflicts.append(_denial_conflict(context, who, plurals[who], hits, sentence_actors))
    return conflicts


SAME_DENIAL = 1 / 3  # share of content words two denials of one denier must have in common to be one item


def _denied_words(cue: Token, what: Token) -> set[str]:
    """The content words (lemmas) of what a denial denies."""
    if what.i == cue.i:
        return set()
    return {t.lemma_.lower() for t in what.subtree if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and t.i != cue.i}


def _same_denials(hits) -> list[list]:
    """A denier's denials grouped by what they deny: "Lycos denied that its Web site was hacked" and
    "Lycos has dismissed claims that the service launched distributed denial of service attacks" are
    two items, each under its own heading."""
    groups: list[tuple[set[str], list]] = []
    claim_nouns = load_lexicon("denial_claim_nouns")
    for hit in hits:
        words = _denied_words(*hit[2])
        told = [(max(h[1].index for h in g if h[0] is hit[0]), n) for n, (_, g) in enumerate(groups)
                if words <= claim_nouns and any(h[0] is hit[0] and h[1].index < hit[1].index for h in g)]
        if told:  # "The charge cannot be substantiated", after the same speaker's "it had not been proven that
            groups[max(told)[1]][1].append(hit)  # the athletes refused …": the denial told just before
            continue
        for known, group in groups:
            small = min(len(words), len(known))
            if small == 0 or len(words & known) >= SAME_DENIAL * small:
                group.append(hit)
                known |= words
                break
        else:
            groups.append((words, [hit]))
    return [group for _, group in groups]


#: A claim denied as "the report" is quoted in the heading up to this many words: far enough to reach
#: what it says ("… said Russia had suffered nearly 1.2 million casualties"), not only who said it.
MAX_CLAIM_WORDS = 28


def _claim_words(text: str) -> str:
    """The claim's sentence for a heading, cut to ``MAX_CLAIM_WORDS`` words."""
    words = text.split()
    return " ".join(words[:MAX_CLAIM_WORDS]).rstrip(".,;:") + (" …" if len(words) > MAX_CLAIM_WORDS else "")


def _denial_conflict(context: Context, who: str, plural: bool, hits, sentence_actors) -> Conflict:
    """One denier's denials of one claim, beside the claim when it is found."""
    index = context.actor_index
    claims = [Claim(text=sentence.text, citations=[document.cite(sentence)]) for document, sentence, _ in hits]
    before = claim_before(hits)
    told_here = all(cue.lemma_.lower() in CONFIRMING and what.pos_ != "PRON" for _, _, (cue, what) in hits)
    # ("although Japanese officials had presented statistics designed to show that …, 'our statistics do not
    # confirm this'": the claim is the sentence's own; another source's likeness to it may be the denier's side)
    cue, what = min((h[2] for h in hits), key=lambda c: (c[0].pos_ != "VERB", -len(_what(*c))))
    shown = [h for h in hits if h[2] == (cue, what)]  # the denial the heading tells
    answered = before or (None if told_here else _claim_denied(context, who, hits, index, sentence_actors)
                          or charge_answered(context.documents, who, shown, index, sentence_actors))
    if answered is not None:
        claims.append(answered)
    about = _heading(who, plural, cue, what)  # the plainest telling: a verb, then the most said
    if before is not None:  # "Russia dismisses the report as unreliable": which report
        about += f" — {_claim_words(before.text)}"
    elif what.pos_ == "PRON" and what.lower_ in ("this", "that", "it", "these"):
        about = _this_told(about, cue, who, plural)
    return make_conflict(about, "denial", claims, about)  # the line is its heading: each claim below cites its
    # own source ("denial in S6; claim in S6" read as the tool's notes, conflicts audit s23)


def _this_told(about: str, cue: Token, who: str, plural: bool) -> str:
    """A heading of a denial of "this" with what the sentence said "this" is, and what the denier says instead:
    "Wine said he has been undercover since police raided his home on Jan. 16; government denies this and says
    officers were deployed as security" (conflicts audit c40, item 06: "what is denied is unclear")."""
    told = _span_text([t for t in cue.sent if t.i < min(u.i for u in cue.subtree)])
    instead = next((c for c in [*cue.children, *cue.head.children] if c.dep_ == "advcl" and c.tag_ == "VBG"
                    and c.i > cue.i and c.lemma_.lower() in STATING_VERBS | CLAIMING_VERBS
                    and not any(d.dep_ == "nsubj" for d in c.children)), None)  # (hung on the clause denied)
    said = next((c for c in instead.children if c.dep_ == "ccomp"), None) if instead is not None else None
    if told and said is not None:  # "…, claiming that officers were deployed as security"
        return f"{told}; {about} and {'say' if plural else 'says'} {_span_text(list(said.subtree))}"
    return f"{about} — {told}" if told else about


def _claim_denied(context: Context, who: str, hits, index, sentence_actors: SentenceActors) -> Claim | None:
    """The sentence of another source most like the denial (sharing two actors), if close enough."""
    own = {d.source.id for d, _, _ in hits}
    best = None
    for document, sentence, (cue, what) in hits:
        actors = set(actors_in(sentence.span, index))
        rest = _what(cue, what).lower()  # what is denied: 'reports that …', 'that …'
        if len(rest.split()) < MIN_DENIED_WORDS:
            continue  # 'declined to comment.' denies no stated claim
        clause = what if what.pos_ == "VERB" else next(
            (c for c in what.children if c.dep_ in ("acl", "ccomp") and c.pos_ == "VERB"), None)
        # ("denied reports that it raised its offer … to 5.5 billion": the reports' claim is a raise)
        predicate = clause.lemma_.lower() if clause is not None and clause.lemma_.lower() not in LIGHT_VERBS else None
        for other in context.documents:
            if other.source.id in own and not (other is document and predicate):
                continue
            for candidate in sentence_actors.story(other):  # never a teaser, caption or link
                if other is document and (candidate.index >= sentence.index or who not in candidate.text):
                    continue  # its own source: only a claim told before the denial, naming whom it is about
                if other is not document and len(actors & sentence_actors(other, candidate)) < 2:
                    continue
                if predicate and predicate not in sentence_actors.lemmas(other, candidate):
                    continue  # a claim has the predicate denied ("many analysts believe it may be linked to
                    # Gazprom" … "Gazprom has announced it is not linked"; "never received a request" is not
                    # answered by a sentence on the risk of access)
                score = fuzz.token_set_ratio(rest, candidate.text.lower())
                if score < CLAIM_SIMILARITY or denial_cue(candidate.span) is not None \
                        or fuzz.partial_ratio(rest, candidate.text.lower()) >= RETOLD \
                        or any(t.dep_ == "neg" or t.lower_ == "never" for t in candidate.span):
                    continue  # a retelling of the denial ("what TikTok has consistently said: it has never
                    # received a request …") or another denial ("it does not store European users' data on
                    # Chinese servers") is not the claim it answers: a claim asserts
                key = (score, -source_number(other.source.id), -candidate.index)
                if score >= CLAIM_SIMILARITY and (best is None or key > best[0]):
                    best = (key, other, candidate)
    if best is None:
        return None
    _, document, sentence = best
    return Claim(text=sentence.text, citations=[document.cite(sentence)])
