"""The SKM/IKM of PermenPANRB 14/2017 as data and pure functions (no Django, no I/O).

unsur: the nine unsur keyed by identity; ikm: NRR, IKM, mutu; sample: Krejcie-Morgan;
periods: the survey periods (triwulan, semester, tahun).
"""
