"""Parties and days a sentence leaves to another line of its own article: the headline over the lead,
the decision a definite "the ruling" points back to, the source's dated telling of a measure it then
mentions undated, and an aim noun the parse lost. Each with the real sentences it answers."""
from __future__ import annotations

import datetime as dt

from support import run_sections

from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate


def sanctions(*texts: str, published: dt.date | None = None):
    """The sanctions items of texts read as sources (no headline line added: each text gives its own)."""
    documents = annotate([(Source(id=f"S{i + 1}", path=f"s{i + 1}.txt", sha256="0", published=published), text)
                          for i, text in enumerate(texts)])
    return run_sections(documents, "actors", "sanctions").items["sanctions"]


# BBC News, December 2004 (kenteris-thanou dev corpus, S2): the headline and its lead
LEAD = ("Greek sprinters Kostas Kenteris and Katerina Thanou have been suspended after failing to take drugs tests "
        "before the Athens Olympics.")


def test_the_headline_names_the_imposer_its_lead_leaves_unnamed():
    items = sanctions(f"Greek sprinters suspended by IAAF\n\n{LEAD}\n")
    assert [(i.status, i.imposer, i.target, i.measure, i.text) for i in items] == [
        ("imposed", "IAAF", "Kostas Kenteris and Katerina Thanou", "suspension", LEAD.removesuffix("."))]
    assert [c.sentence for c in items[0].citations] == [0, 1]  # the headline is cited beside the lead


def test_a_headline_about_something_else_names_no_one():
    # BBC News, December 2004 (yukos dev corpus, S1): a headline with no suspension in it
    items = sanctions(f"US to rule on Yukos refuge call\n\n{LEAD}\n")
    assert [(i.status, i.imposer, i.target, [c.sentence for c in i.citations]) for i in items] == [
        ("imposed", None, "Kostas Kenteris and Katerina Thanou", [1])]


# The Register, 2 May 2025 (tiktok dev corpus, S2): its first paragraphs as printed
CONFIRMED = ("Ireland's Data Protection Commission (DPC) has confirmed a fine of €530 million ($600 million) against "
             "social media biz TikTok for transferring European user data to China.")
DECISION = ("The DPC announced its final decision Friday following an inquiry into the lawfulness of TikTok's "
            "transfers of personal data from users of the video-based social media app in the wider European "
            "Economic Area (EEA) to the People's Republic of China, where its parent company Bytedance is based.")
CONCLUDED = ("That inquiry has concluded that TikTok infringed the EU General Data Protection Regulation (GDPR) with "
             "regard to transfers of data to China, as well as transparency requirements. The decision includes "
             "administrative fines totaling €530 million, plus an order requiring TikTok to bring its processing into "
             "compliance within six months.")
ORDER = ("The ruling also includes an order suspending data transfers if TikTok has not brought them into compliance "
         "within this time frame.")


def ruling_items(*paragraphs: str):
    items = sanctions("TikTok fined €530M after EU user data ends up on servers in China\n\n" + "\n".join(paragraphs))
    return [i for i in items if i.text.startswith("The ruling")]


def test_a_measure_held_in_the_ruling_is_the_decision_maker_s():
    order = ruling_items(CONFIRMED, DECISION, CONCLUDED, "", ORDER)
    assert [(i.status, i.imposer, i.target, i.measure) for i in order] == [
        ("threatened", "Data Protection Commission (DPC)", "data transfers", "suspension")]
    assert [c.sentence for c in order[0].citations] == [2, 5]  # who took the decision, cited beside


def test_a_ruling_no_recent_sentence_says_whose_stays_unnamed():
    # the decision announced four sentences back is too far to be sure of (a sentence of The Record, 2 May 2025,
    # the same corpus's S3, put between)
    order = ruling_items(CONFIRMED, DECISION, CONCLUDED, "In September 2023, the DPC fined TikTok €345 million for "
                         "allegedly violating the GDPR when processing data belonging to children using TiKTok.", "", ORDER)
    assert [(i.status, i.imposer, i.target) for i in order] == [("threatened", None, "data transfers")]


# Reuters (Tokyo), 28 March 1987 (us-japan dev corpus, S3)
PLANS = ("Yesterday, Washington announced plans to put as much as 300 mln dlrs in tariffs on imports of certain "
         "Japanese electronic goods in retaliation for what it sees as Tokyo's failure to live up to their bilateral chip "
         "pact.")
REGRET = ("While expressing regret over America's decision to impose tariffs on imports of Japanese electrical goods, "
          "Nakasone said Tokyo was willing to send a high-level official to Washington to help settle the dispute.")


def test_an_undated_mention_of_a_measure_the_source_dates_is_that_measure():
    items = sanctions(f"JAPAN TRADE\n\n{REGRET} {PLANS}\n", published=dt.date(1987, 3, 28))
    assert [(i.status, i.imposer, i.target, i.date.start.isoformat(), i.text, [c.sentence for c in i.citations])
            for i in items] == [
        ("planned", "United States", "imports of certain Japanese electronic goods", "1987-03-27",
         PLANS.removesuffix("."), [1, 2])]


def test_another_source_s_undated_mention_is_kept_apart():
    # two reports: the second's "America's decision" may be another round, as of its own day
    items = sanctions(f"JAPAN TRADE\n\n{REGRET}\n", f"JAPAN TRADE\n\n{PLANS}\n", published=dt.date(1987, 3, 28))
    assert sorted((i.date.start.isoformat(), [c.source for c in i.citations]) for i in items) == [
        ("1987-03-27", ["S2"]), ("1987-03-28", ["S1"])]


# BBC News, 2005 (yukos dev corpus, S5 ¶3 and ¶6)
TARGET_OF = "But Deutsche Bank - itself a target of a Yukos lawsuit - said documents had been backdated to strengthen the case."
SUED = "Deutsche Bank is involved in the case because it is itself being sued by Yukos."


def test_the_target_of_a_lawsuit_is_whom_the_aim_noun_describes():
    # the parse hangs "lawsuit" on "said", not on "a target of": the words before it still say whose target
    items = sanctions(f"Deutsche Bank evidence\n\n{TARGET_OF}\n\n{SUED}\n")
    assert [(i.status, i.demanded_by, i.target, i.measure, [c.sentence for c in i.citations]) for i in items] == [
        ("sought", "Yukos", "Deutsche Bank", "lawsuit", [1, 2])]


def test_a_measure_told_twice_is_shown_in_the_line_that_states_it():
    # Daily Mail, 26 June and July 2014 (CNN/DailyMail corpus; the Suarez ban, outside the dev set; outside audit
    # s26, sanctions-01): the item was shown in the relative clause "the Juventus defender, who in turn accepted …"
    handed = ("Luis Suarez found himself an outcast from world football on Thursday after being handed a four-month "
              "ban from the game.")
    excessive = ("Although Suarez initially denied biting Chiellini, claiming in his defence that he 'lost balance' and "
                 "'hit my face against the player', he later issued a public apology to the Juventus defender, who in "
                 "turn accepted the apology and said the ban imposed on Suarez was excessive.")
    items = [i for i in sanctions(f"Suarez banned\n\n{handed}\n", f"Suarez appeal\n\n{excessive}\n",
                                  ) if i.status == "imposed"]  # (the corpus stores no dates)
    assert [(i.target, [c.source for c in i.citations], i.text) for i in items] == [
        ("Luis Suarez", ["S1", "S2"], handed.removesuffix("."))]
