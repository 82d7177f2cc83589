"""Ranking SKD results into the SKB shortlist (BKN explanation, S-REC-4; PermenPANRB 6/2024)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Ranked:
    key: object  # the caller's id
    rank: int
    forward: bool  # goes on to SKB


def sort_key(twk: int, tiu: int, tkp: int, total: int) -> tuple:
    # Equal total: higher TKP, then TIU, then TWK (not the disputed TWK-first order).
    return (-total, -tkp, -tiu, -twk)


def rank(rows, *, formasi: int, places_per_formasi: int = 3) -> list[Ranked]:
    """rows: iterables of (key, twk, tiu, tkp, total, passed). Only those who passed are ranked;
    up to 3 x formasi go forward, plus everyone completely tied with the last place."""
    passed = [r for r in rows if r[5]]
    passed.sort(key=lambda r: sort_key(r[1], r[2], r[3], r[4]))
    places = formasi * places_per_formasi
    cutoff = sort_key(*passed[places - 1][1:5]) if 0 < places <= len(passed) else None
    ranked = []
    for position, row in enumerate(passed, start=1):
        key = sort_key(*row[1:5])
        forward = position <= places or (cutoff is not None and key == cutoff)
        ranked.append(Ranked(row[0], position, forward))
    return ranked
