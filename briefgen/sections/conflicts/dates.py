"""Date conflicts: two sources report a meeting or journey (a word in ``conflict_event_words``) of
the same person, with the same status (happened / expected), but their resolved dates do not overlap
(and lie within ``MAX_GAP_DAYS`` of each other, so a 2019 summit is not compared with a 2023 one).
"""
from __future__ import annotations

import calendar
import re

from spacy.lang.en.stop_words import STOP_WORDS

from briefgen.lexicons import load_lexicon
from briefgen.nlp.antecedents import PRONOUNS
from briefgen.model.citations import citation_key, source_ids, unique_citations
from briefgen.model.date import Date
from briefgen.model.items import Claim, Conflict
from briefgen.sections.conflicts.claims import make_conflict
from briefgen.sections.context import Context

MAX_GAP_DAYS = 92
#: A telling that says the act had a forerun takes no side on when it began: "Lycos launched the … screensaver
#: Wednesday, but was circulating a beta version of the software before that" (conflicts audit s28, item 14).
FORERUN = re.compile(r"\bbefore (?:that|then)\b", re.IGNORECASE)
# Reports matched only by their subject noun ('the talks began') must be closer to be one event.
MAX_GAP_DAYS_BY_SUBJECT = 31


def _gap(a: Date, b: Date) -> int:
    return max((b.start - a.end).days, (a.start - b.end).days, 0)


def date_conflicts(context: Context, persons: set[str]) -> list[Conflict]:
    """Same person, same kind of meeting/journey, same status, dates that do not overlap."""
    words = load_lexicon("conflict_event_words")
    events = [e for e in context.dated_events or [] if (_act(e) in words or _pact(e)) and not FORERUN.search(e.text)]
    makers = _pact_makers(events, context)
    groups: list[list] = []
    for event in sorted(events, key=lambda e: (e.date.start, citation_key(e.citation))):
        people = set(event.actors) & persons
        for group in groups:
            lead = group[0]
            if lead.expected == event.expected and _same_subject(lead, event, people) \
                    and not _other_makers(makers, lead, event):
                gap = MAX_GAP_DAYS if people & set(lead.actors) or _pact(lead) else MAX_GAP_DAYS_BY_SUBJECT
                if all(_gap(m.date, event.date) <= gap for m in group):
                    group.append(event)
                    break
        else:
            if people or event.subject or event.participants:
                groups.append([event])
    conflicts = []
    for group in groups:
        claims = _date_claims(group)
        if len(claims) < 2:
            continue
        person = sorted(set.intersection(*(set(e.actors) for e in group)) & persons) or sorted(set(group[0].actors) & persons)
        if all(_pact(e) for e in group):  # "When the agreement was made: 1986-07 (S2, S4) or 1986-09 (S5)"
            about = f"When the {_pact(min(group, key=lambda e: len(e.text)))} was made: {' or '.join(_dates_said(claims))}"
        elif person or group[0].lemma in ENCOUNTERS:
            subject = person[0] if person else f"the {group[0].subject.split()[-1]}"
            about = f"When {subject} {_past(group[0].lemma)}: {' or '.join(_dates_said(claims))}"
        else:  # "When a national seamen's strike was ruled illegal: 1987-03-06 (S3) or 1987-03-07 (S2)"
            plainest = min(group, key=lambda e: (bool(PRONOUNS & set(re.findall(r"[a-z]+", e.text.lower()))),
                                                 len(e.text)))
            about = f"When {_undated(plainest)}: {' or '.join(_dates_said(claims))}"  # (not "ruled it illegal")
        conflicts.append(make_conflict(about, "date", claims, about))  # each claim below cites its own source:
        # the claims told again after the heading buried it (conflicts audit c47, item 13)
    return conflicts




def _undated(event) -> str:
    """An act's line without the words that date it, for a heading: "The company started distributing a
    screensaver on November 29, 2004 on makelovenotspam.com" -> "the company started distributing a
    screensaver on makelovenotspam.com"."""
    text = event.text
    if event.date.text:
        text = re.sub(rf"(?:\b(?:on|in|at|during|since|from)\s+)?{re.escape(event.date.text)}", " ", text, count=1)
    words = " ".join(text.split()).rstrip(" ,;:").split(" ")
    if words[0] in ("The", "A", "An"):
        words[0] = words[0].lower()  # it follows "When"
    return " ".join(words)


