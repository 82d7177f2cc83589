"""Appraisal of a period end to end: open, self-assess, peers, rate, curve, finalise, object."""

import pytest
from django.utils import timezone

from abdi.core.errors import Conflict, Forbidden
from abdi.performance.models import Appraisal, CoachingPlan, Objection
from abdi.performance.services import appraisal as appraisal_services
from abdi.tenancy.scoping import within

from .conftest import actor_of


def _open(world, plans, kind="annual", number=1):
    appraisal, created = appraisal_services.open_appraisal(
        actor=actor_of(world.users.own), skp=plans.own.skp, period_kind=kind, period_number=number)
    assert created
    return appraisal


def test_rate_finalise_release_and_object(world, plans):
    with within(world.gov):
        appraisal = _open(world, plans)
        assert appraisal.unit_id == world.unit.pk  # rated by the head of Bidang Pembinaan SD
        appraisal_services.submit_self_assessment(actor=actor_of(world.users.own), appraisal=appraisal,
                                                  text="Semua laporan selesai tepat waktu.")
        with pytest.raises(Forbidden):
            appraisal_services.rate(actor=actor_of(world.users.own), appraisal=appraisal,
                                    result_rating="ATAS", result_reason="x",
                                    behaviour_rating="ATAS", behaviour_reason="x")
        rated = appraisal_services.rate(
            actor=actor_of(world.users.supervisor), appraisal=appraisal, result_rating="BAWAH",
            result_reason="Target laporan tidak tercapai.", behaviour_rating="SESUAI",
            behaviour_reason="Perilaku sesuai harapan.")
        assert rated.predikat == "BP"
        # The unit's curve needs the organisation predikat first (SE MenPANRB 3/2023 step 1).
        with pytest.raises(Conflict):
            appraisal_services.finalise_unit(actor=actor_of(world.users.supervisor), unit=world.unit,
                                             year=rated.year, period_kind="annual", period_number=1)
        appraisal_services.set_unit_predikat(
            actor=actor_of(world.users.agency_head), unit=world.unit, year=rated.year,
            period_kind="annual", period_number=1, org_predikat="BP")
        done = appraisal_services.finalise_unit(
            actor=actor_of(world.users.supervisor), unit=world.unit, year=rated.year,
            period_kind="annual", period_number=1)
        assert done == 1
        final = Appraisal.objects.get(pk=appraisal.pk)
        assert final.status == "final"
        assert CoachingPlan.objects.filter(appraisal=final).exists()
        objection = appraisal_services.file_objection(actor=actor_of(world.users.own), appraisal=final,
                                                      reason="Ada bukti yang belum dinilai.")
        assert objection.reviewer_id == world.agency_head.pk
        decided = appraisal_services.decide_objection(
            actor=actor_of(world.users.agency_head), objection=objection, upheld=True,
            decision="Bukti tambahan diterima.", result_rating="SESUAI", behaviour_rating="SESUAI")
        assert decided.status == Objection.Status.UPHELD
        assert Appraisal.objects.get(pk=appraisal.pk).predikat == "B"


def test_curve_blocks_finalising(world, plans):
    with within(world.gov):
        appraisal = _open(world, plans)
        appraisal_services.rate(actor=actor_of(world.users.supervisor), appraisal=appraisal,
                                result_rating="ATAS", result_reason="Melampaui target.",
                                behaviour_rating="ATAS", behaviour_reason="Teladan.")
        year = timezone.localdate().year
        # Sangat Kurang allows no Sangat Baik at all.
        appraisal_services.set_unit_predikat(actor=actor_of(world.users.hr_admin), unit=world.unit,
                                             year=year, period_kind="annual", period_number=1,
                                             org_predikat="SK")
        with pytest.raises(Conflict):
            appraisal_services.finalise_unit(actor=actor_of(world.users.supervisor), unit=world.unit,
                                             year=year, period_kind="annual", period_number=1)
        assert Appraisal.objects.get(pk=appraisal.pk).status == "rated"


def test_compute_period_opens_fixes_realisation_and_predikat(world, plans):
    import uuid

    from abdi.performance.models import PeriodRealisation
    from abdi.performance.rules import period_of
    from abdi.performance.services import activities as activity_services
    from abdi.performance.services import period as period_services

    with within(world.gov):
        today = timezone.localdate()
        entry, _created = activity_services.record_activity(
            actor=actor_of(world.users.own), indicator=plans.own.output, client_key=uuid.uuid4(),
            values={"date": today, "description": "Laporan kunjungan", "quantity": "3", "minutes": "60"})
        activity_services.approve_activity(actor=actor_of(world.users.supervisor), activity=entry)
        period = period_of(today, "monthly")
        with pytest.raises(Forbidden):
            period_services.compute_period(actor=actor_of(world.users.supervisor), instansi_id=world.gov.pk,
                                           year=period.year, period_kind="monthly",
                                           period_number=period.number)
        summary = period_services.compute_period(
            actor=actor_of(world.users.hr_admin), instansi_id=world.gov.pk, year=period.year,
            period_kind="monthly", period_number=period.number)
        # The approved plans (supervisor, employee; the agency head's is a draft) get one each.
        assert summary.opened == 2
        appraisal = Appraisal.objects.get(skp=plans.own.skp, period_kind="monthly",
                                          period_number=period.number)
        assert appraisal.unit_id == world.unit.pk
        assert PeriodRealisation.objects.get(appraisal=appraisal, indicator=plans.own.output).value == 3
        appraisal_services.rate(actor=actor_of(world.users.supervisor), appraisal=appraisal,
                                result_rating="ATAS", result_reason="Melampaui target.",
                                behaviour_rating="SESUAI", behaviour_reason="Baik.")
        Appraisal.objects.filter(pk=appraisal.pk).update(predikat="")
        again = period_services.compute_period(
            actor=actor_of(world.users.hr_admin), instansi_id=world.gov.pk, year=period.year,
            period_kind="monthly", period_number=period.number)
        assert again.opened == 0
        assert again.predikat_set == 1
        assert Appraisal.objects.get(pk=appraisal.pk).predikat == "B"
        assert PeriodRealisation.objects.filter(appraisal=appraisal).count() == 1
