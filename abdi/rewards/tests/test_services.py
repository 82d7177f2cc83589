"""Reward services: nominating (pre-filter, duplicates, bad input), deciding (one gate, stale
versions), past awards, settings and kinds, the employee's consent. A refusal changes nothing."""

from datetime import date

import pytest
from django.db import transaction
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.rewards.models import Award, AwardKind, Nomination, RecognitionConsent, RewardSettings
from abdi.rewards.services import awards, nominations, settings
from abdi.tenancy.scoping import within

from .factories import annual_predikat, default_kinds

REASON = "Memimpin digitalisasi layanan sekolah dasar se-kota."


def actor(user):
    return Actor.for_user(user)


@pytest.fixture
def setup(world, register):
    with within(world.gov):
        kinds = default_kinds(world.gov)
        annual_predikat(world.own, 2025, "SB")
        annual_predikat(world.peer, 2025, "B")
    return kinds


def _nominate(world, kinds, user=None, employee=None, **kw):
    values = {"kind": kinds["prioritas-pengembangan"], "year": 2026, "reason": REASON} | kw
    return nominations.nominate(actor=actor(user or world.users.supervisor),
                                employee=employee or world.own, **values)


def test_a_supervisor_nominates_a_sangat_baik_employee(world, setup):
    with within(world.gov):
        nomination = _nominate(world, setup)
        assert nomination.status == "proposed"
        assert nomination.nominated_by == world.users.supervisor
        assert AuditEntry.objects.filter(object_type="rewards.nomination").count() == 1


@pytest.mark.parametrize(("values", "field"), [
    ({"year": "abc"}, "year"), ({"year": "\u00b2\u00b2\u00b2\u00b2"}, "year"),
    ({"year": "1800"}, "year"), ({"year": "99999999999999999999"}, "year"),
    ({"reason": "pendek"}, "reason"), ({"reason": "x" * 4001}, "reason"),
    ({"evidence": "x" * 4001}, "evidence"), ({"kind": None}, "kind"),
])
def test_bad_input_is_refused_with_a_message(world, setup, values, field):
    with within(world.gov), pytest.raises(DomainError) as refused:
        _nominate(world, setup, **values)
    assert refused.value.field == field
    assert str(refused.value.message)
    with within(world.gov):
        assert not Nomination.objects.exists()


def test_the_prefilter_refuses_who_does_not_qualify(world, setup, register):
    with within(world.gov):
        with pytest.raises(DomainError, match="does not meet"):
            _nominate(world, setup, employee=world.peer)  # B, SB needed
        register[world.own.pk] = [(date(2026, 2, 1), "berat")]
        with pytest.raises(DomainError, match="does not meet"):
            _nominate(world, setup)
        assert not Nomination.objects.exists()


def test_a_duplicate_open_nomination_is_refused(world, setup):
    with within(world.gov):
        _nominate(world, setup)
        with pytest.raises(Conflict, match="already has an open"):
            _nominate(world, setup, user=world.users.hr_admin)
        assert Nomination.objects.count() == 1
        _nominate(world, setup, year=2025)  # another year is another nomination


def test_a_race_past_the_check_meets_the_constraint(world, setup, monkeypatch):
    with within(world.gov):
        _nominate(world, setup)
        monkeypatch.setattr("abdi.rewards.queries.open_nomination_exists", lambda *a: False)
        with transaction.atomic(), pytest.raises(Conflict):
            _nominate(world, setup, user=world.users.hr_admin)
        assert Nomination.objects.count() == 1


def test_approval_writes_the_award_and_a_second_decision_conflicts(world, setup):
    with within(world.gov):
        nomination = _nominate(world, setup)
        decided = nominations.decide(actor=actor(world.users.hr_admin), nomination=nomination,
                                     decision="approve", version=1, sk_number="800/12/2026",
                                     sk_date="2026-11-30")
        assert decided.status == "approved"
        assert decided.version == 2
        award = Award.objects.get(nomination=decided)
        assert (award.year, award.sk_number, award.sk_date) == (2026, "800/12/2026", date(2026, 11, 30))
        with pytest.raises(Conflict):  # the page read version 1: someone decided meanwhile
            nominations.decide(actor=actor(world.users.leader), nomination=nomination,
                               decision="reject", reason="Tidak memenuhi syarat.", version=1)
        with pytest.raises(Conflict, match="decided already"):
            nominations.decide(actor=actor(world.users.leader), nomination=nomination,
                               decision="reject", reason="Tidak memenuhi syarat.", version=2)
        assert Award.objects.count() == 1


