"""The citizen's side: the questionnaire behind a counter's QR code, the thank-you page, and the
government's published results. No account, no JavaScript needed, light for a 360 px phone."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from abdi.core.errors import DomainError
from abdi.core.public_guard import device_id, limit, refuse_spam, remember_device
from abdi.frontdesk.queries import active_services_of, active_services_of_unit, public_counter
from abdi.tenancy.scoping import within

from .. import queries
from ..choices import Education, Occupation, Sex
from ..forms import SurveyForm
from ..rules import periods as period_rules
from ..rules.unsur import KEYS, ordered
from ..services import responses
from .charts import ikm_chart

PROFILE = ("age", "sex", "education", "occupation", "service", "suggestion")
# Generous for a busy counter behind one office NAT; a phone submits once per counter per day.
PER_ADDRESS, PER_DEVICE = (120, 3600), (10, 3600)


def _counter(counter_token):
    counter = public_counter(counter_token)
    if counter is None:
        raise Http404
    return counter


def _page(request, counter, values, *, unit=None, instansi=None, error=None, field=None, status=200):
    unit = counter.unit if counter is not None else unit
    settings = queries.settings_for(unit.instansi_id)
    items = [(u, str(values.get(u.key, ""))) for u in ordered(settings.unsur_order)]
    services = active_services_of(counter) if counter is not None else active_services_of_unit(unit)
    response = render(request, "surveys/fill.html", {
        "counter": counter, "unit": unit, "instansi": counter.instansi if counter else instansi,
        "items": items, "values": values, "services": services, "error": error, "error_field": field,
        "sexes": Sex.choices, "educations": Education.choices, "occupations": Occupation.choices,
        "min_age": settings.min_age, "form": SurveyForm()}, status=status)
    device_id(request)
    return remember_device(request, response)


def _submit(request, *, counter=None, unit=None, instansi=None):
    """Parse, guard (rate limit before any write, honeypot) and store; the page again on error."""
    values = {k: request.POST.get(k, "")[:4] for k in KEYS}
    values |= {k: request.POST.get(k, "")[:40] for k in PROFILE if k != "suggestion"}
    values["suggestion"] = request.POST.get("suggestion", "")[:1200]
    try:
        limit(request, "skm", per_address=PER_ADDRESS, per_device=PER_DEVICE)
        refuse_spam(request.POST)
        responses.submit_response(
            counter=counter, unit=unit, device_id=device_id(request), answers=values,
            service_id=values["service"], age=values["age"], sex=values["sex"],
            education=values["education"], occupation=values["occupation"],
            suggestion=values["suggestion"])
    except DomainError as error:
        return _page(request, counter, values, unit=unit, instansi=instansi, error=error.message,
                     field=error.field, status=error.status)
    return None


@require_http_methods(["GET", "POST"])
def fill(request, counter_token):
    counter = _counter(counter_token)
    with within(counter.instansi):
        if request.method == "GET":
            return _page(request, counter, {})
        refused = _submit(request, counter=counter)
        if refused is not None:
            return refused
        return remember_device(request, redirect("surveys:thanks", counter.token))


@require_http_methods(["GET", "POST"])
def fill_unit(request, gov_slug, unit_id):
    """The same questionnaire for a unit without a counter (a link on its website or letters)."""
    instansi, unit = queries.public_service_unit(gov_slug, unit_id)
    with within(instansi):
        if request.method == "GET":
            return _page(request, None, {}, unit=unit, instansi=instansi)
        refused = _submit(request, unit=unit, instansi=instansi)
        if refused is not None:
            return refused
        return remember_device(request, redirect("surveys:thanks_unit", instansi.slug, unit.pk))


@require_GET
def thanks(request, counter_token):
    counter = _counter(counter_token)
    return render(request, "surveys/thanks.html", {
        "unit": counter.unit, "instansi": counter.instansi,
        "rating_url": f"/penilaian-layanan/loket/{counter.token}/"})


@require_GET
def thanks_unit(request, gov_slug, unit_id):
    instansi, unit = queries.public_service_unit(gov_slug, unit_id)
    return render(request, "surveys/thanks.html", {"unit": unit, "instansi": instansi})


@require_GET
def public_results(request, gov_slug):
    instansi = queries.public_instansi(gov_slug)
    settings = queries.settings_for(instansi.pk)
    with within(instansi):
        today = timezone.localdate()
        choices = period_rules.last_periods(today, settings.period_kind, 8)[::-1]
        period = period_rules.parse_slug(request.GET.get("periode", "")[:12], settings.period_kind) \
            or choices[0]
        rows = queries.ikm_overview(instansi.pk, period.start, period.end)
        trend = queries.ikm_trend(instansi.pk, None, 8, today=today, pooled=True)
    return render(request, "surveys/public.html", {
        "instansi": instansi, "period": period, "choices": choices, "rows": rows,
        "method": queries.METHOD_TEXT, "legacy_note": queries.LEGACY_NOTE if settings.legacy_weight else "",
        "chart": ikm_chart(trend), "trend": trend})
