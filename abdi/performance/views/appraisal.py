"""Appraisal pages: my appraisals and those I rate, the periods of one SKP, dialog kinerja, and
objections (keberatan). Thin: parse, ask policy/queries, call a service, render.

The Dokumen Evaluasi pages live in appraisal_detail.py, the unit's curve and coaching in
appraisal_unit.py; urls.py reaches all of them through this module.
"""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries, queries_appraisal
from ..forms_appraisal import DecisionForm, DialogForm, OpenPeriodForm
from ..models import Objection
from ..rules.cycle import PeriodKind, period_of, periods_of_year
from ..services import appraisal as appraisal_services
from ..services import coaching as coaching_services
from .appraisal_common import (
    PREDIKAT_BADGES,
    STATUS_BADGES,
    actor_of,
    government_period_kind,
    not_allowed_message,
    period_label,
    predikat_label,
    rating_label,
    refused,
)
from .appraisal_detail import (  # noqa: F401 - urls.py reaches every appraisal view through here
    detail,
    object_to,
    peer,
    rate,
    self_assess,
)
from .appraisal_unit import (  # noqa: F401 - urls.py reaches every appraisal view through here
    coaching,
    distribution,
    distribution_index,
    finalise,
    org_predikat,
)

OBJECTION_BADGES = {
    Objection.Status.FILED: "badge-warn",
    Objection.Status.UPHELD: "badge-ok",
    Objection.Status.REJECTED: "badge-bad",
}


def _decorate(appraisal, actor):
    """Display values of a row; the rating only for those who may see it."""
    appraisal.label = period_label(appraisal.period_kind, appraisal.period_number, appraisal.year)
    appraisal.badge = STATUS_BADGES.get(appraisal.status, "")
    visible = bool(appraisal.predikat) and policy.can_see_rating(actor, appraisal)
    appraisal.shown_predikat = predikat_label(appraisal.predikat) if visible else ""
    appraisal.predikat_badge = PREDIKAT_BADGES.get(appraisal.predikat, "") if visible else ""
    return appraisal


# --- My appraisals and those I rate ----------------------------------------------------------


def _current_periods(request) -> list[tuple[str, int]]:
    """The government's current periodic evaluation and the annual one."""
    today = timezone.localdate()
    kind = government_period_kind(request)
    periods = [] if kind is PeriodKind.ANNUAL else [(kind.value, period_of(today, kind).number)]
    return [*periods, (PeriodKind.ANNUAL.value, 1)]


@member_required
@require_GET
def index(request):
    actor = actor_of(request)
    year = timezone.localdate().year
    periods = _current_periods(request)
    mine = [_decorate(a, actor) for a in queries_appraisal.own_appraisals(actor.employee_id)]
    queue = queries_appraisal.rating_queue(actor, year=year, periods=periods)
    for row in queue:
        row["cells"] = [
            {"appraisal": _decorate(a, actor) if a else None, "kind": kind, "number": number,
             "label": period_label(kind, number, year)}
            for a, (kind, number) in zip(row["appraisals"], periods, strict=True)]
        row["can_open"] = bool(row["skp"] and row["skp"].was_approved)
    peers = list(queries_appraisal.peer_candidates(actor, year=year))
    for appraisal in peers:
        appraisal.label = period_label(appraisal.period_kind, appraisal.period_number, appraisal.year)
    context = {
        "mine": mine,
        "queue": queue,
        "period_labels": [period_label(kind, number, year) for kind, number in periods],
        "peers": peers,
        "objections": list(queries_appraisal.pending_objections(actor).order_by("filed_at", "id")),
        "plans": list(queries_appraisal.open_coaching_plans(actor)),
        "watches_curve": actor.is_hr_admin or actor.is_supervisor,
        "year": year,
    }
    return render(request, "performance/appraisal/index.html", context)


# --- The periods of one SKP, and dialog kinerja ----------------------------------------------


