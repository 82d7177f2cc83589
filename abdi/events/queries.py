"""Reading events: what is open to me, my invitations and registrations, an organiser's lists,
and the participation of each perangkat daerah (a fixed number of queries whatever the size)."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q
from django.http import Http404
from django.utils import timezone

from abdi.core.ids import positive_id
from abdi.tenancy.scoping import within

from . import policy
from .models import Event, Invitation, Photo, Registration
from .rules import seats, workflow
from .rules.seats import attendance_rate


def ancestor_paths(path: str) -> list[str]:
    """'/3/17/42/' -> ['/3/', '/3/17/', '/3/17/42/']: an invitation of any of them reaches it."""
    parts = [p for p in (path or "").split("/") if p]
    return ["/" + "/".join(parts[:n]) + "/" for n in range(1, len(parts) + 1)]


def _employee(employee_id):
    from abdi.people.models import Employee

    if not employee_id:
        return None
    return Employee.objects.select_related("unit").filter(pk=employee_id).first()


def _invited_q(employee) -> Q:
    return Q(employee_id=employee.pk) | Q(unit_path__in=ancestor_paths(employee.unit.path))


def reach_of(event, employee) -> str | None:
    """How the employee is invited to the event: "named", "unit" or None."""
    if employee is None:
        return None
    found = set(Invitation.objects.filter(event=event).filter(_invited_q(employee))
                .values_list("employee_id", flat=True))
    if employee.pk in found:
        return "named"
    return "unit" if found else None


@dataclass
class EventForUser:
    event: Event
    reach: str | None
    mine: Registration | None


def get_event(event_id) -> Event:
    pk = positive_id(event_id)
    event = Event.objects.select_related("organiser").filter(pk=pk).first() if pk else None
    if event is None:
        raise Http404
    return event


def event_for_user(actor, event_id) -> EventForUser:
    """The event as this person may see it, or 404 (never telling whether it exists)."""
    event = get_event(event_id)
    employee = _employee(actor.employee_id)
    reach = reach_of(event, employee)
    mine = (Registration.objects.filter(event=event, employee_id=actor.employee_id).first()
            if actor.employee_id else None)
    registered = mine is not None and mine.status != seats.CANCELLED
    if not policy.can_view(actor, event, reach=reach, registered=registered):
        raise Http404
    return EventForUser(event, reach, mine)


def get_event_for_user(actor, event_id) -> Event:
    return event_for_user(actor, event_id).event


def get_managed_event(actor, event_id) -> Event:
    """An event this person organises; 404 for anyone else (they may not know its lists)."""
    event = get_event(event_id)
    if not policy.can_manage(actor, event):
        raise Http404
    return event


def _with_seats(queryset):
    return queryset.select_related("organiser").annotate(
        seats_taken=Count("registrations", filter=Q(registrations__status=seats.REGISTERED)),
        waiting=Count("registrations", filter=Q(registrations__status=seats.WAITING)))


def upcoming_for(actor, now=None):
    """Open or closed events not yet over that this person may join or is invited to."""
    now = now or timezone.now()
    employee = _employee(actor.employee_id)
    visible = Event.objects.filter(status__in=[workflow.OPEN, workflow.CLOSED], ends_at__gte=now)
    if actor.sees_whole_government:
        return _with_seats(visible).order_by("starts_at", "id")
    audience = Q(audience=policy.GOVERNMENT)
    if employee is not None:
        invited = Invitation.objects.filter(event=OuterRef("pk")).filter(_invited_q(employee))
        audience |= Exists(invited)
    return _with_seats(visible.filter(audience)).order_by("starts_at", "id")


def invitations_for(actor, now=None):
    """Events this employee is invited to (by name or through his unit), not yet over."""
    employee = _employee(actor.employee_id)
    if employee is None:
        return Event.objects.none()
    now = now or timezone.now()
    invited = Invitation.objects.filter(event=OuterRef("pk")).filter(_invited_q(employee))
    return (_with_seats(Event.objects.filter(status__in=workflow.VISIBLE, ends_at__gte=now)
                        .filter(Exists(invited))).order_by("starts_at", "id"))


def registrations_of(employee_id):
    return (Registration.objects.filter(employee_id=employee_id)
            .exclude(status=seats.CANCELLED).select_related("event", "event__organiser")
            .order_by("-event__starts_at", "-id"))


def past_for(actor, now=None):
    now = now or timezone.now()
    return (Event.objects.filter(status__in=[workflow.DONE, workflow.CLOSED, workflow.OPEN],
                                 ends_at__lt=now)
            .filter(Q(registrations__employee_id=actor.employee_id,
                      registrations__checked_in_at__isnull=False)
                    | Q(audience=policy.GOVERNMENT))
            .select_related("organiser").distinct().order_by("-starts_at", "-id"))


def organised_by(actor):
    agencies = policy.organising_agency_ids(actor)
    events = Event.objects.all() if agencies is None else Event.objects.filter(
        organiser_id__in=agencies)
    return _with_seats(events).order_by("-starts_at", "-id")


def seats_taken(event) -> int:
    return Registration.objects.filter(event=event, status=seats.REGISTERED).count()


def waiting_ids(event) -> list[int]:
    return list(Registration.objects.filter(event=event, status=seats.WAITING)
                .order_by("created_at", "id").values_list("pk", flat=True))


def registrations_for_organiser(event):
    return (Registration.objects.filter(event=event).select_related("employee", "employee__unit")
            .order_by("status", "employee__name", "id"))


def invitations_of(event):
    return (Invitation.objects.filter(event=event).select_related("unit", "employee")
            .order_by("id"))


def photos_of(event):
    return Photo.objects.filter(event=event).order_by("created_at", "id")


def get_photo_for_user(actor, event_id, photo_id) -> Photo:
    event = get_event_for_user(actor, event_id)
    pk = positive_id(photo_id)
    photo = Photo.objects.filter(event=event, pk=pk).first() if pk else None
    if photo is None:
        raise Http404
    return photo


def invitable_units():
    from abdi.org.models import Unit

    return Unit.objects.filter(is_active=True).order_by("path")


def agencies_for(actor):
    from abdi.org.models import Unit

    agencies = policy.organising_agency_ids(actor)
    roots = Unit.objects.filter(parent__isnull=True).order_by("sort_order", "name")
    return roots if agencies is None else roots.filter(pk__in=agencies)


def employee_by_nip(nip: str):
    from abdi.people.models import Employee

    return Employee.objects.filter(nip=str(nip or "").strip()[:18]).first()


# --- participation for leaders ---------------------------------------------------------------


@dataclass
class AgencyParticipation:
    agency_id: int
    name: str
    organised: int
    invitations: int
    registrations: int
    attended: int

    @property
    def rate(self) -> int:
        return attendance_rate(self.attended, self.registrations)


def _grouped(queryset, key: str, **counts) -> dict:
    return {row[key]: row for row in queryset.order_by().values(key).annotate(**counts)}


def participation_by_agency(instansi_id: int, start: datetime.date,
                            end: datetime.date) -> list[AgencyParticipation]:
    """Per perangkat daerah, for events starting in [start, end]: events organised, invitations
    received, registrations (seats) of its employees, attendance and the attendance rate.
    Five queries, whatever the number of agencies or events."""
    from abdi.org.models import Unit

    with within(instansi_id):
        period = Q(starts_at__date__gte=start, starts_at__date__lte=end)
        held = Event.objects.filter(period).exclude(status__in=[workflow.DRAFT, workflow.CANCELLED])
        agencies = list(Unit.objects.filter(parent__isnull=True).order_by("sort_order", "name")
                        .values_list("pk", "name"))
        organised = _grouped(held, "organiser_id", n=Count("id"))
        invitations = Invitation.objects.filter(event__in=held)
        by_unit = _grouped(invitations.filter(unit__isnull=False), "unit__agency_id", n=Count("id"))
        by_name = _grouped(invitations.filter(employee__isnull=False), "employee__agency_id",
                           n=Count("id"))
        seats_of = _grouped(
            Registration.objects.filter(event__in=held, status=seats.REGISTERED),
            "employee__agency_id", n=Count("id"),
            came=Count("id", filter=Q(checked_in_at__isnull=False)))
    rows = []
    for agency_id, name in agencies:
        regs = seats_of.get(agency_id, {})
        rows.append(AgencyParticipation(
            agency_id=agency_id, name=name,
            organised=organised.get(agency_id, {}).get("n", 0),
            invitations=(by_unit.get(agency_id, {}).get("n", 0)
                         + by_name.get(agency_id, {}).get("n", 0)),
            registrations=regs.get("n", 0), attended=regs.get("came", 0)))
    return rows
