"""Making and editing a team; appointing its lead (issue 8 item 1)."""

from django.db import transaction
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import snapshot
from abdi.core.dates import clean_date
from abdi.core.errors import DomainError, Forbidden, NotFound
from abdi.org.models import Unit

from .. import policy
from ..models import Membership, Team
from ..rules.dates import period_ok
from ..rules.membership import MemberStatus
from . import membership as membership_services
from . import mirror
from .common import (
    audit,
    check_version,
    clean_id,
    clean_text,
    hr_employee_ids,
    in_house_language,
    optional_text,
    tell,
)

TEAM_FIELDS = ["name", "mandate", "sk_number", "sk_date", "coordinating_agency", "lead", "status",
               "starts_on", "ends_on"]
MAX_MANDATE = 5000


def _agency(actor, agency_id) -> Unit:
    agency = Unit.objects.filter(pk=clean_id(agency_id, "coordinating_agency"),
                                 parent__isnull=True).first()
    if agency is None:
        raise NotFound(_("Choose a perangkat daerah of this government."),
                       field="coordinating_agency")
    if actor.is_agency_admin and not actor.sees_whole_government and not actor.is_supervisor \
            and agency.pk not in actor.agency_ids:
        raise Forbidden(_("An agency admin makes teams coordinated by his own perangkat daerah."),
                        field="coordinating_agency")
    return agency


def _values(actor, data) -> dict:
    starts_on = clean_date(data.get("starts_on"), "starts_on")
    ends_on = clean_date(data.get("ends_on"), "ends_on")
    if not period_ok(starts_on, ends_on):
        raise DomainError(_("A team can not end before it starts."), field="ends_on")
    sk_number = optional_text(data.get("sk_number"), "sk_number", high=100)
    return {
        "name": clean_text(data.get("name"), "name", low=3, high=200),
        "mandate": clean_text(data.get("mandate"), "mandate", low=10, high=MAX_MANDATE,
                              one_line=False),
        "sk_number": sk_number,
        "sk_date": clean_date(data.get("sk_date"), "sk_date", required=False),
        "coordinating_agency": _agency(actor, data.get("coordinating_agency")),
        "starts_on": starts_on, "ends_on": ends_on,
    }


@transaction.atomic
def create_team(*, actor, data: dict) -> Team:
    """A team with its lead; the lead is invited like any member (his atasan agrees too)."""
    if not policy.can_create(actor):
        raise Forbidden(_("Teams are made by HR, an agency admin or a head of a unit."))
    if not str(data.get("lead") or "").strip():
        raise DomainError(_("A team needs a lead (ketua)."), field="lead")
    values = _values(actor, data)
    lead = membership_services.serving_employee(clean_id(data.get("lead"), "lead"))
    team = Team.objects.create(instansi_id=actor.instansi_id, lead=lead,
                               created_by_id=actor.employee_id, created_by_user=actor.user,
                               **values)
    audit(actor, AuditEntry.Action.CREATE, team, after=snapshot(team, TEAM_FIELDS),
          agency_id=team.coordinating_agency_id)
    membership_services.add_member(actor=actor, team=team, employee=lead,
                                   role=Membership.Role.LEAD)
    policy.forget(actor)
    return team


@transaction.atomic
def edit_team(*, actor, team, data: dict, expected_version=None) -> Team:
    locked = Team.objects.select_for_update().get(pk=team.pk)
    if not policy.can_edit(actor, locked):
        raise Forbidden(_("Only the lead edits the team."))
    check_version(locked, expected_version)
    values = _values(actor, {**data, "coordinating_agency": data.get(
        "coordinating_agency") or locked.coordinating_agency_id})
    status = data.get("status") or locked.status
    if status not in Team.Status.values:
        raise DomainError(_("Choose a status from the list."), field="status")
    before = snapshot(locked, TEAM_FIELDS)
    renamed = values["name"] != locked.name
    for name, value in values.items():
        setattr(locked, name, value)
    locked.status = status
    locked.version += 1
    locked.save()
    audit(actor, AuditEntry.Action.UPDATE, locked, before=before,
          after=snapshot(locked, TEAM_FIELDS), agency_id=locked.coordinating_agency_id)
    if renamed:
        mirror.rename(locked)
    mirror.attach_all(locked)  # new dates may touch another SKP year
    return locked


@transaction.atomic
def appoint_lead(*, actor, team, membership_id, expected_version=None) -> Team:
    """HR or the creator names a new lead from the active members (after the lead left)."""
    locked = Team.objects.select_for_update().get(pk=team.pk)
    if not policy.can_appoint_lead(actor, locked):
        raise Forbidden(_("Only HR or the creator of the team appoints its lead."))
    check_version(locked, expected_version)
    chosen = Membership.objects.select_related("employee").filter(
        team=locked, pk=clean_id(membership_id, "membership"), status=MemberStatus.ACTIVE).first()
    if chosen is None:
        raise DomainError(_("Choose the new lead among the active members."), field="membership")
    before = snapshot(locked, TEAM_FIELDS)
    Membership.objects.filter(team=locked, role=Membership.Role.LEAD).update(
        role=Membership.Role.MEMBER)
    Membership.objects.filter(pk=chosen.pk).update(role=Membership.Role.LEAD)
    locked.lead_id = chosen.employee_id
    locked.version += 1
    locked.save()
    audit(actor, AuditEntry.Action.UPDATE, locked, before=before,
          after=snapshot(locked, TEAM_FIELDS), agency_id=locked.coordinating_agency_id)
    members = list(Membership.objects.filter(team=locked, status=MemberStatus.ACTIVE)
                   .values_list("employee_id", flat=True))
    with in_house_language():
        tell(members, team=locked, message=_("%(name)s is now the lead of the team %(team)s.")
             % {"name": chosen.employee.name, "team": locked.name})
    policy.forget(actor)
    return locked


def tell_lead_missing(team) -> None:
    """The team lost its lead: the creator, HR and the members are told (once each)."""
    members = list(Membership.objects.filter(team=team, status=MemberStatus.ACTIVE)
                   .values_list("employee_id", flat=True))
    with in_house_language():
        tell([team.created_by_id, *hr_employee_ids(), *members], team=team,
             key=f"team-no-lead:{team.pk}",
             message=_("The team %(team)s has no lead: HR or its creator appoints a new one "
                       "among the active members.") % {"team": team.name})
