"""Reads of a team's work space. Every entry point starts from `get_team_for_user`, which answers
404 to whoever may not see the work space, and every object is then looked up within that team,
so a forged id of another team (or government) is 404 as well."""

from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404
from django.utils import timezone

from abdi.people.models import Employee
from abdi.teams import queries as teams_queries

from . import policy
from .models import Document, DocumentVersion, Meeting, Reply, TaskChange, TeamTask, Thread
from .rules import tasks as task_rules

NONE_SHOWN = "\u2013"  # an en dash, as the pages show an empty value
TASK_FIELDS = ("title", "description", "owner", "due_on", "status")


def get_team_for_user(actor, team_id):
    team = teams_queries.get_team_for_user(actor, team_id)
    if not policy.can_see(actor, team):
        raise Http404
    return team


def active_member_ids(team) -> list[int]:
    return list(teams_queries.active_member_ids(team))


def active_members(team) -> list:
    """The team's active members, by name, for the owner and attendee choices."""
    return list(Employee.objects.filter(pk__in=active_member_ids(team))
                .only("id", "name", "nip").order_by("name"))


# --- tasks ---------------------------------------------------------------------------------


def tasks_of(team, *, show: str = "all", employee_id: int | None = None, today=None) -> list:
    """The team's tasks for the chosen filter, each marked `overdue` and `owner_left`."""
    today = today or timezone.localdate()
    tasks = TeamTask.objects.filter(team=team).select_related("owner", "meeting")
    if show == "mine":
        tasks = tasks.filter(owner_id=employee_id)
    elif show == "open":
        tasks = tasks.filter(status__in=task_rules.UNFINISHED)
    elif show == "overdue":
        tasks = tasks.filter(status__in=task_rules.UNFINISHED, due_on__lt=today)
    members = set(active_member_ids(team))
    rows = list(tasks.order_by("status", "due_on", "id")[:500])
    for task in rows:
        _mark(task, members, today)
    return rows


def _mark(task, members: set, today) -> None:
    task.overdue = task_rules.is_overdue(task.status, task.due_on, today)
    task.owner_left = task.status != task_rules.DONE and task.owner_id not in members


def get_task(team, task_id) -> TeamTask:
    task = (TeamTask.objects.filter(team=team, pk=task_id)
            .select_related("owner", "meeting", "created_by").first())
    if task is None:
        raise Http404
    _mark(task, set(active_member_ids(team)), timezone.localdate())
    return task


def changes_of(task) -> list[dict]:
    """The task's history, readable: field labels, owner names and status labels (two queries)."""
    rows = list(TaskChange.objects.filter(task=task).select_related("by")[:100])
    owner_ids = {v for row in rows for v in row.changes.get("owner", []) if isinstance(v, int)}
    names = dict(Employee.objects.filter(pk__in=owner_ids).values_list("pk", "name"))
    statuses = dict(TeamTask.Status.choices)

    def shown(field, value):
        if value in (None, ""):
            return NONE_SHOWN
        if field == "owner":
            return names.get(value, NONE_SHOWN)
        if field == "status":
            return statuses.get(value, value)
        return value

    return [{"at": row.at, "by": row.by, "items": [
        (TeamTask._meta.get_field(field).verbose_name, shown(field, pair[0]), shown(field, pair[1]))
        for field, pair in row.changes.items() if field in TASK_FIELDS]} for row in rows]


# --- discussion ----------------------------------------------------------------------------


def threads_of(team) -> list:
    return list(Thread.objects.filter(team=team).select_related("author")[:200])


def get_thread(team, thread_id) -> Thread:
    thread = Thread.objects.filter(team=team, pk=thread_id).select_related("author").first()
    if thread is None:
        raise Http404
    return thread


def replies_of(thread) -> list:
    return list(Reply.objects.filter(thread=thread).select_related("author")[:1000])


def subscriber_ids(thread) -> set[int]:
    """Who hears of a reply: the thread's author and everyone who replied to it."""
    repliers = Reply.objects.filter(thread=thread).values_list("author_id", flat=True).distinct()
    return {thread.author_id, *repliers}


# --- documents -----------------------------------------------------------------------------


def documents_of(team) -> list:
    newest = DocumentVersion.objects.filter(document=OuterRef("pk")).order_by("-number")
    return list(Document.objects.filter(team=team).annotate(
        latest_filename=Subquery(newest.values("filename")[:1]),
        latest_by=Subquery(newest.values("uploaded_by__name")[:1]),
    )[:300])


def get_document(team, document_id) -> Document:
    document = Document.objects.filter(team=team, pk=document_id).first()
    if document is None:
        raise Http404
    return document


def versions_of(document) -> list:
    return list(DocumentVersion.objects.filter(document=document).select_related("uploaded_by"))


def get_version(document, version_id) -> DocumentVersion:
    version = DocumentVersion.objects.filter(document=document, pk=version_id).first()
    if version is None or not version.file:
        raise Http404
    return version


# --- meetings ------------------------------------------------------------------------------


def meetings_of(team) -> list:
    return list(Meeting.objects.filter(team=team).select_related("written_by").annotate(
        attendee_count=Count("attendees", distinct=True),
        follow_up_count=Count("follow_ups", distinct=True))[:200])


def get_meeting(team, meeting_id) -> Meeting:
    meeting = Meeting.objects.filter(team=team, pk=meeting_id).select_related("written_by").first()
    if meeting is None:
        raise Http404
    return meeting


def attendees_of(meeting) -> list:
    return [a.employee for a in meeting.attendees.select_related("employee")
            .order_by("employee__name")]


def follow_ups_of(meeting) -> list:
    return list(TeamTask.objects.filter(meeting=meeting).select_related("owner"))


def due_tomorrow_unreminded(day) -> list:
    """Unfinished tasks due on `day` whose reminder for that date has not gone out yet."""
    return list(TeamTask.objects.filter(due_on=day, status__in=task_rules.UNFINISHED)
                .filter(Q(reminded_for__isnull=True) | ~Q(reminded_for=day))
                .select_related("team"))
