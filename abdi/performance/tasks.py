"""Background work of performance management: thin tasks that take ids, re-enter the
government's scope and call a service. Safe to run twice: an e-mailed notice is not mailed
again, and a deadline reminder is made once per employee and deadline.
"""

from django_scopes import scopes_disabled
from django_tasks import task

from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from .models import Notification, PeriodRun
from .services import notify, period


@task()
def email_notification(notification_id: int) -> None:
    with scopes_disabled():
        instansi_id = (Notification.objects.filter(pk=notification_id)
                       .values_list("instansi_id", flat=True).first())
        instansi = Instansi.objects.filter(pk=instansi_id).first() if instansi_id else None
    if instansi is None:
        return
    with within(instansi):
        notify.deliver_email(notification_id)


def deadline_reminders(instansi_ids: list[int] | None = None, *, today=None) -> dict[int, int]:
    """Reminders for every active government (or the listed ones), each on its own local day
    (or on `today`, to replay a missed day)."""
    with scopes_disabled():
        governments = Instansi.objects.filter(is_active=True).order_by("pk")
        if instansi_ids:
            governments = governments.filter(pk__in=instansi_ids)
        governments = list(governments)
    made = {}
    for instansi in governments:
        with within(instansi):
            made[instansi.pk] = notify.send_deadline_reminders(instansi_id=instansi.pk, today=today)
    return made


@task()
def send_deadline_reminders(instansi_ids: list[int] | None = None) -> dict[str, int]:
    # Task results are stored as JSON: its object keys are strings.
    return {str(pk): n for pk, n in deadline_reminders(instansi_ids).items()}


@task()
def compute_period_run(run_id: int) -> str:
    with scopes_disabled():
        instansi_id = PeriodRun.objects.filter(pk=run_id).values_list("instansi_id", flat=True).first()
        instansi = Instansi.objects.filter(pk=instansi_id).first() if instansi_id else None
    if instansi is None:
        return "gone"
    with within(instansi):
        return period.run_period(run_id).status
