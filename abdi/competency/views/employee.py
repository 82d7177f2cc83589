"""An employee's competency page (own, as atasan, as HR), the atasan's list, requests and plans."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..models import DevelopmentItem
from ..rules.akpk import MIN_JP_PNS
from ..services import plans as plan_services
from ._common import year_of


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    return render(request, "competency/index.html", {
        "is_employee": bool(actor.employee_id), "is_supervisor": actor.is_supervisor,
        "sees_maps": policy.can_see_gap_maps(actor), "imports": policy.can_import(actor)})


def _page(request, actor, employee, *, status=200, error=None, values=None):
    year = year_of(request.GET.get("year") or (values or {}).get("year"))
    items = queries.development_items(employee, year)
    return render(request, "competency/employee.html", {
        "employee": employee, "p": queries.profile(employee), "history": queries.history(employee),
        "items": items, "year": year, "total_jp": sum(i.jp for i in items),
        "total_cost": sum(i.cost for i in items), "min_jp": MIN_JP_PNS,
        "may_request": policy.can_request_development(actor, employee),
        "may_propose": policy.can_propose_plan(actor, employee),
        "may_record": policy.can_record_assessment(actor, employee),
        "may_define": policy.can_define_competencies(actor),
        "kinds": DevelopmentItem.Kind.choices, "choices": queries.competency_choices(
            employee.instansi_id), "error": error, "values": values or {}}, status=status)


@member_required
@require_GET
def mine(request):
    actor = Actor.from_request(request)
    if not actor.employee_id:
        raise Http404
    return redirect("competency:employee", actor.employee_id)


@member_required
@require_GET
def employee(request, employee_id):
    actor = Actor.from_request(request)
    return _page(request, actor, queries.get_employee_for_user(actor, employee_id))


@member_required
@require_POST
def request_development(request, employee_id):
    actor = Actor.from_request(request)
    person = queries.get_employee_for_user(actor, employee_id)
    values = {k: request.POST.get(k, "")[:200] for k in ("title", "kind", "code", "jp", "cost",
                                                           "year")}
    try:
        plan_services.request_development(
            actor=actor, employee=person, year=year_of(values["year"]), title=values["title"],
            kind=values["kind"], code=values["code"], jp=values["jp"], cost=values["cost"] or 0)
    except DomainError as error:
        return _page(request, actor, person, status=error.status, error=error.message,
                     values=values)
    messages.success(request, _("Your request is added to your development plan."))
    return redirect("competency:employee", person.pk)


@member_required
@require_POST
def propose(request, employee_id):
    actor = Actor.from_request(request)
    person = queries.get_employee_for_user(actor, employee_id)
    try:
        plan_services.propose_plan(actor=actor, employee=person,
                                   year=year_of(request.POST.get("year")))
    except DomainError as error:
        return _page(request, actor, person, status=error.status, error=error.message)
    messages.success(request, _("The development plan is proposed from the gaps."))
    return redirect("competency:employee", person.pk)


@member_required
@require_GET
def subordinates(request):
    actor = Actor.from_request(request)
    if not actor.is_supervisor:
        raise Http404
    return render(request, "competency/subordinates.html", {"rows": queries.subordinates(actor)})
