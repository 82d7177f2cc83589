"""Announcements: the reader's list and page with "I have read it"; the publishers' list,
form and the receipts per agency with who has not read yet (paged, and as CSV)."""

import csv

from django.contrib import messages
from django.http import StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import paginate

from .. import chrome, policy, queries
from ..models import Announcement
from ..rules.plain_text import to_html
from ..services import announcements as services
from .common import safe_next, version_of


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    page = paginate(queries.announcements_for(actor), request.GET.get("page"), per_page=20)
    return render(request, "guidance/announcements.html", {
        "page_obj": page, "may_publish": policy.can_publish_announcements(actor)})


@member_required
@require_GET
def detail(request, announcement_id):
    actor = Actor.from_request(request)
    announcement = queries.get_announcement_for_user(actor, announcement_id)
    return render(request, "guidance/announcement.html", {
        "announcement": announcement, "body": to_html(announcement.body),
        "may_manage": policy.can_manage_announcement(actor, announcement)})


@member_required
@require_POST
def read(request, announcement_id):
    actor = Actor.from_request(request)
    announcement = queries.get_announcement_for_user(actor, announcement_id)
    services.confirm_read(actor=actor, announcement=announcement)
    chrome.forget_banner(actor)
    messages.success(request, _("Thank you: your reading is recorded."))
    return redirect(safe_next(request, "guidance:announcements"))


@member_required
@require_GET
def manage(request):
    actor = Actor.from_request(request)
    if not policy.can_publish_announcements(actor):
        return render(request, "guidance/refused.html", status=403)
    page = paginate(queries.managed_announcements(actor), request.GET.get("page"), per_page=20)
    return render(request, "guidance/announcement_manage.html", {"page_obj": page,
                                                                  "now": timezone.now()})


def _data(request) -> dict:
    return {name: request.POST.get(name, "") for name in
            ("title", "body", "audience", "importance", "publish_from", "publish_until")} | {
        "targets": request.POST.getlist("targets")}


def _form(request, actor, announcement, values, *, error=None, field=None, status=200):
    return render(request, "guidance/announcement_form.html", {
        "announcement": announcement, "values": values, "error": error, "error_field": field,
        "audiences": Announcement.Audience.choices
        if policy.may_address_whole_government(actor)
        else [c for c in Announcement.Audience.choices if c[0] != "government"],
        "importances": Announcement.Importance.choices,
        "units": queries.addressable_units(actor)}, status=status)


def _local(moment):
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M") if moment else ""


@member_required
@require_http_methods(["GET", "POST"])
def create(request):
    actor = Actor.from_request(request)
    if not policy.can_publish_announcements(actor):
        return render(request, "guidance/refused.html", status=403)
    if request.method == "GET":
        audience = "government" if policy.may_address_whole_government(actor) else "agencies"
        return _form(request, actor, None, {"audience": audience, "importance": "normal",
                                            "publish_from": _local(timezone.now()),
                                            "targets": []})
    try:
        announcement = services.publish_announcement(actor=actor, data=_data(request))
    except DomainError as error:
        return _form(request, actor, None, _data(request), error=error.message,
                     field=error.field, status=error.status)
    chrome.announcements_generation(actor.instansi_id).bump()
    messages.success(request, _("The announcement is published."))
    return redirect("guidance:announcement_receipts", announcement.pk)


@member_required
@require_http_methods(["GET", "POST"])
def edit(request, announcement_id):
    actor = Actor.from_request(request)
    announcement = queries.get_managed_announcement(actor, announcement_id)
    if request.method == "GET":
        values = {"title": announcement.title, "body": announcement.body,
                  "audience": announcement.audience, "importance": announcement.importance,
                  "publish_from": _local(announcement.publish_from),
                  "publish_until": _local(announcement.publish_until),
                  "targets": [str(t.unit_id) for t in queries.target_units_of(announcement)]}
        return _form(request, actor, announcement, values)
    try:
        if request.POST.get("end") == "yes":
            services.end_announcement(actor=actor, announcement=announcement,
                                      version=version_of(request))
        else:
            services.update_announcement(actor=actor, announcement=announcement,
                                         version=version_of(request), data=_data(request))
    except DomainError as error:
        return _form(request, actor, announcement, _data(request), error=error.message,
                     field=error.field, status=error.status)
    chrome.announcements_generation(actor.instansi_id).bump()
    messages.success(request, _("The announcement is saved."))
    return redirect("guidance:announcement_receipts", announcement.pk)


def _agency_filter(request):
    raw = request.GET.get("agency", "")
    return int(raw) if raw.isdigit() and len(raw) < 12 else None


@member_required
@require_GET
def receipts(request, announcement_id):
    actor = Actor.from_request(request)
    announcement = queries.get_managed_announcement(actor, announcement_id)
    targets = queries.target_units_of(announcement)
    agency_id = _agency_filter(request)
    page = paginate(queries.unread_employees(announcement, targets, agency_id=agency_id),
                    request.GET.get("page"))
    per_agency = queries.receipts_per_agency(announcement, targets)
    return render(request, "guidance/receipts.html", {
        "announcement": announcement, "targets": targets, "per_agency": per_agency,
        "total_audience": sum(r["audience"] for r in per_agency),
        "total_read": sum(r["read"] for r in per_agency), "page_obj": page,
        "agency_id": agency_id})


class _Echo:
    def write(self, value):
        return value


@member_required
@require_GET
def unread_csv(request, announcement_id):
    actor = Actor.from_request(request)
    announcement = queries.get_managed_announcement(actor, announcement_id)
    rows = queries.unread_employees(announcement, agency_id=_agency_filter(request))
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow([_("NIP"), _("Name"), _("Agency"), _("Unit")])
        for employee in rows.iterator(chunk_size=500):
            yield writer.writerow([_cell(employee.nip), _cell(employee.name),
                                   _cell(employee.agency.name if employee.agency else ""),
                                   _cell(employee.unit.name if employee.unit else "")])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="belum-membaca-{announcement.pk}.csv"'
    return response


def _cell(value) -> str:
    """A spreadsheet must not run a formula from a name (CSV injection)."""
    text = str(value or "")
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
