"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime

from django.core.files.base import ContentFile

from abdi.training.models import Institution, TrainingEvent, TrainingRecord

PARAMS: dict[str, str] = {"event_id": "training_event", "record_id": "training_record",
                          "perangkat_daerah_id": "training_agency"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = (Institution, TrainingEvent, TrainingRecord)


def victims(world, marked) -> tuple[dict, set]:
    institution = Institution.objects.create(instansi=world.gov, name="Lembaga Rahasia Kota A",
                                             kind="bpsdm")
    day = datetime.date.today() + datetime.timedelta(days=7)
    event = TrainingEvent.objects.create(
        instansi=world.gov, institution=institution, title="Diklat Rahasia Kota A", form="teknis",
        starts_on=day, ends_on=day, stated_jp=8, quota=10)
    record = TrainingRecord.objects.create(
        instansi=world.gov, employee=marked, event=event, title="Diklat Rahasia Kota A",
        form="teknis", organiser="Lembaga Rahasia Kota A", starts_on=day, ends_on=day,
        stated_jp=8, status="completed", jp=8, year=day.year, result="Hasil Rahasia Kota A")
    record.certificate.save("rahasia.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"), save=True)
    return ({"training_event": event, "training_record": record, "training_agency": marked.agency},
            {"Lembaga Rahasia Kota A", "Diklat Rahasia Kota A", "Hasil Rahasia Kota A"})
