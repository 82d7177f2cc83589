"""The unit's side of the appraisal: the organisation predikat, the distribution curve and
finalising (SE MenPANRB 3/2023), and coaching after a predikat below Baik."""

from typing import NamedTuple
from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries_appraisal
from ..forms_appraisal import CloseCoachingForm, GoalsForm, OrgPredikatForm, PeriodForm, SessionForm
from ..models import Appraisal, CoachingPlan
from ..rules.distribution import Bound
from ..rules.ratings import PREDIKAT_ORDER
from ..services import appraisal as appraisal_services
from ..services import coaching as coaching_services
from .appraisal_common import (
    PREDIKAT_BADGES,
    STATUS_BADGES,
    actor_of,
    curve_lines,
    government_period_kind,
    not_allowed_message,
    org_predikat_label,
    period_label,
    predikat_label,
    problem_messages,
    refused,
)

BAR_COLOURS = {"SB": "#116329", "B": "#2f81f7", "BP": "#9a6700", "K": "#cf222e", "SK": "#82071e"}
CHART_LABEL_WIDTH, CHART_BAR_WIDTH, CHART_ROW = 130, 220, 28


def _period(request, params, *, default=True):
    """The period of the query string (today's when it names none) or of the posted form; None
    when it is not valid."""
    form = (PeriodForm.from_query(params, default_kind=government_period_kind(request)) if default
            else PeriodForm(params))
    if not form.is_valid():
        return None
    data = form.cleaned_data
    return {"year": data["year"], "period_kind": data["period_kind"],
            "period_number": data["period_number"]}


def _bad_period(request, back=""):
    return refused(request, _("The period asked for is not valid: choose a year, a kind of period "
                              "and a period of that year."), status=400, back=back)


def _query(period) -> str:
    return urlencode(period)


# --- The units I watch -----------------------------------------------------------------------


@member_required
@require_GET
def distribution_index(request):
    actor = actor_of(request)
    period = _period(request, request.GET)
    if period is None:
        return _bad_period(request, back=reverse("performance:distribution_index"))
    rows = queries_appraisal.distribution_units(actor, **period)
    for row in rows:
        entry = row["entry"]
        row["org_predikat"] = org_predikat_label(entry.org_predikat) if entry else ""
        row["final"] = bool(entry and entry.finalised_at)
    context = {"rows": rows, "period": period, "query": _query(period),
               "label": period_label(period["period_kind"], period["period_number"], period["year"]),
               "form": PeriodForm(initial=period)}
    return render(request, "performance/appraisal/distribution_index.html", context)


# --- One unit's curve ------------------------------------------------------------------------


def _chart(counts, total):
    """Horizontal bars of the predikat counts, drawn server-side as SVG attributes (no styles)."""
    bars = []
    for index, predikat in enumerate(PREDIKAT_ORDER):
        count = counts.get(predikat, 0)
        width = round(CHART_BAR_WIDTH * count / total) if total else 0
        bars.append({"label": predikat.label, "count": count, "y": index * CHART_ROW + 4,
                     "text_y": index * CHART_ROW + 19, "width": width, "colour": BAR_COLOURS[predikat],
                     "count_x": CHART_LABEL_WIDTH + width + 6})
    return {"bars": bars, "height": len(bars) * CHART_ROW + 4, "bar_x": CHART_LABEL_WIDTH,
            "width": CHART_LABEL_WIDTH + CHART_BAR_WIDTH + 40}


def _quotas(check, counts):
    if check.distribution is None:
        return []
    rows = []
    for quota in check.distribution.quotas:
        held = sum(counts.get(p, 0) for p in quota.limit.predikat)
        at_most = quota.limit.bound is Bound.AT_MOST
        rows.append({"label": quota.limit.label, "held": held, "heads": quota.heads,
                     "bound": _("at most") if at_most else _("at least"),
                     "ok": held <= quota.heads if at_most else held >= quota.heads})
    return rows


