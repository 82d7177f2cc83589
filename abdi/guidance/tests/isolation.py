"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

from django.utils import timezone

from abdi.guidance.models import (
    Announcement,
    AnnouncementReceipt,
    AnnouncementTarget,
    Article,
    Feedback,
    FeedbackReply,
)


class _Key:
    """A help page is addressed by namespace and URL name, not by an id."""

    def __init__(self, value):
        self.pk = value


PARAMS: dict[str, str] = {"article_id": "guidance_article", "announcement_id": "guidance_announcement",
                          "feedback_id": "guidance_feedback", "namespace": "guidance_help_namespace",
                          "url_name": "guidance_help_name"}
PK_OF: dict[str, str] = {}
# Help texts are no tenant data: anyone may read them (the login page's help too).
PUBLIC: set[str] = {"guidance:help", "guidance:index"}
OPERATOR_PAGES: set[str] = {"guidance:help", "guidance:index"}
SNAPSHOT_MODELS: tuple = (Article, Announcement, AnnouncementTarget, AnnouncementReceipt, Feedback,
                          FeedbackReply)


def victims(world, marked) -> tuple[dict, set]:
    article = Article.objects.create(instansi=world.gov, title="Artikel Rahasia Kota A",
                                     body="Isi Artikel Rahasia Kota A", language="id",
                                     screens=" guidance:index ", is_published=True)
    announcement = Announcement.objects.create(
        instansi=world.gov, title="Pengumuman Rahasia Kota A", body="Isi Pengumuman Rahasia",
        audience="units", publish_from=timezone.now())
    AnnouncementTarget.objects.create(instansi=world.gov, announcement=announcement,
                                      unit=marked.unit, path=marked.unit.path)
    feedback = Feedback.objects.create(instansi=world.gov, sender=world.users.own,
                                       employee=world.own, kind="problem",
                                       text="Masukan Rahasia Kota A", screen="web:home",
                                       fingerprint="rahasia")
    return ({"guidance_article": article, "guidance_announcement": announcement,
             "guidance_feedback": feedback, "guidance_help_namespace": _Key("guidance"),
             "guidance_help_name": _Key("index")},
            {"Artikel Rahasia Kota A", "Pengumuman Rahasia Kota A", "Masukan Rahasia Kota A"})
