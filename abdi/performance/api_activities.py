"""Daily activities through the JSON API: report (exactly once per client key), the diary, and
the atasan's validation. Same queries, policy and services as the pages."""

import uuid
from typing import Annotated

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Header, Query, Router
from ninja.responses import Status

from abdi.core.api import ApiError, Id, Page, PageQuery, actor_of, errors, paginate, status_message
from abdi.core.errors import DomainError, Forbidden

from . import policy, queries, services
from .api_schemas import (
    ActivityDetail,
    ActivityFilters,
    ActivityIn,
    ActivityReceipt,
    BulkApproved,
    BulkApproveIn,
    RejectIn,
    SkpEmployee,
)

router = Router(tags=["performance"])

ACTIVITY_FIELDS = ("date", "description", "quantity", "minutes", "evidence_link", "latitude",
                   "longitude")


def _client_key(payload: ActivityIn, header: uuid.UUID | None) -> uuid.UUID | None:
    if header is not None and payload.client_key is not None and header != payload.client_key:
        raise ApiError(422, status_message(422), {
            "client_key": [_("The Idempotency-Key header and client_key differ.")]})
    return payload.client_key or header


def _indicator_for_report(actor, pk):
    """(indicator, its plan or None): the caller's own indicator on the fast path, read with its
    plan; another one they may see goes on to the service, which refuses it (403); one they may
    not see is unknown (422)."""
    indicator = queries.own_indicator(actor, pk)
    if indicator is not None:
        return indicator, indicator.result.skp
    try:
        return queries.get_indicator_for_user(actor, pk), None
    except Http404:
        raise DomainError(_("Unknown indicator."), field="indicator") from None


def _receipt(activity, already_received: bool) -> ActivityReceipt:
    """The receipt made from the entry as it was just written: the document the schema would
    validate out of it (a test compares the two), built without validating each attribute again
    through Ninja's getter, which cost a tenth of the busiest write's time."""
    employee = activity.employee
    return ActivityReceipt.model_construct(
        id=activity.id, ekinerja_id=activity.ekinerja_id, client_key=activity.client_key,
        employee=SkpEmployee.model_construct(id=employee.id, nip=employee.nip, name=employee.name),
        skp_id=activity.skp_id, indicator_id=activity.indicator_id, date=activity.date,
        description=activity.description, quantity=activity.quantity, minutes=activity.minutes,
        evidence_link=activity.evidence_link, has_evidence_file=bool(activity.evidence),
        latitude=activity.latitude, longitude=activity.longitude, is_repeat=activity.is_repeat,
        status=activity.status, reject_reason=activity.reject_reason,
        validated_by_id=activity.validated_by_id, validated_at=activity.validated_at,
        version=activity.version, created_at=activity.created_at,
        already_received=already_received)


@router.post("/activities", response={200: ActivityReceipt, 201: ActivityReceipt,
                                      **errors(400, 401, 403, 409, 413, 422)},
             summary="Report a daily activity")
def submit_activity(request, payload: ActivityIn,
                    idempotency_key: Annotated[uuid.UUID | None,
                                               Header(alias="Idempotency-Key")] = None):
    """201 with the new entry; 200 with the SAME entry (`already_received: true`) when its
    `client_key` (or Idempotency-Key header) was received before, so a phone may resend."""
    actor = actor_of(request)
    key = _client_key(payload, idempotency_key)
    values = payload.model_dump(include=set(ACTIVITY_FIELDS))
    # No transaction around the read and the write: the write is atomic by itself (the entry and
    # its audit entry), and a transaction would not lock the plan read before it either.
    indicator, skp = _indicator_for_report(actor, payload.indicator)
    activity, created = services.record_activity(actor=actor, indicator=indicator, values=values,
                                                 client_key=key, skp=skp)
    return Status(201 if created else 200, _receipt(activity, already_received=not created))


@router.get("/activities", response={200: Page[ActivityDetail], **errors(401, 403, 422)},
            summary="My daily activities")
def list_activities(request, filters: Query[ActivityFilters]):
    """Your diary, newest first; filter by day (`date_from`, `date_to`) and `status`."""
    actor = actor_of(request)
    rows = queries.activities_of(actor.employee_id, date_from=filters.date_from,
                                 date_to=filters.date_to, status=filters.status)
    return paginate(rows, filters)


# Before /activities/{activity_id}: that pattern would take `bulk-approve` as an id.
@router.post("/activities/bulk-approve", response={200: BulkApproved,
                                                   **errors(401, 403, 409, 422)},
             summary="Approve several activities")
def bulk_approve(request, payload: BulkApproveIn):
    """All or nothing: one entry you may not validate refuses the whole batch."""
    count = services.bulk_approve(actor=actor_of(request), activity_ids=payload.ids)
    return {"approved": count}


@router.get("/activities/{activity_id}", response={200: ActivityDetail,
                                                   **errors(401, 403, 404, 422)},
            summary="A daily activity")
def get_activity(request, activity_id: Id):
    """An entry of yours, or of someone whose plan you may see."""
    return queries.get_activity_for_user(actor_of(request), activity_id)


@router.get("/validation-queue", response={200: Page[ActivityDetail], **errors(401, 403, 422)},
            summary="Activities waiting for my validation")
def validation_queue(request, filters: Query[PageQuery]):
    """Entries of your direct subordinates waiting for validation, oldest first (atasan only)."""
    actor = actor_of(request)
    if not policy.can_see_validation_queue(actor):
        raise Forbidden(_("Only an atasan validates activities."))
    return paginate(queries.validation_queue(actor), filters)


@router.post("/activities/{activity_id}/approve",
             response={200: ActivityDetail, **errors(401, 403, 404, 409, 422)},
             summary="Approve an activity")
def approve_activity(request, activity_id: Id):
    """By the employee's atasan; its quantity counts toward the indicator at once."""
    actor = actor_of(request)
    activity = queries.get_activity_for_user(actor, activity_id)
    services.approve_activity(actor=actor, activity=activity)
    return queries.get_activity_for_user(actor, activity_id)


@router.post("/activities/{activity_id}/reject",
             response={200: ActivityDetail, **errors(401, 403, 404, 409, 422)},
             summary="Reject an activity")
def reject_activity(request, activity_id: Id, payload: RejectIn):
    """By the employee's atasan, with the reason the employee reads."""
    actor = actor_of(request)
    activity = queries.get_activity_for_user(actor, activity_id)
    payload.check_required()
    services.reject_activity(actor=actor, activity=activity, reason=payload.reason)
    return queries.get_activity_for_user(actor, activity_id)