def _past(lemma: str) -> str:
    """The event word for a heading ("visit" -> "visited", "talks" -> "talks were held")."""
    irregular = {"meet": "met", "hold": "held", "begin": "began", "take": "took", "fly": "flew",
                 "meeting": "met", "talk": "talked", "talks": "held talks", "summit": "held the summit",
                 "trip": "travelled", "journey": "travelled", "tour": "toured", "conference": "held the conference",
                 "encounter": "met"}
    if lemma in irregular:
        return irregular[lemma]
    return lemma + ("d" if lemma.endswith("e") else "ed")


def _dates_said(claims: list[Claim]) -> list[str]:
    """Each date once with the sources that give it: "2023-07 (S1, S3)" (a claim opens with its date)."""
    said: dict[str, list] = {}
    for claim in claims:
        said.setdefault(claim.text.split(" ", 1)[0].rstrip(":"), []).extend(claim.citations)
    return [f"{label} ({', '.join(source_ids(citations))})" for label, citations in said.items()]


#: Words of a meeting or a journey, which may tell one event ("Shoigu's visit to North Korea in July",
#: "during the meeting last month"); any other event word pairs only with itself, so talks are never
#: one event with what "took place" ("an exchange of prisoners, which took place on Thursday").
ENCOUNTERS = {"meet", "meeting", "talk", "talks", "summit", "encounter", "conference", "host", "convene",
              "visit", "trip", "travel", "journey", "tour", "arrive", "fly"}


#: Words of a start: "launched the screensaver" and "started distributing a screensaver" tell one launch.
LAUNCHES = {"launch", "start", "begin", "release", "unveil"}


def _act(event) -> str:
    """What kind of act an event is: the start or end its verb makes of another ("started distributing"
    is a start), else its verb."""
    return event.phase or event.lemma


def _same_kind(a: str, b: str) -> bool:
    return a == b or (a in ENCOUNTERS and b in ENCOUNTERS) or (a in LAUNCHES and b in LAUNCHES)


def _same_act(lead, event) -> bool:
    """One act told twice: the same kind of act (not a meeting: those need their people), sharing what
    it is done by or to or the state it declares, and not done by two different named parties."""
    if lead.lemma in ENCOUNTERS or event.lemma in ENCOUNTERS or not _same_kind(_act(lead), _act(event)):
        return False
    if not lead.participants & event.participants:
        return False
    doers = [set(e.actors) & e.participants for e in (lead, event)]
    return not (doers[0] and doers[1] and not doers[0] & doers[1])


