"""Sanction events: one sanction as one sentence tells it — status, imposer, target, measure,
reason and date — read from every trigger of a document's story sentences.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.document import Document, Sentence
from briefgen.nlp.syntax import (chain, child, clause_head, governing_verb, noun_conjuncts, prep_object,
                                 reporting_verb)
from briefgen.sections.sanctions.defenses import read_defenses
from briefgen.sections.sanctions.definite import DECISION_NOUNS, decision_owner, owner_told_before
from briefgen.sections.sanctions.dating import stated_date, told_as_earlier, told_date
from briefgen.sections.sanctions.event import Event
from briefgen.sections.sanctions.grounds import reason_of
from briefgen.sections.sanctions.headlines import imposers_from_headline
from briefgen.sections.sanctions.lexicons import count_nouns, lexicon
from briefgen.sections.sanctions.measures import (amount_of, by_a_state, condition_clause, condition_text, hypothetical,
                                                imposing_clause, punitive, time_reference)
from briefgen.nlp.antecedents import (PRONOUNS, agrees, counted_before, is_anaphoric, pronoun_word, same_referent,
                                     subject_before)
from briefgen.sections.sanctions.agents import speaker_of, speech_subject, subject
from briefgen.sections.sanctions.parties import ASKED, Parties
from briefgen.sections.sanctions.phrases import clause_text, entity_of, joined, top
from briefgen.sections.sanctions.status import SEEKING, legal_remedy, negated, status_of
from briefgen.sections.sanctions.triggers import Trigger, against_what, find_triggers, is_body, is_ruling
from briefgen.sections.story import headline_sentences, is_headline, story_sentences


class Reader(Parties):
    """Reads sanction events out of one document's sentences."""

    def __init__(self, document: Document, index):
        super().__init__(index)
        self.document = document
        self.leaned: list[Sentence] = []  # earlier sentences a pronoun of the current trigger stands in

    def read(self, trigger: Trigger, sentence: Sentence) -> list[Event]:
        """The sanction events one trigger of the sentence states (none when it is negated or names no party)."""
        token = trigger.token
        self.leaned = []
        if hypothetical(token) or time_reference(token) or ranked(token):
            return []
        status, cue = status_of(trigger)
        if status == "described":
            return []
        gov = token if trigger.kind in ("verb", "ban") else governing_verb(token)
        if negated(chain(token)[: 4]):
            return []
        imposer_tok, target_tok, measure, asker_tok = self.parties(trigger, gov, status, cue)
        asked = status in ASKED
        asker = self.party(asker_tok)
        imposer = self.imposers(imposer_tok, strict=trigger.kind in ("ban", "weak-noun"))
        # a weak noun needs a named imposer; a body of people is one ("Tug crews … lifted their ban")
        target, target_head = self.targets(target_tok, ruling=is_ruling(trigger))
        if status == "appealed" and cue is not None and cue.pos_ == "VERB":
            # who appeals, as "overturned" names who overturns: "while it continued to appeal the merits of
            # the Pennzoil lawsuit" is not Pennzoil's appeal (the non-dev audit); unnamed when "it" is a guess
            appellant = subject(cue)
            imposer_tok, imposer = appellant, self.imposers(appellant, strict=True)
        elif status == "appealed" and cue is not None:  # "Texaco would seek … to continue its appeal … of the
            appellant = child(cue, "poss")  # Pennzoil judgement": the appeal's owner, never a name in the judgement
            imposer_tok, imposer = appellant, self.imposers(appellant, strict=True)
        caller = speech_subject(token) if (asker if status == "demanded" else imposer) is None \
            and status in ("proposed", "demanded") else None
        if caller is not None and status == "demanded":  # "Fees should be charged on low-value packages …,
            asker_tok, asker = caller, self.party(caller)  # France said": France's call
        elif caller is not None and gov is not None and child(gov, "nsubjpass") is not None and child(gov, "agent") is None:
            asker_tok, asker = caller, self.party(caller)  # "Fees should be charged on … packages coming into the
            # European Union, France said": France proposes them; who would charge them, it does not say (audit s19, #03)
        elif caller is not None:
            imposer_tok, imposer = caller, self.party(caller)
        if status == "sought" and asker is None:  # "Deutsche Bank … is itself being sued by Yukos": Yukos
            asker_tok, asker, imposer_tok, imposer = imposer_tok, imposer, None, None  # goes to law; no court yet
        elif status != "sought" and gov is not None and gov.lemma_.lower() in SEEKING and legal_remedy(trigger, gov):
            court = prep_object(gov, COURT_PREPS) or prep_object(token, COURT_PREPS)  # "would retaliate by seeking injunctions
            court = court if court is not None and court.lemma_.lower() in lexicon("authority_nouns") else None
            asker_tok, asker = imposer_tok, imposer  # in foreign courts": the courts would grant them (audit s14, #28)
            imposer_tok, imposer = court, self.party(court)
        if imposer is None and asker is None and trigger.kind not in ("verb", "ban") and not asked:
            told = owner_told_before(self, self.document, sentence, token)  # "the tariff on small packages …
            if told is not None:  # was revised down", after "the US's new tariffs …": the United States'
                imposer = self.party(told[0])
                self.leaned.append(told[1])
        if imposer is None and asker is None and not asked and status != "existing":
            taken = decision_owner(self, self.document, sentence, token)  # "The ruling also includes an order
            if taken is not None:  # suspending …", after "The DPC announced its final decision": the DPC's
                imposer = self.party(taken[0])
                self.leaned.append(taken[1])
        if trigger.kind == "weak-noun" and status == "existing":
            return []
        if status == "suspended" and token.lemma_.lower() in DECISIONS and cue is not None \
                and cue.lemma_.lower() in ("delay", "postpone", "defer", "put"):
            return []  # "has postponed by two weeks the judgement on sprinters …": no decision yet to suspend
        if status == "existing" and imposer is None and against_what(token) is not None:
            return []  # "The anti-spammer screensaver came under fire …": named in passing, no one's act told
        if trigger.kind == "weak-noun" and token.lemma_.lower() in lexicon("vague_nouns") and target is None \
                and not punitive(token):
            return []  # "price relief measures", "fraud control measures": no one is their target
        if trigger.measure in ("seizure", "occupation") and by_a_state(imposer_tok):
            return []  # "Russia occupies nearly all of Luhansk": war, not a measure against a party
        # a weak noun or ban is a sanction only with a named imposer or target ("restrictions" alone
        # is not); the party asking for a lifting is not the imposer, so it does not count
        named = (self.phrase_actor(token) is not None or bool(imposer)) if asked and status != "sought" \
            else bool(imposer or asker)
        if trigger.kind in ("ban", "weak-noun") and not (named or self.named(target_tok)):
            return []
        if imposer is None and target is None and asker is None:
            return []
        if imposer is None and gov is not None and gov.tag_ == "VBG" and gov.dep_ == "advcl" \
                and child(gov, "nsubj") is None:
            return []  # "he saw nothing that would cause the president to back away from his plan to issue a
            # proclamation on Friday slapping 100 per cent tariffs on …": a gerund hung where no one does it
        reason = reason_of(token, gov, target_tok, status)
        dated = cue if status.startswith("lift") and cue is not None and cue.pos_ in ("VERB", "AUX") else gov or token
        imposing = imposing_clause(token) if trigger.kind not in ("verb", "ban") else None
        if imposing is not None and status in ("imposed", "existing"):
            dated = imposing  # "subject to … the 145% tariff on imports from China levied by Trump last month"
        # a lifting asked or done is dated by that act, not by the measure ("troops occupying … since Tuesday")
        when = stated_date(self.document, dated, sentence, future=status in ("threatened", "proposed", "planned"))
        if when is None and status != "existing" and not told_as_earlier(token):
            when = told_date(self.document, sentence)  # (a measure long in force is no news of the day)
        keep = {t.i for t in (token, imposer_tok, target_tok, asker_tok, cue, gov, condition_clause(token, gov))
                if t is not None}
        # (the line never drops the condition: "… and take other hostile actions if the firm refuses …")
        line_top = top(token, gov, cue)
        while target is None and line_top.dep_ == "advcl" and line_top.head.i != line_top.i:
            line_top = line_top.head  # "China has emerged as a crucial economic lifeline for Russia, stepping up trade
            # … as western sanctions have tightened": on whom, only the sentence says
        if status == "existing" and trigger.kind in ("verb", "ban") and token.dep_ == "acl" and token.tag_ == "VBN":
            line_top = clause_head(token.head)  # "Lycos is waging war against the notorious spammers blacklisted
            # at Spamcop": a description is read in its sentence, not as a fragment
        if status == "threatened" and cue is not None and cue.dep_ == "advcl" and line_top.dep_ == "advcl" \
                and cue.head.i == line_top.i and line_top.head.i != line_top.i:
            line_top = line_top.head  # "… if Washington imposes trade sanctions against Tokyo as it has
            # threatened": the line keeps the "if" and what hangs on it
        if is_ruling(trigger) and target_tok is not None and line_top.dep_ == "advcl" and (
                target_tok.pos_ == "PRON" or target_tok.i not in {t.i for t in line_top.subtree}):
            line_top = line_top.head  # "on indefinite strike, even after the … Court Saturday ruled it illegal":
            # the line keeps what "it" is
        owner = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        speaker = caller or next((speaker_of(t) for t in (imposer_tok, target_tok, asker_tok, owner) if t is not None
                                  and t.pos_ == "PRON" and speaker_of(t) is not None), None)
        # ("some unions … said they … would continue their strikes": whose strikes, the line says too)
        if speaker is not None:  # "Menatep said they would retaliate …": the line says who "they" are
            line_top, keep = speaker.head, keep | {speaker.i}
        for pronoun in (t for t in (imposer_tok, target_tok, asker_tok) if t is not None and t.pos_ == "PRON"):
            named = self.antecedent(pronoun) if speaker_of(pronoun) is None else None
            if named is not None and named.sent == pronoun.sent and line_top.i in {t.i for t in named.head.subtree}:
                line_top, keep = named.head, keep | {named.i}  # "Deutsche Bank is involved in the case because
                # it is itself being sued by Yukos": the line says who "it" is
        teller = reporting_verb(line_top)
        if teller is not None:  # "Fukukawa said … Washington had not given any explanation of why it planned
            line_top, keep = teller, keep | {line_top.i}  # to impose the tariffs": the line says who says so
        if line_top.dep_ == "relcl" and line_top.head.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in line_top.children):
            line_top, keep = line_top.head, keep | {line_top.i}  # "… Hajime Tamura, who earlier today said Japan
            # was ready to take 'appropriate measures' …": the line starts with whom "who" means
        text = clause_text(line_top, keep, target_tok)
        teller, teller_cites = self.teller(token, sentence) if imposer is None else (None, [])
        citation = self.document.cite(sentence)
        leaned = [self.document.cite(s) for s in dict.fromkeys(self.leaned) if s.index != sentence.index]
        event = Event(status, imposer, target, target_head, measure, reason, when, text, [*leaned, citation],
                      {self.document.source.id}, target_tok.i if target_tok is not None else None)
        if status.startswith("lift-") and cue is not None:
            event.cue = cue.lemma_.lower()
        event.asker = asker
        event.teller, event.teller_cites = teller, teller_cites
        event.condition = condition_text(token, gov)
        event.amount = amount_of(token, gov)
        events = [event]
        if status in ("violation-alleged", "violation-warned") and (trigger.kind == "ban" or imposer):
            regime_top = token.head if token.dep_ in ("acl", "relcl") else token
            regime_text = clause_text(regime_top, keep - {cue.i} if cue is not None else keep)
            events.append(Event("existing", imposer, target, target_head, measure, None, None, regime_text,
                                [citation], {self.document.source.id}, event.target_token))
        return [e for e in events if e.status != "violation-warned"]

    def antecedent(self, pronoun: Token) -> Token | None:
        """The named subject of the sentence before, for a pronoun that opens its own clause
        ("It said it may take legal action", after "General Acquisition also said …"): "it" a
        body or country, "they" a plural or body, "he"/"she" a person. Only when nothing in its own
        sentence comes before it to stand for; otherwise None, never a guess."""
        word = pronoun_word(pronoun)  # "The unit was seized": "it"
        if word not in PRONOUNS:
            return None
        if pronoun.dep_ in ("dobj", "dative") and pronoun.head.dep_ == "conj":
            named = child(pronoun.head.head, "dobj")  # "… banned Suarez for nine international matches and
            if named is not None and named.pos_ == "PROPN" and agrees(word, named):  # fined him 100,000 francs"
                return named
        sentence = self.document.sentence_of(pronoun)
        earlier = [t for t in sentence.span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ != "PRON"
                   and t.i < pronoun.i] if sentence is not None else []
        if sentence is None:
            return None
        first = next((t for t in sentence.span if t.pos_ == "PRON" and same_referent(t, pronoun)), pronoun)
        if earlier and all(t.i > first.i and t.pos_ != "PROPN" and entity_of(t) is None for t in earlier):
            earlier = []  # "If they do not respond or their explanations are rejected, they will be
            # provisionally banned": the second "they" is the first's, which nothing before stands for
        if not earlier:
            found = subject_before(self.document, sentence, pronoun)
            if found is None:
                return None
            self.leaned.append(found[1])  # cited beside the sentence: the reader sees whom "it" means
            return found[0]
        # "Deutsche Bank is involved in the case because it is itself being sued by Yukos": the
        # subject of the clause the pronoun's clause hangs on; any other earlier subject is a guess
        ancestors = {a.i for a in pronoun.ancestors}
        subject = next((t for t in reversed(earlier) if t.head.i in ancestors and t.pos_ == "PROPN"), None)
        if subject is None or subject != earlier[-1] or any(
                (t.pos_ == "PROPN" or is_body(t) or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"))
                and t.i not in {s.i for s in subject.subtree} for t in sentence.span[subject.i - sentence.span.start + 1 : pronoun.i - sentence.span.start]):
            return None  # "Baker told reporters he saw nothing that would cause the president to back
            # away from his plan": another party between them, whom "his" means is a guess
        return subject if agrees(word, subject) else None

    def teller(self, token: Token, sentence: Sentence) -> tuple[str | None, list]:
        """Who tells the measure, when its sentence reports what a party said ("It added that Kenteris and
        Thanou had been 'provisionally suspended'": the IAAF of the sentence before), and the sentences
        that name them; kept aside, used only where another telling names that party as the imposer."""
        speaker = speech_subject(token, pronouns=True)
        before = len(self.leaned)
        name = self.party(speaker) if speaker is not None else None
        naming = [self.document.cite(s) for s in self.leaned[before:] if s.index != sentence.index]
        del self.leaned[before:]
        return name, naming

    def counted(self, noun: Token) -> Token | None:
        """The named parties a count noun ("the duo") stands for; the sentence naming them is cited too."""
        sentence = self.document.sentence_of(noun)
        found = counted_before(self.document, sentence, noun, count_nouns()[noun.lemma_.lower()]) \
            if sentence is not None else None
        if found is None:
            return None
        if found[1] is not sentence:
            self.leaned.append(found[1])
        return found[0]

    def imposers(self, head: Token | None, strict: bool) -> str | None:
        """The imposer a subject names, coordinated ones joined ("Global Crossing Ltd. … and cable
        operator Cox Communications Inc. appeared to have blocked access"); with ``strict`` (a weak
        measure word) only known actors and bodies of people count."""
        if head is None:
            return None
        names = []
        heads = noun_conjuncts(head) + [c for a in head.children if a.dep_ == "appos" for c in noun_conjuncts(a)[1:]]
        if head.dep_ == "nsubj":  # "Global Crossing Ltd., a … provider, and cable operator Cox Communications Inc.
            # appeared to have blocked …": the parser made the second a subject of its own, after the "and"
            heads += [c for c in head.head.children if c.dep_ == "nsubj" and c.i > head.i
                      and any(t.dep_ == "cc" and t.lower_ == "and" for t in head.doc[head.i : c.i])]
        heads = [(self.antecedent(h) or h) if is_anaphoric(h) else h for h in heads]  # "The group might impose"
        for h in heads:  # "Global Crossing Ltd., a … provider, and cable operator Cox …": the conj hangs on the apposition
            name = self.actor(h, strict=strict, owner=True) or (self.actor(h) if is_body(h) else None)
            if name and name not in names:
                names.append(name)
        return joined(names) if names else None

#: Prepositions of the court a remedy is sought in ("seeking injunctions in foreign courts").
COURT_PREPS = frozenset({"in", "from", "before", "with"})
#: Nouns of a decision still to be taken: putting one off suspends no measure.
DECISIONS = DECISION_NOUNS | {"hearing"}


def ranked(token: Token) -> bool:
    """A measure told elsewhere, here only ranked or described ("This is the third-largest fine imposed by
    the Irish data protection authority so far", audit s15 #18): the attribute of "this/it/that is"."""
    verb = token.head
    if token.dep_ == "attr" and verb.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lower_ in ("this", "it", "that") for c in verb.children):
        return True
    # the measures it is ranked after ("…, after sanctioning Amazon with 746 million euros and Facebook with 1.2
    # billion euros", audit s20 #19): earlier measures named to rank this one, in passing
    above = [a for a in token.ancestors if a.dep_ == "attr" and ranked(a)]
    return bool(above) and any(a.dep_ == "prep" and a.lower_ in ("after", "behind", "than") for a in token.ancestors)


def read_document(document: Document, index) -> list[Event]:
    """Every sanction event of one document, in text order."""
    reader = Reader(document, index)
    events: list[Event] = []
    story = [s for s in story_sentences(document) if not is_headline(s)]
    # "U.S. MAY END ADDITIONAL SANCTIONS AGAINST JAPAN": the body tells it whole; a headline only names
    # the imposer its lead leaves unnamed
    said = [e for s in headline_sentences(document) for t in find_triggers(s.span) for e in reader.read(t, s)]
    for sentence in story:
        found: list[Event] = []
        for trigger in find_triggers(sentence.span):
            found.extend(reader.read(trigger, sentence))
        found.extend(read_defenses(reader, sentence))
        imposed_targets = {e.target_token for e in found if e.status != "evasion"}
        for event in found:
            if event.status == "evasion" and event.target_token in imposed_targets:
                continue
            events.append(event)
    return imposers_from_headline(events, said, story[0].index if story else None)
