"""Feedback: the button on every page (a <details> form; htmx swaps the answer in place), the
HR office's inbox with replies, and the sender's own list."""

from django.contrib import messages
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.tenancy.access import member_required
from abdi.web.paging import paginate

from .. import policy, queries
from ..models import Feedback
from ..services import feedback as services
from .common import safe_next, version_of


@member_required
@require_POST
def send(request):
    actor = Actor.from_request(request)
    data = request.POST
    try:
        services.send_feedback(actor=actor, kind=data.get("kind", ""), text=data.get("text", ""),
                               path=data.get("path", ""), screen=data.get("screen", ""))
    except DomainError as error:
        context = {"error": error.message, "kind": data.get("kind", ""),
                   "text": data.get("text", "")[:2000], "path": data.get("path", "")[:300],
                   "screen": data.get("screen", "")[:120], "csrf_token": get_token(request)}
        template = "guidance/_feedback_form.html" if request.htmx else "guidance/feedback_refused.html"
        return render(request, template, context, status=error.status)
    if request.htmx:
        return render(request, "guidance/_feedback_sent.html")
    messages.success(request, _("Thank you. Your feedback has reached the HR office."))
    return redirect(safe_next(request, "guidance:feedback_mine"))


@member_required
@require_GET
def inbox(request):
    actor = Actor.from_request(request)
    if not policy.can_answer_feedback(actor):
        return render(request, "guidance/refused.html", status=403)
    status, kind = request.GET.get("status", ""), request.GET.get("kind", "")
    screen = (request.GET.get("screen") or "")[:120]
    page = paginate(queries.feedback_inbox(actor, status=status, kind=kind, screen=screen),
                    request.GET.get("page"))
    return render(request, "guidance/inbox.html", {
        "page_obj": page, "status": status, "kind": kind, "screen": screen,
        "statuses": Feedback.Status.choices, "kinds": Feedback.Kind.choices,
        "screens": queries.feedback_screens()})


@member_required
@require_GET
def mine(request):
    actor = Actor.from_request(request)
    page = paginate(queries.own_feedback(actor), request.GET.get("page"), per_page=20)
    return render(request, "guidance/mine.html", {"page_obj": page})


def _detail(request, feedback, *, error=None, status=200):
    actor = Actor.from_request(request)
    return render(request, "guidance/feedback.html", {
        "feedback": feedback, "error": error, "statuses": Feedback.Status.choices,
        "may_answer": policy.can_answer_feedback(actor)}, status=status)


@member_required
@require_GET
def detail(request, feedback_id):
    actor = Actor.from_request(request)
    return _detail(request, queries.get_feedback_for_user(actor, feedback_id))


@member_required
@require_POST
def reply(request, feedback_id):
    actor = Actor.from_request(request)
    feedback = queries.get_feedback_for_user(actor, feedback_id)
    try:
        services.answer_feedback(actor=actor, feedback=feedback, version=version_of(request),
                                 text=request.POST.get("text", ""),
                                 status=request.POST.get("status", ""))
    except DomainError as error:
        return _detail(request, feedback, error=error.message, status=error.status)
    messages.success(request, _("Your answer is saved; the sender is notified."))
    return redirect("guidance:feedback", feedback.pk)
