"""Actors: one entry per real-world entity, roles from the sentence, NER mistakes filtered by rule.

The texts are written for these tests from other stories, so the rules are shown to be general.
"""
from __future__ import annotations

import pytest
from support import make_documents, run_sections


@pytest.fixture(scope="module")
def actors(nlp):
    texts = [
        "Ukrainian President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Monday. "
        "Zelensky asked Germany for more air defence systems. Reuters reported that Scholz promised help.\n"
        "Keep Reading\n"
        "The talks were hosted at Pier 39 near the chancellery.",
        "Olaf Scholz, the German chancellor, said the Federal Republic of Germany would stand by Kyiv. "
        "According to Reuters, Berlin will send two more batteries. "
        "The European Commission and the EC's president Ursula von der Leyen backed the plan. "
        "A spokesperson for the European Commission, Eric Mamer, declined to comment. "
        "Mr Zelenskyy's office, the Office of the President of Ukraine, thanked Germany.",
    ]
    return {a.name: a for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}


def test_name_variants_join(actors):
    assert "Olaf Scholz" in actors and "Scholz" in actors["Olaf Scholz"].aliases
    assert "Scholz" not in actors


def test_country_names_capitals_and_official_names_join(actors):
    germany = actors["Germany"]
    assert germany.kind == "country"
    assert {"Berlin", "Federal Republic of Germany"} <= set(germany.aliases)
    assert actors["Ukraine"].kind == "country" and "Kyiv" in actors["Ukraine"].aliases


def test_roles_from_title_and_apposition(actors):
    assert any("President" in r for r in actors["Volodymyr Zelensky"].roles)
    assert any("Chancellor" in r or "chancellor" in r for r in actors["Olaf Scholz"].roles)
    assert any("spokesperson for the European Commission" in r for r in actors["Eric Mamer"].roles)


def test_role_citation_quotes_the_sentence_stating_it(actors):
    mamer = actors["Eric Mamer"]
    assert any("A spokesperson for the European Commission, Eric Mamer" in c.quote for c in mamer.citations)


def test_affiliation_from_role(actors):
    assert actors["Eric Mamer"].affiliation == "European Commission"
    assert actors["Olaf Scholz"].affiliation == "Germany"


def test_outlet_only_reporting_is_not_an_actor(actors):
    assert "Reuters" not in actors


def test_furniture_and_numbers_are_not_people(actors):
    assert not any("Reading" in name for name in actors)
    assert not any(name.startswith("Pier") for name in actors)


def test_prominence_order_and_counts(actors):
    names = list(actors)
    assert names.index("Germany") < names.index("Eric Mamer")
    assert actors["Germany"].mentions >= 4
    assert actors["Germany"].support == 2


def test_every_citation_is_exact(nlp):
    text = "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that Moscow had nothing to add."
    documents = make_documents(nlp, [text])
    for actor in run_sections(documents, "actors").items["actors"]:
        for c in actor.citations:
            assert text[c.start:c.end] == c.quote


def test_acronym_joins_the_name_it_spells(nlp):
    texts = ["The International Atomic Energy Agency sent inspectors. The IAEA said the site was sealed. "
             "Rafael Grossi, the IAEA director general, spoke on Friday."]
    actors = {a.name: a for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}
    iaea = [a for a in actors.values() if "IAEA" in a.aliases or a.name == "IAEA"]
    assert len(iaea) == 1 and iaea[0].mentions >= 2


def test_an_acronym_the_sources_spell_out_otherwise_than_the_gazetteer_takes_their_expansion(nlp):
    # Reuters-21578, 11 and 13 April 1987 (Britain, Japan and the EC; non-dev round 7: "EC" was shown as the
    # European Commission). "the EC executive commission" and "the EC Commission" are the Commission; "EC" alone
    # is the Community the first wire spells out.
    texts = ["Earlier this week British Prime Minister Margaret Thatcher said Britain could not go it alone on sanctions "
             "against Japan, but would have to coordinate action with its European Community partners.",
             "TRADE ISSUES STRAINING EC'S PATIENCE WITH JAPAN\nApril 13, 1987\n\nHowever, they said an all-out trade "
             "war may be far off, as EC states know they would suffer almost as much as Japan. Senior EC diplomats gave "
             "a generally favourable reaction to an EC executive commission proposal under which the EC could raise "
             "tariffs on a range of Japanese products if the U.S. Carries out a threat to make a similar move on April "
             "17. The EC Commission itself has switched its tactics in recent years, substituting general calls for "
             "action by Japan to open its market with specific demands for moves in key areas."]
    names = [a.name for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]]
    assert "European Community (EC)" in names
    assert "European Commission" not in names


def test_partial_names_join_the_one_full_name(nlp):
    texts = ["Kim Jong-un met officials. Kim Jong UN later spoke. Kim said talks would go on. "
             "Kim Yo-jong, his sister, was not present."]
    actors = {a.name: a for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}
    kims = [name for name in actors if name.lower().startswith("kim jong")]
    assert len(kims) == 1, actors.keys()


