"""The monthly TPP run (BKPSDM: start, watch, review per agency, lock) and the slips
(every employee: "why is my TPP this amount"). Thin: parse, ask policy/queries, call services."""

from decimal import Decimal
from types import SimpleNamespace

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.fragments import wants_fragment
from abdi.web.paging import page_size, paginate

from .. import policy, queries_payroll
from ..forms import rupiah_amount
from ..rules import budget as budget_rules
from ..rules.schedules import Share
from ..rules.tpp import BreakdownLine, Step
from ..services import budgets, objections, payroll
from . import display

RUNS, RUN, MINE, SLIP = ("allowance/payroll_runs.html", "allowance/payroll_run.html",
                         "allowance/my_tpp.html", "allowance/slip.html")
SLIP_BODY = "allowance/_slip_body.html"
SLIP_BODY_SECONDS = 6 * 3600  # the key changes with every computation; this only bounds memory
PENDING = {
    payroll.Pending.NO_KELAS: gettext_lazy("no position with a kelas jabatan"),
    payroll.Pending.NO_AMOUNT: gettext_lazy("the rules give no amount for this kelas jabatan"),
    payroll.Pending.NO_ATTENDANCE: gettext_lazy("no attendance recorded for the month"),
    payroll.Pending.NO_PREDIKAT: gettext_lazy("the month's predikat is not rated yet"),
    payroll.Pending.NO_FACTOR: gettext_lazy("the rules give no capaian for this predikat"),
    payroll.Pending.NOT_PAID: gettext_lazy("no longer serving this month"),
}


def _admin(request) -> Actor:
    actor = Actor.from_request(request)
    if not policy.can_run_payroll(actor, actor.instansi_id):
        raise PermissionDenied
    return actor


def _month(raw: str) -> tuple[str, str]:
    year, _sep, month = str(raw or "").partition("-")
    return year, month


@member_required
@require_http_methods(["GET", "POST"])
def runs(request):
    actor = _admin(request)
    if request.method == "POST":
        year, month = _month(request.POST.get("month"))
        try:
            run = payroll.start_run(actor=actor, instansi_id=actor.instansi_id, year=year,
                                    month=month, reason=request.POST.get("reason", ""))
        except DomainError as error:
            return _runs_page(request, status=error.status, error=error.message)
        messages.success(request, _("The month is being computed."))
        return redirect("allowance:run", run.pk)
    return _runs_page(request)


def _runs_page(request, *, status=200, error=None):
    today = timezone.localdate()
    return render(request, RUNS, {"runs": queries_payroll.runs(), "error": error,
                                  "month": request.POST.get("month") or f"{today:%Y-%m}",
                                  "reason": request.POST.get("reason", "")}, status=status)


MAX_BUDGET = 10**13  # Rp: a month's TPP budget of any government is far below


def _budget(raw, run) -> tuple[dict | None, str | None]:
    """The month's total against the budget ceiling (pagu APBD) the admin types in, before
    locking: within it or over it, and by how much."""
    if not raw:
        return None, None
    ceiling = rupiah_amount(raw, MAX_BUDGET)
    if ceiling is None:
        return None, _("Enter the budget ceiling as a whole number of Rupiah, e.g. 2.500.000.000.")
    total = int(run.summary.get("total", 0))
    return {"ceiling": display.rupiah(Decimal(ceiling)), "over": total > ceiling,
            "difference": display.rupiah(Decimal(abs(ceiling - total)))}, None


def _set_budget(request, actor, found) -> str:
    raw = request.POST.get("amount", "").strip()
    amount = None
    if raw:
        amount = rupiah_amount(raw, budgets.MAX_BUDGET)
        if amount is None:
            raise DomainError(_("Enter the budget as a whole number of Rupiah, e.g. 12.000.000.000."),
                              field="amount")
    budgets.set_budget(actor=actor, instansi_id=found.instansi_id, year=found.year,
                       agency_id=request.POST.get("agency"), amount=amount)
    return _("The budget for %(year)s is saved.") % {"year": found.year}


def _with_budgets(found) -> list[dict]:
    """The agencies of the run with their year's budget: what locked months used before this
    one, this month, and what is left (rules.budget)."""
    rows = queries_payroll.agency_totals(found)
    annual = queries_payroll.budgets_of_year(found.year)
    spent = queries_payroll.spent_before(found)
    for row in rows:
        if row["agency_id"] in annual:
            found_position = budget_rules.position(annual[row["agency_id"]],
                                                   spent.get(str(row["agency_id"]), 0), row["total"],
                                                   found.month)
            row["budget"] = {
                "annual": display.rupiah(Decimal(found_position.annual)),
                "spent": display.rupiah(Decimal(found_position.spent_before)),
                "remaining": display.rupiah(Decimal(abs(found_position.remaining))),
                "over": found_position.over, "used_percent": found_position.used_percent}
        row["month_total"] = display.rupiah(Decimal(row["total"]))
    return rows


def _pending_label(code: str) -> str:
    return str(PENDING.get(code, code))


