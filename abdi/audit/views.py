"""Audit trail pages for admins: the whole government or own agency, per employee, per unit."""

from functools import cache

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.views.decorators.http import require_GET

from abdi.accounts.actor import Actor
from abdi.org import queries as org_queries
from abdi.org.models import Unit
from abdi.people import policy as people_policy
from abdi.people import queries as people_queries
from abdi.tenancy.access import member_required
from abdi.web.paging import paginate

from . import queries

PAGE_SIZE = 50


@cache
def _field(object_type: str, name: str):
    """The model field named in an entry, for its translated label (None if gone)."""
    try:
        return apps.get_model(object_type)._meta.get_field(name)
    except (LookupError, ValueError, FieldDoesNotExist):
        return None


def _pairs(entry):
    """(field name, field or None, before, after) of each change of an entry."""
    for name, pair in sorted((entry.changes or {}).items()):
        before, after = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
        yield name, _field(entry.object_type, name), before, after


def _related_names(entries) -> dict:
    """Names of the objects that foreign-key values point to: one query per related model."""
    wanted = {}
    for entry in entries:
        for _name, field, before, after in _pairs(entry):
            if field is not None and field.is_relation and field.related_model is not None:
                ids = wanted.setdefault(field.related_model, set())
                ids.update(v for v in (before, after) if isinstance(v, int))
    names = {}
    for model, ids in wanted.items():
        if ids:
            for obj in model._default_manager.filter(pk__in=ids):
                names[(model, obj.pk)] = str(obj)
    return names


def _show(field, value, names):
    """A value as people read it: choice labels, related objects' names; None for empty."""
    if value in (None, ""):
        return None
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if field is not None:
        if field.is_relation and field.related_model is not None:
            return names.get((field.related_model, value), f"#{value}")
        if field.choices:
            return dict(field.flatchoices).get(value, value)
    return str(value)


def _changes(entry, names) -> list[tuple]:
    return [
        (field.verbose_name if field is not None else name,
         _show(field, before, names), _show(field, after, names))
        for name, field, before, after in _pairs(entry)
    ]


def _page(request, entries, context, template="audit/list.html"):
    page = paginate(entries.order_by("-at", "-id"), request.GET.get("page"), PAGE_SIZE)
    names = _related_names(page.object_list)
    rows = [{"entry": e, "changes": _changes(e, names)} for e in page]
    return render(request, template, {**context, "page_obj": page, "rows": rows})


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    if not actor.instansi_id or not people_policy.can_view_audit(actor):
        raise PermissionDenied
    entries = (queries.all_entries() if actor.is_hr_admin
               else queries.entries_for_agencies(actor.agency_ids))
    return _page(request, entries, {"heading_kind": "all"})


@member_required
@require_GET
def employee(request, pk):
    actor = Actor.from_request(request)
    person = people_queries.get_employee_for_user(actor, pk)
    if not people_policy.can_view_audit(actor, person):
        raise PermissionDenied
    return _page(request, queries.entries_for_employee(person.pk),
                 {"heading_kind": "employee", "employee": person})


@member_required
@require_GET
def unit(request, pk):
    actor = Actor.from_request(request)
    if not actor.instansi_id:
        raise Http404
    found = Unit.objects.filter(pk=pk).first()
    if found is None:
        raise Http404
    # A unit carries agency_id like an employee: the same rule decides (BKPSDM or its admin).
    if not people_policy.can_view_audit(actor, found):
        raise PermissionDenied
    unit_ids = org_queries.subtree(found).values_list("pk", flat=True)
    return _page(request, queries.entries_for_units(unit_ids),
                 {"heading_kind": "unit", "unit": found})
