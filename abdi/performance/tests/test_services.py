"""Writing SKPs, activities, feedback and settings: the workflow gate, validation, conflicts,
permissions and the audit trail.

Every refused call must leave the database exactly as it was and write no audit entry
(`refused`); every successful write records its audit entry with the actor and the IP
(`audited`). Dates are relative to the government's today; tests whose dates may cross New
Year build the plans of the year the date falls in.
"""

import datetime
import itertools
import re
import uuid
from contextlib import contextmanager
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.accounts.tests.factories import UserFactory
from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.org.models import ActingAssignment
from abdi.org.tests.factories import PositionFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.performance import services
from abdi.performance.models import (
    Activity,
    PerformanceSettings,
    Skp,
    SkpEvent,
    SkpIndicator,
    SkpResult,
)
from abdi.performance.rules import activity as activity_rules
from abdi.performance.rules.workflow import SkpAction, SkpStatus
from abdi.tenancy.scoping import within

from .conftest import actor_of, make_plan

IP = "198.51.100.7"  # the address actor_of gives every actor

# Refusals asserted more than once.
NOT_ATASANS = "The linked result must belong to your atasan's SKP of the same year."
OWNER_REPORTS_OUTCOME = "Only the employee reports realisation on their approved SKP."
OWNER_REPORTS = "Activities are reported by the employee, on their approved SKP."
OUTCOME_INDICATOR = "This is an outcome indicator: report its measured value instead."
ATASAN_FEEDS_BACK = "Only the employee's atasan gives feedback on their work."


# --- helpers --------------------------------------------------------------------------------


def _state():
    """Everything a refused write must leave untouched: every row of the performance app
    (plans, activities, feedback, settings, notifications...), acting assignments, audit."""
    models = [*apps.get_app_config("performance").get_models(), ActingAssignment, AuditEntry]
    with scopes_disabled():
        return {model.__name__: list(model.objects.order_by("pk").values()) for model in models}


@contextmanager
def refused(error=DomainError, message=None, *, exact=True):
    """The call raises `error` (exactly that class), changes nothing and audits nothing."""
    before = _state()
    with pytest.raises(error) as info:
        yield info
    if exact:
        assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    if message is not None:
        assert str(info.value) == message
    assert _state() == before


def _mark() -> int:
    with scopes_disabled():
        last = AuditEntry.objects.order_by("-pk").first()
    return last.pk if last else 0


def audited(since, user, count=1):
    """The entries written since `since`: exactly `count`, each by `user` from IP."""
    with scopes_disabled():
        entries = list(AuditEntry.objects.filter(pk__gt=since).order_by("pk"))
    assert len(entries) == count, [(e.action, e.object_type) for e in entries]
    for entry in entries:
        assert entry.actor_id == user.pk
        assert entry.ip == IP
    return entries


def _today(world):
    with within(world.gov):
        return timezone.localdate()


def _days(n):
    return datetime.timedelta(days=n)


def _chain(world, year):
    """Approved plans of that year: agency head (draft, JPT) -> supervisor -> own."""
    with within(world.gov):
        head = make_plan(world.users.agency_head, world.agency_head, year=year)
        supervisor = make_plan(world.users.supervisor, world.supervisor, year=year,
                               parent=head.result, approve_as=world.users.agency_head)
        own = make_plan(world.users.own, world.own, year=year, parent=supervisor.result,
                        approve_as=world.users.supervisor)
    return SimpleNamespace(head=head, supervisor=supervisor, own=own)


def _fresh(model, obj):
    with scopes_disabled():
        return model.objects.get(pk=obj.pk)


def _actor(world, persona):
    if persona == "anonymous":
        return Actor.anonymous(ip=IP)
    return actor_of(getattr(world.users, persona))


@pytest.fixture
def peer_user(world):
    with scopes_disabled():
        world.users.peer = UserFactory(username=world.peer.nip, instansi=world.gov,
                                       employee=world.peer, display_name=world.peer.name)
    return world.users.peer


@pytest.fixture
def draft(world, plans, peer_user):
    """The peer's complete draft plan, linked to the supervisor's approved result."""
    with within(world.gov):
        return make_plan(peer_user, world.peer, parent=plans.supervisor.result)


ACTIVITY = {"description": "Menyusun laporan pembinaan", "quantity": "2", "minutes": "90"}


def _report(world, indicator, *, user=None, day=None, evidence=None, client_key=None, **values):
    """record_activity as the employee (default: own), inside the government's scope."""
    with within(world.gov):
        return services.record_activity(
            actor=actor_of(user or world.users.own), indicator=indicator,
            values={"date": day or timezone.localdate()} | ACTIVITY | values,
            client_key=client_key, evidence=evidence)


# --- create_skp ---------------------------------------------------------------------------------


def test_create_skp_makes_a_draft_with_the_seven_values_and_one_audit_entry(world, peer_user):
    since = _mark()
    with within(world.gov):
        year = timezone.localdate().year
        skp = services.create_skp(actor=actor_of(world.users.hr_admin), employee=world.peer,
                                  year=year)
        assert (skp.status, skp.kind, skp.revision, skp.year) == ("draft", "NON_JPT", 1, year)
        assert skp.appraiser_id == world.supervisor.pk
        assert skp.unit_id == world.unit.pk
        assert sorted(skp.behaviours.values_list("value_number", flat=True)) == list(range(1, 8))
    (entry,) = audited(since, world.users.hr_admin)
    assert (entry.action, entry.object_type, entry.object_id) == ("create", "performance.skp",
                                                                  str(skp.pk))
    assert entry.employee_id == world.peer.pk
    assert entry.changes["year"] == [None, year]


def test_the_agency_heads_plan_is_jpt_without_an_appraiser_inside_the_government(world):
    with within(world.gov):
        skp = services.create_skp(actor=actor_of(world.users.agency_head), employee=world.agency_head,
                                  year=timezone.localdate().year)
    assert (skp.kind, skp.appraiser_id) == ("JPT", None)


def test_create_skp_twice_is_a_conflict(world):
    with within(world.gov):
        year = timezone.localdate().year
        services.create_skp(actor=actor_of(world.users.own), employee=world.own, year=year)
        for user in (world.users.own, world.users.hr_admin):
            with refused(Conflict, f"This employee already has an SKP for {year}."):
                services.create_skp(actor=actor_of(user), employee=world.own, year=year)


@pytest.mark.parametrize("offset", [-1, 0, 1])
def test_create_skp_for_last_this_or_next_year(world, offset):
    with within(world.gov):
        year = timezone.localdate().year + offset
        skp = services.create_skp(actor=actor_of(world.users.own), employee=world.own, year=year)
    assert skp.year == year


@pytest.mark.parametrize("offset", [-2, 2, 50])
def test_create_skp_refuses_years_far_away(world, offset):
    with within(world.gov):
        year = timezone.localdate().year + offset
        with refused(DomainError, "An SKP can be made for last year, this year or next year only."):
            services.create_skp(actor=actor_of(world.users.own), employee=world.own, year=year)


@pytest.mark.parametrize("status", ["pensiun", "berhenti", "meninggal", "pindah"])
def test_create_skp_refuses_an_employee_out_of_service(world, status):
    with scopes_disabled():
        retired = EmployeeFactory(position=PositionFactory(unit=world.unit), name="Purna Bakti",
                                  status=status)
    with within(world.gov), refused(DomainError, "This employee is not in active service."):
        services.create_skp(actor=actor_of(world.users.hr_admin), employee=retired,
                            year=timezone.localdate().year)


def test_create_skp_refuses_an_unknown_approach(world):
    with within(world.gov), refused(DomainError, "Unknown approach."):
        services.create_skp(actor=actor_of(world.users.own), employee=world.own,
                            year=timezone.localdate().year, approach="KIRA_KIRA")


