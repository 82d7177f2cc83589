"""Background work of the allowance domain: thin tasks that take ids, re-enter the government's
scope and call a service (safe to run twice: a computed run is not computed again)."""

import datetime

from django_scopes import scopes_disabled
from django_tasks import task

from abdi.tenancy.models import Instansi
from abdi.tenancy.scoping import within

from .models import TppRun
from .services import attendance, payroll


@task()
def compute_tpp_run(run_id: int) -> str:
    with scopes_disabled():
        instansi_id = TppRun.objects.filter(pk=run_id).values_list("instansi_id", flat=True).first()
        instansi = Instansi.objects.filter(pk=instansi_id).first() if instansi_id else None
    if instansi is None:
        return "gone"
    with within(instansi):
        return payroll.compute_run(run_id).status


@task()
def recompute_attendance_days(instansi_id: int, first_day: str, last_day: str,
                              employee_ids: list[int] | None = None) -> int:
    """The day statuses of first_day..last_day (ISO dates) after new punches; a range longer than
    recompute_days takes is done a year at a time. Recomputing is a rewrite, so a rerun is harmless."""
    with scopes_disabled():
        instansi = Instansi.objects.filter(pk=instansi_id).first()
    if instansi is None:
        return 0
    first, last = datetime.date.fromisoformat(first_day), datetime.date.fromisoformat(last_day)
    written = 0
    with within(instansi):
        while first <= last:
            end = min(last, first + datetime.timedelta(days=attendance.MAX_RANGE_DAYS - 1))
            written += attendance.recompute_days(instansi_id=instansi.pk, employee_ids=employee_ids,
                                                 first_day=first, last_day=end)
            first = end + datetime.timedelta(days=1)
    return written
