"""The permission matrix of employee data, as a table that reads like the specification.

Persona x action x target -> allowed. Personas are the people of `world` (abdi/conftest.py);
"plt" is Rekan Sebidang acting today (Plt) in the head position of Bidang Pembinaan SD,
which displaces its holder for the day. Targets:

- own:          the persona's own employee record (N/A for accounts without one)
- subordinate:  a staff member of Bidang Pembinaan SD (Dinas Pendidikan), under the supervisor
- other_unit:   a staff member of Bidang PAUD, another unit of the same perangkat daerah
- other_agency: a staff member of Dinas Kesehatan
- other_gov:    an employee of Pemerintah Kabupaten B

Decisions are taken as a request takes them: inside the actor's government scope the target
is loaded (another government's rows are unreachable by construction), then people.policy
decides.
"""

import datetime

import pytest
from django.utils import timezone
from django_scopes import ScopeError, scope, scopes_disabled

from abdi.accounts.actor import Actor
from abdi.accounts.tests.factories import UserFactory
from abdi.org.models import ActingAssignment
from abdi.org.tests.factories import PositionFactory
from abdi.people import policy, queries
from abdi.people.models import Employee
from abdi.people.tests.factories import EmployeeFactory

Y, N = True, False

ACTIONS = ("view", "view_personal", "edit_master", "edit_own_contact", "create_in_agency",
           "view_audit")

# Per-record actions.           view personal master contact create audit
MATRIX = {
    ("own", "own"):              (Y, Y, N, Y, N, N),
    ("own", "subordinate"):      (N, N, N, N, N, N),
    ("own", "other_unit"):       (N, N, N, N, N, N),
    ("own", "other_agency"):     (N, N, N, N, N, N),
    ("own", "other_gov"):        (N, N, N, N, N, N),

    ("supervisor", "own"):          (Y, Y, N, Y, N, N),
    ("supervisor", "subordinate"):  (Y, N, N, N, N, N),
    ("supervisor", "other_unit"):   (N, N, N, N, N, N),
    ("supervisor", "other_agency"): (N, N, N, N, N, N),
    ("supervisor", "other_gov"):    (N, N, N, N, N, N),

    ("plt", "own"):              (Y, Y, N, Y, N, N),
    ("plt", "subordinate"):      (Y, N, N, N, N, N),
    ("plt", "other_unit"):       (N, N, N, N, N, N),
    ("plt", "other_agency"):     (N, N, N, N, N, N),
    ("plt", "other_gov"):        (N, N, N, N, N, N),

    ("agency_admin", "subordinate"):  (Y, Y, Y, Y, Y, Y),
    ("agency_admin", "other_unit"):   (Y, Y, Y, Y, Y, Y),
    ("agency_admin", "other_agency"): (N, N, N, N, N, N),
    ("agency_admin", "other_gov"):    (N, N, N, N, N, N),

    ("hr_admin", "own"):          (Y, Y, N, Y, Y, Y),  # nobody edits own master data
    ("hr_admin", "subordinate"):  (Y, Y, Y, Y, Y, Y),
    ("hr_admin", "other_unit"):   (Y, Y, Y, Y, Y, Y),
    ("hr_admin", "other_agency"): (Y, Y, Y, Y, Y, Y),
    ("hr_admin", "other_gov"):    (N, N, N, N, N, N),

    ("leader", "subordinate"):   (Y, N, N, N, N, N),
    ("leader", "other_unit"):    (Y, N, N, N, N, N),
    ("leader", "other_agency"):  (Y, N, N, N, N, N),
    ("leader", "other_gov"):     (N, N, N, N, N, N),

    ("other_unit", "own"):          (Y, Y, N, Y, N, N),
    ("other_unit", "subordinate"):  (N, N, N, N, N, N),
    ("other_unit", "other_unit"):   (N, N, N, N, N, N),
    ("other_unit", "other_agency"): (N, N, N, N, N, N),  # a colleague, not a subordinate
    ("other_unit", "other_gov"):    (N, N, N, N, N, N),

    # Their own government is Kabupaten B: every target but their own record is foreign.
    ("other_gov", "own"):          (Y, Y, N, Y, N, N),
    ("other_gov", "subordinate"):  (N, N, N, N, N, N),
    ("other_gov", "other_unit"):   (N, N, N, N, N, N),
    ("other_gov", "other_agency"): (N, N, N, N, N, N),

    ("operator", "subordinate"):  (N, N, N, N, N, N),
    ("operator", "other_unit"):   (N, N, N, N, N, N),
    ("operator", "other_agency"): (N, N, N, N, N, N),
    ("operator", "other_gov"):    (N, N, N, N, N, N),

    ("anonymous", "subordinate"):  (N, N, N, N, N, N),
    ("anonymous", "other_unit"):   (N, N, N, N, N, N),
    ("anonymous", "other_agency"): (N, N, N, N, N, N),
    ("anonymous", "other_gov"):    (N, N, N, N, N, N),
}

