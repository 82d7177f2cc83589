"""Demo rewards for a demo government: the national kinds plus a local "ASN Teladan", SLKS X
already received by some long-serving PNS, last year's best performers (two of them agreed to
the public page, which is enabled), and one nomination of this year waiting for BKPSDM.

Call once per government after its employees exist: `seed(instansi, today)`. Idempotent enough
for a fresh government (it adds to what is there; run it once)."""

from datetime import date

from django_scopes import scope

from abdi.accounts.models import Role, RoleGrant
from abdi.people.models import Employee
from abdi.rewards.models import Award, AwardKind, Nomination, RecognitionConsent, RewardSettings
from abdi.rewards.services.settings import ensure_defaults

DEMO_REASON = ("Contoh demo: menuntaskan digitalisasi layanan di unitnya dan menjadi narasumber "
               "berbagi praktik baik bagi perangkat daerah lain.")


def _slks_holders(instansi, today: date, limit: int) -> list[Employee]:
    cut = date(today.year - 11, today.month, 1)
    return list(Employee.objects.filter(kind="PNS", status="aktif", tmt_cpns__lte=cut)
                .order_by("tmt_cpns", "id")[:limit])


def seed(instansi, today: date) -> dict:
    with scope(instansi=instansi.pk):
        ensure_defaults(instansi.pk)
        kinds = {k.code: k for k in AwardKind.objects.all()}
        teladan, _created = AwardKind.objects.get_or_create(
            instansi=instansi, code="asn-teladan",
            defaults={"name": "ASN Teladan", "form": "local", "predikat_minimum": "SB",
                      "predikat_years": 1, "best_performer": True, "sort_order": 90})
        RewardSettings.objects.update_or_create(instansi=instansi,
                                                defaults={"public_page_enabled": True})
        hr_grant = RoleGrant.objects.filter(role=Role.HR_ADMIN).select_related("user").first()
        hr_user = hr_grant.user if hr_grant else None
        awards = []
        for number, employee in enumerate(_slks_holders(instansi, today, 6), 1):
            year = employee.tmt_cpns.year + 10
            awards.append(Award(instansi=instansi, employee=employee, kind=kinds["slks-x"],
                                slks_class="X", year=year, sk_number=f"{number}/TK/Tahun {year} (demo)",
                                sk_date=date(year, 8, 17), recorded_by=hr_user))
        best = list(Employee.objects.filter(status="aktif").order_by("-id")[:4])
        last_year = today.year - 1
        for employee, kind in zip(best[:3], (kinds["pegawai-terbaik"], teladan, kinds["pegawai-terbaik"]),
                                  strict=False):
            awards.append(Award(instansi=instansi, employee=employee, kind=kind, year=last_year,
                                sk_number=f"800/{employee.pk}/BKPSDM/{last_year} (demo)",
                                sk_date=date(last_year, 12, 20), recorded_by=hr_user))
        Award.objects.bulk_create(awards, ignore_conflicts=True)
        RecognitionConsent.objects.bulk_create(
            [RecognitionConsent(instansi=instansi, employee=e, public=True) for e in best[:2]],
            ignore_conflicts=True)
        nominations = 0
        if len(best) == 4:
            Nomination.objects.get_or_create(
                instansi=instansi, employee=best[3], kind=teladan, year=today.year,
                status=Nomination.Status.PROPOSED,
                defaults={"reason": DEMO_REASON, "nominated_by": hr_user,
                          "nominated_by_label": hr_user.display_name if hr_user else "BKPSDM (demo)"})
            nominations = 1
        return {"awards": len(awards), "opt_ins": min(2, len(best)), "nominations": nominations}
