"""Versioned TPP rule sets: add a version, close the one before, change the figures of a version
no locked month was paid under, find the one in force."""

import datetime

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.models import Instansi

from .. import policy
from ..models import TppBaseAmount, TppRuleSet
from ..rules import codec, schedule_checks
from ..rules.periods import Period, PeriodProblem, in_force, period_findings

FIELDS = ["name", "legal_basis", "effective_from", "effective_to", "preset", "schedule"]
MAX_NAME = 120
MAX_AMOUNT = 1_000_000_000  # Rp per month: far above any kelas jabatan's TPP


def _periods(rule_sets) -> list[Period]:
    return [Period(rule_set.pk, rule_set.effective_from, rule_set.effective_to)
            for rule_set in rule_sets]


def _date(value, field) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value))
    except ValueError:
        raise DomainError(_("Enter a date as YYYY-MM-DD."), field=field) from None


def _amounts(rows) -> list[tuple[int, str, int]]:
    """(kelas jabatan, criterion, Rp) rows: whole numbers, known criteria, no duplicates."""
    clean, seen = [], set()
    for kelas, component, amount in rows:
        try:
            kelas, amount = int(kelas), int(amount)
        except (TypeError, ValueError):
            raise DomainError(_("Kelas jabatan and amounts are whole numbers."),
                              field="amounts") from None
        if not 1 <= kelas <= 17 or not 0 <= amount <= MAX_AMOUNT:
            raise DomainError(_("Kelas jabatan 1 to 17; amounts from 0 to 1,000,000,000."),
                              field="amounts")
        if component not in codec.COMPONENT_CODES:
            raise DomainError(_("Unknown TPP criterion %(code)s.") % {"code": component},
                              field="amounts")
        if (kelas, component) in seen:
            raise DomainError(_("Kelas %(kelas)s has %(code)s twice.") % {
                "kelas": kelas, "code": component}, field="amounts")
        seen.add((kelas, component))
        clean.append((kelas, component, amount))
    return clean


def problem_text(problem) -> str:
    """A schedule problem in the active language (the pages word them the same way)."""
    template = codec.MESSAGES.get(problem.code) or schedule_checks.MESSAGES[problem.code]
    return _(template) % problem.params


def _refusal(finding) -> DomainError:
    names = {PeriodProblem.OVERLAP: _("overlaps"), PeriodProblem.GAP: _("leaves a gap after"),
             PeriodProblem.OPEN_BEFORE_LATER: _("has no end date before"),
             PeriodProblem.BACKWARDS: _("ends before it starts")}
    return DomainError(_("The period of these rules %(problem)s another version (%(date)s).") % {
        "problem": names[finding.problem], "date": finding.first.start.isoformat()},
        field="effective_from")


@transaction.atomic
def add_rule_set(*, actor, instansi_id: int, values: dict, amounts=()) -> TppRuleSet:
    """A new version of the government's TPP rules. An open-ended version in force before the
    new one is closed the day before it starts; any overlap or gap left is refused whole."""
    if not policy.can_manage_rules(actor, instansi_id):
        raise Forbidden(_("Only the BKPSDM admin sets the TPP rules."))
    Instansi.objects.select_for_update().get(pk=instansi_id)  # one change of the rules at a time
    name = " ".join(str(values.get("name") or "").split())
    if not name or len(name) > MAX_NAME:
        raise DomainError(_("Give the rules a name (at most 120 characters)."), field="name")
    start = _date(values.get("effective_from"), "effective_from")
    if start is None:
        raise DomainError(_("Say from which day these rules are in force."), field="effective_from")
    end = _date(values.get("effective_to"), "effective_to")
    schedule, problems = codec.schedule_from_data(values.get("schedule"))
    if problems:
        raise DomainError(" ".join(problem_text(p) for p in problems), field="schedule")
    clean_amounts = _amounts(amounts)
    existing = list(TppRuleSet.objects.filter(instansi_id=instansi_id).select_for_update())
    before_new = [r for r in existing if r.effective_from < start and r.effective_to is None]
    for rule_set in before_new:  # the version in force until now ends the day before
        rule_set.effective_to = start - datetime.timedelta(days=1)
    periods = [*_periods(existing), Period(None, start, end)]
    findings = period_findings(periods)
    if findings:
        raise _refusal(findings[0])
    for rule_set in before_new:
        rule_set.version += 1
        rule_set.save(update_fields=["effective_to", "version"])
    rule_set = TppRuleSet.objects.create(
        instansi_id=instansi_id, name=name, legal_basis=str(values.get("legal_basis") or "")[:200],
        effective_from=start, effective_to=end, schedule=codec.schedule_to_data(schedule),
        preset=str(values.get("preset") or "")[:40], created_by=actor.user)
    TppBaseAmount.objects.bulk_create([
        TppBaseAmount(instansi_id=instansi_id, rule_set=rule_set, kelas_jabatan=kelas,
                      component=component, amount=amount)
        for kelas, component, amount in clean_amounts])
    record(actor=actor, action=AuditEntry.Action.CREATE, obj=rule_set,
           after=snapshot(rule_set, FIELDS))
    return rule_set


