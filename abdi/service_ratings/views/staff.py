"""Staff pages: my ratings, an employee's ratings (atasan, BKPSDM), the team list, hiding an
abusive comment, the settings, and the visit code an officer gives the citizen in front of them.
Thin: parse, ask policy/queries, call services; a refusal is answered with its 4xx."""

import segno
from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import page_size, paginate

from .. import policy, queries
from ..forms import HideForm, IssueCodeForm, SettingsForm
from ..services import contacts, ratings
from .common import chart_spec, period_context, period_from

SUMMARY, TEAM, CODE, SETTINGS = ("service_ratings/summary.html", "service_ratings/team.html",
                                 "service_ratings/code.html", "service_ratings/settings.html")


def _summary_page(request, actor, employee, *, own: bool, status=200, hide_error=None):
    period = period_from(request)
    minimum = queries.min_count(actor.instansi_id)
    moderator = actor.is_hr_admin and not actor.owns(employee.pk)
    summary, comments = queries.employee_summary(employee.pk, period, minimum=minimum,
                                                 moderator=moderator)
    return render(request, SUMMARY, {
        **period_context(period), "employee": employee, "own": own, "summary": summary,
        "comments": comments, "minimum": minimum, "moderator": moderator,
        "chart": chart_spec(summary) if summary.enough else None, "hide_error": hide_error,
        "counters": queries.counters_served_by(actor.employee_id) if own else [],
        "sees_team": own and policy.sees_team(actor)}, status=status)


@member_required
@require_GET
def mine(request):
    actor = Actor.from_request(request)
    if actor.employee_id is None:  # an admin account without an employee record
        if policy.sees_team(actor):
            return redirect("service_ratings:team")
        raise Http404
    employee = queries.get_employee_for_ratings(actor, actor.employee_id)
    return _summary_page(request, actor, employee, own=True)


@member_required
@require_GET
def employee(request, employee_id):
    actor = Actor.from_request(request)
    found = queries.get_employee_for_ratings(actor, employee_id)
    return _summary_page(request, actor, found, own=actor.owns(found.pk))


@member_required
@require_GET
def team(request):
    actor = Actor.from_request(request)
    if not policy.sees_team(actor):
        raise Http404
    period = period_from(request)
    minimum = queries.min_count(actor.instansi_id)
    page = paginate(queries.team_queryset(actor, period), request.GET.get("page"),
                    page_size(request.GET.get("size")))
    return render(request, TEAM, {**period_context(period), "page_obj": page, "minimum": minimum,
                                  "rows": queries.team_rows(page, period, minimum=minimum)})


@member_required
@require_POST
def hide(request, rating_id):
    actor = Actor.from_request(request)
    rating = queries.get_rating_for_moderation(actor, rating_id)
    form = HideForm(request.POST)
    target = reverse("service_ratings:employee", kwargs={"employee_id": rating.employee_id})
    try:
        if not form.is_valid():
            raise DomainError(_("Give a reason of 5 to 300 characters."))
        ratings.hide_comment(actor=actor, rating=rating, reason=form.cleaned_data["reason"],
                             expected_version=form.cleaned_data["version"])
    except DomainError as exc:
        employee = queries.get_employee_for_ratings(actor, rating.employee_id)
        return _summary_page(request, actor, employee, own=False, status=exc.status,
                             hide_error=exc.message)
    messages.success(request, _("The comment is hidden."))
    return redirect(target)


@member_required
@require_http_methods(["GET", "POST"])
def settings(request):
    actor = Actor.from_request(request)
    if not policy.can_change_settings(actor):
        raise Http404
    current = queries.settings_of(actor.instansi_id)
    form = SettingsForm(request.POST or None,
                        initial={"min_count": current.min_count, "version": current.version})
    if request.method == "POST":
        if form.is_valid():
            try:
                ratings.change_settings(actor=actor, min_count=form.cleaned_data["min_count"],
                                        expected_version=form.cleaned_data["version"])
            except DomainError as exc:
                form.add_error(None, exc.message)
                return render(request, SETTINGS, {"form": form}, status=exc.status)
            messages.success(request, _("The settings were saved."))
            return redirect("service_ratings:settings")
        return render(request, SETTINGS, {"form": form}, status=400)
    return render(request, SETTINGS, {"form": form})


@member_required
@require_http_methods(["GET", "POST"])
def issue_code(request):
    """An officer at a counter issues a one-time code + QR for the citizen in front of them."""
    actor = Actor.from_request(request)
    counters = queries.counters_served_by(actor.employee_id)
    context = {"counters": counters}
    if request.method == "GET":
        return render(request, CODE, context)
    form = IssueCodeForm(request.POST)
    counter = queries.counter_served_by(actor.employee_id,
                                        form.data.get("counter")) if form.is_valid() else None
    if counter is None:
        context["error"] = _("You can only issue codes at a counter where you serve.")
        return render(request, CODE, context, status=403 if form.is_valid() else 400)
    try:
        contact = contacts.issue_visit_code(actor=actor, counter=counter,
                                            staff_ids={actor.employee_id})
    except DomainError as exc:
        context["error"] = exc.message
        return render(request, CODE, context, status=exc.status)
    url = request.build_absolute_uri(contacts.rating_path(contact))
    context.update({"contact": contact, "counter": counter, "url": url,
                    "code": f"{contact.token[:4]}-{contact.token[4:]}",
                    "qr_svg": segno.make(url, error="m").svg_data_uri(scale=5)})
    return render(request, CODE, context)