@pytest.mark.parametrize("persona", ["supervisor", "agency_head", "other_unit", "leader",
                                     "other_gov", "operator", "anonymous"])
def test_create_skp_for_someone_else_is_forbidden(world, persona):
    with within(world.gov), refused(Forbidden, "You may not make an SKP for this employee."):
        services.create_skp(actor=_actor(world, persona), employee=world.own,
                            year=timezone.localdate().year)


# --- filling the plan ------------------------------------------------------------------------


def _other_years_result(world, plans):
    """A result of the supervisor's plan for next year."""
    with within(world.gov):
        actor = actor_of(world.users.supervisor)
        skp = services.create_skp(actor=actor, employee=world.supervisor, year=plans.today.year + 1)
        return services.add_result(actor=actor, skp=skp, values={"category": "TAMBAHAN",
                                                                 "text": "Tahun depan"})


@pytest.mark.parametrize("parent", ["own_result", "head_result", "next_year_result", "nonsense",
                                    "missing"])
def test_the_linked_result_must_be_the_current_atasans_of_the_same_year(world, plans, draft, parent):
    parent_id = {
        "own_result": lambda: plans.own.result.pk,        # a colleague's result
        "head_result": lambda: plans.head.result.pk,      # the atasan's atasan
        "next_year_result": lambda: _other_years_result(world, plans).pk,
        "nonsense": lambda: "abc",
        "missing": lambda: 999999,
    }[parent]()
    with within(world.gov), refused(DomainError) as info:
        services.add_result(actor=actor_of(world.users.peer), skp=draft.skp,
                            values={"text": "Hasil", "parent": parent_id})
    assert info.value.field == "parent"
    assert str(info.value) in (NOT_ATASANS,
                               "Choose a result of the atasan's SKP.")


def test_the_atasans_result_of_the_same_year_is_accepted(world, plans, draft):
    with within(world.gov):
        result = services.add_result(actor=actor_of(world.users.peer), skp=draft.skp,
                                     values={"text": "Hasil kedua",
                                             "parent": plans.supervisor.result.pk})
    assert result.parent_id == plans.supervisor.result.pk


def test_the_plt_of_today_is_the_atasan_whose_results_may_be_linked(world, plans, draft):
    """With a Plt acting for the supervisor, the supervisor's results are no longer the atasan's."""
    today = _today(world)
    with scopes_disabled():
        plt = EmployeeFactory(position=PositionFactory(unit=world.sibling_unit), name="Plt Kabid")
        ActingAssignment.objects.create(instansi=world.gov, kind="plt", position=world.supervisor.position,
                                        employee=plt, start=today, end=today)
    with within(world.gov), refused(DomainError, NOT_ATASANS):
        services.add_result(actor=actor_of(world.users.peer), skp=draft.skp,
                            values={"text": "Hasil", "parent": plans.supervisor.result.pk})


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"text": ""}, None, "Planned result is required."),
    ({"text": "x" * 501}, None, "Planned result is too long (at most 500 characters)."),
    ({"text": "Hasil", "category": "LAINNYA"}, "category", "Unknown category."),
    ({"text": "Hasil", "perspective": "XX"}, "perspective", "Unknown perspektif."),
])
def test_add_result_validates(world, draft, values, field, message):
    with within(world.gov), refused(DomainError, message) as info:
        services.add_result(actor=actor_of(world.users.peer), skp=draft.skp, values=values)
    assert info.value.field == field


@pytest.mark.parametrize(("values", "message"), [
    ({"target_value": "abc"}, "The target must be a number."),
    ({"target_value": "-1"}, "The target must be a number from 0 up."),
    ({"target_value": "NaN"}, "The target must be a number from 0 up."),
    ({"target_value": "1e20"}, "The target must be a number from 0 up."),
    ({"kind": "impact"}, "Unknown indicator kind."),
    ({"aspect": "MUTU"}, "Unknown aspek."),
    ({"text": ""}, "Indicator is required."),
    ({"target_unit": ""}, "Unit of the target is required."),
])
def test_add_indicator_validates(world, draft, values, message):
    base = {"kind": "output", "aspect": "KUANTITAS", "text": "Dokumen", "target_value": "4",
            "target_unit": "dokumen"}
    with within(world.gov), refused(DomainError, message):
        services.add_indicator(actor=actor_of(world.users.peer), result=draft.result,
                               values=base | values)


EDITS = {
    "add_result": lambda w, d: services.add_result(
        actor=actor_of(w.users.peer), skp=d.skp, values={"category": "TAMBAHAN", "text": "Tambahan"}),
    "update_result": lambda w, d: services.update_result(
        actor=actor_of(w.users.peer), result=d.result,
        values={"category": "UTAMA", "text": "Hasil diubah", "parent": d.result.parent_id}),
    "delete_result": lambda w, d: services.delete_result(
        actor=actor_of(w.users.peer), result=services.add_result(
            actor=actor_of(w.users.peer), skp=d.skp, values={"category": "TAMBAHAN", "text": "Sementara"})),
    "add_indicator": lambda w, d: services.add_indicator(
        actor=actor_of(w.users.peer), result=d.result,
        values={"aspect": "WAKTU", "text": "Tepat waktu", "target_value": "12", "target_unit": "bulan"}),
    "update_indicator": lambda w, d: services.update_indicator(
        actor=actor_of(w.users.peer), indicator=d.output,
        values={"aspect": "KUANTITAS", "text": "Laporan", "target_value": "10", "target_unit": "laporan"}),
    "delete_indicator": lambda w, d: services.delete_indicator(
        actor=actor_of(w.users.peer), indicator=d.outcome),
    "set_lampiran": lambda w, d: services.set_lampiran(
        actor=actor_of(w.users.peer), skp=d.skp, kind="DUKUNGAN_SD", lines=["PC", " printer ", ""]),
}
# delete_result first adds the result it deletes: two entries.
EDIT_AUDITS = {"delete_result": 2}


@pytest.mark.parametrize("edit", list(EDITS))
def test_the_owner_edits_a_draft_with_one_audit_entry_and_a_new_version(world, draft, edit):
    with within(world.gov):
        version = _fresh(Skp, draft.skp).version
        since = _mark()
        EDITS[edit](world, draft)
        assert _fresh(Skp, draft.skp).version > version
    audited(since, world.users.peer, EDIT_AUDITS.get(edit, 1))


def test_set_lampiran_replaces_the_list_without_empty_lines(world, draft):
    with within(world.gov):
        EDITS["set_lampiran"](world, draft)
        services.set_lampiran(actor=actor_of(world.users.peer), skp=draft.skp, kind="DUKUNGAN_SD",
                              lines=["Laptop", "Scanner"])
        assert list(draft.skp.lampiran.values_list("text", flat=True)) == ["Laptop", "Scanner"]


@pytest.mark.parametrize(("status", "label"), [("approved", "Approved"), ("submitted", "Submitted")])
@pytest.mark.parametrize("edit", list(EDITS))
def test_a_submitted_or_approved_plan_is_frozen(world, draft, edit, status, label):
    with within(world.gov):
        Skp.objects.filter(pk=draft.skp.pk).update(status=status)
        draft.skp.refresh_from_db()
        if edit == "delete_result":  # the result to delete exists already
            with scopes_disabled():
                extra = SkpResult.objects.create(instansi=world.gov, skp=draft.skp, text="Lama",
                                                 category="TAMBAHAN")
            call = lambda: services.delete_result(actor=actor_of(world.users.peer), result=extra)  # noqa: E731
        else:
            call = lambda: EDITS[edit](world, draft)  # noqa: E731
        with refused(Forbidden, f"This SKP is {label} and can no longer be changed."):
            call()


