"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime

from abdi.teams.models import Membership, RealisationUpdate, Team, TeamIndicator, TeamResult

PARAMS: dict[str, str] = {"team_id": "team", "membership_id": "team_membership",
                          "team_result_id": "team_result", "team_indicator_id": "team_indicator"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = (Team, Membership, TeamResult, TeamIndicator, RealisationUpdate)


def victims(world, marked) -> tuple[dict, set]:
    today = datetime.date.today()
    team = Team.objects.create(
        instansi=world.gov, name="Tim Rahasia Kota A", mandate="Mandat Rahasia Kota A",
        coordinating_agency=world.agency, lead=marked, created_by=marked,
        starts_on=today - datetime.timedelta(days=5), ends_on=today + datetime.timedelta(days=60))
    membership = Membership.objects.create(
        instansi=world.gov, team=team, employee=marked, agency_id=marked.agency_id, role="lead",
        status="active", member_answer="yes", atasan_answer="yes", joined_at=team.created_at)
    result = TeamResult.objects.create(instansi=world.gov, team=team,
                                       text="Hasil Tim Rahasia Kota A")
    indicator = TeamIndicator.objects.create(instansi=world.gov, team=team, result=result,
                                             text="Indikator Tim Rahasia Kota A",
                                             target_value=10, target_unit="dokumen")
    return ({"team": team, "team_membership": membership, "team_result": result,
             "team_indicator": indicator},
            {"Tim Rahasia Kota A", "Mandat Rahasia Kota A", "Hasil Tim Rahasia Kota A",
             "Indikator Tim Rahasia Kota A"})
