"""Conflicts and key points on small corpora parsed with the real pipeline."""
from __future__ import annotations

import datetime as dt

from support import make_documents, run_sections

import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractor)
import briefgen.sections.key_points.extractor  # noqa: F401

DAY = dt.date(2023, 9, 5)


def conflicts_of(nlp, texts, published=None):
    docs = make_documents(nlp, texts, published or [DAY] * len(texts))
    return run_sections(docs, "actors", "timeline", "conflicts").items["conflicts"]


def test_date_disagreement(nlp):
    items = conflicts_of(nlp, [
        "Defence Minister Sergei Shoigu visited North Korea in July. Sergei Shoigu met Kim Jong Un there.",
        "Russian Defence Minister Sergei Shoigu visited North Korea last month, officials said.",
    ])
    dates = [c for c in items if c.kind == "date"]
    assert dates and "Shoigu" in dates[0].about
    assert {c.source for claim in dates[0].claims for c in claim.citations} == {"S1", "S2"}


def test_place_disagreement(nlp):
    items = conflicts_of(nlp, [
        "France, Germany to meet in Paris to discuss trade.\n\nFrench President Emmanuel Macron will meet German Chancellor Olaf Scholz next week.",
        "German Chancellor Olaf Scholz is expected to travel to Strasbourg next week to meet French President Emmanuel Macron.",
    ])
    places = [c for c in items if c.kind == "place"]
    assert places, items
    assert "Paris" in places[0].about and "Strasbourg" in places[0].about


def test_denial(nlp):
    items = conflicts_of(nlp, [
        "Officials in Washington said Iran had sent drones to Venezuela in May.",
        "Iran denied sending drones to Venezuela, its foreign ministry said.",
    ])
    denials = [c for c in items if c.kind == "denial"]
    assert denials and denials[0].about.startswith("Iran")
    assert denials[0].claims[0].citations[0].source == "S2"


def test_consistent_corpus_says_so(nlp):
    items = conflicts_of(nlp, [
        "Chancellor Olaf Scholz visited Warsaw on Monday to meet Prime Minister Donald Tusk.",
        "Olaf Scholz met Donald Tusk in Warsaw on Monday.",
    ])
    assert len(items) == 1 and items[0].kind == "none"
    assert [c.source for c in items[0].citations] == ["S1", "S2"]
    for c in items[0].citations:
        assert c.quote


def test_key_points_are_cited_item_lines(nlp):
    docs = make_documents(nlp, [
        "Sergei Shoigu visited North Korea in July. The talks ended on Friday.",
        "Sergei Shoigu visited North Korea in July, officials said.",
    ], [DAY, DAY])
    ctx = run_sections(docs, "actors", "timeline", "key_points", options={"key_points": {"count": 3}})
    points = ctx.items["key_points"]
    assert 1 <= len(points) <= 3
    assert points[0].support == 2 and points[0].citations
    assert points[0].text in {t.text for t in ctx.items["timeline"]}


def test_same_subject_and_verb_on_different_days_is_a_date_conflict(nlp):
    texts = ["The talks, which began on June 27 at a hotel, were due to end on June 30.",
             "The current round of talks, which began on Friday 26 June, was supposed to end on 30 June."]
    documents = make_documents(nlp, texts, [dt.date(2015, 7, 7), dt.date(2015, 7, 7)])
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    dated = [c for c in conflicts if c.kind == "date"]
    assert len(dated) == 1
    assert [claim.citations[0].source for claim in dated[0].claims] == ["S2", "S1"]


