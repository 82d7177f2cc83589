"""Validation findings as a code plus an English sentence, so the Django layer translates by code.

The Django layer shows ``gettext(MESSAGES[p.code]) % p.params``; ``message`` is the same
sentence already filled in, for logs, imports and tests.
"""

from dataclasses import dataclass, field


def gettext_noop(message: str) -> str:
    """Marks a template for makemessages (xgettext knows this keyword) without importing Django."""
    return message


MESSAGES: dict[str, str] = {
    # NIP (PNS/CPNS) and NI PPPK
    "nip_not_digits": gettext_noop('The number "%(value)s" may contain digits only.'),
    "nip_length": gettext_noop("The number must have exactly 18 digits; it has %(length)s."),
    "nip_birth_year": gettext_noop("Birth year %(year)s in digits 1-4 is not a real year."),
    "nip_birth_month": gettext_noop("Birth month %(month)s in digits 5-6 is not a real month."),
    "nip_birth_day": gettext_noop(
        "Birth day %(day)s in digits 7-8 does not exist in %(year)s-%(month)s."
    ),
    "nip_tmt_year": gettext_noop("TMT CPNS year %(year)s in digits 9-12 is not a real year."),
    "nip_tmt_month": gettext_noop(
        "TMT CPNS month %(month)s in digits 13-14 is not a real month."
    ),
    "nip_tmt_not_after_birth": gettext_noop(
        "TMT CPNS %(tmt)s in digits 9-14 is not after the birth date %(birth)s."
    ),
    "nip_gender_digit": gettext_noop(
        "Sex digit %(digit)s in position 15 must be 1 (male) or 2 (female)."
    ),
    "nip_serial_zero": gettext_noop(
        "Serial number 000 in digits 16-18 is not allowed; serials start at 001."
    ),
    "nip_birth_mismatch": gettext_noop(
        "Birth date %(nip_date)s in the number differs from the recorded birth date %(recorded)s."
    ),
    "nip_gender_mismatch": gettext_noop(
        "Sex digit %(digit)s in position 15 does not match the recorded sex %(recorded)s."
    ),
    "nip_tmt_mismatch": gettext_noop(
        "TMT CPNS %(nip_tmt)s in digits 9-14 differs from the recorded TMT CPNS %(recorded)s."
    ),
    "nip_age_at_tmt": gettext_noop(
        "Age %(age)s at TMT CPNS %(tmt)s is outside the usual 18 to 40 years."
    ),
    "nip_looks_like_pppk": gettext_noop(
        "Digits 13-14 are %(field)s, as in an NI PPPK; check the employee kind."
    ),
    "pppk_year": gettext_noop("Appointment year %(year)s in digits 9-12 is not a real year."),
    "pppk_year_before_birth": gettext_noop(
        "Appointment year %(year)s in digits 9-12 is before the birth year %(birth_year)s."
    ),
    "pppk_young": gettext_noop(
        "Appointment year %(year)s is less than 18 years after the birth year %(birth_year)s."
    ),
    "pppk_contract_field": gettext_noop(
        "Contract field %(field)s in digits 13-14 is not allowed; it must be 01 to 99."
    ),
    "pppk_year_mismatch": gettext_noop(
        "Appointment year %(nip_year)s in digits 9-12 differs from the recorded year %(recorded)s."
    ),
    # NIK
    "nik_not_digits": gettext_noop('The NIK "%(value)s" may contain digits only.'),
    "nik_length": gettext_noop("The NIK must have exactly 16 digits; it has %(length)s."),
    "nik_province": gettext_noop("Province code %(code)s in digits 1-2 is outside 11 to 94."),
    "nik_regency": gettext_noop("Regency/city code 00 in digits 3-4 is not allowed."),
    "nik_district": gettext_noop("District (kecamatan) code 00 in digits 5-6 is not allowed."),
    "nik_birth_day": gettext_noop(
        "Birth day %(day)s in digits 7-8 must be 01 to 31, or 41 to 71 for women."
    ),
    "nik_birth_month": gettext_noop("Birth month %(month)s in digits 9-10 is not a real month."),
    "nik_birth_date": gettext_noop("Birth date %(date)s in digits 7-12 does not exist."),
    "nik_serial_zero": gettext_noop("Serial number 0000 in digits 13-16 is not allowed."),
    "nik_nip_birth_mismatch": gettext_noop(
        "NIK birth date %(nik_date)s differs from the NIP birth date %(nip_date)s."
    ),
    "nik_nip_gender_mismatch": gettext_noop(
        "NIK sex %(nik_gender)s differs from the NIP sex %(nip_gender)s."
    ),
}


@dataclass(frozen=True)
class Problem:
    code: str
    message: str
    params: dict[str, str] = field(default_factory=dict, hash=False, repr=False)


def problem(code: str, /, **params: object) -> Problem:
    """A Problem for ``code`` with its template filled in (params become strings)."""
    values = {name: str(value) for name, value in params.items()}
    return Problem(code, MESSAGES[code] % values, values)
