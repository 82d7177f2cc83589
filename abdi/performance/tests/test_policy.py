"""The permission matrix of SKPs, daily activities and feedback, as a table.

Persona x target x action -> allowed. Personas are the people of `world` (abdi/conftest.py)
plus an account for Rekan Sebidang (peer). Four personas live in a changed structure:

- plt:                   the peer, acting today (Plt) in the head position of Bidang Pembinaan SD
- displaced:             the supervisor on that same day (the Plt displaces the holder)
- plt_ended:             the peer, whose Plt assignment ended yesterday
- supervisor_after_plt:  the supervisor, after that assignment ended

Targets (from the `plans` fixture, both approved, each with one activity waiting):

- own:         Pegawai Sendiri's SKP, employee record and activity (atasan: the supervisor)
- supervisor:  the supervisor's SKP, record and activity (atasan: the agency head, a JPT)

Actions that depend on the plan's state are judged in the state where they make sense:
`edit` on the plan as a draft, `expect` (ekspektasi khusus pimpinan) on the plan as submitted;
the state itself is tested in its own table below. Decisions are taken inside the target's
government scope; for `other_gov` the policy itself must refuse (defence in depth).
"""

import copy
import datetime

import pytest
from django.http import Http404
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.accounts.tests.factories import UserFactory
from abdi.org.models import ActingAssignment
from abdi.performance import policy, queries, services
from abdi.performance.models import Activity, Skp
from abdi.tenancy.scoping import within

from .conftest import actor_of

Y, N = True, False

ACTIONS = ("view", "create", "edit", "submit", "approve", "return", "amend", "expect",
           "feedback", "report", "validate")

ALL_N = (N,) * len(ACTIONS)
SEES = (Y, N, N, N, N, N, N, N, N, N, N)              # sight only
SEES_CREATES = (Y, Y, N, N, N, N, N, N, N, N, N)      # an admin in charge: sight and a new plan
OWNER = (Y, Y, Y, Y, N, N, Y, N, N, Y, N)             # plans, submits, amends, reports
ATASAN = (Y, N, N, N, Y, Y, N, Y, Y, N, Y)            # approves, returns, expects, feeds back, validates

# Columns: view create edit submit approve return amend expect feedback report validate
MATRIX = {
    ("own", "own"):                  OWNER,
    ("own", "supervisor"):           ALL_N,

    ("supervisor", "own"):           ATASAN,
    ("supervisor", "supervisor"):    OWNER,        # nobody approves or validates their own

    ("agency_head", "own"):          SEES,         # atasan of the atasan: sight, no decisions
    ("agency_head", "supervisor"):   ATASAN,

    ("peer", "own"):                 ALL_N,        # a colleague of the same unit
    ("peer", "supervisor"):          ALL_N,

    ("other_unit", "own"):           ALL_N,
    ("other_unit", "supervisor"):    ALL_N,

    ("agency_admin", "own"):         SEES_CREATES,
    ("agency_admin", "supervisor"):  SEES_CREATES,

    ("hr_admin", "own"):             SEES_CREATES,
    ("hr_admin", "supervisor"):      SEES_CREATES,

    ("leader", "own"):               SEES,
    ("leader", "supervisor"):        SEES,

    ("other_gov", "own"):            ALL_N,
    ("other_gov", "supervisor"):     ALL_N,

    ("operator", "own"):             ALL_N,
    ("operator", "supervisor"):      ALL_N,

    ("anonymous", "own"):            ALL_N,
    ("anonymous", "supervisor"):     ALL_N,

    # Plt/Plh: the acting official is the atasan today; the holder is not.
    ("plt", "own"):                  ATASAN,
    ("plt", "supervisor"):           SEES,         # leads the unit the holder sits in; not their atasan
    ("displaced", "own"):            SEES,         # still the pejabat penilai of record: sight only
    ("displaced", "supervisor"):     OWNER,
    ("plt_ended", "own"):            ALL_N,
    ("plt_ended", "supervisor"):     ALL_N,
    ("supervisor_after_plt", "own"):         ATASAN,
    ("supervisor_after_plt", "supervisor"):  OWNER,
}