@pytest.mark.parametrize("persona", ["supervisor", "agency_head", "hr_admin", "agency_admin",
                                     "own", "other_gov", "anonymous"])
@pytest.mark.parametrize("edit", ["add_result", "update_indicator", "set_lampiran", "delete_indicator"])
def test_only_the_owner_edits_the_plan(world, draft, persona, edit):
    actor = _actor(world, persona)
    calls = {
        "add_result": lambda: services.add_result(actor=actor, skp=draft.skp,
                                                  values={"category": "TAMBAHAN", "text": "Sisipan"}),
        "update_indicator": lambda: services.update_indicator(
            actor=actor, indicator=draft.output,
            values={"aspect": "KUANTITAS", "text": "X", "target_value": "1", "target_unit": "x"}),
        "set_lampiran": lambda: services.set_lampiran(actor=actor, skp=draft.skp,
                                                      kind="KONSEKUENSI", lines=["Teguran"]),
        "delete_indicator": lambda: services.delete_indicator(actor=actor, indicator=draft.outcome),
    }
    with within(world.gov), refused(Forbidden, "Only the employee may change their own SKP."):
        calls[edit]()


def test_results_and_indicators_with_activities_cannot_be_deleted_after_an_amendment(world, plans):
    _report(world, plans.own.output)
    with within(world.gov):
        own = actor_of(world.users.own)
        skp = services.move_skp(actor=own, skp=plans.own.skp, action="amend", note="Target berubah")
        assert skp.status == "draft"
        with refused(Conflict, "Activities were reported on this indicator; it cannot be deleted."):
            services.delete_indicator(actor=own, indicator=plans.own.output)
        with refused(Conflict, "Activities were reported on this result; it cannot be deleted."):
            services.delete_result(actor=own, result=plans.own.result)


# --- ekspektasi khusus pimpinan ----------------------------------------------------------------


def test_the_atasan_sets_an_expectation_before_approval(world, draft):
    with within(world.gov):
        skp = services.move_skp(actor=actor_of(world.users.peer), skp=draft.skp, action="submit")
        since = _mark()
        behaviour = services.set_expectation(actor=actor_of(world.users.supervisor), skp=skp,
                                             value_number=3, text="Mengikuti pelatihan teknis")
        assert behaviour.expectation == "Mengikuti pelatihan teknis"
    audited(since, world.users.supervisor)


@pytest.mark.parametrize(("persona", "status"), [
    ("supervisor", "approved"), ("peer", "draft"), ("agency_head", "submitted"),
    ("hr_admin", "submitted"), ("anonymous", "submitted"),
])
def test_expectations_are_refused_to_others_and_after_approval(world, draft, persona, status):
    with within(world.gov):
        Skp.objects.filter(pk=draft.skp.pk).update(status=status)
        draft.skp.refresh_from_db()
        with refused(Forbidden,
                     "Only the employee's atasan sets the expected behaviour, before approval."):
            services.set_expectation(actor=_actor(world, persona), skp=draft.skp, value_number=1,
                                     text="Ramah")


def test_an_unknown_berakhlak_value_is_refused(world, draft):
    with within(world.gov), refused(DomainError, "Unknown BerAKHLAK value."):
        services.set_expectation(actor=actor_of(world.users.supervisor), skp=draft.skp,
                                 value_number=8, text="Ramah")


# --- the workflow gate: every (state, action) through move_skp ------------------------------------

SKP_MOVES = {
    ("draft", "submit"): "submitted", ("returned", "submit"): "submitted",
    ("submitted", "approve"): "approved", ("submitted", "return"): "returned",
    ("approved", "amend"): "draft",
}
MOVER = {"submit": "own", "amend": "own", "approve": "supervisor", "return": "supervisor"}


@pytest.mark.parametrize(("status", "action"), [
    pytest.param(s.value, a.value, id=f"{s}-{a}") for s, a in itertools.product(SkpStatus, SkpAction)
])
def test_every_state_and_action_through_the_gate(world, plans, status, action):
    mover = getattr(world.users, MOVER[action])
    with within(world.gov):
        Skp.objects.filter(pk=plans.own.skp.pk).update(status=status)
        skp = Skp.objects.get(pk=plans.own.skp.pk)
        target = SKP_MOVES.get((status, action))
        if target is None:
            label = str(Skp.STATUS_LABELS[SkpStatus(status)])
            with refused(Conflict, f"An SKP that is {label} cannot be moved this way."):
                services.move_skp(actor=actor_of(mover), skp=skp, action=action, note="Catatan")
            return
        since = _mark()
        events = SkpEvent.objects.filter(skp=skp).count()
        moved = services.move_skp(actor=actor_of(mover), skp=skp, action=action, note="Catatan")
        assert moved.status == target
        assert _fresh(Skp, skp).status == target
        assert _fresh(Skp, skp).version == skp.version + 1
        assert SkpEvent.objects.filter(skp=skp).count() == events + 1
        event = SkpEvent.objects.filter(skp=skp).latest("id")
    assert (event.action, event.from_status, event.to_status) == (action, status, target)
    assert event.actor_id == mover.employee_id
    (entry,) = audited(since, mover)
    assert entry.changes["status"] == [status, target]


@pytest.mark.parametrize(("action", "persona"), [
    *[("submit", p) for p in ("supervisor", "agency_head", "hr_admin", "agency_admin", "peer",
                              "other_gov", "anonymous")],
    *[("amend", p) for p in ("supervisor", "agency_head", "hr_admin", "leader", "anonymous")],
    *[("approve", p) for p in ("own", "agency_head", "hr_admin", "agency_admin", "leader", "peer",
                               "other_unit", "other_gov", "anonymous")],
    *[("return", p) for p in ("own", "agency_head", "hr_admin", "peer", "anonymous")],
])
def test_moves_by_the_wrong_person_are_forbidden(world, plans, peer_user, action, persona):
    ready = {"submit": "draft", "amend": "approved", "approve": "submitted", "return": "submitted"}
    with within(world.gov):
        Skp.objects.filter(pk=plans.own.skp.pk).update(status=ready[action])
        skp = Skp.objects.get(pk=plans.own.skp.pk)
        with refused(Forbidden, "You may not do this to this SKP."):
            services.move_skp(actor=_actor(world, persona), skp=skp, action=action, note="Catatan")


def test_nobody_approves_their_own_plan(world, plans):
    """The supervisor's own plan goes to the agency head; the supervisor cannot approve it."""
    with within(world.gov):
        Skp.objects.filter(pk=plans.supervisor.skp.pk).update(status="submitted")
        skp = Skp.objects.get(pk=plans.supervisor.skp.pk)
        with refused(Forbidden):
            services.move_skp(actor=actor_of(world.users.supervisor), skp=skp, action="approve")
        services.move_skp(actor=actor_of(world.users.agency_head), skp=skp, action="approve")
        assert _fresh(Skp, skp).status == "approved"


def test_an_unknown_action_is_refused(world, plans):
    with within(world.gov), refused(DomainError, "Unknown action."):
        services.move_skp(actor=actor_of(world.users.own), skp=plans.own.skp, action="delete")


@pytest.mark.parametrize(("setup", "action", "persona"), [
    ("submitted", "return", "supervisor"), ("approved", "amend", "own"),
])
@pytest.mark.parametrize("note", ["", "   "])
def test_return_and_amend_need_a_note(world, plans, setup, action, persona, note):
    with within(world.gov):
        Skp.objects.filter(pk=plans.own.skp.pk).update(status=setup)
        skp = Skp.objects.get(pk=plans.own.skp.pk)
        with refused(DomainError, "Note is required."):
            services.move_skp(actor=_actor(world, persona), skp=skp, action=action, note=note)


