"""Notifications of performance management: a message in the app, and an e-mail when the
recipient has an address (sent by a task once the transaction has committed).

Messages are written in the government's default language (settings.LANGUAGE_CODE), not in
the language of whoever caused them: the recipient reads them later, maybe by e-mail.
The `notify_*` helpers are what the other services call, one line each.
"""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from abdi.core import generations
from abdi.core.errors import Forbidden
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee

from ..models import Notification, Skp
from ..queries_appraisal import performance_settings
from ..rules.cycle import SKP_DEADLINE_MONTH_DAY, skp_deadline
from ..rules.workflow import SkpAction, SkpStatus

Topic = Notification.Topic
MESSAGE_LIMIT = Notification._meta.get_field("message").max_length
REMINDER_DAYS = 7  # deadline reminders start this many days before the SKP deadline


def _clip(text: str, limit: int = MESSAGE_LIMIT) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


NOTICE_MEMORY_SECONDS = 600


def notify(*, recipient_id: int | None, instansi_id: int, topic: str, message: str,
           link: str = "", key: str = "") -> Notification | None:
    """One notice for one employee; with a `key`, never a second unread one of that key.

    Returns the notification made, or None when there was no recipient or a duplicate.
    """
    if recipient_id is None:
        return None
    if key and _noticed_lately(recipient_id, key):
        return None
    return _unless_unread(recipient_id=recipient_id, instansi_id=instansi_id, topic=topic,
                          message=message, link=link, key=key)


def _unless_unread(*, recipient_id: int, instansi_id: int, topic: str, message: str, link: str,
                   key: str) -> Notification | None:
    """notify() past the in-memory check: none while one of `key` is unread."""
    if key and Notification.objects.filter(recipient_id=recipient_id, key=key,
                                           read_at__isnull=True).exists():
        return None
    notification = Notification.objects.create(
        instansi_id=instansi_id, recipient_id=recipient_id, topic=topic,
        message=_clip(message), link=link[:300], key=key[:120])
    email = Employee.objects.filter(pk=recipient_id).values_list("email", flat=True).first()
    if email:
        _email_later([notification.pk])
    return notification


def _noticed_lately(recipient_id: int, key: str) -> bool:
    """A keyed notice made in the last minutes is not looked up again: the daily "activities
    waiting" notice would otherwise cost a query on every entry a phone sends."""
    return generations.added_lately(_memory_key(recipient_id, key), NOTICE_MEMORY_SECONDS)


def _memory_key(recipient_id: int, key: str) -> str:
    return f"abdi:notice:{recipient_id}:{key}"


def _email_later(notification_ids: list[int]) -> None:
    """Queue the e-mails once the notices are committed (a rolled-back notice sends nothing)."""
    # Layer exception (pyproject.toml): the service queues its own e-mail task, as
    # transfer.tasks does for imports; imported here to keep the layers one-way at import time.
    from .. import tasks

    def enqueue():
        for pk in notification_ids:
            tasks.email_notification.enqueue(pk)

    transaction.on_commit(enqueue)


def deliver_email(notification_id: int) -> bool:
    """Send one notice by e-mail, once: a second call finds `emailed_at` set and does nothing.

    Runs inside the government's scope (the task enters it). True when a mail went out.
    """
    with transaction.atomic():
        notification = (Notification.objects.select_for_update(of=("self",))
                        .select_related("recipient").filter(pk=notification_id).first())
        if notification is None or notification.emailed_at is not None:
            return False
        address = notification.recipient.email
        if not address:
            return False
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("[Abdi] %(topic)s") % {"topic": notification.get_topic_display()}
            body = notification.message
            if notification.link:
                body += "\n\n" + _("Open it in Abdi: %(link)s") % {"link": notification.link}
        # Marked before sending inside the lock: a crash after send_mail can only lose the
        # mark with the transaction, never send twice while another worker runs the same id.
        notification.emailed_at = timezone.now()
        notification.save(update_fields=["emailed_at"])
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address], fail_silently=False)
    return True


def mark_read(*, actor, notification: Notification) -> Notification:
    """Only the recipient marks a notice read (the view answers 404 to anyone else)."""
    if notification.recipient_id != actor.employee_id or actor.employee_id is None:
        raise Forbidden(_("Only the recipient reads a notification."))
    if notification.read_at is None:
        notification.read_at = timezone.now()
        Notification.objects.filter(pk=notification.pk, read_at__isnull=True).update(
            read_at=notification.read_at)
        if notification.key:  # read: the next event of that key deserves a new notice
            generations.forget_marker(_memory_key(notification.recipient_id, notification.key))
    return notification


# --- hooks called by the other services ----------------------------------------------------


def _default_language():
    return translation.override(settings.LANGUAGE_CODE)


def notify_skp_moved(*, skp: Skp, action: str) -> None:
    """Submitted: the pejabat penilai is asked to approve; approved or returned: the owner hears."""
    link = reverse("performance:skp_detail", args=[skp.pk])
    with _default_language():
        if action == SkpAction.SUBMIT:
            notify(recipient_id=skp.appraiser_id, instansi_id=skp.instansi_id,
                   topic=Topic.SKP_SUBMITTED, link=link, key=f"skp_submitted:{skp.pk}",
                   message=_("%(name)s submitted the SKP %(year)s and waits for your approval.")
                   % {"name": skp.employee.name, "year": skp.year})
        elif action == SkpAction.APPROVE:
            notify(recipient_id=skp.employee_id, instansi_id=skp.instansi_id,
                   topic=Topic.SKP_DECIDED, link=link,
                   message=_("Your SKP %(year)s was approved.") % {"year": skp.year})
        elif action == SkpAction.RETURN:
            notify(recipient_id=skp.employee_id, instansi_id=skp.instansi_id,
                   topic=Topic.SKP_DECIDED, link=link,
                   message=_("Your SKP %(year)s was returned: %(note)s")
                   % {"year": skp.year, "note": skp.return_note})