# Actions on no single record.   browse export export_personal import view_audit
GLOBAL = {
    "own":          (Y, N, N, N, N),
    "supervisor":   (Y, N, N, N, N),
    "plt":          (Y, N, N, N, N),
    "agency_admin": (Y, Y, Y, Y, Y),
    "hr_admin":     (Y, Y, Y, Y, Y),
    "leader":       (Y, Y, N, N, N),
    "other_unit":   (Y, N, N, N, N),
    "other_gov":    (Y, N, N, N, N),
    "operator":     (N, N, N, N, N),
    "anonymous":    (N, N, N, N, N),
}
GLOBAL_ACTIONS = ("browse_directory", "export", "export_personal_data", "import", "view_audit")


@pytest.fixture
def cast(world):
    """The world plus the two staff used as targets and an account for the Plt."""
    with scopes_disabled():
        world.junior = EmployeeFactory(position=PositionFactory(unit=world.unit), name="Staf Bawahan")
        world.dinkes_staff = EmployeeFactory(position=PositionFactory(unit=world.other_agency),
                                             name="Staf Dinkes")
        world.users.plt = UserFactory(username=world.peer.nip, instansi=world.gov,
                                      employee=world.peer, display_name=world.peer.name)
    return world


def _appoint_plt(world):
    today = timezone.localdate()
    with scopes_disabled():
        ActingAssignment.objects.create(
            instansi=world.gov, kind=ActingAssignment.Kind.PLT, position=world.supervisor.position,
            employee=world.peer, start=today - datetime.timedelta(days=3),
            end=today + datetime.timedelta(days=3))


def _actor(world, persona) -> Actor:
    if persona == "anonymous":
        return Actor.anonymous()
    return Actor.for_user(getattr(world.users, persona))


def _target(world, persona, target):
    if target == "own":
        user = getattr(world.users, persona)
        return Employee.objects.with_scope(instansi=user.instansi_id).get(pk=user.employee_id)
    return {"subordinate": world.junior, "other_unit": world.sibling,
            "other_agency": world.dinkes_staff, "other_gov": world.other_gov_employee}[target]


def _load_in_scope(actor, target):
    """What a request of this actor can load: nothing outside their government's scope."""
    try:
        with scope(instansi=actor.instansi_id):
            return Employee.objects.select_related("unit").filter(pk=target.pk).first()
    except ScopeError:
        return None


def _decide(actor, employee, action) -> bool:
    if employee is None:
        return False
    return {
        "view": lambda: policy.can_view_employee(actor, employee),
        "view_personal": lambda: policy.can_view_personal_data(actor, employee),
        "edit_master": lambda: policy.can_edit_employee(actor, employee),
        "edit_own_contact": lambda: _may_edit(actor, employee, {"phone", "email"}),
        "create_in_agency": lambda: policy.can_create_employee(actor, employee.agency_id),
        "view_audit": lambda: policy.can_view_audit(actor, employee),
    }[action]()


def _may_edit(actor, employee, fields) -> bool:
    allowed = policy.editable_fields(actor, employee)
    return allowed is None or fields <= allowed


