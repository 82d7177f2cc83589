"""Reading teams: one team for a viewer (404 when not theirs), lists, queues, the overview."""

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from abdi.core.ids import positive_id
from abdi.people.models import Employee

from . import policy
from .models import Membership, RealisationUpdate, Team, TeamIndicator, TeamResult
from .rules.membership import MemberStatus

PAGE_SIZE = 20
LIST_COLUMNS = ("instansi_id", "name", "coordinating_agency_id", "lead_id", "status", "starts_on",
                "ends_on", "coordinating_agency__name")
MEMBER_COLUMNS = ("team_id", "employee_id", "agency_id", "role", "status", "member_answer", "version",
                  "atasan_id", "atasan_answer", "weight", "joined_at", "employee__name",
                  "agency__name")


def _team(team_id):
    pk = positive_id(team_id)
    if pk is None:
        return None
    return Team.objects.select_related("lead", "coordinating_agency").filter(pk=pk).first()


def get_team_for_user(actor, team_id) -> Team:
    """The team if the actor may see it; Http404 otherwise (also for another government)."""
    team = _team(team_id)
    if team is None or not policy.can_see_team(actor, team):
        raise Http404
    return team


def get_team_for_update(team_id) -> Team:
    """Locks the team row (services; call inside a transaction)."""
    pk = positive_id(team_id)
    team = Team.objects.select_for_update().filter(pk=pk).first() if pk else None
    if team is None:
        raise Http404
    return team


def active_member_ids(team) -> list[int]:
    """Employee ids of the active members (the lead included once he is active)."""
    return list(Membership.objects.filter(team_id=team.pk, status=MemberStatus.ACTIVE)
                .order_by("id").values_list("employee_id", flat=True))


def active_memberships(team):
    return Membership.objects.filter(team_id=team.pk, status=MemberStatus.ACTIVE).order_by("id")


def memberships_for_page(team) -> list[Membership]:
    """Every membership of the team (one query, only the columns the page and the policy need:
    an employee row is wide). Declined and refused rows are few; the page lists LISTED ones."""
    return list(Membership.objects.filter(team_id=team.pk)
                .select_related("employee", "agency")
                .only(*MEMBER_COLUMNS).order_by("role", "employee__name", "id"))


def results_for_page(team) -> list[TeamResult]:
    """Results with their indicators (two queries whatever their number)."""
    return list(TeamResult.objects.filter(team_id=team.pk).prefetch_related(
        Prefetch("indicators", queryset=TeamIndicator.objects.order_by("order", "id"))))


def indicators_of(team):
    return TeamIndicator.objects.filter(team_id=team.pk).select_related("result") \
        .order_by("result__order", "result_id", "order", "id")


def recent_updates(team, limit: int = 10):
    return list(RealisationUpdate.objects.filter(indicator__team_id=team.pk)
                .select_related("indicator").order_by("-at", "-id")[:limit])


def get_membership_for_user(actor, membership_id) -> Membership:
    """A membership the actor answers (as the member or the atasan asked) or whose team he sees."""
    pk = positive_id(membership_id)
    row = (Membership.objects.select_related("team", "employee", "agency", "team__lead")
           .filter(pk=pk).first() if pk else None)
    if row is None or not (policy.can_answer_invitation(actor, row)
                           or policy.can_answer_as_atasan(actor, row)
                           or policy.can_see_team(actor, row.team)):
        raise Http404
    return row


def membership_of_team(team, membership_id) -> Membership:
    """One membership of this team (the team already checked for the viewer); 404 otherwise."""
    pk = positive_id(membership_id)
    row = (Membership.objects.select_related("employee").filter(pk=pk, team_id=team.pk).first()
           if pk else None)
    if row is None:
        raise Http404
    return row


def my_invitations(actor):
    if not actor.employee_id:
        return Membership.objects.none()
    return (Membership.objects.filter(employee_id=actor.employee_id, status=MemberStatus.PENDING,
                                      member_answer="pending")
            .select_related("team", "team__lead").order_by("invited_at", "id"))


def atasan_queue(actor):
    """Memberships waiting for this atasan's agreement."""
    if not actor.employee_id:
        return Membership.objects.none()
    return (Membership.objects.filter(atasan_id=actor.employee_id, atasan_answer="pending",
                                      status__in=[MemberStatus.PENDING, MemberStatus.REAPPROVAL])
            .select_related("team", "employee", "agency").order_by("invited_at", "id"))


def visible_teams(actor):
    """Teams on the actor's list: his own teams; the whole government for HR and leaders; the
    teams of his agencies (coordinated, or with a member from them) for an agency admin."""
    if not (actor.is_authenticated and actor.instansi_id):
        return Team.objects.none()
    if policy.sees_all_teams(actor):
        return Team.objects.all()
    own = Q(pk__in=Membership.objects.filter(employee_id=actor.employee_id).values("team_id")) \
        if actor.employee_id else Q(pk__in=[])
    own |= Q(lead_id=actor.employee_id) if actor.employee_id else Q(pk__in=[])
    own |= Q(created_by_user_id=actor.user.pk)
    if actor.is_agency_admin and actor.agency_ids:
        own |= Q(coordinating_agency_id__in=list(actor.agency_ids))
    return Team.objects.filter(own)


