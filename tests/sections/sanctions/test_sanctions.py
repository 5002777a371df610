"""The sanctions extractor on sentences from other stories (Iran oil, a Venezuelan official, EU
measures on Belarus, chip export controls), parsed with the real spaCy pipeline."""
from __future__ import annotations

import datetime as dt

import pytest
from support import run_section

from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate
from briefgen.sections.context import Context

TEXTS = {
    "S1": ("2024-05-16",  # a Thursday
           "The US Treasury on Thursday imposed sanctions on a network of companies shipping Iranian oil "
           "to China. "
           "Tankers have used ship-to-ship transfers to evade US sanctions on Iranian oil. "
           "The Treasury said the network had earned hundreds of millions of dollars."),
    "S2": ("2024-04-18",
           "Washington has sanctioned Venezuela's attorney general, Tarek William Saab, for undermining "
           "democracy, the State Department said on Monday. "
           "The US eased sanctions on Venezuela's oil sector in October. "
           "Two Venezuelan officials were designated by the Treasury Department in 2019."),
    "S3": ("2021-07-02",
           "The European Union adopted a new package of sanctions against Belarus in June over the forced "
           "landing of a Ryanair flight. "
           "EU leaders threatened Minsk with further sanctions if it continued to detain journalists. "
           "The EU did not impose sanctions on Ukraine."),
    "S4": ("2023-10-18",
           "The Commerce Department imposed sweeping export controls on Chinese chipmakers last October. "
           "Washington could impose further restrictions on sales of advanced chips to China, "
           "officials warned. "
           "Beijing has called on the US to lift the export controls."),
    "S5": ("2023-05-01",
           "Investigators said the shipments violated the UN arms embargo on Libya. "
           "Russia faces new sanctions from the European Union."),
    "S6": ("2024-06-10",
           "Last month, Washington sanctioned two Iranian shipping firms accused of moving oil for the "
           "Revolutionary Guards."),
    "S7": ("2024-06-12",
           "The United States sanctioned two Iranian shipping firms in May, the Treasury said."),
    "S8": (None,
           "Canada sanctioned six Iranian officials last week."),
    # asking for, wanting or opposing a lifting is not a lifting
    "S9": ("2022-03-10",
           "Moscow wants sanctions lifted as soon as a ceasefire takes effect. "
           "London and Berlin oppose lifting the embargo. "
           "Venezuela is demanding that the oil embargo be lifted. "
           "The EU could ease the embargo on Syria."),
    # two different sanctions on one target, told in two sources, stay apart
    "S10": ("2020-02-01",
            "Among the thorniest issues is the UN arms embargo on Sudan, imposed by a Security Council "
            "resolution in 2004."),
    "S11": ("2020-02-03",
            "The European Union has maintained sanctions on Sudan since 1997."),
    # a sanction word that only modifies another noun; a list whose last item has the "to" phrase;
    # a freeze of something that is not money
    "S12": ("2019-05-02",
            "Cuba, donors extend aid deadline as sanctions disputes linger. "
            "Diplomats said the hardest issues were the timing of sanctions relief, the oil embargo and "
            "access for monitors to Syrian airbases. "
            "Pyongyang froze parts of its missile programme in exchange for limited sanctions relief. "
            "Britain froze the assets of three Belarusian officials."),
}


@pytest.fixture(scope="module")
def context():
    pairs = [
        (Source(id=sid, path=f"{sid}.txt", sha256="0" * 64,
                published=dt.date.fromisoformat(day) if day else None), text)
        for sid, (day, text) in TEXTS.items()
    ]
    ctx = Context(documents=annotate(pairs))
    run_section(ctx, "actors")
    return ctx


@pytest.fixture(scope="module")
def items(context):
    return run_section(context, "sanctions")


def one(items, source, status):
    found = [i for i in items if i.status == status and any(c.source == source for c in i.citations)]
    assert len(found) == 1, [(i.status, i.target, [c.source for c in i.citations]) for i in items]
    return found[0]


def test_sanctions_on_iranian_oil_network(items):
    item = one(items, "S1", "imposed")
    assert item.imposer == "Treasury"
    assert item.target == "network of companies"
    assert item.measure == "sanctions"
    assert (item.date.start, item.date.granularity) == (dt.date(2024, 5, 16), "day")


