import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.org.tests.factories import PositionFactory
from abdi.tenancy.scoping import within
from abdi.transfer import tasks


@pytest.fixture
def analyst(world):
    """A non-head position in Bidang Pembinaan SD that imports can name."""
    with scopes_disabled():
        return PositionFactory(unit=world.unit, name="Analis Kepegawaian", kind="FUNGSIONAL",
                               level="AHLI_MUDA", kelas_jabatan=9)


@pytest.fixture
def run_import(world):
    """Upload a file as a user (default BKPSDM) and return the job after the dry run."""

    def _run(data: bytes, *, name="pegawai.xlsx", kind="employees", user=None, confirm=False):
        user = user or world.users.hr_admin
        with within(world.gov):
            actor = Actor.for_user(user)
            job = tasks.start_import(actor=actor, kind=kind,
                                        upload=SimpleUploadedFile(name, data), language="en")
            if confirm:
                job = tasks.confirm_import(actor=actor, job=job)
            job.refresh_from_db()
            return job

    return _run