def _pact_words() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of an agreement, verbs of making one), from the ``conflict_pact_words`` lexicon."""
    pairs = [line.partition("=>") for line in load_lexicon("conflict_pact_words")]
    return (frozenset(w.strip() for w, _, kind in pairs if not kind.strip()),
            frozenset(w.strip() for w, _, kind in pairs if kind.strip()))


def _pact(event) -> str | None:
    """The agreement an event is or makes ("a July 1986 agreement", "the agreement reached last July",
    "a pact reached last July"), or None."""
    nouns, making = _pact_words()
    if event.lemma in nouns or event.lemma in making:
        return next((w for w in sorted(event.participants) if w in nouns), None)
    return None


#: Words too common to tell two agreements apart by: English stop words, and the months that date them.
COMMON_WORDS = STOP_WORDS | {m.lower() for m in calendar.month_name if m}


def _content(event) -> set[str]:
    """The longer words of a line, plural -s dropped, without agreement words and common words."""
    nouns, making = _pact_words()
    words = {w.removesuffix("s") for w in re.findall(r"[a-z]{5,}", event.text.lower())}
    return {w for w in words if w not in COMMON_WORDS and w not in nouns and w not in making}


def _pact_makers(events, context: Context) -> dict[int, set[str]]:
    """Who makes each agreement, as its telling names them: the named words before the pact noun ("OPEC accord"),
    who it is "by" ("agreement in Doha by Gulf Cooperation Council (GCC) oil ministers") and who signs it. Two agreements of
    different makers are two agreements (Reuters, 1-2 March 1987; outside audit o49, conflicts-01)."""
    documents = {d.source.id: d for d in context.documents}
    index = context.actor_index
    found: dict[int, set[str]] = {}
    for event in events:
        noun = _pact(event)
        document = documents.get(event.citation.source)
        if noun is None or document is None or not 0 <= event.citation.sentence < len(document.sentences):
            continue
        for token in document.sentences[event.citation.sentence].span:
            if token.lemma_.lower() != noun or token.text not in event.text:
                continue
            by = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "by" for g in p.subtree]
            if token.dep_ == "dobj":  # "The four -- Exxon Corp, Mobil Corp, Texaco Inc and Chevron Corp -- signed a
                by += [g for c in token.head.children if c.dep_ == "nsubj" for g in c.subtree]  # … agreement"
            found[id(event)] = {(index.resolve(t.text) if index else None) or t.text for t in [*token.lefts, *by]
                                if t.ent_type_ in ("ORG", "GPE", "NORP") and t.pos_ == "PROPN"}
            break
    return found


def _other_makers(makers: dict[int, set[str]], lead, event) -> bool:
    """Both tellings name who makes their agreement, and no maker is the same."""
    ours, theirs = makers.get(id(lead)), makers.get(id(event))
    return bool(ours and theirs and not ours & theirs)


def _same_pact(lead, event) -> bool:
    """One agreement told twice: both tell an agreement ("pact" or "agreement"), and their lines share what it
    is about ("… to stop dumping computer microchips" / "… on preventing microchip dumping")."""
    kind = _pact(lead)
    return kind is not None and _pact(event) is not None and bool(_content(lead) & _content(event))


def _same_subject(lead, event, people: set[str]) -> bool:
    """The same person's meeting or journey with the same other party (two actors in common), or the
    same thing ('the talks') doing the same ('began'), or one agreement made."""
    if _pact(lead) or _pact(event):
        return _same_pact(lead, event)
    if people & set(lead.actors) and len(set(event.actors) & set(lead.actors)) >= 2 \
            and _same_kind(_act(lead), _act(event)):
        return True
    shared = set(event.subject.split()) & set(lead.subject.split())
    return (bool(shared) and _act(event) == _act(lead)) or _same_act(lead, event)


def _date_claims(group: list) -> list[Claim]:
    """One claim per set of overlapping dates; none when every source agrees (or only one speaks)."""
    clusters: list[list] = []
    for event in sorted(group, key=lambda e: ((e.date.end - e.date.start).days, e.date.start)):
        for cluster in clusters:
            if all(m.date.overlaps(event.date) for m in cluster):
                cluster.append(event)
                break
        else:
            clusters.append([event])
    if len(clusters) > 1:  # a date that holds another cluster's takes no side ("a 1986 agreement")
        clusters = [[e for e in c if not any(all(e.date.overlaps(m.date) for m in other)
                                             for other in clusters if other is not c)] for c in clusters]
        clusters = [c for c in clusters if c]
    if len(clusters) < 2:
        return []
    sources = [{e.citation.source for e in c} for c in clusters]
    if all(a == b for a in sources for b in sources) :
        return []  # one source giving two dates: two events, not a disagreement
    claims = []
    for cluster in sorted(clusters, key=lambda c: c[0].date.start):
        # One claim per wording: a claim's line must be what each of its citations says.
        tellings: dict[tuple, list] = {}
        for event in sorted(cluster, key=lambda e: citation_key(e.citation)):
            tellings.setdefault((event.text, event.date.label(), event.date.text, event.date.anchor), []).append(event)
        for (text, label, wording, anchor), events in tellings.items():
            shown = label + (f" (\u201c{wording}\u201d, {anchor})" if anchor else "")
            claims.append(Claim(text=f"{shown}: {text}", citations=unique_citations([e.citation for e in events])))
    return claims