def test_evasion_names_who_evades(items):
    item = one(items, "S1", "evasion")
    assert (item.imposer, item.target) == ("United States", "Tankers")


def test_venezuelan_official_named_by_apposition_and_no_date_guessed(items):
    item = [i for i in items if i.target == "Tarek William Saab"][0]
    assert item.status == "imposed"
    assert item.imposer == "United States"
    # "on Monday" dates the State Department's statement, not the sanction
    assert item.date is None
    assert item.text == "Washington has sanctioned Venezuela's attorney general, Tarek William Saab"


def test_passive_designation_takes_the_by_agent(items):
    item = [i for i in items if i.measure == "designation"][0]
    assert (item.status, item.imposer, item.target) == (
        "imposed", "Treasury", "Two Venezuelan officials")
    assert (item.date.start, item.date.granularity) == (dt.date(2019, 1, 1), "year")


def test_easing_is_its_own_status_not_a_lifting(items):
    # "The US eased sanctions on Venezuela's oil sector in October": lighter, still in force
    item = one(items, "S2", "eased")
    assert (item.imposer, item.target) == ("United States", "Venezuela's oil sector")
    assert item.date.start == dt.date(2023, 10, 1)


def test_eu_package_on_belarus(items):
    item = one(items, "S3", "imposed")
    assert (item.imposer, item.target) == ("European Union", "Belarus")
    assert (item.date.start, item.date.granularity) == (dt.date(2021, 6, 1), "month")
    assert item.reason == "the forced landing of a Ryanair flight"


def test_threat_with_condition(items):
    item = one(items, "S3", "threatened")
    assert (item.imposer, item.target) == ("European Union", "Belarus")
    assert (item.condition, item.reason) == ("if it continued to detain journalists", None)
    # no date in the sentence: the threat is dated by the source's own day, shown "reported"
    assert (item.date.start, item.date.text, item.date.anchor) == (dt.date(2021, 7, 2), "", "published 2021-07-02")


def test_negated_sanction_is_not_an_item(items):
    assert not [i for i in items if i.target == "Ukraine"]


def test_chip_export_controls(items):
    item = one(items, "S4", "imposed")
    assert (item.imposer, item.target, item.measure) == (
        "Commerce Department", "Chinese chipmakers", "sweeping export controls")
    # "last October" in an article of 2023-10-18 is October 2022
    assert (item.date.start, item.date.granularity) == (dt.date(2022, 10, 1), "month")


def test_modal_makes_a_threat_and_trade_noun_gives_the_target(items):
    item = one(items, "S4", "threatened")
    assert (item.imposer, item.target, item.measure) == ("United States", "China", "further restrictions")


def test_a_call_to_lift_is_not_a_lifting(items):
    # Beijing asks, the US would lift: who asks is demanded_by, the imposer is the one asked
    item = one(items, "S4", "lift-demanded")
    assert (item.demanded_by, item.imposer, item.measure) == ("China", "United States", "export controls")


def test_a_lifting_offered_by_the_lifter_is_proposed(items):
    item = one(items, "S9", "lift-proposed")
    assert (item.imposer, item.target) == ("European Union", "Syria")


def test_violation_and_the_regime_it_violates(items):
    violation = one(items, "S5", "violation-alleged")
    regime = [i for i in items if i.status == "existing" and i.target == "Libya"][0]
    for item in (violation, regime):
        assert (item.imposer, item.target, item.measure) == ("United Nations", "Libya", "UN arms embargo")
    assert violation.text == "Investigators said the shipments violated the UN arms embargo on Libya"  # who says so
    assert regime.text == "the UN arms embargo on Libya"


def test_facing_sanctions_makes_the_subject_the_target(items):
    item = [i for i in items if i.target == "Russia"][0]
    assert (item.status, item.imposer) == ("existing", "European Union")


def test_same_sanction_from_two_sources_is_one_item(items):
    found = [i for i in items if i.target and "shipping firms" in i.target]
    assert len(found) == 1
    item = found[0]
    assert item.support == 2
    assert [c.source for c in item.citations] == ["S6", "S7"]
    assert item.date.start == dt.date(2024, 5, 1) and item.date.granularity == "month"
    # the line is the plainest telling, true of both citations; S6's reason is not said by S7
    assert item.text == "The United States sanctioned two Iranian shipping firms in May, the Treasury said"
    assert item.reason is None


