"""Who may do what with events: the one place it is decided.

BKPSDM (HR admin) organises for the whole government; an agency admin and the head of a unit
(holder or Plt/Plh) organise for their own perangkat daerah. The organisers of an event's agency
manage it: invitations, registrations, check-in, photos and minutes. A draft is seen by them
only; an open event by its audience, whoever is invited or registered, and HR and leaders.
"""

from django.utils import timezone

from abdi.org.queries import units_led_by

from .rules import workflow

GOVERNMENT, AGENCIES, INVITED = "government", "agencies", "invited"


def _in_government(actor, instansi_id) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id and actor.instansi_id == instansi_id)


def led_agency_ids(actor) -> frozenset:
    """The perangkat daerah of the units this person heads today."""
    if not actor.employee_id or not actor.is_supervisor:
        return frozenset()
    units = units_led_by(actor.employee_id, on=timezone.localdate())
    return frozenset(unit.agency_id or unit.pk for unit in units)


def organising_agency_ids(actor) -> frozenset | None:
    """Agencies this person organises for; None means every agency (BKPSDM)."""
    if not actor.is_authenticated or not actor.instansi_id:
        return frozenset()
    if actor.is_hr_admin:
        return None
    return frozenset(actor.agency_ids) | led_agency_ids(actor)


def can_organise(actor) -> bool:
    agencies = organising_agency_ids(actor)
    return agencies is None or bool(agencies)


def can_organise_for(actor, agency_id) -> bool:
    agencies = organising_agency_ids(actor)
    return agencies is None or agency_id in agencies


def can_manage(actor, event) -> bool:
    return _in_government(actor, event.instansi_id) and can_organise_for(actor, event.organiser_id)


def in_audience(event, reach: str | None) -> bool:
    """`reach` is how the employee is invited: "named", "unit" or None."""
    if event.audience == GOVERNMENT:
        return True
    if event.audience == AGENCIES:
        return reach is not None
    return reach == "named"


def can_view(actor, event, *, reach: str | None = None, registered: bool = False) -> bool:
    if not _in_government(actor, event.instansi_id):
        return False
    if can_manage(actor, event):
        return True
    if event.status not in workflow.VISIBLE:
        return False
    return (actor.sees_whole_government or registered or reach is not None
            or event.audience == GOVERNMENT)


def can_register(actor, event, *, reach: str | None) -> bool:
    """An employee of the government in the event's audience (window and status are checked
    by the service, which says why)."""
    return (_in_government(actor, event.instansi_id) and actor.employee_id is not None
            and event.status in workflow.VISIBLE and in_audience(event, reach))


def can_cancel(actor, registration) -> bool:
    return actor.owns(registration.employee_id)


def can_check_in(actor, event) -> bool:
    return _in_government(actor, event.instansi_id) and actor.employee_id is not None


def can_see_participation(actor) -> bool:
    return bool(actor.is_authenticated and actor.instansi_id
                and (actor.is_admin or actor.is_leader))


def participation_agency_ids(actor) -> frozenset | None:
    """Rows of the participation report this person sees; None means every agency."""
    if actor.sees_whole_government:
        return None
    return frozenset(actor.agency_ids)


def can_export(actor, event) -> bool:
    return can_manage(actor, event)
