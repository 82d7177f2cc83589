"""Members who left the government or moved to another perangkat daerah (issue 8 item 7).

Run daily (command teams_membership_sweep) and whenever the lead opens the team page:
- left (no longer serving): the membership ends; weight and mirrored SKP values stay, frozen;
- moved: the new atasan is asked to agree again (status "waiting for the new atasan");
- either way the lead is told to rebalance the weights; a team whose lead left is flagged
  "no lead" to its creator, HR and members.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.org.queries import supervisor_of
from abdi.people.choices import EmployeeStatus

from ..models import Membership, Team
from ..rules.membership import LIVE, Answer, MemberStatus, status_after
from .common import audit, in_house_language, tell
from .membership import _atasan_id
from .teams import tell_lead_missing


@dataclass
class SweepReport:
    ended: list[int] = field(default_factory=list)
    moved: list[int] = field(default_factory=list)
    lead_missing: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.ended or self.moved or self.lead_missing)


def _stale():
    """Live memberships whose employee left the government or changed perangkat daerah."""
    return (Membership.objects.filter(status__in=list(LIVE))
            .filter(~Q(employee__status__in=EmployeeStatus.serving())
                    | ~Q(employee__agency_id=F("agency_id"))))


def needs_sweep(team) -> bool:
    return _stale().filter(team_id=team.pk).exists()


@transaction.atomic
def sweep_team(team, *, actor=None) -> SweepReport:
    report = SweepReport()
    team = Team.objects.select_for_update().get(pk=team.pk)
    rows = list(_stale().filter(team_id=team.pk).select_for_update(of=("self",))
                .select_related("employee", "employee__unit", "employee__position"))
    now = timezone.now()
    for row in rows:
        employee = row.employee
        if employee.status not in EmployeeStatus.serving():
            row.status, row.ended_at = MemberStatus.ENDED, now
            row.end_reason = "left the government"
            report.ended.append(row.employee_id)
            if team.lead_id == row.employee_id:
                team.lead_id, report.lead_missing = None, True
        else:
            row.agency_id = employee.agency_id
            row.atasan_id = _atasan_id(employee)
            row.atasan_answer = Answer.YES if row.atasan_id is None else Answer.PENDING
            row.status = status_after(row.member_answer, row.atasan_answer,
                                      moved=row.joined_at is not None)
            report.moved.append(row.employee_id)
            if row.atasan_answer == Answer.PENDING:
                with in_house_language():
                    tell([row.atasan_id], team=team, key=f"team-atasan:{row.pk}:{row.version + 1}",
                         link=reverse("teams:approvals"),
                         message=_("%(name)s, now in your unit, is a member of the team "
                                   "%(team)s. Please agree or refuse.")
                         % {"name": employee.name, "team": team.name})
        row.version += 1
        row.save()
        audit(actor, AuditEntry.Action.UPDATE, row, before={"employee": row.employee_id},
              after={"status": row.status, "agency": row.agency_id}, employee_id=row.employee_id)
    if report.lead_missing:
        team.version += 1
        team.save(update_fields=["lead", "version", "updated_at"])
        Membership.objects.filter(team=team, role=Membership.Role.LEAD).update(
            role=Membership.Role.MEMBER)
        tell_lead_missing(team)
    elif report.ended or report.moved:
        with in_house_language():
            tell([team.lead_id], team=team, key=f"team-rebalance:{team.pk}:{team.version}",
                 message=_("Members of the team %(team)s changed: please rebalance the "
                           "contribution weights.") % {"team": team.name})
    return report


def refresh_atasan() -> int:
    """Live memberships of the scoped government whose atasan is no longer the member's atasan
    (a new head of the same unit, a reorganisation): the agreement was given for the post, so the
    new atasan takes it over (a pending request moves to him) and is told. Returns how many."""
    today = timezone.localdate()
    current: dict[int, int | None] = {}
    changed = 0
    rows = (Membership.objects.filter(status__in=list(LIVE), employee__agency_id=F("agency_id"),
                                      employee__status__in=EmployeeStatus.serving())
            .select_related("team", "employee", "employee__unit", "employee__position")
            .order_by("employee_id", "id"))
    for row in rows.iterator(chunk_size=1000):
        if row.employee_id not in current:
            leader = supervisor_of(row.employee, on=today)
            current[row.employee_id] = leader.pk if leader is not None else None
        atasan_id = current[row.employee_id]
        if atasan_id == row.atasan_id:
            continue
        with transaction.atomic():
            locked = Membership.objects.select_for_update().get(pk=row.pk)
            if locked.atasan_id != row.atasan_id or locked.status not in LIVE:
                continue  # answered or changed meanwhile: the next run looks again
            before = locked.atasan_id
            locked.atasan_id = atasan_id
            if atasan_id is None and locked.atasan_answer == Answer.PENDING:
                locked.atasan_answer = Answer.YES  # no atasan inside the organisation any more
                locked.status = status_after(locked.member_answer, locked.atasan_answer,
                                             moved=locked.status == MemberStatus.REAPPROVAL)
            locked.version += 1
            locked.save()
            audit(None, AuditEntry.Action.UPDATE, locked, before={"atasan": before},
                  after={"atasan": atasan_id}, employee_id=locked.employee_id)
            if atasan_id is not None:
                _tell_new_atasan(locked, row.team, row.employee)
        changed += 1
    return changed


def _tell_new_atasan(row, team, employee) -> None:
    with in_house_language():
        if row.atasan_answer == Answer.PENDING:
            tell([row.atasan_id], team=team, key=f"team-atasan:{row.pk}:{row.version}",
                 link=reverse("teams:approvals"),
                 message=_("%(name)s is invited to the team %(team)s. Please agree or refuse.")
                 % {"name": employee.name, "team": team.name})
        else:
            tell([row.atasan_id], team=team, key=f"team-atasan-took-over:{row.pk}:{row.version}",
                 message=_("%(name)s, in your unit, is a member of the team %(team)s (agreed by "
                           "the previous atasan).") % {"name": employee.name, "team": team.name})


def sweep_government() -> int:
    """Every active team of the scoped government with a stale membership; returns how many."""
    team_ids = list(_stale().filter(team__status=Team.Status.ACTIVE)
                    .values_list("team_id", flat=True).distinct())
    for team in Team.objects.filter(pk__in=team_ids):
        sweep_team(team)
    return len(team_ids)
