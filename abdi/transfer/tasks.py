"""Background imports: thin tasks that take an id, re-enter the government's scope and call
the service. Safe to run twice: the service skips a job that is no longer in its state."""

from django_scopes import scopes_disabled
from django_tasks import task

from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from . import services
from .models import ImportJob


def _run(step, job_id: int) -> None:
    with scopes_disabled():
        instansi_id = (ImportJob.objects.filter(pk=job_id)
                       .values_list("instansi_id", flat=True).first())
        if instansi_id is None:
            return
        instansi = Instansi.objects.get(pk=instansi_id)
    with within(instansi):
        step(job_id)


@task()
def validate_import(job_id: int) -> None:
    _run(services.validate, job_id)


@task()
def commit_import(job_id: int) -> None:
    _run(services.commit, job_id)
