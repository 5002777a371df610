"""The status of a measure from the words around it, on Reuters-21578 sentences outside the dev set: an open
question of which measure to take is considered; what a measure "would set back" is no plan."""
from __future__ import annotations

from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate
from support import run_sections

# Reuters-21578 NEWID 12025, 1 April 1987 ("TOSHIBA COULD BE FIRST TO FEEL U.K. TRADE ANGER"); the wire's
# own typo "possible take" kept
LEGAL_ACTION = ("Tomorrow, the U.K. Government will consider what legal action it can possible take to press for "
                "Japanese reform.")
GOODISON = ("Sir Nicholas Goodison, Chairman of the London Stock Exchange, said in New York yesterday that sanctions "
            "against Japanese financial institutions operating in the U.K. Would set back London's ambition to become "
            "a leading centre for corporate financing and securities trading.")


def sanctions(*texts):
    documents = annotate([(Source(id=f"S{i + 1}", path=f"s{i + 1}.txt", sha256="0"), "HEADLINE\n" + text + "\n")
                          for i, text in enumerate(texts)])
    return run_sections(documents, "actors", "sanctions").items["sanctions"]


def test_which_measure_to_take_is_considered_not_threatened(nlp):
    [action] = sanctions(LEGAL_ACTION)
    assert action.status == "considered"


def test_what_sanctions_would_set_back_is_no_plan_of_them(nlp):
    # "set" is a verb of planning ("set to impose"); "set back" is another verb: the line says what sanctions would
    # do, and no one plans them
    assert [s.status for s in sanctions(GOODISON)] == []


def test_an_age_is_no_length_of_the_measure(nlp):
    # Los Angeles Times, 27 April 2013 (ricin letters, outside the dev set): the arrest read "41-year-old" as its amount
    [arrest] = sanctions("FBI spokeswoman Deborah Madden says 41-year-old Everett Dutschke was arrested Saturday at "
                         "his Tupelo home in connection with the letters, which allegedly contained ricin.")
    assert (arrest.measure, arrest.target, arrest.amount) == ("arrest", "Everett Dutschke", None)


# The Register, 2 May 2025 (dev corpus tiktok-dpc-fine-china-transfers-2025, S2), its two last sentences
REGISTER_US = ("Meanwhile, TikTok has faced similar troubles over privacy concerns in the US. This has led to the "
               "situation where its American operations will likely have to be sold off to a domestic entity, or face "
               "being banned from the country altogether.")


def test_a_ban_a_party_will_likely_face_is_threatened_on_that_party(nlp):
    # "face being banned": the one who faces it is barred, and "its American operations" are TikTok's; before, no
    # item (the ban had no named target) — and a "face" without its modal would have read as imposed
    bans = [s for s in sanctions(REGISTER_US) if s.measure == "ban"]
    assert [(s.status, s.target) for s in bans] == [("threatened", "TikTok")]


def test_a_charge_quoted_as_a_list_is_read_to_its_closing_mark(nlp):
    # The New York Times, 28 April 2013 (ricin letters, outside the dev set; outside audit s34, sanctions-07): the
    # line stopped at 'charged with “developing', which says nothing of the charge
    [charge] = sanctions("Mr. Dutschke has been charged with “developing, producing, stockpiling, transferring, "
                         "acquiring, retaining and possessing a biological agent” for use as a weapon.")
    assert charge.text == ("Mr. Dutschke has been charged with “developing, producing, stockpiling, transferring, "
                           "acquiring, retaining and possessing a biological agent”")
