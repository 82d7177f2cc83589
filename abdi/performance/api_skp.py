"""SKP plans through the JSON API: list, make, fill, move through the workflow, report outcomes
and give feedback. Same queries, policy and services as the pages."""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Query, Router
from ninja.responses import Status

from abdi.core.api import Id, Page, actor_of, errors, paginate, refuse_nulls
from abdi.core.errors import Conflict, DomainError
from abdi.people import queries as people_queries

from . import policy, queries, services
from .api_schemas import (
    ExpectationIn,
    FeedbackIn,
    IndicatorIn,
    IndicatorPatch,
    LampiranIn,
    OutcomeIn,
    ResultIn,
    ResultPatch,
    SkpBehaviourSaved,
    SkpCreate,
    SkpDetail,
    SkpFeedbackOut,
    SkpFilters,
    SkpIndicatorOut,
    SkpIndicatorSaved,
    SkpLampiranSaved,
    SkpResultOut,
    SkpResultSaved,
    SkpRow,
    TransitionIn,
)
from .rules import BERAKHLAK_BY_NUMBER
from .rules.skp import LampiranKind
from .rules.workflow import SkpAction, next_skp_status

router = Router(tags=["performance"])

READ = errors(401, 403, 404, 422)
WRITE = errors(401, 403, 404, 409, 422)


# ---------------------------------------------------------------- helpers


def _stale() -> Conflict:
    return Conflict(_("Someone else changed this SKP meanwhile. Reload and try again."))


def _behaviour(behaviour) -> dict:
    value = BERAKHLAK_BY_NUMBER.get(behaviour.value_number)
    return {"id": behaviour.pk, "value_number": behaviour.value_number,
            "name": value.name if value else "", "indicators": list(value.indicators) if value else [],
            "expectation": behaviour.expectation}


def _lampiran(kind: LampiranKind, lines: list[str]) -> dict:
    return {"kind": kind.value, "label": kind.label, "lines": lines}


def _actions(actor, skp) -> list[str]:
    return [action.value for action in SkpAction
            if next_skp_status(skp.status, action) is not None
            and policy.can_move_skp(actor, skp, action)]


def _detail(actor, skp) -> dict:
    """The whole plan as the actor may see it, with what the actor may do to it."""
    editable = policy.can_edit_skp(actor, skp)
    items = list(skp.lampiran.all())
    data = SkpRow.model_validate(skp).model_dump()
    data.update(
        appraiser=skp.appraiser,
        return_note=skp.return_note,
        status_label=str(skp.status_label),
        results=queries.results_with_indicators(skp),
        behaviours=[_behaviour(b) for b in skp.behaviours.all()],
        lampiran=[_lampiran(kind, [i.text for i in items if i.kind == kind])
                  for kind in LampiranKind],
        feedback=[entry for entries in queries.feedback_on(skp).values() for entry in entries],
        problems=services.plan_problems(skp) if editable else [],
        can_edit=editable,
        can_set_expectations=policy.can_set_expectations(actor, skp),
        can_give_feedback=policy.can_give_feedback(actor, skp),
        actions=_actions(actor, skp),
    )
    data["feedback"].sort(key=lambda entry: (entry.created_at, entry.pk))
    return data


def _check_version(skp, version) -> None:
    # Early answer for a stale version; the service checks it again under the row lock.
    if version is not None and version != skp.version:
        raise _stale()


def _result_saved(result, skp) -> dict:
    data = SkpResultOut.model_validate(result).model_dump()
    return {**data, "skp_version": queries.skp_version(skp.pk)}


def _indicator_saved(indicator, skp) -> dict:
    data = SkpIndicatorOut.model_validate(indicator).model_dump()
    return {**data, "skp_version": queries.skp_version(skp.pk)}


def _result_of(actor, skp_id, result_id):
    skp = queries.get_skp_for_user(actor, skp_id)
    result = queries.get_result_for_user(actor, skp, result_id)
    result.skp = skp  # the services read the plan through the result
    return skp, result


def _patched(skp, payload, current: dict, *, required: tuple) -> tuple[dict, int | None]:
    """A PATCH body laid over the current values, with the version it was read at."""
    values = payload.model_dump(exclude_unset=True)
    version = values.pop("version", None)
    _check_version(skp, version)
    if not values:
        raise DomainError(_("Send at least one field to change."))
    refuse_nulls(values, required)
    return current | values, version


