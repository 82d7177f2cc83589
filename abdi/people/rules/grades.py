"""Golongan: the 17 PNS golongan ruang with their pangkat, and the PPPK golongan I-XVII.

The two scales are kept apart: a PPPK "IX" is never a PNS "III/a".
"""

import re
from dataclasses import dataclass

from .kinds import PNS_KINDS, PPPK_KINDS, EmployeeKind


@dataclass(frozen=True)
class PnsGrade:
    ordinal: int
    code: str
    pangkat: str


# PP 99/2000 jo PP 12/2002: the 17 golongan ruang PNS and their pangkat names.
PNS_GRADES: tuple[PnsGrade, ...] = (
    PnsGrade(1, "I/a", "Juru Muda"),
    PnsGrade(2, "I/b", "Juru Muda Tingkat I"),
    PnsGrade(3, "I/c", "Juru"),
    PnsGrade(4, "I/d", "Juru Tingkat I"),
    PnsGrade(5, "II/a", "Pengatur Muda"),
    PnsGrade(6, "II/b", "Pengatur Muda Tingkat I"),
    PnsGrade(7, "II/c", "Pengatur"),
    PnsGrade(8, "II/d", "Pengatur Tingkat I"),
    PnsGrade(9, "III/a", "Penata Muda"),
    PnsGrade(10, "III/b", "Penata Muda Tingkat I"),
    PnsGrade(11, "III/c", "Penata"),
    PnsGrade(12, "III/d", "Penata Tingkat I"),
    PnsGrade(13, "IV/a", "Pembina"),
    PnsGrade(14, "IV/b", "Pembina Tingkat I"),
    PnsGrade(15, "IV/c", "Pembina Utama Muda"),
    PnsGrade(16, "IV/d", "Pembina Utama Madya"),
    PnsGrade(17, "IV/e", "Pembina Utama"),
)
PNS_GRADE_BY_CODE: dict[str, PnsGrade] = {grade.code: grade for grade in PNS_GRADES}

# Perpres 98/2020: PPPK golongan are bare Roman numerals I to XVII.
PPPK_GRADES: tuple[str, ...] = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)

_ROMAN_GOLONGAN = ("I", "II", "III", "IV")
# "III/a", "III.a", "III-a", "III a", "IIIa", "3A", "3/a" (any case).
_PNS_PATTERN = re.compile(r"(IV|III|II|I|[1-4])\s*[/.\-]?\s*([A-E])", re.IGNORECASE)
_ARABIC = re.compile(r"[0-9]{1,2}")


def normalise_pns_grade(text: str) -> str:
    """The canonical code ("III/a") of a PNS golongan written in any common form."""
    match = _PNS_PATTERN.fullmatch(text.strip())
    if match is None:
        raise ValueError(
            f"{text!r} is not a PNS golongan; write it like 'III/a' "
            "(also accepted: 'III.a', 'IIIa', '3A')."
        )
    group = match[1].upper()
    roman = _ROMAN_GOLONGAN[int(group) - 1] if group.isdigit() else group
    code = f"{roman}/{match[2].lower()}"
    if code not in PNS_GRADE_BY_CODE:
        raise ValueError(f"Golongan {code} does not exist: ruang e exists only in golongan IV.")
    return code


def normalise_pppk_grade(text: str) -> str:
    """The canonical PPPK golongan ("IX"); accepts any case and the Arabic number ("9")."""
    cleaned = text.strip().upper()
    if cleaned in PPPK_GRADES:
        return cleaned
    if _ARABIC.fullmatch(cleaned) and 1 <= int(cleaned) <= len(PPPK_GRADES):
        return PPPK_GRADES[int(cleaned) - 1]
    raise ValueError(
        f"{text!r} is not a PPPK golongan; PPPK golongan are I to XVII, without a ruang letter."
    )


def normalise_grade(text: str, kind: EmployeeKind | str) -> str:
    """The canonical golongan on the scale of the employee kind (PNS/CPNS or PPPK)."""
    kind = EmployeeKind(kind)
    if kind in PPPK_KINDS:
        return normalise_pppk_grade(text)
    return normalise_pns_grade(text)


def grade_ordinal(grade: str, *, kind: EmployeeKind | str | None = None) -> int:
    """1 to 17 on the grade's own scale. Without ``kind``, a ruang letter means PNS."""
    if kind is not None:
        code = normalise_grade(grade, kind)
        if EmployeeKind(kind) in PNS_KINDS:
            return PNS_GRADE_BY_CODE[code].ordinal
        return PPPK_GRADES.index(code) + 1
    try:
        return PNS_GRADE_BY_CODE[normalise_pns_grade(grade)].ordinal
    except ValueError:
        pass
    try:
        return PPPK_GRADES.index(normalise_pppk_grade(grade)) + 1
    except ValueError:
        raise ValueError(
            f"{grade!r} is neither a PNS golongan (I/a to IV/e) nor a PPPK golongan (I to XVII)."
        ) from None


def pangkat_name(grade: str) -> str:
    """The pangkat of a PNS golongan ("III/a" -> "Penata Muda"); PPPK have no pangkat."""
    if grade.strip().upper() in PPPK_GRADES:
        raise ValueError(f"PPPK golongan {grade.strip().upper()} has no pangkat; only PNS do.")
    return PNS_GRADE_BY_CODE[normalise_pns_grade(grade)].pangkat


# Initial golongan of a CPNS by diploma: widely used practice, article UNCONFIRMED (verify in JDIH).
INITIAL_GRADE_BY_EDUCATION: dict[str, str] = {
    "SD": "I/a",
    "SMP": "I/c",
    "SMA": "II/a",
    "D1": "II/a",
    "D2": "II/b",
    "D3": "II/c",
    "D4": "III/a",
    "S1": "III/a",
    "S2": "III/b",
    "S3": "III/c",
}
# Common equivalents: SLTP/MTs = SMP; SLTA/SMK/MA = SMA.
_EDUCATION_ALIASES = {
    "SLTP": "SMP", "MTS": "SMP", "SLTA": "SMA", "SMK": "SMA", "SMA/SMK": "SMA", "MA": "SMA",
}


def initial_grade_for_education(level: str) -> str:
    """The golongan a CPNS starts at for a diploma level (SD, SMP, SMA, D1-D4, S1-S3)."""
    key = "".join(level.split()).upper()
    key = _EDUCATION_ALIASES.get(key, key)
    if key not in INITIAL_GRADE_BY_EDUCATION:
        known = ", ".join(INITIAL_GRADE_BY_EDUCATION)
        raise ValueError(f"Unknown education level {level!r}; expected one of {known}.")
    return INITIAL_GRADE_BY_EDUCATION[key]
