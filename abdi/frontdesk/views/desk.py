"""The front-desk back office: a unit's services and counters, counter staff, the QR code.
Thin: parse, ask policy/queries, call services; a refused request re-renders with its 4xx."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..services import desk, poster


def _int(raw) -> int | None:
    raw = str(raw or "")
    return int(raw) if raw.isdigit() and len(raw) < 19 else None


def _manager(request) -> Actor:
    actor = Actor.from_request(request)
    if not policy.can_manage_any(actor):
        raise Http404
    return actor


def _unit(actor, raw):
    unit_id = _int(raw)
    return queries.managed_units(actor).filter(pk=unit_id).first() if unit_id else None


@member_required
@require_GET
def index(request):
    actor = _manager(request)
    unit_id = _int(request.GET.get("unit"))
    return render(request, "frontdesk/index.html", {
        "units": list(queries.managed_units(actor).only("id", "name")), "unit_id": unit_id,
        "services": list(queries.managed_services(actor, unit_id)[:500]),
        "counters": list(queries.managed_counters(actor, unit_id)[:500])})


def _service_form(request, actor, service, values, *, error=None, field=None, status=200):
    return render(request, "frontdesk/service_form.html", {
        "service": service, "values": values, "error": error, "error_field": field,
        "units": list(queries.managed_units(actor).only("id", "name"))}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def service_form(request, service_id=None):
    actor = _manager(request)
    service = queries.get_service_for_user(actor, service_id) if service_id else None
    if request.method == "POST":
        values = {k: request.POST.get(k, "")[:200] for k in ("unit", "name", "code", "version")}
        values["is_active"] = bool(request.POST.get("is_active"))
        try:
            saved = desk.save_service(actor=actor, unit=_unit(actor, values["unit"]),
                                      name=values["name"], code=values["code"],
                                      is_active=values["is_active"], service=service,
                                      version=values["version"])
        except DomainError as error:
            return _service_form(request, actor, service, values, error=error.message,
                                 field=error.field, status=error.status)
        messages.success(request, _("The service is saved."))
        return redirect(f"{reverse('frontdesk:index')}?unit={saved.unit_id}")
    values = {"unit": service.unit_id if service else _int(request.GET.get("unit")) or "",
              "name": service.name if service else "", "code": service.code if service else "",
              "is_active": service.is_active if service else True,
              "version": service.version if service else ""}
    return _service_form(request, actor, service, values)


def _counter_form(request, actor, counter, unit, values, *, error=None, field=None, status=200):
    return render(request, "frontdesk/counter_form.html", {
        "counter": counter, "unit": unit, "values": values, "error": error, "error_field": field,
        "units": list(queries.managed_units(actor).only("id", "name")),
        "service_choices": queries.services_of_unit(unit) if unit else [],
        "staff_choices": list(queries.staff_choices(unit)[:300]) if unit else []}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def counter_form(request, counter_id=None):
    actor = _manager(request)
    counter = queries.get_counter_for_user(actor, counter_id) if counter_id else None
    source = request.POST if request.method == "POST" else request.GET
    unit = counter.unit if counter else _unit(actor, source.get("unit"))
    if request.method == "POST":
        values = {"name": request.POST.get("name", "")[:200], "version": request.POST.get("version", ""),
                  "is_active": bool(request.POST.get("is_active")),
                  "services": request.POST.getlist("services")[:100],
                  "staff": request.POST.getlist("staff")[:100]}
        try:
            saved = desk.save_counter(actor=actor, unit=unit, name=values["name"],
                                      service_ids=values["services"], staff_ids=values["staff"],
                                      is_active=values["is_active"], counter=counter,
                                      version=values["version"])
        except DomainError as error:
            return _counter_form(request, actor, counter, unit, values, error=error.message,
                                 field=error.field, status=error.status)
        messages.success(request, _("The counter is saved."))
        return redirect("frontdesk:counter_qr", saved.pk)
    values = {"name": counter.name if counter else "", "version": counter.version if counter else "",
              "is_active": counter.is_active if counter else True,
              "services": [str(s) for s in counter.services.values_list("pk", flat=True)] if counter else [],
              "staff": [str(s) for s in counter.staff.values_list("pk", flat=True)] if counter else []}
    return _counter_form(request, actor, counter, unit, values)


def survey_url(request, counter) -> str:
    return request.build_absolute_uri(reverse("surveys:fill", args=[counter.token]))


@member_required
@require_GET
def counter_qr(request, counter_id):
    actor = _manager(request)
    counter = queries.get_counter_for_user(actor, counter_id)
    url = survey_url(request, counter)
    return render(request, "frontdesk/counter_qr.html", {
        "counter": counter, "url": url, "qr": poster.qr_data_uri(url),
        "services": queries.active_services_of(counter),
        "staff": list(counter.staff.only("id", "name").order_by("name"))})


@member_required
@require_GET
def counter_poster(request, counter_id):
    actor = _manager(request)
    counter = queries.get_counter_for_user(actor, counter_id)
    pdf = poster.poster_pdf(url=survey_url(request, counter), government=counter.instansi.name,
                            unit=counter.unit.name, counter=counter.name)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="qr-skm-{counter.pk}.pdf"'
    return response
