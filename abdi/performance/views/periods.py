"""BKPSDM computes a whole period: a form, and the runs with their outcome (polled while busy)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from ..models import PeriodRun
from ..rules.cycle import PeriodKind
from ..services import period as period_services
from .skp_common import actor_of


def _page(request, *, status=200):
    runs = list(PeriodRun.objects.select_related("requested_by")[:20])
    busy = any(run.status in (PeriodRun.Status.QUEUED, PeriodRun.Status.RUNNING) for run in runs)
    context = {"runs": runs, "busy": busy, "year": timezone.localdate().year,
               "kinds": [(k.value, k.label) for k in PeriodKind],
               "default_kind": getattr(request.instansi, "appraisal_period", "monthly")}
    template = "performance/periods/index.html#runs" if request.htmx else "performance/periods/index.html"
    return render(request, template, context, status=status)


@member_required
def index(request):
    actor = actor_of(request)
    if not actor.is_hr_admin:
        raise PermissionDenied
    if request.method == "POST":
        try:
            period_services.request_period_run(
                actor=actor, instansi_id=actor.instansi_id, year=request.POST.get("year"),
                period_kind=request.POST.get("period_kind", ""),
                period_number=request.POST.get("period_number"))
        except DomainError as exc:
            messages.error(request, exc.message)
            return _page(request, status=exc.status)
        messages.success(request, _("The period is being computed; this page shows when it is done."))
        return redirect("performance:periods")
    return _page(request)
