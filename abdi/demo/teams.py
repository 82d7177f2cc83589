"""Demo cross-agency teams for a demo government: a health-and-welfare team (Dinas Sosial with
Dinas Kesehatan) and a pandemic service protocol team, with active members whose weights add up
to 100, a shared result with its realisation mirrored into the members' SKPs, and one invitation
still waiting for its answers. Agencies missing in a government are replaced by existing ones.

Call inside the government's scope, after its employees (and their SKPs) exist:
    with transaction.atomic(), within(instansi):
        seed(instansi, today)
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.utils import timezone

from abdi.org.models import Unit
from abdi.people.models import Employee
from abdi.teams.models import Membership, RealisationUpdate, Team, TeamIndicator, TeamResult
from abdi.teams.services import mirror

TEAMS = (
    # name, words of the coordinating agency, words of the partner agency, mandate, result,
    # (indicator, target, unit, realised)
    ("Tim Terpadu Kesehatan dan Kesejahteraan Sosial", "sosial", "kesehatan",
     "Menyatukan data dan layanan kesehatan serta bantuan sosial bagi keluarga rentan, "
     "termasuk pendampingan balita berisiko stunting.",
     "Layanan terpadu kesehatan dan sosial bagi keluarga rentan",
     (("Keluarga rentan yang didampingi", Decimal(400), "keluarga", Decimal(180)),
      ("Protokol rujukan bersama yang disahkan", Decimal(10), "dokumen", Decimal(5)))),
    ("Tim Protokol Layanan Masa Pandemi", "kesehatan", "sosial",
     "Menyusun dan menguji protokol layanan publik saat pandemi di seluruh perangkat daerah.",
     "Protokol layanan masa pandemi yang siap dipakai",
     (("Protokol layanan yang diuji", Decimal(12), "protokol", Decimal(4)),)),
)


def _agency(words: str, fallback_index: int, *, besides=None):
    agencies = list(Unit.objects.filter(parent__isnull=True).order_by("name", "pk"))
    found = next((a for a in agencies if words in a.name.lower()), None)
    if found is not None:
        return found
    others = [a for a in agencies if a != besides] or agencies
    return others[fallback_index % len(others)] if others else None


def _staff(agency, count: int) -> list:
    return list(Employee.objects.filter(agency=agency, status="aktif")
                .order_by("-position__is_head", "pk")[:count])


def _weights(n: int) -> list[Decimal]:
    base = (Decimal(100) / n).quantize(Decimal("0.01"))
    return [base] * (n - 1) + [Decimal(100) - base * (n - 1)]


def seed(instansi, today: date) -> dict:
    made = {"teams": 0, "members": 0, "mirrored": 0}
    for number, (name, main_words, partner_words, mandate, result_text, indicators) in \
            enumerate(TEAMS):
        main = _agency(main_words, number)
        partner = _agency(partner_words, number, besides=main)
        if main is None or Team.objects.filter(name=name).exists():
            continue
        people = _staff(main, 3) + ([] if partner == main else _staff(partner, 2))
        if not people:
            continue
        lead = people[0]
        team = Team.objects.create(
            instansi=instansi, name=name, mandate=mandate, coordinating_agency=main, lead=lead,
            created_by=lead, sk_number=f"800/{41 + number}/SK/{today.year}",
            sk_date=today - timedelta(days=40), starts_on=date(today.year, 1, 15),
            ends_on=date(today.year, 12, 15))
        joined = timezone.make_aware(datetime.combine(today - timedelta(days=30), time(9)))
        active = people[:-1] if len(people) > 2 else people
        for employee, weight in zip(active, _weights(len(active)), strict=True):
            Membership.objects.create(
                instansi=instansi, team=team, employee=employee, agency_id=employee.agency_id,
                role="lead" if employee == lead else "member", status="active",
                member_answer="yes", atasan_answer="yes", weight=weight, joined_at=joined)
        for employee in people[len(active):]:  # one invitation still waiting for its answers
            Membership.objects.create(instansi=instansi, team=team, employee=employee,
                                      agency_id=employee.agency_id)
        result = TeamResult.objects.create(instansi=instansi, team=team, text=result_text, order=1)
        for order, (text, target, unit, realised) in enumerate(indicators, start=1):
            indicator = TeamIndicator.objects.create(
                instansi=instansi, team=team, result=result, text=text, target_value=target,
                target_unit=unit, realised=realised, order=order,
                evidence="Laporan rapat koordinasi triwulan")
            RealisationUpdate.objects.create(
                instansi=instansi, indicator=indicator, author=lead, author_label=lead.name,
                before=Decimal(0), after=realised, evidence="Laporan rapat koordinasi triwulan")
        made["mirrored"] += mirror.attach_all(team)
        mirror.refresh(team)
        made["teams"] += 1
        made["members"] += len(people)
    return made