def _indicator_of(actor, skp_id, indicator_id):
    skp = queries.get_skp_for_user(actor, skp_id)
    return skp, queries.get_indicator_of_skp(skp, indicator_id)


# ---------------------------------------------------------------- plans


@router.get("/skp", response={200: Page[SkpRow], **errors(401, 403, 422)}, summary="SKP plans")
def list_skps(request, filters: Query[SkpFilters]):
    """Your own plans, newest year first; `employee` lists those of someone you may see."""
    actor = actor_of(request)
    rows = queries.skp_list(actor, employee_id=filters.employee, year=filters.year,
                            status=filters.status)
    return paginate(rows, filters)


@router.post("/skp", response={201: SkpDetail, **errors(401, 403, 409, 422)},
             summary="Make an SKP")
def create_skp(request, payload: SkpCreate):
    """A draft plan with the seven BerAKHLAK values; one per employee and year."""
    actor = actor_of(request)
    employee_id = payload.employee or actor.employee_id
    if employee_id is None:
        raise DomainError(_("This field is required."), field="employee")
    try:
        employee = people_queries.get_employee_for_user(actor, employee_id)
    except Http404:
        raise DomainError(_("Unknown employee."), field="employee") from None
    skp = services.create_skp(actor=actor, employee=employee, year=payload.year,
                              approach=payload.approach)
    return Status(201, _detail(actor, queries.get_skp_for_user(actor, skp.pk)))


@router.get("/skp/{skp_id}", response={200: SkpDetail, **READ}, summary="An SKP")
def get_skp(request, skp_id: Id):
    """Header, results with indicators, behaviours, lampiran, feedback, status and version."""
    actor = actor_of(request)
    return _detail(actor, queries.get_skp_for_user(actor, skp_id))


@router.post("/skp/{skp_id}/transitions", response={200: SkpDetail, **WRITE},
             summary="Move an SKP through its workflow")
def move_skp(request, skp_id: Id, payload: TransitionIn):
    """submit/amend by the employee, approve/return by the atasan; 409 if the `version` is
    stale or the plan's status does not allow the move."""
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, skp_id)
    payload.check_required()
    services.move_skp(actor=actor, skp=skp, action=payload.action, note=payload.note or "",
                      expected_version=payload.version)
    return _detail(actor, queries.get_skp_for_user(actor, skp_id))


# ---------------------------------------------------------------- results and indicators


@router.post("/skp/{skp_id}/results", response={201: SkpResultSaved, **WRITE},
             summary="Add a planned result")
def add_result(request, skp_id: Id, payload: ResultIn):
    """A rencana hasil kerja of a draft or returned plan (the employee's own)."""
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, skp_id)
    payload.check_required()
    values = {"category": payload.category, "text": payload.text, "parent": payload.parent,
              "perspective": payload.perspective}
    result = services.add_result(actor=actor, skp=skp, values=values)
    return Status(201, _result_saved(result, skp))


@router.patch("/skp/{skp_id}/results/{result_id}", response={200: SkpResultSaved, **WRITE},
              summary="Change a planned result")
def update_result(request, skp_id: Id, result_id: Id, payload: ResultPatch):
    """Send only the fields to change; `parent: null` unlinks it from the atasan's result."""
    actor = actor_of(request)
    skp, result = _result_of(actor, skp_id, result_id)
    current = {"category": result.category, "text": result.text, "parent": result.parent_id,
               "perspective": result.perspective}
    values, version = _patched(skp, payload, current, required=("category", "text"))
    result = services.update_result(actor=actor, result=result, values=values,
                                    expected_version=version)
    return _result_saved(result, skp)


@router.delete("/skp/{skp_id}/results/{result_id}", response={204: None, **WRITE},
               summary="Delete a planned result")
def delete_result(request, skp_id: Id, result_id: Id):
    """With its indicators; refused (409) once activities were reported on it."""
    actor = actor_of(request)
    _skp, result = _result_of(actor, skp_id, result_id)
    services.delete_result(actor=actor, result=result)
    return Status(204, None)


