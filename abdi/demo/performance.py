"""Performance demo data: the chain of command of the atasan persona with approved SKPs that
cascade from the head of the agency, two weeks of daily activities (most validated, some
waiting in the atasan's queue), and last period's appraisals rated but not yet final.

Generated rows (no audit), written through the ORM like the rest of the demo builder.
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.utils import timezone
from django_scopes import scopes_disabled

from abdi.org.queries import direct_subordinates, supervisor_of
from abdi.performance.models import (
    Activity,
    Appraisal,
    Skp,
    SkpBehaviour,
    SkpIndicator,
    SkpResult,
    UnitPerformance,
)
from abdi.performance.queries_appraisal import appraisal_group_unit
from abdi.performance.rules import BERAKHLAK, period_of, predikat_for
from abdi.performance.rules.activity import activity_fingerprint

# (result, [(indicator, aspect, target, unit)]) per level of the chain.
HEAD_RESULTS = [
    ("Meningkatnya angka partisipasi sekolah dasar", [
        ("Angka partisipasi murni SD", "", Decimal("97"), "%")]),
    ("Meningkatnya mutu layanan pendidikan dasar", [
        ("Persentase sekolah terakreditasi minimal B", "", Decimal("90"), "%")]),
]
SUPERVISOR_RESULTS = [
    ("Terlaksananya pembinaan sekolah dasar", [
        ("Jumlah sekolah dasar yang dibina", "KUANTITAS", Decimal("40"), "sekolah"),
        ("Laporan pembinaan tepat waktu", "WAKTU", Decimal("12"), "bulan")]),
    ("Tersusunnya data pokok pendidikan dasar yang mutakhir", [
        ("Dokumen rekapitulasi dapodik", "KUANTITAS", Decimal("4"), "dokumen")]),
]
STAFF_RESULTS = [
    ("Tersusunnya laporan hasil pembinaan sekolah", [
        ("Laporan kunjungan pembinaan", "KUANTITAS", Decimal("48"), "laporan"),
        ("Laporan yang diterima tanpa revisi", "KUALITAS", Decimal("90"), "%")]),
    ("Terverifikasinya data peserta didik", [
        ("Data sekolah yang diverifikasi", "KUANTITAS", Decimal("120"), "sekolah")]),
]
ACTIVITY_TEXTS = [
    "Kunjungan pembinaan ke {school} dan menyusun notulen",
    "Verifikasi data peserta didik {school} pada aplikasi dapodik",
    "Menyusun laporan hasil supervisi {school}",
    "Rapat koordinasi pembinaan dengan kepala {school}",
]
SCHOOLS = ["SD Negeri 12", "SD Negeri 45", "SD Negeri 7", "SD Negeri 101", "SD Negeri 33", "SD Negeri 2"]


def _plan(instansi_id, employee, year, results, approved_at, parents=()):
    skp = Skp.objects.create(
        instansi_id=instansi_id, employee=employee, year=year,
        kind="JPT" if employee.position and employee.position.kind == "JPT" else "NON_JPT",
        position_name=employee.position.name if employee.position else "", unit_id=employee.unit_id,
        appraiser=supervisor_of(employee, on=approved_at.date()), status="approved",
        submitted_at=approved_at, approved_at=approved_at)
    SkpBehaviour.objects.bulk_create(
        SkpBehaviour(instansi_id=instansi_id, skp=skp, value_number=v.number,
                     expectation="Menyelesaikan laporan tepat waktu dan responsif terhadap sekolah"
                     if v.number in (1, 3) else "")
        for v in BERAKHLAK)
    made = []
    for order, (text, indicators) in enumerate(results, start=1):
        parent = parents[(order - 1) % len(parents)] if parents else None
        result = SkpResult.objects.create(
            instansi_id=instansi_id, skp=skp, text=text, order=order, parent=parent,
            perspective="PL" if skp.kind == "JPT" else "")
        for i, (label, aspect, target, unit) in enumerate(indicators, start=1):
            SkpIndicator.objects.create(
                instansi_id=instansi_id, result=result, text=label, aspect=aspect, target_value=target,
                target_unit=unit, order=i, kind="outcome" if unit == "%" else "output")
        made.append(result)
    return skp, made


def seed_performance(instansi, atasan, *, today: date | None = None, seed: int = 7) -> dict:
    """Plans for the agency head, the atasan persona and the atasan's staff, with activities."""
    rng = random.Random(seed)  # noqa: S311 - generated demo data, not a secret
    today = today or timezone.localdate()
    approved_at = timezone.now() - timedelta(days=max(20, today.timetuple().tm_yday - 20))
    counts = {"skp": 0, "activities": 0, "appraisals": 0}
    with scopes_disabled():
        head = supervisor_of(atasan, on=today)
        parents = ()
        if head is not None:
            _skp, parents = _plan(instansi.pk, head, today.year, HEAD_RESULTS, approved_at)
            counts["skp"] += 1
        _skp, supervisor_results = _plan(instansi.pk, atasan, today.year, SUPERVISOR_RESULTS,
                                         approved_at, parents)
        counts["skp"] += 1
        staff = list(direct_subordinates(atasan.pk, on=today).select_related("position", "unit")
                     .order_by("name")[:12])
        previous = period_of(period_of(today, instansi.appraisal_period).start - timedelta(days=1),
                             instansi.appraisal_period)
        ratings = ["SESUAI", "SESUAI", "ATAS", "SESUAI", "BAWAH"]
        for index, employee in enumerate(staff):
            skp, _results = _plan(instansi.pk, employee, today.year, STAFF_RESULTS, approved_at,
                                  supervisor_results)
            counts["skp"] += 1
            indicators = list(SkpIndicator.objects.filter(result__skp=skp, kind="output"))
            activities = []
            for back in range(14, -1, -1):
                day = today - timedelta(days=back)
                if day.weekday() >= 5 or day.year != today.year:
                    continue
                for _n in range(rng.randint(1, 2)):
                    indicator = rng.choice(indicators)
                    text = rng.choice(ACTIVITY_TEXTS).format(school=rng.choice(SCHOOLS))
                    pending = back <= 2
                    activities.append(Activity(
                        instansi_id=instansi.pk, employee=employee, skp=skp, indicator=indicator,
                        date=day, description=text, quantity=Decimal(1), minutes=rng.choice([60, 90, 120]),
                        fingerprint=activity_fingerprint(indicator.pk, text),
                        status="submitted" if pending else "approved",
                        validated_by=None if pending else atasan,
                        validated_at=None if pending else timezone.now()))
            Activity.objects.bulk_create(activities)
            counts["activities"] += len(activities)
            for indicator in indicators:
                done = sum(a.quantity for a in activities if a.indicator_id == indicator.pk
                           and a.status == "approved")
                SkpIndicator.objects.filter(pk=indicator.pk).update(realised=done)
            if previous.year == today.year:
                result_rating, behaviour_rating = ratings[index % len(ratings)], "SESUAI"
                Appraisal.objects.create(
                    instansi_id=instansi.pk, skp=skp, employee=employee,
                    unit=appraisal_group_unit(employee), year=previous.year,
                    period_kind=previous.kind, period_number=previous.number, start=previous.start,
                    end=previous.end, result_rating=result_rating, behaviour_rating=behaviour_rating,
                    result_reason="Realisasi dibandingkan target periode ini.",
                    behaviour_reason="Perilaku kerja sesuai ekspektasi pimpinan.",
                    predikat=predikat_for(result_rating, behaviour_rating), appraiser=atasan,
                    status="rated", rated_at=timezone.now())
                counts["appraisals"] += 1
        if staff and previous.year == today.year:
            UnitPerformance.objects.get_or_create(
                instansi_id=instansi.pk, unit=appraisal_group_unit(staff[0]), year=previous.year,
                period_kind=previous.kind, period_number=previous.number,
                defaults={"org_predikat": "B", "set_by": head, "set_by_label": head.name if head else ""})
    return counts
