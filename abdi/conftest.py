"""Shared test personas: one government with two agencies, and another government.

Every permission test speaks of the same people: the employee themself (own), their
supervisor, someone in another unit, an admin of their agency, BKPSDM, a leader, a
platform operator, someone of another government, and anonymous.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.db import connection
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from abdi.accounts.models import Role
from abdi.accounts.tests.factories import RoleGrantFactory, UserFactory
from abdi.core import request_cache
from abdi.core.generations import forget_near_copies
from abdi.org.tests.factories import HeadPositionFactory, PositionFactory, UnitFactory
from abdi.people.tests.factories import EmployeeFactory
from abdi.tenancy.tests.factories import InstansiFactory
from abdi.web.tests.browser import browser_page  # noqa: F401 - a fixture for browser journeys


def _account(employee=None, *, instansi, username=None, **fields):
    return UserFactory(
        username=username or (employee.nip if employee else None) or UserFactory.username,
        instansi=instansi, employee=employee,
        display_name=employee.name if employee else fields.pop("display_name", "Admin"),
        **fields,
    )


def _staff(unit, name, **kw):
    return EmployeeFactory(position=PositionFactory(unit=unit), name=name, **kw)


@pytest.fixture(scope="session", autouse=True)
def _no_stray_connections_at_the_end(django_db_setup, django_db_blocker):
    """The live server's threads may leave a PostgreSQL session open, which stops the test
    database from being dropped; end such sessions before pytest-django drops it."""
    yield
    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The principal cache is keyed by ids, which a rolled-back test database hands out again."""
    cache.clear()
    forget_near_copies()
    request_cache.forget_near_copies()
    yield
    cache.clear()
    forget_near_copies()
    request_cache.forget_near_copies()


@pytest.fixture(autouse=True)
def _test_language():
    """Every test starts in the test settings' language: a request made by an earlier test on
    the same worker (LocaleMiddleware activates the language it chose) must not leak into it."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def world(db):
    with scopes_disabled():
        gov = InstansiFactory(slug="kota-a", name="Pemerintah Kota A")
        other_gov = InstansiFactory(slug="kab-b", name="Pemerintah Kabupaten B",
                                    time_zone="Asia/Makassar")
        agency = UnitFactory(instansi=gov, name="Dinas Pendidikan", code="DISDIK")
        unit = UnitFactory(parent=agency, name="Bidang Pembinaan SD", code="DISDIK-SD")
        sibling_unit = UnitFactory(parent=agency, name="Bidang PAUD", code="DISDIK-PAUD")
        other_agency = UnitFactory(instansi=gov, name="Dinas Kesehatan", code="DINKES")
        agency_head = EmployeeFactory(
            position=HeadPositionFactory(unit=agency, name="Kepala Dinas Pendidikan", kind="JPT",
                                         level="PRATAMA", kelas_jabatan=14),
            name="Kepala Dinas")
        supervisor = EmployeeFactory(
            position=HeadPositionFactory(unit=unit, name="Kepala Bidang Pembinaan SD"),
            name="Supervisor Satu")
        own = _staff(unit, "Pegawai Sendiri", birth_date=datetime.date(1990, 1, 1),
                     tmt_cpns=datetime.date(2015, 3, 1), gender="L")
        peer = _staff(unit, "Rekan Sebidang")
        sibling = _staff(sibling_unit, "Pegawai PAUD")
        other_unit = _staff(other_agency, "Pegawai Dinkes")
        other_gov_agency = UnitFactory(instansi=other_gov, name="Dinas Sosial", code="DINSOS")
        other_gov_employee = _staff(other_gov_agency, "Pegawai Kabupaten B")

        hr_admin_employee = _staff(other_agency, "Admin BKPSDM")
        users = SimpleNamespace(
            own=_account(own, instansi=gov),
            supervisor=_account(supervisor, instansi=gov),
            agency_head=_account(agency_head, instansi=gov),
            other_unit=_account(other_unit, instansi=gov),
            agency_admin=_account(None, instansi=gov, username="admin.disdik@kota-a.go.id"),
            hr_admin=_account(hr_admin_employee, instansi=gov),
            leader=_account(None, instansi=gov, username="sekda@kota-a.go.id"),
            operator=_account(None, instansi=None, username="operator@abdi.id", is_operator=True),
            other_gov=_account(other_gov_employee, instansi=other_gov),
        )
        RoleGrantFactory(user=users.agency_admin, role=Role.AGENCY_ADMIN, agency=agency)
        RoleGrantFactory(user=users.hr_admin, role=Role.HR_ADMIN)
        RoleGrantFactory(user=users.leader, role=Role.LEADER)
        return SimpleNamespace(
            gov=gov, other_gov=other_gov, agency=agency, unit=unit, sibling_unit=sibling_unit,
            other_agency=other_agency, other_gov_agency=other_gov_agency,
            agency_head=agency_head, supervisor=supervisor, own=own, peer=peer, sibling=sibling,
            other_unit=other_unit, other_gov_employee=other_gov_employee,
            hr_admin_employee=hr_admin_employee, users=users,
        )


def log_in(client, user):
    """Log a user in with the second factor already passed, as after a real login."""
    client.force_login(user)
    device, _ = TOTPDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return client


@pytest.fixture
def login(client):
    def _login(user):
        return log_in(client, user)

    return _login