def test_a_wanted_or_demanded_lifting_names_who_wants_it(items):
    wanted = [i for i in items if i.status == "lift-demanded" and i.demanded_by == "Russia"]
    assert len(wanted) == 1 and wanted[0].text.startswith("Moscow wants sanctions lifted")
    demanded = [i for i in items if i.status == "lift-demanded" and i.demanded_by == "Venezuela"]
    assert len(demanded) == 1 and demanded[0].measure == "oil embargo"
    assert not [i for i in items if any(c.source == "S9" for c in i.citations) and i.status == "lifted"]


def test_opposing_a_lifting_is_lift_opposed_by_the_opponents(items):
    item = one(items, "S9", "lift-opposed")
    assert (item.opposed_by, item.imposer) == ("United Kingdom and Germany", None)
    assert item.text == "London and Berlin oppose lifting the embargo"


def test_the_sanction_is_never_its_own_imposer(items):
    for item in items:
        assert item.imposer is None or item.imposer.lower() not in (item.measure or "").lower(), item


def test_merged_items_carry_only_what_their_sentences_say(items):
    eu = [i for i in items if i.target == "Sudan" and i.imposer == "European Union"]
    un = [i for i in items if i.target == "Sudan" and i.imposer == "United Nations"]
    assert len(eu) == 1 and len(un) == 1
    assert [c.source for c in eu[0].citations] == ["S11"]
    assert (eu[0].status, eu[0].measure, eu[0].date.start) == ("existing", "sanctions", dt.date(1997, 1, 1))
    assert [c.source for c in un[0].citations] == ["S10"]
    assert un[0].measure == "UN arms embargo"


def test_a_sanction_word_modifying_another_noun_is_no_sanction(items):
    assert not [i for i in items if any(c.source == "S12" and c.sentence == 0 for c in i.citations)]


def test_targets_come_from_the_triggers_own_phrase(items):
    assert not [i for i in items if i.target and "airbases" in i.target]


def test_a_freeze_is_a_sanction_only_on_money_or_property(items):
    found = [i for i in items if any(c.source == "S12" for c in i.citations) and "freeze" in (i.measure or "")]
    assert [(i.status, i.imposer, i.target) for i in found] == [
        ("imposed", "United Kingdom", "three Belarusian officials")]


def test_relative_date_without_publication_date_is_none(items):
    item = one(items, "S8", "imposed")
    assert (item.imposer, item.target, item.date) == ("Canada", "six Iranian officials", None)


def test_text_and_citations_come_from_the_source(context, items):
    texts = {d.source.id: d.text for d in context.documents}
    for item in items:
        assert item.citations and item.support == len({c.source for c in item.citations})
        for c in item.citations:
            assert texts[c.source][c.start:c.end] == c.quote
        assert any(item.text in " ".join(c.quote.split()) for c in item.citations), item.text


def test_output_is_deterministic_and_capped(context, items):
    again = run_section(context, "sanctions")
    assert [i.model_dump() for i in again] == [i.model_dump() for i in items]
    capped = run_section(context, "sanctions", max_items=3)
    assert [i.model_dump() for i in capped] == [i.model_dump() for i in items[:3]]


def test_should_sanction_is_a_proposal_not_a_measure(nlp):
    from support import make_documents, run_sections

    documents = make_documents(nlp, ["Ministers said the European Union should sanction violent settlers."])
    items = run_sections(documents, "actors", "sanctions").items["sanctions"]
    assert [i.status for i in items] == ["proposed"]


def test_an_order_imposing_sanctions_is_imposed_by_its_signer_on_the_signing_date(nlp):
    from support import make_documents, run_sections

    texts = ["US President Joe Biden on Thursday signed an executive order imposing sanctions on four Israeli "
             "settlers accused of attacking Palestinians."]
    documents = make_documents(nlp, texts, [dt.date(2024, 2, 2)])
    items = run_sections(documents, "actors", "sanctions").items["sanctions"]
    assert [(i.status, i.imposer, i.date.start if i.date else None) for i in items] == [
        ("imposed", "Joe Biden", dt.date(2024, 2, 1))]
