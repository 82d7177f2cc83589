"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime

from abdi.welfare.models import (
    BenefitRecord,
    MedicalResult,
    Participation,
    Programme,
    ProgrammeSession,
    ProgrammeStaff,
)

PARAMS: dict[str, str] = {
    "programme_id": "welfare_programme", "session_id": "welfare_session",
    "participation_id": "welfare_participation", "staff_id": "welfare_staff",
    "benefit_id": "welfare_benefit",
}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()  # URL names anyone may open without logging in
OPERATOR_PAGES: set[str] = set()  # URL names a platform operator may open (public pages too)
SNAPSHOT_MODELS: tuple = (Programme, ProgrammeStaff, ProgrammeSession, Participation, MedicalResult,
                          BenefitRecord)


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    gov = world.gov
    programme = Programme.objects.create(instansi=gov, kind="health_check", year=2026,
                                         name="Pemeriksaan Rahasia Kota A", status="open")
    staff = ProgrammeStaff.objects.create(instansi=gov, programme=programme,
                                          user=world.users.other_unit, duty="Dokter Rahasia Kota A")
    session = ProgrammeSession.objects.create(instansi=gov, programme=programme,
                                              date=datetime.date(2026, 12, 20),
                                              place="Puskesmas Rahasia Kota A", capacity=5)
    participation = Participation.objects.create(instansi=gov, programme=programme, employee=marked,
                                                 session=session, status="attended")
    MedicalResult.objects.create(instansi=gov, participation=participation,
                                 summary="Hasil Rahasia Kesehatan Kota A",
                                 findings="Temuan Rahasia Kesehatan Kota A")
    benefit_programme = Programme.objects.create(instansi=gov, kind="benefit", year=2026,
                                                 name="Bantuan Rahasia Kota A", status="open")
    benefit = BenefitRecord.objects.create(instansi=gov, programme=benefit_programme,
                                           employee=marked, date=datetime.date(2026, 11, 2),
                                           amount=750_000, description="Manfaat Rahasia Kota A")
    objects = {"welfare_programme": programme, "welfare_staff": staff, "welfare_session": session,
               "welfare_participation": participation, "welfare_benefit": benefit}
    markers = {"Hasil Rahasia Kesehatan Kota A", "Temuan Rahasia Kesehatan Kota A",
               "Pemeriksaan Rahasia Kota A", "Dokter Rahasia Kota A", "Puskesmas Rahasia Kota A",
               "Bantuan Rahasia Kota A", "Manfaat Rahasia Kota A"}
    return objects, markers