def _skp_page(request, actor, skp, *, dialog_form=None, error="", status=200):
    kind = government_period_kind(request)
    existing = {(a.period_kind, a.period_number): a for a in queries_appraisal.appraisals_of(skp)}
    periods = list(periods_of_year(skp.year, kind))
    if kind is not PeriodKind.ANNUAL:
        periods += periods_of_year(skp.year, PeriodKind.ANNUAL)
    rows = []
    for period in periods:
        appraisal = existing.pop((period.kind.value, period.number), None)
        rows.append({"label": period_label(period.kind, period.number, skp.year), "period": period,
                     "appraisal": _decorate(appraisal, actor) if appraisal else None})
    # Appraisals of another kind of period (the government changed its policy) stay listed.
    others = [_decorate(a, actor) for a in existing.values()]
    may_open = skp.was_approved and (actor.owns(skp.employee_id)
                                     or policy.is_current_atasan(actor, skp.employee))
    may_dialog = policy.can_record_dialog(actor, skp)
    context = {
        "skp": skp, "rows": rows, "others": others, "may_open": may_open, "error": error,
        "dialogs": list(queries_appraisal.dialogs_of(skp)), "may_dialog": may_dialog,
        "dialog_form": dialog_form or (DialogForm(initial={"date": timezone.localdate()})
                                       if may_dialog else None),
    }
    return render(request, "performance/appraisal/skp.html", context, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def skp_appraisals(request, pk):
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    if request.method == "GET":
        return _skp_page(request, actor, skp)
    form = OpenPeriodForm(request.POST)
    if not form.is_valid():
        return _skp_page(request, actor, skp, error=_("Choose a period of the SKP's year."), status=400)
    try:
        appraisal, created = appraisal_services.open_appraisal(
            actor=actor, skp=skp, period_kind=form.cleaned_data["period_kind"],
            period_number=form.cleaned_data["period_number"])
    except DomainError as exc:
        return _skp_page(request, actor, skp, error=exc.message, status=exc.status)
    if created:
        messages.success(request, _("The appraisal of %(period)s was opened.") % {
            "period": period_label(appraisal.period_kind, appraisal.period_number, appraisal.year)})
    return redirect("performance:appraisal", pk=appraisal.pk)


@member_required
@require_POST
def dialog(request, pk):
    actor = actor_of(request)
    skp = queries.get_skp_for_user(actor, pk)
    if not policy.can_record_dialog(actor, skp):
        return _skp_page(request, actor, skp, error=not_allowed_message(), status=403)
    form = DialogForm(request.POST)
    if not form.is_valid():
        return _skp_page(request, actor, skp, dialog_form=form, status=400)
    try:
        coaching_services.record_dialog(actor=actor, skp=skp, **form.cleaned_data)
    except DomainError as exc:
        form.add_error(None, exc.message)
        return _skp_page(request, actor, skp, dialog_form=form, status=exc.status)
    messages.success(request, _("The dialog kinerja was recorded."))
    return redirect(reverse("performance:skp_appraisals", args=[skp.pk]) + "#dialog")


# --- Objections ------------------------------------------------------------------------------


def _objection_row(objection):
    objection.badge = OBJECTION_BADGES.get(objection.status, "")
    appraisal = objection.appraisal
    objection.period = period_label(appraisal.period_kind, appraisal.period_number, appraisal.year)
    return objection


@member_required
@require_GET
def objections(request):
    actor = actor_of(request)
    context = {
        "pending": [_objection_row(o) for o in
                    queries_appraisal.pending_objections(actor).order_by("filed_at", "id")],
        "mine": [_objection_row(o) for o in queries_appraisal.own_objections(actor)],
    }
    return render(request, "performance/appraisal/objections.html", context)


def _objection_page(request, actor, objection, *, form=None, error="", status=200):
    appraisal = objection.appraisal
    may_decide = (policy.can_decide_objection(actor, objection)
                  and objection.status == Objection.Status.FILED)
    visible = policy.can_see_rating(actor, appraisal) or may_decide
    context = {
        "objection": _objection_row(objection), "appraisal": appraisal,
        "can_open_appraisal": policy.can_view_appraisal(actor, appraisal),
        "ratings": {"result": rating_label(appraisal.result_rating),
                    "behaviour": rating_label(appraisal.behaviour_rating),
                    "predikat": predikat_label(appraisal.predikat)} if visible else None,
        "form": (form or DecisionForm()) if may_decide else None,
        "error": error,
    }
    return render(request, "performance/appraisal/objection.html", context, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def decide(request, objection_id):
    actor = actor_of(request)
    objection = queries_appraisal.get_objection_for_user(actor, objection_id)
    if request.method == "GET":
        return _objection_page(request, actor, objection)
    if not policy.can_decide_objection(actor, objection):
        return refused(request, not_allowed_message(), status=403,
                       back=reverse("performance:decide", args=[objection.pk]))
    form = DecisionForm(request.POST)
    if not form.is_valid():
        return _objection_page(request, actor, objection, form=form, status=400)
    data = form.cleaned_data
    try:
        appraisal_services.decide_objection(
            actor=actor, objection=objection, upheld=form.upheld, decision=data["decision"],
            result_rating=data["result_rating"] if form.upheld else "",
            behaviour_rating=data["behaviour_rating"] if form.upheld else "")
    except DomainError as exc:
        objection.refresh_from_db()
        if exc.field in form.fields:
            form.add_error(exc.field, exc.message)
        return _objection_page(request, actor, objection, form=form, error=exc.message,
                               status=exc.status)
    messages.success(request, _("The objection was decided."))
    return redirect("performance:objections")