def test_a_returned_plan_keeps_the_note_until_it_is_submitted_again(world, draft):
    with within(world.gov):
        skp = services.move_skp(actor=actor_of(world.users.peer), skp=draft.skp, action="submit")
        skp = services.move_skp(actor=actor_of(world.users.supervisor), skp=skp, action="return",
                                note="Target  kurang\nterukur")
        assert (skp.status, _fresh(Skp, skp).return_note) == ("returned", "Target kurang terukur")
        skp = services.move_skp(actor=actor_of(world.users.peer), skp=skp, action="submit")
        assert (skp.status, _fresh(Skp, skp).return_note) == ("submitted", "")
        assert list(SkpEvent.objects.filter(skp=skp).values_list("action", flat=True)) == [
            "submit", "return", "submit"]


def test_submit_records_the_current_atasan_as_appraiser(world, draft):
    today = _today(world)
    with within(world.gov):
        Skp.objects.filter(pk=draft.skp.pk).update(appraiser=None)
    with scopes_disabled():
        ActingAssignment.objects.create(instansi=world.gov, kind="plh", employee=world.own,
                                        position=world.supervisor.position, start=today, end=today)
    with within(world.gov):
        skp = services.move_skp(actor=actor_of(world.users.peer), skp=draft.skp, action="submit")
    assert _fresh(Skp, skp).appraiser_id == world.own.pk
    assert _fresh(Skp, skp).submitted_at is not None


def test_approval_keeps_a_snapshot_of_the_plan(world, draft):
    with within(world.gov):
        skp = services.move_skp(actor=actor_of(world.users.peer), skp=draft.skp, action="submit")
        skp = services.move_skp(actor=actor_of(world.users.supervisor), skp=skp, action="approve")
        event = SkpEvent.objects.filter(skp=skp).latest("id")
    assert _fresh(Skp, skp).approved_at is not None
    assert event.action == "approve"
    assert event.snapshot["revision"] == 1
    assert [r["text"] for r in event.snapshot["results"]] == [draft.result.text]
    assert {i["kind"] for i in event.snapshot["results"][0]["indicators"]} == {"output", "outcome"}
    assert set(event.snapshot["behaviours"]) == {str(n) for n in range(1, 8)}


def test_amend_needs_a_reason_raises_the_revision_and_keeps_a_snapshot(world, plans):
    with within(world.gov):
        since = _mark()
        skp = services.move_skp(actor=actor_of(world.users.own), skp=plans.own.skp, action="amend",
                                note="Perubahan target karena refocusing anggaran")
        fresh = _fresh(Skp, skp)
        event = SkpEvent.objects.filter(skp=skp).latest("id")
    assert (fresh.status, fresh.revision) == ("draft", 2)
    assert fresh.approved_at is not None  # activities may still be reported during the amendment
    assert (event.action, event.from_status, event.to_status, event.revision) == (
        "amend", "approved", "draft", 2)
    assert event.note == "Perubahan target karena refocusing anggaran"
    assert event.actor_id == world.own.pk
    assert event.snapshot["revision"] == 2
    assert [r["id"] for r in event.snapshot["results"]] == [plans.own.result.pk]
    (entry,) = audited(since, world.users.own)
    assert entry.changes["revision"] == [1, 2]


def test_a_stale_version_is_a_conflict(world, draft):
    with within(world.gov):
        seen = _fresh(Skp, draft.skp).version
        EDITS["set_lampiran"](world, draft)  # the plan changes in another tab meanwhile
        with refused(Conflict, "Someone else changed this SKP meanwhile. Reload and try again."):
            services.move_skp(actor=actor_of(world.users.peer), skp=draft.skp, action="submit",
                              expected_version=seen)
        skp = services.move_skp(actor=actor_of(world.users.peer), skp=draft.skp, action="submit",
                                expected_version=seen + 1)
    assert skp.status == "submitted"


# --- what keeps a plan from being submitted ----------------------------------------------------


def _bare_plan(world, user, employee, parent=None):
    with within(world.gov):
        return services.create_skp(actor=actor_of(user), employee=employee,
                                   year=timezone.localdate().year)


def test_a_plan_without_results_cannot_be_submitted(world, plans, peer_user):
    skp = _bare_plan(world, peer_user, world.peer)
    with within(world.gov), refused(DomainError, "Add at least one planned result."):
        services.move_skp(actor=actor_of(peer_user), skp=skp, action="submit")


@pytest.mark.parametrize(("result", "indicator", "message"), [
    pytest.param({"category": "UTAMA"}, {"aspect": "KUANTITAS"},
                 "Main result 1 must support exactly one result of the pejabat penilai's SKP "
                 "(intervensi).", id="main-result-without-parent"),
    pytest.param({"category": "UTAMA", "parent": "supervisor"}, None,
                 "Result 1 needs at least one indicator (IKI).", id="result-without-indicator"),
    pytest.param({"category": "UTAMA", "parent": "supervisor"}, {"aspect": ""},
                 "Indicator 1 of result 1 needs one aspek: Kuantitas, Kualitas, Waktu or Biaya.",
                 id="indicator-without-aspek"),
])
def test_an_incomplete_non_jpt_plan_cannot_be_submitted(world, plans, peer_user, result,
                                                        indicator, message):
    skp = _bare_plan(world, peer_user, world.peer)
    actor = actor_of(peer_user)
    with within(world.gov):
        parent = plans.supervisor.result.pk if result.get("parent") else None
        row = services.add_result(actor=actor, skp=skp, values=result | {"text": "Hasil",
                                                                         "parent": parent})
        if indicator is not None:
            services.add_indicator(actor=actor, result=row, values=indicator | {
                "text": "Dokumen", "target_value": "3", "target_unit": "dokumen"})
        with refused(DomainError, message) as info:
            services.move_skp(actor=actor, skp=skp, action="submit")
    assert info.value.errors["__all__"][0] == message


def test_an_additional_result_needs_no_parent(world, plans, peer_user):
    skp = _bare_plan(world, peer_user, world.peer)
    actor = actor_of(peer_user)
    with within(world.gov):
        row = services.add_result(actor=actor, skp=skp, values={"category": "TAMBAHAN", "text": "Piket"})
        services.add_indicator(actor=actor, result=row, values={
            "aspect": "KUANTITAS", "text": "Jadwal piket", "target_value": "12", "target_unit": "kali"})
        assert services.move_skp(actor=actor, skp=skp, action="submit").status == "submitted"


def test_every_problem_is_listed_when_submitting(world, plans, peer_user):
    skp = _bare_plan(world, peer_user, world.peer)
    actor = actor_of(peer_user)
    with within(world.gov):
        services.add_result(actor=actor, skp=skp, values={"text": "Satu"})
        services.add_result(actor=actor, skp=skp, values={"text": "Dua",
                                                          "parent": plans.supervisor.result.pk})
        with refused(DomainError) as info:
            services.move_skp(actor=actor, skp=skp, action="submit")
    assert info.value.errors["__all__"] == [
        "Main result 1 must support exactly one result of the pejabat penilai's SKP (intervensi).",
        "Result 1 needs at least one indicator (IKI).",
        "Result 2 needs at least one indicator (IKI).",
    ]


