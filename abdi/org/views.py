"""Organisation pages: the org chart, a unit's page and the master-data forms.

Thin: parse, ask org.policy / org.queries, call org.services, render. A refused change is
shown on the form with the service's message and its status (400, 403 or 409).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError

from . import policy, queries, services
from .forms import ActingForm, EndActingForm, PositionForm, UnitForm
from .models import Unit

STAFF_PAGE_SIZE = 25


def _refused(request, template, context, form, exc: DomainError, *, aliases=None):
    """Show a service's refusal on the form, with the status it carries."""
    aliases = aliases or {}
    extra = {aliases.get(k, k): v for k, v in (exc.errors or {}).items()}
    field = aliases.get(exc.field, exc.field)
    if not extra:
        extra = {field: [exc.message]}
    for name, errors in extra.items():
        target = name if name in form.fields else None
        for error in errors if isinstance(errors, list | tuple) else [errors]:
            form.add_error(target, error)
    return render(request, template, context, status=exc.status)


def _invalid_status(request) -> int:
    return 400 if request.method == "POST" else 200


def _form_page(request, context, *, save, done):
    """The org form page: on a valid POST run `save` (a service call) and go to the saved
    thing's unit; a refusal shows on the form with the status it carries."""
    form = context["form"]
    if request.method == "POST" and form.is_valid():
        try:
            saved = save()
        except DomainError as exc:
            return _refused(request, "org/form.html", context, form, exc)
        messages.success(request, done(saved))
        unit_id = saved.pk if isinstance(saved, Unit) else saved.unit_id
        return redirect("org:unit", pk=unit_id)
    return render(request, "org/form.html", context, status=_invalid_status(request))


def unit_url(unit) -> str:
    return reverse("org:unit", args=[unit.pk])


def _back(request, initial) -> str:
    if "parent" in initial:
        return reverse("org:unit", args=[initial["parent"]])
    return reverse("org:chart")


# --- Reading -----------------------------------------------------------------------------


@require_GET
@login_required
def chart(request):
    actor = Actor.from_request(request)
    if not policy.can_view_org(actor):
        raise Http404
    rows = queries.chart_level(None, on=timezone.localdate())
    return render(request, "org/chart.html", {
        "rows": rows,
        "can_create_agency": policy.can_create_agency(actor),
    })


@require_GET
@login_required
def chart_children(request, pk):
    """One level below a unit: a fragment for htmx, the unit's page without JavaScript."""
    actor = Actor.from_request(request)
    unit = queries.get_unit_for_user(actor, pk)
    if not request.htmx:
        return redirect("org:unit", pk=unit.pk)
    rows = queries.chart_level(unit.pk, on=timezone.localdate())
    return render(request, "org/chart.html#level", {"rows": rows})


@require_GET
@login_required
def unit_detail(request, pk):
    actor = Actor.from_request(request)
    unit = queries.get_unit_for_user(actor, pk)
    today = timezone.localdate()
    staff = Paginator(queries.unit_staff(actor, unit), STAFF_PAGE_SIZE).get_page(
        request.GET.get("page"))
    context = {"unit": unit, "staff": staff}
    if request.htmx and request.htmx.target == "staff":
        return render(request, "org/unit.html#staff", context)
    context.update({
        "ancestors": queries.ancestors(unit),
        "head": queries.heads_of_units([unit.pk], on=today).get(unit.pk),
        "rows": queries.chart_level(unit.pk, on=today),
        "positions": queries.unit_positions(actor, unit),
        "acting": list(queries.acting_for_unit(unit, on=today)),
        "can_edit": policy.can_edit_unit(actor, unit),
        "can_manage": policy.can_manage_units(actor, unit.agency_id),
        "can_assign": policy.can_assign_acting(actor, unit.agency_id),
        "today": today,
    })
    return render(request, "org/unit.html", context)


# --- Units -------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@login_required
def unit_create(request):
    actor = Actor.from_request(request)
    if not policy.can_view_org(actor):
        raise Http404
    if not policy.can_manage_some_units(actor):
        raise PermissionDenied
    parents = queries.manageable_units(actor)
    initial = {"is_active": True, "sort_order": 0}
    if request.GET.get("parent", "").isdigit():
        initial["parent"] = int(request.GET["parent"])
        initial["kind"] = "bidang"
    form = UnitForm(request.POST or None, parents=parents, initial=initial)
    context = {"form": form, "title": _("New unit"), "cancel_url": _back(request, initial)}
    return _form_page(
        request, context,
        save=lambda: services.create_unit(
            actor=actor, instansi_id=actor.instansi_id, parent=form.cleaned_data["parent"],
            **form.service_fields()),
        done=lambda unit: _("The unit %(name)s was created.") % {"name": unit.name},
    )


