"""Validation of one employee record, shared by forms, the API and imports.

Works on plain values and pre-loaded lookups, so an import of 50,000 rows validates each
row without a query. Messages are translated here, at the edge of the pure rules.
"""

from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from . import rules
from .choices import EducationLevel, EmployeeKind, EmployeeStatus, Gender

REQUIRED = ("nip", "name", "birth_date", "gender", "kind", "unit")
PPPK_KINDS = {EmployeeKind.PPPK, EmployeeKind.PPPK_PARUH_WAKTU}
# Built once: TextChoices.values rebuilds its list on every call (imports check 50,000 rows).
_KINDS, _GENDERS = frozenset(EmployeeKind.values), frozenset(Gender.values)
_STATUSES, _EDUCATION = frozenset(EmployeeStatus.values), frozenset(EducationLevel.values)


@dataclass
class Checked:
    values: dict
    errors: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def error(self, name: str, message: str) -> None:
        self.errors.setdefault(name, []).append(str(message))


def problem_text(problem) -> str:
    """A rules.Problem in the user's language (the English text is the msgid)."""
    template = rules.MESSAGES.get(problem.code)
    if template is None:
        return problem.message
    try:
        return _(template) % problem.params
    except (KeyError, TypeError, ValueError):
        return problem.message


def normalise_grade(kind: str, text: str) -> str:
    text = (text or "").strip()
    if not text:
        return ""
    if kind in PPPK_KINDS:
        return rules.normalise_pppk_grade(text)
    return rules.normalise_pns_grade(text)


def check_employee(values: dict, *, today: date) -> Checked:
    """Check field formats and rule consistency. Unit/position must already be objects.

    `values` holds python values (dates as date, unit/position as model instances).
    """
    checked = Checked(values=dict(values))
    v = checked.values
    for name in REQUIRED:
        if v.get(name) in (None, ""):
            checked.error(name, _("This field is required."))
    kind = v.get("kind")
    if kind and kind not in _KINDS:
        checked.error("kind", _("Unknown employee kind “%(value)s”.") % {"value": kind})
        kind = None
    if v.get("gender") and v["gender"] not in _GENDERS:
        checked.error("gender", _("Sex must be L (male) or P (female)."))
    if v.get("status") and v["status"] not in _STATUSES:
        checked.error("status", _("Unknown status “%(value)s”.") % {"value": v["status"]})
    if v.get("education_level") and v["education_level"] not in _EDUCATION:
        checked.error("education_level", _("Unknown education level."))
    birth = v.get("birth_date")
    if isinstance(birth, date) and birth >= today:
        checked.error("birth_date", _("The date of birth must be in the past."))
    if v.get("nip") and kind:
        result = rules.validate_nip(
            v["nip"], rules.EmployeeKind(kind),
            birth_date=birth if isinstance(birth, date) else None,
            gender=v["gender"] if v.get("gender") in _GENDERS else None,
            tmt_cpns=v.get("tmt_cpns") if kind not in PPPK_KINDS else None,
        )
        for problem in result.errors:
            checked.error("nip", problem_text(problem))
        checked.warnings.extend(problem_text(p) for p in result.warnings)
    if v.get("nik"):
        nik = rules.decode_nik(v["nik"], today=today)
        for problem in nik.errors:
            checked.error("nik", problem_text(problem))
        if nik.ok and v.get("nip") and "nip" not in checked.errors:
            checked.warnings.extend(problem_text(p) for p in rules.nik_nip_consistency(v["nik"], v["nip"]))
    if v.get("grade") and kind:
        try:
            v["grade"] = normalise_grade(kind, v["grade"])
        except ValueError:
            checked.error("grade", _("“%(value)s” is not a golongan of a %(kind)s.")
                          % {"value": v["grade"], "kind": kind})
    if v.get("email"):
        try:
            validate_email(v["email"])
        except ValidationError:
            checked.error("email", _("Enter a valid e-mail address."))
    # Perjanjian kerja (PP 49/2018 Pasal 37): only a PPPK works on a contract with an end.
    if v.get("contract_ends_on") and kind and kind not in PPPK_KINDS:
        checked.error("contract_ends_on", _("Only a PPPK has a contract end date."))
    unit, position = v.get("unit"), v.get("position")
    if unit is not None and position is not None and position.unit_id != unit.pk:
        checked.error("position", _("The position does not belong to the chosen unit."))
    return checked


def retirement_date_for(birth_date: date, position) -> date | None:
    """TMT pensiun from the batas usia pensiun of the current jabatan (UU 20/2023 Pasal 55)."""
    if birth_date is None:
        return None
    try:
        if position is None:
            age = rules.retirement_age(rules.JobKind.PELAKSANA)
        else:
            age = rules.retirement_age(position.kind, position.level or None,
                                       law_age=position.retirement_age_override)
    except (KeyError, ValueError):
        return None  # a jabatan fungsional without its jenjang: BUP unknown until it is set
    return rules.retirement_tmt(birth_date, age)
