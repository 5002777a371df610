"""The measures of issue 13 on real news: the dev corpora (read at run time from ../shared, skipped
where absent) and Reuters-21578 wires of stories outside the dev set (the 1987 New South Wales
strikes, NEWID 14952; Texaco and Pennzoil, NEWID 15824), parsed with the real spaCy pipeline. Each
test asserts whole items: status, imposer, target, measure, amount, date, line."""
from __future__ import annotations

import datetime as dt

import pytest
from support import make_documents, run_sections

from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate
from briefgen.nlp.pipeline import load_pipeline



@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def telling(items, words):
    found = [it for it in items if words in it.text]
    assert len(found) == 1, (words, [(it.status, it.text[:80]) for it in items])
    return found[0]


def citing(items, words):
    """The one item one of whose cited sentences holds ``words`` (a merged item shows one telling)."""
    found = [it for it in items if any(words in " ".join(c.quote.split()) for c in it.citations)]
    assert len(found) == 1, (words, [(it.status, it.text[:80]) for it in items])
    return found[0]


def fields(item):
    return (item.status, item.imposer, item.target, item.measure)


def sentences(nlp, *texts):
    """The items of texts read as a build reads them (a headline line first, datelines blanked)."""
    documents = annotate([(Source(id=f"S{i + 1}", path=f"s{i + 1}.txt", sha256="0"), "HEADLINE\n" + text)
                          for i, text in enumerate(texts)])
    return run_sections(documents, "actors", "sanctions").items["sanctions"]


# --- families of measures beyond sanctions ------------------------------------------------------

def test_a_regulators_fine_with_its_amount_and_date(corpus):
    # one sum on one target is one fine: S1 names the DPC but no day ("TikTok was slapped with a €345
    # million ($368 million) fine by the DPC …"), S6 the day but no one ("In September 2023, it was
    # fined €345 million …"), S3 both; the item names who and when, cites all three, and is shown in the
    # telling that states its day
    item = citing(corpus("tiktok-dpc-fine-china-transfers-2025"), "In September 2023, the DPC fined TikTok")
    assert fields(item) == ("imposed", "Data Protection Commission (DPC)", "TikTok", "fine")
    assert (item.amount, item.date.label()) == ("€345 million", "2023-09")
    assert sorted({c.source for c in item.citations}) == ["S1", "S3", "S6"]
    assert item.text.startswith("In September 2023, the DPC fined TikTok €345 million")


def test_an_exemption_ended_puts_the_measure_in_force_and_one_relied_on_does_not(corpus, nlp):
    # Irish Examiner / Reuters, May 2025 (dev corpus eu-small-parcel-fee-2025): no item before
    item = telling(corpus("eu-small-parcel-fee-2025"), "The United States ended tariff exemptions")
    assert fields(item) == ("imposed", "United States", "goods", "tariff")  # whom the exemption covered
    assert item.date.label() == "2025-05"
    assert not sentences(nlp, 'Prior to the US tariffs, platforms like Shein and Temu had relied on the so-called '
                              '"de minimis" exemption to ship low-value items directly to customers in the US without '
                              'having to pay duties or import taxes.')


def test_a_proposed_fee_names_what_it_is_on_and_its_amount(corpus):
    item = telling(corpus("eu-small-parcel-fee-2025"), "The European Union has proposed a two-euro flat fee")
    assert fields(item) == ("proposed", "European Union", "small parcels", "two-euro flat fee")
    assert item.amount == "two-euro"
    assert (item.date.text, item.date.anchor) == ("", "published 2025-05-20")  # shown "reported" on the source's day


def test_a_sports_bodys_suspension_keeps_who_imposed_it(corpus):
    item = telling(corpus("kenteris-thanou-doping-case-2004-05"), "has suspended both athletes")
    assert fields(item) == ("imposed", "International Association of Athletics Federations (IAAF)", "both athletes",
                            "suspension")
    assert item.text == "Now the IAAF will lodge an appeal with the Court of Arbitration for Sport (CAS) and has " \
                        "suspended both athletes"


def test_a_tribunal_overturns_the_bans_told_just_before_on_the_pair_named_before_them(corpus):
    # "Sprinters Kostas Kenteris and Katerina Thanou have been cleared … The duo had been provisionally
    # suspended by the IAAF … But the Greek Athletics Federation tribunal has overturned the bans"
    item = telling(corpus("kenteris-thanou-doping-case-2004-05"), "the Greek Athletics Federation tribunal has overturned")
    assert fields(item) == ("overturned", "Greek Athletics Federation tribunal", "Kostas Kenteris and Katerina Thanou",
                            "bans")
    assert [c.quote[:40] for c in item.citations] == ["Sprinters Kostas Kenteris and Katerina T",
                                                      "The duo had been provisionally suspended",
                                                      "But the Greek Athletics Federation tribu"]
    # S5's suspension and S3's "provisional two-year bans imposed on them by the IAAF" are one measure (a
    # suspension is a kind of ban): one item citing both, with the length its line gives (S5, silent on the
    # length, does not gainsay it)
    imposed = [it for it in corpus("kenteris-thanou-doping-case-2004-05") if it.status == "imposed"
               and any(c.quote.startswith("The duo had been provisionally suspended") for c in it.citations)]
    assert [(fields(it), it.amount) for it in imposed] == [(
        ("imposed", "International Association of Athletics Federations (IAAF)", "Kostas Kenteris and Katerina Thanou",
         "provisional two-year bans"), "two-year")]
    # and S7's "Kenteris, who won Olympic 200m gold …, and Thanou were suspended by the IAAF last December"
    # is that suspension too, now that "Kenteris" and "Kostas Kenteris" are one person; so is S2's "It
    # added that Kenteris and Thanou had been 'provisionally suspended …'", "It" being the IAAF
    assert sorted({c.source for c in imposed[0].citations}) == ["S2", "S3", "S5", "S7"]


def test_a_strike_by_workers_dated_by_its_start_and_no_amount_from_since_when(corpus):
    # "The halt, the first national strike by seamen in 25 years, started on February 27", "The strike by
    # 40,000 seamen, now in its 13th day, …" and "The walkout by Brazil's 40,000 seamen has idled 160 ships …":
    # one strike in force, since the day one telling states, shown in its plainest telling
    item = citing(corpus("brazil-seamen-strike-1987"), "The halt, the first national strike by seamen")
    assert fields(item) == ("existing", "seamen", None, "strike")
    assert (item.date.label(), item.amount) == ("1987-02-27", None)  # not "25 years"
    assert sorted({c.quote.split(",")[0] for c in item.citations}) == [
        "The halt", "The strike by 40", "The walkout by Brazil's 40"]


def test_an_occupation_to_break_a_strike_names_all_who_occupy(corpus):
    item = telling(corpus("brazil-seamen-strike-1987"), "Yesterday marines and police occupied one ship")
    assert fields(item) == ("imposed", "marines and police", "Docemarte", "occupation")


def test_war_is_not_a_measure(corpus):
    items = corpus("ukraine-peace-talks-abu-dhabi-2026")
    assert not [it for it in items if it.measure == "occupation"]  # "Russia occupies about 20% of Ukraine's …"
    assert not [it for it in items if "strikes" in (it.measure or "")]  # "Russian strikes on Ukraine's energy …"


def test_the_means_of_a_ban_is_one_measure_with_it(corpus):
    items = [it for it in corpus("yukos-yugansk-auction-2004-05") if "was banned from taking part" in it.text]
    assert [(it.status, it.imposer, it.measure) for it in items] == [("imposed", "US court", "ban")]


