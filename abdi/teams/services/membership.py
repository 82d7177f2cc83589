"""Invitations and both answers: the member's and the member's atasan's (issue 8 item 1).

Only when both agreed is the member active; then the team's result enters his SKP.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import snapshot
from abdi.core.errors import Conflict, DomainError, Forbidden, NotFound
from abdi.org.queries import supervisor_of
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee

from .. import policy
from ..models import Membership
from ..rules.membership import LIVE, Answer, MemberStatus, status_after
from . import mirror
from .common import audit, check_version, clean_id, in_house_language, tell

FIELDS = ["status", "member_answer", "atasan", "atasan_answer", "atasan_reason", "weight", "role"]
MAX_REASON = 500


def serving_employee(employee_id) -> Employee:
    """An employee of the scoped government still serving; another government's is not found."""
    found = (Employee.objects.select_related("unit", "position", "position__unit")
             .filter(pk=employee_id).first())
    if found is None:
        raise NotFound(_("No such employee in this government."), field="employee")
    if found.status not in EmployeeStatus.serving():
        raise DomainError(_("%(name)s is no longer serving and can not join a team.")
                          % {"name": found.name}, field="employee")
    return found


def _atasan_id(employee) -> int | None:
    leader = supervisor_of(employee, on=timezone.localdate())
    return leader.pk if leader is not None else None


def _settle(membership: Membership, *, moved=False) -> None:
    """Derive the status from both answers; an activation mirrors the team into the SKP."""
    membership.status = status_after(membership.member_answer, membership.atasan_answer,
                                     moved=moved)
    if membership.status == MemberStatus.ACTIVE and membership.joined_at is None:
        membership.joined_at = timezone.now()


def _after_activation(team, membership) -> None:
    if membership.status == MemberStatus.ACTIVE:
        mirror.attach(team, [membership])
        mirror.refresh(team)


def add_member(*, actor, team, employee, role=Membership.Role.MEMBER) -> Membership:
    """Invite (or re-invite after a refusal); inside the caller's transaction."""
    existing = Membership.objects.select_for_update().filter(team=team, employee=employee).first()
    if existing is not None and existing.status in LIVE:
        raise Conflict(_("%(name)s is already in this team or invited.") % {"name": employee.name},
                       field="employee")
    row = existing or Membership(instansi_id=team.instansi_id, team=team, employee=employee)
    before = snapshot(row, FIELDS) if existing else None
    atasan_id = _atasan_id(employee)
    row.agency_id, row.role, row.weight = employee.agency_id, role, 0
    row.atasan_id, row.atasan_reason = atasan_id, ""
    row.member_answer = Answer.YES if actor.owns(employee.pk) else Answer.PENDING
    # No atasan inside the organisation (an agency head), or the atasan invites himself: agreed.
    row.atasan_answer = (Answer.YES if atasan_id is None or atasan_id == actor.employee_id
                         else Answer.PENDING)
    row.invited_at, row.ended_at, row.end_reason = timezone.now(), None, ""
    _settle(row)
    if existing is not None:
        row.version += 1
    row.save()
    audit(actor, AuditEntry.Action.UPDATE if existing else AuditEntry.Action.CREATE, row,
          before=before, after=snapshot(row, FIELDS), employee_id=employee.pk,
          agency_id=employee.agency_id)
    with in_house_language():
        if row.member_answer == Answer.PENDING:
            tell([employee.pk], team=team, key=f"team-invite:{row.pk}:{row.version}",
                 link=reverse("teams:invitation", kwargs={"membership_id": row.pk}),
                 message=_("You are invited to the team %(team)s. Please accept or decline.")
                 % {"team": team.name})
        if row.atasan_answer == Answer.PENDING:
            tell([atasan_id], team=team, key=f"team-atasan:{row.pk}:{row.version}",
                 link=reverse("teams:approvals"),
                 message=_("%(name)s is invited to the team %(team)s. Please agree or refuse.")
                 % {"name": employee.name, "team": team.name})
    _after_activation(team, row)
    return row


@transaction.atomic
def invite(*, actor, team, employee_id) -> Membership:
    if not policy.can_invite(actor, team):
        raise Forbidden(_("Only the lead of an active team invites members."))
    employee = serving_employee(clean_id(employee_id, "employee"))
    row = add_member(actor=actor, team=team, employee=employee)
    policy.forget(actor)
    return row


def _lock(membership, expected_version) -> Membership:
    locked = Membership.objects.select_for_update().select_related("team", "employee") \
        .get(pk=membership.pk)
    check_version(locked, expected_version)
    return locked


