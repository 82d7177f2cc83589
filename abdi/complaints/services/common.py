"""The one gate every status change goes through: lock, check the move, set the clock, record
the timeline line and the audit entry (STYLE.md habit 4)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record, snapshot
from abdi.core import insert_one
from abdi.core.errors import Conflict

from .. import queries
from ..models import Complaint, ComplaintEvent
from ..rules.clock import Stage, add_working_days
from ..rules.workflow import Status, may_move

# Never the reporter's identity: the audit log is read by more people than the coordinators.
AUDITED = ["status", "case_class", "agency", "unit", "assignee", "is_anonymous",
           "is_confidential", "stage", "stage_due", "completion_due", "merged_into", "handler"]


def locked(case: Complaint, version) -> Complaint:
    """The case re-read under lock; Conflict when it changed since `version` was read."""
    try:
        version = int(version)
    except (TypeError, ValueError):
        raise Conflict(_("The form is out of date; reload the page.")) from None
    current = (Complaint.objects.select_for_update(of=("self",))
               .select_related("agency", "unit", "instansi").get(pk=case.pk))
    if current.version != version:
        raise Conflict(_("Someone else changed this case in the meantime; reload it and redo "
                         "your change."))
    return current


class Context:
    """Today, the calendar and the settings of the case's government, read once per write."""

    def __init__(self, case, now=None):
        self.now = now or timezone.now()
        self.today = queries.today_of(case.instansi, self.now)
        self.weekdays, self.holidays = queries.calendar(case.instansi, self.today)
        self.conf = queries.settings_for(case.instansi_id)

    def due(self, start, days):
        return add_working_days(start, days, self.weekdays, self.holidays)


def set_clock(case, stage: Stage | None, start=None, limit=None, due=None, ctx=None) -> None:
    if stage is None:
        case.stage, case.stage_start, case.stage_due, case.stage_limit = "", None, None, None
        return
    case.stage, case.stage_start, case.stage_limit = stage.value, start, limit
    case.stage_due = due or ctx.due(start, limit)


def event(case, kind, *, actor=None, text="", public=False, status_from="", status_to="",
          at=None, label="") -> ComplaintEvent:
    user = getattr(actor, "user", None)
    line = ComplaintEvent(
        instansi_id=case.instansi_id, complaint=case, at=at or timezone.now(), kind=kind,
        text=text, public=public, status_from=status_from, status_to=status_to, by=user,
        by_label=label or (getattr(actor, "label", "") if user else ""))
    return insert_one.insert(line)


def move(case, target: Status, *, actor, ctx, text="", public_text=True, label="") -> None:
    """Change the status (checked against §2.5) and write the timeline line."""
    if not may_move(case.status, target):
        raise Conflict(_("This case is \"%(status)s\" and cannot be changed this way.")
                       % {"status": case.citizen_status})
    source = case.status
    case.status = target.value
    event(case, ComplaintEvent.Kind.STATUS, actor=actor, text=text, public=public_text,
          status_from=source, status_to=target.value, at=ctx.now, label=label)


def save(case, *, actor, before, action=AuditEntry.Action.UPDATE) -> Complaint:
    case.version += 1
    case.save()
    record(actor=actor, action=action, obj=case, before=before, after=snapshot(case, AUDITED),
           agency_id=case.agency_id)
    return case


def before_of(case) -> dict:
    return snapshot(case, AUDITED)
