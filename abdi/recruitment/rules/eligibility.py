"""Who may apply to an opening: age on the selection's reference date, education, NIK.

Age limits are data per selection kind, with per-opening exceptions; the opening stores the
limits it uses, so a change of regulation never rewrites a published opening.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from abdi.people.rules.nik import decode_nik, normalise_nik
from abdi.people.rules.nip import age_on
from abdi.people.rules.problems import MESSAGES, gettext_noop

__all__ = [
    "AGE_EXCEPTIONS",
    "AGE_LIMITS",
    "EDUCATION_LEVELS",
    "Refusal",
    "age_on",
    "age_refusal",
    "check_nik",
    "education_refusal",
    "normalise_major",
    "refusals",
]


class Refusal(StrEnum):
    TOO_YOUNG = "too_young"
    TOO_OLD = "too_old"
    NO_BIRTH_DATE = "no_birth_date"
    EDUCATION_LEVEL = "education_level"
    EDUCATION_MAJOR = "education_major"
    NO_EDUCATION = "no_education"


# PP 11/2017 Pasal 23 ayat (1) huruf a: CPNS applicants 18 to 35 years old at registration.
# PP 49/2018 Pasal 16 huruf a: PPPK at least 20 and at most 1 year before the BUP of the jabatan
# (58 for most jabatan, so 57). Both keyed by kind; the opening copies them as its default.
AGE_LIMITS: dict[str, tuple[int, int]] = {"cpns": (18, 35), "pppk": (20, 57)}

# PP 17/2020 (amending PP 11/2017 Pasal 23 ayat 2): up to 40 years for certain jabatan the
# President sets (e.g. dokter spesialis, dosen); UNCONFIRMED list, offered as presets only.
AGE_EXCEPTIONS: dict[str, tuple[int, int]] = {
    "dokter_spesialis": (18, 40), "dosen": (18, 40), "dokter_pendidik_klinis": (18, 40),
}

# Levels of formal education, lowest first (UU 20/2003 Sisdiknas jenjang).
EDUCATION_LEVELS: tuple[str, ...] = ("SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3")


def age_refusal(birth_date: date | None, reference: date, min_age: int | None,
                max_age: int | None) -> Refusal | None:
    """Completed years on the reference date; max 35 means "not yet 36" (35 years 364 days)."""
    if min_age is None and max_age is None:
        return None
    if birth_date is None:
        return Refusal.NO_BIRTH_DATE
    age = age_on(birth_date, reference)
    if min_age is not None and age < min_age:
        return Refusal.TOO_YOUNG
    if max_age is not None and age > max_age:
        return Refusal.TOO_OLD
    return None


def normalise_major(text: str) -> str:
    """'  Teknik   Informatika ' and 'teknik informatika' are the same major."""
    return " ".join((text or "").lower().split())


def education_refusal(level: str, major: str, accepted_levels, accepted_majors) -> Refusal | None:
    """The applicant's level must be one the opening names (none named: any); the major must be
    one of the named majors (none named: any). Levels are matched exactly: a formation for D3
    does not take S1 (the formation names its qualification)."""
    levels = {str(x).upper() for x in accepted_levels or ()}
    majors = {normalise_major(m) for m in accepted_majors or () if normalise_major(m)}
    if (levels or majors) and not level:
        return Refusal.NO_EDUCATION
    if levels and level.upper() not in levels:
        return Refusal.EDUCATION_LEVEL
    if majors and normalise_major(major) not in majors:
        return Refusal.EDUCATION_MAJOR
    return None


@dataclass(frozen=True)
class Requirements:
    reference_date: date
    min_age: int | None
    max_age: int | None
    levels: tuple[str, ...] = ()
    majors: tuple[str, ...] = ()


def refusals(req: Requirements, *, birth_date: date | None, level: str, major: str) -> list[Refusal]:
    """Every reason the applicant does not fit, empty when they do."""
    found = [age_refusal(birth_date, req.reference_date, req.min_age, req.max_age),
             education_refusal(level, major, req.levels, req.majors)]
    return [r for r in found if r is not None]


NIK_BIRTH_MISMATCH = gettext_noop("The birth date does not match digits 7-12 of the NIK.")


def check_nik(text: str, *, birth_date: date | None = None, today: date | None = None):
    """(normalised NIK, [(message template, params)]). Reuses the people app's Dukcapil decoder
    and adds: the birth date typed must agree with digits 7-12 (DDMMYY, women's day + 40)."""
    nik = normalise_nik(text or "")
    decoded = decode_nik(nik, today=today)
    problems = [(MESSAGES[p.code], p.params) for p in decoded.errors]
    typed = birth_date and (birth_date.day, birth_date.month, birth_date.year % 100)
    found = decoded.birth_date and (decoded.birth_date.day, decoded.birth_date.month,
                                    decoded.birth_date.year % 100)
    if not problems and typed and found and typed != found:
        problems.append((NIK_BIRTH_MISMATCH, {}))
    return nik, problems


def mask_nik(nik: str) -> str:
    """3201••••••••0001: the region and the serial, never the birth date."""
    if len(nik) != 16:
        return "•" * len(nik)
    return nik[:4] + "•" * 8 + nik[12:]
