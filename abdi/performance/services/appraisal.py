"""Appraisal of a period: open it, self-assess, peer input, the atasan's ratings and predikat,
the unit's organisation predikat and curve, finalising, and objections (keberatan)."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.org.models import Unit
from abdi.org.queries import head_of, supervisor_of

from .. import policy
from ..models import Appraisal, CoachingPlan, Objection, PeerInput, Skp, UnitPerformance
from ..queries_appraisal import appraisal_group_unit, distribution_check, performance_settings
from ..rules import MESSAGES
from ..rules.cycle import PeriodKind, periods_of_year
from ..rules.follow_up import needs_coaching
from ..rules.ratings import OrgPredikat, Rating, predikat_for
from . import notify
from .inputs import clean_text, period_of_year
from .inputs import period_kind as period_kind_of

RATING_FIELDS = ["result_rating", "result_reason", "behaviour_rating", "behaviour_reason",
                 "predikat", "status"]


def _audit(actor, action, obj, employee, before=None, after=None):
    record(actor=actor, action=action, obj=obj, before=before, after=after,
           employee_id=employee.pk, unit_id=employee.unit_id, agency_id=employee.agency_id)


def _checked_period(year, kind, number) -> tuple[int, PeriodKind, int]:
    period = period_of_year(year, kind, number)
    return period.year, period.kind, period.number


def _lock(appraisal: Appraisal, expected_version: int | None = None) -> Appraisal:
    locked = (Appraisal.objects.select_for_update(of=("self",))
              .select_related("employee", "skp", "employee__unit").get(pk=appraisal.pk))
    if expected_version is not None and locked.version != expected_version:
        raise Conflict(_("Someone else changed this appraisal meanwhile. Reload and try again."))
    return locked


@transaction.atomic
def open_appraisal(*, actor, skp: Skp, period_kind: str, period_number: int) -> tuple[Appraisal, bool]:
    """The appraisal of one period of an approved SKP; opening it twice returns the first."""
    skp = Skp.objects.select_related("employee", "employee__position", "unit").get(pk=skp.pk)
    if not (actor.owns(skp.employee_id) or policy.is_current_atasan(actor, skp.employee)):
        raise Forbidden(_("Only the employee or their atasan opens an appraisal."))
    if not skp.was_approved:
        raise DomainError(_("The SKP must be approved before it can be appraised."))
    kind = period_kind_of(period_kind)
    periods = {p.number: p for p in periods_of_year(skp.year, kind)}
    try:
        period = periods[int(period_number)]
    except (KeyError, TypeError, ValueError) as exc:
        raise DomainError(_("This period is not part of the SKP's year."), field="period_number") from exc
    existing = Appraisal.objects.filter(skp=skp, period_kind=kind, period_number=period.number).first()
    if existing is not None:
        return existing, False
    appraisal = Appraisal(
        instansi_id=skp.instansi_id, skp=skp, employee=skp.employee, year=skp.year,
        period_kind=kind, period_number=period.number, start=period.start, end=period.end,
        unit=appraisal_group_unit(skp.employee), appraiser_id=policy.current_atasan_id(skp.employee))
    try:
        with transaction.atomic():
            appraisal.save()
    except IntegrityError:
        return Appraisal.objects.get(skp=skp, period_kind=kind, period_number=period.number), False
    _audit(actor, AuditEntry.Action.CREATE, appraisal, skp.employee,
           after=snapshot(appraisal, ["year", "period_kind", "period_number"]))
    return appraisal, True


@transaction.atomic
def submit_self_assessment(*, actor, appraisal: Appraisal, text: str, evidence_link: str = "") -> Appraisal:
    appraisal = _lock(appraisal)
    if not policy.can_self_assess(actor, appraisal):
        raise Forbidden(_("Only the employee assesses themself, before the appraisal is final."))
    before = snapshot(appraisal, ["self_assessment", "self_evidence_link"])
    appraisal.self_assessment = clean_text(text, _("Self-assessment"))
    link = str(evidence_link or "").strip()
    if (link and not link.startswith(("http://", "https://"))) or len(link) > 500:
        raise DomainError(_("The evidence link must be a web address (http or https)."),
                          field="evidence_link")
    appraisal.self_evidence_link = link
    appraisal.version += 1
    appraisal.save()
    _audit(actor, AuditEntry.Action.UPDATE, appraisal, appraisal.employee, before,
           snapshot(appraisal, ["self_assessment", "self_evidence_link"]))
    return appraisal


@transaction.atomic
def give_peer_input(*, actor, appraisal: Appraisal, rating: str, comment: str = "",
                    anonymous: bool = True) -> PeerInput:
    """One input per colleague and appraisal; giving it again replaces the first."""
    from abdi.people.models import Employee

    author_unit = Employee.objects.filter(pk=actor.employee_id).values_list("unit_id", flat=True).first()
    if not policy.can_give_peer_input(actor, appraisal, author_unit_id=author_unit):
        raise Forbidden(_("Only colleagues of the same unit give input, before the appraisal is final."))
    if rating not in Rating.__members__.values():
        raise DomainError(_("Choose a rating."), field="rating")
    entry, _created = PeerInput.objects.update_or_create(
        instansi_id=appraisal.instansi_id, appraisal=appraisal, author_id=actor.employee_id,
        defaults={"rating": rating, "comment": clean_text(comment, _("Comment"), required=False, limit=2000),
                  "anonymous": bool(anonymous)})
    # The audit names no author for anonymous input: only the aggregate is ever shown.
    record(actor=actor, action=AuditEntry.Action.UPDATE, obj=entry, after={"rating": rating},
           employee_id=appraisal.employee_id)
    return entry


@transaction.atomic
def rate(*, actor, appraisal: Appraisal, result_rating: str, result_reason: str,
         behaviour_rating: str, behaviour_reason: str, expected_version: int | None = None) -> Appraisal:
    """The atasan's two ratings with their written reasons; the predikat follows the matrix."""
    appraisal = _lock(appraisal, expected_version)
    if not policy.can_rate(actor, appraisal):
        if appraisal.status == Appraisal.Status.FINAL:
            raise Conflict(_("This appraisal is final and can no longer be changed."))
        raise Forbidden(_("Only the employee's atasan rates their performance."))
    for value, field in ((result_rating, "result_rating"), (behaviour_rating, "behaviour_rating")):
        if value not in Rating.__members__.values():
            raise DomainError(_("Choose a rating."), field=field)
    before = snapshot(appraisal, RATING_FIELDS)
    appraisal.result_rating, appraisal.behaviour_rating = result_rating, behaviour_rating
    appraisal.result_reason = clean_text(result_reason, _("Reason for the rating of results"))
    appraisal.behaviour_reason = clean_text(behaviour_reason, _("Reason for the rating of behaviour"))
    # PermenPANRB 6/2022 lampiran: kuadran predikat.
    appraisal.predikat = predikat_for(result_rating, behaviour_rating)
    appraisal.status = Appraisal.Status.RATED
    appraisal.appraiser_id = actor.employee_id
    appraisal.rated_at = timezone.now()
    appraisal.version += 1
    appraisal.save()
    _audit(actor, AuditEntry.Action.UPDATE, appraisal, appraisal.employee, before,
           snapshot(appraisal, RATING_FIELDS))
    return appraisal


