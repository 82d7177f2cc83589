"""Talent pools per jabatan level and succession plans of key posts (HR and the leaders)."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..rules.career import POOL_LEVELS
from ..services import documents
from ..services import succession as services
from ._common import int_or_none, refused
from .ninebox import _year


@member_required
@require_GET
def pools(request):
    actor = Actor.from_request(request)
    if not policy.can_view_succession(actor):
        raise Http404
    year = _year(request, actor)
    level = request.GET.get("level") or "ADMINISTRATOR"
    if level not in POOL_LEVELS:
        raise Http404
    nasional = request.GET.get("group") == "nasional"
    return render(request, "talent/pools.html", {
        "year": year, "level": level, "levels": POOL_LEVELS, "nasional": nasional,
        "members": list(queries.pool(actor, year, level, nasional=nasional)[:500])})


def _plans_context(actor, year):
    return {"plans": list(queries.plans()), "positions": list(queries.key_post_choices()[:500]),
            "year": year, "may_manage": policy.can_manage_succession(actor)}


@member_required
@require_GET
def plans(request):
    actor = Actor.from_request(request)
    if not policy.can_view_succession(actor):
        raise Http404
    return render(request, "talent/plans.html", _plans_context(actor, _year(request, actor)))


@member_required
@require_POST
def create_plan(request):
    actor = Actor.from_request(request)
    if not policy.can_view_succession(actor):
        raise Http404
    year = int_or_none(request.POST.get("year")) or 0
    try:
        plan = services.create_plan(actor=actor, position_id=int_or_none(request.POST.get("position")),
                                    year=year)
    except DomainError as error:
        return refused(request, "talent/plans.html", _plans_context(actor, year), error)
    return redirect("talent:plan", succession_id=plan.pk)


@member_required
@require_GET
def plan(request, succession_id):
    actor = Actor.from_request(request)
    found = queries.get_plan(actor, succession_id)
    return render(request, "talent/plan.html", {
        "plan": found, "candidates": queries.plan_candidates(found),
        "may_manage": policy.can_manage_succession(actor)})


@member_required
@require_POST
def move(request, succession_id):
    actor = Actor.from_request(request)
    found = queries.get_plan(actor, succession_id)
    try:
        services.move_candidate(actor=actor, plan_id=found.pk, version=request.POST.get("version"),
                                employee_id=request.POST.get("employee"),
                                rank=request.POST.get("rank"), reason=request.POST.get("reason"))
    except DomainError as error:
        return refused(request, "talent/plan.html", {
            "plan": found, "candidates": queries.plan_candidates(found),
            "may_manage": policy.can_manage_succession(actor)}, error)
    messages.success(request, _("Order changed."))
    return redirect("talent:plan", succession_id=found.pk)


@member_required
@require_GET
def plan_pdf(request, succession_id):
    actor = Actor.from_request(request)
    found = queries.get_plan(actor, succession_id)
    pdf = documents.plan_pdf(found, queries.plan_candidates(found))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="rencana-suksesi-{found.pk}.pdf"'
    return response