def test_a_jpt_plan_needs_a_perspective_on_every_result(world, plans):
    """The agency head is JPT: no parent and no aspek needed, but a perspektif is."""
    actor = actor_of(world.users.agency_head)
    with within(world.gov):
        skp = Skp.objects.get(pk=plans.head.skp.pk)
        assert skp.kind == "JPT"
        row = services.add_result(actor=actor, skp=skp, values={"text": "Tanpa perspektif"})
        services.add_indicator(actor=actor, result=row, values={
            "text": "Indeks", "target_value": "80", "target_unit": "indeks"})
        message = ("Result 2 of a JPT SKP needs a perspektif: Penerima Layanan, Proses Bisnis, "
                   "Penguatan Internal or Anggaran.")
        with refused(DomainError, message):
            services.move_skp(actor=actor, skp=skp, action="submit")
        services.update_result(actor=actor, result=row, values={"text": "Dengan perspektif",
                                                                "perspective": "AG"})
        skp = services.move_skp(actor=actor, skp=skp, action="submit")
    assert (skp.status, skp.appraiser_id) == ("submitted", None)


# --- report_outcome ----------------------------------------------------------------------------


def test_the_employee_reports_an_outcome_value(world, plans):
    since = _mark()
    with within(world.gov):
        indicator = services.report_outcome(actor=actor_of(world.users.own),
                                            indicator=plans.own.outcome, value="87,5",
                                            evidence="Data Dapodik semester 1")
    assert (indicator.realised, indicator.realised_evidence) == (Decimal("87.50"),
                                                                 "Data Dapodik semester 1")
    (entry,) = audited(since, world.users.own)
    assert entry.changes["realised"] == ["0.00", "87.50"]


@pytest.mark.parametrize(("indicator", "value", "evidence", "message"), [
    ("output", "5", "Bukti", "This indicator is counted from validated activities."),
    ("outcome", "abc", "Bukti", "The realisation must be a number."),
    ("outcome", "-1", "Bukti", "The realisation must be a number from 0 up."),
    ("outcome", "Infinity", "Bukti", "The realisation must be a number from 0 up."),
    ("outcome", "80", "  ", "Evidence is required."),
])
def test_report_outcome_validates(world, plans, indicator, value, evidence, message):
    with within(world.gov), refused(DomainError, message):
        services.report_outcome(actor=actor_of(world.users.own),
                                indicator=getattr(plans.own, indicator), value=value,
                                evidence=evidence)


@pytest.mark.parametrize("persona", ["supervisor", "agency_head", "hr_admin", "other_gov", "anonymous"])
def test_only_the_employee_reports_an_outcome(world, plans, persona):
    with within(world.gov), refused(Forbidden, OWNER_REPORTS_OUTCOME):
        services.report_outcome(actor=_actor(world, persona), indicator=plans.own.outcome,
                                value="80", evidence="Bukti")


def test_no_outcome_on_a_plan_never_approved(world, draft):
    with within(world.gov), refused(Forbidden, OWNER_REPORTS_OUTCOME):
        services.report_outcome(actor=actor_of(world.users.peer), indicator=draft.outcome,
                                value="80", evidence="Bukti")


# --- record_activity ---------------------------------------------------------------------------


def test_record_activity_writes_one_waiting_entry_with_its_audit(world, plans):
    since = _mark()
    activity, created = _report(world, plans.own.output, latitude="-6.2", longitude="106.816666",
                                evidence_link="https://drive.example.go.id/laporan")
    assert created
    with within(world.gov):
        fresh = Activity.objects.get(pk=activity.pk)
    assert (fresh.status, fresh.employee_id, fresh.skp_id, fresh.date) == (
        "submitted", world.own.pk, plans.own.skp.pk, plans.today)
    assert (fresh.quantity, fresh.minutes, fresh.is_repeat) == (Decimal("2.00"), 90, False)
    assert (fresh.latitude, fresh.longitude) == (Decimal("-6.200000"), Decimal("106.816666"))
    assert fresh.fingerprint == activity_rules.activity_fingerprint(
        plans.own.output.pk, ACTIVITY["description"])
    (entry,) = audited(since, world.users.own)
    assert (entry.action, entry.object_type, entry.employee_id) == (
        "create", "performance.activity", world.own.pk)


def test_record_activity_is_idempotent_by_client_key(world, plans):
    key = uuid.uuid4()
    since = _mark()
    first, created = _report(world, plans.own.output, client_key=key)
    again, created_again = _report(world, plans.own.output, client_key=key, quantity="3")
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    with scopes_disabled():
        assert Activity.objects.filter(client_key=key).count() == 1
        assert Activity.objects.get(pk=first.pk).quantity == Decimal("2.00")
    audited(since, world.users.own, 1)
    # A new key is a new entry.
    _other, created_third = _report(world, plans.own.output, client_key=uuid.uuid4())
    assert created_third


def test_a_resend_that_would_now_be_refused_still_answers_with_the_first_entry(world, plans):
    """A phone resends what it sent yesterday: its day may have left the window since, or the
    plan been closed; the entry was received, so the answer is the entry, not a refusal."""
    key = uuid.uuid4()
    first, _created = _report(world, plans.own.output, client_key=key)
    again, created = _report(world, plans.own.output, client_key=key, description="",
                             day=timezone.localdate() + datetime.timedelta(days=3))
    assert (again.pk, created) == (first.pk, False)
    with pytest.raises(DomainError):  # without a key it is refused as any bad entry
        _report(world, plans.own.output, description="")


def test_a_client_key_of_another_employee_does_not_reveal_their_entry(world, plans):
    key = uuid.uuid4()
    _report(world, plans.own.output, client_key=key)
    with within(world.gov), refused(Forbidden, OWNER_REPORTS):
        services.record_activity(actor=actor_of(world.users.supervisor),
                                 indicator=plans.own.output, client_key=key,
                                 values={"date": plans.today} | ACTIVITY)


def _earlier(world, plans, *, days_before, description=ACTIVITY["description"], indicator=None,
             employee=None):
    """An entry written on an earlier day (made directly: the window may not reach it)."""
    indicator = indicator or plans.own.output
    with scopes_disabled():
        return Activity.objects.create(
            instansi=world.gov, employee=employee or world.own, skp=plans.own.skp,
            indicator=indicator, date=plans.today - _days(days_before), description=description,
            quantity=1, minutes=30,
            fingerprint=activity_rules.activity_fingerprint(indicator.pk, description))


@pytest.mark.parametrize(("days_before", "description", "expected"), [
    pytest.param(1, ACTIVITY["description"], True, id="yesterday-same-words"),
    pytest.param(1, "MENYUSUN   laporan, pembinaan!", True, id="yesterday-same-words-other-case"),
    pytest.param(activity_rules.REPEAT_LOOKBACK_DAYS, ACTIVITY["description"], True,
                 id="last-day-of-lookback"),
    pytest.param(activity_rules.REPEAT_LOOKBACK_DAYS + 1, ACTIVITY["description"], False,
                 id="before-lookback"),
    pytest.param(0, ACTIVITY["description"], False, id="same-day"),
    pytest.param(1, "Rapat koordinasi bidang", False, id="other-words"),
])
def test_repeat_flag(world, plans, days_before, description, expected):
    _earlier(world, plans, days_before=days_before, description=description)
    activity, _created = _report(world, plans.own.output)
    assert activity.is_repeat is expected
    assert _fresh(Activity, activity).is_repeat is expected


def test_the_same_words_on_another_indicator_or_by_someone_else_are_no_repeat(world, plans):
    with scopes_disabled():
        other = SkpIndicator.objects.create(
            instansi=world.gov, result=plans.own.result, kind="output", aspect="WAKTU",
            text="Laporan tepat waktu", target_value=12, target_unit="laporan")
    _earlier(world, plans, days_before=1, indicator=other)
    _earlier(world, plans, days_before=1, employee=world.peer)
    activity, _created = _report(world, plans.own.output)
    assert activity.is_repeat is False


