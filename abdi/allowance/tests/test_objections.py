"""Keberatan on a month's TPP: the employee objects on their slip, BKPSDM answers; nobody else."""

import pytest
from django.urls import reverse

from abdi.allowance.models import TppObjection
from abdi.allowance.services import payroll
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee
from abdi.tenancy.scoping import within

from .test_payroll import month, run_month, slip_of  # noqa: F401 - fixtures and helpers

LEAVER = EmployeeStatus.PENSIUN
REASON = "Tanggal 3 saya dinas luar, bukan terlambat."


def slip_url(world):
    return reverse("allowance:slip", args=[slip_of(run_month(world), world.own).pk])


def objections(world):
    with within(world.gov):
        return list(TppObjection.objects.values_list("status", "text", "answer"))


def test_the_employee_objects_and_bkpsdm_answers(world, month, login):  # noqa: F811
    url = slip_url(world)
    own = login(world.users.own)
    assert own.post(url, {"text": REASON}).status_code == 302
    assert objections(world) == [("open", REASON, "")]
    again = own.post(url, {"text": REASON})
    assert again.status_code == 409
    assert len(objections(world)) == 1
    admin = login(world.users.hr_admin)
    # Computing the unlocked month again keeps the slip, and the objection on it.
    run_page = admin.get(reverse("allowance:run", args=[slip_of(run_month(world), world.own).run_id]))
    assert objections(world) == [("open", REASON, "")]
    assert "open-objections" in run_page.content.decode()
    with within(world.gov):
        objection = TppObjection.objects.get()
    answer = "Sudah kami periksa: surat tugas dinas luar diterima, presensi dikoreksi."
    assert admin.post(url, {"objection": objection.pk, "answer": answer}).status_code == 302
    assert objections(world) == [("answered", REASON, answer)]
    assert answer in login(world.users.own).get(url).content.decode()


@pytest.mark.parametrize("text", ["", "pendek", "x" * 2001])
def test_an_objection_needs_words(world, month, login, text):  # noqa: F811
    response = login(world.users.own).post(slip_url(world), {"text": text})
    assert response.status_code == 400
    assert objections(world) == []


@pytest.mark.parametrize("persona", ["hr_admin", "agency_admin"])
def test_only_the_employee_objects(world, month, login, persona):  # noqa: F811
    response = login(getattr(world.users, persona)).post(slip_url(world), {"text": REASON})
    assert response.status_code == 403
    assert objections(world) == []


def test_only_bkpsdm_answers(world, month, login):  # noqa: F811
    url = slip_url(world)
    login(world.users.own).post(url, {"text": REASON})
    with within(world.gov):
        objection = TppObjection.objects.get()
    for persona in ("own", "agency_admin"):
        response = login(getattr(world.users, persona)).post(
            url, {"objection": objection.pk, "answer": "Saya menjawab sendiri keberatan ini."})
        assert response.status_code == 403
    assert objections(world)[0][0] == "open"
    bad = login(world.users.hr_admin).post(url, {"objection": "abc", "answer": "Jawaban yang cukup panjang."})
    assert bad.status_code == 404


def test_an_objection_outlives_its_employee_leaving_the_payroll(world, month, login):  # noqa: F811
    url = slip_url(world)
    assert login(world.users.own).post(url, {"text": REASON}).status_code == 302
    with within(world.gov):
        Employee.objects.filter(pk=world.own.pk).update(status=LEAVER)
    run = run_month(world)  # the month computed again after the employee left
    slip = slip_of(run, world.own)
    assert (slip.pending, slip.amount) == (payroll.Pending.NOT_PAID, 0)
    assert objections(world) == [("open", REASON, "")]
