import pytest
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor

from .factories import make_counter


def actor_of(user):
    return Actor.for_user(user)


@pytest.fixture
def counter(world):
    """A counter of `own`'s unit where `own` and `peer` serve."""
    with scopes_disabled():
        return make_counter(world.unit, world.own, world.peer)
