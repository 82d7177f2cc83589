"""generate_synthetic: a proportionally built government of any size, with load-test personas."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django_scopes import scopes_disabled

from abdi.accounts.models import Role, RoleGrant, User
from abdi.demo.generator import GovernmentBuilder
from abdi.demo.governments import synthetic
from abdi.demo.identity import SerialRegistry
from abdi.org.models import Position, Unit
from abdi.org.queries import supervisor_of
from abdi.people import rules
from abdi.people.models import Employee
from abdi.tenancy.models import Instansi

pytestmark = pytest.mark.django_db


def _employees(slug):
    return Employee.objects.filter(instansi__slug=slug)


def test_a_small_synthetic_government_is_complete_and_valid():
    out = StringIO()
    call_command("generate_synthetic", employees=700, slug="synthetic-test", stdout=out)
    with scopes_disabled():
        instansi = Instansi.objects.get(slug="synthetic-test")
        employees = list(_employees("synthetic-test").select_related("unit", "position"))
        assert len(employees) == 700
        for e in employees:
            assert rules.validate_nip(
                e.nip, e.kind, birth_date=e.birth_date, gender=e.gender, tmt_cpns=e.tmt_cpns
            ).ok
            assert e.agency_id == e.unit.agency_id
        units = Unit.objects.filter(instansi=instansi)
        assert units.filter(kind=Unit.Kind.SEKOLAH).count() >= 5
        assert all(Position.objects.filter(unit=u, is_head=True).exists() for u in units)
        hr = User.objects.get(username="hr.admin@synthetic-test.example")
        assert RoleGrant.objects.filter(user=hr, role=Role.HR_ADMIN).exists()
        pegawai = User.objects.get(username="pegawai@synthetic-test.example")
        atasan = User.objects.get(username="atasan@synthetic-test.example")
        assert supervisor_of(pegawai.employee, on=datetime.date.today()) == atasan.employee
    assert "700 employees" in out.getvalue()


def test_it_refuses_to_overwrite_without_reset_and_replaces_with_it():
    call_command("generate_synthetic", employees=150, slug="synthetic-twice", stdout=StringIO())
    with pytest.raises(CommandError, match="already exist"):
        call_command("generate_synthetic", employees=150, slug="synthetic-twice", stdout=StringIO())
    call_command("generate_synthetic", employees=220, slug="synthetic-twice", reset=True, stdout=StringIO())
    with scopes_disabled():
        assert _employees("synthetic-twice").count() == 220
        assert Instansi.objects.filter(slug="synthetic-twice").count() == 1
        assert User.objects.filter(username__endswith="@synthetic-twice.example").count() == 3


def test_several_governments_get_numbered_slugs_and_distinct_nips():
    call_command("generate_synthetic", governments=2, employees=120, slug="multi", stdout=StringIO())
    with scopes_disabled():
        first = set(_employees("multi-1").values_list("nip", flat=True))
        second = set(_employees("multi-2").values_list("nip", flat=True))
    assert len(first) == len(second) == 120
    assert not first & second


def test_the_generator_is_deterministic():
    def build(slug):
        spec = synthetic(slug, 150)
        builder = GovernmentBuilder(
            spec, nips=SerialRegistry(3), niks=SerialRegistry(4), today=datetime.date(2026, 11, 1)
        )
        result = builder.build()
        with scopes_disabled():
            return list(
                Employee.objects.filter(instansi=result.instansi)
                .order_by("id")
                .values_list("nip", "name", "grade", "position__name")
            )

    assert build("det-a") == build("det-b")


def test_units_grow_with_the_number_of_employees():
    small, large = synthetic("s", 1_000), synthetic("l", 100_000)
    count = lambda spec: sum(1 for root in spec.plan for _ in root.walk())  # noqa: E731
    assert count(large) > 10 * count(small)
    assert 2_000 < count(large) < 5_000
