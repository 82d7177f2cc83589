"""Pure rules of the allowance domain (allowance-and-discipline.md): no Django, no ORM, no I/O.

TPP (PP 12/2019 Pasal 58; the pemda's own Perkada) computed from configuration that is data;
working hours (Perpres 21/2023); discipline (PP 94/2021); rewards (Satyalancana Karya Satya).
Import from the modules themselves (tpp, schedules, presets, attendance, workhours, discipline,
rewards).
"""
