"""Appraisal through the JSON API, under /api/performance: periods, self-assessment, peer input,
the atasan's ratings, objections, and the unit's organisation predikat, curve and finalising.

Same queries, policy and services as the pages, so a role sees and changes exactly what it
would on screen: ratings and the predikat stay null for the employee until they are final, and
peer input is only ever given back as a total.
"""

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.responses import Status

from abdi.core.api import ApiError, Id, Page, actor_of, errors, paginate, status_message
from abdi.core.errors import DomainError, Forbidden

from . import policy, queries, queries_appraisal
from .api_appraisal_schemas import (
    MIN_CITIZEN_RATINGS,
    AppraisalDetailOut,
    AppraisalFilters,
    AppraisalPeriodIn,
    AppraisalPeriodQuery,
    AppraisalRowOut,
    DecisionIn,
    ObjectionIn,
    ObjectionOut,
    OpenAppraisalIn,
    OrgPredikatIn,
    PeerInputIn,
    PeerInputSaved,
    RatingIn,
    SelfAssessmentIn,
    UnitDistribution,
    UnitFinalised,
    UnitPerformanceOut,
)
from .models import Objection
from .rules import MESSAGES
from .rules.cycle import PERIOD_MONTHS, PeriodKind, period_of
from .rules.distribution import Bound
from .rules.ratings import PREDIKAT_ORDER, Rating
from .services import appraisal as appraisal_services

router = Router(tags=["appraisal"])

READ = errors(401, 403, 404, 422)
WRITE = errors(401, 403, 404, 409, 422)


# ---------------------------------------------------------------- helpers


def _person(employee) -> dict | None:
    if employee is None:
        return None
    return {"id": employee.pk, "nip": employee.nip, "name": employee.name,
            "full_name": employee.full_name}


def _row(actor, appraisal) -> dict:
    visible = policy.can_see_rating(actor, appraisal)
    return {
        "id": appraisal.pk, "skp_id": appraisal.skp_id, "employee": _person(appraisal.employee),
        "unit_id": appraisal.unit_id, "year": appraisal.year, "period_kind": appraisal.period_kind,
        "period_number": appraisal.period_number, "start": appraisal.start, "end": appraisal.end,
        "status": appraisal.status, "rating_visible": visible,
        "predikat": (appraisal.predikat or None) if visible else None,
        "version": appraisal.version, "ekinerja_id": appraisal.ekinerja_id,
    }


def _citizens(appraisal) -> dict | None:
    data = appraisal.citizen_feedback if isinstance(appraisal.citizen_feedback, dict) else {}
    count = data.get("count")
    if not isinstance(count, int) or isinstance(count, bool) or count < MIN_CITIZEN_RATINGS:
        return None
    average = data.get("average")
    return {"count": count,
            "average": float(average) if isinstance(average, int | float)
            and not isinstance(average, bool) else None,
            "comments": [c for c in data.get("comments") or [] if isinstance(c, str)][:20]}


def _detail(actor, appraisal) -> dict:
    data = _row(actor, appraisal)
    visible = data["rating_visible"]
    summary = queries_appraisal.peer_summary(appraisal)
    data.update(
        appraiser=_person(appraisal.appraiser),
        self_assessment=appraisal.self_assessment,
        self_evidence_link=appraisal.self_evidence_link,
        result_rating=(appraisal.result_rating or None) if visible else None,
        result_reason=appraisal.result_reason if visible else None,
        behaviour_rating=(appraisal.behaviour_rating or None) if visible else None,
        behaviour_reason=appraisal.behaviour_reason if visible else None,
        rated_at=appraisal.rated_at if visible else None,
        finalised_at=appraisal.finalised_at,
        peer_input={"count": summary["count"],
                    "ratings": {r.value: summary["ratings"].get(r.value, 0) for r in Rating}},
        citizen_feedback=_citizens(appraisal),
        can_self_assess=policy.can_self_assess(actor, appraisal),
        can_rate=policy.can_rate(actor, appraisal),
        can_object=policy.can_object(actor, appraisal),
    )
    return data


