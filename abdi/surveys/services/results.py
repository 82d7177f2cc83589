"""What a unit's admin records for a period (N, rencana tindak lanjut) and the government's
survey settings; each write: policy, one transaction, optimistic version, one audit entry."""

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.frontdesk.queries import bump_public_desk

from .. import policy
from ..choices import PeriodKind, SampleMethod
from ..models import SurveySettings, UnitPeriod
from ..rules.unsur import is_valid_order

MAX_FOLLOW_UP = 5000
MAX_POPULATION = 100_000_000


def _version(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise Conflict(_("The form is out of date; reload the page.")) from None


def _population(value) -> int | None:
    text = str(value if value is not None else "").strip().replace(".", "")
    if not text:
        return None
    if not text.isdigit() or int(text) > MAX_POPULATION:
        raise DomainError(_("Enter the number of service users as a whole number."),
                          field="population")
    return int(text)


@transaction.atomic
def record_unit_period(*, actor, unit, period, population, follow_up: str, version) -> UnitPeriod:
    if not policy.can_edit_unit(actor, unit):
        raise Forbidden(_("Only the unit's admins record the population and the follow-up plan."))
    text = str(follow_up or "").strip()
    if len(text) > MAX_FOLLOW_UP:
        raise DomainError(_("Keep the follow-up plan under %(n)d characters.") % {"n": MAX_FOLLOW_UP},
                          field="follow_up")
    number = _population(population)
    row, created = UnitPeriod.objects.select_for_update().get_or_create(
        instansi_id=unit.instansi_id, unit=unit, kind=period.kind, year=period.year,
        number=period.number)
    if not created and row.version != _version(version):
        raise Conflict(_("Someone else changed this period in the meantime; reload and redo "
                         "your change."))
    fields = ["population", "follow_up"]
    before = {} if created else snapshot(row, fields)
    row.population, row.follow_up = number, text
    row.version = 1 if created else row.version + 1
    row.save()
    record(actor=actor, action=AuditEntry.Action.CREATE if created else AuditEntry.Action.UPDATE,
           obj=row, before=before, after=snapshot(row, fields), unit_id=unit.pk,
           agency_id=unit.agency_id)
    return row


@transaction.atomic
def update_settings(*, actor, period_kind, unsur_order, min_age, sample_method, legacy_weight,
                    public_results, version) -> SurveySettings:
    if not policy.can_manage_settings(actor):
        raise Forbidden(_("Only BKPSDM changes the survey settings."))
    if period_kind not in PeriodKind.values:
        raise DomainError(_("Choose a survey period."), field="period_kind")
    if sample_method not in SampleMethod.values:
        raise DomainError(_("Choose how the sample size is computed."), field="sample_method")
    order = ",".join(part.strip() for part in str(unsur_order or "").split(",") if part.strip())
    if not is_valid_order(order):
        raise DomainError(_("Name each of the nine unsur exactly once."), field="unsur_order")
    age = str(min_age or "").strip()
    if not (age.isdigit() and 10 <= int(age) <= 25):
        raise DomainError(_("Enter a minimum age between 10 and 25."), field="min_age")
    row = SurveySettings.objects.select_for_update().first()
    created = row is None
    if created:
        row = SurveySettings(instansi_id=actor.instansi_id)
    elif row.version != _version(version):
        raise Conflict(_("Someone else changed the settings in the meantime; reload and redo "
                         "your change."))
    fields = ["period_kind", "unsur_order", "min_age", "sample_method", "legacy_weight",
              "public_results"]
    before = {} if created else snapshot(row, fields)
    row.period_kind, row.unsur_order, row.min_age = period_kind, order, int(age)
    row.sample_method, row.legacy_weight = sample_method, bool(legacy_weight)
    row.public_results = bool(public_results)
    row.version = 1 if created else row.version + 1
    row.save()
    record(actor=actor, action=AuditEntry.Action.CREATE if created else AuditEntry.Action.UPDATE,
           obj=row, before=before, after=snapshot(row, fields))
    bump_public_desk()
    return row
