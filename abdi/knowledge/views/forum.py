"""The forums: boards (BKPSDM opens them), a board's topics by latest activity, a topic with
its replies, and the acts on them. Posting is limited per employee (429 past the limit)."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from abdi.accounts.actor import Actor
from abdi.core.errors import DomainError
from abdi.core.public_guard import limit
from abdi.tenancy.access import member_required

from .. import policy, queries
from ..rules.posting import POSTS_PER_MINUTE
from ..services import forum as services


def _limit_posting(request, actor) -> None:
    """Counted before any write: a refused post writes nothing."""
    limit(request, f"knowledge-post:{actor.instansi_id}:{actor.employee_id}",
          per_address=(POSTS_PER_MINUTE, 60))


@member_required
@require_http_methods(["GET", "POST"])
def boards(request):
    actor = Actor.from_request(request)
    values, error, field, status = {}, None, None, 200
    if request.method == "POST":
        if not policy.can_manage_boards(actor):
            raise Http404
        values = {name: str(request.POST.get(name, "")) for name in ("name", "description")}
        try:
            board = services.create_board(actor=actor, **values)
        except DomainError as e:
            error, field, status = e.message, e.field, e.status
        else:
            messages.success(request, _("The board is open."))
            return redirect("knowledge:board", board.pk)
    return render(request, "knowledge/boards.html", {
        "boards": list(queries.boards()), "recent": list(queries.recent_topics()),
        "may_manage": policy.can_manage_boards(actor), "values": values, "error": error,
        "error_field": field}, status=status)


def _board_page(request, board, *, values=None, error=None, field=None, status=200):
    actor = Actor.from_request(request)
    hidden_too = policy.can_see_hidden(actor, board.instansi_id)
    page = Paginator(queries.topics_of(board, include_hidden=hidden_too),
                     queries.TOPICS_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "knowledge/board.html", {
        "board": board, "page": page, "topics": list(page.object_list),
        "may_post": policy.can_post(actor, board.instansi_id), "values": values or {},
        "error": error, "error_field": field}, status=status)


@member_required
@require_GET
def board(request, board_id):
    return _board_page(request, queries.get_board(board_id))


@member_required
@require_POST
def start_topic(request, board_id):
    actor = Actor.from_request(request)
    found = queries.get_board(board_id)
    values = {name: str(request.POST.get(name, "")) for name in ("title", "body")}
    try:
        if not policy.can_post(actor, found.instansi_id):
            raise Http404
        _limit_posting(request, actor)
        topic, created = services.start_topic(actor=actor, board=found, **values)
    except DomainError as error:
        return _board_page(request, found, values=values, error=error.message, field=error.field,
                           status=error.status)
    messages.success(request, _("Your topic is posted.") if created
                     else _("This topic was posted already; here it is."))
    return redirect("knowledge:topic", topic.pk)


def _topic_page(request, topic, *, body="", error=None, status=200):
    actor = Actor.from_request(request)
    return render(request, "knowledge/topic.html", {
        "topic": topic, "replies": list(queries.replies_of(topic)), "body": body,
        "error": error, "may_reply": policy.can_reply(actor, topic),
        "may_mark": policy.can_mark_answer(actor, topic),
        "may_moderate": policy.can_moderate(actor, topic.instansi_id),
        "may_subscribe": policy.can_subscribe(actor, topic),
        "subscribed": queries.is_subscribed(topic, actor.employee_id)}, status=status)


@member_required
@require_GET
def topic(request, topic_id):
    return _topic_page(request, queries.get_topic_for_user(Actor.from_request(request), topic_id))


@member_required
@require_POST
def reply(request, topic_id):
    actor = Actor.from_request(request)
    found = queries.get_topic_for_user(actor, topic_id)
    body = str(request.POST.get("body", ""))
    try:
        if policy.can_reply(actor, found):
            _limit_posting(request, actor)
        post, created = services.reply(actor=actor, topic=found, body=body)
    except DomainError as error:
        return _topic_page(request, found, body=body[:10_000], error=error.message,
                           status=error.status)
    if created:
        messages.success(request, _("Your reply is posted."))
    return redirect(f"{reverse('knowledge:topic', args=[found.pk])}#post-{post.pk}")


def _topic_act(request, topic, call, done):
    try:
        call()
    except DomainError as error:
        return _topic_page(request, topic, error=error.message, status=error.status)
    messages.success(request, done)
    return redirect("knowledge:topic", topic.pk)


@member_required
@require_POST
def subscribe(request, topic_id):
    actor = Actor.from_request(request)
    found = queries.get_topic_for_user(actor, topic_id)
    wanted = request.POST.get("subscribe") == "on"
    return _topic_act(request, found, lambda: services.set_subscription(
        actor=actor, topic=found, subscribed=wanted),
        _("You follow this topic.") if wanted else _("You no longer follow this topic."))


@member_required
@require_POST
def mark_answer(request, post_id):
    actor = Actor.from_request(request)
    post = queries.get_post_for_user(actor, post_id)
    return _topic_act(request, post.topic, lambda: services.mark_answer(actor=actor, post=post),
                      _("The answer is marked."))


@member_required
@require_POST
def hide_topic(request, topic_id):
    actor = Actor.from_request(request)
    found = queries.get_topic_for_user(actor, topic_id)
    return _topic_act(request, found, lambda: services.hide_topic(
        actor=actor, topic=found, reason=request.POST.get("reason", "")),
        _("The topic is hidden."))


@member_required
@require_POST
def hide_post(request, post_id):
    actor = Actor.from_request(request)
    post = queries.get_post_for_user(actor, post_id)
    return _topic_act(request, post.topic, lambda: services.hide_post(
        actor=actor, post=post, reason=request.POST.get("reason", "")),
        _("The reply is hidden."))