def test_seeking_an_injunction_is_going_to_law_not_a_demand(corpus):
    item = telling(corpus("gencorp-takeover-bid-1987"), "it is seeking an injunction against the offer")
    assert fields(item) == ("sought", None, "offer", "injunction") and item.demanded_by == "GenCorp"


def test_a_poison_pill_asked_to_be_removed(corpus):
    item = telling(corpus("gencorp-takeover-bid-1987"), "General Acquisition repeated its request that GenCorp remove")
    # who asks is not who would remove it: GenCorp holds the pill (audit s13, #03)
    assert (item.status, item.demanded_by, item.imposer) == ("lift-demanded", "General Acquisition", "GenCorp")


def test_an_announcement_is_not_an_imposition(corpus):
    # an 11 April 1987 wire: the sanctions announced in March took effect on 17 April
    item = telling(corpus("us-japan-chip-tariffs-1987"), "Last month President Reagan announced the sanctions")
    assert fields(item) == ("announced", "Ronald Reagan", None, "sanctions")
    assert item.date.label() == "1987-03"


def test_what_a_threat_hinges_on_is_no_measure_of_its_own(corpus):
    items = corpus("us-japan-chip-tariffs-1987")
    assert not [it for it in items if it.text.startswith("the United States imposes its planned trade sanctions")]
    # the same threat told by two sources ("retaliatory measures", "appropriate measures") is one item
    item = citing(items, 'Japan was ready to take "appropriate measures"')
    assert (item.status, item.imposer, item.target, item.date.label()) == (
        "threatened", "Japan", "United States", "1987-03-28")


# --- real wires of stories outside the dev set ---------------------------------------------------

def test_unions_launching_strikes_impose_them(nlp):
    # Reuters-21578 NEWID 14952 (8 April 1987), the dateline kept as the wire gives it
    items = sentences(nlp, "SYDNEY, April 8 - Australian trade unions said they have launched week-long strikes and "
                           "other industrial action in New South Wales, NSW, to protest against new laws that would "
                           "reduce injury compensation payments.")
    assert {(it.status, it.imposer, it.measure, it.amount) for it in items} == {
        ("imposed", "Australian trade unions", "strikes", "week-long"),
        ("imposed", "Australian trade unions", "other industrial action", None)}
    assert all(it.text.startswith("Australian trade unions said they have launched") for it in items)


def test_a_court_order_sought_against_a_party_is_one_item_sought_at_law(nlp):
    # Reuters-21578 NEWID 15824 (9 April 1987)
    items = sentences(nlp, "As previously reported, Texaco Inc is seeking a court order to block Pennzoil from taking "
                           "action to secure a 10.3 billion dlr judgement against Texaco.")
    assert [(*fields(it), it.demanded_by) for it in items] == [("sought", None, "Pennzoil", "court order", "Texaco Inc")]


def test_relief_is_never_a_threat(nlp):
    # the line of the issue: "threatened — on relief — some economic sanctions"
    items = sentences(nlp, "In exchange, relief from some economic sanctions will be provided.")
    assert not [it for it in items if it.status == "threatened"]


def test_a_worry_is_not_a_threat(nlp):
    items = sentences(nlp, "their concern that American economic penalties will mean little")
    assert items == []


# --- after audit #3 (seed 13579) -----------------------------------------------------------------

def test_a_call_reported_of_a_speaker_is_theirs_and_the_measure_is_not_its_own_target(corpus):
    item = telling(corpus("eu-small-parcel-fee-2025"), "Fees should be charged on low-value e-commerce packages")
    # France proposes the fees; the EU as a whole would charge them (audit s19, sanctions-03: not France's to impose)
    assert (item.status, item.imposer, item.demanded_by, item.target) == (
        "proposed", None, "France", "low-value e-commerce packages")
    assert "from next year, France said on Tuesday" in item.text


def test_an_occupation_ordered_keeps_the_clause_that_says_who_sent_the_troops(corpus):
    item = telling(corpus("brazil-seamen-strike-1987"), "to occupy nine oil refineries")
    assert item.text.startswith("Yesterday the government sent thousands of troops")


def test_what_would_have_happened_is_no_measure(corpus):
    assert not [it for it in corpus("yukos-yugansk-auction-2004-05") if "would have allowed" in it.text
                or it.text.startswith("Yukos' current management to retain control")]


def test_a_court_deciding_whether_to_block_considers_it(corpus):
    item = telling(corpus("yukos-yugansk-auction-2004-05"), "will decide whether to block")
    assert (item.status, item.measure) == ("considered", "block")


def test_holding_up_a_measure_suspends_it(corpus):
    # "In return, the U.S. Agreed to hold up imposing anti-dumping duties on Japanese semiconductor
    # shipments": relief, which had read as an imposition
    item = telling(corpus("us-japan-chip-tariffs-1987"), "to hold up imposing anti-dumping duties")
    assert fields(item) == ("suspended", "United States", "Japanese semiconductor shipments", "anti-dumping duties")


def test_an_agentless_suspension_is_the_one_its_source_names(corpus):
    # BBC, Kenteris 2005: the IAAF's suspension of Thanou is told by name in the same article; the agentless
    # "Thanou, 30, was provisionally suspended …, but the decision was overturned" is the overturning
    # (sanctions audit #10), whose overturner that sentence does not name: it is not lent the IAAF
    named = telling(corpus("kenteris-thanou-doping-case-2004-05"),
                    "were provisionally suspended by the IAAF in December")
    assert (named.status, named.imposer) == ("imposed", "International Association of Athletics Federations (IAAF)")
    # it is the overturning the same source tells by name ("an independent tribunal of the Greek Athletics
    # Federation overturned the provisional ban on 18 March"): one item, the tribunal's, citing both
    undone = citing(corpus("kenteris-thanou-doping-case-2004-05"), "Thanou, 30, was provisionally suspended")
    assert (undone.status, undone.imposer, undone.target) == ("overturned", "independent tribunal", "Katerina Thanou")
    assert undone.text == ("an independent tribunal of the Greek Athletics Federation overturned the provisional ban "
                           "on 18 March")


def test_a_threat_is_not_lent_the_imposer_of_another_threat(corpus):
    # Ukraine 2026: Trump "threatened additional sanctions on Moscow" (S2); in S6 another official
    # says "the imposition of further sanctions on Russia would depend on how the talks proceeded":
    # not Trump's words, and not merged into his threat
    item = telling(corpus("ukraine-peace-talks-abu-dhabi-2026"), "the imposition of further sanctions on Russia")
    assert item.imposer != "Donald Trump" and len(item.citations) == 1


def test_troops_sent_to_occupy_are_the_senders_measure_on_the_senders_day(corpus):
    # Reuters, Brazil 1987 (published 11 March): "Yesterday the government sent thousands of troops
    # supported in some instances by tanks to occupy nine oil refineries and six areas of oil production"
    item = telling(corpus("brazil-seamen-strike-1987"), "sent thousands of troops")
    assert (item.status, item.imposer, item.measure) == ("imposed", "government", "occupation")
    assert item.target.startswith("nine oil refineries") and str(item.date.start) == "1987-03-10"


