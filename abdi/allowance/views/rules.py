"""The government's TPP rule versions: the list (and, for BKPSDM, a new version from a preset)
and one version as readable tables. Thin: parse, ask policy/queries, call the service, render."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import forms, policy, queries
from ..forms import RuleSetForm
from ..rules import codec
from ..rules.schedules import TppCriterion
from ..services import rule_sets as rule_set_services
from . import display

LIST = "allowance/rules.html"
DETAIL = "allowance/rule_set.html"
EDIT = "allowance/rule_set_edit.html"


def viewer(request) -> Actor:
    """The acting member, who may read the rules of their own government."""
    actor = Actor.from_request(request)
    if not policy.can_view_rules(actor, actor.instansi_id):
        raise Http404
    return actor


def period(rule_set) -> str:
    start = date_format(rule_set.effective_from, "j M Y")
    if rule_set.effective_to is None:
        return _("from %(start)s until further notice") % {"start": start}
    return _("%(start)s to %(end)s") % {"start": start,
                                        "end": date_format(rule_set.effective_to, "j M Y")}


def state(rule_set, today) -> tuple[str, str]:
    """(label, badge class) of a version on `today`."""
    if rule_set.effective_from > today:
        return _("Upcoming"), "badge-warn"
    if rule_set.effective_to is not None and rule_set.effective_to < today:
        return _("Ended"), ""
    return _("In force"), "badge-ok"


def _rows(versions, today) -> list[dict]:
    current = queries.in_force_among(versions, today)
    rows = []
    for version in versions:
        label, badge = state(version, today)
        rows.append({"version": version, "period": period(version),
                     "preset": display.preset_name(version.preset), "state": label, "badge": badge,
                     "current": current is not None and version.pk == current.pk})
    return rows


def _list_page(request, actor, *, form=None, status=200):
    can_manage = policy.can_manage_rules(actor, actor.instansi_id)
    if can_manage and form is None:
        form = RuleSetForm()
    context = {"rows": _rows(queries.rule_sets(), timezone.localdate()),
               "form": form if can_manage else None}
    return render(request, LIST, context, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def index(request):
    actor = viewer(request)
    if request.method == "GET":
        return _list_page(request, actor)
    if not policy.can_manage_rules(actor, actor.instansi_id):
        raise PermissionDenied
    form = RuleSetForm(request.POST)
    if not form.is_valid():
        return _list_page(request, actor, form=form, status=400)
    try:
        rule_set = rule_set_services.add_rule_set(actor=actor, instansi_id=actor.instansi_id,
                                                  values=form.values())
    except DomainError as error:
        form.add_service_error(error)
        return _list_page(request, actor, form=form, status=error.status)
    messages.success(request, _("The TPP rules “%(name)s” were added, %(period)s.") % {
        "name": rule_set.name, "period": period(rule_set)})
    return redirect("allowance:rule_set", pk=rule_set.pk)


@member_required
@require_GET
def detail(request, pk):
    actor = viewer(request)
    rule_set = queries.get_rule_set_for_user(actor, pk)
    today = timezone.localdate()
    schedule, problems = codec.schedule_from_data(rule_set.schedule)
    label, badge = state(rule_set, today)
    context = {
        "rule_set": rule_set, "period": period(rule_set), "state": label, "badge": badge,
        "preset": display.preset_name(rule_set.preset), "schedule": schedule,
        "problems": [rule_set_services.problem_text(p) for p in problems],
        "tables": display.schedule_tables(schedule) if schedule is not None else None,
        "amounts": display.amounts_table(queries.base_amounts(rule_set)),
        "can_manage": policy.can_manage_rules(actor, actor.instansi_id),
    }
    return render(request, DETAIL, context)


def _grid(amounts, posted=None) -> list[dict]:
    """Rows kelas 17 down to 1 with one cell per criterion (the stored amount or what was typed)."""
    stored = {(a.kelas_jabatan, a.component): a.amount for a in amounts}
    rows = []
    for kelas in reversed(forms.KELAS_RANGE):
        cells = []
        for code in forms.AMOUNT_COMPONENTS:
            name = f"amt-{kelas}-{code}"
            value = posted.get(name, "") if posted is not None else stored.get((kelas, code), "")
            cells.append({"name": name, "value": value, "code": code})
        rows.append({"kelas": kelas, "cells": cells})
    return rows


def _as_typed(data: dict, posted) -> dict:
    """The stored figures with what was typed in their place, so a refused form keeps its input."""
    if posted is None:
        return data

    def typed(name, stored):
        return posted.get(name, stored)

    return {**data,
            "split": {share: typed(f"split-{share}", value) for share, value in data["split"].items()},
            "achievement_cap": typed("achievement_cap", data.get("achievement_cap")),
            "deductions": [{**rule, "percent": typed(f"ded-{i}-percent", rule["percent"]),
                            "label": typed(f"ded-{i}-label", rule.get("label", "")),
                            "first_minute": typed(f"ded-{i}-first", rule.get("first_minute")),
                            "last_minute": typed(f"ded-{i}-last", rule.get("last_minute"))}
                           for i, rule in enumerate(data.get("deductions", []))],
            "penalties": [{**rule, "percent": typed(f"pen-{i}-percent", rule["percent"]),
                           "months": typed(f"pen-{i}-months", rule.get("months"))}
                          for i, rule in enumerate(data.get("penalties", []))],
            "caps": [{**cap, "percent": typed(f"cap-{i}-percent", cap["percent"])}
                     for i, cap in enumerate(data.get("caps", []))],
            "predikat_factors": [{**f, "percent": typed(f"fac-{i}-percent", f["percent"])}
                                 for i, f in enumerate(data.get("predikat_factors", []))]}


def _edit_page(request, rule_set, *, status=200, error=None, posted=None):
    data = _as_typed(rule_set.schedule, posted)
    return render(request, EDIT, {
        "rule_set": rule_set, "data": data, "error": error, "posted": posted or {},
        "locked": rule_set_services.locked_months(rule_set),
        "grid": _grid(queries.base_amounts(rule_set), posted),
        "components": [(code, display.CRITERIA[TppCriterion(code)]) for code in forms.AMOUNT_COMPONENTS],
    }, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, pk):
    actor = viewer(request)
    rule_set = queries.get_rule_set_for_user(actor, pk)
    if not policy.can_manage_rules(actor, actor.instansi_id):
        raise PermissionDenied
    if request.method == "GET":
        return _edit_page(request, rule_set)
    try:
        schedule = forms.edited_schedule(rule_set.schedule, request.POST)
        amounts = forms.edited_amounts(request.POST)
        rule_set_services.update_rule_set(
            actor=actor, rule_set=rule_set, version=request.POST.get("version", ""),
            values={"name": request.POST.get("name", ""),
                    "legal_basis": request.POST.get("legal_basis", ""), "schedule": schedule},
            amounts=amounts)
    except forms.FiguresError as error:
        return _edit_page(request, rule_set, status=400, error=error.message, posted=request.POST)
    except DomainError as error:
        return _edit_page(request, rule_set, status=error.status, error=error.message,
                          posted=request.POST)
    messages.success(request, _("The figures of “%(name)s” are saved.") % {"name": rule_set.name})
    return redirect("allowance:rule_set", pk=rule_set.pk)
