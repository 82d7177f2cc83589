"""NIK (Nomor Induk Kependudukan): 16 digits PPKKCC DDMMYY NNNN, and its agreement with the NIP."""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .kinds import Gender
from .nip import normalise_nip
from .problems import Problem, problem

_DIGITS = re.compile(r"[0-9]*")
# Dukcapil NIK format: women's day of birth is written plus 40.
FEMALE_DAY_OFFSET = 40


@dataclass(frozen=True)
class NikCheck:
    errors: tuple[Problem, ...] = ()
    province: str | None = None
    regency: str | None = None
    district: str | None = None
    birth_date: date | None = None
    gender: Gender | None = None
    serial: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def normalise_nik(text: str) -> str:
    """Drops spaces, as in the printed form "3206 0552 0575 0002"."""
    return "".join(text.split())


def _day_and_gender(raw_day: int) -> tuple[int, Gender] | None:
    # Dukcapil NIK format: day 01-31 for men, 41-71 (day + 40) for women.
    if 1 <= raw_day <= 31:
        return raw_day, Gender.L
    if 1 + FEMALE_DAY_OFFSET <= raw_day <= 31 + FEMALE_DAY_OFFSET:
        return raw_day - FEMALE_DAY_OFFSET, Gender.P
    return None


def decode_nik(nik: str, *, today: date | None = None) -> NikCheck:
    """Decodes a NIK; the century of the two-digit year is inferred from ``today``.

    A year above today's two-digit year is read as 19yy, otherwise 20yy.
    """
    digits = normalise_nik(nik)
    if not _DIGITS.fullmatch(digits):
        return NikCheck(errors=(problem("nik_not_digits", value=nik),))
    if len(digits) != 16:
        return NikCheck(errors=(problem("nik_length", length=len(digits)),))

    errors: list[Problem] = []
    province, regency, district = digits[0:2], digits[2:4], digits[4:6]
    # Dukcapil NIK format (personnel.md §3): province codes run 11 to 94.
    if not 11 <= int(province) <= 94:
        errors.append(problem("nik_province", code=province))
    if regency == "00":
        errors.append(problem("nik_regency"))
    if district == "00":
        errors.append(problem("nik_district"))

    day_and_gender = _day_and_gender(int(digits[6:8]))
    month, two_digit_year = int(digits[8:10]), int(digits[10:12])
    if day_and_gender is None:
        errors.append(problem("nik_birth_day", day=digits[6:8]))
    if not 1 <= month <= 12:
        errors.append(problem("nik_birth_month", month=digits[8:10]))

    today = today or date.today()
    century = 1900 if two_digit_year > today.year % 100 else 2000
    year = century + two_digit_year
    birth = None
    if day_and_gender is not None and 1 <= month <= 12:
        day = day_and_gender[0]
        if day <= calendar.monthrange(year, month)[1]:
            birth = date(year, month, day)
        else:
            errors.append(problem("nik_birth_date", date=f"{day:02d}-{digits[8:10]}-{year}"))

    serial = digits[12:16]
    if serial == "0000":
        errors.append(problem("nik_serial_zero"))

    return NikCheck(
        errors=tuple(errors),
        province=province,
        regency=regency,
        district=district,
        birth_date=birth,
        gender=day_and_gender[1] if day_and_gender else None,
        serial=serial,
    )


def nik_nip_consistency(nik: str, nip: str) -> tuple[Problem, ...]:
    """Warnings where the NIK's DDMMYY and sex disagree with NIP digits 1-8 and 15.

    Says nothing when either number is malformed: their own validation reports that.
    """
    nik_digits, nip_digits = normalise_nik(nik), normalise_nip(nip)
    if not (_DIGITS.fullmatch(nik_digits) and len(nik_digits) == 16):
        return ()
    if not (_DIGITS.fullmatch(nip_digits) and len(nip_digits) == 18):
        return ()
    day_and_gender = _day_and_gender(int(nik_digits[6:8]))
    if day_and_gender is None:
        return ()
    nik_day, nik_gender = day_and_gender

    warnings = []
    nik_date = f"{nik_day:02d}-{nik_digits[8:10]}-{nik_digits[10:12]}"
    nip_date = f"{nip_digits[6:8]}-{nip_digits[4:6]}-{nip_digits[2:4]}"
    if nik_date != nip_date:
        warnings.append(problem("nik_nip_birth_mismatch", nik_date=nik_date, nip_date=nip_date))
    nip_gender = {"1": Gender.L, "2": Gender.P}.get(nip_digits[14])
    if nip_gender is not None and nip_gender != nik_gender:
        warnings.append(problem("nik_nip_gender_mismatch", nik_gender=nik_gender,
                                nip_gender=nip_gender))
    return tuple(warnings)
