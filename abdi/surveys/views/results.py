"""The back office of the SKM: the government overview of a period, a unit's results with its N,
follow-up plan, trend and PDF report, and the survey settings (BKPSDM)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..choices import PeriodKind, SampleMethod
from ..rules import ikm as ikm_rules
from ..rules import periods as period_rules
from ..rules.unsur import UNSUR, ordered
from ..services import report as report_pdf
from ..services import results as services
from .charts import ikm_chart

TREND_PERIODS = 8


def _period(request, settings):
    today = timezone.localdate()
    choices = period_rules.last_periods(today, settings.period_kind, TREND_PERIODS)[::-1]
    raw = (request.POST.get("periode") if request.method == "POST" else None) \
        or request.GET.get("periode", "")
    period = period_rules.parse_slug(str(raw)[:12], settings.period_kind) or choices[0]
    return period, choices


@member_required
@require_GET
def overview(request):
    actor = Actor.from_request(request)
    if not policy.can_view_overview(actor):
        raise Http404
    settings = queries.settings_for(actor.instansi_id)
    period, choices = _period(request, settings)
    units = {u.pk: u for u in queries.visible_units(actor).select_related("agency")
             .only("id", "name", "path", "agency__name")}
    unit_ids = None if actor.sees_whole_government else list(units)
    found = queries.ikm_for_all_units(actor.instansi_id, period.start, period.end, unit_ids=unit_ids)
    pooled = ikm_rules.pool(found.values(), legacy=settings.legacy_weight)
    results = {row["unit_id"]: row for row in queries.overview_rows(found, units)}
    serving = queries.service_unit_ids()
    rows = [results.get(pk) or {"unit_id": pk, "unit": unit.name, "ikm": None, "mutu": "",
                                "agency": unit.agency.name if unit.agency else "",
                                "mutu_label": "", "respondents": 0}
            for pk, unit in units.items() if pk in results or pk in serving]
    rows.sort(key=lambda r: (r["ikm"] is None, -(r["ikm"] or 0), r["unit"]))
    return render(request, "surveys/overview.html", {
        "period": period, "choices": choices, "rows": rows, "settings": settings, "pooled": pooled,
        "whole_government": actor.sees_whole_government,
        "may_configure": policy.can_manage_settings(actor)})


def _unit_context(request, actor, unit, period, choices, settings):
    report = queries.unit_report(unit, period, settings)
    # The trend ends at the period shown.
    trend = queries.ikm_trend(actor.instansi_id, [unit.pk], TREND_PERIODS, today=period.end)
    return {"unit": unit, "period": period, "choices": choices, "report": report,
            "record": report["record"], "trend": trend, "chart": ikm_chart(trend),
            "may_edit": policy.can_edit_unit(actor, unit), "settings": settings,
            "suggestions": queries.recent_suggestions(unit, period.start, period.end),
            "unit_link": request.build_absolute_uri(
                reverse("surveys:fill_unit", args=[request.instansi.slug, unit.pk]))}


@member_required
@require_GET
def unit_results(request, unit_id):
    actor = Actor.from_request(request)
    unit = queries.get_unit_for_user(actor, unit_id)
    settings = queries.settings_for(actor.instansi_id)
    period, choices = _period(request, settings)
    context = _unit_context(request, actor, unit, period, choices, settings)
    return render(request, "surveys/unit.html", context)


@member_required
@require_POST
def unit_record(request, unit_id):
    actor = Actor.from_request(request)
    unit = queries.get_unit_for_user(actor, unit_id)
    if not policy.can_edit_unit(actor, unit):
        raise PermissionDenied
    settings = queries.settings_for(actor.instansi_id)
    period, choices = _period(request, settings)
    try:
        services.record_unit_period(
            actor=actor, unit=unit, period=period, population=request.POST.get("population", "")[:20],
            follow_up=request.POST.get("follow_up", "")[:6000], version=request.POST.get("version"))
    except DomainError as error:
        context = _unit_context(request, actor, unit, period, choices, settings)
        context |= {"error": error.message, "error_field": error.field,
                    "posted": {"population": request.POST.get("population", "")[:20],
                               "follow_up": request.POST.get("follow_up", "")[:6000]}}
        return render(request, "surveys/unit.html", context, status=error.status)
    messages.success(request, _("Saved."))
    return redirect(f"{reverse('surveys:unit', args=[unit.pk])}?periode={period.slug}")


@member_required
@require_GET
def unit_report_pdf(request, unit_id):
    actor = Actor.from_request(request)
    unit = queries.get_unit_for_user(actor, unit_id)
    settings = queries.settings_for(actor.instansi_id)
    period, _choices = _period(request, settings)
    report = queries.unit_report(unit, period, settings)
    pdf = report_pdf.build_report_pdf(report, government=request.instansi.name)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="skm-{unit.pk}-{period.slug}.pdf"'
    return response


@member_required
@require_http_methods(["GET", "POST"])
def settings_page(request):
    actor = Actor.from_request(request)
    if not policy.can_manage_settings(actor):
        raise Http404
    current = queries.settings_for(actor.instansi_id)
    values = {"period_kind": current.period_kind, "unsur_order": current.unsur_order,
              "min_age": current.min_age, "sample_method": current.sample_method,
              "legacy_weight": current.legacy_weight, "public_results": current.public_results,
              "version": current.version}
    error = field = None
    status = 200
    if request.method == "POST":
        values = {k: request.POST.get(k, "")[:300] for k in
                  ("period_kind", "unsur_order", "min_age", "sample_method", "version")}
        values["legacy_weight"] = bool(request.POST.get("legacy_weight"))
        values["public_results"] = bool(request.POST.get("public_results"))
        try:
            services.update_settings(actor=actor, **values)
        except DomainError as exc:
            error, field, status = exc.message, exc.field, exc.status
        else:
            messages.success(request, _("The survey settings are saved."))
            return redirect("surveys:settings")
    return render(request, "surveys/settings.html", {
        "values": values, "error": error, "error_field": field, "kinds": PeriodKind.choices,
        "methods": SampleMethod.choices, "unsur": UNSUR,
        "current_order": ordered(values["unsur_order"])}, status=status)