def team_list(actor, *, status: str = "", agency: int | None = None, search: str = ""):
    teams = visible_teams(actor)
    if status in Team.Status.values:
        teams = teams.filter(status=status)
    if agency:
        teams = teams.filter(coordinating_agency_id=agency)
    search = (search or "").strip()[:100]
    if search:
        teams = teams.filter(name__icontains=search)
    # The lead is fetched for the page's rows apart: joined, the nullable lead made PostgreSQL
    # hash the whole employee table (60,000 rows, 20 ms) to show 20 names. The member counts
    # come after paging (with_active_counts): a counted subquery ran for every skipped row too.
    # Only the columns the list shows: employee and unit rows are wide.
    return (teams.select_related("coordinating_agency")
            .prefetch_related(Prefetch("lead", queryset=Employee.objects.only("id", "name")))
            .only(*LIST_COLUMNS).order_by("name", "id"))


def with_active_counts(teams: list) -> list:
    """Set `active_count` on each team of a page, in one query."""
    counts = dict(Membership.objects.filter(team__in=teams, status=MemberStatus.ACTIVE)
                  .order_by().values_list("team_id").annotate(n=Count("id")))
    for team in teams:
        team.active_count = counts.get(team.pk, 0)
    return teams


def list_agencies(actor) -> list[tuple[int, str]]:
    """(id, name) of the perangkat daerah offered as a filter of the list."""
    from abdi.org.queries import agencies

    found = agencies()
    if not policy.sees_all_teams(actor) and actor.is_agency_admin:
        found = found.filter(pk__in=list(actor.agency_ids))
    return list(found.values_list("pk", "name"))


def agencies_for_form(actor):
    """Coordinating agencies a creator may pick: his own for an agency admin only."""
    from abdi.org.queries import agencies

    found = agencies()
    if actor.is_agency_admin and not (actor.is_hr_admin or actor.is_supervisor):
        found = found.filter(pk__in=list(actor.agency_ids))
    return found


def version_of(value) -> int | None:
    raw = str(value if value is not None else "").strip()
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def feedback_for_page(actor, team, sees_all: bool) -> list:
    """The lead's feedback on members' collaborative results: all of it for the lead and those
    overseeing the team, a member's own otherwise (two queries)."""
    from abdi.performance.models import Feedback

    from .models import SkpMirror

    anchors = SkpMirror.objects.filter(membership__team_id=team.pk, team_indicator__isnull=True)
    if not sees_all:
        if not actor.employee_id:
            return []
        anchors = anchors.filter(membership__employee_id=actor.employee_id)
    owner_of = dict(anchors.values_list("skp_result_id", "membership__employee__name"))
    if not owner_of:
        return []
    entries = list(Feedback.objects.filter(target=Feedback.Target.RESULT,
                                           target_id__in=list(owner_of))
                   .select_related("author").order_by("-created_at", "-id")[:50])
    for entry in entries:
        entry.member_name = owner_of.get(entry.target_id, "")
    return entries


def overview(actor) -> dict:
    """The leaders' overview: active teams with progress, members' load, teams per agency."""
    from django.db.models import Sum

    from .rules.progress import bar_width, mean_percent

    teams = visible_teams(actor)
    active = list(teams.filter(status=Team.Status.ACTIVE).select_related("lead",
                                                                         "coordinating_agency")
                  .annotate(active_count=Count("memberships", filter=Q(
                      memberships__status=MemberStatus.ACTIVE)))
                  .order_by("name", "id")[:200])
    pairs: dict[int, list] = {}
    for team_id, realised, target in TeamIndicator.objects.filter(
            team_id__in=[t.pk for t in active]).values_list("team_id", "realised", "target_value"):
        pairs.setdefault(team_id, []).append((realised, target))
    for team in active:
        team.progress = mean_percent(pairs.get(team.pk, []))
        team.bar = bar_width(team.progress)
    load = list(Membership.objects.filter(status=MemberStatus.ACTIVE,
                                          team__status=Team.Status.ACTIVE,
                                          team__in=teams.values("pk"))
                .values("employee_id", "employee__name", "agency__name")
                .annotate(teams=Count("team_id", distinct=True), weight=Sum("weight"))
                .order_by("-teams", "-weight", "employee__name")[:20])
    per_agency = list(teams.values("coordinating_agency__name")
                      .annotate(total=Count("id"),
                                active=Count("id", filter=Q(status=Team.Status.ACTIVE)))
                      .order_by("-total", "coordinating_agency__name")[:50])
    return {"active_teams": active, "load": load, "per_agency": per_agency}


def employee_id_from(raw: str) -> str:
    """The invitation form sends an id, or a NIP typed by hand (18 digits)."""
    raw = str(raw or "").strip()
    if len(raw) == 18 and raw.isdigit():
        from abdi.people.models import Employee

        found = Employee.objects.filter(nip=raw).values_list("pk", flat=True).first()
        return str(found) if found else "0"
    return raw


def candidates(text: str, limit: int = 10):
    """Serving employees of the government whose name or NIP matches (any perangkat daerah)."""
    from abdi.people.choices import EmployeeStatus
    from abdi.people.models import Employee

    text = " ".join(str(text or "").split())[:60]
    if len(text) < 3:
        return []
    return list(Employee.objects.filter(status__in=EmployeeStatus.serving())
                .filter(Q(name__icontains=text) | Q(nip__startswith=text))
                .select_related("agency").order_by("name", "id")[:limit])


def get_indicator(team, indicator_id) -> TeamIndicator:
    pk = positive_id(indicator_id)
    found = TeamIndicator.objects.filter(team_id=team.pk, pk=pk).first() if pk else None
    if found is None:
        raise Http404
    return found


def indicator_history(indicator, limit: int = 30):
    return list(RealisationUpdate.objects.filter(indicator=indicator).order_by("-at", "-id")[:limit])
