"""Career development: study requests (file, endorse, decide), leadership trainings, the
career path of the employee."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..models import LeadershipTraining, StudyRequest
from ..models.career import FUNDING_CHOICES, STUDY_LEVEL_CHOICES, TRAINING_CHOICES
from ..rules import missing_for
from ..services import career as services
from ._common import int_or_none, refused


def _study_context(actor, form=None):
    return {"mine": list(queries.my_study_requests(actor)) if actor.employee_id else [],
            "queue": list(queries.study_queue(actor)), "kinds": StudyRequest.Kind.choices,
            "levels": STUDY_LEVEL_CHOICES, "fundings": FUNDING_CHOICES, "form": form or {},
            "may_file": bool(actor.employee_id)}


@member_required
@require_http_methods(["GET", "POST"])
def studies(request):
    actor = Actor.from_request(request)
    if request.method == "POST":
        data = {f: request.POST.get(f, "") for f in services.STUDY_FIELDS}
        try:
            services.submit_study(actor=actor, **data)
        except DomainError as error:
            return refused(request, "talent/studies.html", _study_context(actor, data), error)
        messages.success(request, _("Study request filed; it now waits for your supervisor."))
        return redirect("talent:studies")
    return render(request, "talent/studies.html", _study_context(actor))


@member_required
@require_GET
def study(request, study_id):
    actor = Actor.from_request(request)
    req = queries.get_study_for_user(actor, study_id)
    return render(request, "talent/study.html", {
        "req": req, "may_endorse": policy.can_endorse_study(actor, req),
        "may_decide": policy.can_decide_study(actor, req)})


@member_required
@require_POST
def decide_study(request, study_id):
    actor = Actor.from_request(request)
    req = queries.get_study_for_user(actor, study_id)
    approve = request.POST.get("decision") == "approve"
    step = services.endorse_study if req.status == "submitted" else services.decide_study
    try:
        step(actor=actor, request_id=req.pk, version=request.POST.get("version"),
             approve=approve, note=request.POST.get("note", ""))
    except DomainError as error:
        return refused(request, "talent/study.html", {"req": req}, error)
    messages.success(request, _("Decision saved."))
    return redirect("talent:study", study_id=req.pk)


@member_required
@require_http_methods(["GET", "POST"])
def trainings(request):
    actor = Actor.from_request(request)
    qs = LeadershipTraining.objects.select_related("employee").order_by("-year")
    rows = list(qs[:500]) if actor.is_hr_admin else list(qs.filter(employee_id=actor.employee_id or 0))
    context = {"rows": rows, "kinds": TRAINING_CHOICES, "is_hr": actor.is_hr_admin}
    if request.method == "POST":
        try:
            if request.POST.get("verify"):
                services.verify_training(actor=actor, training_id=int_or_none(request.POST["verify"]))
            else:
                employee_id = actor.employee_id
                nip = request.POST.get("nip", "").strip()
                if actor.is_hr_admin and nip:
                    found = queries.employee_id_by_nip(nip)
                    if found is None:
                        raise DomainError(_("No employee with this NIP."))
                    employee_id = found
                if not employee_id:
                    raise Http404
                services.record_training(actor=actor, employee_id=employee_id,
                                         kind=request.POST.get("kind", ""),
                                         year=request.POST.get("year"),
                                         certificate_number=request.POST.get("certificate_number"))
        except DomainError as error:
            return refused(request, "talent/trainings.html", context, error)
        messages.success(request, _("Training saved."))
        return redirect("talent:trainings")
    return render(request, "talent/trainings.html", context)


@member_required
@require_GET
def career_path(request):
    actor = Actor.from_request(request)
    employee = queries.employee_of(actor)
    if employee is None:
        raise Http404
    placement = queries.own_placement(actor)
    held = queries.trainings_by_employee([employee.pk]).get(employee.pk, [])
    posts = [(p, missing_for(p.kind, held_trainings=held, box=placement.box if placement else None))
             for p in queries.next_posts(employee)]
    return render(request, "talent/career.html", {
        "employee": employee, "placement": placement, "held": held, "posts": posts})
