"""Hitung TPP: anyone of the government computes a month's TPP under one rule version, line by
line. A GET form, so a computation can be linked; every bad number is a 400 that says why.

Changing the version asks htmx for the count inputs of that version only (the #counts part);
without JavaScript the whole page answers the same question.
"""

from decimal import Decimal

from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.fragments import wants_fragment

from .. import policy, queries
from ..forms import SimulationForm
from ..rules import codec
from ..rules.tpp import compute_tpp
from ..services import rule_sets as rule_set_services
from . import display
from .rules import period, viewer

PAGE = "allowance/simulate.html"


def _chosen(raw: str, versions, today):
    """The version asked for, else the one in force today, else the newest."""
    raw = raw.strip()
    if not raw:
        return queries.in_force_among(versions, today) or versions[0]
    found = next((v for v in versions if raw.isdigit() and str(v.pk) == raw), None)
    if found is None:
        raise DomainError(_("Choose a version of the rules from the list."), field="version")
    return found


def _choices(versions, today) -> list[dict]:
    current = queries.in_force_among(versions, today)
    return [{"pk": v.pk, "label": f"{v.name} ({period(v)})",
             "current": current is not None and v.pk == current.pk} for v in versions]


def _wants_counts(request) -> bool:
    """htmx asks for the count inputs of another version (the version select changed)."""
    return wants_fragment(request) and request.headers.get("HX-Target") == "counts"


def _page(request, context, *, status=200):
    template = f"{PAGE}#counts" if _wants_counts(request) and status == 200 else PAGE
    response = render(request, template, context, status=status)
    patch_vary_headers(response, ["HX-Request", "HX-Target"])
    return response


def _refused(request, context, message, status=400):
    return _page(request, {**context, "failed": message}, status=status)


@member_required
@require_GET
def simulate(request):
    actor = viewer(request)
    today = timezone.localdate()
    versions = queries.rule_sets()
    context = {"can_manage": policy.can_manage_rules(actor, actor.instansi_id)}
    if not versions:
        return _page(request, {**context, "no_versions": True})
    context["versions"] = _choices(versions, today)
    try:
        chosen, refusal = _chosen(request.GET.get("version", ""), versions, today), None
    except DomainError as error:  # show the default version's form with the message
        chosen, refusal = queries.in_force_among(versions, today) or versions[0], error
    schedule, problems = codec.schedule_from_data(chosen.schedule)
    context.update(chosen=chosen.pk, rule_set=chosen, schedule=schedule)
    if schedule is None or problems:  # stored before a check existed: say so, compute nothing
        context["broken"] = " ".join(rule_set_services.problem_text(p) for p in problems)
        return _page(request, context, status=refusal.status if refusal else 200)
    codes = [(rule.code, display.count_label(rule)) for rule in schedule.deductions]
    asked = "pagu" in request.GET and refusal is None and not _wants_counts(request)
    form = SimulationForm(request.GET if asked else None, codes=codes)
    context["form"] = form
    if refusal is not None:
        return _refused(request, context, refusal.message, refusal.status)
    if not asked:
        return _page(request, context)
    if not form.is_valid():
        return _refused(request, context, _("Nothing was computed. Please correct the marked fields."))
    data = form.cleaned_data
    try:
        result = compute_tpp(schedule, pagu=Decimal(data["pagu"]),
                             achievement_percent=data["achievement"], events=form.events(),
                             employee_kind=data["employee_kind"])
    except ValueError:  # the form checked every number; a schedule the rules cannot use is left
        return _refused(request, context,
                        _("These numbers cannot be computed under this version of the rules."))
    context.update(lines=display.breakdown(result), tpp=display.rupiah(result.tpp),
                   net=display.rupiah(result.net) if result.net != result.tpp else None)
    return _page(request, context)
