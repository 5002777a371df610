"""Who does what around a sanction word: the subject of a verb through control and signed
instruments, and who asks for, lifts or evades a measure. Only :func:`subject` reads lexicons
(``sanction_instrument_*``, ``sanction_proposal_verbs``).
"""
from __future__ import annotations

from spacy.tokens import Token

from briefgen.lexicons import load_lexicon
from briefgen.nlp.antecedents import GROUP_PRONOUNS, PERSON_PRONOUNS, THING_PRONOUNS
from briefgen.nlp.syntax import chain, child, is_passive, prep_object
from briefgen.sections.sanctions.lexicons import lexicon
from briefgen.sections.sanctions.triggers import is_body

# Verbs whose object, not subject, does what the infinitive says ("persuaded Iran to stop").
OBJECT_CONTROL = {"ask", "persuade", "force", "press", "tell", "order", "allow", "convince", "pressure",
                  "encourage", "compel", "invite", "require", "warn"}


#: Verbs of seeing, saying and thinking: a participle hung on one is rarely its subject's act.
PERCEPTION_VERBS = {"see", "say", "tell", "think", "believe", "expect", "hear", "note", "add", "know", "feel"}


def facer(measure: Token) -> Token | None:
    """Who faces a passive measure: the subject of "face" ("its American operations will likely have to be
    sold off …, or face being banned from the country altogether", The Register, May 2025), or that
    subject's owner when a pronoun names it (its operations are TikTok's)."""
    if measure.dep_ != "xcomp" or measure.head.lemma_.lower() not in lexicon("face_verbs"):
        return None
    target = subject(measure.head)
    owner = child(target, "poss") if target is not None and target.pos_ == "NOUN" else None
    return owner if owner is not None and owner.pos_ == "PRON" else target


def subject(verb: Token | None) -> Token | None:
    """The subject of a verb, climbing from an infinitive or gerund to the verb it serves."""
    node = verb
    for _ in range(8):
        if node is None:
            return None
        subj = child(node, "nsubj", "csubj")
        if subj is not None:
            return subj
        if node.dep_ in ("acl", "relcl") and node.head.pos_ in ("NOUN", "PROPN"):
            if node.dep_ == "acl" and node.head.lemma_.lower() in lexicon("instrument_nouns"):
                # "Biden signed an executive order imposing sanctions": the order's author imposes
                author = node.head.head
                if author.lemma_.lower() in lexicon("instrument_verbs"):  # signed, issued, passed …
                    return child(author, "nsubj")
                return None
            if node.dep_ == "relcl":
                return node.head
            # "America's decision to impose tariffs"; "Washington announced plans to put … in tariffs"
            owner = child(node.head, "poss")
            if owner is not None:
                return owner
            noun = node.head
            while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM"):
                noun = noun.head.head  # "sent thousands of troops supported by tanks to occupy …": the sender
            return child(noun.head, "nsubj") if noun.dep_ == "dobj" else None
        if node.dep_ == "pcomp" and node.tag_ == "VBG":  # "something ridiculous about FIFA banning Luis
            doer = child(node.head, "pobj")  # Suarez": the parser hangs the gerund's subject on the preposition
            if doer is not None and doer.i == node.i - 1 and doer.pos_ in ("PROPN", "NOUN"):
                return doer
        if node.dep_ not in ("xcomp", "pcomp", "prep", "pobj", "dobj", "advcl", "conj", "acomp") \
                or node.head.i == node.i:
            return None
        if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.lemma_.lower() in PERCEPTION_VERBS:
            return None  # "he saw no developments that would cause the president to back away from his
            # plan to issue a proclamation on Friday slapping tariffs": the parser's attachment, not his act
        if node.dep_ == "xcomp" and (node.head.lemma_.lower() in OBJECT_CONTROL
                                     or node.head.lemma_.lower() in lexicon("proposal_verbs")
                                     or node.head.lemma_.lower() in lexicon("demand_words")):
            # "urged Pyongyang to cease", "called on the US to lift"
            controller = child(node.head, "dobj") or prep_object(node.head, {"on", "upon"})
            if controller is not None:
                return controller
        node = node.head
    return None

