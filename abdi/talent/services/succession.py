"""Succession plans of key posts: ranked candidates from the talent pool, with their evidence
(§6.4 R-TAL-2/3), reordered by HR only with a stated reason (audited)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.org.models import Position

from .. import policy
from ..models import SuccessionCandidate, SuccessionPlan, TalentPlacement
from ..queries import sanctioned_ids, settings_of, trainings_by_employee
from ..rules import Candidate, rank_candidates
from ..rules.career import LEADERSHIP_REQUIRED, next_kinds


def _ranked(position, year: int, today):
    kinds = [k for k in ("PELAKSANA", "FUNGSIONAL", "PENGAWAS", "ADMINISTRATOR")
             if position.kind in next_kinds(k)]
    rows = list(TalentPlacement.objects.filter(year=year, box__in=[7, 8, 9],
                                               employee__job_kind__in=kinds)
                .values_list("employee_id", "box", "potential", "predikat"))
    from abdi.competency.queries import assessment_dates  # the potential's source (T-TAL-3)

    held = trainings_by_employee(r[0] for r in rows)
    sanctioned = sanctioned_ids([r[0] for r in rows], today)
    assessed = assessment_dates(position.instansi_id, [r[0] for r in rows])
    cands = [Candidate(employee_id=e, box=b, potential=p, predikat=pr,
                       leadership=tuple(held.get(e, ())), active_sanction=e in sanctioned,
                       assessed_on=assessed.get(e))
             for e, b, p, pr in rows]
    validity = settings_of(position.instansi_id).assessment_validity_years
    return rank_candidates(cands, required_training=LEADERSHIP_REQUIRED.get(position.kind, ""),
                           today=today, validity_years=validity)


def create_plan(*, actor, position_id, year: int) -> SuccessionPlan:
    """HR marks a post as key and gets its candidates ranked from the year's pool."""
    if not policy.can_manage_succession(actor):
        raise Forbidden(_("Only the BKPSDM admin prepares succession plans."))
    position = Position.objects.filter(pk=position_id).first()
    if position is None:
        raise NotFound(_("Unknown position."))
    if position.kind not in LEADERSHIP_REQUIRED:
        raise DomainError(_("Only JPT, Administrator and Pengawas posts have succession plans."))
    with transaction.atomic():
        if SuccessionPlan.objects.filter(position=position).exists():
            raise Conflict(_("This post already has a succession plan."))
        plan = SuccessionPlan.objects.create(instansi_id=position.instansi_id, position=position,
                                             year=year, created_by=actor.user)
        SuccessionCandidate.objects.bulk_create(
            SuccessionCandidate(instansi_id=plan.instansi_id, plan=plan, employee_id=r.candidate.employee_id,
                                rank=r.rank, evidence=list(r.evidence), ready=r.ready)
            for r in _ranked(position, year, timezone.localdate()))
        record(actor=actor, action=AuditEntry.Action.CREATE, obj=plan, before={},
               after={"position": position.name, "year": year,
                      "candidates": plan.candidates.count()})
    return plan


def move_candidate(*, actor, plan_id, version, employee_id, rank, reason: str) -> SuccessionPlan:
    """Put a candidate at `rank` (1 = first); the others shift. A reason is required."""
    if not policy.can_manage_succession(actor):
        raise Forbidden(_("Only the BKPSDM admin changes succession plans."))
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(_("State the reason for the change of order."), field="reason")
    if len(reason) > 300:
        raise DomainError(_("The reason is too long (300 characters at most)."), field="reason")
    with transaction.atomic():
        plan = SuccessionPlan.objects.select_for_update().filter(pk=plan_id).first()
        if plan is None:
            raise NotFound(_("Unknown succession plan."))
        if str(version) != str(plan.version):
            raise Conflict(_("Someone changed this plan in the meantime. Reload and try again."))
        cands = list(plan.candidates.order_by("rank"))
        moving = next((c for c in cands if str(c.employee_id) == str(employee_id)), None)
        if moving is None:
            raise DomainError(_("This employee is not a candidate of the plan."))
        try:
            rank = int(rank)
        except (TypeError, ValueError):
            raise DomainError(_("Unknown rank.")) from None
        if not 1 <= rank <= len(cands):
            raise DomainError(_("Unknown rank."))
        before = [c.employee_id for c in cands]
        cands.remove(moving)
        cands.insert(rank - 1, moving)
        moving.reason = reason
        for n, c in enumerate(cands, 1):
            c.rank = n
        SuccessionCandidate.objects.bulk_update(cands, ["rank", "reason"])
        plan.version += 1
        plan.save(update_fields=["version"])
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=plan, before={"order": before},
               after={"order": [c.employee_id for c in cands], "reason": reason})
    return plan
