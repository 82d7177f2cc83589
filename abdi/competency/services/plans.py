"""AKPK: the proposed development plan of an employee and the consolidated plan of an agency.

An employee's plan for a year is proposed from (a) the gaps of the latest assessment, in R-KOM-4
order, (b) the open SKP coaching plans (pembinaan) of abdi.performance and (c) the employee's own
requests. Re-proposing replaces the gap and coaching items and keeps the requests. The agency's
plan sums the items; BKPSDM approves or returns it (versioned, audited).
"""

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden

from .. import policy, queries
from ..models import AgencyPlan, DevelopmentItem
from ..rules import akpk
from ..rules.jpm import gaps as gap_rule

MAX_REQUESTS = 10
COACHING_JP, COACHING_COST = 10, 0  # mentoring by the atasan: no fee


def _check_year(year) -> int:
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise DomainError(_("Give a year between 2000 and 2100."), field="year")
    return year


def _locked_plan(agency_id: int, year: int) -> AgencyPlan | None:
    return (AgencyPlan.objects.select_for_update().filter(agency_id=agency_id, year=year).first())


def _refuse_if_approved(agency_id: int, year: int) -> None:
    plan = _locked_plan(agency_id, year)
    if plan is not None and plan.status == AgencyPlan.Status.APPROVED:
        raise Conflict(_("The agency's development plan for this year is already approved."))


def propose_plan(*, actor, employee, year: int) -> list[DevelopmentItem]:
    if not policy.can_propose_plan(actor, employee):
        raise Forbidden(_("Only HR or the atasan proposes a development plan."))
    year = _check_year(year)
    profile = queries.profile(employee)
    levels = {r.code: r.level for r in profile["rows"] if r.level is not None}
    required = {r.code: r.required for r in profile["rows"] if r.required is not None}
    coaching = queries.coaching_plans_of(employee.pk)
    performance_codes = frozenset()  # coaching plans name no competency; kept for R-KOM-4 (c)
    needs = akpk.needs(gap_rule(levels, required), performance_codes=performance_codes)
    items = []
    for priority, need in enumerate(needs, start=1):
        kind, form, jp, cost = akpk.suggestion(need.gap)
        items.append(DevelopmentItem(
            instansi_id=employee.instansi_id, employee=employee, agency_id=employee.agency_id,
            year=year, source=DevelopmentItem.Source.GAP, code=need.code, gap=need.gap,
            priority=priority, kind=kind, title=form, jp=jp, cost=cost))
    for plan in coaching:
        items.append(DevelopmentItem(
            instansi_id=employee.instansi_id, employee=employee, agency_id=employee.agency_id,
            year=year, source=DevelopmentItem.Source.COACHING, priority=len(items) + 1,
            kind=DevelopmentItem.Kind.NONKLASIKAL,
            title=_("Coaching by the atasan (SKP pembinaan)")[:200],
            note=(plan.goals or "")[:300], jp=COACHING_JP, cost=COACHING_COST))
    with transaction.atomic():
        _refuse_if_approved(employee.agency_id, year)
        DevelopmentItem.objects.filter(employee=employee, year=year).exclude(
            source=DevelopmentItem.Source.REQUEST).delete()
        DevelopmentItem.objects.bulk_create(items)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=employee,
               after={"year": year, "items": [(i.source, i.code, i.jp) for i in items]},
               employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)
    return items


def request_development(*, actor, employee, year: int, title: str, kind: str, code: str = "",
                        jp=None, cost=None) -> DevelopmentItem:
    """The employee asks for a development activity of their own choosing."""
    if not policy.can_request_development(actor, employee):
        raise Forbidden(_("Only the employee asks for their own development."))
    year = _check_year(year)
    title = " ".join(str(title or "").split())
    if not 5 <= len(title) <= 200:
        raise DomainError(_("Describe the activity in 5 to 200 characters."), field="title")
    if kind not in DevelopmentItem.Kind.values:
        raise DomainError(_("Choose classroom or non-classroom."), field="kind")
    code = str(code or "").strip().upper()
    if code and code not in queries.known_codes():
        raise DomainError(_("“%(code)s” is not a competency of this government.")
                          % {"code": code[:20]}, field="code")
    try:
        jp, cost = int(jp), int(cost or 0)
    except (TypeError, ValueError):
        raise DomainError(_("Give the JP and the cost as whole numbers."), field="jp") from None
    if not 1 <= jp <= 200 or not 0 <= cost <= 500_000_000:
        raise DomainError(_("JP must be 1 to 200 and the cost at most Rp 500.000.000."),
                          field="jp")
    with transaction.atomic():
        _refuse_if_approved(employee.agency_id, year)
        if DevelopmentItem.objects.filter(employee=employee, year=year,
                                          source=DevelopmentItem.Source.REQUEST).count() \
                >= MAX_REQUESTS:
            raise DomainError(_("At most 10 requests a year."))
        item = DevelopmentItem.objects.create(
            instansi_id=employee.instansi_id, employee=employee, agency_id=employee.agency_id,
            year=year, source=DevelopmentItem.Source.REQUEST, code=code, kind=kind, title=title,
            jp=jp, cost=cost, priority=90)
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=item,
               after={"title": title, "jp": jp, "cost": cost, "year": year},
               employee_id=employee.pk, agency_id=employee.agency_id)
    return item


def consolidate(*, actor, agency_id: int, year: int) -> AgencyPlan:
    """(Re)compute the agency's plan from its employees' items; back to draft if returned."""
    if not policy.can_consolidate(actor, agency_id):
        raise Forbidden(_("You may not consolidate this agency's plan."))
    year = _check_year(year)
    with transaction.atomic():
        plan = _locked_plan(agency_id, year)
        if plan is None:
            try:
                with transaction.atomic():
                    plan = AgencyPlan.objects.create(instansi_id=actor.instansi_id,
                                                     agency_id=agency_id, year=year)
            except IntegrityError:
                raise Conflict(_("Someone else is consolidating this plan; try again.")) from None
        elif plan.status == AgencyPlan.Status.APPROVED:
            raise Conflict(_("The agency's development plan for this year is already approved."))
        before = {k: getattr(plan, k) for k in ("employees", "items", "total_jp", "total_cost")}
        for name, value in queries.plan_totals(agency_id, year).items():
            setattr(plan, name, value or 0)
        plan.status = AgencyPlan.Status.DRAFT
        plan.version += 1
        plan.save()
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=plan, before=before,
               after={k: getattr(plan, k) for k in before}, agency_id=agency_id)
    return plan


def decide_plan(*, actor, plan: AgencyPlan, version: int, approve: bool,
                note: str = "") -> AgencyPlan:
    if not policy.can_decide_plan(actor, plan):
        raise Forbidden(_("Only BKPSDM approves or returns a development plan."))
    note = " ".join(str(note or "").split())[:500]
    if not approve and len(note) < 5:
        raise DomainError(_("Say why the plan is returned."), field="note")
    with transaction.atomic():
        locked = AgencyPlan.objects.select_for_update().get(pk=plan.pk)
        if locked.version != version:
            raise Conflict(_("Someone changed this plan since you opened it; reload the page."))
        if locked.status != AgencyPlan.Status.DRAFT:
            raise Conflict(_("Only a draft plan can be approved or returned."))
        before = {"status": locked.status}
        locked.status = AgencyPlan.Status.APPROVED if approve else AgencyPlan.Status.RETURNED
        locked.decision_note = note
        locked.version += 1
        locked.save()
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=locked, before=before,
               after={"status": locked.status, "note": note}, agency_id=locked.agency_id)
    return locked
