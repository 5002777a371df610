"""A line cut from a sentence never leaves a bracket open (non-dev and dev builds showed
"… worth up to $800 (£606" and "… of Article 46(1")."""
from __future__ import annotations

import datetime as dt

from support import timeline_of

from briefgen.nlp.syntax import closed_end


def test_a_cut_reaches_the_closing_bracket(nlp):
    # Euronews, May 2025 (dev corpus eu-small-parcel-fee-2025)
    doc = nlp("Following negotiations last week, the tariff on small packages worth up to $800 (£606) was revised "
              "down to 54% from 120%.")
    open_at = next(t.i for t in doc if t.text == "(")
    assert doc[0:closed_end(doc, 0, open_at + 2, len(doc))].text.endswith("(£606)")


def test_a_bracket_a_token_holds_is_closed_too(nlp):
    # Irish Data Protection Commission decision, as reported May 2025 (dev corpus tiktok-dpc-fine-china-transfers-2025)
    doc = nlp("The watchdog imposed a fine of €485 million for its infringement of Article 46(1) GDPR.")
    cut = next(t.i for t in doc if "(" in t.text) + 1
    assert doc[0:closed_end(doc, 0, cut, len(doc))].text.endswith("Article 46(1)")


def test_a_bracket_too_far_to_close_is_cut_off(nlp):
    # Reuters, 29 April 2025 (dev corpus eu-small-parcel-fee-2025)
    doc = nlp("They visited the services of the General Directorate of Customs and Indirect Taxes (Direction generale "
              "des Douanes et des Droits indirects - DGDDI) at the Paris-Charles de Gaulle Airport.")
    cut = next(t.i for t in doc if t.text == "Douanes") + 1
    assert doc[0:closed_end(doc, 0, cut, len(doc))].text.endswith("Customs and Indirect Taxes")


def test_a_timeline_row_keeps_its_brackets_closed(nlp):
    # Reuters, 29 April 2025 (dev corpus eu-small-parcel-fee-2025, S1): a long row cut after "($171)"
    rows = timeline_of("The EU plans to scrap its duty-free treatment of packages ordered online that are worth less "
                       "than 150 euros ($171), but not until 2028, so France's proposal of handling fees is a "
                       "transitory measure to help fund tighter customs screening.", dt.date(2025, 4, 29))
    assert all(r.text.count("(") == r.text.count(")") for r in rows) and rows
