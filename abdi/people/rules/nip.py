"""NIP (PNS/CPNS) and NI PPPK: 18 digits that encode birth date, appointment, sex and serial."""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .kinds import PPPK_KINDS, EmployeeKind, Gender
from .problems import Problem, problem

_DIGITS = re.compile(r"[0-9]*")
# PP 11/2017 (article UNCONFIRMED): CPNS applicants are 18 to 35, up to 40 for some jabatan.
PLAUSIBLE_AGE_AT_TMT = (18, 40)
# NI PPPK: the appointee is at least 18 (personnel.md §2, warning only).
PPPK_MIN_AGE = 18


@dataclass(frozen=True)
class NipCheck:
    kind: EmployeeKind
    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()
    birth_date: date | None = None
    appointment_year: int | None = None
    appointment_month: int | None = None  # None for NI PPPK: digits 13-14 are no month there
    contract_field: str | None = None  # NI PPPK digits 13-14 ("jumlah perjanjian kerja")
    gender: Gender | None = None
    serial: str | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


def normalise_nip(text: str) -> str:
    """Drops the spaces of the printed form "19660801 198803 1 001"."""
    return "".join(text.split())


def age_on(birth_date: date, day: date) -> int:
    """Completed years of age on ``day``."""
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - before_birthday


def _birth_date(digits: str, errors: list[Problem]) -> date | None:
    # Perka BKN 22/2007: NIP digits 1-8 are the birth date YYYYMMDD (NI PPPK likewise).
    year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    if year == 0:
        errors.append(problem("nip_birth_year", year=digits[0:4]))
    elif not 1 <= month <= 12:
        errors.append(problem("nip_birth_month", month=digits[4:6]))
    elif not 1 <= day <= calendar.monthrange(year, month)[1]:
        errors.append(problem("nip_birth_day", day=digits[6:8], year=digits[0:4],
                              month=digits[4:6]))
    else:
        return date(year, month, day)
    return None


def _pns_appointment(digits, birth, tmt_cpns, errors, warnings) -> tuple[int | None, int | None]:
    # Perka BKN 22/2007: NIP digits 9-14 are TMT CPNS as YYYYMM (the day is always the 1st).
    year, month = int(digits[8:12]), int(digits[12:14])
    if year == 0:
        errors.append(problem("nip_tmt_year", year=digits[8:12]))
        return None, None
    if not 1 <= month <= 12:
        errors.append(problem("nip_tmt_month", month=digits[12:14]))
        if month > 12:
            warnings.append(problem("nip_looks_like_pppk", field=digits[12:14]))
        return year, None
    tmt = date(year, month, 1)
    if birth is not None:
        if tmt <= birth:
            errors.append(problem("nip_tmt_not_after_birth", tmt=f"{tmt:%Y-%m}", birth=birth))
        else:
            age = age_on(birth, tmt)
            low, high = PLAUSIBLE_AGE_AT_TMT
            if not low <= age <= high:
                warnings.append(problem("nip_age_at_tmt", age=age, tmt=f"{tmt:%Y-%m}"))
    if tmt_cpns is not None and (tmt_cpns.year, tmt_cpns.month) != (year, month):
        errors.append(problem("nip_tmt_mismatch", nip_tmt=f"{tmt:%Y-%m}",
                              recorded=f"{tmt_cpns:%Y-%m}"))
    return year, month


def _pppk_appointment(digits, birth, tmt_cpns, errors, warnings) -> int | None:
    # NI PPPK (BKN practice, personnel.md §2): digits 9-12 are the year of first appointment.
    year = int(digits[8:12])
    if year == 0:
        errors.append(problem("pppk_year", year=digits[8:12]))
    elif birth is not None and year < birth.year:
        errors.append(problem("pppk_year_before_birth", year=year, birth_year=birth.year))
    elif birth is not None and year < birth.year + PPPK_MIN_AGE:
        warnings.append(problem("pppk_young", year=year, birth_year=birth.year))
    # NI PPPK digits 13-14: "jumlah perjanjian kerja", any 01-99 (semantics UNCONFIRMED).
    if digits[12:14] == "00":
        errors.append(problem("pppk_contract_field", field=digits[12:14]))
    if tmt_cpns is not None and tmt_cpns.year != year:
        errors.append(problem("pppk_year_mismatch", nip_year=digits[8:12],
                              recorded=tmt_cpns.year))
    return year or None


def validate_nip(
    nip: str,
    kind: EmployeeKind | str,
    *,
    birth_date: date | None = None,
    gender: Gender | str | None = None,
    tmt_cpns: date | None = None,
) -> NipCheck:
    """Checks a NIP (CPNS/PNS) or NI PPPK (PPPK, PPPK paruh waktu) against its form and record.

    ``birth_date``, ``gender`` and ``tmt_cpns`` (for PPPK: the appointment date) are the master
    record's values; a mismatch with the digits is an error.
    """
    kind = EmployeeKind(kind)
    digits = normalise_nip(nip)
    if not _DIGITS.fullmatch(digits):
        return NipCheck(kind, errors=(problem("nip_not_digits", value=nip),))
    if len(digits) != 18:
        return NipCheck(kind, errors=(problem("nip_length", length=len(digits)),))

    errors: list[Problem] = []
    warnings: list[Problem] = []
    birth = _birth_date(digits, errors)
    if birth is not None and birth_date is not None and birth != birth_date:
        errors.append(problem("nip_birth_mismatch", nip_date=birth, recorded=birth_date))

    month = contract_field = None
    if kind in PPPK_KINDS:
        year = _pppk_appointment(digits, birth, tmt_cpns, errors, warnings)
        contract_field = digits[12:14]
    else:
        year, month = _pns_appointment(digits, birth, tmt_cpns, errors, warnings)

    # Perka BKN 22/2007: digit 15 is the sex, 1 = pria, 2 = wanita.
    decoded_gender = {"1": Gender.L, "2": Gender.P}.get(digits[14])
    if decoded_gender is None:
        errors.append(problem("nip_gender_digit", digit=digits[14]))
    elif gender and Gender(gender) != decoded_gender:
        errors.append(problem("nip_gender_mismatch", digit=digits[14], recorded=Gender(gender)))

    # Perka BKN 22/2007: digits 16-18 are the serial per 15-digit prefix, starting at 001.
    serial = digits[15:18]
    if serial == "000":
        errors.append(problem("nip_serial_zero"))

    return NipCheck(
        kind,
        errors=tuple(errors),
        warnings=tuple(warnings),
        birth_date=birth,
        appointment_year=year,
        appointment_month=month,
        contract_field=contract_field,
        gender=decoded_gender,
        serial=serial,
    )


def guess_kind_from_nip(nip: str) -> EmployeeKind | None:
    """PPPK when digits 13-14 cannot be a month (> 12); otherwise no conclusion.

    A heuristic for imports without a kind (personnel.md §2): use it for warnings only.
    """
    digits = normalise_nip(nip)
    if len(digits) == 18 and _DIGITS.fullmatch(digits) and int(digits[12:14]) > 12:
        return EmployeeKind.PPPK
    return None
