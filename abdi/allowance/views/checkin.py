"""Phone check-in, corrections of a day's punches, and the offices with a geofence.
Thin: parse, call the services (which decide who may), read through queries_checkin."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.org import queries as org_queries
from abdi.tenancy.access import member_required
from abdi.web.paging import paginate

from .. import queries_attendance, queries_checkin
from ..models import OfficeLocation
from ..services import checkin, corrections

CHECK_IN, CORRECTIONS, OFFICES = ("allowance/check_in.html", "allowance/corrections.html",
                                  "allowance/offices.html")
PENDING_PER_PAGE = 50
MAX_UNITS = 1000  # the unit choice of an office; a bigger government names the agency instead
CORRECTION_FIELDS = ("date", "clock_in", "clock_out", "reason", "nip")
OFFICE_FIELDS = ("name", "unit", "latitude", "longitude", "radius_m")


# ---- check-in on the phone ---------------------------------------------------------------------


def _check_in_page(request, actor, *, status=200, error=None):
    return render(request, CHECK_IN, {
        "error": error, "punches": queries_checkin.todays_punches(actor.employee_id),
    }, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def check_in(request):
    actor = Actor.from_request(request)
    if actor.employee_id is None:
        raise PermissionDenied
    if request.method == "GET":
        return _check_in_page(request, actor)
    try:
        done = checkin.phone_check_in(actor=actor, latitude=request.POST.get("latitude"),
                                      longitude=request.POST.get("longitude"),
                                      accuracy=request.POST.get("accuracy"))
    except DomainError as error:
        return _check_in_page(request, actor, status=error.status, error=error.message)
    if done.repeated:
        messages.info(request, _("You had already checked in a moment ago."))
    else:
        messages.success(request, _("Checked in at %(office)s.") % {"office": done.decision.office.name})
    return redirect("allowance:check_in")


# ---- corrections -------------------------------------------------------------------------------


def _corrections_page(request, actor, *, status=200, error=None, failed=""):
    sight = queries_attendance.approvable_filter(actor)
    pending = None
    if sight is not None:
        pending = paginate(queries_checkin.pending_corrections(sight), request.GET.get("page"),
                           PENDING_PER_PAGE)
    posted = {field: request.POST.get(field, "") for field in CORRECTION_FIELDS} if failed else {}
    return render(request, CORRECTIONS, {
        "own": queries_checkin.own_corrections(actor.employee_id) if actor.employee_id else None,
        "may_request": actor.employee_id is not None, "decides": sight is not None,
        "admin": actor.is_hr_admin or bool(actor.agency_ids),
        "page_obj": pending, "pending": list(pending) if pending is not None else [],
        "error": error, "failed": failed, "values": posted,
    }, status=status)


def _ask(request, actor) -> str:
    if request.POST.get("nip", "").strip():
        agency_ids = None if actor.is_hr_admin else actor.agency_ids
        employee = queries_attendance.employee_by_nip(request.POST["nip"], agency_ids=agency_ids)
        if employee is None:
            raise DomainError(_("No employee you administer has the NIP “%(nip)s”.")
                              % {"nip": request.POST["nip"].strip()[:40]}, field="nip")
    elif actor.employee_id is not None:
        employee = queries_attendance.get_employee(actor.employee_id)
    else:
        raise DomainError(_("Enter the NIP of the employee."), field="nip")
    correction = corrections.request_correction(
        actor=actor, employee=employee, date=request.POST.get("date"),
        clock_in=request.POST.get("clock_in"), clock_out=request.POST.get("clock_out"),
        reason=request.POST.get("reason", ""))
    if correction.status == correction.Status.APPROVED:
        return _("The correction of %(name)s is recorded and the day updated.") % {
            "name": employee.name}
    return _("Your correction was sent; your atasan decides on it.")


def _decide(request, actor, *, approve: bool) -> str:
    correction = queries_checkin.get_correction(request.POST.get("correction"),
                                                queries_attendance.approvable_filter(actor))
    corrections.decide_correction(actor=actor, correction=correction, approve=approve,
                                  note=request.POST.get("note", ""))
    name = correction.employee.name
    return (_("The correction of %(name)s is approved.") if approve
            else _("The correction of %(name)s is rejected.")) % {"name": name}


@member_required
@require_http_methods(["GET", "POST"])
def corrections_page(request):
    actor = Actor.from_request(request)
    if request.method == "GET":
        return _corrections_page(request, actor)
    action = request.POST.get("action", "")
    handlers = {"request": _ask, "approve": lambda r, a: _decide(r, a, approve=True),
                "reject": lambda r, a: _decide(r, a, approve=False)}
    if action not in handlers:
        return _corrections_page(request, actor, status=400, error=_("Choose what to do."))
    try:
        done = handlers[action](request, actor)
    except DomainError as error:
        return _corrections_page(request, actor, status=error.status, error=error.message,
                                 failed=action)
    messages.success(request, done)
    return redirect("allowance:corrections")


# ---- offices -----------------------------------------------------------------------------------


def _offices_page(request, *, status=200, error=None, values=None, editing=None):
    if editing is not None and values is None:
        values = {"name": editing.name, "unit": str(editing.unit_id or ""),
                  "latitude": str(editing.latitude), "longitude": str(editing.longitude),
                  "radius_m": str(editing.radius_m), "version": str(editing.version)}
    return render(request, OFFICES, {
        "offices": list(queries_checkin.offices()), "error": error, "values": values or {},
        "editing": editing, "units": org_queries.unit_list(active=True)[:MAX_UNITS],
    }, status=status)


def _save_office(request, actor, office, values) -> str:
    saved = checkin.save_office(actor=actor, office=office, version=values["version"],
                                name=values["name"], unit_id=values["unit"],
                                latitude=values["latitude"], longitude=values["longitude"],
                                radius_m=values["radius_m"])
    return _("%(name)s is saved.") % {"name": saved.name}


def _switch_office(actor, office, values, *, active: bool) -> str:
    if office is None:
        raise DomainError(_("Choose an office."), field="office")
    saved = checkin.set_office_active(actor=actor, office=office, version=values["version"],
                                      active=active)
    return (_("%(name)s accepts check-ins again.") if active
            else _("%(name)s is deactivated: no check-in is accepted there any more.")) % {
        "name": saved.name}


@member_required
@require_http_methods(["GET", "POST"])
def offices(request):
    actor = Actor.from_request(request)
    if not checkin.can_manage_offices(actor):
        raise PermissionDenied
    if request.method == "GET":
        wanted = request.GET.get("ubah")
        return _offices_page(request, editing=queries_checkin.get_office(wanted) if wanted else None)
    values = {field: request.POST.get(field, "")[:200] for field in (*OFFICE_FIELDS, "version")}
    office: OfficeLocation | None = None
    if request.POST.get("office"):
        office = queries_checkin.get_office(request.POST["office"])
    action = request.POST.get("action", "save")
    handlers = {"save": lambda: _save_office(request, actor, office, values),
                "deactivate": lambda: _switch_office(actor, office, values, active=False),
                "activate": lambda: _switch_office(actor, office, values, active=True)}
    if action not in handlers:
        return _offices_page(request, status=400, error=_("Choose what to do."))
    try:
        done = handlers[action]()
    except DomainError as error:
        if action != "save":
            return _offices_page(request, status=error.status, error=error.message)
        return _offices_page(request, status=error.status, error=error.message, values=values,
                             editing=office)
    messages.success(request, done)
    return redirect("allowance:offices")
