"""The demo seed (abdi.demo.complaints) runs on the test world and covers the states."""

from django.db import transaction
from django.utils import timezone

from abdi.complaints.models import Complaint
from abdi.demo.complaints import seed
from abdi.tenancy.scoping import within


def test_the_demo_seed_builds_a_dozen_cases(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
        statuses = set(Complaint.objects.values_list("status", flat=True))
    assert counts["complaints"] == 12
    assert {"diterima", "ditunda", "terdisposisi", "ditindaklanjuti", "ditanggapi",
            "dibuka_kembali", "selesai", "ditolak_arsip"} <= statuses
