"""Status of a sanction: imposed, threatened, proposed, demanded, in force, allegedly violated,
evaded, or a lifting done, proposed, demanded or opposed — read from the words above its trigger
and the ``sanction_*`` lexicons.
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.nlp.syntax import (MODALS, chain, child, clause_head, condition, governing_verb,
                                 is_passive, marked_clause)
from briefgen.sections.sanctions.lifts import has_advice_modal, has_modal, lift_status, phrasal_lift
from briefgen.sections.sanctions.lexicons import lexicon
from briefgen.sections.sanctions.measures import condition_clause, threatened_as_said
from briefgen.sections.sanctions.phrases import CONTRASTS
from briefgen.sections.sanctions.triggers import EXEMPTION_NOUNS, Trigger, ended_exemption, is_measure_noun



#: Marks of a clause a future measure hinges on: with one it is a threat, without one a plan.
CONDITIONS = frozenset({"if", "unless", "until", "once"})
#: Verbs of seeking a remedy at law (``sanction_legal_nouns``): the seeker's own measure.
SEEKING = ("seek", "ask", "apply", "request", "file")


def legal_remedy(trigger: Trigger, cue: Token) -> bool:
    """The measure is a remedy a party seeks at law ("an injunction", "damages"), or what such a
    remedy would do ("seeking injunctions in foreign courts to impound Russian oil and gas exports")."""
    remedies = {w.split()[-1] for w in lexicon("legal_nouns")}
    if trigger.token.lemma_.lower() in remedies:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in remedies for c in cue.children)


#: Keep verbs of a body confirming a measure, not prolonging it: upheld, not extended.
UPHOLDING = frozenset({"uphold"})
#: Statuses of a measure not yet taken: what a party plans, threatens, proposes or weighs.
INTENDED = ("threatened", "proposed", "planned", "considered")
#: Verbs by which a measure acts or is acted on; as its subject's verb under a modal, any other
#: ("would be designed", "would involve") only describes the measure.
ACTING_TABLES = ("impose_verbs", "verbs", "ban_verbs", "threat_verbs", "face_verbs", "lift_verbs", "ease_verbs",
                 "expand_verbs", "extend_verbs", "keep_verbs", "suspendable_nouns")


def intended(verb: Token, tables) -> tuple[str, Token] | None:
    """The status a verb of intent gives the act it governs ("planned to raise", "threatened to
    extend"), or None."""
    lemma = verb.lemma_.lower()
    return next(((status, verb) for status, table in tables if status in INTENDED and lemma in lexicon(table)), None)


def overturned_after(verb: Token) -> Token | None:
    """The "but …" clause that strikes the measure down ("…, but the decision was overturned"), whose
    subject only points back at it ("the decision", "it") or is absent."""
    if not any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.lemma_.lower() in lexicon("overturn_verbs"):
            subject = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.pos_ == "PRON" or subject.lemma_.lower() in POINTING_NOUNS:
                return c
    return None


#: Nouns by which a clause points back at the measure just told ("but the decision was overturned").
POINTING_NOUNS = {"decision", "ruling", "ban", "suspension", "measure", "sanction", "order", "penalty", "fine"}


def status_of(trigger: Trigger) -> tuple[str, Token | None]:
    """Status from the words above the trigger (``status_words``), settled by what the measure is:
    a lawsuit filed is a remedy sought ("said it filed suit against the … offer", "is being sued by
    Yukos"), and a measure held on a condition of the target is a threat ("an order suspending data
    transfers if TikTok has not brought them into compliance")."""
    status, cue = status_words(trigger)
    token = trigger.token
    if status in ("imposed", "existing") and (trigger.measure == "lawsuit" or token.lemma_.lower() in ("suit", "lawsuit")):
        return "sought", cue  # (also "itself a target of a Yukos lawsuit": a claim before a court, not in force)
    gov = token if trigger.kind in ("verb", "ban") else governing_verb(token)
    if status == "imposed" and gov is not None:
        undone = overturned_after(gov)
        if undone is not None:
            return "overturned", undone  # "Thanou … was provisionally suspended …, but the decision was
            # overturned": the measure told is one struck down
    clause = condition_clause(token, gov)
    if status in ("imposed", "planned") and clause is not None and any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
        return "threatened", cue
    return status, cue


#: Nouns of being freed from a measure: "seeks relief from the judgement" asks for it to be lifted.
RELIEF_NOUNS = {"relief", "reprieve"}


def relief_sought_from(token: Token) -> Token | None:
    """The relief noun when the measure is what a verb's object "relief … from" frees from, also where
    the parser hangs the measure on the verb beside the object ("Texaco seeks judicial relief from an
    8.5 billion dlr, plus interest and costs, judgement against it"): that relief, else None."""
    verb = next((n for n in chain(token)[1:] if n.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() in lexicon("lift_verbs"):
        return None  # ("removing the exemption from duties": no relief is asked, the duties come back)
    relief = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in RELIEF_NOUNS), None)
    if relief is None:
        return None
    source = next((c for c in [*verb.children, *relief.children] if c.dep_ == "prep" and c.lower_ == "from"), None)
    return relief if source is not None and relief.i < source.i < token.i else None


def status_words(trigger: Trigger) -> tuple[str, Token | None]:
    """Status from the words above the trigger, and the word that gave it.

    The first lexicon word on the way up wins (evade, violate, lift, warn, propose); a modal on the
    trigger's own clause makes a threat; otherwise an active participle or relative clause
    describing a noun ("resolutions banning…") is a regime in force, anything else is imposed.
    """
    token = trigger.token
    own_clause = clause_head(token)
    tables = (("evasion", "evasion_words"), ("violation-alleged", "violation_words"),
              ("overturned", "overturn_verbs"), ("appealed", "appeal_verbs"),
              ("lifted", "lift_verbs"), ("threatened", "threat_verbs"), ("proposed", "proposal_verbs"),
              ("planned", "plan_verbs"), ("considered", "consider_verbs"), ("announced", "announce_verbs"),
              ("demanded", "demand_words"),
              ("extended", "extend_verbs"), ("expanded", "expand_verbs"))
    if trigger.kind in ("noun", "weak-noun"):
        made = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon("impose_verbs")
                     and is_passive(c, reduced=True)), None)
        if made is not None:  # "the administrative fines imposed by the Irish watchdog": in place, whatever
            return "imposed", made  # is said about them ("the panel will decide on the ban imposed on …")
        lifted_above = any(phrasal_lift(n) or n.lemma_.lower() in lexicon("lift_verbs") for n in chain(token)[1:])
        for c in token.children:  # "a proposed 2 euro handling fee", "a threatened strike by 55,000 employees"
            if c.dep_ == "amod" and c.tag_ in ("VBN", "JJ") and not lifted_above:
                forms = {c.lemma_.lower(), c.lower_.removesuffix("d"), c.lower_.removesuffix("ed")}
                for status, table in tables:
                    if forms & set(lexicon(table)) and status != "lifted":
                        return status, c
    if token.dep_ == "relcl" and token.head.pos_ == "NOUN" and token.head.dep_ == "dobj" \
            and token.head.head.lemma_.lower() in lexicon("restore_verbs"):
        return lift_status(token.head.head)  # "agreed to reestablish … dialogue, which has been suspended since …"
    relief = relief_sought_from(token)
    if relief is not None:
        return lift_status(relief)  # "Texaco seeks judicial relief from an 8.5 billion dlr … judgement against it"
    aside = next((threatened_as_said(n) for n in chain(token) if n.dep_ == "advcl"
                  and threatened_as_said(n) is not None), None)
    if aside is not None:
        return "threatened", aside  # "if Washington imposes trade sanctions against Tokyo as it has threatened"
    asked = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("what", "which")), None)
    if asked is not None:
        return "considered", asked  # "the U.K. Government will consider what legal action it can possibly take":
        # which measure to take is an open question
    modal_zone = True
    sought = None  # the verb by which a party seeks a remedy at law itself
    path = chain(token)
    for i, node in enumerate(path):
        lemma = node.lemma_.lower()
        if i > 1 and lemma in lexicon("lift_verbs") and any(n.lower_ in ("free", "exempt") for n in path[1:i]):
            continue  # "plans to scrap its duty-free treatment of packages": ending the freedom from a duty
            # lifts nothing; read on for the plan
        if i > 0 and phrasal_lift(node):
            return lift_status(node)  # "agreed to hold up imposing anti-dumping duties", "call off the tariffs"
        if i > 0 and lemma in lexicon("face_verbs"):
            if node.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might", "would")
                                           for c in node.children):
                return "threatened", node  # "Under IAAF rules, the athletes could receive a maximum one-year
                # suspension": what they risk, not a measure in force
            if node.pos_ == "VERB" and path[i - 1].tag_ == "VBN" and _future(node):
                return "threatened", node  # "its American operations will likely have to be sold off …, or
                # face being banned from the country altogether" (The Register, May 2025): a ban it risks
            if node.pos_ == "VERB" and any(marked_clause(c) for c in node.children):
                return "threatened", node  # "They face two-year bans if found guilty": what they risk
            break  # "who now must face Trump's US tariffs": the target's lot, no modal of the imposer
        if i > 0 and node.lower_ in ("because", "due", "owing") or (node.lower_ == "of" and node.head.lower_ == "because"):
            break  # "requested the intervention because of a threatened strike": a cause, not what is asked
        if i > 1 and node.pos_ in ("VERB", "AUX") and path[i - 1].dep_ in ("acl", "relcl", "advcl") \
                and path[i - 1].pos_ == "VERB":
            break  # "Texaco's motion to reduce the amount of bond required … to secure a 1985 judgment":
            # what is done to the noun a clause describes is not done to the measure inside it
        if i > 0 and lemma in EXEMPTION_NOUNS:
            ender = ended_exemption(node)
            if ender is not None:
                return "imposed", ender  # "The United States ended tariff exemptions … for goods shipped from
                # China": the tariffs now apply
            break  # "removing the exemption from duties": the duties are not lifted, their exemption is
        if any(m.dep_ == "mark" and m.lower_ == "whether" for m in node.children):
            return "considered", node  # "a US bankruptcy court will decide whether to block the auction"
        if i > 0 and lemma in lexicon("attempt_words") and not (node.pos_ in ("VERB", "AUX") and has_modal(node)):
            return "sought", node  # "Yukos's legal attempts to block the auction": tried, not in force
            # ("said it would attempt to unseat the board" reads on: a threat)
        if i > 0 and lemma in UPHOLDING and node.pos_ == "VERB":
            # "FIFA's appeal committee upheld the ban": confirmed after an appeal; "Balbi said FIFA would uphold the
            # ban because they are corporatists" predicts a body's decision: no news of the measure
            return ("described" if has_modal(node) else "upheld"), node
        if i > 0 and lemma in lexicon("keep_verbs") and node.pos_ == "VERB" and has_modal(node):
            return "extended", node  # "they … would continue their strikes for a few more days": kept going
            # longer, no threat of something new
        if i > 0 and lemma in lexicon("criticism_verbs"):
            break  # "denounce the strikes": a critic, no status of theirs
        if i > 0 and is_measure_noun(node) and not carries(node, path[i - 1]):
            break  # "seeking a court order to block Pennzoil from … a judgement": the order's status
        if i > 0:  # the trigger itself says what it is ("suspension"), not what happens to it
            for status, table in tables:
                if lemma in lexicon(table) and not (table in TURNABLE and turned(node)):
                    if status == "demanded" and lemma in SEEKING and legal_remedy(trigger, node):
                        sought = sought or node
                        continue  # "seeking an injunction": going to law oneself, read on for its modality
                    if status == "lifted":
                        return lift_status(node)
                    if status == "violation-alleged" and node.pos_ in ("VERB", "AUX") and has_modal(node):
                        return "violation-warned", node  # "any deal … would violate United Nations Security
                        # Council resolutions banning arms sales": a warning of what would break the regime, no
                        # breach alleged (sanctions audit s23, item 19); only the regime in force is told
                    if status in ("expanded", "extended") and node.dep_ == "xcomp":
                        intent = intended(node.head, tables)
                        if intent is not None:
                            return intent  # "he planned to raise tariffs": a plan, not yet an expansion
                    if status in ("expanded", "extended") and node.pos_ == "VERB" and has_modal(node):
                        continue  # "the EC could raise tariffs … if the U.S. carries out a threat": the
                        # modal below says threatened or planned
                    return status, node
        if modal_zone and node.pos_ in ("VERB", "AUX") and has_advice_modal(node):
            return "proposed", node  # 'the EU should sanction …' is a call, not a measure
        if modal_zone and node.pos_ in ("VERB", "AUX") and has_modal(node) and node.dep_ == "relcl" \
                and node.head.lemma_.lower() in lexicon("proposal_verbs"):
            return "proposed", node.head  # "an EC executive commission proposal under which the EC could raise
            # tariffs …": what a proposal would do is proposed
        if i == 1 and path[0].dep_ in ("nsubj", "nsubjpass") and node.pos_ in ("VERB", "AUX") and has_modal(node) \
                and not any(lemma in lexicon(table) for table in ACTING_TABLES):
            return "described", node  # "The EC tariffs … would be designed to stop a diversion of exports": what
            # a measure would be or do tells no one's act (the proposal is told where it is proposed); "sanctions
            # against Japanese financial institutions … would set back London's ambition" (see ``turned``)
        if modal_zone and node.pos_ in ("VERB", "AUX") and has_modal(node):
            # "Paris will charge a flat-rate fee on each parcel": a plan; "would", "could", or a
            # condition ("will impose sanctions if …") make it a threat
            will = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll", "shall") for c in node.children)
            whoever = any(t.lower_ == "any" and t.dep_ == "det" for t in node.subtree)  # "sanctioning any entities that …"
            return ("planned" if will and not whoever and condition(token, CONDITIONS) is None else "threatened"), node
        if node.i == own_clause.i:
            modal_zone = node.dep_ in ("xcomp", "pcomp")
            own_clause = clause_head(node.head) if modal_zone else own_clause
        if node.dep_ in ("conj", "parataxis") and node.pos_ in ("VERB", "AUX"):
            break
        if i > 0 and node.dep_ in ("advcl", "ccomp", "relcl") and node.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break  # 'China vows countermeasures as the US expands its ban': 'vows' is not the US's
            # (an adjective is no clause of its own: "the tariff on small packages worth up to $800 … was
            # revised down", where the parser made the tariff the subject of "worth")
    if sought is not None:
        return "sought", sought  # "Gencorp is seeking an injunction against the offer": asked of a court
    if trigger.kind == "ban" and token.dep_ in ("acl", "relcl") and not is_passive(token, reduced=True):
        return "existing", None
    if trigger.kind in ("verb", "ban") and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ == "NOUN" \
            and not any(c.ent_type_ in ("DATE", "TIME") or c.dep_ == "agent" for c in token.subtree):
        return "existing", None  # "waging war against the notorious spammers blacklisted at Spamcop": what
        # the spammers are, not an act the sentence tells (a date or an agent tells one: "… hit with sanctions today")
    if trigger.kind in ("noun", "weak-noun"):
        gov = governing_verb(token)
        if gov is not None and gov.lemma_.lower() in lexicon("impose_verbs"):
            return ("reimposed" if gov.lemma_.lower() == "reimpose" else "imposed"), gov
        if token.dep_ == "pobj" and token.head.lower_ in ("under", "despite"):
            return "existing", None
        return "existing", None
    return "imposed", None


