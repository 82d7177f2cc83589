"""The heart of the cycle end to end at service level: plan, approve, report, validate."""

import uuid

from abdi.performance import services
from abdi.performance.models import Activity, SkpIndicator
from abdi.tenancy.scoping import within

from .conftest import actor_of


def test_plan_report_validate_updates_realisation(world, plans):
    with within(world.gov):
        assert plans.own.skp.status == "approved"
        key = uuid.uuid4()
        activity, created = services.record_activity(
            actor=actor_of(world.users.own), indicator=plans.own.output, client_key=key,
            values={"date": plans.today, "description": "Menyusun laporan", "quantity": "2",
                    "minutes": "90"})
        again, created_again = services.record_activity(
            actor=actor_of(world.users.own), indicator=plans.own.output, client_key=key,
            values={"date": plans.today, "description": "Menyusun laporan", "quantity": "2",
                    "minutes": "90"})
        assert created
        assert not created_again
        assert again.pk == activity.pk
        assert Activity.objects.filter(employee=world.own).count() == 1
        services.approve_activity(actor=actor_of(world.users.supervisor), activity=activity)
        assert SkpIndicator.objects.get(pk=plans.own.output.pk).realised == 2