def test_it_in_a_clause_on_its_subjects_verb_is_that_subject(corpus):
    # BBC, Yukos 2005: "Deutsche Bank is involved in the case because it is itself being sued by
    # Yukos" (sanctions audit #3 found the target empty)
    # (audit #6: a suit is a remedy sought, and the line must say who "it" is)
    item = telling(corpus("yukos-yugansk-auction-2004-05"), "it is itself being sued by Yukos")
    assert (item.status, item.demanded_by, item.target) == ("sought", "Yukos", "Deutsche Bank")
    assert item.text.startswith("Deutsche Bank is involved in the case because it")


def test_who_sees_no_obstacle_to_tariffs_does_not_impose_them(corpus):
    # Reuters, 1987: "… Howard Baker told reporters here that he saw no developments that would cause
    # the president to back away from his plan to issue a proclamation on Friday slapping 100 per
    # cent tariffs …": the parser hangs "slapping" on "saw"; Baker imposes nothing
    # (sanctions audit #8: nor is it an imposition by anyone; the tariffs were a plan)
    told = [it for it in corpus("us-japan-chip-tariffs-1987") if "slapping 100 per cent tariffs" in it.text]
    assert [(it.status, it.imposer) for it in told] == []


def test_exploring_a_fee_is_no_threat_of_it(nlp):
    # Reuters, EU parcel fee 2025: "The Commission said in February it would explore the possibility
    # of an e-commerce handling fee" — a measure weighed, never threatened
    items = sentences(nlp, "The European Commission said in February it would explore the possibility of an "
                           "e-commerce handling fee.")
    assert not [it for it in items if it.status == "threatened"]


def test_a_line_never_opens_with_a_relative_it_cannot_explain(corpus):
    # DW, EU parcel fee 2025: "… to those European firms already facing fierce Chinese competition,
    # …, who now must face Trump's US tariffs diverting more of China's low-cost EVs and goods to
    # Europe" (sanctions audit #3: the line began "who now must face")
    item = telling(corpus("eu-small-parcel-fee-2025"), "who now must face Trump")
    assert item.text.startswith("This delay offers little relief to those European firms")


def test_an_attempt_to_block_is_sought_not_imposed(corpus):
    # BBC, Yukos 2004: "Analysts say that Yukos's legal attempts to block the auction by filing for
    # bankruptcy protection in the US are probably what caused this week's cloak-and-dagger dealings"
    item = telling(corpus("yukos-yugansk-auction-2004-05"), "Yukos's legal attempts to block the auction")
    assert (item.status, item.demanded_by, item.imposer) == ("sought", "Yukos", None)
    # "said it would attempt to unseat the company's board of directors": still a threat
    item = telling(corpus("gencorp-takeover-bid-1987"), "would attempt to unseat")
    assert item.status == "threatened"


def test_a_body_that_suspends_its_own_payments_takes_no_measure(corpus):
    # Reuters, Brazil 1987: "… of major concern to the government, which has suspended interest
    # payments on part of Brazil's foreign debt …": the relative's head suspends, nobody is suspended
    assert not [it for it in corpus("brazil-seamen-strike-1987") if "suspended interest payments" in it.text]


def test_a_participle_before_a_name_is_no_measure_told(corpus):
    # BBC, Yukos 2005: "Jailed tycoon Mikhail Khodorkovsky has transferred his controlling stake in
    # oil giant Yukos to a business partner": the jailing is background the name carries (sanctions
    # audit #4 rejected it as an item, imposed and then existing)
    assert not [it for it in corpus("yukos-yugansk-auction-2004-05") if "Jailed tycoon" in it.text]


def test_a_planned_raise_is_a_plan_dated_by_its_announcement(corpus):
    # Reuters, 1987 (published April): "President Reagan announced on March 27 that he planned to
    # raise tariffs on as much as 300 mln dlrs in Japanese exports" (sanctions audit #4: read as an
    # expansion carried out, undated)
    item = telling(corpus("us-japan-chip-tariffs-1987"), "announced on March 27 that he planned to raise")
    assert (item.status, item.imposer, str(item.date.start)) == ("planned", "Ronald Reagan", "1987-03-27")


def test_who_must_answer_charges_is_their_target(corpus):
    # BBC, Kenteris 2004: "Kostas Kenteris and Katerina Thanou are yet to respond to doping charges
    # from the International Association of Athletics Federations (IAAF)" (audit #4: target empty)
    item = telling(corpus("kenteris-thanou-doping-case-2004-05"), "are yet to respond to doping charges")
    assert (item.imposer, item.target) == ("International Association of Athletics Federations (IAAF)",
                                           "Kostas Kenteris and Katerina Thanou")


def test_whom_an_overturning_clears_is_the_target(corpus):
    # BBC, Kenteris 2005: "However, the independent tribunal overturned those bans, clearing the
    # sprinters of avoiding tests in Tel Aviv, Chicago and Athens …" (audit #4: target empty); "the
    # sprinters" are the two the sentence before names as suspended by the IAAF ("Kenteris, who won …,
    # and Thanou were suspended by the IAAF last December"), which the item cites beside its own
    item = telling(corpus("kenteris-thanou-doping-case-2004-05"), "overturned those bans, clearing the sprinters")
    assert (item.status, item.imposer, item.target) == ("overturned", "independent tribunal",
                                                        "Kostas Kenteris and Katerina Thanou")
    assert [c.quote[:30] for c in item.citations] == ["Kenteris, who won Olympic 200m", "However, the independent tribu"]


def test_who_sets_a_time_limit_imposes_it_on_whom_it_is_given(corpus):
    # Outlook Business, TikTok 2025: "The Irish Data Protection Commission, which announced the
    # penalty, said TikTok would be given six months' time to suspend data transfers to China if it
    # fails to meet certain requirements" (audit #4: no imposer)
    item = telling(corpus("tiktok-dpc-fine-china-transfers-2025"), "six months' time to suspend data transfers")
    assert (item.imposer, item.target) == ("Data Protection Commission (DPC)", "TikTok")


def test_two_fines_of_different_sums_are_two_items(corpus):
    # TikTok 2025 corpus: the DPC's €530 million fine (2025) and its €345 million fine (2023) on
    # TikTok were one item citing both (audit #4)
    items = corpus("tiktok-dpc-fine-china-transfers-2025")
    fines = [it for it in items if it.status == "imposed" and it.target == "TikTok" and it.amount]
    assert any("530" in it.amount for it in fines) and any("345" in it.amount for it in fines)
    for item in fines:
        quotes = " ".join(c.quote for c in item.citations)
        assert not ("530" in item.amount and "345" in quotes) and not ("345" in item.amount and "530" in quotes)


# --- third round ---------------------------------------------------------------------------------

def test_a_date_describing_the_measure_dates_not_the_demand_to_lift_it(corpus):
    # "since Tuesday" belongs to the troops' occupation; the request is as of the wire's own day
    item = telling(corpus("brazil-seamen-strike-1987"), "Petrobras has asked the Army to withdraw the troops")
    # Petrobras asks, the Army is asked: not Petrobras's occupation (audit s13, #03)
    assert fields(item) == ("lift-demanded", "Army", "its oil installations", "occupation")
    assert item.demanded_by == "Petrobras"
    assert (item.date.label(), item.date.text) == ("1987-03-13", "")


def test_a_tariff_revised_down_is_eased_and_its_rates_keep_their_signs(corpus):
    item = telling(corpus("eu-small-parcel-fee-2025"), "the tariff on small packages worth up to $800")
    assert (item.status, item.target, item.measure) == ("eased", "small packages", "tariff")
    assert item.text.endswith("was revised down to 54% from 120%")