#: Particles that make another verb of a verb of planning or imposing: "would set back London's ambition"
#: plans nothing, "put off" imposes nothing (while "revised down", "scaled back" still ease).
TURNING_PARTICLES = frozenset({"back", "off", "aside", "apart"})
TURNABLE = ("plan_verbs", "impose_verbs")


def turned(verb: Token) -> bool:
    return any(c.dep_ == "prt" and c.lower_ in TURNING_PARTICLES for c in verb.children)


def carries(instrument: Token, clause: Token) -> bool:
    """An instrument whose clause imposes the measure: "his plan to issue a proclamation on Friday
    slapping 100 per cent tariffs" — the tariffs stand as the proclamation does (planned)."""
    return instrument.lemma_.lower() in lexicon("instrument_nouns") and clause.dep_ == "acl" \
        and clause.lemma_.lower() in lexicon("impose_verbs")


def negated(tokens: list[Token]) -> bool:
    """True when a verb on the way up is negated ("did not impose sanctions") or denies what it
    governs ("denied that the measures were aimed at any country")."""
    if any(t.lemma_.lower() in lexicon("denial_verbs") for t in tokens[1:]):
        return True
    return any(child(t, "neg") is not None for t in tokens if t.pos_ in ("VERB", "AUX"))


RISK_MODALS = MODALS - {"shall", "can", "ca", "wo"}  # what may come, not what one is able to do


def _future(verb: Token) -> bool:
    """A verb told as what may come, by its own modal or, as a conjunct, its first verb's ("will likely
    have to be sold off …, or face being banned")."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(c.dep_ == "aux" and c.lower_ in RISK_MODALS for v in verbs for c in v.children)