def _fresh(actor, appraisal_id) -> dict:
    appraisal, _full = queries_appraisal.find_appraisal_for_user(actor, appraisal_id)
    return _detail(actor, appraisal)


def _viewed(actor, appraisal_id):
    """The appraisal for those who see the whole evaluation; 404 for anyone else."""
    appraisal, full = queries_appraisal.find_appraisal_for_user(actor, appraisal_id)
    if not full:
        raise Forbidden(_("Colleagues give input to this appraisal but do not read it."))
    return appraisal


def _objection(objection) -> dict:
    return {"id": objection.pk, "appraisal_id": objection.appraisal_id, "status": objection.status,
            "reason": objection.reason, "decision": objection.decision,
            "reviewer": _person(objection.reviewer), "filed_at": objection.filed_at,
            "decided_at": objection.decided_at}


def _check_period(kind, number) -> None:
    if number > 12 // PERIOD_MONTHS[PeriodKind(kind)]:
        raise DomainError(_("This period is not part of the year."), field="period_number")


def _period_of_query(request, query: AppraisalPeriodQuery) -> dict:
    values = {"year": query.year, "period_kind": query.period_kind,
              "period_number": query.period_number}
    if all(v is None for v in values.values()):
        instansi = getattr(request, "instansi", None)
        try:
            kind = PeriodKind(getattr(instansi, "appraisal_period", "") or PeriodKind.ANNUAL)
        except ValueError:
            kind = PeriodKind.ANNUAL
        current = period_of(timezone.localdate(), kind)
        return {"year": current.year, "period_kind": kind.value, "period_number": current.number}
    missing = [name for name, value in values.items() if value is None]
    if missing:
        raise ApiError(422, status_message(422),
                       {name: [_("Send the year, the kind and the number of the period together.")]
                        for name in missing})
    _check_period(values["period_kind"], values["period_number"])
    return values


def _unit_for(actor, unit_id):
    """The unit (404 outside the government) and the actor's rights on its curve (403 if none)."""
    unit = queries_appraisal.get_unit(unit_id)
    leader_id, parent_leader_id = queries_appraisal.unit_leaders(unit)
    can_finalise = policy.can_finalise_unit(actor, leader_id=leader_id)
    can_set = policy.can_set_unit_predikat(actor, parent_leader_id=parent_leader_id)
    if not (can_finalise or can_set):
        raise Forbidden(_("Only the unit's leader, the leader one level up and BKPSDM see the "
                          "distribution of the unit's predikat."))
    return unit, can_finalise, can_set


def _distribution(unit, period, can_finalise, can_set) -> dict:
    counts = queries_appraisal.predikat_counts(unit, **period)
    check = queries_appraisal.distribution_check(unit, **period)
    entry = queries_appraisal.unit_performance(unit, **period)
    share = queries_appraisal.rated_share(unit, **period)
    quotas = []
    if check.distribution is not None:
        for quota in check.distribution.quotas:
            quotas.append({"predikat": [p.value for p in quota.limit.predikat],
                           "bound": "at_most" if quota.limit.bound is Bound.AT_MOST else "at_least",
                           "heads": quota.heads,
                           "held": sum(counts.get(p, 0) for p in quota.limit.predikat)})
    return {
        "unit": {"id": unit.pk, "name": unit.name}, **period,
        "org_predikat": entry.org_predikat if entry else None,
        "finalised_at": entry.finalised_at if entry else None,
        "counts": {p.value: counts.get(p, 0) for p in PREDIKAT_ORDER},
        "appraisals": share["total"], "rated": share["rated"], "quotas": quotas,
        "blocked": check.blocked,
        "problems": [{"code": p.code, "message": _(MESSAGES[p.code]) % p.params}
                     for p in check.problems],
        "can_set_org_predikat": can_set, "can_finalise": can_finalise,
    }


