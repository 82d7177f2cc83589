"""Case pages: the list each viewer may see, the case, and HR's record/edit/decide/cancel forms.
Thin: parse, ask policy/queries, call services; a refused request re-renders with its 4xx."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.allowance.rules.discipline import Penalty, absence_penalty
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import page_size, paginate

from .. import display, policy, queries
from ..models import DISMISSAL_CHOICES, PENALTY_CHOICES, DisciplineCase
from ..services import cases as services

INDEX, DETAIL, FORM, DECIDE, CANCEL = (
    "discipline/index.html", "discipline/case.html", "discipline/case_form.html",
    "discipline/decide.html", "discipline/cancel.html")
CASE_FIELDS = ("violation", "incident_from", "incident_to", "expected_level")
EXAMINATION_FIELDS = ("first_summons_on", "second_summons_on", "examined_on",
                      "examination_minutes")


def _int(raw) -> int | None:
    raw = str(raw or "")
    return int(raw) if raw.isdigit() and len(raw) < 19 else None


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    status, level, q = (request.GET.get("status", ""), request.GET.get("level", ""),
                        request.GET.get("q", "")[:60])
    agency_id = _int(request.GET.get("agency"))
    cases = queries.case_list(actor, status=status, agency_id=agency_id, level=level, q=q)
    page = paginate(cases, request.GET.get("page"), page_size(request.GET.get("size")))
    manages = policy.can_manage_any(actor)
    return render(request, INDEX, {
        "page_obj": page, "cases": list(page), "manages": manages,
        "agencies": queries.managed_agencies(actor) if manages or actor.is_leader else [],
        "statuses": DisciplineCase.Status.choices, "levels": DisciplineCase.Level.choices,
        "status": status, "level": level, "q": q, "agency_id": agency_id})


@member_required
@require_GET
def detail(request, case_id):
    actor = Actor.from_request(request)
    case = queries.get_case_for_user(actor, case_id)
    return render(request, DETAIL, _detail_context(actor, case))


def _detail_context(actor, case) -> dict:
    return {
        "case": case, "facts": display.case_facts(case),
        "may_edit": policy.can_edit(actor, case),
        "may_read_minutes": policy.can_view_minutes(actor, case),
        "examiners": list(case.examiners.all()) if policy.can_view_minutes(actor, case) else [],
        "delivery_due": services.delivery_due(case) if case.sk_date else None}


@member_required
@require_POST
def receipt(request, case_id):
    actor, case = _managed_case(request, case_id)
    received_on = request.POST.get("received_on", "")[:20]
    try:
        services.record_receipt(actor=actor, case=case, version=request.POST.get("version"),
                                received_on=received_on)
    except DomainError as error:
        return render(request, DETAIL, {**_detail_context(actor, case), "error": error.message,
                                        "received_on": received_on}, status=error.status)
    messages.success(request, _("The date of receipt is recorded."))
    return redirect("discipline:case", case.pk)


def _managed_case(request, case_id):
    actor = Actor.from_request(request)
    case = queries.get_case_for_user(actor, case_id)
    if not policy.can_edit(actor, case):
        raise PermissionDenied
    return actor, case


@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    actor = Actor.from_request(request)
    if not policy.can_manage_any(actor):
        raise Http404
    source = request.POST if request.method == "POST" else request.GET
    employee = queries.employee_for_case(actor, source.get("employee"))
    nip = source.get("nip", "")[:40]
    if employee is None and nip:
        found = queries.employee_by_nip(nip)
        if found is not None and policy.can_manage(actor, instansi_id=found.instansi_id,
                                                    agency_id=found.agency_id):
            employee = found
    absence_year = _int(source.get("absence_year"))
    values = {field: source.get(field, "") for field in CASE_FIELDS}
    if request.method == "GET" and employee is not None and absence_year:
        values |= _absence_prefill(employee, absence_year)
    if request.method == "POST":
        if employee is None:
            return _form(request, None, values, nip=nip, absence_year=absence_year,
                         error=_("No employee you administer has this NIP."), field="nip",
                         status=400)
        try:
            case = services.report_case(
                actor=actor, employee=employee, violation=values["violation"],
                incident_from=values["incident_from"], incident_to=values["incident_to"],
                expected_level=values["expected_level"],
                absence_year=absence_year if absence_year and 2000 < absence_year < 2200 else None)
        except DomainError as error:
            return _form(request, None, values, employee=employee, nip=nip,
                         absence_year=absence_year, error=error.message, field=error.field,
                         status=error.status)
        messages.success(request, _("The case is recorded."))
        return redirect("discipline:case", case.pk)
    return _form(request, None, values, employee=employee, nip=nip or (employee.nip if employee else ""),
                 absence_year=absence_year)


def _absence_prefill(employee, year) -> dict:
    absent, run = queries.absence_of(employee.pk, year)
    finding = absence_penalty(absent, consecutive_days=run)
    text = _("Absent without valid reason (TK) on %(days)d working days in %(year)d, the longest "
             "run %(run)d days in a row (PP 94/2021 Pasal 4 huruf f).") % {
        "days": absent, "year": year, "run": run}
    return {"violation": text, "incident_from": f"{year}-01-01",
            "expected_level": finding.penalty.level.value if finding.penalty else ""}


def _form(request, case, values, *, employee=None, nip="", absence_year=None, error=None,
          field=None, status=200):
    return render(request, FORM, {
        "case": case, "values": values, "employee": employee or (case.employee if case else None),
        "nip": nip, "absence_year": absence_year or "", "error": error, "error_field": field,
        "levels": DisciplineCase.Level.choices}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, case_id):
    actor, case = _managed_case(request, case_id)
    if request.method == "POST":
        values = {field: request.POST.get(field, "") for field in CASE_FIELDS + EXAMINATION_FIELDS}
        values["examiners"] = request.POST.get("examiners", "")[:1000]
        try:
            services.update_case(
                actor=actor, case=case, version=request.POST.get("version"),
                violation=values["violation"], incident_from=values["incident_from"],
                incident_to=values["incident_to"], expected_level=values["expected_level"],
                first_summons_on=values["first_summons_on"],
                second_summons_on=values["second_summons_on"], examined_on=values["examined_on"],
                examiner_nips=values["examiners"].replace(",", " ").split(),
                examination_minutes=values["examination_minutes"])
        except DomainError as error:
            return _form(request, case, values, error=error.message, field=error.field,
                         status=error.status)
        messages.success(request, _("The case is saved."))
        return redirect("discipline:case", case.pk)
    values = {field: getattr(case, field) or "" for field in CASE_FIELDS + EXAMINATION_FIELDS}
    values = {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in values.items()}
    values["examiners"] = " ".join(case.examiners.values_list("nip", flat=True))
    return _form(request, case, values)


@member_required
@require_http_methods(["GET", "POST"])
def decide(request, case_id):
    actor, case = _managed_case(request, case_id)
    if not case.is_open:  # decided or cancelled: nothing awaits a decision
        message = (_("The decision on this case is recorded already; it cannot be recorded again.")
                   if case.is_decided else _("A cancelled case cannot be decided."))
        if request.method == "GET":
            messages.info(request, message)
            return redirect("discipline:case", case.pk)
        return render(request, DETAIL, {**_detail_context(actor, case), "error": message},
                      status=409)
    today = timezone.localdate()
    chain = queries.chain_of(case.employee, on=today)
    holders = {link.holder.pk: link.holder for link in chain if link.holder is not None}
    if request.method == "POST":
        values = {name: request.POST.get(name, "")[:100] for name in (
            "penalty", "official", "sk_number", "sk_date", "received_on", "dismissal_category")}
        raw = values["official"]
        official = services.PPK if raw == services.PPK else holders.get(_int(raw))
        try:
            services.decide_case(
                actor=actor, case=case, version=request.POST.get("version"),
                penalty=values["penalty"], official=official, sk_number=values["sk_number"],
                sk_date=values["sk_date"], received_on=values["received_on"],
                dismissal_category=values["dismissal_category"])
        except DomainError as error:
            return _decide_page(request, case, chain, values, error=error.message,
                                field=error.field, status=error.status)
        messages.success(request, _("The decision is recorded."))
        return redirect("discipline:case", case.pk)
    values = {"penalty": case.penalty, "sk_number": case.sk_number,
              "sk_date": case.sk_date.isoformat() if case.sk_date else "",
              "received_on": case.received_on.isoformat() if case.received_on else "",
              "official": services.PPK if case.imposed_as == "ppk" else (case.imposed_by_id or ""),
              "dismissal_category": case.dismissal_category}
    return _decide_page(request, case, chain, values)


def _decide_page(request, case, chain, values, *, error=None, field=None, status=200):
    today = timezone.localdate()
    authority = []
    for code in (Penalty.R1, Penalty.S1, Penalty.B1):
        try:
            imposers = services.imposers_for(case, code, on=today)
        except DomainError:
            imposers = []
        authority.append((code.level.value, [(post.value, holder) for post, holder in imposers]))
    return render(request, DECIDE, {
        "case": case, "chain": [link for link in chain if link.holder is not None],
        "values": {k: str(v) for k, v in values.items()}, "authority": authority,
        "penalties": PENALTY_CHOICES, "dismissals": DISMISSAL_CHOICES, "ppk": services.PPK,
        "error": error, "error_field": field}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def cancel(request, case_id):
    actor, case = _managed_case(request, case_id)
    error, status, reason = None, 200, ""
    if request.method == "POST":
        reason = request.POST.get("reason", "")[:5000]
        try:
            services.cancel_case(actor=actor, case=case, version=request.POST.get("version"),
                                 reason=reason)
        except DomainError as refused:
            error, status = refused.message, refused.status
        else:
            messages.success(request, _("The case is cancelled."))
            return redirect("discipline:case", case.pk)
    return render(request, CANCEL, {"case": case, "error": error, "reason": reason},
                  status=status)
