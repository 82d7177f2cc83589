"""Demo discipline cases for a demo government (PP 94/2021): one case under examination, one
teguran tertulis decided and in force, one sedang penalty (transitional: KGB postponed) being
served. Everything goes through the services, so the authority and date rules hold.

Call once per government after its employees, units and BKPSDM admin exist:
`seed(instansi, today)` (it adds to what is there; run it once)."""

from datetime import date, timedelta

from django_scopes import scope

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role, RoleGrant
from abdi.allowance.rules.discipline import Penalty
from abdi.discipline.services import cases
from abdi.people.models import Employee

VIOLATIONS = (
    "Contoh demo: tidak masuk kerja tanpa alasan yang sah selama 5 hari kerja dalam setahun.",
    "Contoh demo: tidak menaati ketentuan jam kerja dan meninggalkan kantor tanpa izin atasan.",
    "Contoh demo: tidak masuk kerja tanpa alasan yang sah selama 12 hari kerja dalam setahun.",
)


def _hr_actor(instansi) -> Actor:
    grant = RoleGrant.objects.filter(role=Role.HR_ADMIN).select_related("user").first()
    if grant is not None:
        return Actor.for_user(grant.user)
    return Actor(user=None, instansi_id=instansi.pk, roles=frozenset({Role.HR_ADMIN}),
                 label="demo")


def _offenders(limit: int) -> list[Employee]:
    return list(Employee.objects.filter(status="aktif", job_kind="PELAKSANA", unit__parent__isnull=False)
                .select_related("unit", "position", "agency").order_by("id")[:limit])


def _official(case, penalty: Penalty, on: date):
    imposers = cases.imposers_for(case, penalty, on=on)
    for _post, holder in imposers:
        if holder is not None:
            return holder
    return cases.PPK


def _decide(actor, case, penalty: Penalty, signed: date, number: str):
    return cases.decide_case(actor=actor, case=case, version=case.version, penalty=penalty.value,
                             official=_official(case, penalty, signed), sk_number=number,
                             sk_date=signed, received_on=signed + timedelta(days=1))


def seed(instansi, today: date) -> dict:
    with scope(instansi=instansi.pk):
        actor = _hr_actor(instansi)
        offenders = _offenders(3)
        examiners = [e.nip for e in Employee.objects.filter(status="aktif", position__is_head=True)
                     .order_by("id")[:2]]
        made = []
        for number, (employee, violation) in enumerate(zip(offenders, VIOLATIONS, strict=False)):
            incident = today - timedelta(days=150 - 40 * number)
            case = cases.report_case(actor=actor, employee=employee, violation=violation,
                                     incident_from=incident)
            case = cases.update_case(actor=actor, case=case, version=case.version,
                                     violation=violation, incident_from=incident,
                                     examined_on=incident + timedelta(days=14),
                                     examiner_nips=[n for n in examiners if n != employee.nip],
                                     examination_minutes="Contoh demo: pegawai mengakui.")
            if number == 1:
                case = _decide(actor, case, Penalty.R2, incident + timedelta(days=21),
                               f"800/{case.pk}/DEMO/{today.year}")
            elif number == 2:
                case = _decide(actor, case, Penalty.S1, incident + timedelta(days=21),
                               f"800/{case.pk}/DEMO/{today.year}")
            made.append(case)
    return {"discipline_cases": len(made)}
