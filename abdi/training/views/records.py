"""One training record and the acts on it: the atasan's decision, HR's attendance, result and
verification, the participant's evaluation; reporting a training done elsewhere."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..models import FORM_CHOICES
from ..services import records as services

REPORT_FIELDS = ("title", "form", "organiser", "starts_on", "ends_on", "minutes", "stated_jp",
                 "certificate_number")


def _page(request, record, *, error=None, status=200):
    actor = Actor.from_request(request)
    return render(request, "training/record.html", {
        "record": record, "error": error,
        "may_decide": policy.can_decide_registration(actor, record),
        "may_record": policy.can_record_outcome(actor, record),
        "may_evaluate": policy.can_evaluate(actor, record)
        and record.status in ("attended", "completed") and not queries.has_evaluation(record),
        "may_cancel": policy.can_cancel(actor, record) and record.event_id
        and record.status in ("registered", "approved"),
        "questions": services.QUESTIONS}, status=status)


@member_required
@require_GET
def detail(request, record_id):
    return _page(request, queries.get_record_for_user(Actor.from_request(request), record_id))


def _act(request, record_id, call, done):
    actor = Actor.from_request(request)
    record = queries.get_record_for_user(actor, record_id)
    try:
        call(actor, record)
    except DomainError as error:
        return _page(request, record, error=error.message, status=error.status)
    messages.success(request, done)
    if request.POST.get("next_event") and record.event_id:
        return redirect("training:event", record.event_id)
    return redirect("training:record", record.pk)


@member_required
@require_POST
def decide(request, record_id):
    approve = request.POST.get("decision") == "approve"
    return _act(request, record_id, lambda actor, record: services.decide_registration(
        actor=actor, record=record, version=request.POST.get("version"), approve=approve,
        reason=request.POST.get("reason", "")), _("Your decision is recorded."))


@member_required
@require_POST
def cancel(request, record_id):
    return _act(request, record_id, lambda actor, record: services.cancel_registration(
        actor=actor, record=record, version=request.POST.get("version")),
        _("Your registration is withdrawn."))


@member_required
@require_POST
def attendance(request, record_id):
    attended = request.POST.get("attended") == "yes"
    return _act(request, record_id, lambda actor, record: services.record_attendance(
        actor=actor, record=record, version=request.POST.get("version"), attended=attended),
        _("Attendance is recorded."))


@member_required
@require_POST
def complete(request, record_id):
    return _act(request, record_id, lambda actor, record: services.complete(
        actor=actor, record=record, version=request.POST.get("version"),
        result=request.POST.get("result", ""), certificate=request.FILES.get("certificate"),
        certificate_number=request.POST.get("certificate_number", "")),
        _("The result is recorded; its JP count."))


@member_required
@require_POST
def verify(request, record_id):
    accept = request.POST.get("decision") == "accept"
    return _act(request, record_id, lambda actor, record: services.verify_external(
        actor=actor, record=record, version=request.POST.get("version"), accept=accept,
        reason=request.POST.get("reason", "")), _("The verification is recorded."))


@member_required
@require_POST
def evaluate(request, record_id):
    return _act(request, record_id, lambda actor, record: services.evaluate(
        actor=actor, record=record, answers=request.POST, comment=request.POST.get("comment", "")),
        _("Thank you for your evaluation."))


@member_required
@require_GET
def certificate(request, record_id):
    record = queries.get_record_for_user(Actor.from_request(request), record_id)
    if not record.certificate:
        raise Http404
    response = FileResponse(record.certificate.open("rb"), as_attachment=True,
                            filename=record.certificate.name.rsplit("/", 1)[-1])
    response["X-Content-Type-Options"] = "nosniff"
    return response


@member_required
@require_GET
def approvals(request):
    actor = Actor.from_request(request)
    return render(request, "training/approvals.html", {
        "pending": list(queries.pending_approvals(actor)[:200])})


@member_required
@require_http_methods(["GET", "POST"])
def report(request):
    actor = Actor.from_request(request)
    if not policy.can_report_external(actor):
        raise Http404
    values, error, field, status = {}, None, None, 200
    if request.method == "POST":
        values = {name: request.POST.get(name, "") for name in REPORT_FIELDS}
        try:
            record = services.report_external(actor=actor, data=values,
                                              certificate=request.FILES.get("certificate"))
        except DomainError as e:
            error, field, status = e.message, e.field, e.status
        else:
            messages.success(request, _("Reported; BKPSDM verifies it next."))
            return redirect("training:record", record.pk)
    return render(request, "training/report.html", {
        "values": values, "error": error, "error_field": field, "forms": FORM_CHOICES},
        status=status)
