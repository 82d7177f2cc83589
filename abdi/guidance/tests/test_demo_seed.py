"""The demo seed (abdi.demo.guidance) runs on the test world, twice without duplicates."""

from django.db import transaction
from django.utils import timezone

from abdi.demo.guidance import seed
from abdi.guidance import queries
from abdi.guidance.models import Announcement, Article, ArticleRevision
from abdi.guidance.tests.conftest import actor_of
from abdi.tenancy.scoping import within


def test_the_demo_seed_builds_articles_and_an_announcement(world):
    with transaction.atomic(), within(world.gov):
        counts = seed(world.gov, timezone.localdate())
        seed(world.gov, timezone.localdate())
        titles = set(Article.objects.filter(is_published=True).values_list("title", flat=True))
        assert {"Cara mengisi laporan kegiatan harian", "Cara menyusun SKP",
                "Cara check-in acara"} <= titles
        assert Article.objects.count() == 3
        assert ArticleRevision.objects.count() == 1
        assert Announcement.objects.count() == 1
        assert queries.unread_banner(actor_of(world.users.own))
    assert counts["articles"] == 3
