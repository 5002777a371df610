"""A time zone or a term of the internet is no party, though the recogniser reads it as a body (BBC Sport,
late January 2005, dev corpus kenteris-thanou-doping-case-2004-05, S3; InformationWeek, 2 December 2004, dev
corpus lycos-make-love-not-spam-2004, S3)."""
from __future__ import annotations

import datetime as dt

from support import make_documents, run_sections


def actors(nlp, text, day):
    return {a.name for a in run_sections(make_documents(nlp, [text], [day]), "actors").items["actors"]}


def test_a_time_zone_is_no_party(nlp):
    found = actors(nlp, "The tribunal hearing will take place at the Hellenic Olympic Committee building. It will start "
                        "at 1200 GMT on Saturday and is expected to finish early next week.", dt.date(2005, 1, 28))
    assert "GMT" not in found and "Hellenic Olympic Committee" in found


def test_an_ip_address_is_no_party(nlp):
    found = actors(nlp, "Your IP address and request have been logged and will be reported to your ISP for further "
                        "action,\" according to F-Secure.", dt.date(2004, 12, 2))
    assert "IP" not in found