# ---------------------------------------------------------------- operations


@router.get("/appraisals", response={200: Page[AppraisalRowOut], **errors(401, 403, 422)},
            summary="My appraisals and those I rate")
def list_appraisals(request, filters: Query[AppraisalFilters]):
    """Your own appraisals and your subordinates'; the predikat is null while withheld from you."""
    actor = actor_of(request)
    page = paginate(queries_appraisal.appraisals_for_user(actor, year=filters.year), filters)
    page["items"] = [_row(actor, appraisal) for appraisal in page["items"]]
    return page


@router.get("/appraisals/{appraisal_id}", response={200: AppraisalDetailOut, **READ},
            summary="An appraisal (Dokumen Evaluasi)")
def get_appraisal(request, appraisal_id: Id):
    """Ratings, reasons and predikat are null for the employee until the unit's predikat is final;
    peer input is given as a total only."""
    actor = actor_of(request)
    return _detail(actor, _viewed(actor, appraisal_id))


@router.post("/skp/{skp_id}/appraisals", response={200: AppraisalDetailOut, 201: AppraisalDetailOut,
                                                    **WRITE}, summary="Open the appraisal of a period")
def open_appraisal(request, skp_id: Id, payload: OpenAppraisalIn):
    """By the employee or their atasan, on an approved SKP; 200 with the one already opened."""
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, skp_id)
    payload.check_required()
    appraisal, created = appraisal_services.open_appraisal(
        actor=actor, skp=skp, period_kind=payload.period_kind, period_number=payload.period_number)
    return Status(201 if created else 200, _fresh(actor, appraisal.pk))


@router.post("/appraisals/{appraisal_id}/self-assessment", response={200: AppraisalDetailOut, **WRITE},
             summary="Write the self-assessment")
def self_assessment(request, appraisal_id: Id, payload: SelfAssessmentIn):
    """The employee's own, before the appraisal is final."""
    actor = actor_of(request)
    appraisal = _viewed(actor, appraisal_id)
    payload.check_required()
    appraisal_services.submit_self_assessment(actor=actor, appraisal=appraisal, text=payload.text,
                                              evidence_link=payload.evidence_link or "")
    return _fresh(actor, appraisal.pk)


@router.post("/appraisals/{appraisal_id}/peer-input", response={200: PeerInputSaved, **WRITE},
             summary="Give peer input")
def peer_input(request, appraisal_id: Id, payload: PeerInputIn):
    """A colleague of the same unit rates the behaviour; sending again replaces it."""
    actor = actor_of(request)
    appraisal, _full = queries_appraisal.find_appraisal_for_user(actor, appraisal_id)
    if not queries_appraisal.may_give_peer_input(actor, appraisal):
        raise Forbidden(_("Only colleagues of the same unit give input, before the appraisal is final."))
    payload.check_required()
    entry = appraisal_services.give_peer_input(actor=actor, appraisal=appraisal, rating=payload.rating,
                                               comment=payload.comment or "",
                                               anonymous=payload.anonymous)
    return {"appraisal_id": appraisal.pk, "rating": entry.rating, "anonymous": entry.anonymous}


@router.post("/appraisals/{appraisal_id}/rating", response={200: AppraisalDetailOut, **WRITE},
             summary="Rate (atasan)")
def rate(request, appraisal_id: Id, payload: RatingIn):
    """Both ratings with their written reasons; the predikat follows the matrix. 409 when the
    `version` is stale or the appraisal is final."""
    actor = actor_of(request)
    appraisal = _viewed(actor, appraisal_id)
    payload.check_required()
    appraisal_services.rate(actor=actor, appraisal=appraisal, result_rating=payload.result_rating,
                            result_reason=payload.result_reason,
                            behaviour_rating=payload.behaviour_rating,
                            behaviour_reason=payload.behaviour_reason,
                            expected_version=payload.version)
    return _fresh(actor, appraisal.pk)


