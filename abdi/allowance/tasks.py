"""Background work of the allowance domain: thin tasks that take ids, re-enter the government's
scope and call a service (safe to run twice: a computed run is not computed again)."""

from django_scopes import scopes_disabled
from django_tasks import task

from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from .models import TppRun
from .services import payroll


@task()
def compute_tpp_run(run_id: int) -> str:
    with scopes_disabled():
        instansi_id = TppRun.objects.filter(pk=run_id).values_list("instansi_id", flat=True).first()
        instansi = Instansi.objects.filter(pk=instansi_id).first() if instansi_id else None
    if instansi is None:
        return "gone"
    with within(instansi):
        return payroll.compute_run(run_id).status