# Reuters-21578 wires of April 1987 outside the dev set (FGRCL/COMP479 reut2-014/016.sgm at d57d02b):
# NEWID 14944 and 16095 (Britain and Japan), 16139 (the EC and Japan), 16076 (New South Wales);
# the wires' hard-wrapped lines joined as a build joins them

def test_a_ban_of_parties_from_a_place_targets_the_parties(nlp):
    items = sentences(nlp, "Howard told reporters that was not good enough and said that Britain would use its powers "
                           "to ban Japanese financial institutions from London if it was not satisfied with Tokyo.")
    assert [fields(it) for it in items] == [("threatened", "United Kingdom", "Japanese financial institutions", "ban")]


def test_a_power_to_take_sanctions_is_no_sanction_taken(nlp):
    assert sentences(nlp, "Howard said that under the Financial Services Act the govenment had considerable "
                          "flexibility in taking sanctions against Japanese companies and finance houses operating "
                          "in Britain.") == []


def test_a_raise_that_could_come_on_a_condition_is_not_an_expansion(nlp):
    items = sentences(nlp, "Senior EC diplomats gave a generally favourable reaction to an EC executive commission "
                           "proposal under which the EC could raise tariffs on a range of Japanese products if the U.S."
                           " Carries out a threat to make a similar move on April 17.")
    assert [(it.status, it.target, it.measure) for it in items] == [
        ("proposed", "range of Japanese products", "tariffs")]  # what the proposal would do (non-dev audit)


def test_industrial_action_averted_is_no_measure(nlp):
    assert sentences(nlp, "Union and New South Wales government officials have reached a compromise in a dispute over "
                          "workers compensation, averting increased industrial action in the state, union sources "
                          "said.") == []


def test_a_court_ruling_a_strike_illegal_is_a_ruling_against_it(corpus):
    # "… remain on indefinite strike, even after the Higher Labour Court Saturday ruled it illegal" (S2):
    # the line keeps what "it" is; the passive "was ruled illegal last Friday" (S3) names the strike
    items = corpus("brazil-seamen-strike-1987")
    item = telling(items, "even after the Higher Labour Court Saturday ruled it illegal")
    assert (item.status, item.imposer, item.measure, item.date.label()) == (
        "imposed", "Higher Labour Court", "ruling: illegal", "1987-03-07")
    assert "remain on indefinite strike" in item.text
    item = next(it for it in items if it.text.startswith("a national seamen's strike was ruled illegal"))
    assert (item.status, item.imposer, item.target, item.date.label()) == (
        "imposed", None, "national seamen's strike", "1987-03-06")


def test_a_regulator_confirming_a_fine_imposes_it(corpus):
    # The Register, 2 May 2025: "Ireland's Data Protection Commission (DPC) has confirmed a fine of €530
    # million ($600 million) against social media biz TikTok …" (read as in force, with no imposer)
    # now one item with the other tellings of the DPC's €530 million fine on TikTok
    item = citing(corpus("tiktok-dpc-fine-china-transfers-2025"), "has confirmed a fine of €530 million")
    assert fields(item) == ("imposed", "Data Protection Commission (DPC)", "TikTok", "fine")
    assert (item.amount, item.date.label()) == ("€530 million", "2025-05-02")
    assert "The Irish Data Protection Commission (DPC) has fined TikTok €530 million" in " ".join(
        " ".join(c.quote.split()) for c in item.citations)


def test_a_threat_made_in_the_past_is_dated_in_the_past(corpus):
    # DW, 6 May 2025: "In January, the European Commission promised strict new controls on Chinese
    # retail platforms …" was dated January 2026
    item = telling(corpus("eu-small-parcel-fee-2025"), "In January, the European Commission promised")
    assert (item.imposer, item.date.label()) == ("European Commission", "2025-01")


def test_a_measure_on_a_condition_of_the_target_is_threatened(corpus):
    # The Register, 2 May 2025: "The ruling also includes an order suspending data transfers if TikTok
    # has not brought them into compliance within this time frame" (read as imposed)
    # (the ruling is the DPC's, its decision announced three sentences before: the order joins S1's telling
    # of the DPC's threat, "with the DPC planning to suspend all data transfers to China if the company …")
    item = citing(corpus("tiktok-dpc-fine-china-transfers-2025"), "an order suspending data transfers if TikTok")
    assert (item.status, item.imposer) == ("threatened", "Data Protection Commission (DPC)")
    assert " if " in item.text and sorted({c.source for c in item.citations}) == ["S1", "S2"]


def test_a_time_limit_the_parser_hung_on_the_reported_clause_names_no_imposer(corpus):
    # Bloomberg via Insurance Journal, 5 May 2025: "Ireland's Data Protection Commission, …, said TikTok infringed
    # the bloc's rulebook with the data transfers and gave it six months to suspend all illegal transfers":
    # TikTok was given the time limit, it did not impose it
    item = telling(corpus("tiktok-dpc-fine-china-transfers-2025"), "gave it six months to suspend all illegal")
    assert (item.imposer, item.target) == (None, "all illegal transfers")


def test_lawyers_for_a_client_act_for_it(corpus):
    # BBC, Yukos 2004: "Hours before the auction lawyers for Menatep, a group through which Mr
    # Khodorkovsky and his associates control Yukos, said they would take legal action …"
    item = telling(corpus("yukos-yugansk-auction-2004-05"), "lawyers for Menatep")
    assert (item.status, item.imposer, item.measure) == ("threatened", "Group Menatep", "legal action")


def test_a_decision_to_impose_is_not_an_imposition(corpus):
    # Reuters, 28 March 1987 (sanctions audit #5): "While expressing regret over America's decision to
    # impose tariffs on imports of Japanese electrical goods, Nakasone said …" was read as imposed; the
    # tariffs were yet to take effect on April 17
    items = [it for it in corpus("us-japan-chip-tariffs-1987")
             if any("America's decision to impose tariffs" in c.quote for c in it.citations)]
    assert all(it.status == "planned" for it in items)


def test_a_nationality_is_no_imposer(corpus):
    # BleepingComputer, May 2025: "This is the third-largest fine imposed by the Irish data protection
    # authority so far" gave the imposer "Irish", an actor made of "the Irish Commission's decision"
    items = corpus("tiktok-dpc-fine-china-transfers-2025")
    assert "Irish" not in {it.imposer for it in items}


# the non-dev audit (Reuters-21578, April 1987: NEWID 14839, 16076, 16139)

def test_their_ban_is_the_ban_of_the_clause_subject_not_of_the_speaker(nlp):
    items = sentences(nlp, "SYDNEY, April 8 - Tug crews in New South Wales (NSW), Victoria and Western Australia "
                           "yesterday lifted their ban on foreign-flag ships carrying containers but NSW ports are "
                           "still being disrupted by a separate dispute, shipping sources said.")
    assert [(it.status, it.imposer, it.target) for it in items] == [("lifted", "Tug crews", "foreign-flag ships")]
    assert items[0].reason is None  # non-dev round 5: "carrying containers" says which ships, not why


def test_what_a_measure_would_be_designed_to_do_is_no_threat(nlp):
    # Reuters-21578, 13 April 1987 (non-dev rounds 4 and 5: read as "threatened", though the text tells the
    # Commission's proposal, an item of its own, a sentence before)
    assert not sentences(nlp, "The EC tariffs, which would involve renouncing obligations entered into with the "
                              "world trade body GATT, would be designed to stop a diversion of exports to the EC "
                              "market from that of the U.S.")


