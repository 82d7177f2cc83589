"""Platform pages: operators manage governments; a BKPSDM admin edits their own settings.

The platform area is invisible (404) to anyone who may not use it. These pages touch only
governments and their calendars, never personal data.
"""

import datetime
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError

from . import policy, queries, services
from .forms import APPRAISAL_PERIODS, HolidayForm, InstansiForm


def _operator(request) -> Actor:
    actor = Actor.from_request(request)
    if not policy.can_manage_governments(actor):
        raise Http404
    return actor


def operator_only(view):
    """404 before anything else (even a wrong method) for anyone but an operator."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        _operator(request)
        return view(request, *args, **kwargs)

    return login_required(wrapped)


def _settings_actor(request):
    actor = Actor.from_request(request)
    instansi = getattr(request, "instansi", None)
    if instansi is None or not policy.can_edit_settings(actor, instansi):
        raise Http404
    return actor, instansi


def settings_admin_only(view):
    """The own-government settings: 404 for anyone who may not edit them."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        _settings_actor(request)
        return view(request, *args, **kwargs)

    return login_required(wrapped)


def _refused(request, template, context, form, exc: DomainError):
    errors = exc.errors or {exc.field: [exc.message]}
    for name, messages_ in errors.items():
        for message in messages_ if isinstance(messages_, list | tuple) else [messages_]:
            form.add_error(name if name in form.fields else None, message)
    return render(request, template, context, status=exc.status)


def _status(request) -> int:
    return 400 if request.method == "POST" else 200


# --- Operator: governments ---------------------------------------------------------------


@operator_only
@require_GET
def index(request):
    _operator(request)
    periods = dict(APPRAISAL_PERIODS)
    rows = [(g, periods.get(g.appraisal_period, g.appraisal_period)) for g in queries.governments()]
    return render(request, "tenancy/index.html", {"governments": rows})


@operator_only
@require_http_methods(["GET", "POST"])
def instansi_create(request):
    actor = _operator(request)
    form = InstansiForm(request.POST or None, request.FILES or None, initial={
        "kind": "kota", "time_zone": "Asia/Jakarta", "appraisal_period": "monthly",
        "work_weekdays": [0, 1, 2, 3, 4], "is_active": True,
    })
    context = {"form": form, "title": _("New government"), "cancel_url": reverse("tenancy:index")}
    if request.method == "POST" and form.is_valid():
        try:
            instansi = services.create_instansi(actor=actor, **form.service_fields())
        except DomainError as exc:
            return _refused(request, "tenancy/form.html", context, form, exc)
        messages.success(request, _("%(name)s was added.") % {"name": instansi.name})
        return redirect("tenancy:index")
    return render(request, "tenancy/form.html", context, status=_status(request))


@operator_only
@require_http_methods(["GET", "POST"])
def instansi_edit(request, pk):
    actor = _operator(request)
    instansi = queries.get_instansi_for_operator(actor, pk)
    form = InstansiForm(request.POST or None, request.FILES or None, instansi=instansi)
    context = {"form": form, "instansi_shown": instansi, "cancel_url": reverse("tenancy:index"),
               "title": _("Edit %(name)s") % {"name": instansi.name}}
    if request.method == "POST" and form.is_valid():
        try:
            services.update_instansi(actor=actor, instansi=instansi,
                                     expected_version=form.cleaned_data["version"],
                                     **form.service_fields())
        except DomainError as exc:
            return _refused(request, "tenancy/form.html", context, form, exc)
        messages.success(request, _("The settings were saved."))
        return redirect("tenancy:index")
    return render(request, "tenancy/form.html", context, status=_status(request))


# --- Working calendar (operator or the government's own admin) ---------------------------


def _year(request) -> int:
    raw = request.GET.get("year", "")
    if raw.isdigit() and 1900 <= int(raw) <= 2200:
        return int(raw)
    return timezone.localdate().year


