"""BKPSDM's pages: complaint settings (limits, thresholds, window) and designated officers;
and the CSV/XLSX export of cases for the back office."""

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..forms import OfficerForm, SettingsForm, first_error
from ..models import ComplaintOfficer
from ..services import export as export_service
from ..services import setup


def _admin(request):
    actor = Actor.from_request(request)
    if not policy.can_manage_setup(actor):
        raise Http404
    return actor


@member_required
@require_http_methods(["GET", "POST"])
def settings_page(request):
    actor = _admin(request)
    current = queries.settings_for(actor.instansi_id)
    if request.method == "GET":
        form = SettingsForm(instance=current, initial={"version": current.version})
        return render(request, "complaints/staff/settings.html", {"form": form})
    form = SettingsForm(request.POST, instance=queries.settings_copy(actor.instansi_id))
    try:
        if not form.is_valid():
            raise DomainError(first_error(form))
        values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
        setup.save_settings(actor=actor, version=form.cleaned_data["version"], values=values)
    except DomainError as refused:
        return render(request, "complaints/staff/settings.html",
                      {"form": form, "error": refused.message}, status=refused.status)
    messages.success(request, _("The complaint settings are saved."))
    return redirect("complaints:settings")


def _officers_page(request, form, *, error=None, status=200):
    return render(request, "complaints/staff/officers.html",
                  {"form": form, "officers": list(queries.officers()), "error": error},
                  status=status)


@member_required
@require_http_methods(["GET", "POST"])
def officers(request):
    actor = _admin(request)
    agencies = list(queries.agencies())
    if request.method == "GET":
        return _officers_page(request, OfficerForm(agencies=agencies))
    form = OfficerForm(request.POST, agencies=agencies)
    try:
        if not form.is_valid():
            raise DomainError(first_error(form))
        data = form.cleaned_data
        setup.designate_officer(actor=actor, employee=queries.employee_by_nip(data["nip"]),
                                duty=data["duty"],
                                agency=next((a for a in agencies if a.pk == data["agency"]), None))
    except DomainError as refused:
        return _officers_page(request, form, error=refused.message, status=refused.status)
    messages.success(request, _("The officer is designated."))
    return redirect("complaints:officers")


@member_required
@require_POST
def officer_remove(request, complaint_officer_id):
    actor = _admin(request)
    officer = ComplaintOfficer.objects.filter(pk=complaint_officer_id).first()
    if officer is None:
        raise Http404
    setup.remove_officer(actor=actor, officer=officer)
    messages.success(request, _("The designation is removed."))
    return redirect("complaints:officers")


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _export_desk(request):
    desk = queries.desk_of(Actor.from_request(request))
    if not policy.can_export(desk):
        raise Http404
    return desk


@member_required
@require_GET
def export(request):
    response = HttpResponse(export_service.export_csv(_export_desk(request)),
                            content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="pengaduan.csv"'
    return response


@member_required
@require_GET
def export_xlsx(request):
    response = HttpResponse(export_service.export_xlsx(_export_desk(request)), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="pengaduan.xlsx"'
    return response
