"""Daily activity and validation pages. Thin: parse, ask policy/queries/services, render.

The diary answers a plain form POST (redirect back, PRG) and the phone's script (JSON, see
static/performance/diary.js) from the same code; a resend with the same client_key is safe.
"""

import uuid

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError, Forbidden
from abdi.tenancy.access import member_required
from abdi.web.fragments import wants_fragment as _wants_fragment
from abdi.web.paging import page_size, paginate

from .. import policy, queries, queries_appraisal, services
from ..forms_activity import ActivityForm, BackdateForm
from ..rules import activity as activity_rules
from ..rules.workflow import ActivityStatus
from ..services import settings as settings_services
from .queue_rows import QueueRows

DIARY = "performance/activity/diary.html"
QUEUE = "performance/activity/queue.html"
REFUSED = "performance/activity/refused.html"
MAX_ID = 2**63 - 1  # beyond the database's integer range a lookup overflows instead of missing
EVIDENCE_TYPES = {".jpg": "image/jpeg", ".png": "image/png", ".pdf": "application/pdf"}


def _actor(request) -> Actor:
    return Actor.from_request(request)


def _wants_json(request) -> bool:
    """The diary's script asks for JSON; a browser posting the form gets a page."""
    return ("application/json" in request.headers.get("Accept", "")
            or request.headers.get("X-Requested-With") in ("XMLHttpRequest", "fetch"))