def test_a_timeline_row_whose_date_sources_dispute_says_so(nlp):
    # Reuters, 9 and 11 March 1987 (brazil dev corpus): the court's ruling on Saturday or "last Friday"
    texts = ["Hundreds of marines were on alert at 11 key Brazilian ports after 40,000 seamen decided to remain "
             "on indefinite strike, even after the Higher Labour Court Saturday ruled it illegal, union leaders said.",
             "The government had already dispatched more than 1,000 marines to occupy the country's main ports "
             "after a national seamen's strike was ruled illegal last Friday."]
    documents = make_documents(nlp, texts, [dt.date(1987, 3, 9), dt.date(1987, 3, 11)])
    context = run_sections(documents, "actors", "timeline", "conflicts")
    [dated] = [c for c in context.items["conflicts"] if c.kind == "date"]
    disputed = {r.text: r.disputed for r in context.items["timeline"] if r.disputed}
    assert disputed == {"40,000 seamen decided to remain on indefinite strike, even after the Higher Labour Court "
                        "Saturday ruled it illegal": dated.about,
                        "a national seamen's strike was ruled illegal last Friday": dated.about}
    assert all(r.disputed is None for r in context.items["timeline"] if r.text not in disputed)


def test_each_denial_claim_quotes_only_its_own_sentence(nlp):
    texts = ["Hamas denied reports that it had dropped its demand for a withdrawal.",
             "Hamas denied that its negotiators had left Cairo."]
    documents = make_documents(nlp, texts, [dt.date(2024, 2, 6), dt.date(2024, 2, 7)])
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    for conflict in conflicts:
        for claim in conflict.claims:
            assert all(claim.text == c.quote for c in claim.citations)


def test_different_figures_for_the_same_count_are_a_number_conflict(nlp):
    texts = ["The storm killed 312 people in Manila on Sunday, officials said.",
             "Officials said the storm killed about 450 people in Manila on Sunday.",
             "The storm killed 312 people, the Red Cross said."]
    documents = make_documents(nlp, texts, [dt.date(2024, 9, 2)] * 3)
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    numbers = [c for c in conflicts if c.kind == "number"]
    assert len(numbers) == 1 and numbers[0].about == "How many people killed: 312 (S1, S3) or about 450 (S2)"
    for claim in numbers[0].claims:
        assert all(claim.text.endswith(c.quote) for c in claim.citations)


def test_same_figure_everywhere_is_no_number_conflict(nlp):
    texts = ["The storm killed 312 people in Manila on Sunday.", "In Manila, the storm killed 312 people on Sunday."]
    documents = make_documents(nlp, texts, [dt.date(2024, 9, 2)] * 2)
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    assert not [c for c in conflicts if c.kind == "number"]


def test_each_date_claim_says_what_each_of_its_citations_says(nlp):
    texts = ["The rules take effect on Nov. 16, officials said.",
             "The new rules would take effect on 17 November.",
             "Officials said the rules will take effect on November 17, closing gaps."]
    documents = make_documents(nlp, texts, [dt.date(2023, 10, 18), dt.date(2023, 10, 17), dt.date(2023, 10, 18)])
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    dated = [c for c in conflicts if c.kind == "date"]
    assert dated, conflicts
    for claim in dated[0].claims:
        clause = claim.text.split(": ", 1)[1]
        assert all(clause in c.quote for c in claim.citations)


def test_two_stakes_of_one_holding_are_a_number_conflict(nlp):
    # Reuters, 1987: two wires give the bidder's holding of the same 2,180,608 shares as 9.4 and 9.8 pct
    texts = ["General Partners said it already owns 2,180,608 shares of GenCorp, or 9.4 pct of the total "
             "outstanding common stock.",
             "The group owns 9.8 pct, or 2,180,608 shares, of GenCorp's outstanding shares."]
    documents = make_documents(nlp, texts, [dt.date(1987, 3, 18), dt.date(1987, 4, 6)])
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    numbers = [c for c in conflicts if c.kind == "number"]
    # a stake in the stock (audit #4: the heading named the stock itself)
    assert [c.about for c in numbers] == [  # whose stock (audit t4, conflicts-06)
        "Share of total outstanding common stock of GenCorp: 9.4 pct (S1) or 9.8 pct (S2)"]
    assert [claim.citations[0].source for claim in numbers[0].claims] == ["S1", "S2"]


