"""Public pages (no account): a government's forums, one forum with its registration form,
minutes and commitments. They work on a 360px phone without JavaScript. Nothing of a
registrant is ever shown here; every citizen text is auto-escaped by the templates."""

from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.core.public_guard import limit, refuse_spam, remember_device
from abdi.tenancy.scoping import within

from .. import queries
from ..forms import RegistrationForm
from ..rules import mask_contact
from ..services import registrations

LIST, FORUM = "public_forums/public_list.html", "public_forums/public_forum.html"
# Design choice: a person registers for a handful of forums a day; a shared office network
# (one address, many people) gets more room than one device.
PER_ADDRESS = (30, 3600)
PER_DEVICE = (5, 3600)


@require_GET
def forum_list(request, gov_slug):
    instansi = queries.public_instansi(gov_slug)
    with within(instansi):
        upcoming, past = queries.public_forums(instansi)
        return render(request, LIST, {"instansi": instansi, "upcoming": upcoming, "past": past,
                                      "today": timezone.localdate()})


def _page(request, instansi, forum, *, form=None, status=200, error=None, done=None):
    context = {
        "instansi": instansi, "forum": forum, "form": form or RegistrationForm(),
        "registration": forum.registration(forum.registered), "error": error, "done": done,
        "refusal": registrations.refusal_text(forum.registration(forum.registered)),
        "today": timezone.localdate(),
        "commitments": queries.commitments_of(forum) if forum.status == "concluded" else (),
    }
    response = render(request, FORUM, context, status=status)
    return remember_device(request, response)


@require_http_methods(["GET", "POST"])
def forum_detail(request, gov_slug, forum_id):
    instansi = queries.public_instansi(gov_slug)
    with within(instansi):
        forum = queries.public_forum(forum_id)
        if request.method == "GET":
            return _page(request, instansi, forum)
        form = RegistrationForm(request.POST)
        try:
            limit(request, f"forum:{instansi.pk}", per_address=PER_ADDRESS,
                  per_device=PER_DEVICE)
            refuse_spam(form)
            if not form.is_valid():
                return _page(request, instansi, forum, form=form, status=400,
                             error=next(iter(form.errors.values()))[0])
            _registration, contact = registrations.register(
                actor=Actor.anonymous(ip=Actor.from_request(request).ip), forum=forum,
                values=form.cleaned_data)
        except DomainError as refused:
            return _page(request, instansi, forum, form=form, status=refused.status,
                         error=refused.message)
        forum = queries.public_forum(forum_id)
        return _page(request, instansi, forum, done=mask_contact(contact))


@require_GET
def minutes_pdf(request, gov_slug, forum_id):
    instansi = queries.public_instansi(gov_slug)
    with within(instansi):
        forum = queries.public_forum(forum_id)
        if forum.status != "concluded" or not forum.minutes_file:
            raise Http404
        try:
            handle = forum.minutes_file.open("rb")
        except (FileNotFoundError, OSError):
            raise Http404 from None
    response = FileResponse(handle, content_type="application/pdf", as_attachment=True,
                            filename=f"notulen-forum-{forum.pk}.pdf")
    response["Cache-Control"] = "public, max-age=3600"
    return response
