"""A remark played down: "MITI officials later sought to downplay the significance of Tamura's remark" is a
party making out a claim to matter less than told, and the heading says what the remark said (dev corpus
us-japan-chip-tariffs-1987, S3, Reuters, 28 March 1987); playing down a risk or an effect disputes no claim."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

import briefgen.sections.conflicts.extractor  # noqa: F401  (registers the extractor)

TAMURA = ("Nakasone's comments seemed distinctly more conciliatory than those of his Trade and Industry Minister, "
          "Hajime Tamura, who earlier today said Japan was ready to take \"appropriate measures\" if Washington went "
          "ahead with the sanctions. Ministry of International Trade and Industry (MITI) officials later sought to "
          "downplay the significance of Tamura's remark and said that his main message was that the two sides need "
          "to talk urgently about the issue.")


def test_a_remark_played_down_is_shown_with_what_it_said(nlp):
    [denial] = conflicts_of_kind(nlp, [TAMURA], [dt.date(1987, 3, 28)], "denial")
    assert denial.about == ("Ministry of International Trade and Industry (MITI) officials downplay Tamura's remark — "
                            "Japan was ready to take \"appropriate measures\" if Washington went ahead with the sanctions")
    assert [claim.text.split()[0] for claim in denial.claims] == ["Ministry", "Nakasone's"]  # the downplaying, the remark


def test_a_risk_played_down_is_no_denial(nlp):
    # cyber.netsecops.io, "Spanish Energy Giant Endesa Hit by Massive Data Breach", updated 14 January 2026
    endesa = ("While Endesa has sought to downplay the risk, a threat actor has surfaced on a prominent cybercrime "
              "forum claiming to have exfiltrated a 1.05 terabyte SQL database containing records for over 20 million "
              "individuals.")
    assert conflicts_of_kind(nlp, [endesa], [dt.date(2026, 1, 12)], "denial") == []
