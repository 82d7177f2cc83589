"""The government's own performance settings: the page, the service and where they apply."""

import datetime

import pytest
from django.urls import reverse

from abdi.performance.models import Notification, PerformanceSettings
from abdi.performance.services import notify
from abdi.tenancy.scoping import within

SETTINGS = reverse("performance:settings")
ALL = {"backdate_days": "7", "skp_deadline_month": "2", "skp_deadline_day": "15",
       "objection_days": "21", "annual_rule": "last_period", "curve_enforcement": "warn",
       "quota_rounding": "half_up"}


def test_bkpsdm_sets_every_choice_of_its_government(world, login):
    client = login(world.users.hr_admin)
    assert client.post(SETTINGS, ALL).status_code == 302
    with within(world.gov):
        saved = PerformanceSettings.objects.get()
    assert (saved.backdate_days, saved.skp_deadline_month_day, saved.objection_days) == (7, (2, 15), 21)
    assert (saved.annual_rule, saved.curve_enforcement, saved.quota_rounding) == (
        "last_period", "warn", "half_up")
    page = client.get(SETTINGS).content.decode()
    assert 'name="skp_deadline_day" value="15"' in page


@pytest.mark.parametrize(("field", "value"), [
    ("skp_deadline_day", "29"), ("skp_deadline_month", "13"), ("objection_days", "0"),
    ("annual_rule", "coin_toss"), ("backdate_days", "-1")])
def test_impossible_choices_are_refused_and_nothing_changes(world, login, field, value):
    client = login(world.users.hr_admin)
    values = dict(ALL, **{field: value})
    if field == "skp_deadline_day":
        values["skp_deadline_month"] = "2"  # 29 February does not come every year
    response = client.post(SETTINGS, values)
    assert response.status_code == 400
    with within(world.gov):
        assert not PerformanceSettings.objects.exists()


def test_a_partial_post_keeps_the_other_choices(world, login):
    client = login(world.users.hr_admin)
    client.post(SETTINGS, ALL)
    assert client.post(SETTINGS, {"backdate_days": "3"}).status_code == 302
    with within(world.gov):
        saved = PerformanceSettings.objects.get()
    assert (saved.backdate_days, saved.skp_deadline_month_day) == (3, (2, 15))


def test_reminders_follow_the_governments_deadline(world):
    with within(world.gov):
        PerformanceSettings.objects.create(instansi=world.gov, skp_deadline_month=2, skp_deadline_day=15)
        # A week before 15 February: reminded; a week before the national 31 January: not.
        assert notify.send_deadline_reminders(instansi_id=world.gov.pk,
                                              today=datetime.date(2031, 1, 24)) == 0
        made = notify.send_deadline_reminders(instansi_id=world.gov.pk, today=datetime.date(2031, 2, 9))
        assert made > 0
        assert "15-02-2031" in Notification.objects.filter(key="skp_deadline:2031").first().message
