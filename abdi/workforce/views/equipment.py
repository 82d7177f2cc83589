"""The equipment of a jabatan (peralatan kerja method): add, edit, delete, on the jabatan's
page like its tasks (plain forms; htmx swaps the page body when present)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import queries
from ..services import abk as services
from .tasks import EQUIPMENT_FIELDS, _line_page


def _values(post) -> dict:
    # Form fields are prefixed so they never collide with the task form's "name".
    return {name: post.get(f"equipment_{name}", "")[:400] for name in EQUIPMENT_FIELDS}


@member_required
@require_POST
def add(request, abk_id, line_id):
    actor = Actor.from_request(request)
    abk = queries.get_abk_for_user(actor, abk_id)
    line = queries.get_line(abk, line_id)
    values = _values(request.POST)
    try:
        services.add_equipment(actor=actor, abk=abk, line=line,
                               version=request.POST.get("version"), **values)
    except DomainError as error:
        abk.refresh_from_db()
        return _line_page(request, actor, abk, line, error=error.message,
                          equipment_field=error.field, equipment_values=values,
                          status=error.status)
    messages.success(request, _("The equipment is added."))
    return redirect("workforce:line", abk.pk, line.pk)


@member_required
@require_http_methods(["GET", "POST"])
def item(request, abk_id, equipment_id):
    actor = Actor.from_request(request)
    abk = queries.get_abk_for_user(actor, abk_id)
    equipment = queries.get_equipment(abk, equipment_id)
    line = queries.get_line(abk, equipment.line_id)
    if request.method == "GET":
        return _line_page(request, actor, abk, line, equipment_editing=equipment)
    values = _values(request.POST)
    try:
        if request.POST.get("delete"):
            services.delete_equipment(actor=actor, abk=abk, equipment=equipment,
                                      version=request.POST.get("version"))
            messages.success(request, _("The equipment is deleted."))
        else:
            services.update_equipment(actor=actor, abk=abk, equipment=equipment,
                                      version=request.POST.get("version"), **values)
            messages.success(request, _("The equipment is saved."))
    except DomainError as error:
        abk.refresh_from_db()
        equipment.refresh_from_db()
        return _line_page(request, actor, abk, line, error=error.message,
                          equipment_field=error.field, equipment_editing=equipment,
                          equipment_values=values, status=error.status)
    return redirect("workforce:line", abk.pk, line.pk)
