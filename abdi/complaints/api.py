"""Complaints through the JSON API, for staff only, under the same masking as the pages:
the reporter's identity is present only for readers allowed to see it (R-CMP-2)."""

import datetime

from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema

from abdi.core.api import Id, Page, PageQuery, actor_of, errors
from abdi.core.errors import Forbidden

from . import policy, queries
from .rules.workflow import Status

router = Router(tags=["complaints"])


class ComplaintReporter(Schema):
    name: str
    phone: str
    email: str


class ComplaintEventOut(Schema):
    at: datetime.datetime
    kind: str
    status_to: str
    text: str
    public: bool


class ComplaintOut(Schema):
    id: int
    tracking: str
    kind: str
    case_class: str
    status: str
    category: str
    location: str
    description: str
    is_anonymous: bool
    is_confidential: bool
    agency_id: int
    unit_id: int | None
    received_at: datetime.datetime
    stage: str
    stage_due: datetime.date | None
    completion_due: datetime.date | None
    version: int
    reporter: ComplaintReporter | None = Field(
        None, description="Null when anonim, rahasia or not yours to see.")


class ComplaintDetail(ComplaintOut):
    events: list[ComplaintEventOut]


class ComplaintFilters(PageQuery):
    status: str = Field("", max_length=20)


def _desk(request):
    desk = queries.desk_of(actor_of(request))
    if not policy.can_use_back_office(desk):
        raise Forbidden(_("You may not see complaints."))
    return desk


def _out(desk, case) -> dict:
    data = {name: getattr(case, name) for name in ComplaintOut.model_fields if name != "reporter"}
    data["reporter"] = policy.identity_of(desk, case)
    return data


@router.get("/complaints", response={200: Page[ComplaintOut], **errors(401, 403, 422)},
            summary="Complaints I may see")
def list_complaints(request, filters: Query[ComplaintFilters]):
    desk = _desk(request)
    rows = queries.visible_cases(desk).order_by("-received_at", "-id")
    if filters.status in Status._value2member_map_:
        rows = rows.filter(status=filters.status)
    page = list(rows[filters.offset: filters.offset + filters.limit])
    return {"count": rows.count(), "limit": filters.limit, "offset": filters.offset,
            "items": [_out(desk, case) for case in page]}


@router.get("/complaints/{complaint_id}", response={200: ComplaintDetail, **errors(401, 403, 404, 422)},
            summary="One complaint with its timeline")
def get_complaint(request, complaint_id: Id):
    desk = _desk(request)
    case = queries.get_case(desk, complaint_id)
    data = _out(desk, case)
    data["events"] = queries.timeline(case, public_only=False)
    return data
