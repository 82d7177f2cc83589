"""Attendance pages: the files of punches from the fingerprint or face machines (BKPSDM and
agency admins upload them and read what became of each row) and leave or dinas luar (an employee
asks; their agency's admin or BKPSDM decides, or records it from the signed letter).
Thin: parse, ask the services who may, read through queries_attendance, call the services."""

from functools import partial

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import paginate

from .. import queries_attendance, tasks
from ..models import LeaveRecord
from ..services import attendance, attendance_import

IMPORTS, IMPORT, LEAVE = ("allowance/attendance.html", "allowance/attendance_import.html",
                          "allowance/leave.html")
ENVELOPE_BYTES = 64 * 1024  # room for the multipart envelope around the file itself
IMPORTS_PER_PAGE = 30
REPORT_PER_PAGE = 100
PENDING_PER_PAGE = 50
LEAVE_FIELDS = ("kind", "first_day", "last_day", "reason", "nip")


# ---- punches from the machines ---------------------------------------------------------------


def _importer(request) -> Actor:
    actor = Actor.from_request(request)
    if not attendance.can_import_punches(actor, actor.instansi_id):
        raise PermissionDenied
    return actor


def _own_only(actor) -> int | None:
    """BKPSDM reads every import of the government; an agency admin their own (a report names
    employees of other agencies, refused row by row)."""
    return None if actor.is_hr_admin else actor.user.pk