def asker_of(word: Token) -> Token | None:
    """Who asks, wants or opposes: the subject of the verb, or the owner of a noun ("Iran's demand")."""
    if word.pos_ in ("NOUN", "PROPN"):
        return child(word, "poss") or subject(word)
    return subject(word.head if word.dep_ == "aux" else word)


def asked_party(word: Token) -> Token | None:
    """Whom an asking word asks to act: its object ("Petrobras has asked *the Army* to withdraw the
    troops", "failure to convince *America* to call off the threatened tariffs") or the one "called
    on"; None for a want with no one asked ("Iran wants sanctions lifted")."""
    if word.pos_ not in ("VERB", "AUX"):
        return None
    verb = word.head if word.dep_ == "aux" else word
    return child(verb, "dobj") or prep_object(verb, {"on", "upon"})


#: Statuses of a measure, or its lifting, that one party asks for (or opposes) of another.
ASKED = ("lift-demanded", "lift-opposed", "demanded", "sought")


def asking_parties(cue: Token, imposer: Token | None, target: Token | None) -> tuple[Token | None, Token | None]:
    """(imposer, asker) of a measure or lifting asked for: who asks is not who would impose or lift
    ("Petrobras has asked the Army to withdraw the troops …" asks it of the Army; audit s13, #03), so
    the imposer is the one asked, else the measure's own imposer unless that is the asker."""
    asker = asker_of(cue)
    if asker is None:
        return imposer, None
    asked = asked_party(cue)
    if asked is not None and asked.i != getattr(target, "i", None):
        return asked, asker
    same = imposer is not None and imposer.i in {t.i for t in [asker, *asker.conjuncts]}
    return (None if same else imposer), asker


def lifter_of(lift: Token) -> Token | None:
    """Who would do the lifting: the subject of an active lift verb (through control), else None."""
    if lift.pos_ not in ("VERB", "AUX") or is_passive(lift, reduced=True):
        return None
    return subject(lift)

def evader(cue: Token) -> Token | None:
    """Who evades: the subject of ``evade``, the owner of "Russia's efforts to evade", or the
    noun that a compound "sanctions evasion" describes ("a sanctions evasion network")."""
    if cue.pos_ == "NOUN":
        if cue.dep_ == "compound":
            head = cue.head
            while head.dep_ == "compound":
                head = head.head
            return head
        return child(cue, "poss")
    subj = child(cue, "nsubj")
    if subj is not None:
        return subj
    if cue.dep_ == "acl":
        owner = child(cue.head, "poss")
        if owner is None and cue.head.dep_ == "dobj":
            owner = subject(cue.head.head)
        return owner or cue.head
    return subject(cue)


def speech_subject(token: Token, steps: int | None = None, pronouns: bool = False) -> Token | None:
    """The named subject of the speech verb whose complement holds ``token`` ("…, France said",
    "GenCorp said it …"), looking at most ``steps`` words up; None when that subject is a pronoun,
    unless ``pronouns`` ("It added that …": the caller resolves whom "it" means)."""
    for node in chain(token)[:steps]:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in load_lexicon("ask_speech_verbs"):
            speaker = child(node.head, "nsubj")
            return speaker if speaker is not None and (pronouns or speaker.pos_ != "PRON") else None
    return None


#: Verbs and nouns of a time limit one party sets another ("gave it six months to suspend transfers").
GRANT_VERBS = {"give", "grant", "allow"}
TIME_NOUNS = {"time", "month", "day", "week", "year", "deadline"}


