"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime

from abdi.discipline.models import DisciplineCase

PARAMS: dict[str, str] = {"case_id": "discipline_case"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()  # URL names anyone may open without logging in
OPERATOR_PAGES: set[str] = set()  # URL names a platform operator may open (public pages too)
SNAPSHOT_MODELS: tuple = (DisciplineCase,)


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    case = DisciplineCase.objects.create(
        instansi=world.gov, employee=marked, agency_id=marked.agency_id,
        violation="Pelanggaran Rahasia Kota A: menerima gratifikasi",
        incident_from=datetime.date(2026, 3, 2), expected_level="sedang",
        examination_minutes="Berita Acara Rahasia Kota A")
    return {"discipline_case": case}, {"Pelanggaran Rahasia Kota A", "Berita Acara Rahasia Kota A"}
