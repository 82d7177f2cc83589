"""Reading complaints: the desk of a staff member, queues, the citizen's lookup, calendars,
and the leaders' summary (set-based: a handful of queries whatever the number of cases)."""

import copy
import datetime
from statistics import median

from django.conf import settings as django_settings
from django.db.models import Count, Q
from django.http import Http404
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from abdi.core.generations import Generation
from abdi.org.models import Unit
from abdi.people.models import Employee
from abdi.tenancy.models import Instansi
from abdi.tenancy.queries import holiday_dates

from . import policy
from .models import Complaint, ComplaintEvent, ComplaintOfficer, ComplaintSettings
from .rules import tracking as tracking_rules
from .rules.clock import Flag, Stage
from .rules.kinds import CaseClass
from .rules.workflow import AGENCY_STATUSES, COORDINATOR_STATUSES, Status

# ---------------------------------------------------------------- setup and calendar


# The portal reads the government, its settings and its agencies on every submission: they are
# kept in the cache under a generation that save_settings replaces (agencies, which change with
# the organisation, at most PORTAL_SECONDS late).
PORTAL_SECONDS = 60
SETTINGS = Generation("complaints:generation")


def forget_settings() -> None:
    """Call inside the transaction that changes settings."""
    SETTINGS.bump()


def settings_for(instansi_id) -> ComplaintSettings:
    """The government's settings, or the national defaults (unsaved) when it has none; kept near
    and shared (core.generations). Shared read-only: change a copy (settings_copy)."""
    return SETTINGS.remember(f"settings:{instansi_id}", lambda: _read_settings(instansi_id),
                             PORTAL_SECONDS)


def settings_copy(instansi_id) -> ComplaintSettings:
    """The settings as an object of the caller's own, for a form or a service to change."""
    return copy.deepcopy(settings_for(instansi_id))


def _read_settings(instansi_id) -> ComplaintSettings:
    return (ComplaintSettings.objects.with_scope(instansi=instansi_id).first()
            or ComplaintSettings(instansi_id=instansi_id))


def today_of(instansi: Instansi, now=None) -> datetime.date:
    return timezone.localtime(now or timezone.now(), instansi.zone).date()


def calendar(instansi: Instansi, around: datetime.date) -> tuple[frozenset, frozenset]:
    """(working weekdays, holidays): every day off of the government, from the cache."""
    return instansi.weekdays, holiday_dates(instansi.pk)


def pepper() -> str:
    return django_settings.SECRET_KEY


# ---------------------------------------------------------------- staff


def desk_of(actor) -> policy.Desk:
    if not (actor.is_authenticated and actor.instansi_id and actor.employee_id):
        return policy.Desk(actor=actor, coordinator=bool(actor.is_authenticated and actor.is_hr_admin))
    duties = list(ComplaintOfficer.objects.filter(employee_id=actor.employee_id)
                  .values_list("duty", "agency_id"))
    return policy.Desk(
        actor=actor,
        coordinator=actor.is_hr_admin or any(d == ComplaintOfficer.Duty.COORDINATOR for d, _a in duties),
        liaison_agency_ids=frozenset(a for d, a in duties if d == ComplaintOfficer.Duty.LIAISON and a),
        inspektorat=any(d == ComplaintOfficer.Duty.INSPEKTORAT for d, _a in duties),
    )


def _handler_filter(desk) -> Q:
    actor = desk.actor
    ordinary = ~Q(case_class=CaseClass.PENGAWASAN)
    where = Q(pk__in=[])
    if desk.handled_agency_ids:
        where |= ordinary & Q(agency_id__in=desk.handled_agency_ids)
    for path in actor.led_unit_paths:
        where |= ordinary & (Q(agency__path__startswith=path) | Q(unit__path__startswith=path))
    if desk.inspektorat:
        where |= Q(case_class=CaseClass.PENGAWASAN)
    if actor.employee_id:
        where |= Q(assignee_id=actor.employee_id)
    return where


def visible_cases(desk):
    rows = Complaint.objects.select_related("agency", "unit", "assignee")
    if not desk.actor.is_authenticated:
        return rows.none()
    if desk.coordinator or desk.actor.is_leader:
        return rows
    return rows.filter(_handler_filter(desk), disposed_at__isnull=False)


def coordinator_queue(desk):
    return visible_cases(desk).filter(status__in=COORDINATOR_STATUSES).order_by("stage_due", "id")


def agency_queue(desk):
    return (visible_cases(desk).filter(_handler_filter(desk), disposed_at__isnull=False,
                                       status__in=AGENCY_STATUSES)
            .order_by("stage_due", "id"))


def get_case(desk, pk) -> Complaint:
    case = visible_cases(desk).filter(pk=pk).first()
    if case is None or not policy.can_view(desk, case):
        raise Http404
    return case


def timeline(case, *, public_only: bool) -> list[ComplaintEvent]:
    """The case's lines, oldest first, opening with its receipt. The receipt is the case row
    itself (received_at, DITERIMA): filing writes no line for it, so the busiest public write
    writes one row less; cases filed before that still have the line, and keep only theirs."""
    rows = ComplaintEvent.objects.filter(complaint=case).select_related("by")
    rows = list(rows.filter(public=True) if public_only else rows)
    if not any(_is_receipt(row) for row in rows):
        rows.insert(0, receipt_line(case))
    return rows


def receipt_line(case) -> ComplaintEvent:
    """The first line of every timeline, read from the case (never saved)."""
    return ComplaintEvent(instansi_id=case.instansi_id, complaint=case, at=case.received_at,
                          kind=ComplaintEvent.Kind.STATUS, status_to=Status.DITERIMA.value,
                          public=True, by_label=tracking_rules.CITIZEN_LABEL)