# May see the validation queue (leads someone today).
QUEUE = {
    "own": N, "supervisor": Y, "agency_head": Y, "peer": N, "other_unit": N, "agency_admin": N,
    "hr_admin": N, "leader": N, "other_gov": N, "operator": N, "anonymous": N,
    "plt": Y, "displaced": N, "plt_ended": N, "supervisor_after_plt": Y,
}

ACCOUNT_OF = {"plt": "peer", "plt_ended": "peer", "displaced": "supervisor",
              "supervisor_after_plt": "supervisor"}
ACTIVE_PLT = {"plt", "displaced"}
ENDED_PLT = {"plt_ended", "supervisor_after_plt"}


def _appoint(world, *, start, end, employee=None, kind=ActingAssignment.Kind.PLT):
    with scopes_disabled():
        return ActingAssignment.objects.create(
            instansi=world.gov, kind=kind, position=world.supervisor.position,
            employee=employee or world.peer, start=start, end=end)


def _today(world):
    with within(world.gov):
        return timezone.localdate()


@pytest.fixture
def cast(world, plans):
    """The world with its approved plans, an account for the peer, one waiting activity each."""
    with scopes_disabled():
        world.users.peer = UserFactory(username=world.peer.nip, instansi=world.gov,
                                       employee=world.peer, display_name=world.peer.name)
    with within(world.gov):
        for user, plan in ((world.users.own, plans.own), (world.users.supervisor, plans.supervisor)):
            services.record_activity(
                actor=actor_of(user), indicator=plan.output,
                values={"date": plans.today, "description": "Menyusun laporan", "quantity": "1",
                        "minutes": "60"})
    world.plans = plans
    return world


def _set_scene(world, persona):
    today = _today(world)
    if persona in ACTIVE_PLT:
        _appoint(world, start=today - datetime.timedelta(days=2), end=today)
    elif persona in ENDED_PLT:
        _appoint(world, start=today - datetime.timedelta(days=10),
                 end=today - datetime.timedelta(days=1))


def _actor(world, persona) -> Actor:
    if persona == "anonymous":
        return Actor.anonymous()
    return actor_of(getattr(world.users, ACCOUNT_OF.get(persona, persona)))


def _load(world, target):
    """The target's plan, employee and activity as a request in its government loads them."""
    employee = {"own": world.own, "supervisor": world.supervisor}[target]
    skp = Skp.objects.select_related("employee__unit", "appraiser").get(employee=employee)
    activity = Activity.objects.select_related("employee__unit", "skp").get(employee=employee)
    return skp, skp.employee, activity


def _as(skp, status):
    changed = copy.copy(skp)
    changed.status = status
    return changed


def _decide(actor, skp, employee, activity, action) -> bool:
    return {
        "view": lambda: policy.can_view_skp(actor, skp) and policy.can_view_activity(actor, activity),
        "create": lambda: policy.can_create_skp(actor, employee),
        "edit": lambda: policy.can_edit_skp(actor, _as(skp, "draft")),
        "submit": lambda: policy.can_move_skp(actor, skp, "submit"),
        "approve": lambda: policy.can_move_skp(actor, skp, "approve"),
        "return": lambda: policy.can_move_skp(actor, skp, "return"),
        "amend": lambda: policy.can_move_skp(actor, skp, "amend"),
        "expect": lambda: policy.can_set_expectations(actor, _as(skp, "submitted")),
        "feedback": lambda: policy.can_give_feedback(actor, skp),
        "report": lambda: policy.can_report_activity(actor, skp) and policy.can_report_outcome(actor, skp),
        "validate": lambda: policy.can_validate_activity(actor, activity),
    }[action]()


