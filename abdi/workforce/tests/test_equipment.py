"""Equipment of a jabatan (peralatan kerja method): the service adds it to the line's FTE before
rounding, refuses impossible input and frozen ABKs; the page adds, edits and deletes it."""

from decimal import Decimal

import pytest
from django.urls import reverse

from abdi.audit.models import AuditEntry
from abdi.core.errors import Conflict, DomainError
from abdi.tenancy.scoping import within
from abdi.workforce import queries
from abdi.workforce.models import AbkEquipment
from abdi.workforce.services import abk as services

from .conftest import actor_of

CT = {"name": "CT scan", "machines": 3, "rpk": "0.5", "shifts": 2}


def _add(world, abk_world, **fields):
    with within(world.gov):
        abk_world.abk.refresh_from_db()
        return services.add_equipment(actor=actor_of(world.users.agency_admin),
                                      abk=abk_world.abk, line=abk_world.it_line,
                                      version=abk_world.abk.version, **(CT | fields))


def _line(world, abk_world):
    with within(world.gov):
        return queries.get_line(abk_world.abk, abk_world.it_line.pk)


def _equipment(world):
    with within(world.gov):
        return list(AbkEquipment.objects.values_list("name", "machines", "rpk", "shifts"))


def test_equipment_counts_in_the_line_need(world, abk_world):
    item = _add(world, abk_world)
    line = _line(world, abk_world)
    assert (line.fte, line.equipment_fte, line.needed, line.total_minutes) == (
        Decimal("3.0000"), Decimal("3.0000"), 3, 0)
    # Bezetting 1 (the Pranata Komputer holder): EJ 3.00 → A, short 2.
    assert (line.bezetting, line.ej, line.pj, line.shortage) == (1, Decimal("3.00"), "A", 2)
    assert item.rpk == Decimal("0.5")
    with within(world.gov):
        entry = AuditEntry.objects.get(action="create", object_type="workforce.abkequipment")
    assert entry.changes["rpk"] == [None, "0.5"]


def test_equipment_and_a_task_are_summed_before_rounding(world, abk_world):
    _add(world, abk_world, machines=1, rpk="0,4", shifts=1)
    with within(world.gov):
        abk_world.abk.refresh_from_db()
        services.add_task(actor=actor_of(world.users.agency_admin), abk=abk_world.abk,
                          line=abk_world.it_line, version=abk_world.abk.version,
                          name="Memelihara jaringan", output_unit="laporan", volume=1,
                          period="tahun", norma_minutes=22_500)
    line = _line(world, abk_world)
    assert (line.fte, line.needed, line.low_load) == (Decimal("0.7000"), 1, False)


def test_update_and_delete_recompute(world, abk_world):
    item = _add(world, abk_world)
    actor = actor_of(world.users.agency_admin)
    with within(world.gov):
        services.update_equipment(actor=actor, abk=abk_world.abk, equipment=item,
                                  version=item.version, **(CT | {"shifts": 1}))
    assert _line(world, abk_world).needed == 2  # 1.5 → 2
    with within(world.gov), pytest.raises(Conflict):
        services.update_equipment(actor=actor, abk=abk_world.abk, equipment=item,
                                  version=item.version, **CT)  # the version read is stale
    item.refresh_from_db()
    with within(world.gov):
        services.delete_equipment(actor=actor, abk=abk_world.abk, equipment=item,
                                  version=item.version)
    line = _line(world, abk_world)
    assert (line.fte, line.needed, _equipment(world)) == (0, 0, [])


@pytest.mark.parametrize(("field", "values"), [
    ("name", {"name": ""}), ("name", {"name": "x" * 201}),
    ("machines", {"machines": 0}), ("machines", {"machines": -1}),
    ("machines", {"machines": "1.5"}), ("machines", {"machines": 10_001}),
    ("shifts", {"shifts": 0}), ("shifts", {"shifts": 5}), ("shifts", {"shifts": "dua"}),
    ("rpk", {"rpk": "0"}), ("rpk", {"rpk": "10.01"}), ("rpk", {"rpk": "-1"}),
    ("rpk", {"rpk": "abc"}), ("rpk", {"rpk": "0.12345"}), ("rpk", {"rpk": ""}),
    ("machines", {"machines": 10_000, "rpk": "10", "shifts": 4}),  # > 1,000 FTE for one jabatan
])
def test_impossible_equipment_refused_and_nothing_saved(world, abk_world, field, values):
    with pytest.raises(DomainError) as caught:
        _add(world, abk_world, **values)
    assert caught.value.field == field
    assert _equipment(world) == []
    assert _line(world, abk_world).fte == 0