@require_http_methods(["GET", "POST"])
@login_required
def unit_edit(request, pk):
    actor = Actor.from_request(request)
    unit = queries.get_unit_for_user(actor, pk)
    if not policy.can_edit_unit(actor, unit):
        raise PermissionDenied
    initial = {name: getattr(unit, name) for name in
               ("kind", "name", "short_name", "code", "sort_order", "address", "is_active",
                "version")}
    form = UnitForm(request.POST or None, editing=True, initial=initial)
    context = {"form": form, "title": _("Edit %(name)s") % {"name": unit.name}, "unit": unit,
               "cancel_url": unit_url(unit)}
    return _form_page(
        request, context,
        save=lambda: services.update_unit(actor=actor, unit=unit,
                                          expected_version=form.cleaned_data["version"],
                                          **form.service_fields()),
        done=lambda saved: _("The unit was saved."),
    )


# --- Positions ---------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
@login_required
def position_create(request, unit_pk):
    actor = Actor.from_request(request)
    unit = queries.get_unit_for_user(actor, unit_pk)
    if not policy.can_manage_units(actor, unit.agency_id):
        raise PermissionDenied
    form = PositionForm(request.POST or None, initial={"is_active": True})
    context = {"form": form, "unit": unit, "cancel_url": unit_url(unit),
               "title": _("New position in %(unit)s") % {"unit": unit.name}}
    return _form_page(
        request, context,
        save=lambda: services.create_position(actor=actor, unit=unit, **form.service_fields()),
        done=lambda position: _("The position was created."),
    )


@require_http_methods(["GET", "POST"])
@login_required
def position_edit(request, pk):
    actor = Actor.from_request(request)
    position = queries.get_position_for_user(actor, pk)
    unit = position.unit
    if not policy.can_manage_units(actor, unit.agency_id):
        raise PermissionDenied
    initial = {name: getattr(position, name) for name in PositionForm.base_fields}
    form = PositionForm(request.POST or None, initial=initial, editing=True)
    context = {"form": form, "unit": unit, "cancel_url": unit_url(unit),
               "title": _("Edit %(name)s") % {"name": position.name}}
    return _form_page(
        request, context,
        save=lambda: services.update_position(actor=actor, position=position,
                                              expected_version=form.cleaned_data["version"],
                                              **form.service_fields()),
        done=lambda saved: _("The position was saved."),
    )


# --- Acting officials (Plt/Plh) ----------------------------------------------------------


@require_http_methods(["GET", "POST"])
@login_required
def acting_create(request, position_pk):
    actor = Actor.from_request(request)
    position = queries.get_position_for_user(actor, position_pk)
    unit = position.unit
    if not policy.can_assign_acting(actor, unit.agency_id):
        raise PermissionDenied
    today = timezone.localdate()
    form = ActingForm(request.POST or None, initial={"kind": "plt", "start": today},
                      find_employee=lambda nip: queries.employee_by_nip(actor, nip))
    context = {"form": form, "unit": unit, "position": position, "cancel_url": unit_url(unit),
               "title": _("Acting official for %(position)s") % {"position": position.name}}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.assign_acting(actor=actor, position=position, employee=form.employee,
                                   kind=data["kind"], start=data["start"], end=data["end"],
                                   sk_number=data["sk_number"])
        except DomainError as exc:
            return _refused(request, "org/form.html", context, form, exc,
                            aliases={"employee": "nip", "position": None})
        messages.success(request, _("The acting official was appointed."))
        return redirect("org:unit", pk=unit.pk)
    return render(request, "org/form.html", context, status=_invalid_status(request))


@require_http_methods(["GET", "POST"])
@login_required
def acting_end(request, pk):
    actor = Actor.from_request(request)
    assignment = queries.get_acting_for_user(actor, pk)
    unit = assignment.position.unit
    if not policy.can_assign_acting(actor, unit.agency_id):
        raise PermissionDenied
    form = EndActingForm(request.POST or None)
    context = {"form": form, "unit": unit, "assignment": assignment,
               "cancel_url": unit_url(unit),
               "title": _("End the acting assignment of %(name)s") % {
                   "name": assignment.employee.full_name}}
    if request.method == "POST" and form.is_valid():
        try:
            services.end_acting(actor=actor, assignment=assignment, end=form.cleaned_data["end"])
        except DomainError as exc:
            return _refused(request, "org/form.html", context, form, exc)
        messages.success(request, _("The acting assignment now ends on %(date)s.") % {
            "date": form.cleaned_data["end"].isoformat()})
        return redirect("org:unit", pk=unit.pk)
    return render(request, "org/form.html", context, status=_invalid_status(request))
