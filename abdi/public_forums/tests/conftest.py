"""Forum fixtures: an upcoming announced forum of Dinas Pendidikan (world.agency) with one
registrant, and a past one with minutes and a commitment."""

from types import SimpleNamespace

import pytest
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor

from .factories import CommitmentFactory, ForumFactory, RegistrationFactory, in_days

REGISTRANT_PHONE = "6281234567890"
REGISTRANT_NAME = "Siti Rahasia Pendaftar"


def actor(user):
    return Actor.for_user(user)


@pytest.fixture
def forums(world):
    with scopes_disabled():
        upcoming = ForumFactory(unit=world.unit, title="FKP Penerimaan Siswa Baru")
        registrant = RegistrationFactory(forum=upcoming, name=REGISTRANT_NAME,
                                         contact=REGISTRANT_PHONE)
        past = ForumFactory(unit=world.agency, title="FKP Layanan Mutasi Siswa",
                            starts_at=in_days(-20), registration_closes_at=in_days(-22),
                            status="concluded", minutes="Notulen forum mutasi siswa.")
        commitment = CommitmentFactory(forum=past, promise="Formulir mutasi daring")
        other_agency_forum = ForumFactory(unit=world.other_agency, title="FKP Puskesmas",
                                          status="draft")
    return SimpleNamespace(upcoming=upcoming, registrant=registrant, past=past,
                           commitment=commitment, other_agency_forum=other_agency_forum)