CASES = [
    pytest.param(persona, target, action, expected[i], id=f"{persona}-{action}-{target}")
    for (persona, target), expected in MATRIX.items()
    for i, action in enumerate(ACTIONS)
]


@pytest.mark.parametrize(("persona", "target", "action", "allowed"), CASES)
def test_performance_permission_matrix(cast, persona, target, action, allowed):
    _set_scene(cast, persona)
    actor = _actor(cast, persona)
    with within(cast.gov):
        skp, employee, activity = _load(cast, target)
        assert _decide(actor, skp, employee, activity, action) is allowed


@pytest.mark.parametrize(("persona", "allowed"), list(QUEUE.items()))
def test_who_sees_a_validation_queue(cast, persona, allowed):
    _set_scene(cast, persona)
    actor = _actor(cast, persona)
    with within(cast.gov):
        assert policy.can_see_validation_queue(actor) is allowed


def test_the_matrix_covers_every_persona_and_target():
    personas = {p for p, _t in MATRIX}
    assert personas == set(QUEUE)
    assert all({t for p, t in MATRIX if p == persona} == {"own", "supervisor"}
               for persona in personas)
    assert all(len(row) == len(ACTIONS) for row in MATRIX.values())


@pytest.mark.parametrize("persona", ["own", "supervisor", "agency_head", "plt", "displaced",
                                     "plt_ended", "supervisor_after_plt", "hr_admin"])
def test_validation_queue_holds_exactly_what_the_actor_may_validate(cast, persona):
    """The list and the per-entry decision never disagree."""
    _set_scene(cast, persona)
    actor = _actor(cast, persona)
    with within(cast.gov):
        listed = {a.pk for a in queries.validation_queue(actor)}
        allowed = {a.pk for a in Activity.objects.select_related("employee__unit")
                   if a.status == "submitted" and policy.can_validate_activity(actor, a)}
    assert listed == allowed


# --- the state a plan is in ---------------------------------------------------------------

#                     owner edits  atasan expects
STATE = {
    "draft":     (Y, Y),
    "returned":  (Y, Y),
    "submitted": (N, Y),
    "approved":  (N, N),
}


@pytest.mark.parametrize(("status", "edit", "expect"),
                         [(s, e, x) for s, (e, x) in STATE.items()])
def test_what_the_state_of_a_plan_allows(cast, status, edit, expect):
    with within(cast.gov):
        skp, _employee, _activity = _load(cast, "own")
        skp = _as(skp, status)
        assert policy.can_edit_skp(_actor(cast, "own"), skp) is edit
        assert policy.can_set_expectations(_actor(cast, "supervisor"), skp) is expect
        # Neither right passes to the other side.
        assert policy.can_edit_skp(_actor(cast, "supervisor"), skp) is False
        assert policy.can_set_expectations(_actor(cast, "own"), skp) is False


def test_activities_are_reported_only_on_a_plan_that_was_approved(cast):
    own = _actor(cast, "own")
    with within(cast.gov):
        skp, _employee, _activity = _load(cast, "own")
        never_approved = _as(skp, "submitted")
        never_approved.approved_at = None
        amended = _as(skp, "draft")  # an approved plan under amendment keeps its approval
        assert policy.can_report_activity(own, skp) is True
        assert policy.can_report_activity(own, amended) is True
        assert policy.can_report_activity(own, never_approved) is False
        assert policy.can_report_outcome(own, never_approved) is False


# --- nobody decides on their own work ---------------------------------------------------------


def test_an_employee_acting_as_head_of_their_own_unit_does_not_become_their_own_atasan(cast):
    """Own made Plt of the supervisor's position: the duty for own's plan passes up the tree."""
    today = _today(cast)
    _appoint(cast, start=today, end=today, employee=cast.own)
    own, head = _actor(cast, "own"), _actor(cast, "agency_head")
    with within(cast.gov):
        skp, employee, activity = _load(cast, "own")
        assert policy.current_atasan_id(employee) == cast.agency_head.pk
        for action in ("approve", "return", "validate", "feedback", "expect"):
            assert _decide(own, skp, employee, activity, action) is False, action
            assert _decide(head, skp, employee, activity, action) is True, action
        # The displaced supervisor keeps no decision either.
        supervisor = _actor(cast, "supervisor")
        assert policy.can_move_skp(supervisor, skp, "approve") is False
        assert policy.can_validate_activity(supervisor, activity) is False