def _back(request, default: str) -> str:
    """Where a plain POST returns to: the page it came from, if it is one of ours."""
    target = request.POST.get("back", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return default


def _refused(request, error, *, status=None):
    """A refused act as a small page (or JSON for scripts) carrying the service's message."""
    status = status or error.status
    if _wants_json(request):
        return JsonResponse({"status": "error", "message": str(error.message),
                             "field": getattr(error, "field", None)}, status=status)
    back = _back(request, "")
    return render(request, REFUSED, {"message": error.message, "back": back}, status=status)


# --- the diary ------------------------------------------------------------------------------


def _diary_context(actor, today, window, indicators) -> dict:
    context = {
        "today": today, "year": today.year, "indicators": indicators,
        # Lazy: a POST that succeeds redirects (or answers JSON) without reading the list.
        "recent": SimpleLazyObject(lambda: list(queries.recent_activities(actor.employee_id))),
        "queue_key": f"abdi.diary.{actor.instansi_id}.{actor.employee_id}",
        "window": window,
        "max_evidence_bytes": activity_rules.MAX_EVIDENCE_BYTES,
    }
    if not indicators:
        plan = queries.skp_of(actor.employee_id, today.year)
        context["approved_without_outputs"] = plan is not None and plan.was_approved
    return context


@member_required
@require_http_methods(["GET", "POST"])
def diary(request):
    actor = _actor(request)
    today = timezone.localdate()
    if actor.employee_id is None:
        # An admin account that is no employee has no diary; say so instead of failing.
        if request.method == "POST":
            return _refused(request, Forbidden(
                _("Only employees report daily activities.")))
        return render(request, DIARY, {"no_employee": True, "year": today.year})
    window = queries.backdate_days()
    indicators = queries.reportable_indicators(
        actor.employee_id, activity_rules.reportable_years(today, window))
    context = _diary_context(actor, today, window, indicators)
    if request.method == "POST":
        return _report(request, actor, context)
    if _wants_fragment(request):
        response = render(request, f"{DIARY}#recent", context)
    else:
        form = ActivityForm(indicators=indicators, today=today, backdate_days=context["window"])
        response = render(request, DIARY, {**context, "form": form})
    patch_vary_headers(response, ["HX-Request"])
    return response


def _already_received(actor, raw_key):
    """A resend of an entry the server has (its answer was lost): found before any check, so a
    plan changed since, or a day now outside the window, does not refuse what was accepted."""
    try:
        key = uuid.UUID(str(raw_key))
    except ValueError:
        return None
    return queries.activity_by_client_key(actor.employee_id, key)


def _received(request, activity, created):
    message = _("Activity saved.") if created else _("This activity was already received.")
    if _wants_json(request):
        return JsonResponse(
            {"status": "ok", "id": activity.pk, "created": created, "message": message,
             "url": reverse("performance:activity_detail", args=[activity.pk])},
            status=201 if created else 200)
    (messages.success if created else messages.info)(request, message)
    return redirect("performance:diary")


def _report(request, actor, context):
    existing = _already_received(actor, request.POST.get("client_key", ""))
    if existing is not None:
        return _received(request, existing, False)
    indicators = context["indicators"]
    form = ActivityForm(request.POST, request.FILES, indicators=indicators,
                        today=context["today"], backdate_days=context["window"])
    if not indicators:
        return _refused(request, Forbidden(
            _("You have no approved SKP for %(year)s, so activities cannot be reported yet.")
            % {"year": context["year"]}))
    if not form.is_valid():
        return _report_failed(request, form, context, 400,
                              _("Nothing was saved. Please correct the marked fields."))
    try:
        activity, created = services.record_activity(
            actor=actor, indicator=form.chosen_indicator, values=form.values(),
            client_key=form.cleaned_data.get("client_key"),
            evidence=form.cleaned_data.get("evidence"))
    except DomainError as error:
        form.add_service_error(error)
        return _report_failed(request, form, context, error.status, str(error.message))
    return _received(request, activity, created)


def _report_failed(request, form, context, status, message):
    if _wants_json(request):
        return JsonResponse({"status": "error", "message": message, "errors": form.error_dict()},
                            status=status)
    return render(request, DIARY, {**context, "form": form, "failed": message}, status=status)


# --- one entry ------------------------------------------------------------------------------


def _evidence_file(activity):
    """The evidence, streamed after the permission check (MEDIA_URL is never linked)."""
    if not activity.evidence:
        raise Http404
    suffix = activity.evidence.name[-4:].lower()
    try:
        handle = activity.evidence.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    content_type = EVIDENCE_TYPES.get(suffix, "application/octet-stream")
    # Pictures show inline; a PDF downloads (a browser's PDF viewer fights a strict CSP).
    response = FileResponse(handle, content_type=content_type,
                            as_attachment=not content_type.startswith("image/"),
                            filename=f"bukti-{activity.pk}{suffix}")
    response["Cache-Control"] = "private, max-age=3600"
    return response


@member_required
@require_GET
def activity_detail(request, pk):
    actor = _actor(request)
    activity = queries.get_activity_for_user(actor, pk)
    if request.GET.get("file"):
        return _evidence_file(activity)
    suffix = activity.evidence.name[-4:].lower() if activity.evidence else ""
    context = {
        "activity": activity,
        "is_own": actor.owns(activity.employee_id),
        "evidence_is_image": suffix in (".jpg", ".png"),
        "feedback": queries.activity_feedback(activity),
        "can_validate": activity.status == ActivityStatus.SUBMITTED
        and policy.can_validate_activity(actor, activity),
        "can_feedback": policy.can_give_feedback(actor, activity.skp),
    }
    return render(request, "performance/activity/detail.html", context)


# --- validation by the atasan ---------------------------------------------------------------


@member_required
@require_GET
def queue(request):
    actor = _actor(request)
    if not policy.can_see_validation_queue(actor):
        return render(request, QUEUE, {"not_supervisor": True})
    by_employee = request.GET.get("sort") == "employee"
    found = queries.validation_queue(actor)
    if by_employee:
        found = found.order_by("employee__name", "employee_id", "date", "id")
    page = paginate(found, request.GET.get("page"), page_size(request.GET.get("size")))
    back = request.get_full_path()
    context = {"page_obj": page, "by_employee": by_employee, "back": back,
               "rows": QueueRows(request, back).rows(page.object_list, by_employee=by_employee)}
    template = f"{QUEUE}#list" if _wants_fragment(request) else QUEUE
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _row(request, pk, *, status=200, error=None):
    """The queue's row of one entry as it is now (after the act, or after a refusal)."""
    activity = queries.activity_in_government(pk)
    return HttpResponse(QueueRows(request, _back(request, "")).row(activity, error=error),
                        status=status)


@member_required
@require_POST
def validate(request, pk):
    actor = _actor(request)
    activity = queries.activity_in_government(pk)
    action = request.POST.get("action")
    try:
        if action == "approve":
            services.approve_activity(actor=actor, activity=activity)
            message = _("Activity approved.")
        elif action == "reject":
            services.reject_activity(actor=actor, activity=activity,
                                     reason=request.POST.get("reason", ""))
            message = _("Activity rejected.")
        else:
            raise DomainError(_("Choose to approve or to reject."))
    except DomainError as error:
        # Only someone who may see the entry gets its row back; others just the message.
        if _wants_fragment(request) and policy.can_view_activity(actor, activity):
            return _row(request, pk, status=error.status, error=error.message)
        return _refused(request, error)
    if _wants_fragment(request):
        return _row(request, pk)
    messages.success(request, message)
    return redirect(_back(request, reverse("performance:queue")))


def _ids(raw) -> list[int]:
    """Ids from the checkboxes; anything else is refused by the service as not from the list."""
    ids = []
    for value in raw:
        value = str(value).strip()
        if not value.isdigit() or not 0 < int(value) <= MAX_ID:
            raise DomainError(_("Choose activities from the list."))
        ids.append(int(value))
    return ids


@member_required
@require_POST
def bulk(request):
    actor = _actor(request)
    try:
        count = services.bulk_approve(actor=actor, activity_ids=_ids(request.POST.getlist("ids")))
    except DomainError as error:
        return _refused(request, error)
    messages.success(request, ngettext("%(n)s activity approved.", "%(n)s activities approved.",
                                       count) % {"n": count})
    return redirect(_back(request, reverse("performance:queue")))


# --- the government's setting ---------------------------------------------------------------


@member_required
@require_http_methods(["GET", "POST"])
def settings_page(request):
    actor = _actor(request)
    if not actor.is_hr_admin:
        raise PermissionDenied
    template = "performance/activity/settings.html"
    if request.method == "POST":
        form = BackdateForm(request.POST)
        if not form.is_valid():
            return render(request, template, {"form": form}, status=400)
        try:
            settings_services.update_settings(
                actor=actor, instansi_id=actor.instansi_id,
                values=form.values_over(queries_appraisal.performance_settings()))
        except DomainError as error:
            form.add_error(error.field if error.field in form.fields else None, str(error.message))
            return render(request, template, {"form": form}, status=error.status)
        messages.success(request, _("Settings saved."))
        return redirect("performance:settings")
    current = queries_appraisal.performance_settings()
    form = BackdateForm(initial={name: getattr(current, name)
                                 for name in ("backdate_days", *BackdateForm.OPTIONAL)})
    return render(request, template, {"form": form})
