"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime
from types import SimpleNamespace

from abdi.rewards.models import Award, AwardKind, Nomination, RecognitionConsent, RewardSettings

PARAMS: dict[str, str] = {
    "reward_nomination_id": "reward_nomination", "reward_award_id": "reward_award",
    "reward_kind_id": "reward_kind", "recognition_slug": "recognition_page",
}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = {"rewards:public"}  # URL names anyone may open without logging in
OPERATOR_PAGES: set[str] = {"rewards:public"}  # URL names a platform operator may open (public pages too)


SNAPSHOT_MODELS: tuple = (AwardKind, RewardSettings, Nomination, Award, RecognitionConsent)


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""

    kind = AwardKind.objects.create(instansi=world.gov, code="rahasia", name="Penghargaan Rahasia Kota A",
                                    form="local", best_performer=True)
    nomination = Nomination.objects.create(
        instansi=world.gov, employee=marked, kind=kind, year=2025, reason="Usulan Rahasia Kota A",
        nominated_by=world.users.hr_admin, nominated_by_label="Admin BKPSDM")
    award = Award.objects.create(instansi=world.gov, employee=marked, kind=kind, year=2024,
                                 sk_number="SK-RAHASIA-KOTA-A", recorded_by=world.users.hr_admin,
                                 sk_date=datetime.date(2024, 8, 17))
    RewardSettings.objects.create(instansi=world.gov, public_page_enabled=True)
    RecognitionConsent.objects.create(instansi=world.gov, employee=marked, public=False)
    objects = {"reward_kind": kind, "reward_nomination": nomination, "reward_award": award,
               "recognition_page": SimpleNamespace(pk=world.gov.slug)}
    return objects, {"Penghargaan Rahasia Kota A", "Usulan Rahasia Kota A", "SK-RAHASIA-KOTA-A"}
