"""Demo competency data for one government: three technical competencies, assessments of about
30 employees (from an assessment centre, some with a potential score), a jabatan standard that
includes a technical competency, development plans proposed from the gaps, one employee request
and a consolidated plan of the largest agency.

Call inside the government's scope, after its employees and accounts exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

import random
from datetime import date, timedelta

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role, RoleGrant, User
from abdi.competency.rules.kamus import STANDARD_CODES
from abdi.competency.services import assessments, plans
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee

TECHNICAL = (("TK-KEU", "Pengelolaan Keuangan Daerah"), ("TK-PBJ", "Pengadaan Barang/Jasa"),
             ("TK-SIP", "Sistem Informasi Pemerintahan"))
ASSESSORS = ("Dra. Ratna Kusuma, M.Psi., Psikolog", "Dr. Bambang Hartono, M.Si.")
CENTRE = "UPT Penilaian Kompetensi BKPSDM"


def _hr_actor(instansi) -> Actor:
    grant = (RoleGrant.objects.filter(role=Role.HR_ADMIN, user__isnull=False)
             .select_related("user").first())
    if grant is not None:
        return Actor.for_user(grant.user)
    return Actor(user=None, instansi_id=instansi.pk, roles=frozenset({Role.HR_ADMIN}),
                 label="demo")


def seed(instansi, today: date) -> dict:
    rng = random.Random(instansi.pk * 38)  # noqa: S311 - demo data, the same on every run
    actor = _hr_actor(instansi)
    for code, name in TECHNICAL:
        assessments.add_technical_competency(actor=actor, code=code, name=name)
    employees = list(Employee.objects.filter(status__in=EmployeeStatus.serving())
                     .select_related("position").order_by("id")[:30])
    head = next((e for e in employees if e.position_id and e.position.is_head), None)
    if head is not None:
        standard = dict.fromkeys(STANDARD_CODES) | {"TK-KEU": 3}
        assessments.set_position_standard(actor=actor, position=head.position, levels=standard)
    count = 0
    for n, employee in enumerate(employees):
        required = 1 + (n % 4)
        levels = {c: max(1, min(5, required + rng.choice((-1, 0, 0, 1)))) for c in STANDARD_CODES}
        if head is not None and employee.pk == head.pk:
            levels["TK-KEU"] = 2
        assessments.record_assessment(
            actor=actor, employee=employee, date=today - timedelta(days=30 + n),
            assessor=ASSESSORS[n % 2], institution=CENTRE, levels=levels,
            potential_score=(55 + rng.randint(0, 40)) if n % 3 == 0 else None)
        count += 1
    items = 0
    for employee in employees[:12]:
        items += len(plans.propose_plan(actor=actor, employee=employee, year=today.year))
    account = User.objects.filter(employee_id__in=[e.pk for e in employees]).order_by("id").first()
    if account is not None:
        requester = next(e for e in employees if e.pk == account.employee_id)
        plans.request_development(actor=Actor.for_user(account), employee=requester,
                                  year=today.year, title="Pelatihan Penulisan Naskah Dinas",
                                  kind="klasikal", code="M3", jp=16, cost=1_500_000)
        items += 1
    if employees:
        plans.consolidate(actor=actor, agency_id=employees[0].agency_id, year=today.year)
    return {"assessments": count, "technical_competencies": len(TECHNICAL),
            "development_items": items}
