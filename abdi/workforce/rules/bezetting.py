"""Who is in the bezetting of a jabatan and when each holder leaves (pure, no Django).

Per BKN 9/2022 (restated on the BKN KMS): the bezetting is the ASN (PNS + PPPK) in post on
31 December of the year before the kebutuhan's year; PNS leave at BUP, PPPK when their
perjanjian kerja ends (R-ABK-5 of the domain spec)."""

from collections.abc import Iterable
from datetime import date, timedelta

from .projection import departure_year


def reference_date(abk_year: int) -> date:
    """Per BKN 9/2022: the bezetting is counted on 31 December of the previous year."""
    return date(abk_year - 1, 12, 31)


def leave_date(*, is_pppk: bool, retirement_tmt: date | None,
               contract_ends_on: date | None) -> date | None:
    """The first day out of service: the TMT pensiun (BUP) or, for a PPPK, the day after the
    contract ends (R-ABK-5: PPPK contract ends are departures), whichever comes first."""
    dates = [retirement_tmt] if retirement_tmt else []
    if is_pppk and contract_ends_on:
        dates.append(contract_ends_on + timedelta(days=1))
    return min(dates) if dates else None


def in_service_for(leave: date | None, first_year: int) -> bool:
    """Still serving when the plan's first year starts: someone whose last day falls before
    1 January of that year is neither available nor a departure of the horizon."""
    return leave is None or departure_year(leave) >= first_year


def position_on(entries: Iterable[tuple[date, int, int | None]], on: date) -> int | None:
    """Riwayat jabatan as (TMT, order, position id): the position held on `on`, i.e. that of
    the latest entry that started on or before it (ties by entry order); None before any."""
    held = [(tmt, order, position) for tmt, order, position in entries if tmt <= on]
    return max(held, key=lambda entry: (entry[0], entry[1]))[2] if held else None
