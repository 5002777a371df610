"""A party saying a thing is not what another source calls it is a dispute of characterisation; a
denial no other source answers, or another source using the word for something else, is none."""
from __future__ import annotations

import datetime as dt

from briefgen.model.source import Source
from briefgen.nlp.annotate import annotate
from support import run_sections

# TheJournal.ie, 21 May 2025 (dev corpus eu-small-parcel-fee-2025, S6 ¶36)
NOT_A_TAX = ("Meanwhile, Sefcovic noted the “huge” workload for customs officials, “therefore I wouldn’t look at "
             "the handling fee as a tax, simply the fee to compensate the cost”.")
# the same article, ¶35: a denial no other source answers ("€2" is called no "significant amount")
NOT_SIGNIFICANT = ("Dillon added that €2 “isn’t a significant amount” and that the fee needs to be “assessed, as "
                   "well as the impact of such a proposal on the economy as a whole”.")
# BBC News, 20 May 2025 (S3 ¶9-10): "the new tax" is the fee its previous sentence introduces
BBC = ("EU plans €2 fee on small parcels entering the bloc\n\n"
       "The European Union has proposed a two-euro flat fee on billions of small parcels sent directly to people's "
       "homes, which mainly come from China at the moment. The new tax would mean that packages worth less than "
       "150 euros (£126) are no longer customs-free.")
# Reuters, 21 May 2025 (S4): the headline's "flat tax" is its lead's "flat fee"
REUTERS = ("EU to impose flat tax on small items ordered online, FT reports\n\n"
           "The European Union plans to levy a flat fee on billions of small packages entering the bloc, mainly "
           "from China, the Financial Times reported on Tuesday, citing a proposal.")
# DW, 6 May 2025 (S2 ¶17): taxes, but not the fee
DW = ("Why China's Temu and Shein are Europe's new trade threat\n\n"
      "In another example, from 2023, Chinese exporters used Belgium's Liege Airport to evade €303 million in taxes "
      "using a complex system involving private customs agencies and fake companies in other EU countries.")
DAYS = [dt.date(2025, 5, 20), dt.date(2025, 5, 21), dt.date(2025, 5, 21)]


def characterisations(nlp, texts, days=DAYS):
    """The characterisation conflicts of the texts, read as a build reads them (a first line is a headline)."""
    import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractor)
    documents = annotate([(Source(id=f"S{i + 1}", path=f"s{i + 1}.txt", sha256="0", published=day), text + "\n")
                          for i, (text, day) in enumerate(zip(texts, days))])
    conflicts = run_sections(documents, "actors", "timeline", "conflicts").items["conflicts"]
    return [c for c in conflicts if c.kind == "characterisation"]


def test_a_fee_denied_to_be_a_tax_that_other_sources_call_a_tax_is_disputed(nlp):
    [conflict] = characterisations(nlp, [BBC, REUTERS, "EU plans €2 flat fee on small parcels\n\n" + NOT_A_TAX])
    assert conflict.about == "Whether the handling fee is a tax: it is (S1, S2); it is not, Sefcovic says (S3)"
    bbc, reuters, denial = conflict.claims
    assert "The new tax would mean" in bbc.text and "a two-euro flat fee" in bbc.text  # what "the new tax" is
    assert [c.quote for c in reuters.citations] == [
        "EU to impose flat tax on small items ordered online, FT reports",
        "The European Union plans to levy a flat fee on billions of small packages entering the bloc, mainly "
        "from China, the Financial Times reported on Tuesday, citing a proposal."]
    assert denial.citations[0].quote == NOT_A_TAX


def test_a_source_speaking_of_other_taxes_does_not_answer_the_denial(nlp):
    assert characterisations(nlp, [DW, "EU plans €2 flat fee on small parcels\n\n" + NOT_A_TAX],
                             [dt.date(2025, 5, 6), dt.date(2025, 5, 21)]) == []


def test_a_denial_no_source_answers_is_no_dispute(nlp):
    assert characterisations(nlp, [BBC, "EU plans €2 flat fee on small parcels\n\n" + NOT_SIGNIFICANT]) == []
