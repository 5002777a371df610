"""Sanctions lines sanctions audit s19 rejected (seed 31671, dev corpora), each with its source's
sentence: a warning dated by another report, a line opening "who" or "to bring"."""
from __future__ import annotations


def told(item):
    """Sources and the day an item is shown as of."""
    return sorted({c.source for c in item.citations}), item.date.label() if item.date else None


def lines_with(items, words):
    return [it for it in items if words in " ".join(it.text.split())]


def test_a_condition_with_a_date_does_not_hide_the_reports_day(corpus):
    # Reuters, 11 April 1987: "… if the United States imposes its planned trade sanctions on April 17" is the
    # condition's day; the warning stood as of Tamura's warning of 28 March (sanctions-22)
    items = corpus("us-japan-chip-tariffs-1987")
    [warning] = lines_with(items, "Japan warned the United States it may take retaliatory measures")
    assert (warning.status, warning.imposer, warning.target) == ("threatened", "Japan", "United States")
    assert told(warning) == (["S4"], "1987-04-11")
    [tamura] = lines_with(items, 'was ready to take "appropriate measures"')
    assert told(tamura) == (["S3"], "1987-03-28")
    # a relative clause's line says whom "who" means
    assert tamura.text.startswith("his Trade and Industry Minister, Hajime Tamura, who earlier today said")


def test_an_order_told_in_an_infinitive_keeps_whom_it_orders(corpus):
    # BleepingComputer, 2 May 2025: the line read "to bring its data processing into compliance …" (sanctions-19)
    items = corpus("tiktok-dpc-fine-china-transfers-2025")
    [item] = lines_with(items, "with the DPC planning to suspend all data transfers to China")
    assert item.text.startswith("TikTok was also ordered to bring its data processing into compliance within six months")
    assert (item.status, item.imposer, item.measure) == ("threatened", "Data Protection Commission (DPC)", "suspension")


def test_two_tellings_dated_only_by_reports_weeks_apart_stay_two_items():
    import datetime as dt

    from briefgen.model.date import Date
    from briefgen.sections.sanctions.merge import _dates_fit

    def report(day):
        return Date(start=day, end=day, granularity="day", text="", anchor=f"published {day}")
    march, days_later, april = report(dt.date(1987, 3, 28)), report(dt.date(1987, 3, 30)), report(dt.date(1987, 4, 11))
    assert _dates_fit(march, days_later, "threatened")
    assert not _dates_fit(march, april, "threatened")
    assert _dates_fit(march, april, "existing")  # a strike in force told weeks apart is one strike
