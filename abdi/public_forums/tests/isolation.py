"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime
from types import SimpleNamespace

from django.core.files.base import ContentFile

from abdi.public_forums.models import Commitment, CommitmentProgress, Forum, Registration

PARAMS: dict[str, str] = {
    "forum_id": "public_forum", "registration_id": "public_forum_registration",
    "commitment_id": "public_forum_commitment", "gov_slug": "public_forum_gov",
}
PK_OF: dict[str, str] = {}
# The citizens' pages: anyone may open them, by design (an announced forum is public).
PUBLIC: set[str] = {"public_forums:public_list", "public_forums:public_forum",
                    "public_forums:public_minutes"}
OPERATOR_PAGES: set[str] = set(PUBLIC)  # URL names a platform operator may open (public pages too)
SNAPSHOT_MODELS: tuple = (Forum, Registration, Commitment, CommitmentProgress)


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    gov = world.gov
    moment = datetime.datetime(2026, 3, 2, 2, 0, tzinfo=datetime.UTC)
    forum = Forum.objects.create(
        instansi=gov, agency=world.agency, unit=world.unit, title="Forum Rahasia Kota A",
        topic="Layanan Rahasia Kota A", place="Aula", capacity=10, starts_at=moment,
        registration_closes_at=moment - datetime.timedelta(days=1), status="concluded",
        minutes="Notulen Rahasia Kota A")
    forum.minutes_file.save("notulen.pdf", ContentFile(b"%PDF-1.4\n%%EOF"))
    registration = Registration.objects.create(
        instansi=gov, forum=forum, name="Pendaftar Rahasia Kota A", contact_kind="email",
        contact="pendaftar.rahasia@kota-a.example")
    commitment = Commitment.objects.create(
        instansi=gov, forum=forum, promise="Komitmen Rahasia Kota A", responsible_unit=world.unit,
        due_date=datetime.date(2026, 6, 30))
    CommitmentProgress.objects.create(instansi=gov, commitment=commitment, status="in_progress",
                                      note="Kemajuan Rahasia Kota A",
                                      date=datetime.date(2026, 4, 1))
    objects = {"public_forum": forum, "public_forum_registration": registration,
               "public_forum_commitment": commitment,
               "public_forum_gov": SimpleNamespace(pk=gov.slug)}
    markers = {"Forum Rahasia Kota A", "Layanan Rahasia Kota A", "Notulen Rahasia Kota A",
               "Pendaftar Rahasia Kota A", "pendaftar.rahasia@kota-a.example",
               "Komitmen Rahasia Kota A", "Kemajuan Rahasia Kota A"}
    return objects, markers
