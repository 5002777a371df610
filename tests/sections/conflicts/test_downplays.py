"""A remark and another party's playing it down (Reuters, 28 March 1987, dev corpus us-japan-chip-tariffs-1987,
S3), and a playing down of one's own plans, which disputes no one (BBC News, 19 March 2015, the Budget; a story
outside the dev set, from a public news-feed dump), verbatim."""
from __future__ import annotations

import datetime as dt

from support import conflicts_of_kind

TAMURA = ("Nakasone's comments seemed distinctly more conciliatory than those of his Trade and Industry Minister, Hajime "
          "Tamura, who earlier today said Japan was ready to take \"appropriate measures\" if Washington went ahead with "
          "the sanctions.\nMinistry of International Trade and Industry (MITI) officials later sought to downplay the "
          "significance of Tamura's remark and said that his main message was that the two sides need to talk "
          "urgently about the issue.")
OSBORNE = ("But Mr Osborne sought to play down the scale of the cuts he is planning to public spending, insisting money "
           "would also be raised by slashing the welfare budget and cracking down on tax avoidance.")


def downplays(nlp, text, day):
    return [c for c in conflicts_of_kind(nlp, [text], [day], "characterisation") if "played down" in c.about]


def test_a_remark_played_down_is_shown_beside_the_remark(nlp):
    [conflict] = downplays(nlp, TAMURA, dt.date(1987, 3, 28))
    assert conflict.about == ("What Tamura's remark means: Japan was ready to take \"appropriate measures\" if Washington "
                              "went ahead with … (Hajime Tamura, S1) or, played down, his main message was that the two "
                              "sides need to talk urgently … (Ministry of International Trade and Industry (MITI) "
                              "officials, S1)")
    assert [c.citations[0].sentence for c in conflict.claims] == [0, 1]


def test_playing_down_what_is_no_ones_remark_disputes_nothing(nlp):
    assert downplays(nlp, OSBORNE, dt.date(2015, 3, 19)) == []
    # nor does a remark played down when no sentence before tells it
    assert downplays(nlp, TAMURA.split("\n")[1], dt.date(1987, 3, 28)) == []