def time_limit_parties(token: Token) -> tuple[Token | None, Token | None] | None:
    """(imposer, target) of a measure someone is given time to take ("said TikTok would be given six
    months' time to suspend data transfers"): whoever sets the limit imposes it on whoever is given
    it (the speaker, when the verb is passive); None when the measure is no such act."""
    if token.dep_ == "advcl" and token.head.lemma_.lower() in GRANT_VERBS and any(
            c.dep_ == "dobj" and c.lemma_.lower() in TIME_NOUNS for c in token.head.children):
        granted = token.head  # "gave it six months to suspend all illegal transfers", the limit on the verb
    elif token.dep_ in ("acl", "relcl", "advcl") and token.head.lemma_.lower() in TIME_NOUNS \
            and token.head.head.lemma_.lower() in GRANT_VERBS:
        granted = token.head.head
    else:
        return None
    if is_passive(granted):
        agent = child(granted, "agent")
        return (child(agent, "pobj") if agent is not None else speech_subject(granted)), child(granted, "nsubjpass")
    if child(granted, "nsubj") is None and granted.dep_ == "conj" and granted.head.dep_ == "ccomp":
        # "the DPC … said TikTok infringed the bloc's rulebook … and gave it six months to suspend": a verb
        # the parser joined to the reported clause; who gave, and to whom "it" refers, is a guess
        return None, None
    return subject(granted), child(granted, "dative")




def speaker_of(pronoun: Token) -> Token | None:
    """Whom a pronoun stands for when it speaks of itself in its own reported speech ("GenCorp
    said it filed suit", "Menatep said they would retaliate"): the named subject of the speech
    verb whose complement holds the pronoun, when it fits ("it" a body, "he"/"she" a person).
    Any other pronoun is left unresolved: the item then names no one rather than a guess."""
    word = pronoun.lower_
    if pronoun.dep_ == "poss" and word in ("its", "their", "his", "her"):
        # "General Acquisition repeated its request", "GenCorp remove its poison pill": the clause's subject
        verb = pronoun.head.head if pronoun.head.dep_ in ("dobj", "nsubjpass") else None
        subject = child(verb, "nsubj") if verb is not None else None
        if subject is not None and (subject.pos_ == "PROPN" or is_body(subject)
                                    and (word == "their") == (subject.tag_ in ("NNS", "NNPS"))):
            return subject  # "Tug crews … lifted their ban", not "shipping sources said"
    speaker = speech_subject(pronoun.head, steps=6)
    if speaker is None:
        return None
    person = speaker.ent_type_ == "PERSON" or (speaker.tag_ == "NN" and speaker.lemma_.lower() in load_lexicon("roles"))
    # ("A British minister said he had given the Japanese government a clear warning of sanctions")
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    fits = (word in THING_PRONOUNS and not person and not plural) or (word in PERSON_PRONOUNS and person) \
        or (word in GROUP_PRONOUNS and not person)
    return speaker if fits else None


#: Nouns of an imposer's own act on a measure: their owner imposes it ("Trump's announcement of trade
#: tariffs on China"); not "China's criticism of US tariffs".
ACT_NOUNS = {"announcement", "decision", "imposition", "introduction", "adoption", "threat", "plan", "use"}


def act_owner(measure: Token) -> Token | None:
    """The owner of the act a measure is the object of ("Donald Trump's announcement of trade tariffs")."""
    act = measure.head.head if measure.dep_ == "pobj" and measure.head.lower_ == "of" else None
    if act is None or act.pos_ != "NOUN" or act.lemma_.lower() not in ACT_NOUNS:
        return None
    return next((c for c in act.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def passive_host(verb: Token) -> Token | None:
    """The passive verb whose subject a bare participle joined by "and" shares: "A Russian stand-up
    comedian was convicted of inciting hatred and jailed", where the parser joins "jailed" to
    "inciting"; None when the participle has a subject or object of its own."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux")
                                                          for c in verb.children):
        return None
    return next((a for a in verb.ancestors if a.pos_ == "VERB" and child(a, "nsubjpass") is not None), None)


def agent_object(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" agent; in a headline's parse it may hang as ``dep`` ("Greek
    sprinters suspended by IAAF")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None) or next(
        (c for c in agent.children if c.dep_ == "dep"), None)