def test_strikes_that_would_continue_are_extended_and_the_line_says_whose(nlp):
    items = sentences(nlp, "But some unions, including those of building and mining workers, said they were "
                           "dissatisfied with the deal and would continue their strikes for a few more days.")
    assert [(it.status, it.imposer, it.measure) for it in items] == [("extended", "unions", "their strikes")]
    assert items[0].text.startswith("some unions, including those of building and mining workers, said they")



def test_a_measure_a_condition_says_was_threatened_is_a_threat(nlp):
    # Reuters-21578 NEWID 16095 (11 April 1987): "… if Washington imposes trade sanctions against Tokyo as
    # it has threatened" tells the U.S. threat, which the if-clause alone would not
    items = sentences(nlp, "Community sources said after a meeting of trade officials yesterday that the group "
                           "might impose steep new tariffs on a range of Japanese goods to prevent diversion from "
                           "United States markets if Washington imposes trade sanctions against Tokyo as it has "
                           "threatened.")
    assert [(fields(it), it.condition) for it in items] == [
        # "the group" is the Community named before; alone it names no one (non-dev audit round 3)
        (("threatened", None, "range of Japanese goods", "steep new tariffs"),
         "if Washington imposes trade sanctions against Tokyo as it has threatened"),
        # the U.S. threat is the tariffs' condition, not conditioned on itself
        (("threatened", "United States", "Japan", "trade sanctions"), None)]
    # the line keeps who says so
    assert all(it.text.startswith("Community sources said after a meeting of trade officials yesterday that "
                                  "the group might impose steep new tariffs") for it in items)


def test_what_a_party_does_to_fend_off_a_bid_is_its_measure_against_the_bidder(corpus):
    # Reuters, 7 April 1987: "GenCorp's buy back was made to fend off the hostile 2.3 billion dlr,
    # 100-dlr-a-share, tender offer by AFG and Wagner and Brown"
    item = telling(corpus("gencorp-takeover-bid-1987"), "GenCorp's buy back was made to fend off")
    assert fields(item) == ("imposed", "GenCorp", "AFG and Wagner and Brown", "buy back")  # (one firm "Wagner and Brown")
    assert item.date.label() == "1987-04-07"


def test_an_anti_x_campaign_is_a_measure_against_x_and_scrapping_it_lifts_it(corpus):
    # Web User, 6 December 2004: "Lycos has confirmed that it has scrapped its anti-spam screensaver, which
    # launched last week …"; a campaign only named in passing is no item
    items = corpus("lycos-make-love-not-spam-2004")
    item = telling(items, "Lycos has confirmed that it has scrapped its anti-spam screensaver")
    assert (item.status, item.imposer, item.target, item.date.label()) == ("lifted", "Lycos", "spam", "2004-12-06")
    assert not [it for it in items if "came under fire" in it.text]


def test_ending_the_freedom_from_a_duty_lifts_nothing(corpus):
    # Reuters, 29 April 2025: "The EU plans to scrap its duty-free treatment of packages ordered online …"
    item = telling(corpus("eu-small-parcel-fee-2025"), "The EU plans to scrap its duty-free treatment")
    assert (item.status, item.imposer, item.measure) == ("planned", "European Union", "duty")


def test_a_lawsuit_filed_is_a_remedy_sought_against_all_it_names(corpus):
    # Reuters, 23 March 1987 (sanctions audit #6: read as imposed, target cut to "… of Wagner")
    item = telling(corpus("gencorp-takeover-bid-1987"), "Gencorp Inc said it filed suit against")
    assert (item.status, item.demanded_by, item.target) == (
        "sought", "GenCorp", "unsolicited 100 dlr-a-share tender offer of Wagner and Brown and AFG INdustries")


def test_blocking_access_to_a_site_targets_the_site_and_every_blocker(corpus):
    # InformationWeek, December 2004 (sanctions audit #6: target "access", Cox dropped)
    item = telling(corpus("lycos-make-love-not-spam-2004"), "In other developments on Thursday, Global Crossing")
    assert (item.imposer, item.target, item.measure) == (
        "Global Crossing Ltd. and Cox Communications Inc.", "Lycos Europe site", "block")


def test_a_condition_on_a_coordinated_act_is_the_threats_and_the_line_keeps_it(corpus):
    # Reuters, 30 March 1987 (sanctions audit #6: the condition was cut off)
    item = telling(corpus("gencorp-takeover-bid-1987"), "said it would attempt to unseat the company's board")
    assert (item.status, item.condition) == ("threatened", "if the firm refuses to discuss its 2.3 billion dlr "
                                                           "takeover bid")
    assert item.text.endswith("if the firm refuses to discuss its 2.3 billion dlr takeover bid")


def test_an_appeal_is_never_given_to_the_party_whose_measure_is_appealed(nlp):
    # Reuters-21578 NEWID 16112 (13 April 1987, outside the dev set): read as "appealed — by Pennzoil"
    items = sentences(nlp, "Analysts said the bankruptcy filing effectively froze all Texaco's obligations while it "
                           "continued to appeal the merits of the Pennzoil lawsuit.")
    assert not [it for it in items if it.status == "appealed" and it.imposer == "Pennzoil"]


def test_a_suspension_told_of_what_is_being_restored_is_a_lifting(corpus):
    # ABC News, 5 February 2026 (sanctions audit #6: the main clause was dropped and the suspension read as
    # imposed): "… had also agreed "to reestablish high level military-to-military dialogue," which has been
    # suspended since late 2021"
    item = telling(corpus("ukraine-peace-talks-abu-dhabi-2026"), "which has been suspended since late 2021")
    assert (item.status, item.target) == ("lift-proposed", "high level military-to-military dialogue")
    assert 'agreed "to reestablish high level military-to-military dialogue' in item.text


# --- sanctions audit #7 (seed 4242, builds of c6796a1) -------------------------------------------

def test_a_contrast_that_undoes_the_measure_stays_in_the_line(corpus):
    # BBC News, 2005: the cut dropped "but the decision was overturned", so the suspension read as in force;
    # then, with the contrast kept, it was still filed as imposed (sanctions audit #10)
    item = citing(corpus("kenteris-thanou-doping-case-2004-05"), "was provisionally suspended for missing a test")
    assert fields(item) == ("overturned", "independent tribunal", "Katerina Thanou", "provisional ban")
    quote = next(c.quote for c in item.citations if "missing a test" in c.quote)
    assert "but the decision was overturned" in quote


def test_a_contrast_of_another_partys_act_is_not_kept(corpus):
    # AP, 2026: "…, but Russian President Vladimir Putin apparently hasn't budged" says nothing of the threat
    item = telling(corpus("ukraine-peace-talks-abu-dhabi-2026"), "threatened additional sanctions on Moscow")
    assert fields(item) == ("threatened", "Donald Trump", "Russia", "additional sanctions")
    assert item.text.endswith("threatened additional sanctions on Moscow")


def test_a_penalty_one_could_receive_is_a_threat_not_a_measure_in_force(corpus):
    # BBC News, 2004: read as "existing"
    item = telling(corpus("kenteris-thanou-doping-case-2004-05"), "could receive a maximum one-year suspension")
    assert fields(item) == ("threatened", None, "athletes", "maximum one-year suspension")


def test_a_penalty_one_faces_if_found_guilty_is_a_threat(corpus):
    # BBC News, 2005: "face a maximum two-year ban if found guilty" gave no item (the parser hangs Thanou
    # inside the first relative clause, so the target is Kenteris alone)
    item = telling(corpus("kenteris-thanou-doping-case-2004-05"), "face a maximum two-year ban if found guilty")
    assert fields(item) == ("threatened", None, "Kostas Kenteris", "maximum two-year ban")


