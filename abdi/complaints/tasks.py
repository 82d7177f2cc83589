"""Background work: the daily complaint tick, thin and idempotent (see services.clocks)."""

from django_tasks import task

from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from .services import clocks


def tick_all(instansi_slug: str | None = None, now=None) -> dict:
    """Tick each active government (or one), each in its own scope."""
    governments = Instansi.objects.filter(is_active=True).order_by("pk")
    if instansi_slug:
        governments = governments.filter(slug=instansi_slug)
    results = {}
    for instansi in governments:
        with within(instansi):
            results[instansi.slug] = clocks.tick(instansi, now=now)
    return results


@task()
def complaints_tick(instansi_slug: str | None = None) -> dict:
    return tick_all(instansi_slug)