@router.post("/skp/{skp_id}/results/{result_id}/indicators",
             response={201: SkpIndicatorSaved, **WRITE}, summary="Add an indicator")
def add_indicator(request, skp_id: Id, result_id: Id, payload: IndicatorIn):
    """An indikator kinerja individu with its target."""
    actor = actor_of(request)
    skp, result = _result_of(actor, skp_id, result_id)
    payload.check_required()
    values = payload.model_dump()
    indicator = services.add_indicator(actor=actor, result=result, values=values)
    return Status(201, _indicator_saved(indicator, skp))


@router.patch("/skp/{skp_id}/indicators/{indicator_id}",
              response={200: SkpIndicatorSaved, **WRITE}, summary="Change an indicator")
def update_indicator(request, skp_id: Id, indicator_id: Id, payload: IndicatorPatch):
    """Send only the fields to change."""
    actor = actor_of(request)
    skp, indicator = _indicator_of(actor, skp_id, indicator_id)
    current = {"kind": indicator.kind, "aspect": indicator.aspect, "text": indicator.text,
               "target_value": indicator.target_value, "target_unit": indicator.target_unit}
    values, version = _patched(skp, payload, current,
                               required=("kind", "text", "target_value", "target_unit"))
    indicator = services.update_indicator(actor=actor, indicator=indicator, values=values,
                                          expected_version=version)
    return _indicator_saved(indicator, skp)


@router.delete("/skp/{skp_id}/indicators/{indicator_id}", response={204: None, **WRITE},
               summary="Delete an indicator")
def delete_indicator(request, skp_id: Id, indicator_id: Id):
    """Refused (409) once activities were reported on it."""
    actor = actor_of(request)
    _skp, indicator = _indicator_of(actor, skp_id, indicator_id)
    services.delete_indicator(actor=actor, indicator=indicator)
    return Status(204, None)


@router.post("/skp/{skp_id}/indicators/{indicator_id}/outcome",
             response={200: SkpIndicatorOut, **WRITE}, summary="Report an outcome")
def report_outcome(request, skp_id: Id, indicator_id: Id, payload: OutcomeIn):
    """The measured value of an outcome indicator of your approved plan, with its evidence."""
    actor = actor_of(request)
    _skp, indicator = _indicator_of(actor, skp_id, indicator_id)
    payload.check_required()
    return services.report_outcome(actor=actor, indicator=indicator, value=payload.value,
                                   evidence=payload.evidence)


# ---------------------------------------------------------------- lampiran, behaviour, feedback


@router.put("/skp/{skp_id}/lampiran", response={200: SkpLampiranSaved, **WRITE},
            summary="Replace a list of the lampiran")
def set_lampiran(request, skp_id: Id, payload: LampiranIn):
    """Dukungan sumber daya, skema pertanggungjawaban or konsekuensi: the lines replace the list."""
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, skp_id)
    payload.check_required()
    services.set_lampiran(actor=actor, skp=skp, kind=payload.kind, lines=payload.lines)
    kind = LampiranKind(payload.kind)
    lines = list(skp.lampiran.filter(kind=kind).values_list("text", flat=True))
    return {**_lampiran(kind, lines), "skp_version": queries.skp_version(skp.pk)}


@router.put("/skp/{skp_id}/expectations", response={200: SkpBehaviourSaved, **WRITE},
            summary="Set a behaviour expectation")
def set_expectation(request, skp_id: Id, payload: ExpectationIn):
    """The atasan's ekspektasi khusus pimpinan for one BerAKHLAK value, before approval."""
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, skp_id)
    payload.check_required()
    behaviour = services.set_expectation(actor=actor, skp=skp, value_number=payload.value_number,
                                         text=payload.text or "")
    return {**_behaviour(behaviour), "skp_version": queries.skp_version(skp.pk)}


@router.post("/skp/{skp_id}/feedback", response={201: SkpFeedbackOut, **WRITE},
             summary="Give feedback")
def give_feedback(request, skp_id: Id, payload: FeedbackIn):
    """Umpan balik berkelanjutan by the atasan on an activity, a result or a behaviour value."""
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, skp_id)
    payload.check_required()
    entry = services.add_feedback(actor=actor, skp=skp, target=payload.target,
                                  target_id=payload.target_id, text=payload.text)
    return Status(201, entry)