def test_the_owner_of_an_announcement_imposes_what_it_announces(corpus):
    # DW, May 2025 (sanctions audit #10: "on China — trade tariffs", with Trump named as the one who announced them)
    item = telling(corpus("eu-small-parcel-fee-2025"), "Donald Trump’s announcement of trade tariffs on China")
    assert fields(item) == ("announced", "Donald Trump", "China", "trade tariffs")


def test_an_unnamed_partnership_speaking_of_itself_is_the_imposer(corpus):
    # Reuters, 30 March 1987 (sanctions audit #10: no imposer, though "An investor partnership" is the one that
    # said "it would attempt to unseat the company's board")
    item = telling(corpus("gencorp-takeover-bid-1987"), "said it would attempt to unseat")
    assert fields(item)[:3] == ("threatened", "investor partnership", "company's board of directors")


def test_a_line_that_ends_inside_a_quotation_closes_it(nlp_sentences):
    # BBC News, 2005 (sanctions audit #10: the quote was never closed); read alone, as the brief of the
    # whole corpus shows that suspension in another source's line
    item = telling(nlp_sentences(
        "Athletics' ruling body the IAAF said explanations from the pair and their former coach as to why they "
        "missed the tests were \"unacceptable\". It added that Kenteris and Thanou had been \"provisionally "
        "suspended pending the resolution of their cases\"."), "pending the resolution of their cases")
    assert item.text.endswith('"provisionally suspended pending the resolution of their cases"')


def test_who_sends_forces_to_occupy_imposes_the_occupation(corpus):
    # Reuters, 11 March 1987 (sanctions audit #10: "by marines", the troops the government sent)
    item = telling(corpus("brazil-seamen-strike-1987"), "had already dispatched more than 1,000 marines")
    assert fields(item)[:3] == ("imposed", "government", "country's main ports")


def test_a_blacklist_that_describes_a_noun_is_in_force_and_read_in_its_sentence(corpus):
    # heise, 26 November 2004: "the notorious spammers blacklisted at Spamcop" was an undated-imposed fragment
    item = telling(corpus("lycos-make-love-not-spam-2004"), "blacklisted at Spamcop")
    assert (item.status, item.target, item.date) == ("existing", "notorious spammers", None)
    assert item.text == "Lycos is waging war against the notorious spammers blacklisted at Spamcop"


def test_a_measure_someone_guesses_at_is_no_measure(corpus):
    # PC World, 3 December 2004: a pundit's "My guess is … start blocking access to that host" read as imposed
    assert not [it for it in corpus("lycos-make-love-not-spam-2004") if "start blocking access to that host" in it.text]


def test_a_lawsuit_is_sought_and_its_target_is_whom_it_is_aimed_at(nlp):
    # BBC News, 2005 (read as an "existing" lawsuit with no target), with the apposition set off by commas
    items = sentences(nlp, "Deutsche Bank, itself a target of a Yukos lawsuit, said the documents had been backdated.")
    assert [(it.status, it.target, it.measure) for it in items] == [("sought", "Deutsche Bank", "Yukos lawsuit")]


# --- what the source named before --------------------------------------------------------------

def test_the_pair_charged_are_the_two_the_imposer_charged_before(corpus):
    # BBC News, 2004: "Kostas Kenteris and Katerina Thanou are yet to respond to doping charges from the
    # IAAF. The Greek pair were charged after missing a series of routine drugs tests …"
    item = telling(corpus("kenteris-thanou-doping-case-2004-05"), "The Greek pair were charged")
    assert fields(item) == ("imposed", "International Association of Athletics Federations (IAAF)",
                            "Kostas Kenteris and Katerina Thanou", "charges")  # the pair: the two named before
    assert len(item.citations) == 2  # the sentence naming the IAAF and the two is cited beside it


def test_them_after_two_named_people_is_the_two(corpus):
    # BBC News, 2005: "Kostas Kenteris and Katerina Thanou will fight the provisional two-year bans imposed on
    # them by the IAAF …"
    item = telling(corpus("kenteris-thanou-doping-case-2004-05"), "will fight the provisional two-year bans")
    assert fields(item) == ("imposed", "International Association of Athletics Federations (IAAF)",
                            "Kostas Kenteris and Katerina Thanou", "provisional two-year bans")


def test_a_lifting_is_of_the_measure_on_the_target_named_before(corpus):
    # Reuters, 20 October 1987: "President Reagan imposed 300 mln dlrs in sanctions on Japanese goods last April
    # … Reagan lifted 51 mln dlrs of the sanctions last June …"
    item = telling(corpus("us-japan-chip-tariffs-1987"), "Reagan lifted 51 mln dlrs of the sanctions")
    assert fields(item) == ("lifted", "Ronald Reagan", "Japanese goods", "sanctions")
    assert item.date.label() == "1987-06"


def test_a_promise_of_controls_is_planned_and_a_plan_to_lift_is_not_a_lifting(nlp):
    # DW, 6 May 2025 (sanctions audit #8: read as a threat)
    items = sentences(nlp, "In January, the European Commission promised strict new controls on Chinese retail "
                           "platforms to prevent \"unsafe, counterfeited or even dangerous\" products from entering "
                           "Europe.")
    assert [fields(it) for it in items] == [
        ("planned", "European Commission", "Chinese retail platforms", "strict new controls")]
    # a plan to lift is a lifting proposed, not done; a promise on a condition of the target is a threat
    items = sentences(nlp, "The European Union plans to lift sanctions on Iran next year.",
                      "The EU plans to impose tariffs on steel unless Washington backs down.")
    assert sorted((it.status, it.imposer) for it in items) == [
        ("lift-proposed", "European Union"), ("threatened", "European Union")]


def test_a_claim_reported_by_a_speaker_keeps_the_speaker(nlp):
    # Reuters-21578 NEWID 15878 (non-dev audit round 3): "he" is the British minister; the imposer was empty
    items = sentences(nlp, "A British minister said he had given the Japanese government a clear warning of "
                           "sanctions against Japanese companies if Tokyo did not allow more access to its "
                           "internal markets \"and it was clearly understood.\"")
    assert [(fields(it), it.condition) for it in items] == [
        (("threatened", "United Kingdom", "Japanese companies", "sanctions"),
         "if Tokyo did not allow more access to its internal markets")]
    assert items[0].text.startswith("A British minister said he had given")


def test_an_appeal_is_its_owners_not_a_name_inside_the_judgement(nlp):
    # Reuters-21578 (non-dev audit round 3): "appealed — by Pennzoil — Pennzoil judgement"; Texaco appeals,
    # and "its" is not resolved here, so no item rather than the wrong party
    items = sentences(nlp, "He said Texaco would seek permission from the court to continue its appeal in Texas "
                           "courts of the Pennzoil judgement.")
    assert [it.imposer for it in items if it.status == "appealed"] == []


def test_a_gerund_the_parser_hung_far_from_its_doer_is_no_item(nlp):
    # Reuters-21578, 13 April 1987 (sanctions audit #8): "slapping 100 per cent tariffs …" read as imposed,
    # with no actor, while the tariffs were still a plan
    items = sentences(nlp, "Baker told reporters he saw nothing that would cause the president to back away from "
                           "his plan to issue a proclamation on Friday slapping 100 per cent tariffs on a range of "
                           "Japanese electronic products.")
    assert [it for it in items if it.status == "imposed"] == []


