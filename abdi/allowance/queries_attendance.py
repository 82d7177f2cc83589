"""Reading attendance imports and leave for the attendance pages (the request's scope names the
government, so another government's rows are simply not found).

Who may do what is decided by services.attendance (can_import_punches, administers); these
readers take what that decision narrows to (`created_by_id`, `agency_ids`) and answer 404 for
anything outside it.
"""

from django.http import Http404

from abdi.people.models import Employee

from .models import AttendanceImport, AttendancePunch, LeaveRecord

MAX_ID = 2**63 - 1  # beyond the database's integer range a lookup overflows instead of missing
OWN_LEAVE_LIMIT = 100


def _id(raw) -> int | None:
    text = str(raw or "")
    return int(text) if text.isdigit() and 0 < int(text) <= MAX_ID else None


def imports(*, created_by_id=None):
    """Imports newest first, without their reports; only those of `created_by_id` when given."""
    rows = AttendanceImport.objects.select_related("created_by").defer("report")
    return rows if created_by_id is None else rows.filter(created_by_id=created_by_id)


def get_import(pk, *, created_by_id=None) -> AttendanceImport:
    batch_id = _id(pk)
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


def pending_leave(*, agency_ids=None, exclude_employee_id=None):
    """Requests waiting for a decision, oldest first; only of `agency_ids` when given (an agency
    admin), never the admin's own (nobody decides their own leave)."""
    rows = (LeaveRecord.objects.filter(status=LeaveRecord.Status.PENDING)
            .select_related("employee").order_by("first_day", "pk"))
    if agency_ids is not None:
        rows = rows.filter(employee__agency_id__in=list(agency_ids))
    if exclude_employee_id is not None:
        rows = rows.exclude(employee_id=exclude_employee_id)
    return rows


def get_leave_to_decide(pk, *, agency_ids=None, exclude_employee_id=None) -> LeaveRecord:
    """A request the admin may decide (any status, so deciding twice is told, not hidden)."""
    leave_id = _id(pk)
    rows = LeaveRecord.objects.select_related("employee").filter(pk=leave_id) if leave_id else None
    if rows is not None and agency_ids is not None:
        rows = rows.filter(employee__agency_id__in=list(agency_ids))
    leave = rows.first() if rows is not None else None
    if leave is None or leave.employee_id == exclude_employee_id:
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
