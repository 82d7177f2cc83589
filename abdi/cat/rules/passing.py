"""Nilai ambang batas (NAB) of the SKD, general and per special formation category."""

from dataclasses import dataclass, field

GENERAL = "umum"


@dataclass(frozen=True)
class CategoryRule:
    code: str
    label: str
    min_total: int
    min_tiu: int


@dataclass(frozen=True)
class NabTable:
    year: int
    instrument: str
    parts: dict[str, int]
    categories: dict[str, CategoryRule] = field(default_factory=dict)


# KepmenPANRB 321/2024: TWK 65, TIU 80, TKP 166; categories by total and TIU only.
NAB_2024 = NabTable(2024, "KepmenPANRB 321/2024", {"TWK": 65, "TIU": 80, "TKP": 166}, {
    c.code: c for c in (
        CategoryRule("cumlaude", "Lulusan cumlaude", 311, 85),
        CategoryRule("diaspora", "Diaspora", 311, 85),
        CategoryRule("disabilitas", "Penyandang disabilitas", 286, 60),
        CategoryRule("papua", "Putra/Putri Papua", 286, 60),
        CategoryRule("tertinggal", "Putra/Putri Daerah Tertinggal", 286, 60),
    )})
NAB_BY_YEAR = {2021: NAB_2024, 2023: NAB_2024, 2024: NAB_2024}  # same values 2021-2024 (§4.4)
CATEGORY_CODES = tuple(NAB_2024.categories)


@dataclass(frozen=True)
class Verdict:
    passed: bool
    via: str  # "umum", a category code, or "" when failed
    parts_passed: dict[str, bool]


def judge(scores: dict[str, int], table: NabTable = NAB_2024, category: str = "") -> Verdict:
    """Pass if every part meets its NAB, or (R-REC-2: only for applicants registered under that
    formation type) the category's total and TIU minimum."""
    parts_passed = {code: scores.get(code, 0) >= nab for code, nab in table.parts.items()}
    if all(parts_passed.values()):
        return Verdict(True, GENERAL, parts_passed)
    rule = table.categories.get(category or "")
    if rule and scores.get("total", 0) >= rule.min_total and scores.get("TIU", 0) >= rule.min_tiu:
        return Verdict(True, rule.code, parts_passed)
    return Verdict(False, "", parts_passed)