def test_stakes_in_two_companies_stock_are_no_number_conflict(nlp):
    # Reuters-21578 NEWID 3095 and 3039, 9 March 1987 (TWA, USAir and Piedmont, a story outside the dev set):
    # TWA's stake in USAir, USAir's option on Piedmont, and the tender USAir's offer is conditioned on
    twa = "TWA last week said it owned 15 pct of USAir's shares."
    option = ("USAir said the 3,491,030 new shares it has an option to buy represent 18.5 pct of Piedmont's currently "
              "outstanding shares.")
    tender = ("USAir said Piedmont has about 23.1 mln common shares on a fully diluted basis, adding its offer is "
              "conditioned on the tender of at least 9,309,394 shares, representing 40.2 pct of the oustanding shares "
              "on a diluted basis.")
    for texts in ([twa, option], [twa, option + " " + tender]):
        documents = make_documents(nlp, texts, [dt.date(1987, 3, 9)] * 2)
        conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
        assert not [c for c in conflicts if c.kind == "number"], texts


def test_a_whole_and_a_part_are_no_number_conflict(nlp):
    # Reuters, 1987: the shares outstanding and the shares one bidder holds are different counts
    texts = ["GenCorp has about 22.3 mln shares outstanding, making the value of the offer about 2.23 billion dlrs.",
             "General Partners said it already owns 2,180,608 shares of GenCorp."]
    documents = make_documents(nlp, texts, [dt.date(1987, 3, 18)] * 2)
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    assert not [c for c in conflicts if c.kind == "number"]


def test_a_rounding_is_no_number_conflict_but_a_different_sum_is(nlp):
    # BBC News, 2004-05: "$27bn" and "$27.5bn" for one back tax bill; "more than $27bn" agrees with both
    texts = ["Russian prosecutors are forcing the sale of the firm's most lucrative asset Yuganskneftegas to help "
             "pay a $27bn (£14bn) back tax bill, which they claim is owed by Yukos.",
             "Yuganskneftegas was sold to pay off a $27.5bn (£14.5bn) back tax bill.",
             "Yuganskneftegas was sold to pay off a back tax bill of more than $27bn."]
    documents = make_documents(nlp, texts, [dt.date(2005, 1, 10)] * 3)
    numbers = [c for c in run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
               if c.kind == "number"]
    assert [c.about for c in numbers] == ["Size of the tax bill: $27bn (S1) or $27.5bn (S2)"]


def test_counts_of_a_deed_on_different_days_are_no_number_conflict(nlp):
    # AP and Reuters, 2026: two nights' drone attacks are two facts, not one disputed count
    texts = ["Russian forces launched 138 drones at Ukraine overnight, Ukraine's air force said.",
             "Russian forces launched 90 drones at Ukraine overnight, Ukraine's air force said."]
    documents = make_documents(nlp, texts, [dt.date(2026, 1, 26), dt.date(2026, 2, 5)])
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    assert not [c for c in conflicts if c.kind == "number"]


def test_figures_are_read_with_their_step_unit_and_bound():
    from briefgen.nlp.figures import read_figure
    assert read_figure("$27bn").unit == "usd" and read_figure("$27bn").value == 27e9
    assert read_figure("300 mln dlrs").value == 300e6
    assert read_figure("9.4 pct").unit == "percent"
    assert read_figure("roughly 1,200-km").unit == "km"
    assert read_figure("more than 1,000").bound == "min"
    assert not read_figure("$27bn").agrees(read_figure("$27.5bn"))
    assert read_figure("2,180,608").agrees(read_figure("2.18 million"))
    assert read_figure("more than $27bn").agrees(read_figure("$27.5bn"))
    assert not read_figure("9.4 pct").agrees(read_figure("9.4 mln"))


def denials_of(nlp, texts, day=dt.date(2026, 2, 5)):
    documents = make_documents(nlp, texts, [day] * len(texts))
    return [c for c in run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
            if c.kind == "denial"]