def test_a_line_keeps_the_clause_that_says_which_one_and_who_signed(nlp, corpus):
    # The Irish Times, 2 May 2025 (sanctions audit #8: cut to "… for alleged lapses in the way")
    from briefgen.sections.sanctions.events import read_document
    from support import dev_documents
    [document] = [d for d in dev_documents("tiktok-dpc-fine-china-transfers-2025") if d.source.id == "S6"]
    context = run_sections([document], "actors")
    [event] = [e for e in read_document(document, context.actor_index) if "for alleged lapses in the way" in e.text]
    assert event.text.endswith("for alleged lapses in the way it cares for children’s personal data")
    items = sentences(nlp, "Trump signed an executive order imposing tariffs on Canada.")
    assert [it.text for it in items] == ["Trump signed an executive order imposing tariffs on Canada"]


def test_our_assets_are_the_speakers_and_the_quote_keeps_its_opening_mark(nlp):
    # BBC, December 2004 (dev corpus yukos): "imposed — on Our assets — seizure"
    items = sentences(nlp, "\"Our assets were illegally seized,\" Yukos said.")
    assert [(it.target, it.text) for it in items] == [("Yukos", "\"Our assets were illegally seized,\" Yukos said")]
    # with no named speaker whose "our" it is, no target is shown
    assert [it.target for it in sentences(nlp, "\"Our assets were illegally seized,\" he said.")] == []


def test_an_aside_that_the_news_was_told_before_is_cut(nlp):
    # Reuters-21578, 9 April 1987 (outside the dev set, non-dev audit round 3): the line began "previously reported, …"
    items = sentences(nlp, "As previously reported, Texaco Inc is seeking a court order to block Pennzoil from taking "
                           "action to secure a 10.3 billion dlr judgement against Texaco.")
    assert [(it.status, it.demanded_by, it.target) for it in items] == [("sought", "Texaco Inc", "Pennzoil")]
    assert items[0].text.startswith("Texaco Inc is seeking a court order to block Pennzoil")


def test_the_rate_a_measure_is_set_to_is_its_amount(nlp):
    # BBC, May 2025 (dev corpus eu-small-parcel-fee): "was revised down to 54% from 120%" had no amount
    items = sentences(nlp, "Following negotiations last week, the tariff on small packages worth up to $800 (£606) "
                           "was revised down to 54% from 120%.")
    assert [(it.status, it.amount) for it in items] == [("eased", "54%")]


def test_a_second_reported_clause_keeps_its_speaker_too(nlp):
    # Reuters, 11 April 1987 (sanctions audit #9 draw) and BBC, December 2004: the line dropped "Fukukawa said"
    # (the parser hung the second "said" on the first one's clause) and "Tim Osborne … said"
    items = sentences(nlp, "Fukukawa said the United States had regrettably not listened to Japan's explanation of its "
                           "efforts to live up the pact and said Washington had not given any detailed explanation of "
                           "why it planned to impose the tariffs.",
                      "Meanwhile, Tim Osborne, head of Yukos main shareholders' group Menatep, said that Yukos may "
                      "have to declare itself bankrupt, and that legal action would be taken, outside Russia, "
                      "against the auction winners.")
    assert sorted(it.text.split(" said ")[0] for it in items) == [
        "Fukukawa", "Tim Osborne, head of Yukos main shareholders' group Menatep,"]


def test_a_sum_of_a_coordinated_act_is_not_the_measures_amount(nlp):
    # BBC, 2005 (sanctions audit #9: the sale price was the seizure's amount)
    items = sentences(nlp, "Yuganskneftegaz, the unit which produced 60% of Yukos' output, had been seized and sold in "
                           "December for less than $10bn to a previously unknown firm called Baikal.")
    assert [(it.status, it.target, it.amount) for it in items] == [("imposed", "Yuganskneftegaz", None)]


def test_a_tariff_levied_by_a_named_party_is_its_act_dated_by_the_levy(corpus):
    # BBC, May 2025: "… will now be subject to a 30% tariff or flat fees of up to $50, plus the 145% tariff on
    # imports from China levied by Trump last month" (the tagger reads "levied" as a past tense, the parser
    # hangs it on the 30% tariff): the 145% tariff, in force, is Trump's; the 30% tariff is no one's here
    item = telling(corpus("eu-small-parcel-fee-2025"), "plus the 145% tariff on imports from China levied by Trump")
    assert fields(item) == ("existing", "Donald Trump", "China", "145% tariff")
    assert item.amount == "145%"
    assert item.date is not None and item.date.start.isoformat()[:7] == "2025-04"


def test_the_unit_seized_is_the_party_the_sentence_before_is_about(corpus):
    # BBC News, 2004: "Yugansk is at the heart of Yukos - pumping close to a million barrels of oil a day. The
    # unit was seized by the government which claims the oil giant owes more than $27bn in taxes and fines."
    item = telling(corpus("yukos-yugansk-auction-2004-05"), "The unit was seized by the government")
    assert fields(item) == ("imposed", "government", "Yugansk", "seizure")
    assert item.citations[0].quote.startswith("Yugansk is at the heart of Yukos")  # cited: who "the unit" is


def test_a_description_parsed_as_a_second_subject_gives_way_to_the_names(corpus):
    # BBC Sport, 2004: "Greek sprinters Kostas Kenteris and Katerina Thanou have been suspended after failing to take
    # drugs tests before the Athens Olympics" (the parser makes "sprinters" and "Kenteris" two subjects)
    # (the next sentence's "It added that Kenteris and Thanou had been 'provisionally suspended …'" is the IAAF's
    # telling); the headline above it, "Greek sprinters suspended by IAAF", names the imposer, so it joins the
    # IAAF's bans and cites the headline
    item = citing(corpus("kenteris-thanou-doping-case-2004-05"), "Greek sprinters Kostas Kenteris and Katerina Thanou have")
    assert fields(item) == ("imposed", "International Association of Athletics Federations (IAAF)",
                            "Kostas Kenteris and Katerina Thanou", "provisional two-year bans")
    assert any(c.quote == "Greek sprinters suspended by IAAF" for c in item.citations)


def test_a_participle_joined_to_the_wrong_verb_keeps_the_passive_subject_as_target(corpus):
    # Reuters, 2026: "A Russian stand-up comedian was convicted of inciting hatred and jailed for nearly six years on
    # Wednesday over a joke …" (the parser joins "jailed" to "inciting"); "The comedian, Artemy Ostanin, was handed a
    # sentence of five years and nine months and a fine of 300,000 roubles" (the fine joined to the sentence)
    items = corpus("ukraine-peace-talks-abu-dhabi-2026")
    jailed = telling(items, "A Russian stand-up comedian was convicted")
    assert fields(jailed) == ("imposed", None, "Russian stand-up comedian", "jail sentence")
    assert jailed.amount == "nearly six years"
    fined = telling(items, "was handed a sentence of five years")
    assert fields(fined) == ("imposed", None, "Artemy Ostanin", "fine")


def test_a_party_facing_having_its_assets_seized_if_found_in_contempt_is_threatened_and_the_line_keeps_if(corpus):
    # BBC News, 2004: "If found in contempt of the US court order blocking the auction, Gazprom could face having
    # foreign assets seized." (no item before; a line cut after "If" would state the condition as fact)
    item = telling(corpus("yukos-yugansk-auction-2004-05"), "Gazprom could face having foreign assets seized")
    assert fields(item) == ("threatened", None, "Gazprom", "seizure")
    assert item.condition == "If found in contempt of the US court order blocking the auction"
    assert item.text.startswith("If found in contempt")


