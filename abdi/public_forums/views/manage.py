"""Back office: BKPSDM and agency admins announce forums, publish minutes and commitments and
track them; leaders read. Thin: parse, ask queries/policy, call services, answer 4xx on refusal."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..forms import (
    AttendanceForm,
    CancelForm,
    CommitmentForm,
    ForumForm,
    MinutesForm,
    ProgressForm,
    VersionForm,
    first_error,
)
from ..services import commitments, forums, registrations

INDEX, DETAIL, FORM, REGISTRANTS = ("public_forums/manage_index.html",
                                    "public_forums/manage_forum.html",
                                    "public_forums/forum_form.html",
                                    "public_forums/registrants.html")


@member_required
@require_GET
def index(request):
    actor = Actor.from_request(request)
    page = Paginator(queries.forums_for(actor), 25).get_page(request.GET.get("page"))
    return render(request, INDEX, {
        "page_obj": page, "today": timezone.localdate(),
        "summary": queries.commitment_summary(actor.instansi_id),
        "can_create": policy.can_create_forum(actor, actor.instansi_id),
    })


def forum_page(request, forum, access, *, status=200, error=None, minutes_form=None,
               commitment_form=None):
    actor = Actor.from_request(request)
    context = {"forum": forum, "access": access, "error": error,
               "commitments": queries.commitments_of(forum), "today": timezone.localdate(),
               "registration": forum.registration(forum.registered),
               "registration_refusal": registrations.refusal_text(
                   forum.registration(forum.registered))}
    if access.manage:
        context |= {
            "minutes_form": minutes_form or MinutesForm(initial={"minutes": forum.minutes,
                                                                 "version": forum.version}),
            "commitment_form": commitment_form or CommitmentForm(
                units=queries.responsible_units()),
            "progress_form": ProgressForm(initial={"date": timezone.localdate()}),
            "cancel_form": CancelForm(initial={"version": forum.version}),
        }
    context["can_create"] = policy.can_create_forum(actor, actor.instansi_id)
    return render(request, DETAIL, context, status=status)


@member_required
@require_GET
def forum(request, forum_id):
    found, access = queries.get_forum(Actor.from_request(request), forum_id)
    return forum_page(request, found, access)


def _form_page(request, form, *, forum=None, status=200, error=None):
    return render(request, FORM, {"form": form, "forum": forum, "error": error}, status=status)


@member_required
@require_http_methods(["GET", "POST"])
def forum_create(request):
    actor = Actor.from_request(request)
    if not policy.can_create_forum(actor, actor.instansi_id):
        raise PermissionDenied
    units = queries.organising_units(actor)
    if request.method == "GET":
        return _form_page(request, ForumForm(units=units))
    form = ForumForm(request.POST, units=units)
    if not form.is_valid():
        return _form_page(request, form, status=400, error=first_error(form))
    try:
        created = forums.create_forum(actor=actor, instansi_id=actor.instansi_id,
                                      values=form.cleaned_data)
    except DomainError as refused:
        return _form_page(request, form, status=refused.status, error=refused.message)
    messages.success(request, _("The forum is saved as a draft. Announce it when it is ready."))
    return redirect("public_forums:forum", created.pk)


@member_required
@require_http_methods(["GET", "POST"])
def forum_edit(request, forum_id):
    actor = Actor.from_request(request)
    found, access = queries.get_forum(actor, forum_id)
    if not access.manage:
        raise PermissionDenied
    units = queries.organising_units(actor)
    if request.method == "GET":
        initial = {name: getattr(found, name) for name in forums.FORUM_FIELDS}
        initial |= {"unit": found.unit_id, "version": found.version,
                    "starts_at": timezone.localtime(found.starts_at),
                    "registration_closes_at": timezone.localtime(found.registration_closes_at)}
        return _form_page(request, ForumForm(units=units, initial=initial), forum=found)
    form = ForumForm(request.POST, units=units)
    if not form.is_valid():
        return _form_page(request, form, forum=found, status=400, error=first_error(form))
    try:
        forums.update_forum(actor=actor, forum=found, values=form.cleaned_data,
                            version=form.cleaned_data.get("version"))
    except DomainError as refused:
        return _form_page(request, form, forum=found, status=refused.status,
                          error=refused.message)
    messages.success(request, _("The forum is saved."))
    return redirect("public_forums:forum", found.pk)


def _posted(request, forum_id, form_class, act, success, **page_forms):
    """Run one posted action of the forum page; a refusal re-renders it with the message."""
    actor = Actor.from_request(request)
    found, access = queries.get_forum(actor, forum_id)
    if not access.manage:
        raise PermissionDenied
    form = form_class(request.POST, request.FILES)
    if not form.is_valid():
        return forum_page(request, found, access, status=400, error=first_error(form),
                          **dict.fromkeys(page_forms, form))
    try:
        act(actor, found, form.cleaned_data)
    except DomainError as refused:
        return forum_page(request, found, access, status=refused.status, error=refused.message,
                          **dict.fromkeys(page_forms, form))
    messages.success(request, success)
    return redirect("public_forums:forum", found.pk)


@member_required
@require_POST
def forum_publish(request, forum_id):
    return _posted(request, forum_id, VersionForm, lambda actor, forum, data: forums.publish_forum(
        actor=actor, forum=forum, version=data["version"]),
        _("The forum is announced on the public page."))


@member_required
@require_POST
def forum_cancel(request, forum_id):
    return _posted(request, forum_id, CancelForm, lambda actor, forum, data: forums.cancel_forum(
        actor=actor, forum=forum, reason=data["reason"], version=data["version"]),
        _("The forum is cancelled."))


@member_required
@require_POST
def minutes(request, forum_id):
    return _posted(request, forum_id, MinutesForm, lambda actor, forum, data: forums.publish_minutes(
        actor=actor, forum=forum, minutes=data["minutes"], upload=data.get("minutes_file"),
        version=data["version"]), _("The minutes are published."), minutes_form=True)


@member_required
@require_POST
def commitment_add(request, forum_id):
    def form_class(data, files):
        return CommitmentForm(data, units=queries.responsible_units())
    return _posted(request, forum_id, form_class, lambda actor, forum, data: (
        commitments.add_commitment(actor=actor, forum=forum, values=data)),
        _("The commitment is published."), commitment_form=True)


@member_required
@require_POST
def progress_add(request, commitment_id):
    actor = Actor.from_request(request)
    commitment = queries.get_commitment(actor, commitment_id)
    found, access = queries.get_forum(actor, commitment.forum_id)
    if not access.manage:
        raise PermissionDenied
    form = ProgressForm(request.POST)
    try:
        if not form.is_valid():
            raise DomainError(first_error(form))
        commitments.record_progress(actor=actor, commitment=commitment, values=form.cleaned_data)
    except DomainError as refused:
        return forum_page(request, found, access, status=refused.status, error=refused.message)
    messages.success(request, _("The progress is recorded."))
    return redirect("public_forums:forum", found.pk)


@member_required
@require_GET
def registrant_list(request, forum_id):
    actor = Actor.from_request(request)
    found, access = queries.get_forum(actor, forum_id)
    if not access.registrants:
        raise PermissionDenied
    page = Paginator(queries.registrants(found), 100).get_page(request.GET.get("page"))
    return render(request, REGISTRANTS, {"forum": found, "page_obj": page,
                                         "can_mark": found.has_started})


@member_required
@require_GET
def registrants_csv(request, forum_id):
    actor = Actor.from_request(request)
    found, access = queries.get_forum(actor, forum_id)
    if not access.registrants:
        raise PermissionDenied
    response = HttpResponse(queries.registrants_csv(found), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="peserta-forum-{found.pk}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


@member_required
@require_POST
def attendance(request, registration_id):
    actor = Actor.from_request(request)
    found = queries.get_registration(actor, registration_id)
    form = AttendanceForm(request.POST)
    form.is_valid()
    try:
        registrations.set_attendance(actor=actor, registration=found,
                                     attended=form.cleaned_data.get("attended", False))
    except DomainError as refused:
        return render(request, "public_forums/_error_page.html",
                      {"error": refused.message, "forum": found.forum}, status=refused.status)
    return redirect("public_forums:registrants", found.forum_id)