def test_what_withholds_something_is_no_denial(nlp):
    # real lines read as denials before (AP 2026, BBC 2005, Reuters 1987; issue 14: "deny U.S. entry")
    assert not denials_of(nlp, ["Mr Khodorkovsky is in prison, having been charged with fraud and tax evasion "
                                "and repeatedly denied bail."])
    assert not denials_of(nlp, ["Chairman A. William Reynolds said the offer seeks to deny shareholders the true "
                                "value of their investment in Gencorp."])
    assert not denials_of(nlp, ["The State Department said it would deny U.S. entry to the officials."])


def test_a_denial_of_service_attack_and_a_refusal_to_comment_are_no_denials(nlp):
    # InformationWeek and Reuters, 2004 and 1987
    assert not denials_of(nlp, ["Charges quickly surfaced that Lycos was crossing the line by launching a DDOS "
                                "(distributed denial of service) attack."])
    assert not denials_of(nlp, ["GenCorp officials had no comment on General Acquisition's statement."])


def test_a_denial_says_who_denies_what(nlp):
    # Reuters 1987, AP 2026: the heading says in plain words what is disputed
    [japan] = denials_of(nlp, ["Japan denied breaking a pact with the U.S."], dt.date(1987, 3, 27))
    assert japan.about == "Japan denies breaking a pact with the U.S."
    [both] = denials_of(nlp, ["Both Moscow and Kyiv deny they are targeting civilians in the war."])
    assert both.about == "Russia and Kyiv deny they are targeting civilians in the war"  # Moscow: its country


def test_we_in_a_quote_is_the_speaker(nlp):
    # BBC Sport, 2005
    [refuted] = denials_of(nlp, ['Kenteris\' lawyer Gregory Ioannidis told BBC Sport: "We refute both charges as '
                                 'unsubstantiated and illogical."'], dt.date(2005, 1, 10))
    assert refuted.about == "Gregory Ioannidis refutes both charges as unsubstantiated and illogical"


def test_a_denial_of_the_report_stands_beside_the_report_before_it(nlp):
    # Reuters, 5 February 2026
    [dismissed] = denials_of(nlp, ["The Center for Strategic and International Studies, a Washington-based think "
                                   "tank, said Russia had suffered nearly 1.2 million casualties. Moscow dismissed "
                                   "the report as unreliable."])
    # (timeline audit #3: the heading stopped before the figure disputed)
    assert dismissed.about == ("Russia dismisses the report as unreliable — The Center for Strategic and "
                               "International Studies, a Washington-based think tank, said Russia had suffered "
                               "nearly 1.2 million casualties")
    assert [claim.text for claim in dismissed.claims] == [
        "Moscow dismissed the report as unreliable.",
        "The Center for Strategic and International Studies, a Washington-based think tank, said Russia had "
        "suffered nearly 1.2 million casualties."]


def test_despite_its_denials_the_clause_is_what_is_denied(nlp):
    # CNN, September 2023 (seed S2)
    [denied] = denials_of(nlp, ["John Kirby had previously disclosed that, despite its denials, North Korea had "
                                "supplied infantry rockets and missiles to Russia in the previous year."],
                          dt.date(2023, 9, 5))
    assert denied.about == "North Korea denies: North Korea had supplied infantry rockets and missiles to Russia in " \
                           "the previous year"


def test_a_meeting_on_a_condition_is_no_place_for_a_place_conflict(nlp):
    # Reuters and AP, February 2026: negotiators meet in Abu Dhabi; the leaders' meeting in Moscow is a condition
    items = conflicts_of(nlp, [
        "Ukrainian and Russian negotiators are scheduled to meet in Abu Dhabi for US-brokered peace talks on Wednesday.",
        "A potential meeting between Putin and Zelenskyy has been mooted, but the Kremlin said it would agree to such "
        "talks only if the Ukrainian leader were willing to travel to Moscow."])
    assert not [c for c in items if c.kind == "place"]