@pytest.mark.parametrize(("day", "message"), [
    pytest.param(1, "Activities cannot be reported for a day that has not come yet.", id="tomorrow"),
    pytest.param(30, "Activities cannot be reported for a day that has not come yet.", id="next-month"),
    pytest.param(-6, "Activities may be written at most 5 days back.", id="one-day-beyond-window"),
    pytest.param(-100, "Activities may be written at most 5 days back.", id="long-ago"),
])
def test_record_activity_refuses_days_outside_the_window(world, plans, day, message):
    with within(world.gov), refused(DomainError, message) as info:
        services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                 values={"date": plans.today + _days(day)} | ACTIVITY)
    assert info.value.field == "date"


@pytest.mark.parametrize("back", [0, 1, activity_rules.DEFAULT_BACKDATE_DAYS])
def test_record_activity_accepts_days_inside_the_default_window(world, back):
    day = _today(world) - _days(back)
    plans = _chain(world, day.year)
    activity, created = _report(world, plans.own.output, day=day)
    assert created
    assert activity.date == day


def test_a_date_outside_the_year_of_the_plan_is_refused(world):
    plans = _chain(world, _today(world).year + 1)  # next year's plan, reported on today
    with within(world.gov), refused(DomainError, "The date must fall in the year of the SKP."):
        services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                 values={"date": timezone.localdate()} | ACTIVITY)


@pytest.mark.parametrize("value", ["2025-13-01", "kemarin", "", None])
def test_an_invalid_date_is_refused(world, plans, value):
    with within(world.gov), refused(DomainError, "Enter a valid date."):
        services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                 values=ACTIVITY | {"date": value})


def test_the_governments_backdate_setting_is_honoured(world):
    window = 10
    day = _today(world) - _days(window)
    plans = _chain(world, day.year)
    with within(world.gov):
        with refused(DomainError, "Activities may be written at most 5 days back."):
            services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                     values={"date": day} | ACTIVITY)
        services.set_backdate_days(actor=actor_of(world.users.hr_admin), instansi_id=world.gov.pk,
                                   days=window)
        activity, created = services.record_activity(
            actor=actor_of(world.users.own), indicator=plans.own.output,
            values={"date": day} | ACTIVITY)
        assert created
        assert activity.date == day
        with refused(DomainError, "Activities may be written at most 10 days back."):
            services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                     values={"date": day - _days(1)} | ACTIVITY)


def test_a_zero_day_window_allows_today_only(world, plans):
    with within(world.gov):
        services.set_backdate_days(actor=actor_of(world.users.hr_admin), instansi_id=world.gov.pk,
                                   days=0)
        with refused(DomainError, "Activities may be written at most 0 days back."):
            services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                     values={"date": plans.yesterday} | ACTIVITY)
    _activity, created = _report(world, plans.own.output)
    assert created


def test_the_setting_of_one_government_does_not_widen_another(world, plans):
    with scopes_disabled():
        PerformanceSettings.objects.create(instansi=world.other_gov, backdate_days=60)
    with within(world.gov), refused(DomainError, "Activities may be written at most 5 days back."):
        services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                 values={"date": plans.today - _days(6)} | ACTIVITY)


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"description": "   "}, "description", "Describe what was done."),
    ({"description": "x" * 1001}, "description", "The description is too long (at most 1000 characters)."),
    ({"quantity": "0"}, "quantity", "The quantity must be more than 0."),
    ({"quantity": "-2"}, "quantity", "The quantity must be more than 0."),
    ({"quantity": "0.001"}, "quantity", "The quantity must be more than 0."),
    ({"quantity": "100000000"}, "quantity", "The quantity must be more than 0."),
    ({"quantity": "dua"}, "quantity", "The quantity must be a number."),
    ({"quantity": "NaN"}, "quantity", "The quantity must be a number."),
    ({"quantity": None}, "quantity", "The quantity must be a number."),
    ({"minutes": "0"}, "minutes", "The time spent must be between 1 and 1440 minutes."),
    ({"minutes": "1441"}, "minutes", "The time spent must be between 1 and 1440 minutes."),
    ({"minutes": "30.5"}, "minutes", "The time spent must be between 1 and 1440 minutes."),
    ({"minutes": "setengah jam"}, "minutes", "The time spent must be whole minutes."),
    ({"evidence_link": "ftp://files.example.go.id/a"}, "evidence_link",
     "The evidence link must be a web address (http or https)."),
    ({"evidence_link": "javascript:alert(1)"}, "evidence_link",
     "The evidence link must be a web address (http or https)."),
    ({"evidence_link": "https://"}, "evidence_link",
     "The evidence link must be a web address (http or https)."),
    ({"evidence_link": "https://example.go.id/" + "a" * 500}, "evidence_link",
     "The evidence link must be a web address (http or https)."),
    ({"latitude": "-6.2"}, "location", "The location is not valid."),
    ({"longitude": "106.8"}, "location", "The location is not valid."),
    ({"latitude": "91", "longitude": "106.8"}, "location", "The location is not valid."),
    ({"latitude": "-6.2", "longitude": "181"}, "location", "The location is not valid."),
    ({"latitude": "utara", "longitude": "106.8"}, "location", "The location is not valid."),
    ({"latitude": "nan", "longitude": "106.8"}, "location", "The location is not valid."),
])
def test_record_activity_validates_its_values(world, plans, values, field, message):
    with within(world.gov), refused(DomainError, message) as info:
        services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                 values={"date": plans.today} | ACTIVITY | values)
    assert info.value.field == field


@pytest.mark.parametrize(("values", "quantity", "minutes"), [
    ({"quantity": "1,5", "minutes": "1"}, Decimal("1.50"), 1),
    ({"quantity": "0.01", "minutes": "1440"}, Decimal("0.01"), 1440),
    ({"quantity": "99999999", "minutes": "60.0"}, Decimal("99999999.00"), 60),
])
def test_record_activity_accepts_the_edges_of_its_values(world, plans, values, quantity, minutes):
    activity, _created = _report(world, plans.own.output, **values)
    fresh = _fresh(Activity, activity)
    assert (fresh.quantity, fresh.minutes) == (quantity, minutes)


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"


@pytest.mark.parametrize(("name", "content", "message"), [
    pytest.param("bukti.jpg", JPEG + b"0" * activity_rules.MAX_EVIDENCE_BYTES,
                 "The evidence file is too large; the limit is 5 MB.", id="too-big"),
    pytest.param("bukti.jpg", b"GIF89a" + b"0" * 100,
                 "Evidence must be a photo (JPEG or PNG) or a PDF.", id="gif-named-jpg"),
    pytest.param("bukti.pdf", b"<html><script>alert(1)</script></html>",
                 "Evidence must be a photo (JPEG or PNG) or a PDF.", id="html-named-pdf"),
    pytest.param("bukti.png", b"", "Evidence must be a photo (JPEG or PNG) or a PDF.", id="empty"),
])
def test_record_activity_refuses_bad_evidence(world, plans, name, content, message):
    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    with within(world.gov), refused(DomainError, message) as info:
        services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.output,
                                 values={"date": plans.today} | ACTIVITY, evidence=upload)
    assert info.value.field == "evidence"


@pytest.mark.parametrize(("name", "content", "extension"), [
    ("foto.jpeg", JPEG, ".jpg"),
    ("laporan.exe", PDF, ".pdf"),  # the content decides, not the name
    ("batas.jpg", JPEG + b"0" * (activity_rules.MAX_EVIDENCE_BYTES - len(JPEG)), ".jpg"),
])
def test_record_activity_keeps_good_evidence_named_by_its_content(world, plans, name, content,
                                                                  extension):
    upload = SimpleUploadedFile(name, content, content_type="application/octet-stream")
    activity, _created = _report(world, plans.own.output, evidence=upload)
    stored = _fresh(Activity, activity).evidence
    assert stored.name.startswith(f"evidence/{world.gov.pk}/{world.own.pk}/")
    assert stored.name.endswith(extension)
    assert stored.size == len(content)


