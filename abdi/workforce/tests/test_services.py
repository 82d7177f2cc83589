"""The ABK services: computing needs from tasks, the workflow, revisions, the proposal."""

from decimal import Decimal

import pytest

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.scoping import within
from abdi.workforce import queries
from abdi.workforce.choices import AbkStatus
from abdi.workforce.models import Abk, AbkTask, FormationLine
from abdi.workforce.services import abk as services
from abdi.workforce.services import proposals

from .conftest import actor_of


def test_started_abk_has_a_line_per_jabatan_with_bezetting(world, abk_world):
    with within(world.gov):
        names = sorted(line.position_name for line in abk_world.abk.lines.all())
        assert "Pengadministrasi Perkantoran" in names
        assert "Pranata Komputer" in names
        assert len(names) == 5  # head, own, peer and the two above
        assert abk_world.abk.wke_minutes == 75_000
        assert abk_world.admin_line.bezetting == 1


def test_t_abk_1_through_the_service(world, filled, year):
    line = filled.admin_line
    assert line.total_minutes == 132_600
    assert line.fte == Decimal("1.7680")
    assert (line.needed, line.bezetting, line.selisih) == (2, 1, -1)
    assert (line.ej, line.pj) == (Decimal("1.77"), "A")
    assert line.additions == [1, 0, 0, 0, 0]
    assert filled.abk.shortage >= 1
    with within(world.gov):
        assert AuditEntry.objects.filter(action="create", object_type="workforce.abktask").count() == 3


def test_retirement_within_five_years_adds_to_the_plan(world, abk_world, year):
    actor = actor_of(world.users.agency_admin)
    with within(world.gov):
        services.add_task(actor=actor, abk=abk_world.abk, line=abk_world.it_line,
                          version=abk_world.abk.version, name="Memelihara jaringan",
                          output_unit="laporan", volume=1, period="tahun", norma_minutes=75_000)
        line = queries.get_line(abk_world.abk, abk_world.it_line.pk)
    assert (line.needed, line.bezetting) == (1, 1)
    assert line.departures == [0, 1, 0, 0, 0]
    assert line.additions == [0, 1, 0, 0, 0]
    assert (line.departures_5y, line.proposed) == (1, 1)


def test_low_load_jabatan_needs_one(world, abk_world):
    actor = actor_of(world.users.agency_admin)
    with within(world.gov):
        services.add_task(actor=actor, abk=abk_world.abk, line=abk_world.it_line,
                          version=abk_world.abk.version, name="Tugas kecil", output_unit="dok",
                          volume=1, period="tahun", norma_minutes=22_500)
        line = queries.get_line(abk_world.abk, abk_world.it_line.pk)
    assert (line.fte, line.needed, line.low_load) == (Decimal("0.3000"), 1, True)


@pytest.mark.parametrize(("field", "values"), [
    ("volume", {"volume": -5}), ("volume", {"volume": "1,5"}), ("volume", {"volume": 0}),
    ("volume", {"volume": 10_000_000, "period": "hari"}), ("norma_minutes", {"norma_minutes": 0}),
    ("norma_minutes", {"norma_minutes": 75_001}), ("name", {"name": "x"}),
    ("period", {"period": "abad"}), ("output_unit", {"output_unit": ""})])
def test_impossible_numbers_refused_and_nothing_saved(world, abk_world, field, values):
    fields = {"name": "Tugas", "output_unit": "dok", "volume": 1, "period": "tahun",
              "norma_minutes": 10} | values
    with within(world.gov), pytest.raises(DomainError) as caught:
        services.add_task(actor=actor_of(world.users.agency_admin), abk=abk_world.abk,
                          line=abk_world.it_line, version=abk_world.abk.version, **fields)
    assert caught.value.field == field
    with within(world.gov):
        assert not AbkTask.objects.exists()


def test_stale_version_is_a_conflict(world, filled):
    actor = actor_of(world.users.agency_admin)
    with within(world.gov):
        task = AbkTask.objects.filter(line=filled.admin_line).first()
        fields = {"name": task.name, "output_unit": "berkas", "volume": 1000, "period": "tahun",
                  "norma_minutes": 60}
        services.update_task(actor=actor, abk=filled.abk, task=task, version=task.version,
                             **fields)
        with pytest.raises(Conflict):
            services.update_task(actor=actor, abk=filled.abk, task=task, version=task.version,
                                 **fields | {"volume": 5})
        task.refresh_from_db()
        assert task.volume == 1000