def test_a_state_told_on_different_days_is_compared_but_a_past_deed_is_not(nlp):
    # AP 26 January and Reuters 5 February 2026: one front line; two nights' strikes on different places
    line = conflicts_of(nlp, [
        "Meanwhile, the grinding war of attrition along the roughly 1,000-kilometer (600-mile) front line snaking "
        "through eastern and southern Ukraine has dragged on.",
        "Despite pressure by the Trump administration on Kyiv and Moscow to find a compromise, fighting continues to "
        "rage along the roughly 1,200-km (750-mile) front line in Ukraine."], [dt.date(2026, 1, 26), dt.date(2026, 2, 5)])
    assert [c.about for c in line if c.kind == "number"] == [
        "Size of the front line: roughly 1,000-kilometer (S1) or roughly 1,200-km (S2)"]
    strikes = conflicts_of(nlp, [
        "Russian forces launched 138 drones at Ukraine overnight, and 21 of them hit targets in 11 locations, "
        "Ukraine's air force said.",
        "The missiles and 22 drones hit targets in 16 locations in Ukraine, the air force said."],
        [dt.date(2026, 1, 26), dt.date(2026, 2, 5)])
    assert not [c for c in strikes if c.kind == "number"]


def test_one_deniers_different_denials_are_different_items(nlp):
    # webuser and PC World, December 2004: the hack and the attacks are two claims Lycos denies
    found = denials_of(nlp, ["Lycos has also denied reports that the website was hacked last week.",
                             "Lycos has dismissed claims that the service launched distributed denial of service "
                             "attacks but has decided to end the campaign."], dt.date(2004, 12, 6))
    assert sorted(c.about for c in found) == [
        "Lycos denies reports that the website was hacked last week",
        "Lycos dismisses claims that the service launched distributed denial of service attacks"]


def test_one_demand_told_of_two_names_for_the_same_people_is_a_number_conflict(nlp):
    # Reuters, March 1987: "the strikers" and "the seamen" demand one pay rise, given as 275 and about 200 pct
    texts = ["The strikers, who are seeking a 275 pct pay increase, have rejected offers of a 100 pct raise.",
             "The seamen are demanding pay raises of about 200 pct but have been offered less than half that."]
    documents = make_documents(nlp, texts, [dt.date(1987, 3, 5), dt.date(1987, 3, 12)])
    numbers = [c for c in run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
               if c.kind == "number"]
    assert [c.about for c in numbers] == ["Size of the pay increase: about 200 pct (S2) or 275 pct (S1)"]


def test_talks_and_an_exchange_that_took_place_are_no_date_conflict(nlp):
    # AP and RFE/RL, 5 February 2026 (dev corpus ukraine, timeline audit #3 draw): "When Donald Trump talked:
    # 2026-02-04 (S5) or 2026-02-05 (S6)" paired Wednesday's talks with Thursday's prisoner exchange
    items = conflicts_of(nlp, [
        "Dmitriev, who has been a leading figure in Moscow's direct negotiations with the Trump administration "
        "through Witkoff, told reporters after Wednesday's talks that there is certainly progress.",
        "U.S. President Donald Trump's special envoy Steve Witkoff said the delegations had agreed to an exchange "
        "of 314 prisoners of war, which took place on Thursday.",
    ], [dt.date(2026, 2, 5)] * 2)
    assert [c.about for c in items if c.kind == "date"] == []


def test_a_denial_of_this_says_what_this_is(nlp):
    # AP, 2026 (dev corpus ukraine): the heading read only "government denies this"
    [denial] = denials_of(nlp, ["Wine said he has been undercover since police raided his home on Jan. 16, though "
                                "the government denies this, claiming that officers were deployed as security."])
    assert denial.about == ("Wine said he has been undercover since police raided his home on Jan. 16; government "
                            "denies this and says officers were deployed as security")  # its own account too (c40, 06)


