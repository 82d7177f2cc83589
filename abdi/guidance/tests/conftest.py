import datetime

import pytest
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.guidance.models import Announcement, Article
from abdi.tenancy.scoping import within


@pytest.fixture(autouse=True)
def _first_login_tour_on(settings):
    """The test settings switch the tour off for every other app's journeys; here it is the point."""
    settings.ABDI_FIRST_LOGIN_TOUR = True


def actor_of(user):
    return Actor.for_user(user)


@pytest.fixture
def article(world):
    with within(world.gov):
        return Article.objects.create(
            instansi=world.gov, title="Cara mengisi laporan kegiatan harian",
            summary="Langkah singkat", body="Buka menu Kinerja.\n\n- Tulis kegiatan\n- Simpan",
            language="id", audience=" employee ", screens=" performance:diary ",
            is_published=True, updated_by_label="Admin BKPSDM")


@pytest.fixture
def draft(world):
    with within(world.gov):
        return Article.objects.create(instansi=world.gov, title="Draf rahasia", body="Belum siap.",
                                      language="id")


def make_announcement(gov, *, title="Apel pagi Senin", audience="government", targets=(),
                      **fields):
    from abdi.guidance.models import AnnouncementTarget

    fields.setdefault("publish_from", timezone.now() - datetime.timedelta(hours=1))
    announcement = Announcement.objects.create(instansi=gov, title=title, body="Isi pengumuman.",
                                               audience=audience, **fields)
    for unit in targets:
        AnnouncementTarget.objects.create(instansi=gov, announcement=announcement, unit=unit,
                                          path=unit.path)
    return announcement


@pytest.fixture
def announcement(world):
    with within(world.gov):
        return make_announcement(world.gov)
