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
