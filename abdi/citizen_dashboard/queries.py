"""The dashboard's figures, gathered from the apps that own them (each answers in a few
set-based queries; nothing here loops over cases or responses)."""

import datetime

from abdi.complaints import policy as complaints_policy
from abdi.complaints.queries import desk_of, leader_summary, visible_cases
from abdi.frontdesk import policy as frontdesk_policy
from abdi.org.models import Unit
from abdi.public_forums import policy as forums_policy
from abdi.public_forums.queries import commitment_summary
from abdi.service_ratings import policy as ratings_policy
from abdi.surveys import policy as surveys_policy
from abdi.surveys.queries import ikm_overview, ikm_trend
from abdi.tenancy.scoping import within

from .policy import Sight


def agencies_in_sight(instansi_id: int, sight: Sight) -> list[Unit]:
    with within(instansi_id):
        rows = Unit.objects.filter(parent__isnull=True, is_active=True).only("id", "name")
        if not sight.whole_government:
            rows = rows.filter(pk__in=sight.agency_ids)
        return list(rows.order_by("sort_order", "name"))


def _units_of(instansi_id: int, agency_id: int) -> list[int]:
    with within(instansi_id):
        return [*Unit.objects.filter(agency_id=agency_id).values_list("pk", flat=True), agency_id]


def figures(instansi_id: int, *, start: datetime.date, end: datetime.date,
            agency_id: int | None, today: datetime.date) -> dict:
    """Complaints, IKM and forum commitments of the window, for one agency or all."""
    unit_ids = _units_of(instansi_id, agency_id) if agency_id else None
    complaints = leader_summary(instansi_id, start, end, agency_id=agency_id)
    ikm_rows = ikm_overview(instansi_id, start, end, unit_ids=unit_ids)
    trend = ikm_trend(instansi_id, unit_ids, 8, today=today, pooled=True)
    forums = commitment_summary(instansi_id) if agency_id is None else None
    return {"complaints": complaints, "ikm_rows": ikm_rows, "trend": trend, "forums": forums}


def pages_open_to(actor) -> dict[str, bool]:
    """Which of the neighbouring back offices this viewer may open (each app's own policy
    decides), so the dashboard never links to a page that would answer 404."""
    with within(actor.instansi_id):
        desk = desk_of(actor)
    return {
        "complaints": complaints_policy.can_use_back_office(desk),
        "surveys": surveys_policy.can_view_overview(actor),
        "frontdesk": frontdesk_policy.can_manage_any(actor),
        "forums": bool(forums_policy.can_use_back_office(actor)),
        "ratings": ratings_policy.sees_team(actor),
    }


def openable_case_ids(actor, case_ids: list[int]) -> set[int]:
    """The cases of `case_ids` whose page this viewer may open (one query; the complaints app's
    visibility rule, so a case not yet verified is not linked for an agency's admin)."""
    if not case_ids:
        return set()
    with within(actor.instansi_id):
        return set(visible_cases(desk_of(actor)).filter(pk__in=case_ids).values_list("pk", flat=True))
