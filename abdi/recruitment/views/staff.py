"""BKPSDM's pages: selections, openings, the verification queue, the result, the sanggah queue,
exports. A leader reads them (NIK masked); every other member gets 404 (queries._viewer)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..forms import AnswerForm, OpeningForm, SelectionForm, VerifyForm, VersionForm, first_error
from ..rules import eligibility, windows
from ..rules.eligibility import age_on, mask_nik
from ..services import exam, export, selections, verification

T = "recruitment/staff/"
# The system's reading of the applicant's profile, shown to the verifier (the documents decide).
HINTS = {
    eligibility.Refusal.TOO_YOUNG: gettext_lazy("Younger than the minimum age on the reference date"),
    eligibility.Refusal.TOO_OLD: gettext_lazy("Older than the maximum age on the reference date"),
    eligibility.Refusal.NO_BIRTH_DATE: gettext_lazy("No birth date"),
    eligibility.Refusal.EDUCATION_LEVEL: gettext_lazy("Education level not accepted by the opening"),
    eligibility.Refusal.EDUCATION_MAJOR: gettext_lazy("Major not accepted by the opening"),
    eligibility.Refusal.NO_EDUCATION: gettext_lazy("No education in the profile"),
}
QUEUE_PAGE = 100


def _manager(request):
    actor = Actor.from_request(request)
    if not policy.can_view_recruitment(actor, actor.instansi_id):
        raise Http404
    if not policy.can_manage_recruitment(actor, actor.instansi_id):
        raise PermissionDenied
    return actor


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    rows = queries.selections_for(actor)
    return render(request, T + "index.html", {
        "selections": rows, "can_manage": policy.can_manage_recruitment(actor, actor.instansi_id)})


def _selection_form_page(request, form, selection=None, status=200, error=None):
    return render(request, T + "selection_form.html",
                  {"form": form, "selection": selection, "error": error}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def selection_create(request):
    actor = _manager(request)
    if request.method == "GET":
        year = timezone.localdate().year
        return _selection_form_page(request, SelectionForm(initial={"year": year, "kind": "cpns",
                                                                    "sanggah_days": 3}))
    form = SelectionForm(request.POST)
    if not form.is_valid():
        return _selection_form_page(request, form, status=400, error=first_error(form))
    try:
        created = selections.create_selection(actor=actor, instansi_id=actor.instansi_id,
                                              values=form.cleaned_data)
    except DomainError as refused:
        return _selection_form_page(request, form, status=refused.status, error=refused.message)
    messages.success(request, _("The selection is saved. Add its openings, then publish it."))
    return redirect("recruitment:selection", created.pk)


@member_required
@require_http_methods(["GET", "POST"])
def selection_edit(request, selection_id):
    found = queries.get_selection_for(Actor.from_request(request), selection_id)
    actor = _manager(request)
    if request.method == "GET":
        initial = {n: getattr(found, n) for n in selections.SELECTION_FIELDS}
        return _selection_form_page(request, SelectionForm(initial=initial | {
            "version": found.version}), found)
    form = SelectionForm(request.POST)
    if not form.is_valid():
        return _selection_form_page(request, form, found, 400, first_error(form))
    try:
        selections.update_selection(actor=actor, selection=found, values=form.cleaned_data,
                                    version=form.cleaned_data.get("version"))
    except DomainError as refused:
        return _selection_form_page(request, form, found, refused.status, refused.message)
    messages.success(request, _("The selection is saved."))
    return redirect("recruitment:selection", found.pk)


def selection_page(request, found, *, status=200, error=None, opening_form=None):
    actor = Actor.from_request(request)
    today = timezone.localdate()
    can_manage = policy.can_manage_recruitment(actor, actor.instansi_id)
    context = {
        "selection": found, "openings": queries.openings_of(found), "error": error,
        "counts": queries.status_counts(found), "can_manage": can_manage,
        "can_export": policy.can_export(actor, actor.instansi_id),
        "window": windows.registration_window(today, found.registration_opens,
                                              found.registration_closes),
        "sanggah_window": windows.sanggah_window(today, found.result_published_on,
                                                 found.sanggah_days),
    }
    if can_manage:
        context["opening_form"] = opening_form or OpeningForm(positions=queries.positions())
        if found.result_published_on:
            context["exam_sessions"] = queries.exam_sessions()
    return render(request, T + "selection.html", context, status=status)


@member_required
@require_GET
def selection(request, selection_id):
    return selection_page(request, queries.get_selection_for(Actor.from_request(request),
                                                             selection_id))


def _selection_action(request, selection_id, act):
    """One BKPSDM action on a selection: `act(actor, selection)` does it and returns the success
    message; a refusal shows the selection page again with its reason and status."""
    found = queries.get_selection_for(Actor.from_request(request), selection_id)
    actor = _manager(request)
    try:
        done = act(actor, found)
    except DomainError as refused:
        return selection_page(request, found, status=refused.status, error=refused.message)
    messages.success(request, done)
    return redirect("recruitment:selection", found.pk)


def _version(request) -> int:
    form = VersionForm(request.POST)
    if not form.is_valid():
        raise DomainError(first_error(form))
    return form.cleaned_data["version"]


@member_required
@require_POST
def selection_publish(request, selection_id):
    def act(actor, found):
        selections.publish_selection(actor=actor, selection=found, version=_version(request))
        return _("The selection is published on the public page.")
    return _selection_action(request, selection_id, act)


@member_required
@require_POST
def result_publish(request, selection_id):
    def act(actor, found):
        verification.publish_result(actor=actor, selection=found, version=_version(request))
        return _("The administrative result is published; the sanggah period starts today.")
    return _selection_action(request, selection_id, act)


@member_required
@require_POST
def enrol_in_exam(request, selection_id):
    """The MS applicants into a CAT session; their exam cards then show session, room, seat."""
    def act(actor, found):
        raw = request.POST.get("session", "")
        session = queries.exam_session(int(raw)) if raw.isascii() and raw.isdigit() else None
        if session is None:
            raise DomainError(_("Choose an exam session."))
        report = exam.enrol_in_session(actor=actor, selection=found, session=session)
        return (_("%(new)d applicants enrolled, %(updated)d updated; %(errors)d refused (see the "
                  "session page).") % {"new": report["enrolled"], "updated": report["updated"],
                                       "errors": len(report["errors"])})
    return _selection_action(request, selection_id, act)


@member_required
@require_POST
def openings_from_formation(request, selection_id):
    def act(actor, found):
        made = selections.add_openings_from_formation(actor=actor, selection=found)
        return ngettext("%(n)d opening was added from the approved formation.",
                        "%(n)d openings were added from the approved formation.",
                        len(made)) % {"n": len(made)}
    return _selection_action(request, selection_id, act)


@member_required
@require_POST
def opening_add(request, selection_id):
    found = queries.get_selection_for(Actor.from_request(request), selection_id)
    actor = _manager(request)
    form = OpeningForm(request.POST, positions=queries.positions())
    try:
        if not form.is_valid():
            raise DomainError(first_error(form))
        selections.add_opening(actor=actor, selection=found, values=form.cleaned_data)
    except DomainError as refused:
        return selection_page(request, found, status=refused.status, error=refused.message,
                              opening_form=form)
    messages.success(request, _("The opening is added."))
    return redirect("recruitment:selection", found.pk)


@member_required
@require_http_methods(["GET", "POST"])
def opening_edit(request, opening_id):
    found = queries.get_opening_for(Actor.from_request(request), opening_id)
    actor = _manager(request)
    positions = queries.positions()
    error, status = None, 200
    if request.method == "GET":
        initial = {n: getattr(found, n) for n in selections.OPENING_FIELDS}
        initial |= {"position": found.position_id, "version": found.version}
        form = OpeningForm(initial=initial, positions=positions)
    else:
        form = OpeningForm(request.POST, positions=positions)
        try:
            if not form.is_valid():
                raise DomainError(first_error(form))
            selections.update_opening(actor=actor, opening=found, values=form.cleaned_data,
                                      version=form.cleaned_data.get("version"))
        except DomainError as refused:
            error, status = refused.message, refused.status
        else:
            messages.success(request, _("The opening is saved."))
            return redirect("recruitment:selection", found.selection_id)
    return render(request, T + "opening_form.html", {"form": form, "opening": found,
                                                      "error": error}, status=status)


@member_required
@require_GET
def queue(request, selection_id):
    actor = Actor.from_request(request)
    found = queries.get_selection_for(actor, selection_id)
    status = request.GET.get("status", "")
    if status not in {s for s, _label in found.applications.model.Status.choices}:
        status = ""
    openings = queries.openings_of(found)
    opening_id = request.GET.get("opening", "")
    opening_id = int(opening_id) if opening_id.isdigit() and int(opening_id) in {
        o.pk for o in openings} else None
    page = Paginator(queries.applications_queue(found, status=status, opening_id=opening_id),
                     QUEUE_PAGE).get_page(request.GET.get("page"))
    for row in page.object_list:
        row.masked_nik = mask_nik(row.applicant.nik)
    return render(request, T + "queue.html", {
        "selection": found, "rows": page.object_list, "page": page, "status": status,
        "openings": openings, "opening_id": opening_id,
        "statuses": found.applications.model.Status.choices,
        "can_manage": policy.can_manage_recruitment(actor, actor.instansi_id)})


def application_page(request, application, *, form=None, status=200, error=None):
    actor = Actor.from_request(request)
    items = queries.requirement_items(application)
    applicant = application.applicant
    hints = [HINTS[code] for code in eligibility.refusals(
        queries.requirements_of(application.opening), birth_date=applicant.birth_date,
        level=applicant.education_level, major=applicant.major)]
    return render(request, T + "application.html", {
        "application": application, "applicant": applicant, "hints": hints,
        "age": age_on(applicant.birth_date, application.selection.reference_date),
        "documents": queries.documents_of(applicant),
        "form": form or VerifyForm(items=items, initial={"version": application.version, **{
            f"check_{code}": "1" if application.checks.get(code) else (
                "0" if code in application.checks else None) for code, _l in items},
            "reason": application.reason}),
        "error": error,
        "can_manage": policy.can_manage_recruitment(actor, actor.instansi_id),
    }, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def application(request, application_id):
    """The verification page: the only staff page that shows the whole NIK (BKPSDM only)."""
    found = queries.get_application_for(Actor.from_request(request), application_id)
    actor = _manager(request)
    if request.method == "GET":
        return application_page(request, found)
    form = VerifyForm(request.POST, items=queries.requirement_items(found))
    try:
        if not form.is_valid():
            raise DomainError(first_error(form))
        verification.verify_application(actor=actor, application=found, checks=form.checks(),
                                        reason=form.cleaned_data["reason"],
                                        version=form.cleaned_data["version"])
    except DomainError as refused:
        return application_page(request, found, form=form, status=refused.status,
                                error=refused.message)
    messages.success(request, _("The verification is saved."))
    return redirect(reverse("recruitment:queue", args=[found.selection_id]) + "?status=submitted")


@member_required
@require_GET
def objections(request, selection_id):
    actor = Actor.from_request(request)
    found = queries.get_selection_for(actor, selection_id)
    return render(request, T + "objections.html", {
        "selection": found, "rows": queries.objections_of(found),
        "can_manage": policy.can_manage_recruitment(actor, actor.instansi_id)})


@member_required
@require_http_methods(["GET", "POST"])
def objection(request, objection_id):
    found = queries.get_objection_for(Actor.from_request(request), objection_id)
    actor = _manager(request)
    form, error, status = AnswerForm(initial={"version": found.version}), None, 200
    if request.method == "POST":
        form = AnswerForm(request.POST)
        try:
            if not form.is_valid():
                raise DomainError(first_error(form))
            verification.answer_objection(actor=actor, objection=found,
                                          accept=form.cleaned_data["decision"] == "accept",
                                          answer=form.cleaned_data["answer"],
                                          version=form.cleaned_data["version"])
        except DomainError as refused:
            error, status = refused.message, refused.status
        else:
            messages.success(request, _("The sanggah is answered."))
            return redirect("recruitment:objections", found.application.selection_id)
    return render(request, T + "objection.html", {
        "objection": found, "application": found.application, "form": form, "error": error,
        "masked_nik": mask_nik(found.application.applicant.nik)}, status=status)


@member_required
@require_GET
def export_applications(request, selection_id, fmt):
    actor = Actor.from_request(request)
    found = queries.get_selection_for(actor, selection_id)
    if fmt not in ("csv", "xlsx"):
        raise Http404
    if not policy.can_export(actor, actor.instansi_id):
        raise PermissionDenied
    body, content_type = export.export_applications(
        actor=actor, selection=found, applications=queries.applications_queue(found).iterator(),
        fmt=fmt)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="pelamar-{found.pk}.{fmt}"'
    return response


@member_required
@require_GET
def objection_file(request, objection_id):
    """The sanggah's supporting document: BKPSDM only (the applicant has their own copy)."""
    actor = Actor.from_request(request)
    if not policy.can_manage_recruitment(actor, actor.instansi_id):
        raise Http404
    found = queries.get_objection_for(actor, objection_id)
    if not found.file:
        raise Http404
    response = FileResponse(found.file.open("rb"), content_type=found.content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response

