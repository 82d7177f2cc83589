import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.conftest import _account
from abdi.teamspace.tests.factories import PDF, add_member, make_team
from abdi.tenancy.scoping import within


def actor_of(user):
    return Actor.for_user(user)


def upload(name="notulen.pdf", content=PDF, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def team(world):
    """own (the lead) and peer are active members, sibling has left; supervisor is the atasan of
    own and peer (both get accounts: users.peer, users.sibling); other_unit, HR, the agency
    admin and the leader are not in the team."""
    with scopes_disabled():  # accounts for the two members the shared world gives none
        world.users.peer = _account(world.peer, instansi=world.gov)
        world.users.sibling = _account(world.sibling, instansi=world.gov)
    with within(world.gov):
        team = make_team(world.gov, world.agency, lead=world.own)
        add_member(team, world.own, role="lead")
        add_member(team, world.peer)
        add_member(team, world.sibling, status="ended")
        return team
