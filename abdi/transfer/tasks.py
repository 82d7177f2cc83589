"""Background imports: thin tasks that take an id, re-enter the government's scope and call
the service. Safe to run twice: the service skips a job that is no longer in its state.

`start_import` and `confirm_import` are what views call: the service does the work inline for
a small file, and a large one is queued here once the request's transaction has committed.
"""

from django.db import transaction
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


def start_import(**arguments) -> ImportJob:
    job = services.start_import(**arguments)
    if job.status == ImportJob.Status.PENDING:
        transaction.on_commit(lambda: validate_import.enqueue(job.pk))
    return job


def confirm_import(*, actor, job: ImportJob) -> ImportJob:
    job = services.confirm(actor=actor, job=job)
    if job.status == ImportJob.Status.COMMITTING:
        transaction.on_commit(lambda: commit_import.enqueue(job.pk))
    return job