@member_required
@require_http_methods(["GET", "POST"])
def run(request, pk):
    actor = _admin(request)
    found = queries_payroll.get_run_for_admin(actor, pk)
    error = None
    if request.method == "POST":
        try:
            if request.POST.get("action") == "budget":
                done = _set_budget(request, actor, found)
            else:
                payroll.lock_run(actor=actor, run=found)
                done = _("The month is locked.")
        except DomainError as refused:
            error, status = refused.message, refused.status
        else:
            messages.success(request, done)
            return redirect("allowance:run", found.pk)
    else:
        status = 200
    budget, budget_error = _budget(request.GET.get("pagu_apbd"), found)
    if budget_error:
        error, status = budget_error, 400
    agency = request.GET.get("agency")
    agency_id = int(agency) if agency and agency.isdigit() and len(agency) < 19 else None
    page = paginate(queries_payroll.slips_of_run(found, agency_id=agency_id), request.GET.get("page"),
                    page_size(request.GET.get("size")))
    context = {"run": found, "error": error, "agencies": _with_budgets(found),
               "page_obj": page, "agency_id": agency_id,
               "slips": [{"slip": s, "amount": display.rupiah(Decimal(s.amount)),
                          "pending": _pending_label(s.pending) if s.pending else ""} for s in page],
               "busy": found.status in ("queued", "running"), "budget": budget,
               "pagu_apbd": request.GET.get("pagu_apbd", "")[:30],
               "objections": queries_payroll.open_objections(found),
               "total": display.rupiah(Decimal(found.summary.get("total", 0)))}
    template = f"{RUN}#status" if wants_fragment(request) else RUN
    return render(request, template, context, status=status)


@member_required
@require_GET
def mine(request):
    actor = Actor.from_request(request)
    slips = queries_payroll.own_slips(actor)
    return render(request, MINE, {"slips": [
        {"slip": s, "amount": display.rupiah(Decimal(s.amount)),
         "pending": _pending_label(s.pending) if s.pending else ""} for s in slips]})


def _lines(slip) -> list:
    stored = [BreakdownLine(step=Step(d["step"]), amount=Decimal(d["amount"]),
                            share=Share(d["share"]) if d["share"] else None, code=d["code"],
                            kind=d["kind"], label=d["label"], count=d["count"],
                            percent=None if d["percent"] is None else Decimal(d["percent"]),
                            source=d["source"]) for d in slip.lines]
    return display.breakdown(SimpleNamespace(lines=tuple(stored)))


def _slip_body(actor, stamp) -> str:
    """The slip's heading and breakdown as HTML, the same for every viewer but for the employee's
    own link. It changes only when the month is computed again (which moves the run's
    finished_at) or locked, so it is rendered once per state, language and kind of viewer and kept
    in the cache; the employee's name and unit shown are those of the computation."""
    own = actor.owns(stamp.employee_id)
    finished = stamp.finished_at.replace(" ", "T")
    key = f"abdi:slip-body:{stamp.pk}:{finished}:{stamp.run_status}:{int(own)}:{get_language()}"
    html = cache.get(key)
    if html is None:
        slip = queries_payroll.get_slip_for_user(actor, stamp.pk)
        html = render_to_string(SLIP_BODY, {
            "slip": slip, "own": own, "lines": _lines(slip) if not slip.pending else [],
            "tpp": display.rupiah(Decimal(slip.amount)), "events": slip.facts.get("events", {}),
            "pending": _pending_label(slip.pending) if slip.pending else ""})
        cache.set(key, html, SLIP_BODY_SECONDS)
    return mark_safe(html)  # noqa: S308 - rendered by the template engine, escaped there


@member_required
@require_http_methods(["GET", "POST"])
def slip(request, pk):
    """The breakdown; the employee may object here and BKPSDM answers here."""
    actor = Actor.from_request(request)
    stamp = queries_payroll.slip_stamp_for_user(actor, pk)
    error, status = None, 200
    if request.method == "POST":
        found = queries_payroll.get_slip_for_user(actor, pk)
        try:
            if "answer" in request.POST:
                objection = queries_payroll.get_objection_of(found, request.POST.get("objection"))
                objections.answer_objection(actor=actor, objection=objection,
                                            answer=request.POST["answer"])
                messages.success(request, _("The answer is saved; the employee can read it."))
            else:
                objections.file_objection(actor=actor, slip=found, text=request.POST.get("text", ""))
                messages.success(request, _("Your objection is sent to BKPSDM."))
        except DomainError as refused:
            error, status = refused.message, refused.status
        else:
            return redirect("allowance:slip", found.pk)
        stamp = queries_payroll.slip_stamp_for_user(actor, pk)
    objection_list = queries_payroll.objections_of_stamp(stamp) if stamp.has_objections else []
    own = actor.owns(stamp.employee_id)
    return render(request, SLIP, {
        "body": _slip_body(actor, stamp), "objections": objection_list, "error": error,
        "may_object": own and not any(o.status == "open" for o in objection_list),
        "may_answer": policy.can_run_payroll(actor, stamp.instansi_id),
        "text": request.POST.get("text", "")}, status=status)
