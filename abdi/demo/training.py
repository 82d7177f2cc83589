"""Demo trainings for a demo government: institutions (its BPSDM, LAN, a partner university, the
BKPSDM itself), eight events in classical and non-classical forms and various states, registrations
at every stage, and completed trainings so some employees are above and some below 20 JP.

Call inside the government's scope, after its employees exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import date, timedelta

from abdi.people.models import Employee
from abdi.training.models import Evaluation, Institution, TrainingEvent, TrainingRecord
from abdi.training.rules.jp import jp_of_activity

INSTITUTIONS = (("BPSDM Provinsi", "bpsdm", ""), ("Lembaga Administrasi Negara", "lan", "Jakarta"),
                ("Universitas Negeri Mitra", "university", ""), ("BKPSDM", "internal", ""))
# title, form, institution index, offset of the start (days from today), days, minutes, JP stated,
# quota, cost, competency codes, status
EVENTS = (
    ("Pelatihan Kepemimpinan Pengawas (PKP)", "struktural", 1, -120, 5, 0, 40, 30, 12_500_000,
     ["M8", "M7"], "done"),
    ("Workshop SAKIP dan Perjanjian Kinerja", "workshop", 3, -60, 1, 360, 8, 40, 750_000,
     ["M4"], "done"),
    ("E-learning Manajemen Risiko", "e_learning", 1, -30, 14, 180, None, 200, 0, ["M4"], "done"),
    ("Coaching Pelayanan Publik", "coaching", 3, -20, 3, 270, None, 15, 0, ["M5"], "closed"),
    ("Bimtek Penyusunan SKP", "bimtek", 3, 14, 2, 720, 16, 60, 500_000, ["M4", "M6"], "open"),
    ("Seminar Transformasi Digital Pemerintahan", "seminar", 2, 21, 1, 300, 6, 100, 0,
     ["M3", "M7"], "open"),
    ("Magang di Pemerintah Kota Mitra", "magang", 0, 35, 10, 2400, None, 10, 3_000_000,
     ["M2", "SK1"], "open"),
    ("Kursus Bahasa Inggris untuk ASN", "kursus", 2, 45, 30, 2700, 60, 25, 1_500_000, ["M3"],
     "cancelled"),
)


def seed(instansi, today: date) -> dict:
    institutions = [Institution.objects.get_or_create(instansi=instansi, name=name,
                                                      defaults={"kind": kind, "city": city})[0]
                    for name, kind, city in INSTITUTIONS]
    events = []
    for title, form, inst, offset, days, minutes, stated, quota, cost, codes, status in EVENTS:
        start = today + timedelta(days=offset)
        events.append(TrainingEvent.objects.create(
            instansi=instansi, title=title, form=form, institution=institutions[inst],
            starts_on=start, ends_on=start + timedelta(days=days - 1), minutes=minutes,
            stated_jp=stated, quota=quota, cost=cost, competency_codes=codes, status=status,
            place="Aula BKPSDM"))
    staff = list(Employee.objects.filter(status="aktif").order_by("pk")[:40])
    made, evaluations = 0, 0
    for n, employee in enumerate(staff):
        # Past events: completed for most, so the JP spread from 0 to above 20.
        for event in events[: n % 4]:
            status = "completed" if event.status == "done" else "attended"
            _record(instansi, employee, event, status)
            made += 1
        if n % 3 == 0:
            _record(instansi, employee, events[4], ("registered", "approved")[n % 2])
            made += 1
        if n % 5 == 1:
            _record(instansi, employee, events[5], "registered")
            made += 1
    for record in TrainingRecord.objects.filter(event=events[1], status="completed")[:5]:
        Evaluation.objects.create(instansi=instansi, record=record, event=events[1], content=5,
                                  teaching=4, organisation=4, usefulness=5,
                                  comment="Materi langsung dapat diterapkan.")
        evaluations += 1
    if staff:
        day = date(today.year, 2, 10) if today >= date(today.year, 2, 10) else today
        TrainingRecord.objects.create(
            instansi=instansi, employee=staff[0], title="Webinar Keamanan Informasi",
            form="belajar_mandiri", organiser="BSSN", starts_on=day, ends_on=day, minutes=100,
            status="reported", year=day.year)
        made += 1
    return {"institutions": len(institutions), "events": len(events), "records": made,
            "evaluations": evaluations}


def _record(instansi, employee, event, status):
    jp = jp_of_activity(event.form, minutes=event.minutes, stated_jp=event.stated_jp) \
        if status == "completed" else 0
    return TrainingRecord.objects.create(
        instansi=instansi, employee=employee, event=event, title=event.title, form=event.form,
        organiser=event.institution.name, starts_on=event.starts_on, ends_on=event.ends_on,
        minutes=event.minutes, stated_jp=event.stated_jp, status=status, jp=jp,
        year=event.ends_on.year, result="Lulus" if status == "completed" else "")
