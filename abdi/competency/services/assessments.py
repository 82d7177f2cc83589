"""Recording assessment results (by hand or from an import) and defining competencies.

An assessment stores, for each competency, the level found and the level the employee's jabatan
required that day; its JPM (V1, §5.5) is computed once. The latest assessment of an employee is
flagged on the assessment and its scores, so maps read only current results.
"""

import datetime
import re
from decimal import Decimal, InvalidOperation

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import DomainError, Forbidden

from .. import policy, queries
from ..models import Assessment, AssessmentScore, PositionStandard, TechnicalCompetency
from ..rules import jpm as jpm_rules
from ..rules.kamus import BY_CODE, LEVELS

CODE = re.compile(r"^[A-Z][A-Z0-9.\-]{0,11}$")


def clean_levels(levels: dict, known: dict[str, str]) -> dict[str, int]:
    """Codes must be competencies of the government; levels whole numbers 1-5 (R-KOM-1)."""
    result = {}
    for raw_code, raw_level in levels.items():
        code = str(raw_code or "").strip().upper()
        if code not in known:
            raise DomainError(_("“%(code)s” is not a competency of this government.")
                              % {"code": code[:20]}, field="levels")
        if raw_level in (None, ""):
            continue
        try:
            level = int(str(raw_level).strip().removesuffix(".0"))
        except ValueError:
            level = None
        if level not in LEVELS:
            raise DomainError(_("The level of %(code)s must be a whole number from 1 to 5.")
                              % {"code": code}, field="levels")
        result[code] = level
    if not result:
        raise DomainError(_("Give the level of at least one competency."), field="levels")
    return result


def clean_potential(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        number = Decimal(str(value).replace(",", ".")).quantize(Decimal("0.01"))
    except InvalidOperation:
        number = None
    if number is None or not 0 <= number <= 100:
        raise DomainError(_("The potential score must be a number from 0 to 100."),
                          field="potential_score")
    return number


def clean_header(date, assessor: str) -> tuple[datetime.date, str]:
    if not isinstance(date, datetime.date):
        raise DomainError(_("Give the date of the assessment."), field="date")
    if date > timezone.localdate() or date.year < 2000:
        raise DomainError(_("The assessment date cannot be in the future."), field="date")
    assessor = " ".join(str(assessor or "").split())
    if not 3 <= len(assessor) <= 120:
        raise DomainError(_("Name the assessor (3 to 120 characters)."), field="assessor")
    return date, assessor


def _build(employee, *, date, assessor, institution, potential, levels, required, source):
    profile = {c: r for c, r in required.items() if c in levels}
    assessment = Assessment(instansi_id=employee.instansi_id, employee=employee, date=date,
                            assessor=assessor, institution=institution[:160],
                            potential_score=potential, source=source,
                            jpm=jpm_rules.jpm(levels, profile))
    scores = [AssessmentScore(instansi_id=employee.instansi_id, employee=employee, code=code,
                              level=level, required=required.get(code))
              for code, level in levels.items()]
    return assessment, scores


def _save(pairs) -> None:
    """Insert the assessments and re-flag the latest of each employee touched (set-based)."""
    Assessment.objects.bulk_create([a for a, _scores in pairs])
    scores = []
    for assessment, rows in pairs:
        for score in rows:
            score.assessment = assessment
            scores.append(score)
    AssessmentScore.objects.bulk_create(scores)
    employee_ids = {a.employee_id for a, _scores in pairs}
    latest = {}
    # Ascending by (date, id): the last row seen per employee is its latest (portable SQL).
    for pk, employee_id in (Assessment.objects.filter(employee_id__in=employee_ids)
                            .order_by("date", "id").values_list("pk", "employee_id")):
        latest[employee_id] = pk
    ids = list(latest.values())
    Assessment.objects.filter(employee_id__in=employee_ids, is_latest=True).exclude(
        pk__in=ids).update(is_latest=False)
    Assessment.objects.filter(pk__in=ids, is_latest=False).update(is_latest=True)
    AssessmentScore.objects.filter(employee_id__in=employee_ids, is_latest=True).exclude(
        assessment_id__in=ids).update(is_latest=False)
    AssessmentScore.objects.filter(assessment_id__in=ids, is_latest=False).update(is_latest=True)


def record_assessment(*, actor, employee, date, assessor: str, institution: str = "",
                      levels: dict, potential_score=None) -> Assessment:
    if not policy.can_record_assessment(actor, employee):
        raise Forbidden(_("Only HR records assessment results."))
    date, assessor = clean_header(date, assessor)
    levels = clean_levels(levels, queries.known_codes())
    potential = clean_potential(potential_score)
    required = queries.required_levels(employee)
    with transaction.atomic():
        assessment, scores = _build(employee, date=date, assessor=assessor,
                                    institution=" ".join(str(institution or "").split()),
                                    potential=potential, levels=levels, required=required,
                                    source="manual")
        _save([(assessment, scores)])
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=assessment,
               after={"date": date.isoformat(), "assessor": assessor, "levels": levels,
                      "jpm": str(assessment.jpm), "potential": str(potential or "")},
               employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    return assessment


def add_technical_competency(*, actor, code: str, name: str, description: str = ""):
    if not policy.can_define_competencies(actor):
        raise Forbidden(_("Only BKPSDM defines technical competencies."))
    code = str(code or "").strip().upper()
    name = " ".join(str(name or "").split())
    if not CODE.match(code) or code in BY_CODE:
        raise DomainError(_("Give a code of up to 12 capital letters or digits, not one of the "
                            "standard codes M1-M8, SK1."), field="code")
    if not 3 <= len(name) <= 160:
        raise DomainError(_("Give a name of 3 to 160 characters."), field="name")
    try:
        with transaction.atomic():
            item = TechnicalCompetency.objects.create(instansi_id=actor.instansi_id, code=code,
                                                      name=name, description=description[:2000])
            record(actor=actor, action=AuditEntry.Action.CREATE, obj=item,
                   after={"code": code, "name": name})
    except IntegrityError:
        raise DomainError(_("This code already exists."), field="code") from None
    return item


def set_position_standard(*, actor, position, levels: dict) -> dict[str, int]:
    """Override the default profile of a jabatan; an empty level falls back to the default."""
    if not policy.can_define_competencies(actor) or position.instansi_id != actor.instansi_id:
        raise Forbidden(_("Only BKPSDM sets the competency standard of a jabatan."))
    known = queries.known_codes()
    cleaned = clean_levels(levels, known) if any(v not in (None, "") for v in levels.values()) \
        else {}
    with transaction.atomic():
        before = dict(PositionStandard.objects.filter(position=position)
                      .values_list("code", "level"))
        PositionStandard.objects.filter(position=position).delete()
        PositionStandard.objects.bulk_create(
            PositionStandard(instansi_id=position.instansi_id, position=position, code=c, level=v)
            for c, v in cleaned.items())
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=position,
               before=before, after=cleaned)
    return cleaned
