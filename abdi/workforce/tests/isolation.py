"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime

from abdi.org.models import Position
from abdi.workforce.models import (
    Abk,
    AbkEquipment,
    AbkLine,
    AbkTask,
    FormationLine,
    FormationProposal,
    WorkforceSetting,
)

PARAMS: dict[str, str] = {"abk_id": "abk", "line_id": "abk_line", "task_id": "abk_task",
                          "equipment_id": "abk_equipment", "proposal_id": "formation_proposal"}
PK_OF: dict[str, str] = {}
PUBLIC: set[str] = set()
OPERATOR_PAGES: set[str] = set()
SNAPSHOT_MODELS: tuple = (Abk, AbkLine, AbkTask, AbkEquipment, FormationProposal, FormationLine,
                          WorkforceSetting)


def victims(world, marked) -> tuple[dict, set]:
    """One ABK with a line and a task, and an approved proposal, in the first government."""
    gov, unit = world.gov, marked.unit
    year = datetime.date.today().year
    position = Position.objects.create(instansi=gov, unit=unit, name="Jabatan Rahasia Kota A",
                                       kind="PELAKSANA", kelas_jabatan=6)
    abk = Abk.objects.create(instansi=gov, unit=unit, agency_id=unit.agency_id, year=year,
                             wke_minutes=75_000, status="approved")
    line = AbkLine.objects.create(instansi=gov, abk=abk, position=position,
                                  position_name=position.name, kelas_jabatan=6, needed=2)
    task = AbkTask.objects.create(instansi=gov, line=line, name="Tugas Rahasia Kota A",
                                  output_unit="berkas", volume=10, annual_volume=10,
                                  norma_minutes=60)
    equipment = AbkEquipment.objects.create(instansi=gov, line=line, name="Alat Rahasia Kota A",
                                            machines=2, rpk="0.5", shifts=1)
    proposal = FormationProposal.objects.create(instansi=gov, agency_id=unit.agency_id, year=year,
                                                status="approved", wke_minutes=75_000)
    FormationLine.objects.create(instansi=gov, proposal=proposal, abk_line=line, position=position,
                                 position_name=position.name, unit=unit, unit_name=unit.name,
                                 agency_id=unit.agency_id, agency_name="Dinas", fte=2, needed=2,
                                 bezetting=0, departures_5y=0, additions=[2, 0, 0, 0, 0],
                                 proposed=2)
    WorkforceSetting.objects.create(instansi=gov, wke_minutes=72_000)
    return ({"abk": abk, "abk_line": line, "abk_task": task, "abk_equipment": equipment,
             "formation_proposal": proposal},
            {"Jabatan Rahasia Kota A", "Tugas Rahasia Kota A", "Alat Rahasia Kota A"})