def _unit_page(request, actor, unit, period, rights, *, org_form=None, errors=(), status=200):
    _leader_id, can_finalise, can_set = rights
    group = list(queries_appraisal.group(unit, **period).select_related("skp__employee__unit"))
    for appraisal in group:
        appraisal.badge = STATUS_BADGES.get(appraisal.status, "")
        visible = bool(appraisal.predikat) and policy.can_see_rating(actor, appraisal)
        appraisal.shown_predikat = predikat_label(appraisal.predikat) if visible else ""
        appraisal.predikat_badge = PREDIKAT_BADGES.get(appraisal.predikat, "") if visible else ""
    counts = queries_appraisal.predikat_counts(unit, **period)
    check = queries_appraisal.distribution_check(unit, **period)
    entry = queries_appraisal.unit_performance(unit, **period)
    unrated = sum(1 for a in group if a.status == Appraisal.Status.OPEN)
    to_finalise = sum(1 for a in group if a.status != Appraisal.Status.FINAL)
    reasons = problem_messages(check.problems) if check.blocked else []
    if unrated:
        reasons.append(_("%(count)s appraisals are not rated yet.") % {"count": unrated})
    if not to_finalise:
        reasons.append(_("There is nothing to finalise for this period."))
    final = bool(entry and entry.finalised_at)
    total = sum(counts.values())
    context = {
        "unit": unit, "period": period, "query": _query(period), "group": group,
        "label": period_label(period["period_kind"], period["period_number"], period["year"]),
        "entry": entry, "final": final,
        "org_predikat": org_predikat_label(entry.org_predikat) if entry else "",
        "curve": curve_lines(entry.org_predikat) if entry else [],
        "counts": [(p.label, counts.get(p, 0)) for p in PREDIKAT_ORDER], "total": total,
        "chart": _chart(counts, total), "quotas": _quotas(check, counts),
        "problems": problem_messages(check.problems), "blocked": check.blocked,
        "can_finalise": can_finalise, "finalise_reasons": reasons, "errors": list(errors),
        "org_form": org_form or (OrgPredikatForm(initial={
            **period, "org_predikat": entry.org_predikat if entry else ""})
            if can_set and not final else None),
        "period_form": PeriodForm(initial=period),
    }
    return render(request, "performance/appraisal/distribution.html", context, status=status)


class UnitRights(NamedTuple):
    leader_id: int | None
    can_finalise: bool
    can_set: bool

    @property
    def can_watch(self) -> bool:
        return self.can_finalise or self.can_set


def _unit_and_rights(actor, unit_id):
    """The unit (404 outside the government) and what the actor may do with its curve."""
    unit = queries_appraisal.get_unit(unit_id)
    leader_id, parent_leader_id = queries_appraisal.unit_leaders(unit)
    return unit, UnitRights(leader_id, policy.can_finalise_unit(actor, leader_id=leader_id),
                            policy.can_set_unit_predikat(actor, parent_leader_id=parent_leader_id))


def _watch_refusal(request):
    return refused(request, _("Only the unit's leader, the leader one level up and BKPSDM see the "
                              "distribution of the unit's predikat."), status=403,
                   back=reverse("performance:distribution_index"))


@member_required
@require_GET
def distribution(request, unit_id):
    actor = actor_of(request)
    unit, rights = _unit_and_rights(actor, unit_id)
    if not rights.can_watch:
        return _watch_refusal(request)
    period = _period(request, request.GET)
    if period is None:
        return _bad_period(request, back=reverse("performance:distribution", args=[unit.pk]))
    return _unit_page(request, actor, unit, period, rights)


def _unit_post(request, unit_id, *, may):
    """Shared start of the unit's changes: who may see the curve, which period, may they act."""
    actor = actor_of(request)
    unit, rights = _unit_and_rights(actor, unit_id)
    if not rights.can_watch:
        return actor, unit, rights, None, _watch_refusal(request)
    period = _period(request, request.POST, default=False)
    if period is None:
        back = reverse("performance:distribution", args=[unit.pk])
        return actor, unit, rights, None, _bad_period(request, back=back)
    if not may(rights):
        return actor, unit, rights, period, _unit_page(
            request, actor, unit, period, rights, errors=[not_allowed_message()], status=403)
    return actor, unit, rights, period, None


def _back(unit, period) -> str:
    return reverse("performance:distribution", args=[unit.pk]) + "?" + _query(period)


