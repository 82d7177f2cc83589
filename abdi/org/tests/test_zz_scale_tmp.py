import time, datetime
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled
from abdi.org.tests.factories import UnitFactory, HeadPositionFactory, PositionFactory
from abdi.people.models import Employee

def test_scale(login, client, world):
    with scopes_disabled():
        units = []
        for b in range(8):
            bid = UnitFactory(parent=world.agency, name=f"Bidang {b}")
            units.append(bid)
            for s in range(8):
                units.append(UnitFactory(parent=bid, name=f"Seksi {b}.{s}"))
        rows = []
        n = 0
        for u in units:
            HeadPositionFactory(unit=u)
            pos = PositionFactory(unit=u)
            for i in range(28):
                n += 1
                rows.append(Employee(instansi=world.gov, nip=f"19700101199503{n:04d}", name=f"P {n}", birth_date=datetime.date(1970,1,1), gender="L", kind="PNS", unit=u, agency_id=world.agency.pk, position=pos))
        Employee.objects.bulk_create(rows)
    login(world.users.hr_admin)
    for url, kw in ((reverse("org:chart"), {}), (reverse("org:chart_children", args=[world.agency.pk]), {"HTTP_HX_REQUEST": "true"}), (reverse("org:unit", args=[world.agency.pk]), {}), (reverse("org:unit", args=[units[1].pk]), {})):
        client.get(url, **kw)
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter(); r = client.get(url, **kw); dt = time.perf_counter() - t
        print(url, r.status_code, f"{dt*1000:.0f} ms", len(r.content), [q["time"] for q in ctx.captured_queries][5:])