def _too_large() -> str:
    return _("The file is larger than %(size)s MB. Split it into smaller files.") % {
        "size": attendance_import.MAX_BYTES // (1024 * 1024)}


def _imports_page(request, actor, *, status=200, error=None):
    page = paginate(queries_attendance.imports(created_by_id=_own_only(actor)),
                    request.GET.get("page"), IMPORTS_PER_PAGE)
    return render(request, IMPORTS, {
        "page_obj": page, "imports": list(page), "error": error,
        "max_mb": attendance_import.MAX_BYTES // (1024 * 1024),
        "max_rows": attendance_import.MAX_ROWS, "whole_government": actor.is_hr_admin,
    }, status=status)


def _recompute_after_commit(batch) -> None:
    """Queue the day statuses of the import's days for the employees it stored punches of (not
    the whole government: a day computed without its agency's file would read as absent)."""
    if batch.first_day is None or not batch.stored:
        return
    employee_ids = queries_attendance.punched_employee_ids(batch)
    args = (batch.instansi_id, batch.first_day.isoformat(), batch.last_day.isoformat())
    transaction.on_commit(
        lambda: tasks.recompute_attendance_days.enqueue(*args, employee_ids=employee_ids))


@member_required
@require_http_methods(["GET", "POST"])
def imports(request):
    actor = _importer(request)
    if request.method == "GET":
        return _imports_page(request, actor)
    length = request.META.get("CONTENT_LENGTH") or "0"
    if length.isdigit() and int(length) > attendance_import.MAX_BYTES + ENVELOPE_BYTES:
        return _imports_page(request, actor, status=413, error=_too_large())
    upload = request.FILES.get("upload")
    if upload is None:
        return _imports_page(request, actor, status=400,
                             error=_("Choose the file exported by the attendance machine."))
    try:
        batch = attendance_import.import_punches(actor=actor, instansi_id=actor.instansi_id,
                                                 upload=upload)
    except DomainError as error:
        return _imports_page(request, actor, status=error.status, error=error.message)
    _recompute_after_commit(batch)
    messages.success(request, _("%(file)s was read. Punches stored: %(stored)s; rows refused: "
                                "%(refused)s. The day statuses are being updated.") % {
        "file": batch.file_name, "stored": batch.stored, "refused": batch.refused})
    return redirect("allowance:attendance_import", batch.pk)


@member_required
@require_GET
def import_detail(request, pk):
    actor = Actor.from_request(request)
    if not attendance.can_import_punches(actor, actor.instansi_id):
        raise Http404
    batch = queries_attendance.get_import(pk, created_by_id=_own_only(actor))
    page = paginate(batch.report_lines(), request.GET.get("page"), REPORT_PER_PAGE)
    return render(request, IMPORT, {"batch": batch, "page_obj": page, "lines": list(page)})


# ---- leave and dinas luar --------------------------------------------------------------------


def _leave_admin(actor) -> bool:
    """Decides or records leave of some employees (services.attendance.administers, per employee)."""
    return actor.is_hr_admin or bool(actor.agency_ids)


def _agency_ids(actor):
    """What narrows an admin recording leave: an agency admin's agencies (BKPSDM: None, all)."""
    return None if actor.is_hr_admin else actor.agency_ids


def _leave_page(request, actor, *, status=200, error=None, failed=""):
    admin = _leave_admin(actor)
    sight = queries_attendance.approvable_filter(actor)
    posted = {field: request.POST.get(field, "") for field in LEAVE_FIELDS} if failed else {}
    pending = None
    if sight is not None:
        pending = paginate(queries_attendance.pending_leave(sight), request.GET.get("page"),
                           PENDING_PER_PAGE)
    context = {
        "own": queries_attendance.own_leave(actor.employee_id) if actor.employee_id else None,
        "may_request": actor.employee_id is not None, "admin": admin,
        "decides": sight is not None,
        "page_obj": pending, "pending": list(pending) if pending is not None else [],
        "kinds": LeaveRecord.Kind.choices, "error": error, "failed": failed,
        "request_values": posted if failed == "request" else {},
        "record_values": posted if failed == "record" else {},
    }
    return render(request, LEAVE, context, status=status)


def _ask(request, actor) -> str:
    employee = queries_attendance.get_employee(actor.employee_id)
    leave = attendance.record_leave(
        actor=actor, employee=employee, kind=request.POST.get("kind", ""),
        first_day=request.POST.get("first_day"), last_day=request.POST.get("last_day"),
        reason=request.POST.get("reason", ""))
    return _("Your request for %(kind)s was sent; your atasan or your agency's admin decides on it.") % {
        "kind": leave.get_kind_display()}


def _record(request, actor) -> str:
    nip = request.POST.get("nip", "")
    employee = queries_attendance.employee_by_nip(nip, agency_ids=_agency_ids(actor))
    if employee is None:
        raise DomainError(_("No employee you administer has the NIP “%(nip)s”.")
                          % {"nip": nip.strip()[:40]}, field="nip")
    leave = attendance.record_leave(
        actor=actor, employee=employee, kind=request.POST.get("kind", ""),
        first_day=request.POST.get("first_day"), last_day=request.POST.get("last_day"),
        reason=request.POST.get("reason", ""))
    if leave.status == LeaveRecord.Status.PENDING:  # their own, asked like any employee
        return _("Your request for %(kind)s was sent; your atasan or your agency's admin decides on it.") % {
            "kind": leave.get_kind_display()}
    return _("The leave of %(name)s is recorded.") % {"name": employee.name}


def _decide(request, actor, *, approve: bool) -> str:
    leave = queries_attendance.get_leave_to_decide(request.POST.get("leave"),
                                                   queries_attendance.approvable_filter(actor))
    attendance.decide_leave(actor=actor, leave=leave, approve=approve)
    if approve:
        return _("The leave of %(name)s is approved.") % {"name": leave.employee.name}
    return _("The leave of %(name)s is rejected.") % {"name": leave.employee.name}


ACTIONS = {"request": _ask, "record": _record, "approve": partial(_decide, approve=True),
           "reject": partial(_decide, approve=False)}


@member_required
@require_http_methods(["GET", "POST"])
def leave(request):
    actor = Actor.from_request(request)
    admin = _leave_admin(actor)
    if actor.employee_id is None and not admin:
        raise PermissionDenied
    if request.method == "GET":
        return _leave_page(request, actor)
    action = request.POST.get("action", "")
    handler = ACTIONS.get(action)
    if handler is None:
        return _leave_page(request, actor, status=400, error=_("Choose what to do."))
    allowed = {"request": actor.employee_id is not None, "record": admin}.get(
        action, True)  # approve/reject: the request must lie within the actor's sight (404)
    if not allowed:
        raise PermissionDenied
    try:
        done = handler(request, actor)
    except DomainError as error:
        return _leave_page(request, actor, status=error.status, error=error.message, failed=action)
    messages.success(request, done)
    return redirect("allowance:leave")