@transaction.atomic
def answer_invitation(*, actor, membership, accept: bool, expected_version=None) -> Membership:
    row = _lock(membership, expected_version)
    if not policy.can_answer_invitation(actor, row):
        raise NotFound(_("This invitation is not yours."))
    if row.member_answer != Answer.PENDING or row.status != MemberStatus.PENDING:
        raise Conflict(_("You already answered this invitation."))
    before = snapshot(row, FIELDS)
    row.member_answer = Answer.YES if accept else Answer.NO
    _settle(row)
    row.version += 1
    row.save()
    audit(actor, AuditEntry.Action.UPDATE, row, before=before, after=snapshot(row, FIELDS),
          employee_id=row.employee_id, agency_id=row.agency_id)
    team = row.team
    with in_house_language():
        message = (_("%(name)s accepted to join the team %(team)s.") if accept
                   else _("%(name)s declined to join the team %(team)s."))
        tell([team.lead_id], team=team, message=message % {"name": row.employee.name,
                                                           "team": team.name})
    _after_activation(team, row)
    policy.forget(actor)
    return row


@transaction.atomic
def atasan_decision(*, actor, membership, agree: bool, reason: str = "",
                    expected_version=None) -> Membership:
    row = _lock(membership, expected_version)
    if not policy.can_answer_as_atasan(actor, row):
        raise NotFound(_("This request is not addressed to you."))
    if row.atasan_answer != Answer.PENDING or row.status not in (MemberStatus.PENDING,
                                                                 MemberStatus.REAPPROVAL):
        raise Conflict(_("You already answered this request."))
    reason = " ".join(str(reason or "").split())
    if not agree and not reason:
        raise DomainError(_("Say why you refuse."), field="reason")
    if len(reason) > MAX_REASON:
        raise DomainError(_("Write at most %(n)d characters.") % {"n": MAX_REASON}, field="reason")
    before = snapshot(row, FIELDS)
    moved = row.status == MemberStatus.REAPPROVAL
    row.atasan_answer, row.atasan_reason = (Answer.YES if agree else Answer.NO), reason
    _settle(row, moved=moved)
    if row.status == MemberStatus.REFUSED and moved:
        row.ended_at, row.end_reason = timezone.now(), "refused by the new atasan"
    row.version += 1
    row.save()
    audit(actor, AuditEntry.Action.UPDATE, row, before=before, after=snapshot(row, FIELDS),
          employee_id=row.employee_id, agency_id=row.agency_id)
    team = row.team
    with in_house_language():
        if agree:
            message = _("The atasan of %(name)s agreed to the membership in the team %(team)s.")
        else:
            message = _("The atasan of %(name)s refused the membership in the team %(team)s: "
                        "%(reason)s")
        tell([row.employee_id, team.lead_id], team=team,
             message=message % {"name": row.employee.name, "team": team.name, "reason": reason})
    _after_activation(team, row)
    return row


@transaction.atomic
def end_membership(*, actor, membership, reason: str, expected_version=None) -> Membership:
    """The lead ends a member's place, or withdraws an invitation not yet active. The weight and
    the member's SKP values stay as they were (frozen, like a member who left); the lead is
    changed first, never ended."""
    row = _lock(membership, expected_version)
    team = row.team
    if not policy.can_manage(actor, team):
        raise Forbidden(_("Only the lead of an active team ends a membership."))
    if row.status not in LIVE:
        raise Conflict(_("This membership has already ended."))
    if row.employee_id == team.lead_id:
        raise Conflict(_("The lead's place does not end here: appoint another lead first."))
    reason = " ".join(str(reason or "").split())
    if not reason:
        raise DomainError(_("Say why the membership ends."), field="reason")
    if len(reason) > MAX_REASON:
        raise DomainError(_("Write at most %(n)d characters.") % {"n": MAX_REASON}, field="reason")
    before = snapshot(row, FIELDS)
    withdrawn = row.joined_at is None
    row.status, row.ended_at = MemberStatus.ENDED, timezone.now()
    row.end_reason = ("invitation withdrawn: " if withdrawn else "ended by the lead: ") + reason
    row.end_reason = row.end_reason[:200]
    row.version += 1
    row.save()
    audit(actor, AuditEntry.Action.UPDATE, row, before=before, after=snapshot(row, FIELDS),
          employee_id=row.employee_id, agency_id=row.agency_id)
    with in_house_language():
        message = (_("Your invitation to the team %(team)s was withdrawn: %(reason)s") if withdrawn
                   else _("Your membership in the team %(team)s was ended by the lead: %(reason)s"))
        tell([row.employee_id], team=team, message=message % {"team": team.name, "reason": reason})
    policy.forget(actor)
    return row
