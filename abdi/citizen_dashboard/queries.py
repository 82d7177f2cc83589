"""The dashboard's figures, gathered from the apps that own them (each answers in a few
set-based queries; nothing here loops over cases or responses)."""

import datetime

from abdi.complaints.queries import leader_summary
from abdi.org.models import Unit
from abdi.public_forums.queries import commitment_summary
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
