"""The employee's own awards and their consent to the public page; the public recognition page
of a government (no login), showing only who opted in: name, position and award."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import queries
from ..services import awards
from .common import refuse

MINE, PUBLIC = "rewards/mine.html", "rewards/public.html"


def _mine_context(actor):
    employee_id = actor.employee_id
    return {"awards": queries.awards_of(employee_id) if employee_id else [],
            "public": queries.consent_of(employee_id) if employee_id else False,
            "has_employee": employee_id is not None,
            "public_slug": actor.user.instansi.slug,
            "public_enabled": queries.settings_of(actor.instansi_id).public_page_enabled}


@member_required
@require_http_methods(["GET", "POST"])
def mine(request):
    actor = Actor.from_request(request)
    if request.method == "GET":
        return render(request, MINE, _mine_context(actor))
    try:
        if actor.employee_id is None:
            raise DomainError(_("Your account is not linked to an employee record."))
        consent = awards.set_consent(actor=actor, employee=queries.get_employee(actor.employee_id),
                                     public=request.POST.get("public"))
    except DomainError as error:
        return refuse(request, MINE, _mine_context(actor), error)
    messages.success(request, _("Your name is shown on the public recognition page.") if consent.public
                     else _("Your name is not shown on the public recognition page."))
    return redirect("rewards:mine")


@require_GET
def public(request, recognition_slug):
    instansi = queries.public_instansi(recognition_slug)
    years = queries.public_years(instansi)
    raw = request.GET.get("tahun", "")
    fallback = years[0] if years else timezone.localdate().year
    year = int(raw) if raw.isascii() and raw.isdigit() and len(raw) == 4 else fallback
    return render(request, PUBLIC, {"instansi": instansi, "year": year, "years": years,
                                    "entries": queries.public_recognition(instansi, year)})