@pytest.fixture(scope="module")
def wire_actors(nlp):
    texts = [
        "Talks stall over ceasefire\n\nBy Jane Roe and John Doe\n\n"
        "DOHA, Feb 6 (Reuters) - Qatar's spokesman Majed al-Ansari said on Tuesday that talks would go on. "
        "U.S. Secretary of State Antony Blinken flew to Cairo. CIA Director William Burns met Qatar's prime "
        "minister, Sheikh Mohammed bin Abdulrahman. Blinken wrote on Twitter that progress was made. "
        "Iran's Supreme Leader Ali Khamenei spoke. Engineers will redesign the Arak reactor.\n"
        "(Reporting by Mary Major; Editing by Tom Minor)",
    ]
    return {a.name: a for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}


def test_bylines_credits_and_datelines_give_no_actors(wire_actors):
    for name in ("Jane Roe", "John Doe", "Mary Major", "Tom Minor", "Reuters"):
        assert name not in wire_actors


def test_a_capital_used_as_a_place_is_not_its_country(wire_actors):
    assert "Egypt" not in wire_actors  # only 'flew to Cairo'


def test_titles_with_of_and_agencies_before_titles(wire_actors):
    assert any("Secretary of State" in r for r in wire_actors["Antony Blinken"].roles)
    assert "State" not in wire_actors
    assert wire_actors["William Burns"].affiliation == "CIA" and "CIA" in wire_actors


def test_name_particles_and_honorifics(wire_actors):
    assert "Majed al-Ansari" in wire_actors
    assert "Mohammed bin Abdulrahman" in wire_actors


def test_titles_platforms_and_modifiers_are_not_names(wire_actors):
    for name in ("Supreme", "Supreme Leader", "Twitter", "Arak"):
        assert name not in wire_actors


def test_nicknames_and_split_names_join(nlp):
    texts = ["CIA Director William Burns flew in. Bill Burns met the prime minister. Burns said talks went well. "
             "Sheikh Mohammed bin Abdulrahman Al Thani, Qatar's prime minister, hosted the talks."]
    actors = {a.name: a for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}
    burns = [name for name in actors if name.endswith("Burns")]
    assert len(burns) == 1 and actors[burns[0]].mentions == 3
    assert not any(name == "Al Thani" for name in actors)


def test_company_forms_acronyms_in_brackets_and_headline_verbs(nlp):
    texts = ["US Tightens Chip Curbs, Hitting Nvidia\n\n"
             "China's Ministry of Commerce (MOFCOM) said on Tuesday it opposed the rules. MOFCOM said more "
             "measures could follow. Nvidia Corp. said it would comply. Nvidia shares fell. ASML Holding NV "
             "said the rules would hit sales, and ASML shares fell. A MOFCOM spokesperson declined to comment."]
    actors = {a.name: a for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}
    assert not any(name.startswith("Hitting") for name in actors)
    # shown as a reader meets it, by both the names the sources use
    ministry = actors["Ministry of Commerce (MOFCOM)"]
    assert {"MOFCOM", "Ministry of Commerce"} <= set(ministry.aliases)
    nvidia = [a for a in actors.values() if a.name.startswith("Nvidia")]
    assert len(nvidia) == 1 and nvidia[0].kind == "organization"
    assert len([a for a in actors.values() if a.name.startswith("ASML")]) == 1
    assert "MOFCOM spokesperson" not in actors


def test_an_outlets_own_reporter_does_not_make_it_an_actor(nlp):
    texts = ["Al Jazeera's Hani Mahmoud, reporting from Rafah, said strikes continued. Hamas said talks went on."]
    actors = {a.name for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}
    assert "Al Jazeera" not in actors and "Hamas" in actors


def test_of_joins_a_title_only_after_a_role_noun(nlp):
    texts = ["The White House denounced the visit of Russian Defense Minister Sergei Shoigu to Pyongyang. "
             "U.S. Secretary of State Antony Blinken said so."]
    actors = {a.name: a for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}
    assert actors["Sergei Shoigu"].roles == ["Russian Defense Minister"]
    assert any(r.endswith("Secretary of State") for r in actors["Antony Blinken"].roles)


def test_titles_the_model_took_into_a_name_become_roles(nlp):
    texts = ["Earlier Tuesday, US Secretary of State Antony Blinken met Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha."]
    actors = {a.name: a for a in run_sections(make_documents(nlp, texts), "actors").items["actors"]}
    tamim = actors["Tamim bin Hamad Al Thani"]
    assert any("Emir" in r for r in tamim.roles) and tamim.affiliation == "Qatar"


def test_a_time_zone_is_no_actor(nlp):
    # PC World / IDG, 3 December 2004 (dev corpus lycos-make-love-not-spam-2004, S4; timeline audit s25, row 08)
    from support import run_sections
    from briefgen.model.source import Source
    from briefgen.nlp.annotate import annotate
    documents = annotate([(Source(id="S1", path="s1.txt", sha256="0"),
                           "HEADLINE\nRequests for moretgage.info were still being forwarded to Makelovenotspam.com "
                           "Thursday morning, Eastern Standard Time.")])
    names = [a.name for a in run_sections(documents, "actors").items["actors"]]
    assert "Eastern Standard Time" not in names
