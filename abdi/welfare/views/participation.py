"""Taking part (the employee: register, cancel, read his result), the participants list and the
medical staff's attendance and result entry. A result page answers only its two kinds of
readers; BKPSDM and the supervisor get 403 even though they may know the participation exists."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import page_size, paginate

from .. import policy, queries
from ..forms import AttendanceForm, ResultForm, VersionForm, first_error
from ..models import Participation
from ..services import participation as taking_part
from .programmes import programme_page

PARTICIPANTS, RESULT = "welfare/participants.html", "welfare/result.html"


@member_required
@require_POST
def register(request, session_id):
    actor = Actor.from_request(request)
    session, access = queries.get_session(actor, session_id)
    try:
        taking_part.register(actor=actor, session=session)
    except DomainError as refused:
        return programme_page(request, session.programme, access, status=refused.status,
                              error=refused.message)
    messages.success(request, _("You are registered for %(date)s at %(place)s.")
                     % {"date": session.date.strftime("%d-%m-%Y"), "place": session.place})
    return redirect("welfare:programme", session.programme_id)


@member_required
@require_POST
def cancel(request, participation_id):
    actor = Actor.from_request(request)
    found, access = queries.get_participation(actor, participation_id)
    if not policy.can_take_part(actor, found):
        raise PermissionDenied
    form = VersionForm(request.POST)
    try:
        if not form.is_valid():
            raise DomainError(_("Reload the page and try again."))
        taking_part.cancel(actor=actor, participation=found, version=form.cleaned_data["version"])
    except DomainError as refused:
        return programme_page(request, found.programme, access, status=refused.status,
                              error=refused.message)
    messages.success(request, _("Your registration is cancelled."))
    return redirect("welfare:programme", found.programme_id)


def _participants_page(request, programme, access, *, status=200, error=None):
    rows = queries.participants_of(programme, status=request.GET.get("status", ""),
                                   with_results=access.staff)
    page = paginate(rows, request.GET.get("page"), page_size(request.GET.get("size")))
    return render(request, PARTICIPANTS, {
        "programme": programme, "access": access, "page_obj": page, "error": error,
        "statuses": Participation.Status.choices, "status": request.GET.get("status", ""),
        "counts": queries.status_counts(programme),
    }, status=status)


@member_required
@require_GET
def participants(request, programme_id):
    found, access = queries.get_programme(Actor.from_request(request), programme_id)
    if not access.participants:
        raise PermissionDenied
    return _participants_page(request, found, access)


@member_required
@require_POST
def attendance(request, participation_id):
    actor = Actor.from_request(request)
    found, access = queries.get_participation(actor, participation_id)
    if not policy.can_record_health(actor, found, staff=access.staff):
        raise PermissionDenied
    form = AttendanceForm(request.POST)
    try:
        if not form.is_valid():
            raise DomainError(first_error(form))
        taking_part.record_attendance(actor=actor, participation=found, **form.cleaned_data)
    except DomainError as refused:
        return _participants_page(request, found.programme, access, status=refused.status,
                                  error=refused.message)
    messages.success(request, _("Attendance of %(name)s is recorded.") % {"name": found.employee.name})
    return redirect("welfare:participants", found.programme_id)


@member_required
@require_http_methods(["GET", "POST"])
def result(request, participation_id):
    actor = Actor.from_request(request)
    found, access = queries.get_participation(actor, participation_id)
    if not policy.can_read_result(actor, found, staff=access.staff):
        raise PermissionDenied  # BKPSDM, agency admin, supervisor: never the content
    existing = queries.get_result_for_reader(actor, found, access)
    may_enter = policy.can_record_health(actor, found, staff=access.staff)
    error, status, form = None, 200, None
    if request.method == "POST":
        if not may_enter:
            raise PermissionDenied
        form = ResultForm(request.POST)
        if not form.is_valid():
            error, status = first_error(form), 400
        else:
            values = form.cleaned_data
            try:
                taking_part.record_result(actor=actor, participation=found, values=values,
                                          version="" if values.get("version") is None
                                          else values["version"])
            except DomainError as refused:
                error, status = refused.message, refused.status
            else:
                messages.success(request, _("The result is saved."))
                return redirect("welfare:participants", found.programme_id)
    elif may_enter:
        initial = {"version": existing.version if existing else ""}
        if existing:
            initial |= {n: getattr(existing, n) for n in ("summary", "findings", "recommendation",
                                                           "follow_up_needed")}
        form = ResultForm(initial=initial)
    response = render(request, RESULT, {"participation": found, "result": existing, "form": form,
                                        "error": error, "access": access}, status=status)
    response["Cache-Control"] = "no-store, private"  # health data never stays in a shared cache
    return response