@member_required
@require_POST
def org_predikat(request, unit_id):
    actor, unit, rights, period, refusal = _unit_post(request, unit_id, may=lambda r: r.can_set)
    if refusal is not None:
        return refusal
    form = OrgPredikatForm(request.POST)
    if not form.is_valid():
        return _unit_page(request, actor, unit, period, rights, org_form=form, status=400)
    try:
        appraisal_services.set_unit_predikat(actor=actor, unit=unit, **period,
                                             org_predikat=form.cleaned_data["org_predikat"])
    except DomainError as exc:
        return _unit_page(request, actor, unit, period, rights, org_form=form, errors=[exc.message],
                          status=exc.status)
    messages.success(request, _("The organisation predikat was set."))
    return redirect(_back(unit, period))


@member_required
@require_POST
def finalise(request, unit_id):
    actor, unit, rights, period, refusal = _unit_post(request, unit_id,
                                                      may=lambda r: r.can_finalise)
    if refusal is not None:
        return refusal
    try:
        done = appraisal_services.finalise_unit(actor=actor, unit=unit, **period)
    except DomainError as exc:
        found = (exc.errors or {}).get("__all__") or [exc.message]
        return _unit_page(request, actor, unit, period, rights, errors=[str(m) for m in found],
                          status=exc.status)
    messages.success(request, _("%(count)s appraisals are final; the employees now see their "
                                "predikat.") % {"count": done})
    return redirect(_back(unit, period))


# --- Coaching (pembinaan) --------------------------------------------------------------------

COACHING_FORMS = {"goals": GoalsForm, "session": SessionForm, "close": CloseCoachingForm}


def _coaching_page(request, actor, plan, *, forms=None, error="", status=200):
    forms = forms or {}
    may_coach = policy.can_coach(actor, plan) and plan.status == CoachingPlan.Status.OPEN
    appraisal = plan.appraisal
    context = {
        "plan": plan, "appraisal": appraisal, "may_coach": may_coach, "error": error,
        "period": period_label(appraisal.period_kind, appraisal.period_number, appraisal.year),
        "predikat": predikat_label(appraisal.predikat)
        if policy.can_see_rating(actor, appraisal) else "",
        "next_predikat": predikat_label(plan.next_predikat),
        "sessions": list(plan.sessions.all()),
        "can_open_appraisal": policy.can_view_appraisal(actor, appraisal),
        "goals_form": forms.get("goals") or (GoalsForm(initial={"goals": plan.goals})
                                             if may_coach else None),
        "session_form": forms.get("session") or (SessionForm() if may_coach else None),
        "close_form": forms.get("close") or (CloseCoachingForm() if may_coach else None),
    }
    return render(request, "performance/appraisal/coaching.html", context, status=status)


def _coach(actor, plan, action, data):
    if action == "goals":
        coaching_services.set_coaching_goals(actor=actor, plan=plan, goals=data["goals"])
        return _("The goals were saved.")
    if action == "session":
        coaching_services.add_coaching_session(actor=actor, plan=plan, date=data["date"],
                                               notes=data["notes"], done=data["done"])
        return _("The session was added.")
    coaching_services.close_coaching(actor=actor, plan=plan, outcome=data["outcome"],
                                     next_predikat=data["next_predikat"])
    return _("The coaching plan was closed.")


@member_required
@require_http_methods(["GET", "POST"])
def coaching(request, plan_id):
    actor = actor_of(request)
    plan = queries_appraisal.get_coaching_plan_for_user(actor, plan_id)
    if request.method == "GET":
        return _coaching_page(request, actor, plan)
    if not policy.can_coach(actor, plan):
        return _coaching_page(request, actor, plan, error=not_allowed_message(), status=403)
    action = request.POST.get("action", "")
    if action not in COACHING_FORMS:
        return _coaching_page(request, actor, plan, error=_("Unknown action."), status=400)
    form = COACHING_FORMS[action](request.POST)
    if not form.is_valid():
        return _coaching_page(request, actor, plan, forms={action: form}, status=400)
    try:
        done = _coach(actor, plan, action, form.cleaned_data)
    except DomainError as exc:
        plan.refresh_from_db()
        return _coaching_page(request, actor, plan, forms={action: form}, error=exc.message,
                              status=exc.status)
    messages.success(request, done)
    return redirect("performance:coaching", plan_id=plan.pk)