@pytest.mark.parametrize("persona", sorted(QUEUE))
def test_nobody_in_the_government_approves_the_agency_heads_plan(cast, persona):
    """The agency head's atasan is the elected regional head, who has no account here."""
    _set_scene(cast, persona)
    actor = _actor(cast, persona)
    with within(cast.gov):
        skp = Skp.objects.select_related("employee__unit").get(employee=cast.agency_head)
        assert policy.current_atasan_id(skp.employee) is None
        assert policy.can_move_skp(actor, skp, "approve") is False
        assert policy.can_move_skp(actor, skp, "return") is False
        assert policy.can_give_feedback(actor, skp) is False


def test_plh_counts_like_plt_and_only_on_its_days(cast):
    today = _today(cast)
    _appoint(cast, start=today + datetime.timedelta(days=1), end=today + datetime.timedelta(days=3),
             kind=ActingAssignment.Kind.PLH)
    peer, supervisor = _actor(cast, "peer"), _actor(cast, "supervisor")
    with within(cast.gov):
        skp, _employee, activity = _load(cast, "own")
        # Tomorrow's Plh changes nothing today.
        assert policy.can_validate_activity(peer, activity) is False
        assert policy.can_validate_activity(supervisor, activity) is True
    _appoint(cast, start=today, end=today, kind=ActingAssignment.Kind.PLH)
    peer, supervisor = _actor(cast, "peer"), _actor(cast, "supervisor")
    with within(cast.gov):
        skp, _employee, activity = _load(cast, "own")
        assert policy.can_validate_activity(peer, activity) is True
        assert policy.can_move_skp(peer, skp, "approve") is True
        assert policy.can_validate_activity(supervisor, activity) is False


# --- another government -----------------------------------------------------------------------


def test_another_government_cannot_even_load_the_plan_or_the_activity(cast):
    with within(cast.gov):
        skp, _employee, activity = _load(cast, "own")
    foreign = _actor(cast, "other_gov")
    with within(cast.other_gov):
        assert not Skp.objects.filter(pk=skp.pk).exists()
        with pytest.raises(Http404):
            queries.get_skp_for_user(foreign, skp.pk)
        with pytest.raises(Http404):
            queries.get_activity_for_user(foreign, activity.pk)
        with pytest.raises(Http404):
            queries.get_indicator_for_user(foreign, cast.plans.own.output.pk)
        assert list(queries.validation_queue(foreign)) == []


@pytest.mark.parametrize(("persona", "target"), [
    pytest.param(p, t, id=f"{p}-{t}") for p, t in MATRIX if p not in ("anonymous", "other_gov")])
def test_getters_answer_404_exactly_where_the_matrix_refuses_sight(cast, persona, target):
    _set_scene(cast, persona)
    actor = _actor(cast, persona)
    sees = MATRIX[persona, target][ACTIONS.index("view")]
    with within(cast.gov):
        skp, _employee, activity = _load(cast, target)
        if sees:
            assert queries.get_skp_for_user(actor, skp.pk).pk == skp.pk
            assert queries.get_activity_for_user(actor, activity.pk).pk == activity.pk
            assert queries.get_indicator_for_user(actor, activity.indicator_id).result.skp_id == skp.pk
        else:
            with pytest.raises(Http404):
                queries.get_skp_for_user(actor, skp.pk)
            with pytest.raises(Http404):
                queries.get_activity_for_user(actor, activity.pk)
            with pytest.raises(Http404):
                queries.get_indicator_for_user(actor, activity.indicator_id)
