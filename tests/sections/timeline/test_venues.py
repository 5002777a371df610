"""Where a row happens is not who acts in it (timeline audit s36, rows 15, 19 and 20 listed a region, a
town and two villages as parties). Real sentences, verbatim: ABC News/AP, 26 January 2026 (S2),
and France 24, 4 February 2026 (S4), of dev corpus
ukraine-peace-talks-abu-dhabi-2026."""
from __future__ import annotations

import datetime as dt

from support import timeline_of

KRASNODAR = ("Russia’s Defense Ministry said Monday that air defenses downed 40 Ukrainian drones late Sunday and early "
             "Monday, including 34 over the Krasnodar region and four over the Sea of Azov.")
DRUZHKIVKA = ("At least seven people were killed and eight more hurt in Russian attacks in the town of Druzhkivka in the "
              "Ukraine-controlled frontline region of Donetsk in the east, the regional governor said on Wednesday.")
ABU_DHABI = "A new round of peace talks began in Abu Dhabi on Wednesday."


def actors_of(text, day):
    return [name for row in timeline_of(text, day) for name in row.actors]


def test_a_region_drones_were_downed_over_is_no_actor(nlp):
    actors = actors_of(KRASNODAR, dt.date(2026, 1, 26))
    assert "Russia" in actors and not any("Krasnodar" in a for a in actors)


def test_the_town_attacked_is_no_actor(nlp):
    actors = actors_of(DRUZHKIVKA, dt.date(2026, 2, 4))
    assert "Russia" in actors and not any("Druzhkivka" in a for a in actors)


def test_a_capital_talks_are_held_in_stands_for_its_country(nlp):
    # the host: a country, not a town the talks happened in
    assert actors_of(ABU_DHABI, dt.date(2026, 2, 4)) == ["United Arab Emirates"]
