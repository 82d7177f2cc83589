"""Import and export pages: thin views over services, queries and exports."""

import datetime
from functools import wraps

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.people import policy

from . import exports, queries, services, tasks
from .forms import UploadForm

ISSUES_PER_PAGE = 100
STALLED_AFTER = datetime.timedelta(minutes=2)
# Room for the multipart envelope around the file itself.
ENVELOPE_BYTES = 64 * 1024


def _actor(request) -> Actor:
    """The actor of a government; a platform operator (no government) finds nothing here."""
    actor = Actor.from_request(request)
    if actor.instansi_id is None:
        raise Http404
    return actor


def _problem(request, message, status: int):
    return render(request, "transfer/problem.html", {"message": message}, status=status)


def _forbidden(request, message=None):
    return _problem(request, message or _("You may not use import and export."), 403)


def _importers_only(view):
    """Import pages: the actor is worked out once and must be allowed to import."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        actor = _actor(request)
        if not policy.can_import(actor):
            return _forbidden(request, _("You may not import data."))
        return view(request, actor, *args, **kwargs)

    return wrapped


def _index(request, actor, form=None, *, status=200, error=None):
    context = {
        "form": form or UploadForm(),
        "jobs": queries.jobs_for(actor)[:20] if policy.can_import(actor) else [],
        "can_import": policy.can_import(actor),
        "can_export": policy.can_export(actor),
        "error": error,
        "max_mb": settings.ABDI_IMPORT_MAX_BYTES // (1024 * 1024),
        "max_rows": services.max_rows(),
    }
    return render(request, "transfer/index.html", context, status=status)


@login_required
@require_GET
def index(request):
    actor = _actor(request)
    if not (policy.can_import(actor) or policy.can_export(actor)):
        return _forbidden(request)
    return _index(request, actor)


@login_required
@require_POST
@_importers_only
def upload(request, actor):
    length = request.META.get("CONTENT_LENGTH") or "0"
    limit = settings.ABDI_IMPORT_MAX_BYTES
    # Refuse an oversized body before Django reads it into a temporary file.
    if length.isdigit() and int(length) > limit + ENVELOPE_BYTES:
        return _index(request, actor, status=413, error=services.too_large_message(limit))
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _index(request, actor, form, status=400)
    try:
        job = tasks.start_import(actor=actor, kind=form.cleaned_data["kind"],
                                    upload=form.cleaned_data["file"],
                                    language=get_language() or settings.LANGUAGE_CODE)
    except DomainError as exc:
        form.add_error("file" if exc.field is None else exc.field, str(exc.message))
        return _index(request, actor, form, status=exc.status)
    return redirect("transfer:job", pk=job.pk)


def _job_context(request, job):
    report = job.report or {}
    page = Paginator(report.get("issues", []), ISSUES_PER_PAGE).get_page(request.GET.get("page"))
    # A running job whose row has not moved for a while: the task worker may be down.
    stalled = job.is_running and timezone.now() - job.updated_at > STALLED_AFTER
    return {"job": job, "report": report, "page_obj": page, "stalled": stalled}


@login_required
@require_GET
@_importers_only
def job_detail(request, actor, pk):
    job = queries.get_job_for_user(actor, pk)
    return render(request, "transfer/job.html", _job_context(request, job))


@login_required
@require_GET
@_importers_only
def job_progress(request, actor, pk):
    """The status block alone, polled by htmx every second while the job runs."""
    job = queries.get_job_for_user(actor, pk)
    return render(request, "transfer/job.html#status", _job_context(request, job))


@login_required
@require_POST
@_importers_only
def job_confirm(request, actor, pk):
    job = queries.get_job_for_user(actor, pk)
    try:
        tasks.confirm_import(actor=actor, job=job)
    except DomainError as exc:
        context = _job_context(request, job) | {"error": str(exc.message)}
        return render(request, "transfer/job.html", context, status=exc.status)
    return redirect("transfer:job", pk=job.pk)


def _xlsx(chunks, name: str) -> StreamingHttpResponse:
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    response = StreamingHttpResponse(chunks, content_type=exports.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{name}-{stamp}.xlsx"'
    return response


@login_required
@require_GET
@_importers_only
def template_employees(request, actor):
    return FileResponse(exports.employee_template(actor), as_attachment=True,
                        filename="templat-impor-pegawai.xlsx", content_type=exports.CONTENT_TYPE)


@login_required
@require_GET
@_importers_only
def template_organisation(request, actor):
    return FileResponse(exports.organisation_template(), as_attachment=True,
                        filename="templat-impor-organisasi.xlsx",
                        content_type=exports.CONTENT_TYPE)


def _directory_filters(query) -> dict:
    """The directory's filters from the query string; malformed ids are refused."""
    filters = {"q": query.get("q", "")[:100]}
    for name in ("agency", "unit"):
        value = query.get(name, "").strip()
        if value:
            if not value.isdigit() or len(value) > 18:
                raise DomainError(_("The filter %(name)s must be a number.") % {"name": name})
            filters[name] = int(value)
    for name in ("grade", "job_kind", "status", "kind"):
        value = query.get(name, "").strip()[:30]
        if value:
            filters[name] = value
    return filters


@login_required
@require_GET
def export_employees(request):
    actor = _actor(request)
    if not policy.can_export(actor):
        return _forbidden(request, _("You may not export data."))
    try:
        filters = _directory_filters(request.GET)
    except DomainError as exc:
        return _problem(request, str(exc.message), exc.status)
    return _xlsx(exports.export_employees(actor, filters), "pegawai")


@login_required
@require_GET
def export_units(request):
    actor = _actor(request)
    if not policy.can_export(actor):
        return _forbidden(request, _("You may not export data."))
    return _xlsx(exports.export_organisation(actor), "organisasi")