@router.post("/appraisals/{appraisal_id}/objection", response={201: ObjectionOut, **WRITE},
             summary="Object to the final predikat")
def file_objection(request, appraisal_id: Id, payload: ObjectionIn):
    """Keberatan by the employee within the government's window; the atasan's atasan decides."""
    actor = actor_of(request)
    appraisal = _viewed(actor, appraisal_id)
    payload.check_required()
    objection = appraisal_services.file_objection(actor=actor, appraisal=appraisal,
                                                  reason=payload.reason)
    objection = queries_appraisal.get_objection_for_user(actor, objection.pk)
    return Status(201, _objection(objection))


@router.post("/objections/{objection_id}/decision", response={200: ObjectionOut, **WRITE},
             summary="Decide an objection")
def decide_objection(request, objection_id: Id, payload: DecisionIn):
    """By the reviewer (the atasan of the pejabat penilai): uphold with new ratings, or reject."""
    actor = actor_of(request)
    objection = queries_appraisal.get_objection_for_user(actor, objection_id)
    payload.check_required()
    if payload.upheld:
        missing = [n for n in ("result_rating", "behaviour_rating") if getattr(payload, n) is None]
        if missing:
            raise ApiError(422, status_message(422),
                           {n: [_("Choose the new rating to uphold the objection.")] for n in missing})
    appraisal_services.decide_objection(
        actor=actor, objection=objection, upheld=payload.upheld, decision=payload.decision,
        result_rating=payload.result_rating or "", behaviour_rating=payload.behaviour_rating or "")
    return _objection(Objection.objects.select_related("reviewer").get(pk=objection.pk))


@router.get("/units/{unit_id}/distribution", response={200: UnitDistribution, **READ},
            summary="A unit's predikat against its curve")
def unit_distribution(request, unit_id: Id, period: Query[AppraisalPeriodQuery]):
    """For the unit's leader, the leader one level up and BKPSDM; today's period by default."""
    actor = actor_of(request)
    unit, can_finalise, can_set = _unit_for(actor, unit_id)
    return _distribution(unit, _period_of_query(request, period), can_finalise, can_set)


@router.post("/units/{unit_id}/org-predikat", response={200: UnitPerformanceOut, **WRITE},
             summary="Set the organisation predikat")
def set_org_predikat(request, unit_id: Id, payload: OrgPredikatIn):
    """By the head one level up, or BKPSDM (SE MenPANRB 3/2023 step 1); 409 once final."""
    actor = actor_of(request)
    unit, _can_finalise, _can_set = _unit_for(actor, unit_id)
    payload.check_required()
    _check_period(payload.period_kind, payload.period_number)
    entry = appraisal_services.set_unit_predikat(
        actor=actor, unit=unit, year=payload.year, period_kind=payload.period_kind,
        period_number=payload.period_number, org_predikat=payload.org_predikat)
    return {"unit_id": unit.pk, "year": entry.year, "period_kind": entry.period_kind,
            "period_number": entry.period_number, "org_predikat": entry.org_predikat,
            "set_by_label": entry.set_by_label, "finalised_at": entry.finalised_at}


@router.post("/units/{unit_id}/finalise", response={200: UnitFinalised, **WRITE},
             summary="Finalise the unit's predikat")
def finalise_unit(request, unit_id: Id, payload: AppraisalPeriodIn):
    """By the unit's leader: every appraisal rated and the curve respected (409 with the
    curve's problems otherwise); the employees then see their predikat."""
    actor = actor_of(request)
    unit, can_finalise, can_set = _unit_for(actor, unit_id)
    payload.check_required()
    _check_period(payload.period_kind, payload.period_number)
    period = {"year": payload.year, "period_kind": payload.period_kind,
              "period_number": payload.period_number}
    done = appraisal_services.finalise_unit(actor=actor, unit=unit, **period)
    return {"finalised": done, "distribution": _distribution(unit, period, can_finalise, can_set)}
