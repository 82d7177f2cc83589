"""abdi.demo.rewards.seed on the test world, and the real discipline register behind queries."""

from datetime import date

from django_scopes import scopes_disabled

from abdi.demo.rewards import seed
from abdi.rewards import queries
from abdi.rewards.models import Award, Nomination, RecognitionConsent, RewardSettings
from abdi.tenancy.scoping import within


def test_seed_creates_awards_a_nomination_and_opt_ins(world):
    with scopes_disabled():
        counts = seed(world.gov, date(2026, 12, 2))
        assert counts["awards"] == Award.objects.filter(instansi=world.gov).count() > 0
        assert Nomination.objects.filter(instansi=world.gov, status="proposed").count() == 1
        assert RecognitionConsent.objects.filter(instansi=world.gov, public=True).count() == 2
        assert RewardSettings.objects.get(instansi=world.gov).public_page_enabled
        assert not Award.objects.filter(instansi=world.other_gov).exists()


def test_the_discipline_register_is_read_through_its_queries(world):
    with within(world.gov):
        assert queries.penalties([world.own.pk]) == {}