def notify_activity_recorded(*, activity, atasan_id: int | None) -> None:
    """At most one unread "waiting for validation" notice per atasan and day."""
    key = f"activities_waiting:{timezone.localdate().isoformat()}"
    if atasan_id is None or _noticed_lately(atasan_id, key):
        return  # the usual case, every entry after the first of the day: nothing to build
    with _default_language():
        _unless_unread(recipient_id=atasan_id, instansi_id=activity.instansi_id,
                       topic=Topic.ACTIVITIES_WAITING, link=reverse("performance:queue"), key=key,
                       message=_("Activities of your subordinates wait for your validation."))


def notify_activity_rejected(*, activity) -> None:
    with _default_language():
        notify(recipient_id=activity.employee_id, instansi_id=activity.instansi_id,
               topic=Topic.ACTIVITY_REJECTED,
               link=reverse("performance:activity_detail", args=[activity.pk]),
               message=_("Your activity of %(date)s was rejected: %(reason)s")
               % {"date": activity.date.isoformat(), "reason": activity.reject_reason})


def notify_feedback(*, skp: Skp, author_name: str) -> None:
    with _default_language():
        notify(recipient_id=skp.employee_id, instansi_id=skp.instansi_id, topic=Topic.FEEDBACK,
               link=reverse("performance:skp_detail", args=[skp.pk]),
               message=_("%(name)s gave feedback on your SKP %(year)s.")
               % {"name": author_name, "year": skp.year})


def notify_rating_released(*, appraisal) -> None:
    with _default_language():
        notify(recipient_id=appraisal.employee_id, instansi_id=appraisal.instansi_id,
               topic=Topic.RATING_RELEASED,
               link=reverse("performance:appraisal", args=[appraisal.pk]),
               key=f"rating_released:{appraisal.pk}",
               message=_("Your predikat for %(year)s (%(period)s %(number)s) was released.")
               % {"year": appraisal.year, "period": appraisal.get_period_kind_display(),
                  "number": appraisal.period_number})


def notify_objection_filed(*, objection) -> None:
    appraisal = objection.appraisal
    with _default_language():
        notify(recipient_id=objection.reviewer_id, instansi_id=objection.instansi_id,
               topic=Topic.OBJECTION, link=reverse("performance:decide", args=[objection.pk]),
               key=f"objection_filed:{objection.pk}",
               message=_("%(name)s objected to the predikat of %(year)s; you decide.")
               % {"name": appraisal.employee.name, "year": appraisal.year})


def notify_objection_decided(*, objection) -> None:
    appraisal = objection.appraisal
    with _default_language():
        if objection.status == objection.Status.UPHELD:
            message = _("Your objection to the predikat of %(year)s was upheld.")
        else:
            message = _("Your objection to the predikat of %(year)s was rejected.")
        notify(recipient_id=appraisal.employee_id, instansi_id=objection.instansi_id,
               topic=Topic.OBJECTION, link=reverse("performance:appraisal", args=[appraisal.pk]),
               message=message % {"year": appraisal.year})


# --- deadline reminders --------------------------------------------------------------------


def reminder_years(today: datetime.date, month_day: tuple[int, int] = SKP_DEADLINE_MONTH_DAY) -> list[int]:
    """SKP years whose deadline falls within the next REMINDER_DAYS days (today included)."""
    return [year for year in (today.year, today.year + 1)
            if 0 <= (skp_deadline(year, month_day=month_day) - today).days <= REMINDER_DAYS]


@transaction.atomic
def send_deadline_reminders(*, instansi_id: int, today: datetime.date | None = None) -> int:
    """Remind every serving employee without a submitted SKP that the deadline is near.

    Runs in the government's scope. Idempotent: one reminder per employee and deadline,
    whether or not it was read since (the key names the year). Returns how many were made.
    """
    today = today or timezone.localdate()
    month_day = performance_settings().skp_deadline_month_day  # the government's own deadline
    made = 0
    for year in reminder_years(today, month_day):
        key = f"skp_deadline:{year}"
        submitted = Skp.objects.filter(year=year).filter(
            Q(status__in=[SkpStatus.SUBMITTED, SkpStatus.APPROVED]) | Q(approved_at__isnull=False))
        reminded = Notification.objects.filter(key=key)
        recipients = list(
            Employee.objects.filter(status__in=EmployeeStatus.serving(), unit__isnull=False)
            .exclude(pk__in=submitted.values("employee_id"))
            .exclude(pk__in=reminded.values("recipient_id"))
            .values_list("pk", "email"))
        if not recipients:
            continue
        deadline = skp_deadline(year, month_day=month_day)
        with _default_language():
            message = _clip(_("Submit your SKP %(year)s to your atasan by %(deadline)s.")
                            % {"year": year, "deadline": deadline.strftime("%d-%m-%Y")})
        link = reverse("performance:home")
        created = Notification.objects.bulk_create(
            [Notification(instansi_id=instansi_id, recipient_id=pk, topic=Topic.DEADLINE,
                          message=message, link=link, key=key) for pk, _email in recipients],
            batch_size=1000)
        with_email = {pk for pk, email in recipients if email}
        ids = [n.pk for n in created if n.recipient_id in with_email and n.pk is not None]
        if ids:
            _email_later(ids)
        made += len(created)
    return made