def test_no_activity_before_the_plan_is_approved(world, draft):
    with within(world.gov), refused(Forbidden, OWNER_REPORTS):
        services.record_activity(actor=actor_of(world.users.peer), indicator=draft.output,
                                 values={"date": timezone.localdate()} | ACTIVITY)


def test_activities_continue_while_an_approved_plan_is_amended(world, plans):
    with within(world.gov):
        services.move_skp(actor=actor_of(world.users.own), skp=plans.own.skp, action="amend",
                          note="Perubahan")
    _activity, created = _report(world, plans.own.output)
    assert created


def test_no_activity_on_an_outcome_indicator(world, plans):
    with within(world.gov), refused(DomainError, OUTCOME_INDICATOR):
        services.record_activity(actor=actor_of(world.users.own), indicator=plans.own.outcome,
                                 values={"date": plans.today} | ACTIVITY)


@pytest.mark.parametrize("persona", ["supervisor", "agency_head", "hr_admin", "agency_admin",
                                     "other_unit", "other_gov", "anonymous"])
def test_only_the_employee_reports_on_their_plan(world, plans, persona):
    with within(world.gov), refused(Forbidden, OWNER_REPORTS):
        services.record_activity(actor=_actor(world, persona), indicator=plans.own.output,
                                 client_key=uuid.uuid4(), values={"date": plans.today} | ACTIVITY)


# --- set_backdate_days --------------------------------------------------------------------------


def test_the_hr_admin_sets_the_backdate_window(world):
    since = _mark()
    with within(world.gov):
        settings = services.set_backdate_days(actor=actor_of(world.users.hr_admin),
                                              instansi_id=world.gov.pk, days="14")
        assert settings.backdate_days == 14
        services.set_backdate_days(actor=actor_of(world.users.hr_admin), instansi_id=world.gov.pk,
                                   days=7)
        assert PerformanceSettings.objects.get().backdate_days == 7
    first, second = audited(since, world.users.hr_admin, 2)
    assert first.changes["backdate_days"][1] == 14
    assert second.changes["backdate_days"] == [14, 7]


@pytest.mark.parametrize("persona", ["own", "supervisor", "agency_head", "agency_admin", "leader",
                                     "other_gov", "operator", "anonymous"])
def test_only_the_hr_admin_sets_the_backdate_window(world, persona):
    with within(world.gov), refused(Forbidden, "Only the BKPSDM admin changes the performance settings."):
        services.set_backdate_days(actor=_actor(world, persona), instansi_id=world.gov.pk,
                                   days=10)


@pytest.mark.parametrize(("days", "message"), [
    (-1, "Between 0 and 60 days."), (61, "Between 0 and 60 days."),
    ("seminggu", "Enter a whole number of days."), (None, "Enter a whole number of days."),
])
def test_the_backdate_window_is_bounded(world, days, message):
    with within(world.gov), refused(DomainError, message):
        services.set_backdate_days(actor=actor_of(world.users.hr_admin),
                                   instansi_id=world.gov.pk, days=days)


def test_an_hr_admin_cannot_set_another_governments_window(world):
    with within(world.gov), refused(Forbidden, "Only the BKPSDM admin changes the performance settings."):
        services.set_backdate_days(actor=actor_of(world.users.hr_admin),
                                   instansi_id=world.other_gov.pk, days=60)


# --- validating activities ----------------------------------------------------------------------


def _realised(indicator):
    return _fresh(SkpIndicator, indicator).realised


def test_approval_adds_the_quantity_to_the_realisation_exactly_once(world, plans):
    activity, _created = _report(world, plans.own.output, quantity="2,5")
    supervisor = actor_of(world.users.supervisor)
    since = _mark()
    with within(world.gov):
        approved = services.approve_activity(actor=supervisor, activity=activity)
        assert (approved.status, approved.validated_by_id) == ("approved", world.supervisor.pk)
        assert _realised(plans.own.output) == Decimal("2.50")
        with refused(Conflict, "This activity was already handled (Approved)."):
            services.approve_activity(actor=supervisor, activity=activity)
        with refused(Conflict, "This activity was already handled (Approved)."):
            services.reject_activity(actor=supervisor, activity=activity, reason="Salah")
    assert _realised(plans.own.output) == Decimal("2.50")
    (entry,) = audited(since, world.users.supervisor)
    assert entry.changes["status"] == ["submitted", "approved"]


def test_the_realisation_sums_every_approved_entry(world, plans):
    first, _c = _report(world, plans.own.output, quantity="2")
    second, _c = _report(world, plans.own.output, quantity="3", description="Rapat")
    third, _c = _report(world, plans.own.output, quantity="7", description="Kunjungan")
    with within(world.gov):
        supervisor = actor_of(world.users.supervisor)
        services.approve_activity(actor=supervisor, activity=first)
        services.approve_activity(actor=supervisor, activity=second)
        services.reject_activity(actor=supervisor, activity=third, reason="Bukan target ini")
    assert _realised(plans.own.output) == Decimal("5.00")
    assert _realised(plans.own.outcome) == Decimal("0.00")


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_a_rejection_needs_a_reason(world, plans, reason):
    activity, _created = _report(world, plans.own.output)
    with within(world.gov), refused(DomainError, "Say why the activity is rejected."):
        services.reject_activity(actor=actor_of(world.users.supervisor), activity=activity,
                                 reason=reason)


def test_rejection_keeps_the_reason_and_leaves_the_realisation(world, plans):
    activity, _created = _report(world, plans.own.output)
    since = _mark()
    with within(world.gov):
        rejected = services.reject_activity(actor=actor_of(world.users.supervisor),
                                            activity=activity, reason="Bukti  tidak\nsesuai")
        with refused(Conflict, "This activity was already handled (Rejected)."):
            services.approve_activity(actor=actor_of(world.users.supervisor), activity=activity)
    assert (rejected.status, rejected.reject_reason) == ("rejected", "Bukti tidak sesuai")
    assert _realised(plans.own.output) == 0
    audited(since, world.users.supervisor)


def test_a_too_long_reason_is_refused(world, plans):
    activity, _created = _report(world, plans.own.output)
    with within(world.gov), refused(DomainError, "The reason is too long (at most 500 characters)."):
        services.reject_activity(actor=actor_of(world.users.supervisor), activity=activity,
                                 reason="x" * 501)


@pytest.mark.parametrize("persona", ["own", "agency_head", "hr_admin", "agency_admin", "leader",
                                     "other_unit", "other_gov", "anonymous"])
def test_only_the_atasan_validates(world, plans, persona):
    activity, _created = _report(world, plans.own.output)
    with within(world.gov):
        with refused(Forbidden, "Only the employee's atasan validates their activities."):
            services.approve_activity(actor=_actor(world, persona), activity=activity)
        with refused(Forbidden, "Only the employee's atasan validates their activities."):
            services.reject_activity(actor=_actor(world, persona), activity=activity, reason="Tidak")
        with refused(Forbidden, "Only the employee's atasan validates their activities."):
            services.bulk_approve(actor=_actor(world, persona), activity_ids=[activity.pk])


def test_nobody_validates_their_own_activity(world, plans):
    activity, _created = _report(world, plans.supervisor.output, user=world.users.supervisor)
    with within(world.gov):
        with refused(Forbidden):
            services.approve_activity(actor=actor_of(world.users.supervisor), activity=activity)
        services.approve_activity(actor=actor_of(world.users.agency_head), activity=activity)
    assert _realised(plans.supervisor.output) == Decimal("2.00")


