"""Demo workload analyses (ABK) for a demo government: three units with tasks for their jabatan,
one ABK approved by BKPSDM, one submitted, one draft, and the formation proposal of the approved
unit's agency, approved.

Call inside the government's scope, after its organisation, employees and accounts exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import date

from django.db.models import Count

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role, RoleGrant
from abdi.org.models import Unit
from abdi.workforce.services import abk as abk_services
from abdi.workforce.services import proposals

# (task, output unit, volume, period, norma waktu in minutes): typical Pemda administrative work.
TASKS = (
    ("Memverifikasi berkas permohonan", "berkas", 900, "tahun", 60),
    ("Menginput data layanan", "data", 20, "hari", 15),
    ("Menyusun laporan bulanan", "laporan", 1, "bulan", 300),
    ("Mengagendakan surat masuk dan keluar", "surat", 12, "hari", 10),
    ("Menyiapkan bahan rapat koordinasi", "bahan", 2, "minggu", 120),
    ("Menyusun telaahan staf", "telaahan", 24, "tahun", 480),
)


def _hr_actor(instansi) -> Actor:
    grant = (RoleGrant.objects.filter(instansi=instansi, role=Role.HR_ADMIN)
             .select_related("user").order_by("pk").first())
    if grant is not None:
        return Actor.for_user(grant.user)
    return Actor(user=None, instansi_id=instansi.pk, roles=frozenset({Role.HR_ADMIN}),
                 label="Demo BKPSDM")


def _units(limit: int) -> list[Unit]:
    """Units with several jabatan, from the first agencies."""
    return list(Unit.objects.filter(is_active=True)
                .annotate(jabatan=Count("positions"))
                .filter(jabatan__gte=2).order_by("path")[:limit])


def _fill(actor, abk, offset: int) -> None:
    for number, line in enumerate(abk.lines.order_by("-kelas_jabatan", "pk")[:6]):
        for name, output, volume, period, norma in (TASKS[(number + offset) % 6],
                                                    TASKS[(number + offset + 2) % 6]):
            abk.refresh_from_db()
            abk_services.add_task(actor=actor, abk=abk, line=line, version=abk.version,
                                  name=name, output_unit=output, volume=volume, period=period,
                                  norma_minutes=norma)


def seed(instansi, today: date) -> dict:
    actor = _hr_actor(instansi)
    abks = []
    for offset, unit in enumerate(_units(3)):
        abk = abk_services.start_abk(actor=actor, unit=unit, year=today.year)
        _fill(actor, abk, offset)
        abk.refresh_from_db()
        abks.append(abk)
    approved = None
    if abks:
        first = abk_services.submit_abk(actor=actor, abk=abks[0], version=abks[0].version)
        approved = abk_services.review_abk(actor=actor, abk=first, version=first.version,
                                           approve=True, note="Sesuai peta jabatan.")
    if len(abks) > 1:
        abk_services.submit_abk(actor=actor, abk=abks[1], version=abks[1].version)
    proposal = None
    if approved is not None:
        agency = Unit.objects.get(pk=approved.agency_id)
        proposal = proposals.create_proposal(actor=actor, agency=agency, year=today.year)
        proposal = proposals.approve_proposal(actor=actor, proposal=proposal,
                                              version=proposal.version)
    return {"workforce_abks": len(abks), "workforce_proposals": 1 if proposal else 0}