CASES = [
    pytest.param(persona, target, action, expected[i], id=f"{persona}-{action}-{target}")
    for (persona, target), expected in MATRIX.items()
    for i, action in enumerate(ACTIONS)
]


@pytest.mark.parametrize(("persona", "target", "action", "allowed"), CASES)
def test_employee_permission_matrix(cast, persona, target, action, allowed):
    if persona == "plt":
        _appoint_plt(cast)
    actor = _actor(cast, persona)
    with scopes_disabled():
        employee = _target(cast, persona, target)
    with scope(instansi=actor.instansi_id):
        assert _decide(actor, _load_in_scope(actor, employee), action) is allowed


GLOBAL_CASES = [
    pytest.param(persona, action, expected[i], id=f"{persona}-{action}")
    for persona, expected in GLOBAL.items()
    for i, action in enumerate(GLOBAL_ACTIONS)
]


@pytest.mark.parametrize(("persona", "action", "allowed"), GLOBAL_CASES)
def test_global_permission_matrix(cast, persona, action, allowed):
    actor = _actor(cast, persona)
    decide = {
        "browse_directory": policy.can_browse_directory,
        "export": policy.can_export,
        "export_personal_data": lambda a: policy.can_export(a) and policy.export_includes_personal_data(a),
        "import": policy.can_import,
        "view_audit": policy.can_view_audit,
    }[action]
    assert decide(actor) is allowed


def test_the_matrix_covers_every_persona_and_target():
    personas = {p for p, _t in MATRIX}
    assert personas == set(GLOBAL)
    for persona in personas:
        targets = {t for p, t in MATRIX if p == persona}
        assert targets >= {"subordinate", "other_unit", "other_agency"}, persona


@pytest.mark.parametrize("persona", ["own", "supervisor", "plt", "agency_admin", "hr_admin",
                                     "leader", "other_unit"])
def test_directory_shows_exactly_what_can_view_employee_allows(cast, persona):
    """The list filter and the per-record decision never disagree."""
    if persona == "plt":
        _appoint_plt(cast)
    actor = _actor(cast, persona)
    with scope(instansi=actor.instansi_id):
        listed = set(queries.visible_employees(actor).values_list("pk", flat=True))
        allowed = {e.pk for e in Employee.objects.select_related("unit")
                   if policy.can_view_employee(actor, e)}
    assert listed == allowed
    assert listed  # everyone sees at least their own record or their agency


def test_holder_displaced_by_a_plt_does_not_lead_the_unit_that_day(cast):
    _appoint_plt(cast)
    supervisor = Actor.for_user(cast.users.supervisor)
    with scope(instansi=cast.gov.pk):
        junior = Employee.objects.select_related("unit").get(pk=cast.junior.pk)
        assert not policy.can_view_employee(supervisor, junior)
        assert policy.can_view_employee(supervisor, Employee.objects.get(pk=cast.supervisor.pk))


def test_plt_sight_ends_with_the_assignment(cast):
    today = timezone.localdate()
    with scopes_disabled():
        ActingAssignment.objects.create(
            instansi=cast.gov, kind=ActingAssignment.Kind.PLH, position=cast.supervisor.position,
            employee=cast.peer, start=today - datetime.timedelta(days=10),
            end=today - datetime.timedelta(days=1))
    plt = Actor.for_user(cast.users.plt)
    with scope(instansi=cast.gov.pk):
        junior = Employee.objects.select_related("unit").get(pk=cast.junior.pk)
        assert not policy.can_view_employee(plt, junior)


@pytest.mark.parametrize("check", [policy.can_view_employee, policy.can_view_personal_data,
                                   policy.can_edit_employee])
def test_record_decisions_refuse_another_government_even_without_the_scope(cast, check):
    """Defence in depth: the decisions that take a record also compare the government."""
    with scopes_disabled():
        hr_admin = Actor.for_user(cast.users.hr_admin)
        foreign = Employee.objects.select_related("unit").get(pk=cast.other_gov_employee.pk)
    assert check(hr_admin, foreign) is False
    assert policy.editable_fields(hr_admin, foreign) == frozenset()
