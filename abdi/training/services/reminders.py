"""The year-end reminder (§5.8): employees still below the minimum JP are e-mailed once a year,
from the government's configured day (1 October by default). Safe to run daily and twice."""

import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .. import queries
from ..models import JpReminder
from ..rules.jp import reminders_due


def send_jp_reminders(*, instansi_id: int, today: datetime.date | None = None) -> int:
    """Remind, once per employee and year, those behind; call inside the government's scope."""
    today = today or timezone.localdate()
    setting = queries.training_policy()
    if not reminders_due(today, (setting.reminder_month, setting.reminder_day)):
        return 0
    minimum = setting.minimum_jp
    already = JpReminder.objects.filter(year=today.year).values("employee_id")
    behind = (queries.behind_everywhere(today.year, minimum).exclude(pk__in=already)
              .order_by("pk").values_list("pk", "name", "email", "jp"))
    sent = 0
    for employee_id, name, email, jp in behind.iterator(chunk_size=500):
        try:
            with transaction.atomic():
                # Marked before sending: a crash after send_mail can only lose one e-mail, never
                # send it twice.
                JpReminder.objects.create(instansi_id=instansi_id, employee_id=employee_id,
                                          year=today.year, jp=jp)
                if email:
                    send_mail(
                        _("Your competency development: %(jp)d of %(min)d JP this year")
                        % {"jp": jp, "min": minimum},
                        _("Dear %(name)s,\n\nThis year you have %(jp)d JP of competency "
                          "development; the minimum is %(min)d JP (PP 11/2017 Pasal 203). Sign up "
                          "for a training or report one you did elsewhere before 31 December.\n")
                        % {"name": name, "jp": jp, "min": minimum},
                        settings.DEFAULT_FROM_EMAIL, [email], fail_silently=False)
        except IntegrityError:  # another run reminded this employee meanwhile
            continue
        sent += 1
    return sent
