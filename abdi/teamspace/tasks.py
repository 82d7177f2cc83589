"""Background work of the team work space: thin, idempotent, re-entering each government's scope."""

from django_scopes import scopes_disabled
from django_tasks import task

from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from .services import tasks as task_services


def due_reminders(instansi_ids: list[int] | None = None, *, today=None) -> dict[int, int]:
    with scopes_disabled():
        governments = Instansi.objects.filter(is_active=True).order_by("pk")
        if instansi_ids:
            governments = governments.filter(pk__in=instansi_ids)
        governments = list(governments)
    sent = {}
    for instansi in governments:
        with within(instansi):
            sent[instansi.pk] = task_services.send_due_reminders(today=today)
    return sent


@task()
def teamspace_due_reminders(instansi_ids: list[int] | None = None) -> dict:
    return {str(k): v for k, v in due_reminders(instansi_ids).items()}