def test_workflow_submit_approve_freeze_revise(world, filled):
    admin, hr = actor_of(world.users.agency_admin), actor_of(world.users.hr_admin)
    with within(world.gov):
        abk = services.submit_abk(actor=admin, abk=filled.abk, version=filled.abk.version)
        assert abk.status == AbkStatus.SUBMITTED
        with pytest.raises(Conflict):
            services.add_task(actor=admin, abk=abk, line=filled.admin_line, version=abk.version,
                              name="Lagi", output_unit="dok", volume=1, norma_minutes=1)
        with pytest.raises(Forbidden):
            services.review_abk(actor=admin, abk=abk, version=abk.version, approve=True)
        with pytest.raises(DomainError):
            services.review_abk(actor=hr, abk=abk, version=abk.version, approve=False, note="")
        returned = services.review_abk(actor=hr, abk=abk, version=abk.version, approve=False,
                                       note="Norma waktu T2 terlalu besar")
        assert returned.status == AbkStatus.RETURNED
        abk = services.submit_abk(actor=admin, abk=returned, version=returned.version)
        approved = services.review_abk(actor=hr, abk=abk, version=abk.version, approve=True)
        assert approved.status == AbkStatus.APPROVED
        assert approved.reviewed_by_nip == world.hr_admin_employee.nip
        new = services.revise_abk(actor=admin, abk=approved, version=approved.version)
        assert (new.revision, new.status) == (2, AbkStatus.DRAFT)
        assert AbkTask.objects.filter(line__abk=new).count() == 3
        new = services.submit_abk(actor=admin, abk=new, version=new.version)
        services.review_abk(actor=hr, abk=new, version=new.version, approve=True)
        assert Abk.objects.get(pk=approved.pk).status == AbkStatus.SUPERSEDED


def test_submit_without_tasks_is_refused(world, abk_world):
    with within(world.gov), pytest.raises(DomainError):
        services.submit_abk(actor=actor_of(world.users.agency_admin), abk=abk_world.abk,
                            version=abk_world.abk.version)


def _approve(world, abk):
    admin, hr = actor_of(world.users.agency_admin), actor_of(world.users.hr_admin)
    abk = services.submit_abk(actor=admin, abk=abk, version=abk.version)
    return services.review_abk(actor=hr, abk=abk, version=abk.version, approve=True)


def test_proposal_aggregates_approved_abks_and_feeds_recruitment(world, filled, year):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        _approve(world, filled.abk)
        proposal = proposals.create_proposal(actor=hr, agency=world.agency, year=year)
        rows = proposals.draft_rows(proposal)
        assert any(r["position_name"] == "Pengadministrasi Perkantoran" for r in rows)
        with pytest.raises(Conflict):
            proposals.create_proposal(actor=hr, agency=world.agency, year=year)
        with pytest.raises(Forbidden):
            proposals.approve_proposal(actor=actor_of(world.users.agency_admin),
                                       proposal=proposal, version=proposal.version)
        approved = proposals.approve_proposal(actor=hr, proposal=proposal,
                                              version=proposal.version)
        assert approved.approved_by_nip == world.hr_admin_employee.nip
        assert FormationLine.objects.filter(proposal=approved).count() == len(rows)
    formation = queries.approved_formation(world.gov.pk, year)
    admin_row = next(r for r in formation if r["position_name"] == "Pengadministrasi Perkantoran")
    assert {"position_id", "position_name", "unit_id", "unit_name", "agency_id", "agency_name",
            "needed", "bezetting", "shortage", "proposed"} <= set(admin_row)
    assert (admin_row["needed"], admin_row["bezetting"], admin_row["shortage"],
            admin_row["proposed"]) == (2, 1, 1, 1)
    assert admin_row["agency_id"] == world.agency.pk
    assert admin_row["unit_id"] == world.unit.pk
    assert queries.approved_formation(world.other_gov.pk, year) == []


def test_proposal_without_approved_abk_cannot_be_approved(world, filled, year):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        proposal = proposals.create_proposal(actor=hr, year=year)
        with pytest.raises(DomainError):
            proposals.approve_proposal(actor=hr, proposal=proposal, version=proposal.version)


def test_wke_setting_applies_to_new_abks(world, year):
    hr = actor_of(world.users.hr_admin)
    with within(world.gov):
        with pytest.raises(DomainError):
            services.set_wke(actor=hr, wke_minutes="1000")
        with pytest.raises(Forbidden):
            services.set_wke(actor=actor_of(world.users.agency_admin), wke_minutes=72_000)
        services.set_wke(actor=hr, wke_minutes="72000")
        abk = services.start_abk(actor=hr, unit=world.sibling_unit, year=year)
        assert abk.wke_minutes == 72_000
        with pytest.raises(Conflict):
            services.start_abk(actor=hr, unit=world.sibling_unit, year=year)
