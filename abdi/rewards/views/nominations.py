"""Nominations: the list by status (BKPSDM and leaders all; a supervisor their units'), the
candidates of a kind, nominating, and the decision. Thin: parse, ask policy, call services."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import paginate

from .. import policy, queries
from ..models import Nomination
from ..services import nominations as service
from ..services.settings import ensure_defaults
from .common import refuse

INDEX, NOMINATE, CANDIDATES, DETAIL = ("rewards/index.html", "rewards/nominate.html",
                                       "rewards/candidates.html", "rewards/nomination.html")
PER_PAGE = 50


def _year(raw) -> int:
    this_year = timezone.localdate().year
    raw = str(raw or "").strip()
    return int(raw) if raw.isascii() and raw.isdigit() and 1950 <= int(raw) <= this_year + 1 else this_year


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    ensure_defaults(actor.instansi_id)
    if not (policy.sees_all_nominations(actor) or policy.may_nominate_someone(actor)):
        return redirect("rewards:mine")
    status = request.GET.get("status", "")
    status = status if status in Nomination.Status.values else ""
    page = paginate(queries.nominations(actor, status=status), request.GET.get("page"), PER_PAGE)
    return render(request, INDEX, {
        "page_obj": page, "nominations": list(page), "status": status,
        "statuses": Nomination.Status.choices, "may_nominate": policy.may_nominate_someone(actor),
        "manages": policy.can_manage(actor, actor.instansi_id),
    })


@member_required
@require_GET
def candidates(request):
    actor = Actor.from_request(request)
    if not policy.may_nominate_someone(actor):
        raise PermissionDenied
    ensure_defaults(actor.instansi_id)
    kinds = list(queries.kinds())
    kind = queries.find_kind(request.GET.get("kind")) or (kinds[0] if kinds else None)
    year = _year(request.GET.get("tahun"))
    agency = queries.find_agency(request.GET.get("agency")) if actor.is_hr_admin else None
    show_all = request.GET.get("semua") == "1"
    rows = queries.candidates(actor, kind, year, agency_id=agency.pk if agency else None,
                              only_eligible=not show_all) if kind else []
    return render(request, CANDIDATES, {
        "kinds": kinds, "kind": kind, "year": year, "rows": rows, "show_all": show_all,
        "agencies": list(queries.agencies()) if actor.is_hr_admin else [], "agency": agency,
    })


def _nominate_context(request, actor, values):
    return {"kinds": list(queries.kinds()), "values": values,
            "this_year": timezone.localdate().year}


@member_required
@require_http_methods(["GET", "POST"])
def nominate(request):
    actor = Actor.from_request(request)
    if not policy.may_nominate_someone(actor):
        raise PermissionDenied
    ensure_defaults(actor.instansi_id)
    source = request.POST if request.method == "POST" else request.GET
    employee = queries.find_employee(source.get("employee")) if source.get("employee") else None
    if employee is None and source.get("nip"):
        employee = queries.employee_by_nip(source.get("nip"))
    values = {"employee": employee, "nip": employee.nip if employee else source.get("nip", ""),
              "kind": str(source.get("kind", "")), "year": source.get("year") or timezone.localdate().year,
              "reason": source.get("reason", ""), "evidence": source.get("evidence", "")}
    if employee is not None and not policy.can_nominate(actor, employee):
        values["employee"], values["nip"] = None, ""  # never show who one may not nominate
        employee = None if request.method == "GET" else employee
    context = _nominate_context(request, actor, values)
    if request.method == "GET":
        return render(request, NOMINATE, context)
    if employee is None and source.get("nip"):
        return refuse(request, NOMINATE, context, DomainError(
            _("No employee you may nominate has that NIP."), field="nip"))
    try:
        nomination = service.nominate(actor=actor, employee=employee,
                                      kind=queries.find_kind(source.get("kind")), year=source.get("year"),
                                      reason=source.get("reason"), evidence=source.get("evidence"))
    except DomainError as error:
        return refuse(request, NOMINATE, context, error)
    messages.success(request, _("%(name)s was nominated for %(kind)s.") % {
        "name": nomination.employee.name, "kind": nomination.kind.name})
    return redirect("rewards:nomination", nomination.pk)


@member_required
@require_http_methods(["GET", "POST"])
def detail(request, reward_nomination_id):
    actor = Actor.from_request(request)
    nomination = queries.get_nomination_for_user(actor, reward_nomination_id)
    context = {"nomination": nomination, "may_decide": policy.can_decide(actor, nomination)
               and nomination.status == Nomination.Status.PROPOSED, "values": request.POST}
    if request.method == "GET":
        return render(request, DETAIL, context)
    try:
        decided = service.decide(actor=actor, nomination=nomination, decision=request.POST.get("decision"),
                                 reason=request.POST.get("decision_reason"),
                                 version=request.POST.get("version"),
                                 sk_number=request.POST.get("sk_number"), sk_date=request.POST.get("sk_date"))
    except DomainError as error:
        return refuse(request, DETAIL, context, error)
    messages.success(request, _("The nomination was %(status)s.") % {
        "status": decided.get_status_display().lower()})
    return redirect("rewards:nomination", decided.pk)