@pytest.mark.parametrize(("values", "error"), [
    ({"decision": "reject", "reason": ""}, DomainError),  # a rejection says why
    ({"decision": "maybe"}, DomainError),
    ({"decision": "approve", "version": "x"}, DomainError),
    ({"decision": "approve", "sk_date": "31-12-2026"}, DomainError),
    ({"decision": "approve", "sk_number": "x" * 81}, DomainError),
])
def test_bad_decisions_change_nothing(world, setup, values, error):
    with within(world.gov):
        nomination = _nominate(world, setup)
        with transaction.atomic(), pytest.raises(error):
            nominations.decide(actor=actor(world.users.hr_admin), nomination=nomination,
                               **({"version": 1} | values))
        nomination.refresh_from_db()
        assert nomination.status == "proposed"
        assert nomination.version == 1
        assert not Award.objects.exists()


def test_record_a_past_award_and_refuse_a_second_slks_class(world, setup):
    hr = actor(world.users.hr_admin)
    with within(world.gov):
        awards.record_award(actor=hr, employee=world.own, kind=setup["slks-x"], year="2025",
                            sk_number="Keppres 12/TK/2025", sk_date="2025-08-17")
        with pytest.raises(Conflict):
            awards.record_award(actor=hr, employee=world.own, kind=setup["slks-x"], year="2024")
        for bad in ({"year": "2999"}, {"sk_date": "2025-02-30"}, {"sk_date": "2999-01-01"}):
            with pytest.raises(DomainError):
                awards.record_award(actor=hr, employee=world.own, kind=setup["acara-resmi"],
                                    **({"year": "2025"} | bad))
        with pytest.raises(DomainError):
            awards.record_award(actor=hr, employee=None, kind=setup["slks-x"], year="2025")
        assert Award.objects.count() == 1


def test_only_direct_entries_are_removed(world, setup):
    hr = actor(world.users.hr_admin)
    with within(world.gov):
        direct = awards.record_award(actor=hr, employee=world.own, kind=setup["acara-resmi"], year=2024)
        nomination = _nominate(world, setup)
        nominations.decide(actor=hr, nomination=nomination, decision="approve", version=1)
        with pytest.raises(Conflict):
            awards.delete_award(actor=hr, award=Award.objects.get(nomination=nomination))
        awards.delete_award(actor=hr, award=direct)
        assert Award.objects.count() == 1


def test_consent_is_the_employees_own(world, setup):
    with within(world.gov):
        with pytest.raises(Forbidden):
            awards.set_consent(actor=actor(world.users.hr_admin), employee=world.own, public="1")
        assert not RecognitionConsent.objects.exists()
        assert awards.set_consent(actor=actor(world.users.own), employee=world.own, public="1").public
        assert not awards.set_consent(actor=actor(world.users.own), employee=world.own, public="0").public


def test_settings_with_a_stale_version_conflict(world, setup):
    hr = actor(world.users.hr_admin)
    with within(world.gov):
        settings.update_settings(actor=hr, instansi_id=world.gov.pk, public_page_enabled="on",
                                 cltn_rule="not_counted", require_previous_class="", version="1")
        with pytest.raises(Conflict):
            settings.update_settings(actor=hr, instansi_id=world.gov.pk, public_page_enabled="",
                                     cltn_rule="disqualifies", require_previous_class="", version="1")
        with pytest.raises(DomainError):
            settings.update_settings(actor=hr, instansi_id=world.gov.pk, public_page_enabled="",
                                     cltn_rule="sometimes", require_previous_class="", version="2")
        stored = RewardSettings.objects.get()
        assert (stored.public_page_enabled, stored.cltn_rule, stored.version) == (True, "not_counted", 2)


def test_local_kinds_and_thresholds_are_data(world, setup):
    hr = actor(world.users.hr_admin)
    with within(world.gov):
        teladan = settings.add_kind(actor=hr, instansi_id=world.gov.pk, values={
            "code": "asn-teladan", "name": "ASN Teladan", "predikat_minimum": "SB", "predikat_years": "2",
            "best_performer": "on"})
        assert teladan.form == "local"
        assert teladan.predikat_years == 2
        for bad in ({"code": "ASN Teladan!"}, {"code": "asn-teladan"},
                    {"code": "x1", "predikat_minimum": "Z"}, {"code": "x2", "predikat_years": "9"},
                    {"code": "x3", "name": ""}):
            with pytest.raises(DomainError):
                settings.add_kind(actor=hr, instansi_id=world.gov.pk,
                                  values={"name": "Pegawai Inspiratif"} | bad)
        kind = setup["prioritas-pengembangan"]
        kind = settings.update_kind(actor=hr, kind=kind, values={"name": kind.name, "predikat_minimum": "B",
                                                          "predikat_years": "1", "is_active": "on",
                                                          "version": "1"})
        _nominate(world, setup, employee=world.peer, kind=kind)  # B now qualifies in this government
        assert AwardKind.objects.filter(code__startswith="x").count() == 0


def test_defaults_are_copied_once(world):
    with scopes_disabled():
        settings.ensure_defaults(world.gov.pk)
        settings.ensure_defaults(world.gov.pk)
        assert AwardKind.objects.filter(instansi=world.gov).count() == len(settings.DEFAULT_KINDS)
        assert not AwardKind.objects.filter(instansi=world.other_gov).exists()
