"""core.compiled: a queryset compiled once answers as the queryset would, under the active
government only, with each call's own values."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_scopes import ScopeError, scope, scopes_disabled

from abdi.core.compiled import CompiledQuery
from abdi.people.models import Employee
from abdi.people.tests.factories import EmployeeFactory

pytestmark = pytest.mark.django_db

BY_NIP = CompiledQuery(
    lambda nip: Employee.objects.select_related("unit").filter(nip=nip).order_by()[:1],
    Employee, nip=str)
BORN = CompiledQuery(
    lambda unit_id, since, until: Employee.objects.filter(
        unit_id=unit_id, birth_date__gte=since, birth_date__lt=until),
    Employee, unit_id=int, since=datetime.date, until=datetime.date)


def _two_governments():
    with scopes_disabled():
        return EmployeeFactory(), EmployeeFactory()


def test_first_answers_the_instance_with_its_related_row_read():
    one, _other = _two_governments()
    with scope(instansi=one.instansi_id):
        for _ in range(2):  # the second call runs the statement compiled by the first
            found = BY_NIP.first(nip=one.nip)
            assert (found.pk, found.name, found.birth_date) == (one.pk, one.name, one.birth_date)
            with CaptureQueriesContext(connection) as captured:
                assert found.unit.name == one.unit.name
            assert len(captured) == 0  # select_related: the unit came with the row
        assert BY_NIP.first(nip="199001012015011999") is None


def test_each_call_is_bound_to_the_active_government():
    one, other = _two_governments()
    with scope(instansi=one.instansi_id):
        assert BY_NIP.first(nip=one.nip).pk == one.pk
        assert BY_NIP.first(nip=other.nip) is None  # another government's employee: not found
    with scope(instansi=other.instansi_id):
        assert BY_NIP.first(nip=other.nip).pk == other.pk
        assert BY_NIP.first(nip=one.nip) is None


def test_without_a_scope_it_refuses_and_with_scopes_disabled_it_reads_everything():
    one, _other = _two_governments()
    with pytest.raises(ScopeError):
        BY_NIP.first(nip=one.nip)
    with scopes_disabled():
        assert BY_NIP.first(nip=one.nip).pk == one.pk


def test_exists_binds_dates():
    one, _other = _two_governments()
    born = one.birth_date
    with scope(instansi=one.instansi_id):
        assert BORN.exists(unit_id=one.unit_id, since=born, until=born + datetime.timedelta(days=1))
        assert not BORN.exists(unit_id=one.unit_id, since=born + datetime.timedelta(days=1),
                               until=born + datetime.timedelta(days=9))
        assert not BORN.exists(unit_id=one.unit_id + 1000, since=born,
                               until=born + datetime.timedelta(days=1))


def test_a_value_that_does_not_reach_the_sql_as_itself_is_refused():
    one, _other = _two_governments()
    fuzzy = CompiledQuery(lambda name: Employee.objects.filter(name__icontains=name)[:1],
                          Employee, name=str)
    with scope(instansi=one.instansi_id), pytest.raises(ValueError, match="name"):
        fuzzy.first(name="a")
    with pytest.raises(TypeError):
        BY_NIP.first(name="x")
    with pytest.raises(ValueError, match="active scope"):
        CompiledQuery(lambda instansi: Employee.objects.all(), Employee, instansi=int)
