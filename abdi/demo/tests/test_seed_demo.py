"""seed_demo: three real governments, valid identifiers, a full chain of command, every role."""

import datetime
import re
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_scopes import scopes_disabled

from abdi.accounts.actor import Actor
from abdi.accounts.models import Role, RoleGrant, User
from abdi.demo.accounts import DEMO_PASSWORD, DEMO_TOTP_SECRET, OPERATOR_USERNAME, totp_key_hex
from abdi.demo.governments import DEMO_GOVERNMENTS
from abdi.demo.management.commands.seed_demo import persona_username
from abdi.demo.purge import purge_government
from abdi.org.models import ActingAssignment, Position, Unit
from abdi.org.queries import head_of, supervisor_of
from abdi.people import rules
from abdi.people.models import Employee, PositionHistory, RankHistory
from abdi.people.queries import visible_employees
from abdi.people.validation import retirement_date_for
from abdi.tenancy.models import Holiday, Instansi
from abdi.tenancy.scoping import within

SPECS = [factory() for factory in DEMO_GOVERNMENTS]
SLUGS = [spec.slug for spec in SPECS]


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Seed once for the module (a few seconds), and remove it afterwards for other modules."""
    with django_db_blocker.unblock():
        out = StringIO()
        call_command("seed_demo", stdout=out)
        yield out.getvalue()
        for instansi in Instansi.objects.filter(slug__in=SLUGS):
            purge_government(instansi)
        User.objects.filter(username=OPERATOR_USERNAME).delete()


@pytest.fixture
def demo(seeded, db):
    with scopes_disabled():
        yield seeded


def test_three_governments_with_their_time_zones(demo):
    governments = {i.slug: i for i in Instansi.objects.filter(slug__in=SLUGS)}
    assert governments["palembang"].name == "Pemerintah Kota Palembang"
    assert governments["palembang"].time_zone == "Asia/Jakarta"
    assert governments["palembang"].province == "Sumatera Selatan"
    assert governments["semarang"].time_zone == "Asia/Jakarta"
    assert governments["semarang"].province == "Jawa Tengah"
    assert governments["bulungan"].time_zone == "Asia/Makassar"
    assert governments["bulungan"].kind == Instansi.Kind.KABUPATEN
    assert governments["bulungan"].seat == "Tanjung Selor"
    assert governments["bulungan"].zone_label == "WITA"


def test_a_few_hundred_employees_each_with_the_agencies_asked_for(demo):
    for spec in SPECS:
        instansi = Instansi.objects.get(slug=spec.slug)
        count = Employee.objects.filter(instansi=instansi).count()
        assert 250 <= count <= 400
        roots = set(Unit.objects.filter(instansi=instansi, parent=None).values_list("code", flat=True))
        assert {
            "SETDA",
            "SETWAN",
            "INSP",
            "BKPSDM",
            "BAPPEDA",
            "DISDIK",
            "DINKES",
            "DINSOS",
            "DISDUKCAPIL",
            "PUPR",
            "SATPOLPP",
            "RSUD",
        } <= roots
        assert any(code.startswith("KEC-") for code in roots)
        kinds = set(Unit.objects.filter(instansi=instansi).values_list("kind", flat=True))
        assert {
            Unit.Kind.SEKOLAH,
            Unit.Kind.PUSKESMAS,
            Unit.Kind.KELURAHAN,
            Unit.Kind.BIDANG,
            Unit.Kind.SUBBAGIAN,
            Unit.Kind.BAGIAN,
        } <= kinds
        assert Holiday.objects.filter(instansi=instansi).count() >= 5


def test_every_nip_and_nik_agrees_with_the_record(demo):
    employees = list(Employee.objects.filter(instansi__slug__in=SLUGS))
    assert employees
    for e in employees:
        check = rules.validate_nip(
            e.nip, e.kind, birth_date=e.birth_date, gender=e.gender, tmt_cpns=e.tmt_cpns
        )
        assert check.ok, (e.nip, check.errors)
        assert not check.warnings, (e.nip, check.warnings)
        assert rules.decode_nik(e.nik).ok, e.nik
        assert rules.nik_nip_consistency(e.nik, e.nip) == (), (e.nik, e.nip)
    assert len({e.nip for e in employees}) == len(employees)
    assert len({e.nik for e in employees}) == len(employees)
    pppk = [e for e in employees if e.kind == "PPPK"]
    assert pppk
    assert all(e.nip[12:14] == "21" and e.grade in rules.PPPK_GRADES for e in pppk)


def test_golongan_fit_the_jabatan(demo):
    for e in Employee.objects.filter(instansi__slug__in=SLUGS, kind="PNS").select_related("position"):
        assert e.grade_ordinal == rules.grade_ordinal(e.grade, kind=e.kind)
        if e.position and e.position.kind == "FUNGSIONAL":
            assert rules.grade_fits_jf_level(e.grade, e.position.level), (e, e.grade, e.position.name)
        if e.position and e.position.kind == "JPT":
            assert e.grade.startswith("IV/")


def test_derived_fields_are_what_the_services_would_set(demo):
    units = {u.pk: u for u in Unit.objects.filter(instansi__slug__in=SLUGS)}
    for unit in units.values():
        parent = units.get(unit.parent_id)
        assert unit.path == f"{parent.path if parent else '/'}{unit.pk}/"
        assert unit.depth == (parent.depth + 1 if parent else 0)
        assert unit.agency_id == (parent.agency_id if parent else unit.pk)
    for e in Employee.objects.filter(instansi__slug__in=SLUGS).select_related("unit", "position"):
        assert e.agency_id == e.unit.agency_id
        assert e.job_kind == (e.position.kind if e.position else "")
        assert e.retirement_date == retirement_date_for(e.birth_date, e.position)
        if e.position:
            assert e.position.unit_id == e.unit_id


def test_guru_retire_at_sixty_as_their_law_says(demo):
    guru = Employee.objects.filter(instansi__slug="palembang", position__name__startswith="Guru").first()
    assert guru.position.retirement_age_override == 60
    assert guru.retirement_date == rules.retirement_tmt(guru.birth_date, 60)


def test_statuses_and_history(demo):
    for spec in SPECS:
        employees = Employee.objects.filter(instansi__slug=spec.slug)
        statuses = set(employees.values_list("status", flat=True))
        assert {"aktif", "cuti", "pensiun"} <= statuses
        assert employees.filter(status="pensiun").count() == 1
        assert employees.filter(status="pensiun", position__isnull=True).count() == 1
    assert Employee.objects.filter(instansi__slug__in=SLUGS, status="tugas_belajar").exists()
    sample = Employee.objects.filter(instansi__slug="semarang", kind="PNS", job_kind="JPT").first()
    assert 2 <= RankHistory.objects.filter(employee=sample).count() <= 4
    assert 2 <= PositionHistory.objects.filter(employee=sample).count() <= 4
    latest = PositionHistory.objects.filter(employee=sample).order_by("-tmt").first()
    assert latest.position_id == sample.position_id


def test_every_unit_has_a_head_position_and_a_leader(demo):
    today = datetime.date.today()
    for unit in Unit.objects.filter(instansi__slug__in=SLUGS):
        assert Position.objects.filter(unit=unit, is_head=True).count() == 1, unit.code
        assert head_of(unit.pk, on=today) is not None, unit.code


def test_vacancies_are_covered_by_a_plt_and_one_plh(demo):
    today = datetime.date.today()
    for spec in SPECS:
        acting = ActingAssignment.objects.filter(instansi__slug=spec.slug, start__lte=today, end__gte=today)
        assert acting.filter(kind="plh").count() == 1
        assert 1 <= acting.filter(kind="plt").count() <= 2
        for assignment in acting.filter(kind="plt"):
            assert not Employee.objects.filter(position=assignment.position).exists()
        plh = acting.get(kind="plh")
        assert Employee.objects.get(position=plh.position).status == "cuti"


def test_each_role_has_its_demo_account(demo):
    for spec in SPECS:
        instansi = Instansi.objects.get(slug=spec.slug)
        users = {}
        for role, persona in spec.personas.items():
            user = User.objects.select_related("employee").get(username=persona_username(persona))
            assert user.instansi == instansi
            assert user.employee.name == persona.name
            assert user.check_password(DEMO_PASSWORD)
            users[role] = user
        grants = {(g.user_id, g.role, g.agency_id) for g in RoleGrant.objects.filter(instansi=instansi)}
        disdik = Unit.objects.get(instansi=instansi, code="DISDIK")
        assert (users["agency_admin"].pk, Role.AGENCY_ADMIN, disdik.pk) in grants
        assert (users["hr_admin"].pk, Role.HR_ADMIN, None) in grants
        assert (users["leader"].pk, Role.LEADER, None) in grants
        assert not RoleGrant.objects.filter(user__in=[users["pegawai"], users["atasan"]]).exists()
        today = datetime.date.today()
        assert supervisor_of(users["pegawai"].employee, on=today) == users["atasan"].employee
        assert users["leader"].employee.position.name == "Sekretaris Daerah"
        for role in ("agency_admin", "hr_admin"):
            device = TOTPDevice.objects.get(user=users[role])
            assert device.confirmed
            assert device.key == totp_key_hex(DEMO_TOTP_SECRET)
    operator = User.objects.get(username=OPERATOR_USERNAME)
    assert operator.is_operator
    assert operator.instansi_id is None
    assert TOTPDevice.objects.filter(user=operator, confirmed=True).exists()


def test_running_it_twice_changes_nothing(demo):
    before = (
        Instansi.objects.count(),
        Unit.objects.count(),
        Employee.objects.count(),
        User.objects.count(),
        RankHistory.objects.count(),
        TOTPDevice.objects.count(),
    )
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert "nothing to do" in out.getvalue()
    after = (
        Instansi.objects.count(),
        Unit.objects.count(),
        Employee.objects.count(),
        User.objects.count(),
        RankHistory.objects.count(),
        TOTPDevice.objects.count(),
    )
    assert after == before


def test_the_accounts_document_lists_every_demo_username(demo):
    text = (Path(settings.BASE_DIR) / "docs" / "demo-accounts.md").read_text()
    for spec in SPECS:
        for persona in spec.personas.values():
            assert persona_username(persona) in text
    assert OPERATOR_USERNAME in text
    assert DEMO_PASSWORD in text
    assert DEMO_TOTP_SECRET in text


def test_demo_totp_prints_a_code_the_device_accepts(demo):
    username = persona_username(SPECS[0].personas["hr_admin"])
    out = StringIO()
    call_command("demo_totp", username, stdout=out, stderr=StringIO())
    code = out.getvalue().strip()
    assert re.fullmatch(r"[0-9]{6}", code)
    assert TOTPDevice.objects.get(user__username=username).verify_token(code)


def test_demo_session_is_logged_in_past_the_second_factor(demo, client):
    username = persona_username(SPECS[0].personas["hr_admin"])
    out = StringIO()
    call_command("demo_session", username, stdout=out)
    name, _, key = out.getvalue().strip().partition("=")
    client.cookies[name] = key
    response = client.get("/")
    assert response.status_code == 200
    assert response.wsgi_request.user.username == username


def test_each_demo_role_sees_what_the_docs_promise(demo):
    spec = SPECS[2]
    instansi = Instansi.objects.get(slug=spec.slug)
    users = {role: User.objects.get(username=persona_username(p)) for role, p in spec.personas.items()}
    with within(instansi):
        seen = {
            role: set(visible_employees(Actor.for_user(user)).values_list("pk", flat=True))
            for role, user in users.items()
        }
        everyone = set(Employee.objects.values_list("pk", flat=True))
        disdik = set(Employee.objects.filter(agency__code="DISDIK").values_list("pk", flat=True))
        bidang_sd = set(Employee.objects.filter(unit__code="DISDIK-SD").values_list("pk", flat=True))
    assert seen["pegawai"] == {users["pegawai"].employee_id}
    assert seen["atasan"] == bidang_sd
    assert len(bidang_sd) > 2
    assert seen["agency_admin"] == disdik | {users["agency_admin"].employee_id}
    assert seen["hr_admin"] == everyone
    assert seen["leader"] == everyone


def test_every_government_has_tpp_rules_in_force_and_a_clean_history(demo):
    from abdi.allowance.models import TppRuleSet
    from abdi.allowance.rules import codec
    from abdi.allowance.rules.periods import Period, in_force, period_findings

    today = timezone.localdate()
    for instansi in Instansi.objects.filter(slug__in=SLUGS):
        rule_sets = list(TppRuleSet.objects.filter(instansi=instansi))
        periods = [Period(r.pk, r.effective_from, r.effective_to) for r in rule_sets]
        assert period_findings(periods) == []
        current = next(r for r in rule_sets if r.pk == in_force(periods, today).key)
        assert current.amounts.filter(component="BK").count() == 15
        assert codec.schedule_from_data(current.schedule)[1] == []