@transaction.atomic
def set_unit_predikat(*, actor, unit: Unit, year: int, period_kind: str, period_number: int,
                      org_predikat: str) -> UnitPerformance:
    """Step 1 of SE MenPANRB 3/2023: the organisation's predikat for the period."""
    year, kind, period_number = _checked_period(year, period_kind, period_number)
    parent_leader = head_of(unit.parent_id, on=timezone.localdate()) if unit.parent_id else None
    if not policy.can_set_unit_predikat(actor, parent_leader_id=parent_leader.pk if parent_leader else None):
        raise Forbidden(_("The organisation predikat is fixed by the head one level up or by BKPSDM."))
    if org_predikat not in OrgPredikat.__members__.values():
        raise DomainError(_("Choose the organisation predikat."), field="org_predikat")
    entry = UnitPerformance.objects.select_for_update().filter(
        unit=unit, year=year, period_kind=kind, period_number=period_number).first()
    if entry is not None and entry.finalised_at is not None:
        raise Conflict(_("The unit's predikat for this period is final."))
    before = snapshot(entry, ["org_predikat"]) if entry else {}
    if entry is None:
        entry = UnitPerformance(instansi_id=unit.instansi_id, unit=unit, year=year, period_kind=kind,
                                period_number=period_number)
    entry.org_predikat = org_predikat
    entry.set_by_id = actor.employee_id
    entry.set_by_label = actor.label or ""
    entry.save()
    record(actor=actor, action=AuditEntry.Action.UPDATE if before else AuditEntry.Action.CREATE,
           obj=entry, before=before, after=snapshot(entry, ["org_predikat"]), unit_id=unit.pk,
           agency_id=unit.agency_id)
    return entry