def test_a_displaced_supervisor_no_longer_validates_and_the_plt_does(world, plans, peer_user):
    activity, _created = _report(world, plans.own.output)
    today = _today(world)
    with scopes_disabled():
        ActingAssignment.objects.create(instansi=world.gov, kind="plt", employee=world.peer,
                                        position=world.supervisor.position, start=today, end=today)
    with within(world.gov):
        with refused(Forbidden):
            services.approve_activity(actor=actor_of(world.users.supervisor), activity=activity)
        approved = services.approve_activity(actor=actor_of(peer_user), activity=activity)
    assert approved.validated_by_id == world.peer.pk


def test_bulk_approve_approves_all(world, plans):
    activities = [_report(world, plans.own.output, quantity=str(q), description=f"Kegiatan {q}")[0]
                  for q in (1, 2, 3)]
    since = _mark()
    with within(world.gov):
        count = services.bulk_approve(actor=actor_of(world.users.supervisor),
                                      activity_ids=[str(a.pk) for a in activities])
        assert count == 3
        assert set(Activity.objects.values_list("status", flat=True)) == {"approved"}
    assert _realised(plans.own.output) == Decimal("6.00")
    audited(since, world.users.supervisor, 3)


@pytest.mark.parametrize(("intruder", "error", "message"), [
    ("foreign", Forbidden, "Only the employee's atasan validates their activities."),
    ("handled", Conflict, "This activity was already handled (Approved)."),
    ("missing", DomainError, "Some of the chosen activities no longer exist."),
    ("nonsense", DomainError, "Choose activities from the list."),
])
def test_bulk_approve_is_all_or_nothing(world, plans, intruder, error, message):
    mine = [_report(world, plans.own.output, description=f"Kegiatan {n}")[0] for n in (1, 2)]
    if intruder == "foreign":  # the supervisor's own entry, not a subordinate's
        extra = _report(world, plans.supervisor.output, user=world.users.supervisor)[0].pk
    elif intruder == "handled":
        extra = _report(world, plans.own.output, description="Sudah")[0].pk
        with within(world.gov):
            services.approve_activity(actor=actor_of(world.users.supervisor),
                                      activity=Activity.objects.get(pk=extra))
    elif intruder == "missing":
        extra = 999999
    else:
        extra = "semua"
    realised = _realised(plans.own.output)
    with within(world.gov):
        with refused(error, message):
            services.bulk_approve(actor=actor_of(world.users.supervisor),
                                  activity_ids=[mine[0].pk, extra, mine[1].pk])
        assert set(Activity.objects.filter(pk__in=[a.pk for a in mine])
                   .values_list("status", flat=True)) == {"submitted"}
    assert _realised(plans.own.output) == realised


@pytest.mark.parametrize(("ids", "message"), [
    ([], "Choose at least one activity."),
    (list(range(1, 202)), "At most 200 activities at once."),
])
def test_bulk_approve_needs_a_sensible_selection(world, plans, ids, message):
    with within(world.gov), refused(DomainError, message):
        services.bulk_approve(actor=actor_of(world.users.supervisor), activity_ids=ids)


# --- feedback --------------------------------------------------------------------------------


def _targets(world, plans):
    activity, _created = _report(world, plans.own.output)
    with within(world.gov):
        behaviour = plans.own.skp.behaviours.get(value_number=2)
    return {"activity": activity.pk, "result": plans.own.result.pk, "behaviour": behaviour.pk}


@pytest.mark.parametrize("target", ["activity", "result", "behaviour"])
def test_the_atasan_gives_feedback(world, plans, target):
    target_id = _targets(world, plans)[target]
    since = _mark()
    with within(world.gov):
        entry = services.add_feedback(actor=actor_of(world.users.supervisor), skp=plans.own.skp,
                                      target=target, target_id=target_id,
                                      text="  Bukti dukung sudah lengkap.  ")
    assert (entry.target, entry.target_id, entry.author_id) == (target, target_id, world.supervisor.pk)
    assert entry.text == "Bukti dukung sudah lengkap."
    (audit,) = audited(since, world.users.supervisor)
    assert (audit.object_type, audit.employee_id) == ("performance.feedback", world.own.pk)


@pytest.mark.parametrize("persona", ["own", "agency_head", "hr_admin", "agency_admin", "leader",
                                     "other_unit", "other_gov", "anonymous"])
def test_only_the_atasan_gives_feedback(world, plans, persona):
    target_id = _targets(world, plans)["result"]
    with within(world.gov), refused(Forbidden, ATASAN_FEEDS_BACK):
        services.add_feedback(actor=_actor(world, persona), skp=plans.own.skp, target="result",
                              target_id=target_id, text="Bagus")


@pytest.mark.parametrize("target", ["activity", "result", "behaviour"])
def test_feedback_only_on_targets_of_that_plan(world, plans, target):
    """The supervisor may comment on own's plan, but not through it on another plan's rows."""
    _targets(world, plans)
    theirs = _report(world, plans.supervisor.output, user=world.users.supervisor)[0]
    with within(world.gov):
        foreign = {"activity": theirs.pk, "result": plans.supervisor.result.pk,
                   "behaviour": plans.supervisor.skp.behaviours.get(value_number=2).pk}[target]
        with refused(DomainError, "The feedback must concern this SKP."):
            services.add_feedback(actor=actor_of(world.users.supervisor), skp=plans.own.skp,
                                  target=target, target_id=foreign, text="Bagus")


@pytest.mark.parametrize(("target", "text", "message"), [
    ("rating", "Bagus", "Unknown target of the feedback."),
    ("result", "   ", "Write the feedback (at most 2000 characters)."),
    ("result", "x" * 2001, "Write the feedback (at most 2000 characters)."),
])
def test_feedback_validates(world, plans, target, text, message):
    with within(world.gov), refused(DomainError, message):
        services.add_feedback(actor=actor_of(world.users.supervisor), skp=plans.own.skp,
                              target=target, target_id=plans.own.result.pk, text=text)


def test_a_displaced_supervisor_gives_no_feedback(world, plans, peer_user):
    today = _today(world)
    with scopes_disabled():
        ActingAssignment.objects.create(instansi=world.gov, kind="plt", employee=world.peer,
                                        position=world.supervisor.position,
                                        start=today - _days(5), end=today)
    with within(world.gov):
        with refused(Forbidden):
            services.add_feedback(actor=actor_of(world.users.supervisor), skp=plans.own.skp,
                                  target="result", target_id=plans.own.result.pk, text="Bagus")
        entry = services.add_feedback(actor=actor_of(peer_user), skp=plans.own.skp, target="result",
                                      target_id=plans.own.result.pk, text="Bagus")
    assert entry.author_id == world.peer.pk


# --- the audit trail is complete -------------------------------------------------------------------


def test_every_write_service_is_covered_here():
    """The services package exports exactly the writes tested above (and three readers): a
    new write service fails here until its refusals and its audit entry are tested."""
    tested = {"add_feedback", "add_indicator", "add_result", "approve_activity", "bulk_approve",
              "create_skp", "delete_indicator", "delete_result", "move_skp", "record_activity",
              "reject_activity", "report_outcome", "set_backdate_days", "set_expectation",
              "set_lampiran", "update_indicator", "update_result"}
    readers = {"check_evidence", "content_snapshot", "plan_problems"}
    assert set(services.__all__) == tested | readers
    assert all(re.fullmatch(r"[a-z_]+", name) for name in services.__all__)


def test_the_gate_table_above_covers_every_action():
    assert set(MOVER) == {a.value for a in SkpAction}
    assert {(s, a) for s, a in SKP_MOVES} <= {(s.value, a.value)
                                              for s in SkpStatus for a in SkpAction}
