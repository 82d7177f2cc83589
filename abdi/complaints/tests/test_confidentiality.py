"""Anonim and rahasia on every page (T-CMP-2, T-CMP-3, R-CMP-2)."""

import pytest
from django.urls import reverse

from abdi.complaints.services import handling
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import REPORTER, file_case

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(world, desk):
    hr = actor_of(world.users.hr_admin)
    made = {}
    with within(world.gov):
        for name, options in (("normal", {}), ("anonim", {"anonymous": True}),
                              ("rahasia", {"confidential": True})):
            case, secret = file_case(world.gov, world.agency, **options,
                                     description=f"Laporan {name} tentang jalan yang rusak parah.")
            case = handling.dispose_case(actor=hr, case=case, version=case.version,
                                         agency=world.agency, case_class="pengaduan")
            made[name] = (case, secret)
    return made


def test_t_cmp_2_and_3_public_feed(client, world, three):
    body = client.get(reverse("complaints:feed", args=[world.gov.slug])).content.decode()
    assert "Laporan normal" in body
    assert "Laporan anonim" in body  # anonim: the text may be public
    assert "Laporan rahasia" not in body
    assert three["rahasia"][0].tracking not in body
    for value in REPORTER.values():
        assert value not in body  # nobody's identity is ever on the public feed


def test_rahasia_is_open_to_its_reporter_only_with_the_secret(client, three):
    case, secret = three["rahasia"]
    wrong = client.post(reverse("complaints:track"), {"tracking": case.tracking, "secret": "X" * 10})
    assert wrong.status_code == 404
    assert case.description.encode() not in wrong.content
    client.post(reverse("complaints:track"), {"tracking": case.tracking, "secret": secret})
    page = client.get(reverse("complaints:track"))
    assert case.description.encode() in page.content
    for value in REPORTER.values():
        assert value.encode() not in page.content  # §2.5: identity never on the lookup page


@pytest.mark.parametrize("who", ["liaison", "agency_admin", "agency_head", "leader"])
def test_staff_pages_hide_anonim_and_rahasia_identity(client, login, world, desk, three, who):
    login(getattr(desk.users, who, None) or getattr(world.users, who))
    for name in ("anonim", "rahasia"):
        page = client.get(reverse("complaints:case", args=[three[name][0].pk]))
        assert page.status_code == 200
        for value in REPORTER.values():
            assert value.encode() not in page.content, (who, name)
    queue = client.get(reverse("complaints:queue")).content
    for value in REPORTER.values():
        assert value.encode() not in queue


def test_coordinator_sees_rahasia_identity_but_never_anonim(client, login, desk, three):
    login(desk.users.coordinator)
    rahasia = client.get(reverse("complaints:case", args=[three["rahasia"][0].pk]))
    assert REPORTER["name"].encode() in rahasia.content
    anonim = client.get(reverse("complaints:case", args=[three["anonim"][0].pk]))
    assert REPORTER["name"].encode() not in anonim.content


def test_upgrade_to_rahasia_at_verification_and_never_downgrade(world, desk):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        case, _s = file_case(world.gov, world.agency, confidential=True)
        case = handling.dispose_case(actor=hr, case=case, version=case.version,
                                     agency=world.agency, case_class="pengaduan",
                                     make_confidential=False, make_anonymous=True)
    assert case.is_confidential
    assert case.is_anonymous