def test_a_measure_told_in_a_side_clause_without_its_target_is_shown_in_its_sentence(corpus):
    # Reuters, 2026: "China has emerged as a crucial economic lifeline for Russia, stepping up trade and purchases of
    # Russian oil as western sanctions have tightened." (audit #10: "western sanctions have tightened" alone was emptied)
    item = telling(corpus("ukraine-peace-talks-abu-dhabi-2026"), "western sanctions have tightened")
    assert fields(item) == ("expanded", "the West", None, "western sanctions")
    assert item.text.startswith("China has emerged as a crucial economic lifeline for Russia")


def test_a_description_in_apposition_names_the_party_a_measure_hits(corpus):
    # BBC News, 2005: "The pair's former coach, Christos Tzekos, has been banned for four years." (dropped before: a
    # ban needs a named party, and "coach" is none). "Greek athletics' governing body has postponed by two weeks the
    # judgement on sprinters Costas Kenteris and Katerina Thanou": a decision put off suspends no measure
    items = corpus("kenteris-thanou-doping-case-2004-05")
    coach = telling(items, "Christos Tzekos, has been banned for four years")
    assert fields(coach) == ("imposed", None, "Christos Tzekos", "ban")
    assert coach.amount == "four years"
    assert not [it for it in items if "postponed by two weeks the judgement" in it.text]


def test_a_pronoun_repeated_in_its_sentence_stands_for_what_the_first_does(nlp):
    # BBC News, 2004 (the Kenteris case, S1): the lead and the sentence of the threat, with the two sentences
    # between them left out. Both "they" are the pair; the ban is threatened on them, not on "competition".
    text = ("IAAF awaits Greek pair's response\n\nKostas Kenteris and Katerina Thanou are yet to respond to doping "
            "charges from the International Association of Athletics Federations (IAAF).\n\nIf they do not respond or "
            "their explanations are rejected, they will be provisionally banned from competition.")
    documents = annotate([(Source(id="S1", path="01_bbc.txt", sha256="0"), text)])
    items = run_sections(documents, "actors", "sanctions").items["sanctions"]
    banned = [it for it in items if it.measure == "ban"]
    assert [(it.status, it.imposer, it.target, it.condition) for it in banned] == [
        ("threatened", None, "Kostas Kenteris and Katerina Thanou",
         "If they do not respond or their explanations are rejected")]


def test_a_common_noun_is_no_party_of_the_same_name(nlp):
    # BBC News politics/378 (2005, control orders), with the sentence of politics/384 that names the group
    items = sentences(nlp, "Shami Chakrabarti, director of civil liberties pressure group Liberty, said who was "
                           "able to issue the control orders was not the main issue. "
                           "\"And these will be restrictions on their liberty that we will use only in the most "
                           "limited circumstances.")
    assert all(it.target != "Liberty" and it.imposer != "Liberty" for it in items), [fields(it) for it in items]


def test_a_measure_named_under_a_preposition_of_time_is_not_dated_by_the_report(corpus):
    # eu-small-parcel-fee-2025 S7, published 2025-05-23: the announcement came before that day
    item = telling(corpus("eu-small-parcel-fee-2025"), "Following former US President Donald Trump")
    assert fields(item) == ("announced", "Donald Trump", "China", "trade tariffs")
    assert item.date is None


def test_an_order_to_prevent_a_party_from_acting_targets_that_party(nlp):
    # Reuters-21578 NEWID 3095, 9 March 1987 (USAir and TWA, a story outside the dev set): target was empty
    items = sentences(nlp, "USAir Group Inc said a U.S. District Court in Pittsburgh issued a temporary restraining "
                           "order to prevent Trans World Airlines Inc from buying additional USAir shares.")
    assert [fields(it) for it in items] == [
        ("imposed", "District Court", "Trans World Airlines Inc", "temporary restraining order")]


def test_the_measure_answered_gets_no_reason_from_the_answer(nlp):
    # Reuters-21578 NEWID 3095 (a story outside the dev set; audit nd1, sanctions-02: reason "response to its suit")
    documents = make_documents(nlp, ["USAir said the order was issued in response to its suit, charging TWA chairman "
                                     "Carl Icahn and TWA violated federal laws and made misleading statements."],
                               [dt.date(1987, 3, 9)])
    items = run_sections(documents, "actors", "sanctions").items["sanctions"]
    assert [(it.status, it.demanded_by, it.reason) for it in items if it.measure == "its suit"] == [
        ("sought", "USAir", None)]


def test_an_arrest_is_a_measure_dated_by_its_sentence(nlp):
    # BBC, December 2004 (yukos dev corpus, S1): an arrest on charges is a coercive measure (CAMEO 173); the
    # sentence names no one who arrested him, so no imposer is guessed
    documents = make_documents(nlp, ["Mr Khodorkovsky, who had funded liberal opposition groups, was arrested in "
                                     "October last year on fraud and tax evasion charges and is still in jail."],
                               [dt.date(2004, 12, 15)])
    items = run_sections(documents, "actors", "sanctions").items["sanctions"]
    arrest = telling(items, "was arrested")
    assert (arrest.status, arrest.imposer, arrest.measure, arrest.date.label()) == (
        "imposed", None, "arrest", "2003-10")
    assert "Khodorkovsky" in (arrest.target or "")


def test_a_jury_ordering_a_party_to_pay_is_a_measure_on_that_party(nlp):
    # Reuters-21578 NEWID 16249, 13 April 1987 (Texaco and Pennzoil, outside the dev set): the verdict behind
    # the whole story was missing from the section
    [order] = sentences(nlp, "The two companies have been locked in an acrimonious struggle since a Texas state court "
                             "jury in November 1985 ordered Texaco to pay Pennzoil 10.53 billion dlrs for improperly "
                             "interfering with Pennzoil's planned acquisition of Getty Oil Co.")
    assert fields(order) == ("imposed", "Texas state court jury", "Texaco", "order to pay")
    assert (order.amount, order.date.label()) == ("10.53 billion dlrs", "1985-11")


def test_relief_sought_from_a_judgement_is_a_lifting_demanded_by_the_one_it_binds(nlp):
    # Reuters-21578 NEWID 16323, 13 April 1987 (Texaco and Pennzoil, outside the dev set): audit
    # nd2, sanctions-05 read "demanded — demanded by Texaco — on Texaco — judgement", the direction inverted
    items = sentences(nlp, "The rating agency cited Texaco's filing over the weekend for protection under Chapter 11 "
                           "of the Bankruptcy Code while Texaco seeks judicial relief from an 8.5 billion dlr, plus "
                           "interest and costs, judgement against it in the suit brought by Pennzoil Co.")
    [judgement] = [it for it in items if it.measure == "judgement"]
    assert (judgement.status, judgement.demanded_by, judgement.target) == ("lift-demanded", "Texaco", "Texaco")


def test_an_amount_keeps_the_currency_sign_the_parser_left_outside_it(nlp):
    # BBC, 2005 (yukos dev corpus, S5; audit s17, sanctions-28: amount "28bn" without its "$")
    [suit] = sentences(nlp, "It has also threatened to sue the Russian government for $28bn.")
    assert (suit.status, suit.measure, suit.amount) == ("threatened", "lawsuit", "$28bn")