def _is_receipt(row: ComplaintEvent) -> bool:
    return (row.kind == ComplaintEvent.Kind.STATUS and not row.status_from
            and row.status_to == Status.DITERIMA.value)


def agencies():
    return Unit.objects.filter(parent__isnull=True, is_active=True).order_by("sort_order", "name")


def units_of(agency_id):
    return Unit.objects.filter(agency_id=agency_id, is_active=True).order_by("path")


def officers():
    return ComplaintOfficer.objects.select_related("employee", "agency").order_by("duty", "employee__name")


def employee_by_nip(nip: str):
    return Employee.objects.filter(nip=nip.strip()).first()


def flag_of(case, today, weekdays, holidays, conf) -> str:
    """The SLA badge of a case: ok, amber, red, late, or '' when no clock runs."""
    from .rules.clock import Clock

    if not case.stage or case.stage_due is None:
        return ""
    clock = Clock(Stage(case.stage), case.stage_start, case.stage_due, case.stage_limit or 1)
    return clock.flag(today, weekdays, holidays, amber=conf.amber_percent, red=conf.red_percent).value


# ---------------------------------------------------------------- the citizen


def public_instansi(slug: str) -> Instansi:
    return public_portal(slug)[0]


def public_portal(slug: str) -> tuple[Instansi, list[Unit]]:
    """The government whose portal is open and its agencies (the form's choices), else 404.
    Kept near (generations.py): shared read-only between requests."""
    if not (isinstance(slug, str) and slug.isascii() and 0 < len(slug) <= 40):
        raise Http404
    found = SETTINGS.remember(f"portal:{slug}", lambda: _read_portal(slug), PORTAL_SECONDS)
    if found is None:
        raise Http404
    return found


def _read_portal(slug: str) -> tuple[Instansi, list[Unit]] | None:
    instansi = Instansi.objects.filter(slug=slug, is_active=True).first()
    if instansi is None or not settings_for(instansi.pk).portal_enabled:
        return None  # not kept: unknown names must not fill the cache
    with scope(instansi=instansi.pk):
        return instansi, list(agencies())


def find_by_tracking(tracking: str, secret: str) -> Complaint | None:
    """The case of a tracking number whose secret matches; None for any miss (never say which).

    The hash is compared even when no case exists, so both misses cost the same.
    """
    parsed = tracking_rules.parse_tracking(tracking)
    instansi = None
    if parsed:
        instansi = Instansi.objects.filter(slug=parsed[0].lower(), is_active=True).first()
    case = None
    if instansi is not None:
        with scope(instansi=instansi.pk):
            case = (Complaint.objects.select_related("agency", "instansi")
                    .filter(tracking="{}-{:04d}-{:05d}".format(*parsed)).first())
    stored = case.secret_hash if case else "0" * 64
    if not tracking_rules.secret_matches(secret, stored, pepper()) or case is None:
        return None
    return case


def case_for_citizen(instansi_id, pk) -> Complaint | None:
    with scopes_disabled():
        return (Complaint.objects.select_related("agency", "instansi")
                .filter(instansi_id=instansi_id, pk=pk).first())


def closed_case_for_rating(tracking: str, secret: str):
    """(case, the employee who answered) of a closed case, for the service-ratings app; or None."""
    case = find_by_tracking(tracking, secret)
    if case is None or case.status != Status.SELESAI:
        return None
    with scope(instansi=case.instansi_id):
        handler = Employee.objects.filter(pk=case.handler_id).first() if case.handler_id else None
    return case, handler


def public_feed(limit: int = 20):
    """Reports the public may read (T-CMP-2: never rahasia; never who reported, T-CMP-3)."""
    return (Complaint.objects.filter(is_confidential=False)
            .exclude(status__in=[Status.DITERIMA, Status.DITOLAK_ARSIP])
            .select_related("agency").only("tracking", "category", "description", "status",
                                           "received_at", "agency__name", "kind")[:limit])


# ---------------------------------------------------------------- leaders' dashboard


def leader_summary(instansi_id, start: datetime.date, end: datetime.date,
                   agency_id: int | None = None) -> dict:
    """Complaints received between start and end (inclusive) of one government.

    `median_hours_to_first_answer` is in calendar hours from receipt to the first public answer
    (follow-up or answer) of the cases answered so far.
    """
    with scope(instansi=instansi_id):
        instansi = Instansi.objects.get(pk=instansi_id)
        today = today_of(instansi)
        rows = Complaint.objects.filter(received_on__range=(start, end))
        if agency_id:
            rows = rows.filter(agency_id=agency_id)
        overdue = Q(stage_due__lt=today) & ~Q(stage=Stage.REPORTER_WINDOW) & ~Q(stage="")
        by_agency = list(rows.values("agency_id", "agency__name").annotate(
            total=Count("id"), overdue=Count("id", filter=overdue),
            open=Count("id", filter=~Q(status__in=[Status.SELESAI, Status.DITOLAK_ARSIP])))
            .order_by("agency__name"))
        by_status = dict(rows.values_list("status").annotate(n=Count("id")).order_by())
        answered = rows.filter(first_answer_at__isnull=False).values_list("received_at",
                                                                          "first_answer_at")
        hours = [(answer - received).total_seconds() / 3600 for received, answer in answered]
        drill = list(rows.filter(overdue).values(
            "id", "tracking", "status", "stage", "stage_due", "agency__name", "category")
            .order_by("stage_due")[:100])
        return {
            "total": sum(by_status.values()),
            "by_status": by_status,
            "by_agency": by_agency,
            "overdue": rows.filter(overdue).count(),
            "reopened": rows.filter(reopened_count__gt=0).count(),
            "median_hours_to_first_answer": round(median(hours), 1) if hours else None,
            "cases": drill,
            "flags": [f.value for f in Flag],
        }