def test_approved_abk_is_frozen_and_a_revision_copies_the_equipment(world, abk_world):
    _add(world, abk_world)
    admin, hr = actor_of(world.users.agency_admin), actor_of(world.users.hr_admin)
    with within(world.gov):
        abk = abk_world.abk
        abk.refresh_from_db()
        abk = services.submit_abk(actor=admin, abk=abk, version=abk.version)  # equipment only
        abk = services.review_abk(actor=hr, abk=abk, version=abk.version, approve=True)
        with pytest.raises(Conflict):
            services.add_equipment(actor=admin, abk=abk, line=abk_world.it_line,
                                   version=abk.version, **CT)
        item = AbkEquipment.objects.get()
        with pytest.raises(Conflict):
            services.delete_equipment(actor=admin, abk=abk, equipment=item, version=item.version)
        new = services.revise_abk(actor=admin, abk=abk, version=abk.version)
        copied = AbkEquipment.objects.get(line__abk=new)
        line = new.lines.get(position=abk_world.it_pos)
    assert (copied.name, copied.machines, copied.rpk, copied.shifts) == (
        "CT scan", 3, Decimal("0.5"), 2)
    assert (line.needed, line.equipment_fte) == (3, Decimal("3.0000"))


# ---- the page ------------------------------------------------------------------------------


def _post(client, abk_world, url, **fields):
    return client.post(url, {f"equipment_{k}": v for k, v in (CT | fields).items()}
                       | {"version": abk_world.abk.version})


def test_page_adds_edits_and_deletes_equipment(world, abk_world, login):
    c = login(world.users.agency_admin)
    line_url = reverse("workforce:line", args=[abk_world.abk.pk, abk_world.it_line.pk])
    response = _post(c, abk_world, reverse("workforce:equipment_add",
                                           args=[abk_world.abk.pk, abk_world.it_line.pk]))
    assert response.status_code == 302
    page = c.get(line_url).content.decode()
    assert "CT scan" in page
    assert 'data-testid="line-equipment-fte"' in page
    with within(world.gov):
        item = AbkEquipment.objects.get()
    item_url = reverse("workforce:equipment", args=[abk_world.abk.pk, item.pk])
    assert 'data-testid="edit-equipment-row"' in c.get(item_url).content.decode()
    response = c.post(item_url, {"equipment_name": "CT scan", "equipment_machines": "1",
                                 "equipment_rpk": "1", "equipment_shifts": "3",
                                 "version": item.version})
    assert response.status_code == 302
    assert _equipment(world) == [("CT scan", 1, Decimal("1.0000"), 3)]
    item.refresh_from_db()
    response = c.post(item_url, {"delete": "1", "version": item.version})
    assert response.status_code == 302
    assert _equipment(world) == []


@pytest.mark.parametrize(("fields", "message"), [
    ({"shifts": "5"}, "shifts must be from 1 to 4"), ({"rpk": "0"}, "RPK must be"),
    ({"machines": "0"}, "machines must be from 1"), ({"name": ""}, "Name the equipment")])
def test_page_refuses_bad_equipment_with_400(world, abk_world, login, fields, message):
    c = login(world.users.agency_admin)
    response = _post(c, abk_world, reverse("workforce:equipment_add",
                                           args=[abk_world.abk.pk, abk_world.it_line.pk]),
                     **fields)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert 'aria-invalid="true"' in response.content.decode()
    assert _equipment(world) == []


def test_page_denies_readers_and_other_units(world, abk_world, login):
    url = reverse("workforce:equipment_add", args=[abk_world.abk.pk, abk_world.it_line.pk])
    response = _post(login(world.users.leader), abk_world, url)
    assert response.status_code == 403
    assert _equipment(world) == []
    assert login(world.users.leader).get(url).status_code == 405
