"""Each perangkat daerah's TPP budget for the year, set by BKPSDM on the run page, and the month
reviewed against it: used before (locked months), this month, left or over."""

import pytest
from django.urls import reverse

from abdi.accounts.actor import Actor
from abdi.allowance import queries_payroll
from abdi.allowance.models import TppBudget, TppRun, TppSlip
from abdi.allowance.services import budgets
from abdi.allowance.tests.test_payroll import month, run_month  # noqa: F401 - fixture and helper
from abdi.core.errors import DomainError, Forbidden
from abdi.tenancy.scoping import within


def run_page(world, login, run, **params):
    return login(world.users.hr_admin).get(reverse("allowance:run", args=[run.pk]), params,
                                           HTTP_ACCEPT_LANGUAGE="en")


def test_bkpsdm_sets_a_budget_and_sees_what_is_left(world, month, login):  # noqa: F811
    run = run_month(world)  # Rp 4.680.000 for own's agency
    client = login(world.users.hr_admin)
    response = client.post(reverse("allowance:run", args=[run.pk]),
                           {"action": "budget", "agency": world.agency.pk, "amount": "10.000.000"})
    assert response.status_code == 302
    body = run_page(world, login, run).content.decode()
    cell = body[body.index(f'data-testid="agency-budget-{world.agency.pk}"'):][:600]
    assert "Rp 10.000.000" in cell
    assert "Rp 5.320.000 left (47% used)" in cell


def test_locked_months_before_count_as_used_the_latest_revision_of_each(world, month, login):  # noqa: F811
    run = run_month(world)  # this month's Rp 4.680.000
    with within(world.gov):
        def locked(month_number, revision, total):
            TppRun.objects.create(instansi=world.gov, year=run.year - 1, month=month_number,
                                  revision=revision, rule_set=run.rule_set,
                                  status=TppRun.Status.LOCKED,
                                  summary={"per_agency": {str(world.agency.pk): total}})
        locked(3, 1, 9_000_000)
        locked(3, 2, 2_000_000)  # the correction replaces revision 1
        locked(5, 1, 4_000_000)
        locked(12, 1, 50_000_000)  # after the month under review: not counted
        current = TppRun.objects.create(instansi=world.gov, year=run.year - 1, month=11,
                                        rule_set=run.rule_set, status=TppRun.Status.DONE,
                                        summary={"per_agency": {str(world.agency.pk): 5_000_000},
                                                 "total": 5_000_000})
        TppSlip.objects.create(instansi=world.gov, run=current, employee=world.own,
                               agency=world.agency, amount=5_000_000, lines=[])
    with within(world.gov):
        assert queries_payroll.spent_before(current) == {str(world.agency.pk): 6_000_000}
        budgets.set_budget(actor=Actor.for_user(world.users.hr_admin), instansi_id=world.gov.pk,
                           year=run.year - 1, agency_id=world.agency.pk, amount=10_000_000)
    cell = run_page(world, login, current).content.decode()
    assert "Rp 1.000.000 over" in cell


@pytest.mark.parametrize(("data", "field"), [
    ({"agency": "abc", "amount": "1000"}, "perangkat daerah"),
    ({"agency": "99999999", "amount": "1000"}, "perangkat daerah"),
    ({"amount": "satu juta"}, "whole number of Rupiah"),
    ({"amount": "9" * 40}, "whole number of Rupiah")])
def test_bad_budgets_are_refused_and_nothing_is_saved(world, month, login, data, field):  # noqa: F811
    run = run_month(world)
    response = login(world.users.hr_admin).post(
        reverse("allowance:run", args=[run.pk]), {"action": "budget", "agency": world.agency.pk} | data,
        HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert field in response.content.decode()
    with within(world.gov):
        assert not TppBudget.objects.exists()


def test_an_empty_amount_removes_the_budget(world):
    actor = Actor.for_user(world.users.hr_admin)
    with within(world.gov):
        budgets.set_budget(actor=actor, instansi_id=world.gov.pk, year=2026, agency_id=world.agency.pk,
                           amount=5)
        budgets.set_budget(actor=actor, instansi_id=world.gov.pk, year=2026, agency_id=world.agency.pk,
                           amount=None)
        assert not TppBudget.objects.exists()


def test_a_unit_below_an_agency_or_of_another_government_is_refused(world):
    actor = Actor.for_user(world.users.hr_admin)
    with within(world.gov):
        for unit in (world.unit, world.other_gov_agency):
            with pytest.raises(DomainError):
                budgets.set_budget(actor=actor, instansi_id=world.gov.pk, year=2026,
                                   agency_id=unit.pk, amount=5)


@pytest.mark.parametrize("persona", ["agency_admin", "supervisor", "own", "leader"])
def test_only_bkpsdm_sets_budgets(world, persona):
    with within(world.gov), pytest.raises(Forbidden):
        budgets.set_budget(actor=Actor.for_user(getattr(world.users, persona)),
                           instansi_id=world.gov.pk, year=2026, agency_id=world.agency.pk, amount=5)
