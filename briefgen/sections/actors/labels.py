"""One entity label per name across the corpus (person, organisation, place), by vote, so one
mis-tagged mention does not split or mislabel an actor.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from briefgen import gazetteer
from briefgen.lexicons import load_lexicon
from briefgen.sections.actors.mentions import Mention

MAX_SURNAME_VOTES = 3
MIN_ORG_VOTES = 2
#: Name words at least this long may be spelled in several ways (transliteration).
SPELLING_MIN = 7
#: Letters that transliterations write either way ("Kostas" and "Costas", "Sergei" and "Sergey").
TRANSLITERATION = (("ph", "f"), ("c", "k"), ("y", "i"))


def vote_labels(mentions: list[Mention]) -> dict[str, str]:
    """One label per name across the corpus, so one mis-tagged mention does not split an actor.

    Place uses count as place votes; a known country, capital or seat of government always wins
    as a place (or as an organisation for seats like 'the Kremlin').
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    bodies = {m.key for m in mentions if m.body_noun}
    surnames = {m.key for m in mentions if m.surname} - {m.key for m in mentions if not m.surname}
    for m in mentions:
        if m.label == "NORP":
            continue
        votes[m.key]["GPE" if m.place_vote and m.label != "ORG" else m.label] += 1
    labels = {}
    for key, counter in votes.items():
        if gazetteer.seat_country(key) or gazetteer.organization_of(key):
            labels[key] = "ORG"
        elif (gazetteer.country_of(key) or gazetteer.capital_of(key)) and key not in surnames:
            labels[key] = "GPE"  # (unless only ever a person's surname: "Holland told CNN" after "Steve Holland")
        else:
            labels[key] = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            if labels[key] == "GPE" and (counter["ORG"] >= MIN_ORG_VOTES or key in bodies):
                labels[key] = "ORG"  # not a known place, named as an organisation or set off as one: a body
    return _lone_names_are_bodies(_incorporated_names_are_bodies(_surnames_are_people(labels, votes)), votes, bodies)


def _incorporated_names_are_bodies(labels: dict[str, str]) -> dict[str, str]:
    """A name voted a person that is also written with a company's legal form after it is that
    company ('Lycos Europe', tagged a person, beside 'Lycos Europe N.V.'): no person's name takes
    "N.V." or "Inc"."""
    suffixes = load_lexicon("company_suffixes")
    incorporated = {k.rsplit(" ", 1)[0] for k, label in labels.items()
                    if label == "ORG" and " " in k and k.rsplit(" ", 1)[1] in suffixes}
    return {k: "ORG" if label == "PERSON" and k in incorporated else label for k, label in labels.items()}


def _lone_names_are_bodies(labels: dict[str, str], votes: dict[str, Counter], bodies: set[str]) -> dict[str, str]:
    """A one-word name voted a person that is no part of any person's full name, but often named
    as an organisation, set off as one ("Chinese giants Temu and Shein", "platforms like Shein") or
    the first word of an organisation's name ('Yukos' beside 'Yukos USA', 'Baikal' beside 'Baikal
    Finance Group'), is the organisation: a person's lone surname always has a full name beside it
    somewhere."""
    words_of_people = {w for k, label in labels.items() if label == "PERSON" and " " in k for w in k.split()}
    org_heads = {k.split()[0] for k, label in labels.items() if label == "ORG" and " " in k}
    for key, label in labels.items():
        if label != "PERSON" or " " in key or key in words_of_people:
            continue
        if key in org_heads or key in bodies or (votes[key]["ORG"] >= MIN_ORG_VOTES and votes[key]["ORG"] * 3 >= sum(votes[key].values())):
            labels[key] = "ORG"
    return labels


def same_name_word(a: str, b: str) -> bool:
    """Two spellings of one name word: equal, or transliterations that differ only at the end
    ('zelensky', 'zelenskyy', 'zelenskiy'; not 'johnson' and 'johnston'), or that write one sound
    with other letters ('kostas', 'costas')."""
    if a == b or len(a) >= 4 and _romanised(a) == _romanised(b):
        return True
    short = min(len(a), len(b))
    if short < SPELLING_MIN or abs(len(a) - len(b)) > 2:
        return False
    common = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), short)
    return common >= short - 1


def _romanised(word: str) -> str:
    """A name word with the letters transliterations write either way made one, and doubled
    letters single ("costas" and "kostas", "mohammed" and "mohamed")."""
    for written, same in TRANSLITERATION:
        word = word.replace(written, same)
    return "".join(c for i, c in enumerate(word) if i == 0 or c != word[i - 1])


def same_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names word for word the same, spellings aside."""
    return len(a) == len(b) and all(same_name_word(x, y) for x, y in zip(a, b))


def _surnames_are_people(labels: dict[str, str], votes: dict[str, Counter]) -> dict[str, str]:
    """A name that is not a known place and is the start or end of a person's full name found
    elsewhere is that person ('Scholz' tagged as a place beside 'Olaf Scholz')."""
    people = [tuple(k.split()) for k, label in labels.items() if label == "PERSON" and " " in k]
    for key, label in labels.items():
        words = tuple(key.split())
        if label == "PERSON" or gazetteer.resolve(key) or not words:
            continue
        respelled = any(p[-len(words):] != words and same_name(p[-len(words):], words) for p in people
                        if len(p) > len(words))  # 'Zelenskyy' beside 'Volodymyr Zelensky': the tagger balks at a spelling
        if not votes[key]["PERSON"] and sum(votes[key].values()) > MAX_SURNAME_VOTES and not respelled:
            continue  # a name the text often treats as something else is not a stray surname
        if any(len(p) >= len(words) and (same_name(p[: len(words)], words) or same_name(p[-len(words):], words))
               for p in people if p != words):
            labels[key] = "PERSON"
    return labels
