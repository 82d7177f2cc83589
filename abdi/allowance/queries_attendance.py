"""Reading attendance imports and leave for the attendance pages (the request's scope names the
government, so another government's rows are simply not found).

Who may do what is decided by services.attendance (can_import_punches, administers); these
readers take what that decision narrows to (`created_by_id`, `agency_ids`) and answer 404 for
anything outside it.
"""

from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from abdi.org import queries as org_queries
from abdi.people.models import Employee

from .models import AttendanceImport, AttendancePunch, LeaveRecord

MAX_ID = 2**63 - 1  # beyond the database's integer range a lookup overflows instead of missing
OWN_LEAVE_LIMIT = 100


def parse_id(raw) -> int | None:
    text = str(raw or "")
    return int(text) if text.isdigit() and 0 < int(text) <= MAX_ID else None


def imports(*, created_by_id=None):
    """Imports newest first, without their reports; only those of `created_by_id` when given."""
    rows = AttendanceImport.objects.select_related("created_by").defer("report")
    return rows if created_by_id is None else rows.filter(created_by_id=created_by_id)


def get_import(pk, *, created_by_id=None) -> AttendanceImport:
    batch_id = parse_id(pk)
    batch = (AttendanceImport.objects.select_related("created_by").filter(pk=batch_id).first()
             if batch_id else None)
    if batch is None or (created_by_id is not None and batch.created_by_id != created_by_id):
        raise Http404
    return batch


def punched_employee_ids(batch: AttendanceImport) -> list[int]:
    """The employees whose punches this import stored (their days are the ones to recompute)."""
    return sorted(set(AttendancePunch.objects.filter(batch=batch)
                      .values_list("employee_id", flat=True).distinct()))


def own_leave(employee_id: int) -> list[LeaveRecord]:
    """An employee's leave and dinas luar, latest first."""
    return list(LeaveRecord.objects.filter(employee_id=employee_id)
                .select_related("approved_by").order_by("-first_day", "-pk")[:OWN_LEAVE_LIMIT])


def pending_leave(sight: Q):
    """Requests waiting for a decision within `sight` (approvable_filter), oldest first."""
    return (LeaveRecord.objects.filter(sight, status=LeaveRecord.Status.PENDING)
            .select_related("employee").order_by("first_day", "pk"))


def get_leave_to_decide(pk, sight: Q | None) -> LeaveRecord:
    """A request within `sight` (any status, so deciding twice is told, not hidden)."""
    leave_id = parse_id(pk)
    leave = None
    if leave_id and sight is not None:
        leave = LeaveRecord.objects.select_related("employee").filter(sight, pk=leave_id).first()
    if leave is None:
        raise Http404
    return leave


def get_employee(employee_id: int) -> Employee:
    employee = Employee.objects.filter(pk=employee_id).first()
    if employee is None:
        raise Http404
    return employee


def employee_by_nip(nip: str, *, agency_ids=None) -> Employee | None:
    """The employee with this NIP (of `agency_ids` when given), or None."""
    nip = "".join(str(nip or "").split())
    if not nip or len(nip) > 18:
        return None
    rows = Employee.objects.filter(nip=nip)
    if agency_ids is not None:
        rows = rows.filter(agency_id__in=list(agency_ids))
    return rows.first()


def approvable_filter(actor) -> Q | None:
    """Whose requests (leave, corrections) the actor decides: BKPSDM all, an agency admin their
    agencies', an atasan their direct subordinates'; None when nobody's. Never the actor's own."""
    if actor.is_hr_admin:
        return ~Q(employee_id=actor.employee_id) if actor.employee_id else Q()
    sight = Q(pk__in=[])
    if actor.agency_ids:
        sight |= Q(employee__agency_id__in=list(actor.agency_ids))
    if actor.employee_id and actor.is_supervisor:
        today = timezone.localdate()
        subordinates = org_queries.direct_subordinates(actor.employee_id, on=today)
        sight |= Q(employee_id__in=list(subordinates.values_list("pk", flat=True)))
    if not actor.agency_ids and not (actor.employee_id and actor.is_supervisor):
        return None
    return sight & ~Q(employee_id=actor.employee_id) if actor.employee_id else sight
