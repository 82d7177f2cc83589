import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from abdi.accounts.actor import Actor
from abdi.tenancy.scoping import within
from abdi.training.tests.factories import PDF, make_event


def actor_of(user):
    return Actor.for_user(user)


def pdf(name="sertifikat.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def event(world):
    with within(world.gov):
        return make_event(world.gov, codes=["M3", "T-RISK"])


@pytest.fixture
def gaps(monkeypatch):
    """abdi.competency.queries replaced by a fake whose gap codes the test fills."""
    import sys
    import types

    found: dict[int, list[str]] = {}
    fake = types.ModuleType("abdi.competency.queries")
    fake.gap_codes_of = lambda instansi_id, employee_id: found.get(employee_id, [])
    fake.competency_choices = lambda instansi_id: [("M3", "Komunikasi"), ("M4", "Orientasi pada Hasil")]
    monkeypatch.setitem(sys.modules, "abdi.competency.queries", fake)
    return found
