"""Background work of teams: thin, idempotent, re-entering each government's scope."""

from django_scopes import scopes_disabled
from django_tasks import task

from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from .services import sweep


def membership_sweep(instansi_ids: list[int] | None = None) -> dict[int, int]:
    """Per government, how many teams had members who left or moved (after handing the
    agreements of members whose atasan changed in the same unit to the new atasan)."""
    with scopes_disabled():
        governments = Instansi.objects.filter(is_active=True).order_by("pk")
        if instansi_ids:
            governments = governments.filter(pk__in=instansi_ids)
        governments = list(governments)
    swept = {}
    for instansi in governments:
        with within(instansi):
            sweep.refresh_atasan()
            swept[instansi.pk] = sweep.sweep_government()
    return swept


@task()
def teams_membership_sweep(instansi_ids: list[int] | None = None) -> dict:
    return {str(k): v for k, v in membership_sweep(instansi_ids).items()}
