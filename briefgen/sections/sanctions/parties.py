"""Parties of the sanctions section: who imposes (or asks for, or opposes) a sanction and whom it
targets, read off one trigger's parse and resolved to canonical actors through the actors section's
``ActorIndex``. A sanction noun is never a party.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.antecedents import is_anaphoric, named_apposite, parsed_beside
from briefgen.nlp.labels import PARTY_LABELS
from briefgen.nlp.syntax import acl_children, child, clause_head, condition, is_passive, noun_conjuncts, prep_object
from briefgen.sections.sanctions.agents import (ASKED, act_owner, agent_object, asker_of, asking_parties, evader, facer, passive_host, speaker_of, speech_subject, subject,
                                              time_limit_parties)
from briefgen.sections.sanctions.lexicons import count_nouns, lexicon
from briefgen.sections.sanctions.measures import is_sum, sum_of
from briefgen.sections.sanctions.phrases import aim_before, bare_name, entity_of, joined, np_text, np_tokens
from briefgen.sections.sanctions.triggers import (Trigger, against_what, ended_exemption, is_body, is_ruling, is_sanction_word,
                                                ruled_against)

TARGET_PREPS = {"on", "against", "to", "targeting"}


#: Entity labels that never name a target ("on Thursday", "of 120 pct").
NOT_TARGETS = {"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"}


class Parties:
    """Imposers and targets of sanction triggers, as canonical actors where the index knows them."""

    def __init__(self, index):
        self.index = index

    def actor(self, token: Token | None, strict: bool = False, owner: bool = False) -> str | None:
        """Canonical actor for a noun phrase head; its own words when it names no known actor
        (unless ``strict``); None for pronouns. With ``owner``, a common noun led by a named actor
        stands for that actor ("*EU* leaders" -> European Union)."""
        if token is not None and token.pos_ == "PRON":
            token = speaker_of(token) or self.antecedent(token)  # "GenCorp said it filed suit": GenCorp
        if token is None:
            return None
        client = prep_object(token, {"for"}) if token.lemma_.lower() in lexicon("representative_nouns") else None
        if client is not None and client.pos_ == "PROPN":
            token = client  # "lawyers for Menatep … said they would take legal action": Menatep acts
        if token.ent_type_ == "CARDINAL" and prep_object(token, {"of"}) is not None:
            token = prep_object(token, {"of"})  # "thousands of troops": the troops
        if token.lower_ in lexicon("bloc_adjectives"):
            name = lexicon("bloc_adjectives")[token.lower_]  # "western sanctions": the West's
            return " ".join(w if w == "the" else w.capitalize() for w in name.split())
        if owner and token.pos_ == "NOUN" and entity_of(token) is None \
                and token.lemma_.lower() in load_lexicon("ask_state_organs"):  # not "Brazil's 40,000 seamen"
            inner = self.phrase_actor(token)
            if inner is not None:
                return self.actor(inner, strict=True)
        ent = entity_of(token)
        candidates = [ent.text] if ent is not None else []
        candidates += [np_text(token), token.text]
        if self.index is not None:
            for text in candidates:
                name = self.index.resolve(text)
                if name and not (ent is None and text.islower() and name.lower() == text):
                    return name  # ("restrictions on their liberty" is no party "Liberty")
            if token.pos_ == "PROPN":
                fits = {name for key, name in self.index.by_key.items()
                        if token.text.lower() in key.split()}
                if len(fits) == 1:
                    return fits.pop()
        if strict:
            return None
        if ent is not None and ent.label_ in PARTY_LABELS:
            return np_text(ent.root) if ent.root.pos_ == "NOUN" else bare_name(ent.text)
        if token.pos_ == "PROPN":
            return np_text(token)
        if is_anaphoric(token):
            return None  # "the group might impose steep new tariffs": whom "the group" means is told before
        if is_body(token):  # "the strike by 40,000 seamen", "Brazil's seamen": the body, as written
            return " ".join(t.text for t in np_tokens(token) if t.pos_ not in ("NUM", "DET") and t.dep_ != "poss"
                            and not t.is_punct and t.dep_ not in ("case", "quantmod", "advmod")
                            and t.ent_type_ != "CARDINAL")  # not "more than marines"
        return None  # "the imposition of further sanctions", "the combination of two stoppages": no party

    def named(self, head: Token | None) -> str | None:
        """The known actor a noun phrase names, itself or by the name beside it ("the pair's former
        coach, Christos Tzekos")."""
        if head is None:
            return None
        beside = named_apposite(head) if head.pos_ == "NOUN" else None
        return self.actor(head, strict=True) or (self.actor(beside, strict=True) if beside is not None else None)

    def antecedent(self, pronoun: Token) -> Token | None:
        """What a pronoun stands for beyond its own sentence; the reader of a document knows."""
        return None

    def counted(self, noun: Token) -> Token | None:
        """The named parties a count noun ("the duo") stands for; the reader of a document knows."""
        return None

    def phrase_actor(self, head: Token) -> Token | None:
        """A named actor inside a noun phrase ("*Security Council* resolutions", "*US* sanctions")."""
        for c in head.lefts:
            if c.dep_ in ("compound", "amod", "poss", "nmod") and (
                    entity_of(c) is not None or c.pos_ == "PROPN" or c.lower_ in lexicon("bloc_adjectives")) \
                    and self.actor(c, strict=True):
                return c
        return None

    def party(self, head: Token | None) -> str | None:
        """Actors named by a subject, coordinated ones joined ("Washington and Paris")."""
        if head is None:
            return None
        names = []
        for h in noun_conjuncts(head):
            named = next((c for c in h.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"
                          and c.i > h.i), None)
            h = named if named is not None and h.pos_ == "NOUN" else h  # "Brazil's state-oil company Petrobras"
            name = self.actor(h, owner=True)
            if name and name not in names:
                names.append(name)
        if not names:
            return None
        return joined(names)

    def targets(self, head: Token | None, ruling: bool = False) -> tuple[str | None, str | None]:
        """Target text (coordinated heads joined) and the first head's lemma, for merging; a
        ``ruling`` may be against a measure ("ruled the strike illegal")."""
        if head is None:
            return None, None
        named = parsed_beside(head) if head.pos_ == "NOUN" else None
        head = named or head  # "Greek sprinters Kostas Kenteris and … have been suspended", two subjects as parsed
        if head.tag_ in ("WDT", "WP") and head.head.dep_ == "relcl":
            head = head.head.head  # "the plant, which was occupied by …": the plant
        if head.pos_ == "PRON":
            head = speaker_of(head) or self.antecedent(head)  # "Texaco said it would continue to appeal …"
        elif is_anaphoric(head):
            head = self.antecedent(head) or head  # "Yugansk is at the heart of Yukos … The unit was seized"
        if head is not None and head.pos_ == "NOUN" and head.lemma_.lower() in count_nouns():
            head = self.counted(head) or head  # "The duo had been provisionally suspended": the two named before
        if head is not None and head.ent_type_ == "CARDINAL" and prep_object(head, {"of"}) is not None:
            head = prep_object(head, {"of"})  # "a flat fee on billions of small parcels": the parcels
        elif is_sum(head) and sum_of(head) is not None:
            head = sum_of(head)  # "tariffs on as much as 300 mln dlrs in Japanese exports": the exports
        if head is not None and head.lower_.startswith("anti-") and against_what(head.head) == head:
            return head.text[5:], head.text[5:].lower()  # "its anti-spam operation": against spam
        if head is not None and is_sanction_word(head) and not ruling:
            return None, None  # "were still on strike", "Fees should be charged": the measure is not its own target
        if head is None or head.ent_type_ in NOT_TARGETS or any(c.ent_type_ in ("MONEY", "PERCENT") for c in head.lefts):
            return None, None  # "the 51 mln dlrs in sanctions": an amount, not whom they hit
        if any(c.dep_ == "poss" and c.lower_ in ("our", "my", "your") for c in head.children):
            owner = speech_subject(head, steps=6)  # "Our assets were illegally seized": a speaker's own, unnamed
            return (self.actor(owner), self.actor(owner)) if owner is not None else (None, None)
        names = []
        for h in noun_conjuncts(head):
            appos = child(h, "appos")
            named = appos is not None and self.actor(appos, strict=True) and not self.actor(h, strict=True)
            for n in noun_conjuncts(appos) if named else [h]:  # "on sprinters Costas Kenteris and Katerina Thanou"
                name = self.actor(n, strict=True) or np_text(n, with_of=True)
                if name and name not in names:
                    names.append(name)
        if not names:
            return None, None
        text = joined(names)
        return text, (names[0] if head.pos_ == "PROPN" or entity_of(head) else head.lemma_.lower())

    def parties(self, trigger: Trigger, gov: Token | None, status: str, cue: Token | None):
        """(imposer token, target token, measure, asker token) for one trigger; the asker only for a
        status one party asks for or opposes (:data:`ASKED`), whose imposer is then the one asked."""
        token = trigger.token
        measure = trigger.measure
        imposer = target = None
        if trigger.kind in ("verb", "ban"):
            host = passive_host(token)
            if is_passive(token, reduced=True) or host is not None:
                imposer = agent_object(token)
                if imposer is None:  # "banned … by a US court injunction", the "by" hung lower
                    imposer = next((t for t in token.subtree if t.dep_ == "pobj" and t.head.lower_ == "by"
                                    and is_sanction_word(t)), None)
                if imposer is not None and is_sanction_word(imposer):
                    # "banned from taking part in the auction by a US court injunction": the court's
                    imposer = next((c for c in imposer.lefts if c.dep_ == "compound" and is_body(c)), None) \
                        or self.phrase_actor(imposer)
                target = child(token, "nsubjpass")
                if target is None and token.dep_ in ("acl", "relcl", "amod"):
                    target = token.head
                elif target is None and host is not None:
                    target = child(host, "nsubjpass")  # "A … comedian was convicted of inciting hatred and jailed"
                elif target is None:
                    target = facer(token)  # "… or face being banned from the country altogether"
            elif token.tag_ == "VBN" and token.head.lemma_.lower() == "have" and token.dep_ in ("ccomp", "xcomp"):
                target = subject(token.head)  # "Gazprom could face having foreign assets seized": the haver's;
                # who would seize them is not said
            else:
                imposer = subject(token)
                if token.dep_ == "acl" and imposer is None:
                    imposer = self.phrase_actor(token.head) or token.head
                target = ruled_against(token) if is_ruling(trigger) else child(token, "dobj")
                if target is not None and target.ent_type_ == "MONEY" and child(token, "dative") is not None:
                    target = child(token, "dative")  # "fined Meta Platforms $1.3 billion": the one fined
                if target is not None and target.lemma_.lower() == "access" and prep_object(target, {"to"}) is not None:
                    target = prep_object(target, {"to"})  # "blocked access to the Lycos Europe site": the site
                if target is not None and target.ent_type_ in NOT_TARGETS:
                    # "has fined TikTok €530 million", parsed with TikTok inside the sum
                    target = next((c for c in target.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
            if trigger.kind == "ban" and not (target is not None and (target.dep_ == "nsubjpass" or facer(token))):
                obj = target  # not "they will be provisionally banned from competition": they are barred
                named = self.actor(obj, strict=True) if obj is not None else None
                if obj is not None and not named and not is_body(obj):
                    # "start blocking access to that host": what is barred; but "ban Japanese financial
                    # institutions from London" bars a body of parties, the target
                    measure = f"{np_text(obj)} {trigger.measure}"
                    target = prep_object(token, {"to", "on", "against", "from", "for", "with"}) \
                        or prep_object(obj, {"to", "of", "from", "with"})
        else:
            np = token
            while np.dep_ == "compound" and np.head.pos_ in ("NOUN", "PROPN"):
                np = np.head
            measure = np_text(token) if token.i == np.i else trigger.measure
            body = next((c for c in token.lefts if c.dep_ == "compound"
                         and c.lemma_.lower() in load_lexicon("sanction_authority_nouns")), None) \
                or next((speaker_of(c) for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PRON"), None)
            # "GenCorp said it would keep its poison pill": GenCorp's
            # "the US court order blocking the auction": the court's, not the United States'
            imposer = body or self.phrase_actor(token) or prep_object(token, {"from", "by"}) or act_owner(token)
            target = prep_object(token, TARGET_PREPS) or prep_object(np, TARGET_PREPS) or against_what(token)
            if target is not None and target.ent_type_ in ("DATE", "TIME"):
                target = None  # "hit the app-maker with a fine of €530 million on Friday": when, not on whom
            aim = aim_before(token)
            if target is None and aim is not None:
                # "Deutsche Bank - itself a target of a Yukos lawsuit": whom "a target" is
                target = aim.head if aim.dep_ == "appos" else subject(aim.head) if aim.dep_ == "attr" else None
            for c in acl_children(token):
                if (c.lemma_.lower() in lexicon("aiming_verbs")
                                        or c.lemma_.lower() in lexicon("verbs") or c.lemma_.lower() in lexicon("ban_verbs")):
                    target = target or child(c, "dobj")  # "a court order to block Pennzoil from …", "a temporary
                    # restraining order to prevent Trans World Airlines Inc from buying additional USAir shares"
                if c.lemma_.lower() in lexicon("impose_verbs") and is_passive(c, reduced=True):
                    # "the administrative fines imposed by the Irish watchdog", "tariffs imposed on Japan"
                    agent = child(c, "agent")
                    imposer = imposer or (child(agent, "pobj") if agent is not None else None)
                    target = target or prep_object(c, TARGET_PREPS)
            if gov is not None:
                lemma = gov.lemma_.lower()
                if lemma in lexicon("face_verbs"):
                    target = target or subject(gov)
                else:
                    if imposer is None and (cue is not None or lemma in lexicon("impose_verbs")
                                            or lemma in lexicon("keep_verbs")):
                        if is_passive(gov, reduced=True):
                            imposer = agent_object(gov)
                        else:
                            imposer = subject(gov)
                    target = target or prep_object(gov, {"on", "against"}) or (prep_object(gov, {"for"}) if ended_exemption(
                        token.head) is not None else None)  # "ended tariff exemptions … for goods shipped from China"
                    for c in gov.children:  # "seeking injunctions in foreign courts to impound Russian exports"
                        if c.dep_ in ("advcl", "xcomp") and (c.lemma_.lower() in lexicon("verbs")
                                                             or c.lemma_.lower() in lexicon("ban_verbs")):
                            target = target or child(c, "dobj")
                    if token.dep_ == "pobj" and token.head.lower_ == "with":
                        target = target or child(gov, "dobj")
                    first = token.head if token.dep_ == "conj" else token  # "handed a sentence … and a fine"
                    if target is None and is_passive(gov, reduced=True) and (first.dep_ == "dobj" or first.head.lower_ in ("with", "under", "to")):
                        subj = child(gov, "nsubjpass")  # "hit with sanctions", "placed under an embargo";
                        # not "the list … is taken from real-time blacklists"
                        if subj is None and gov.dep_ in ("pcomp", "advcl") and gov.head.i != gov.i:
                            subj = subject(clause_head(gov.head))  # "Luis Suarez found himself an outcast … after
                            # being handed a four-month ban": the one handed it is the clause's subject
                        target = subj if subj is not None and subj.i != token.i else None
        if trigger.kind in ("verb", "ban") and token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon("order_verbs"):
            # "ordered TikTok to suspend all illegal transfers": the one who orders imposes it on the one told
            order = token.head
            agent = child(order, "agent")
            imposer = subject(order) if not is_passive(order) else child(agent, "pobj") if agent is not None else None
            target = child(order, "dobj") or child(order, "nsubjpass") or target
        limit = time_limit_parties(token) if trigger.kind in ("verb", "ban") else None
        if limit is not None:
            imposer, target = limit[0], limit[1] or target
        if status == "evasion" and cue is not None:
            target = evader(cue) or target
        if status in ("threatened", "proposed", "considered", "planned") and target is None:
            clause = condition(token)
            if clause is not None:
                target = child(clause, "nsubj")
        if target is not None and target.lemma_.lower() in lexicon("trade_nouns"):
            inner = [t for t in target.subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "from", "with")
                     and self.actor(t, strict=True)]
            target = inner[0] if inner else target
        if imposer is not None and (target is not None and imposer.i == target.i or is_sanction_word(imposer)):
            imposer = None  # "sanctions lifted": the sanction is never its own imposer
        if target is not None and (cue is not None and target.i == cue.i or target.lemma_.lower() in lexicon("lift_verbs")):
            target = None  # "relief from some economic sanctions will be provided": relief is what happens, not to whom
        if status in ("overturned", "lifted", "eased", "suspended") and cue is not None and target is None:
            cleared = next((c for c in cue.children if c.dep_ == "advcl" and c.lemma_.lower() in lexicon("clearing_verbs")), None)
            target = child(cleared, "dobj") if cleared is not None else None  # "the independent tribunal
            # overturned those bans, clearing the sprinters of avoiding tests": the sprinters'
        if status == "appealed" and cue is not None and target is None:
            target = asker_of(cue)  # "it continued to appeal … the Pennzoil lawsuit": the one appealing is its target
        asker = None
        if status in ASKED and cue is not None:
            imposer, asker = asking_parties(cue, imposer, target)
        return imposer, target, measure, asker

