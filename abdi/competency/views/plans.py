"""Agency development plans (AKPK): the list, consolidation and BKPSDM's decision."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..services import plans as services
from ._common import as_int, year_of


@member_required
@require_GET
def plan_list(request):
    actor = Actor.from_request(request)
    if not policy.can_see_plans(actor):
        raise Http404
    year = year_of(request.GET.get("year"))
    return render(request, "competency/plans.html", {
        "plans": list(queries.plans(actor, year)), "year": year,
        "agencies": queries.agencies(actor)})


@member_required
@require_POST
def consolidate(request):
    actor = Actor.from_request(request)
    agency_id = as_int(request.POST.get("agency"))
    if not policy.can_see_plans(actor) or agency_id is None:
        raise Http404
    try:
        plan = services.consolidate(actor=actor, agency_id=agency_id,
                                    year=year_of(request.POST.get("year")))
    except DomainError as error:
        return render(request, "competency/error.html", {"message": error.message},
                      status=error.status if error.status != 403 else 404)
    messages.success(request, _("The agency's plan is consolidated."))
    return redirect("competency:plan", plan.pk)


@member_required
@require_http_methods(["GET", "POST"])
def plan_detail(request, plan_id):
    actor = Actor.from_request(request)
    plan = queries.get_plan_for_user(actor, plan_id)
    status, error = 200, None
    if request.method == "POST":
        try:
            services.decide_plan(actor=actor, plan=plan,
                                 version=as_int(request.POST.get("version")) or 0,
                                 approve=request.POST.get("decision") == "approve",
                                 note=request.POST.get("note", "")[:500])
        except DomainError as exc:
            status, error = exc.status, exc.message
        else:
            messages.success(request, _("The decision is recorded."))
            return redirect("competency:plan", plan.pk)
    return render(request, "competency/plan.html", {
        "plan": plan, "lines": queries.plan_lines(plan.agency_id, plan.year),
        "may_decide": policy.can_decide_plan(actor, plan), "error": error}, status=status)
