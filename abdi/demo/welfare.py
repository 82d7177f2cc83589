"""Demo welfare programmes for a demo government: this year's medical check-up (open, two
sessions, most eligible employees invited, a few attended with results entered by a demo
doctor), a free treatment programme, and a benefit programme with a few records.

Call inside the government's scope, after its employees and accounts exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import date, timedelta

from django.contrib.auth.hashers import make_password

from abdi.accounts.models import User
from abdi.demo.accounts import DEMO_PASSWORD
from abdi.people.models import Employee
from abdi.welfare.models import (
    BenefitRecord,
    MedicalResult,
    Participation,
    Programme,
    ProgrammeSession,
    ProgrammeStaff,
)
from abdi.welfare.services.programmes import eligible_employee_ids

RESULTS = (
    ("Dalam batas normal.", "Tekanan darah 120/80, gula darah puasa 92 mg/dL.", ""),
    ("Kolesterol sedikit tinggi.", "Kolesterol total 225 mg/dL.",
     "Kurangi lemak jenuh; periksa ulang 6 bulan."),
    ("Tekanan darah tinggi tahap 1.", "Tekanan darah 142/92.", "Kontrol ke puskesmas dalam 1 bulan."),
)


def _doctor(instansi) -> User | None:
    """A demo doctor: an account of an employee of the health agency (made for the first one when
    none has an account yet), with the demo password, so the privacy of results can be tried."""
    found = (User.objects.filter(instansi=instansi, employee__agency__name__icontains="kesehatan")
             .order_by("pk").first())
    if found is not None:
        return found
    employee = (Employee.objects.filter(instansi=instansi, agency__name__icontains="kesehatan",
                                        status="aktif").order_by("pk").first())
    if employee is None:
        return None
    return User.objects.create(username=employee.nip, instansi=instansi, employee=employee,
                               display_name=employee.name, password=make_password(DEMO_PASSWORD))


def seed(instansi, today: date) -> dict:
    year = today.year
    check_up = Programme.objects.create(
        instansi=instansi, kind=Programme.Kind.HEALTH_CHECK, year=year, status=Programme.Status.OPEN,
        name="Pemeriksaan kesehatan berkala", min_age=35,
        description="Pemeriksaan kesehatan tahunan bagi ASN berusia 35 tahun ke atas.")
    sessions = [ProgrammeSession.objects.create(
        instansi=instansi, programme=check_up, date=today + timedelta(days=days), place=place,
        capacity=capacity) for days, place, capacity in ((-7, "RSUD, Gedung Poliklinik", 200),
                                                        (10, "Puskesmas Kota", 150))]
    Programme.objects.create(
        instansi=instansi, kind=Programme.Kind.FREE_TREATMENT, year=year, status=Programme.Status.OPEN,
        name="Pengobatan gratis", description="Pengobatan gratis di puskesmas bagi ASN dan keluarga.")
    benefit = Programme.objects.create(
        instansi=instansi, kind=Programme.Kind.BENEFIT, year=year, status=Programme.Status.OPEN,
        name="Bantuan duka dan pernikahan", min_service_years=1)
    doctor = _doctor(instansi)
    if doctor is not None:
        ProgrammeStaff.objects.create(instansi=instansi, programme=check_up, user=doctor, duty="Dokter")
    eligible = eligible_employee_ids(check_up, on=today)[:300]
    rows = []
    for n, employee_id in enumerate(eligible):
        status = ("attended" if n % 4 == 0 else "registered" if n % 4 == 1 else "invited")
        session = sessions[0] if status == "attended" else sessions[1] if status == "registered" else None
        rows.append(Participation(instansi=instansi, programme=check_up, employee_id=employee_id,
                                  session=session, status=status))
    Participation.objects.bulk_create(rows, batch_size=1000)
    attended = list(Participation.objects.filter(programme=check_up, status="attended")[:30])
    MedicalResult.objects.bulk_create([
        MedicalResult(instansi=instansi, participation=p, summary=RESULTS[n % 3][0],
                      findings=RESULTS[n % 3][1], recommendation=RESULTS[n % 3][2],
                      follow_up_needed=bool(RESULTS[n % 3][2]), entered_by=doctor)
        for n, p in enumerate(attended)])
    recipients = Employee.objects.filter(instansi=instansi, status="aktif").order_by("pk")[:5]
    BenefitRecord.objects.bulk_create([
        BenefitRecord(instansi=instansi, programme=benefit, employee=e,
                      date=today - timedelta(days=7 * (n + 1)), amount=1_000_000,
                      description="Bantuan pernikahan" if n % 2 else "Bantuan duka",
                      status="delivered") for n, e in enumerate(recipients)])
    return {"programmes": 3, "participations": len(rows), "results": len(attended),
            "benefits": len(recipients), "doctor": doctor.username if doctor else ""}