def _calendar(request, actor, instansi, *, base_url: str, delete_name: str, delete_args=()):
    """Holiday list and the form to add one; shared by operators and the government's admin."""
    year = _year(request)
    form = HolidayForm(request.POST or None, initial={"date": datetime.date(year, 1, 1)})
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                holiday = services.add_holiday(actor=actor, instansi=instansi,
                                               date=form.cleaned_data["date"],
                                               name=form.cleaned_data["name"])
            except DomainError as exc:
                for name, errors in (exc.errors or {exc.field: [exc.message]}).items():
                    for message in errors:
                        form.add_error(name if name in form.fields else None, message)
                status = exc.status
            else:
                messages.success(request, _("%(date)s was added to the calendar.") % {
                    "date": holiday.date.isoformat()})
                return redirect(f"{base_url}?year={holiday.date.year}")
        else:
            status = 400
    years = sorted(set(queries.holiday_years(instansi)) | {year, timezone.localdate().year})
    return render(request, "tenancy/holidays.html", {
        "instansi_shown": instansi,
        "holidays": [
            (h, reverse(delete_name, args=[*delete_args, h.pk]))
            for h in queries.holidays(instansi, year=year)
        ],
        "year": year,
        "years": years,
        "form": form,
        "base_url": base_url,
        "is_operator_page": policy.can_manage_governments(actor),
    }, status=status)


def _remove(request, actor, instansi, holiday_pk, base_url):
    holiday = queries.get_holiday(instansi, holiday_pk)
    try:
        services.remove_holiday(actor=actor, holiday=holiday)
    except DomainError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("%(date)s was removed from the calendar.") % {
            "date": holiday.date.isoformat()})
    return redirect(f"{base_url}?year={holiday.date.year}")


@operator_only
@require_http_methods(["GET", "POST"])
def holidays(request, pk):
    actor = _operator(request)
    instansi = queries.get_instansi_for_operator(actor, pk)
    return _calendar(request, actor, instansi, base_url=reverse("tenancy:holidays", args=[pk]),
                     delete_name="tenancy:holiday_delete", delete_args=(pk,))


@operator_only
@require_POST
def holiday_delete(request, pk, holiday_pk):
    actor = _operator(request)
    instansi = queries.get_instansi_for_operator(actor, pk)
    return _remove(request, actor, instansi, holiday_pk, reverse("tenancy:holidays", args=[pk]))


# --- A government's own settings (its BKPSDM admin) --------------------------------------


@settings_admin_only
@require_http_methods(["GET", "POST"])
def settings(request):
    actor, instansi = _settings_actor(request)
    form = InstansiForm(request.POST or None, request.FILES or None, instansi=instansi,
                        editable=policy.editable_fields(actor, instansi))
    context = {"form": form, "instansi_shown": instansi, "settings_page": True,
               "title": _("Settings of %(name)s") % {"name": instansi.name},
               "cancel_url": reverse("web:home")}
    if request.method == "POST" and form.is_valid():
        try:
            services.update_instansi(actor=actor, instansi=instansi,
                                     expected_version=form.cleaned_data["version"],
                                     **form.service_fields())
        except DomainError as exc:
            return _refused(request, "tenancy/form.html", context, form, exc)
        messages.success(request, _("The settings were saved."))
        return redirect("tenancy:settings")
    return render(request, "tenancy/form.html", context, status=_status(request))


@settings_admin_only
@require_http_methods(["GET", "POST"])
def settings_holidays(request):
    actor, instansi = _settings_actor(request)
    return _calendar(request, actor, instansi, base_url=reverse("tenancy:settings_holidays"),
                     delete_name="tenancy:settings_holiday_delete")


@settings_admin_only
@require_POST
def settings_holiday_delete(request, holiday_pk):
    actor, instansi = _settings_actor(request)
    return _remove(request, actor, instansi, holiday_pk, reverse("tenancy:settings_holidays"))
