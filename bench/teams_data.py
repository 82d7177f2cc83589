"""Loads the teams of issue 8's benchmark into the synthetic government (default slug `bench`):
2,000 active teams of 25 members each (50,000 memberships: a lead and 24 members from several
perangkat daerah, all agreed, weights 4% each), one shared result with two indicators per team.
The bench employee pegawai@bench.example sits in six teams, so "my teams"
and a team page are measured from a real member's session. Idempotent: nothing is added when the
teams are there already.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/abdi_teams .venv/bin/python bench/teams_data.py
"""

import argparse
import datetime
import os
import sys
import time
from decimal import Decimal

import django

sys.path.insert(0, os.getcwd())
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "abdi.settings.dev")
django.setup()

from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_scopes import scopes_disabled  # noqa: E402

from abdi.accounts.models import User  # noqa: E402
from abdi.people.models import Employee  # noqa: E402
from abdi.teams.models import Membership, Team, TeamIndicator, TeamResult  # noqa: E402
from abdi.tenancy.models import Instansi  # noqa: E402

MEMBERS = 25
WEIGHT = Decimal(100) / MEMBERS


def _employees(instansi) -> list[tuple[int, int]]:
    return list(Employee.objects.filter(instansi=instansi).order_by("id")
                .values_list("id", "agency_id"))


def _me(instansi) -> int | None:
    user = User.objects.filter(username="pegawai@bench.example").first()
    return user.employee_id if user else None


def load(instansi, teams: int) -> int:
    people = _employees(instansi)
    me = _me(instansi)
    if len(people) < MEMBERS:
        raise SystemExit("Too few employees: run generate_synthetic first.")
    today = timezone.localdate()
    starts, ends = datetime.date(today.year, 1, 1), datetime.date(today.year, 12, 31)
    now = timezone.now()
    made = 0
    batch = 200
    for first in range(0, teams, batch):
        with transaction.atomic():
            rows = []
            for number in range(first, min(first + batch, teams)):
                members = [people[(number * MEMBERS + k) % len(people)] for k in range(MEMBERS)]
                if me is not None and number < 6 and all(m[0] != me for m in members):
                    members[0 if number == 0 else 1] = (me, next(a for e, a in people if e == me))
                rows.append((number, members))
            team_objs = Team.objects.bulk_create([
                Team(instansi=instansi, name=f"Tim Lintas Sektor {number + 1:04d}",
                     mandate="Menyusun dan melaksanakan program bersama lintas perangkat daerah.",
                     coordinating_agency_id=members[0][1], lead_id=members[0][0],
                     starts_on=starts, ends_on=ends)
                for number, members in rows])
            memberships, results = [], []
            for team, (_number, members) in zip(team_objs, rows, strict=True):
                for k, (employee_id, agency_id) in enumerate(members):
                    memberships.append(Membership(
                        instansi=instansi, team=team, employee_id=employee_id, agency_id=agency_id,
                        role=Membership.Role.LEAD if k == 0 else Membership.Role.MEMBER,
                        status="active", member_answer="yes", atasan_answer="yes",
                        weight=WEIGHT, joined_at=now))
                results.append(TeamResult(instansi=instansi, team=team,
                                          text="Dokumen protokol layanan bersama tersusun"))
            Membership.objects.bulk_create(memberships)
            TeamResult.objects.bulk_create(results)
            TeamIndicator.objects.bulk_create([
                TeamIndicator(instansi=instansi, team=result.team, result=result, text=text,
                              target_value=target, target_unit=unit, realised=target / 2, order=order)
                for result in results
                for order, (text, target, unit) in enumerate((
                    ("Jumlah dokumen protokol", Decimal(10), "dokumen"),
                    ("Persentase layanan terintegrasi", Decimal(100), "%")))])
            made += len(team_objs)
    with connection.cursor() as cursor:
        for model in (Team, Membership, TeamResult, TeamIndicator):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slug", default="bench")
    parser.add_argument("--teams", type=int, default=2000)
    args = parser.parse_args()
    with scopes_disabled():
        instansi = Instansi.objects.get(slug=args.slug)
        have = Team.objects.filter(instansi=instansi).count()
        if have >= args.teams:
            print(f"{have} teams already there: nothing added.")
            return
        started = time.monotonic()
        made = load(instansi, args.teams - have)
        members = Membership.objects.filter(instansi=instansi).count()
    print(f"{made} teams added ({members} memberships) in {time.monotonic() - started:.1f} s.")


if __name__ == "__main__":
    main()
