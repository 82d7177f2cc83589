"""Programme pages: the index (mine / staffed / managed), a programme, its set-up (create, edit,
status, medical staff, sessions, invitations). Thin: parse, ask queries/policy, call services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..forms import ProgrammeForm, SessionForm, StaffForm, StatusForm, first_error
from ..services import programmes

INDEX, DETAIL, FORM, SESSION = ("welfare/index.html", "welfare/programme.html",
                                "welfare/programme_form.html", "welfare/session_form.html")


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    today = timezone.localdate()
    employee = queries.own_employee(actor)
    can_create = policy.can_create_programme(actor, actor.instansi_id)
    return render(request, INDEX, {
        "open_programmes": queries.open_programmes_for(actor, employee, on=today),
        "mine": queries.my_participations(actor.employee_id),
        "benefits": queries.benefits_of_employee(actor.employee_id) if actor.employee_id else [],
        "staffed": queries.staffed_programmes(actor),
        "managed": queries.managed_programmes(actor) if can_create else [],
        "can_create": can_create,
    })


def programme_page(request, programme, access, *, status=200, error=None, session_form=None,
                   staff_form=None):
    actor = Actor.from_request(request)
    own = None
    if actor.employee_id:
        own = next(iter(queries.my_participations_in(programme, actor.employee_id)), None)
    reasons = []
    if actor.employee_id and programme.is_open and own is None:
        me = queries.own_employee(actor)
        reasons = queries.refusals_of(programme, me, on=timezone.localdate()) if me else []
    context = {
        "programme": programme, "access": access, "error": error, "own": own,
        "reasons": reasons, "today": timezone.localdate(),
        "sessions": queries.sessions_of(programme),
        "agency_names": queries.agency_names(programme.agency_ids),
    }
    if access.manage:
        context |= {
            "counts": queries.status_counts(programme), "staff": queries.staff_of(programme),
            "session_form": session_form or SessionForm(),
            "staff_form": staff_form or StaffForm(), "statuses": programme.Status.choices,
        }
    elif access.staff:
        context["counts"] = queries.status_counts(programme)
    return render(request, DETAIL, context, status=status)


@member_required
@require_GET
def programme(request, programme_id):
    found, access = queries.get_programme(Actor.from_request(request), programme_id)
    return programme_page(request, found, access)


def _form_page(request, form, *, programme=None, status=200, error=None):
    return render(request, FORM, {"form": form, "programme": programme, "error": error},
                  status=status)


@member_required
@require_http_methods(["GET", "POST"])
def programme_create(request):
    actor = Actor.from_request(request)
    if not policy.can_create_programme(actor, actor.instansi_id):
        raise PermissionDenied
    agencies = queries.agencies()
    if request.method == "GET":
        form = ProgrammeForm(agencies=agencies, initial={"year": timezone.localdate().year,
                                                         "kind": "health_check"})
        return _form_page(request, form)
    form = ProgrammeForm(request.POST, agencies=agencies)
    if not form.is_valid():
        return _form_page(request, form, status=400, error=first_error(form))
    try:
        created = programmes.create_programme(actor=actor, instansi_id=actor.instansi_id,
                                              values=form.cleaned_data)
    except DomainError as refused:
        return _form_page(request, form, status=refused.status, error=refused.message)
    messages.success(request, _("The programme is saved as a draft. Add sessions, then open it."))
    return redirect("welfare:programme", created.pk)


@member_required
@require_http_methods(["GET", "POST"])
def programme_edit(request, programme_id):
    actor = Actor.from_request(request)
    found, access = queries.get_programme(actor, programme_id)
    if not access.manage:
        raise PermissionDenied
    agencies = queries.agencies()
    if request.method == "GET":
        initial = {name: getattr(found, name) for name in programmes.PROGRAMME_FIELDS}
        form = ProgrammeForm(agencies=agencies, initial=initial | {"version": found.version})
        return _form_page(request, form, programme=found)
    form = ProgrammeForm(request.POST, agencies=agencies)
    if not form.is_valid():
        return _form_page(request, form, programme=found, status=400, error=first_error(form))
    try:
        programmes.update_programme(actor=actor, programme=found, values=form.cleaned_data,
                                    version=form.cleaned_data.get("version"))
    except DomainError as refused:
        return _form_page(request, form, programme=found, status=refused.status,
                          error=refused.message)
    messages.success(request, _("The programme is saved."))
    return redirect("welfare:programme", found.pk)


def _managed(request, programme_id):
    actor = Actor.from_request(request)
    found, access = queries.get_programme(actor, programme_id)
    if not access.manage:
        raise PermissionDenied
    return actor, found, access


def _submit(request, found, access, form, save, done: str, **shown):
    """A form posted on the programme page: saved by `save(cleaned_data)`, or the page again
    with the reason (400 for the form, the service's status for its refusal), the form kept."""
    if not form.is_valid():
        return programme_page(request, found, access, status=400, error=first_error(form), **shown)
    try:
        save(form.cleaned_data)
    except DomainError as refused:
        return programme_page(request, found, access, status=refused.status, error=refused.message,
                              **shown)
    messages.success(request, done)
    return redirect("welfare:programme", found.pk)


@member_required
@require_POST
def programme_status(request, programme_id):
    actor, found, access = _managed(request, programme_id)
    return _submit(request, found, access, StatusForm(request.POST),
                   lambda values: programmes.set_programme_status(actor=actor, programme=found,
                                                                  **values),
                   _("The programme's status is changed."))


@member_required
@require_POST
def staff_add(request, programme_id):
    actor, found, access = _managed(request, programme_id)
    form = StaffForm(request.POST)
    return _submit(request, found, access, form,
                   lambda values: programmes.add_staff(actor=actor, programme=found, **values),
                   _("Added to the medical staff."), staff_form=form)


@member_required
@require_POST
def staff_remove(request, staff_id):
    actor = Actor.from_request(request)
    member = queries.get_staff_member_for(actor, staff_id)
    try:
        programmes.remove_staff(actor=actor, member=member)
    except DomainError as refused:
        found, access = queries.get_programme(actor, member.programme_id)
        return programme_page(request, found, access, status=refused.status, error=refused.message)
    messages.success(request, _("Removed from the medical staff."))
    return redirect("welfare:programme", member.programme_id)


@member_required
@require_POST
def session_add(request, programme_id):
    actor, found, access = _managed(request, programme_id)
    form = SessionForm(request.POST)
    return _submit(request, found, access, form,
                   lambda values: programmes.add_session(actor=actor, programme=found,
                                                         values=values),
                   _("The session is added."), session_form=form)


@member_required
@require_http_methods(["GET", "POST"])
def session_edit(request, session_id):
    actor = Actor.from_request(request)
    session, access = queries.get_session(actor, session_id)
    if not access.manage:
        raise PermissionDenied
    if request.method == "GET":
        form = SessionForm(initial={n: getattr(session, n) for n in programmes.SESSION_FIELDS})
        return render(request, SESSION, {"form": form, "session": session})
    form = SessionForm(request.POST)
    error, status = None, 200
    if not form.is_valid():
        error, status = first_error(form), 400
    else:
        try:
            programmes.update_session(actor=actor, session=session, values=form.cleaned_data,
                                      version=request.POST.get("version"))
        except DomainError as refused:
            error, status = refused.message, refused.status
        else:
            messages.success(request, _("The session is saved."))
            return redirect("welfare:programme", session.programme_id)
    return render(request, SESSION, {"form": form, "session": session, "error": error},
                  status=status)


@member_required
@require_POST
def invite(request, programme_id):
    actor, found, access = _managed(request, programme_id)
    try:
        count = programmes.invite_eligible(actor=actor, programme=found)
    except DomainError as refused:
        return programme_page(request, found, access, status=refused.status, error=refused.message)
    messages.success(request, _("%(count)d eligible employees invited.") % {"count": count})
    return redirect("welfare:programme", found.pk)
