"""The forums: BKPSDM opens boards; employees open topics and reply; the topic's author marks
the answer; BKPSDM hides a post with a reason (kept in the audit). The same text sent twice
within a minute is one post (a double click, a resent form)."""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from abdi.audit.models import AuditEntry
from abdi.audit.services import record as audit
from abdi.core.errors import Conflict, Forbidden

from .. import policy, queries
from ..models import Board, Post, Subscription, Topic
from ..rules.posting import BODY_RANGE, DUPLICATE_WINDOW_SECONDS, TITLE_RANGE, fingerprint
from . import notices
from .common import line, paragraphs


def _recent():
    return timezone.now() - datetime.timedelta(seconds=DUPLICATE_WINDOW_SECONDS)


@transaction.atomic
def create_board(*, actor, name: str, description: str = "") -> Board:
    if not policy.can_manage_boards(actor):
        raise Forbidden(_("Only BKPSDM opens forum boards."))
    name = line(name, "name", low=3, high=80)
    description = line(description, "description", low=0, high=300)
    if Board.objects.filter(name__iexact=name).exists():
        raise Conflict(_("A board with this name exists already."))
    try:
        with transaction.atomic():
            board = Board.objects.create(instansi_id=actor.instansi_id, name=name,
                                         description=description)
    except IntegrityError:
        raise Conflict(_("A board with this name exists already.")) from None
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=board, after={"name": name})
    return board


def _subscribe(topic, employee_id) -> None:
    Subscription.objects.get_or_create(instansi_id=topic.instansi_id, topic=topic,
                                       employee_id=employee_id)


@transaction.atomic
def start_topic(*, actor, board, title: str, body: str) -> tuple[Topic, bool]:
    """The topic, and False when it is the same topic sent again within the minute."""
    if not policy.can_post(actor, board.instansi_id):
        raise Forbidden(_("Only an employee of this government opens a topic."))
    title = line(title, "title", low=TITLE_RANGE[0], high=TITLE_RANGE[1])
    body = paragraphs(body, "body", low=BODY_RANGE[0], high=BODY_RANGE[1])
    Board.objects.select_for_update().get(pk=board.pk)  # one new topic of a board at a time
    digest = fingerprint(actor.employee_id, f"board:{board.pk}", title, body)
    same = Topic.objects.filter(fingerprint=digest, author_id=actor.employee_id,
                                created_at__gte=_recent()).first()
    if same is not None:
        return same, False
    topic = Topic.objects.create(instansi_id=board.instansi_id, board=board,
                                 author_id=actor.employee_id, title=title, body=body,
                                 fingerprint=digest, last_activity_at=timezone.now())
    _subscribe(topic, actor.employee_id)  # the author hears of replies
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=topic,
          after={"board": board.pk, "title": title, "body": body})
    return topic, True


def _locked_topic(topic) -> Topic:
    return Topic.objects.select_for_update(of=("self",)).get(pk=topic.pk)


@transaction.atomic
def reply(*, actor, topic, body: str) -> tuple[Post, bool]:
    from abdi.people.models import Employee

    if not policy.can_reply(actor, topic):
        raise Forbidden(_("You cannot reply in this topic."))
    body = paragraphs(body, "body", low=BODY_RANGE[0], high=BODY_RANGE[1])
    topic = _locked_topic(topic)
    if topic.hidden:
        raise Forbidden(_("You cannot reply in this topic."))
    digest = fingerprint(actor.employee_id, f"topic:{topic.pk}", body)
    same = Post.objects.filter(topic=topic, fingerprint=digest, author_id=actor.employee_id,
                               created_at__gte=_recent()).first()
    if same is not None:
        return same, False
    post = Post.objects.create(instansi_id=topic.instansi_id, topic=topic,
                               author_id=actor.employee_id, body=body, fingerprint=digest)
    topic.reply_count = Post.objects.filter(topic=topic, hidden=False).count()
    topic.last_activity_at = post.created_at
    topic.save(update_fields=["reply_count", "last_activity_at"])
    audit(actor=actor, action=AuditEntry.Action.CREATE, obj=post,
          after={"topic": topic.pk, "body": body})
    name = Employee.objects.filter(pk=actor.employee_id).values_list("name", flat=True).first()
    notices.replied(topic=topic, replier_name=name or "",
                    recipient_ids=queries.subscriber_ids(topic, except_id=actor.employee_id))
    return post, True


@transaction.atomic
def mark_answer(*, actor, post) -> Topic:
    """The topic's author marks a reply as the answer; marking it again unmarks it."""
    topic = post.topic
    if not policy.can_mark_answer(actor, topic):
        raise Forbidden(_("Only the author of the topic marks the answer."))
    if post.hidden:
        raise Conflict(_("A hidden reply cannot be the answer."))
    topic = _locked_topic(topic)
    before = {"answer": topic.answer_id}
    topic.answer_id = None if topic.answer_id == post.pk else post.pk
    topic.save(update_fields=["answer"])
    audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=topic, before=before,
          after={"answer": topic.answer_id})
    if topic.answer_id and post.author_id != actor.employee_id:
        notices.answered(topic=topic, recipient_id=post.author_id)
    return topic


@transaction.atomic
def hide_topic(*, actor, topic, reason: str) -> Topic:
    if not policy.can_moderate(actor, topic.instansi_id):
        raise Forbidden(_("Only BKPSDM moderates the forums."))
    reason = line(reason, "reason", low=5, high=500)
    topic = _locked_topic(topic)
    if topic.hidden:
        raise Conflict(_("This topic is hidden already."))
    topic.hidden, topic.hidden_reason = True, reason
    topic.save(update_fields=["hidden", "hidden_reason"])
    audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=topic,
          before={"hidden": False, "title": topic.title, "body": topic.body},
          after={"hidden": True, "reason": reason, "title": topic.title, "body": topic.body})
    return topic


@transaction.atomic
def hide_post(*, actor, post, reason: str) -> Post:
    if not policy.can_moderate(actor, post.instansi_id):
        raise Forbidden(_("Only BKPSDM moderates the forums."))
    reason = line(reason, "reason", low=5, high=500)
    topic = _locked_topic(post.topic)
    post = Post.objects.select_for_update(of=("self",)).get(pk=post.pk)
    if post.hidden:
        raise Conflict(_("This reply is hidden already."))
    post.hidden, post.hidden_reason = True, reason
    post.save(update_fields=["hidden", "hidden_reason"])
    topic.reply_count = Post.objects.filter(topic=topic, hidden=False).count()
    if topic.answer_id == post.pk:
        topic.answer_id = None
    topic.save(update_fields=["reply_count", "answer"])
    audit(actor=actor, action=AuditEntry.Action.UPDATE, obj=post,
          before={"hidden": False, "body": post.body},
          after={"hidden": True, "reason": reason, "body": post.body})
    return post


@transaction.atomic
def set_subscription(*, actor, topic, subscribed: bool) -> bool:
    if not policy.can_subscribe(actor, topic):
        raise Forbidden(_("Only an employee of this government follows a topic."))
    if subscribed:
        _subscribe(topic, actor.employee_id)
    else:
        Subscription.objects.filter(topic=topic, employee_id=actor.employee_id).delete()
    return subscribed


