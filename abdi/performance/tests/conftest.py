"""Performance personas on top of the shared world: approved plans for the supervisor and the
employee, with one output and one outcome indicator."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from abdi.accounts.actor import Actor
from abdi.tenancy.scoping import within

from .. import services


def actor_of(user):
    return Actor.for_user(user, ip="198.51.100.7")


def make_plan(user, employee, *, year=None, parent=None, approve_as=None):
    """A plan with one main result (linked to `parent`), an output and an outcome indicator."""
    actor = actor_of(user)
    year = year or timezone.localdate().year
    skp = services.create_skp(actor=actor, employee=employee, year=year)
    result = services.add_result(actor=actor, skp=skp, values={
        "category": "UTAMA", "text": f"Hasil kerja {employee.name}",
        "parent": parent.pk if parent else None, "perspective": "PL" if skp.kind == "JPT" else ""})
    output = services.add_indicator(actor=actor, result=result, values={
        "kind": "output", "aspect": "KUANTITAS" if skp.kind != "JPT" else "",
        "text": "Laporan pembinaan sekolah", "target_value": "12", "target_unit": "laporan"})
    outcome = services.add_indicator(actor=actor, result=result, values={
        "kind": "outcome", "aspect": "KUALITAS" if skp.kind != "JPT" else "",
        "text": "Angka partisipasi sekolah", "target_value": "95", "target_unit": "%"})
    skp.refresh_from_db()
    if approve_as is not None:
        skp = services.move_skp(actor=actor, skp=skp, action="submit")
        skp = services.move_skp(actor=actor_of(approve_as), skp=skp, action="approve")
    return SimpleNamespace(skp=skp, result=result, output=output, outcome=outcome)


@pytest.fixture
def plans(world):
    """The agency head's and the supervisor's plans approved; the employee's plan approved,
    linked to the supervisor's result."""
    with within(world.gov):
        head = make_plan(world.users.agency_head, world.agency_head)
        supervisor = make_plan(world.users.supervisor, world.supervisor, parent=head.result,
                               approve_as=world.users.agency_head)
        own = make_plan(world.users.own, world.own, parent=supervisor.result,
                        approve_as=world.users.supervisor)
    today = timezone.localdate()
    return SimpleNamespace(head=head, supervisor=supervisor, own=own, today=today,
                           yesterday=today - datetime.timedelta(days=1))
