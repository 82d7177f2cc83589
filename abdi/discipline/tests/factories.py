"""Discipline cases for tests, straight into the table (the services are tested on their own)."""

import datetime

from abdi.discipline.models import DisciplineCase


def make_case(employee, *, penalty: str = "", effective_on=None, status=None, **fields):
    """A case of ``employee``; with a penalty it is decided, with its level and dates filled."""
    from abdi.allowance.rules.discipline import Penalty, penalty_last_day

    values = {"violation": "Tidak masuk kerja tanpa alasan yang sah", "instansi_id": employee.instansi_id,
              "incident_from": datetime.date(2026, 1, 5), "agency_id": employee.agency_id}
    if penalty:
        code = Penalty(penalty)
        values |= {"penalty": code.value, "level": code.level.value,
                   "status": DisciplineCase.Status.DECIDED, "sk_number": f"800/{employee.pk}/{penalty}",
                   "sk_date": effective_on - datetime.timedelta(days=25) if effective_on else
                   datetime.date(2026, 2, 1), "effective_on": effective_on,
                   "received_on": effective_on - datetime.timedelta(days=21) if effective_on else None,
                   "ends_on": penalty_last_day(effective_on, code) if effective_on else None,
                   "imposed_as": "ppk"}
    if status:
        values["status"] = status
    values |= fields
    return DisciplineCase.objects.create(employee=employee, **values)
