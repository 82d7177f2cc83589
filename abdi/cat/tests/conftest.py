from contextlib import contextmanager
from unittest import mock

import pytest

from abdi.accounts.actor import Actor
from abdi.cat.models import Attempt
from abdi.tenancy.scoping import within

from .factories import make_bank, make_candidate, make_session

TOKEN = "K7WQ2M"


def actor_of(user):
    return Actor.for_user(user)


@pytest.fixture
def exam_world(world):
    """A bank, a session proctored by `supervisor`, and two candidates whose tokens are released."""
    with within(world.gov):
        make_bank(world.gov)
        session = make_session(world.gov, proctors=[world.users.supervisor])
        first = make_candidate(session, "2024000001", name="Ani Peserta",
                               state=Attempt.State.RELEASED, token=TOKEN)
        second = make_candidate(session, "2024000002", name="Budi Peserta",
                                state=Attempt.State.RELEASED, token=TOKEN)
    world.session, world.first, world.second = session, first, second
    return world


@contextmanager
def freeze_time(at):
    """The server's clock stands at `at` (every module reads django.utils.timezone.now)."""
    with mock.patch("django.utils.timezone.now", return_value=at):
        yield


SIGNING_PASSWORD = "uji-sandi-sertifikat"


@pytest.fixture(scope="session")
def _signing_p12(tmp_path_factory):
    """One generated certificate for the test run (never a committed private key)."""
    from abdi.cat.services.signing import make_signing_key

    path = tmp_path_factory.mktemp("signing") / "uji.p12"
    make_signing_key(path, name="uji", password=SIGNING_PASSWORD.encode())
    return path


@pytest.fixture(autouse=True)
def signing_key(settings, _signing_p12):
    """Announcements in these tests are signed with the generated test certificate."""
    settings.ABDI_SIGNING_P12 = str(_signing_p12)
    settings.ABDI_SIGNING_P12_PASSWORD = SIGNING_PASSWORD
    return _signing_p12
