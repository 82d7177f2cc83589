"""Performance data at benchmark scale: an approved SKP for every serving employee of a
synthetic government and millions of daily activities, written with COPY on PostgreSQL.

Generated rows only (no audit, no validation). 10,000,000 activities take a few minutes.
"""

import random
import uuid
from datetime import date, datetime, timedelta

from django.db import connection
from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.org.models import Position
from abdi.people.choices import EmployeeStatus
from abdi.people.models import Employee
from abdi.performance.models import Activity, Skp, SkpBehaviour, SkpIndicator, SkpResult
from abdi.performance.rules.activity import activity_fingerprint

TEXTS = ["Menyusun laporan kegiatan", "Verifikasi berkas usulan", "Rapat koordinasi bidang",
         "Input data pada aplikasi", "Pelayanan konsultasi tamu", "Menyusun notulen rapat"]


def _copy(model, columns: list[str], rows) -> None:
    quote = connection.ops.quote_name
    names = ", ".join(quote(model._meta.get_field(c).column) for c in columns)
    with connection.cursor() as cursor, cursor.cursor.copy(
            f"COPY {quote(model._meta.db_table)} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _ids(query, key: str) -> dict:
    return {row[key]: row["id"] for row in query.values(key, "id")}


def _set_appraisers(instansi_id: int, year: int) -> None:
    """The pejabat penilai as at submission: the holder of the head position of the unit (the
    head of a unit is left without one here; the structure answers for them when needed)."""
    quote = connection.ops.quote_name
    skp, employee, position = (quote(m._meta.db_table) for m in (Skp, Employee, Position))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {skp} s SET appraiser_id = h.id FROM {employee} e "  # noqa: S608 - table names
            f"JOIN {position} hp ON hp.unit_id = e.unit_id AND hp.is_head "
            f"JOIN {employee} h ON h.position_id = hp.id "
            "WHERE s.employee_id = e.id AND h.id <> e.id AND s.appraiser_id IS NULL "
            "AND s.instansi_id = %s AND s.year = %s", [instansi_id, year])


def generate(instansi, *, activities: int, today: date | None = None, seed: int = 11,
             log=print) -> dict:
    if connection.vendor != "postgresql":
        raise SystemExit("Benchmark-scale performance data is written with COPY on PostgreSQL.")
    rng = random.Random(seed)  # noqa: S311 - generated demo data, not a secret
    today = today or timezone.localdate()
    year = today.year
    now = timezone.now()
    approved_at = timezone.make_aware(datetime(year, 1, 20, 9, 0))
    with scopes_disabled():
        employees = list(Employee.objects.filter(instansi=instansi, status__in=EmployeeStatus.serving())
                         .exclude(skps__year=year).values_list("id", "unit_id", "position__kind"))
        log(f"SKPs for {len(employees)} employees …")
        _copy(Skp, ["instansi", "employee", "year", "kind", "approach", "position_name", "unit",
                    "status", "revision", "return_note", "submitted_at", "approved_at", "ekinerja_id",
                    "version", "created_at"],
              ((instansi.pk, e, year, "JPT" if kind == "JPT" else "NON_JPT", "KUANTITATIF", "", unit,
                "approved", 1, "", approved_at, approved_at, "", 1, now) for e, unit, kind in employees))
        _set_appraisers(instansi.pk, year)
        skp_of = _ids(Skp.objects.filter(instansi=instansi, year=year), "employee_id")
        _copy(SkpResult, ["instansi", "skp", "category", "text", "perspective", "order", "ekinerja_id",
                          "origin", "origin_label"],
              ((instansi.pk, s, "UTAMA", "Terselenggaranya layanan administrasi bidang", "", 1, "", "", "")
               for s in skp_of.values()))
        result_of = _ids(SkpResult.objects.filter(instansi=instansi, skp__year=year), "skp_id")
        _copy(SkpIndicator, ["instansi", "result", "kind", "aspect", "text", "target_value",
                             "target_unit", "realised", "realised_evidence", "order", "ekinerja_id"],
              ((instansi.pk, r, "output", "KUANTITAS", label, 240, "kegiatan", 0, "", n, "")
               for r in result_of.values()
               for n, label in ((1, "Kegiatan layanan yang diselesaikan"), (2, "Laporan yang disusun"))))
        _copy(SkpBehaviour, ["instansi", "skp", "value_number", "expectation"],
              ((instansi.pk, s, v, "") for s in skp_of.values() for v in range(1, 8)))
        indicators: dict[int, list[int]] = {}
        for skp_id, indicator_id in SkpIndicator.objects.filter(
                instansi=instansi, result__skp__year=year).values_list("result__skp_id", "id"):
            indicators.setdefault(skp_id, []).append(indicator_id)
        plans = [(e, skp_of[e]) for e, _u, _k in employees if e in skp_of]
        days = [date(year, 1, 2) + timedelta(days=n) for n in range((today - date(year, 1, 2)).days + 1)]
        days = [d for d in days if d.weekday() < 5] or [today]
        recent = today - timedelta(days=7)
        fingerprints = {(i, t): activity_fingerprint(i, t) for ids in indicators.values()
                        for i in ids for t in TEXTS}
        log(f"{activities:,} activities over {len(days)} working days …")

        def rows():
            # Day by day, as real entries arrive: a period's entries lie together on disk.
            per_day, extra = divmod(activities, len(days))
            n = 0
            for index, day in enumerate(days):
                for _k in range(per_day + (1 if index < extra else 0)):
                    yield row(n, day)
                    n += 1

        def row(n, day):
            employee_id, skp_id = plans[rng.randrange(len(plans))]
            indicator_id = rng.choice(indicators[skp_id])
            text = rng.choice(TEXTS)
            pending = day >= recent
            return (instansi.pk, employee_id, skp_id, indicator_id, day, text, 1, 60, "", "",
                    uuid.UUID(int=n + 1), fingerprints[(indicator_id, text)], False,
                    "submitted" if pending else "approved", "", None if pending else now, "", 1, now)

        _copy(Activity, ["instansi", "employee", "skp", "indicator", "date", "description", "quantity",
                         "minutes", "evidence", "evidence_link", "client_key", "fingerprint", "is_repeat",
                         "status", "reject_reason", "validated_at", "ekinerja_id", "version", "created_at"],
              rows())
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(Activity._meta.db_table)}")
    return {"skps": len(skp_of), "activities": activities}
