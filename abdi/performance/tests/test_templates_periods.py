"""SKP templates per jabatan fanned out to many employees, and BKPSDM's period runs."""

import pytest
from django.utils import timezone

from abdi.core.errors import Forbidden
from abdi.people.tests.factories import EmployeeFactory
from abdi.performance.models import PeriodRun, Skp, SkpIndicator, SkpTemplate
from abdi.performance.services import period as period_services
from abdi.performance.services import templates as template_services
from abdi.tenancy.scoping import within

from .conftest import actor_of


@pytest.fixture
def colleagues(world, plans):
    """Two more holders of the employee's jabatan in the same unit, and one in another agency."""
    with within(world.gov):
        same = [EmployeeFactory(position=world.own.position, name=f"Pemegang {n}") for n in (1, 2)]
        elsewhere = EmployeeFactory(position=world.other_unit.position, name="Lain Dinas")
    return same, elsewhere


def test_a_unit_head_fans_a_template_out_to_the_holders_they_lead(world, plans, colleagues, login):
    same, _elsewhere = colleagues
    year = timezone.localdate().year
    with within(world.gov):
        template = template_services.save_as_template(
            actor=actor_of(world.users.supervisor), skp=plans.own.skp, name="Pengawas sekolah")
        assert template.position_name == world.own.position.name
        result = template_services.fan_out_template(actor=actor_of(world.users.supervisor),
                                                    template=template, year=year)
        # The employee's own approved plan is left alone; the two colleagues get drafts.
        assert result == {"created": 2, "filled": 0, "skipped": 1}
        for employee in same:
            skp = Skp.objects.get(employee=employee, year=year)
            assert skp.status == "draft"
            assert SkpIndicator.objects.filter(result__skp=skp).count() == 2
        again = template_services.fan_out_template(actor=actor_of(world.users.supervisor),
                                                   template=template, year=year)
        assert again == {"created": 0, "filled": 0, "skipped": 3}
    client = login(world.users.supervisor)
    page = client.get("/kinerja/templat/")
    assert page.status_code == 200
    assert "Pengawas sekolah" in page.content.decode()


def test_templates_are_refused_to_plain_employees_and_reach_only_visible_staff(world, plans, colleagues,
                                                                              login):
    with within(world.gov):
        with pytest.raises(Forbidden):
            template_services.save_as_template(actor=actor_of(world.users.own), skp=plans.own.skp,
                                               name="x")
        template = SkpTemplate.objects.create(instansi=world.gov, name="Semua",
                                              position_name=world.other_unit.position.name,
                                              content={"results": [{"category": "UTAMA", "text": "R",
                                                                    "indicators": []}]})
        # The supervisor leads nobody holding that jabatan in the other agency.
        result = template_services.fan_out_template(actor=actor_of(world.users.supervisor),
                                                    template=template, year=timezone.localdate().year)
        assert result == {"created": 0, "filled": 0, "skipped": 0}
    client = login(world.users.own)
    assert client.get("/kinerja/templat/").status_code == 403
    assert client.post(f"/kinerja/templat/{template.pk}/sebar/", {"year": 2026}).status_code == 403
    assert client.post(f"/kinerja/templat/{template.pk}/hapus/").status_code == 403
    with within(world.gov):
        assert SkpTemplate.objects.filter(pk=template.pk).exists()


def test_hostile_fan_out_year_is_a_400(world, plans, login):
    with within(world.gov):
        template = template_services.save_as_template(
            actor=actor_of(world.users.supervisor), skp=plans.own.skp, name="T")
    client = login(world.users.supervisor)
    response = client.post(f"/kinerja/templat/{template.pk}/sebar/", {"year": "2o26"})
    assert response.status_code == 400
    assert "Enter a year." in response.content.decode()


def test_bkpsdm_queues_a_period_and_the_worker_computes_it(world, plans, login,
                                                           django_capture_on_commit_callbacks):
    today = timezone.localdate()
    client = login(world.users.hr_admin)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/kinerja/periode/", {"year": today.year, "period_kind": "monthly",
                                                     "period_number": today.month})
    assert response.status_code == 302
    with within(world.gov):
        run = PeriodRun.objects.get()
        assert run.status == "done"
        assert run.summary["opened"] == 2
    page = client.get("/kinerja/periode/")
    assert "2 appraisals opened" in page.content.decode()
    again = client.post("/kinerja/periode/", {"year": today.year, "period_kind": "monthly",
                                              "period_number": 13})
    assert again.status_code == 400


def test_only_bkpsdm_computes_periods(world, plans, login):
    for user in (world.users.supervisor, world.users.agency_admin, world.users.leader, world.users.own):
        client = login(user)
        assert client.get("/kinerja/periode/").status_code == 403
    with within(world.gov):
        with pytest.raises(Forbidden):
            period_services.request_period_run(actor=actor_of(world.users.agency_admin),
                                               instansi_id=world.gov.pk, year=2026,
                                               period_kind="monthly", period_number=1)
        assert not PeriodRun.objects.exists()
