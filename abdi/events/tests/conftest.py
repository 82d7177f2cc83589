import pytest

from abdi.accounts.actor import Actor
from abdi.events.tests.factories import make_event
from abdi.tenancy.scoping import within


def actor_of(user):
    return Actor.for_user(user)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def event(world):
    """An event of Dinas Kesehatan (the HR admin's agency), under way today, open to all."""
    with within(world.gov):
        return make_event(world.gov, world.other_agency)


@pytest.fixture
def scoped(world):
    with within(world.gov):
        yield