def test_a_denial_of_reports_is_paired_only_with_a_claim_of_what_they_report(nlp):
    # Reuters-21578 NEWID 16176 and 17000 (Dome Petroleum, April 1987, outside the dev set): the 13 April offer
    # of 4.3 billion is not the reported raise to 5.5 billion that TransCanada denies
    texts = ["A takeover battle began today for debt-burdened Dome Petroleum Ltd as TransCanada PipeLines Ltd "
             "announced a 4.3 billion dlr offer and Dome said it is continuing talks with other possible buyers.",
             "TransCanada PipeLines Ltd denied reports that it raised its offer for Dome Petroleum Ltd to 5.5 "
             "billion Canadian dlrs from 4.3 billion."]
    documents = make_documents(nlp, texts, [dt.date(1987, 4, 13), dt.date(1987, 4, 21)])
    [denial] = [c for c in run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
                if c.kind == "denial"]
    assert denial.about.startswith("TransCanada PipeLines Ltd denies reports that it raised its offer")
    assert [c.source for c in denial.citations] == ["S2"]


def test_a_forecast_not_made_is_no_denial(nlp):
    # Reuters-21578 NEWID 16249, 13 April 1987 (Texaco and Pennzoil, outside the dev set)
    texts = ["Margoshes said he did not anticipate any significant changes in Texaco's oil exploration and "
             "production business because the bankruptcy filing affects only about four pct of the giant oil "
             "company's 32.6 billion dlrs in annual revenues."]
    documents = make_documents(nlp, texts, [dt.date(1987, 4, 13)])
    assert [c.kind for c in run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]] == ["none"]


def test_a_denial_of_what_another_suggested_says_what_is_denied_and_who_denies(nlp):
    # BBC News 2005 (WorldCom trial, business/114 and business/100 of the BBC News dataset, outside the dev set)
    texts = ['"On that date, yes. I was lying," replied Mr Sullivan. Mr Weingarten has suggested that Mr Sullivan '
             "is implicating Mr Ebbers only to win a lighter sentence, something Mr Sullivan denies.",
             "During his time on the witness stand Mr Sullivan repeatedly told jurors he met frequently with Mr "
             "Ebbers, told him about changes made to WorldCom's accounts to hide costs and had warned him such "
             "practises were improper. However during the case on Tuesday Mr Ebbers denied the allegations."]
    documents = make_documents(nlp, texts, [None, None])
    abouts = sorted(c.about for c in run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"])
    assert any(a.endswith("denies: Mr Sullivan is implicating Mr Ebbers only to win a lighter sentence")
               or a.endswith("denies Mr Sullivan is implicating Mr Ebbers only to win a lighter sentence") for a in abouts), abouts
    # (the parser reads "something Mr Sullivan denies" one way or the other, by the sentences around it)
    assert not any("Tuesday" in a.split(" denies")[0] for a in abouts), abouts  # "Tuesday" is no part of his name


def test_a_forecast_is_no_claim_that_a_denial_points_back_to(nlp):
    # Reuters-21578 NEWID 16249, 13 April 1987 (Texaco and Pennzoil, outside the dev set): audit nd2,
    # conflicts-10 set "Texaco contests the ruling" against an analyst's forecast that agrees with it
    text = ("Ilacqua predicted that the Texas jury judgment would ultimately be overturned or whittled down from its "
            "original 10.53 billion dlrs, an amount that is increasing by about 2.5 mln dlrs in interest accumulated "
            "daily. Texaco has contested the ruling, insisting that Pennzoil did not have a valid contract under New "
            "York state law to acquire Getty Oil.")
    documents = make_documents(nlp, [text], [dt.date(1987, 4, 13)])
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    contested = [c for c in conflicts if "contests the ruling" in c.about]
    assert contested and all(len(c.claims) == 1 for c in contested)  # the denial alone, no claim beside it
