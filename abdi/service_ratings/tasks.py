"""Background work: refresh the citizen feedback offered to appraisals, per government.

Thin and idempotent: takes ids, re-enters the scope, calls the service; running it twice
changes nothing the second time.
"""

from django.utils import timezone
from django_scopes import scopes_disabled
from django_tasks import task

from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from .services.appraisal_sync import sync_appraisal_feedback


def sync_governments(instansi_ids: list[int] | None = None, *, year: int | None = None,
                     period_kind: str | None = None) -> dict[int, int]:
    """Sync every active government (or the listed ones) for ``year`` (default: its this year)."""
    with scopes_disabled():
        governments = Instansi.objects.filter(is_active=True).order_by("pk")
        if instansi_ids:
            governments = governments.filter(pk__in=instansi_ids)
        governments = list(governments)
    changed = {}
    for instansi in governments:
        with within(instansi):
            changed[instansi.pk] = sync_appraisal_feedback(
                instansi_id=instansi.pk, year=year or timezone.localdate().year,
                period_kind=period_kind)
    return changed


@task()
def sync_citizen_feedback(instansi_id: int, year: int | None = None,
                          period_kind: str | None = None) -> int:
    return sync_governments([instansi_id], year=year, period_kind=period_kind).get(instansi_id, 0)