def rule_set_on(instansi_id: int, day: datetime.date) -> TppRuleSet | None:
    """The version in force on `day` (a month is computed under the one of its first day)."""
    rule_sets = list(TppRuleSet.objects.filter(instansi_id=instansi_id, effective_from__lte=day))
    found = in_force(_periods(rule_sets), day)
    return next((r for r in rule_sets if found is not None and r.pk == found.key), None)


def locked_months(rule_set: TppRuleSet) -> list[str]:
    """The locked months computed under `rule_set` ("3/2026"): their payroll is final."""
    from ..models import TppRun

    runs = TppRun.objects.filter(rule_set=rule_set, status=TppRun.Status.LOCKED).order_by(
        "year", "month").values_list("month", "year").distinct()
    return [f"{month}/{year}" for month, year in runs]


@transaction.atomic
def update_rule_set(*, actor, rule_set: TppRuleSet, version, values: dict,
                    amounts=None) -> TppRuleSet:
    """Change the figures of a version (name, legal basis, schedule and, when given, every base
    amount). A version a locked month was paid under is final: its figures would no longer explain
    that month's slips, so a change of the Perkada is a new version from the day it applies."""
    if not policy.can_manage_rules(actor, rule_set.instansi_id):
        raise Forbidden(_("Only the BKPSDM admin sets the TPP rules."))
    rule_set = TppRuleSet.objects.select_for_update().get(pk=rule_set.pk)
    if str(version) != str(rule_set.version):
        raise Conflict(_("Someone else changed these rules meanwhile. Reload the page and apply "
                         "your changes again."))
    months = locked_months(rule_set)
    if months:
        raise DomainError(_("These rules were used for a locked month (%(months)s) and cannot "
                            "change any more; add a new version from the day the new Perkada "
                            "applies.") % {"months": ", ".join(months)}, field="schedule")
    name = " ".join(str(values.get("name") or "").split())
    if not name or len(name) > MAX_NAME:
        raise DomainError(_("Give the rules a name (at most 120 characters)."), field="name")
    schedule, problems = codec.schedule_from_data(values.get("schedule"))
    if problems:
        raise DomainError(" ".join(problem_text(p) for p in problems), field="schedule")
    clean_amounts = _amounts(amounts) if amounts is not None else None
    before = snapshot(rule_set, FIELDS)
    rule_set.name = name
    rule_set.legal_basis = " ".join(str(values.get("legal_basis") or "").split())[:200]
    rule_set.schedule = codec.schedule_to_data(schedule)
    rule_set.version += 1
    rule_set.save(update_fields=["name", "legal_basis", "schedule", "version"])
    if clean_amounts is not None:
        TppBaseAmount.objects.filter(rule_set=rule_set).delete()
        TppBaseAmount.objects.bulk_create([
            TppBaseAmount(instansi_id=rule_set.instansi_id, rule_set=rule_set, kelas_jabatan=kelas,
                          component=component, amount=amount)
            for kelas, component, amount in clean_amounts if amount])
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=rule_set, before=before,
           after=snapshot(rule_set, FIELDS))
    return rule_set