@transaction.atomic
def finalise_unit(*, actor, unit: Unit, year: int, period_kind: str, period_number: int) -> int:
    """Sign the unit's predikat final: every appraisal rated, the curve respected; releases the
    ratings to the employees and opens coaching where the predikat is below Baik."""
    year, kind, period_number = _checked_period(year, period_kind, period_number)
    leader = head_of(unit.pk, on=timezone.localdate())
    if not policy.can_finalise_unit(actor, leader_id=leader.pk if leader else None):
        raise Forbidden(_("Only the head of the unit (or the Plt/Plh) finalises its predikat."))
    group = Appraisal.objects.select_for_update().filter(
        unit=unit, year=year, period_kind=kind, period_number=period_number)
    appraisals = list(group.exclude(status=Appraisal.Status.FINAL))
    if not appraisals:
        raise DomainError(_("There is nothing to finalise for this period."))
    unrated = [a for a in appraisals if a.status == Appraisal.Status.OPEN]
    if unrated:
        raise DomainError(_("%(count)s appraisals are not rated yet.") % {"count": len(unrated)})
    check = distribution_check(unit, year, kind, period_number)
    if check.blocked:
        messages = [_(MESSAGES[p.code]) % p.params for p in check.problems]
        raise Conflict(messages[0], errors={"__all__": messages})
    now = timezone.now()
    for appraisal in appraisals:
        before = snapshot(appraisal, ["status"])
        appraisal.status, appraisal.finalised_at = Appraisal.Status.FINAL, now
        appraisal.version += 1
        appraisal.save(update_fields=["status", "finalised_at", "version"])
        record(actor=actor, action=AuditEntry.Action.UPDATE, obj=appraisal, before=before,
               after=snapshot(appraisal, ["status"]), employee_id=appraisal.employee_id,
               unit_id=unit.pk, agency_id=unit.agency_id)
        if needs_coaching(appraisal.predikat):
            CoachingPlan.objects.get_or_create(
                instansi_id=appraisal.instansi_id, appraisal=appraisal,
                defaults={"employee_id": appraisal.employee_id, "coach_id": appraisal.appraiser_id})
        notify.notify_rating_released(appraisal=appraisal)
    UnitPerformance.objects.filter(unit=unit, year=year, period_kind=kind,
                                   period_number=period_number).update(
        finalised_at=now, finalised_by_id=actor.employee_id)
    return len(appraisals)


@transaction.atomic
def file_objection(*, actor, appraisal: Appraisal, reason: str) -> Objection:
    """Keberatan within the government's window; it goes to the atasan's atasan."""
    appraisal = _lock(appraisal)
    if not policy.can_object(actor, appraisal):
        raise Forbidden(_("Only the employee objects to their own final predikat."))
    window = performance_settings().objection_days
    if appraisal.finalised_at and timezone.now() > appraisal.finalised_at + timedelta(days=window):
        raise DomainError(_("Objections may be filed within %(days)s days of the final predikat.")
                          % {"days": window})
    if appraisal.objections.filter(status=Objection.Status.FILED).exists():
        raise Conflict(_("An objection to this predikat is already waiting for a decision."))
    appraiser = appraisal.appraiser
    reviewer = supervisor_of(appraiser, on=timezone.localdate()) if appraiser else None
    if reviewer is None:
        raise DomainError(_("The pejabat penilai has no atasan in the structure to decide an objection."))
    objection = Objection.objects.create(
        instansi_id=appraisal.instansi_id, appraisal=appraisal, reviewer=reviewer,
        reason=clean_text(reason, _("Reason")))
    _audit(actor, AuditEntry.Action.CREATE, objection, appraisal.employee,
           after={"reason": objection.reason, "reviewer": reviewer.pk})
    notify.notify_objection_filed(objection=objection)
    return objection


@transaction.atomic
def decide_objection(*, actor, objection: Objection, upheld: bool, decision: str,
                     result_rating: str = "", behaviour_rating: str = "") -> Objection:
    """The atasan's atasan upholds (with new ratings) or rejects the objection, with reasons."""
    objection = Objection.objects.select_for_update().select_related(
        "appraisal", "appraisal__employee").get(pk=objection.pk)
    if not policy.can_decide_objection(actor, objection):
        raise Forbidden(_("Only the atasan of the pejabat penilai decides this objection."))
    if objection.status != Objection.Status.FILED:
        raise Conflict(_("This objection was already decided."))
    objection.decision = clean_text(decision, _("Decision"))
    appraisal = objection.appraisal
    if upheld:
        for value, field in ((result_rating, "result_rating"), (behaviour_rating, "behaviour_rating")):
            if value not in Rating.__members__.values():
                raise DomainError(_("Choose a rating."), field=field)
        before = snapshot(appraisal, RATING_FIELDS)
        appraisal.result_rating, appraisal.behaviour_rating = result_rating, behaviour_rating
        appraisal.predikat = predikat_for(result_rating, behaviour_rating)
        appraisal.version += 1
        appraisal.save()
        _audit(actor, AuditEntry.Action.UPDATE, appraisal, appraisal.employee, before,
               snapshot(appraisal, RATING_FIELDS))
    objection.status = Objection.Status.UPHELD if upheld else Objection.Status.REJECTED
    objection.decided_at = timezone.now()
    objection.save()
    _audit(actor, AuditEntry.Action.UPDATE, objection, appraisal.employee,
           {"status": "filed"}, {"status": objection.status, "decision": objection.decision})
    notify.notify_objection_decided(objection=objection)
    return objection
