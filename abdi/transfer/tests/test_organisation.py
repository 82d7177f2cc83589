from django_scopes import scopes_disabled

from abdi.audit.models import AuditEntry
from abdi.org.models import Position, Unit
from abdi.transfer.models import ImportJob

from . import files

UNIT_HEADER = ["Kode", "Nama", "Jenis", "Kode Induk"]
POSITION_HEADER = ["Kode Unit", "Nama Jabatan", "Jenis Jabatan", "Jenjang", "Kelas Jabatan",
                   "Kepala Unit"]


def workbook(units, positions=()):
    return files.xlsx([UNIT_HEADER, *units], title="Unit",
                      sheets={"Jabatan": [POSITION_HEADER, *positions]})


def errors(job):
    return {(i["sheet"], i["row"]): (i["column"], i["message"])
            for i in job.report["issues"] if i["level"] == "error"}


def test_tree_with_parents_later_in_the_file(world, run_import):
    units = [
        ["SEKSI-A", "Seksi A", "seksi", "BIDANG-X"],      # child before its parent
        ["BIDANG-X", "Bidang X", "bidang", "BARU"],
        ["BARU", "Dinas Baru", "Dinas", ""],               # a label works as the kind
        ["UPT-1", "UPT Satu", "uptd", "DISDIK"],           # under an existing agency
    ]
    positions = [
        ["BARU", "Kepala Dinas Baru", "JPT Pratama", "", 14, "Ya"],
        ["SEKSI-A", "Analis Data", "Fungsional", "Ahli Muda", 9, ""],
        ["DISDIK-SD", "Pengelola Data", "PELAKSANA", "", "6", "tidak"],
    ]
    job = run_import(workbook(units, positions), name="org.xlsx", kind="organisation",
                     confirm=True)
    assert job.status == ImportJob.Status.DONE, job.report
    assert (job.new_count, job.updated_count) == (7, 0)
    with scopes_disabled():
        new_root = Unit.objects.get(code="BARU")
        bidang = Unit.objects.get(code="BIDANG-X")
        seksi = Unit.objects.get(code="SEKSI-A")
        upt = Unit.objects.get(code="UPT-1")
        assert new_root.parent is None
        assert new_root.agency_id == new_root.pk
        assert new_root.kind == "dinas"
        assert upt.kind == "upt"
        assert bidang.parent == new_root
        assert seksi.parent == bidang
        assert seksi.path == f"/{new_root.pk}/{bidang.pk}/{seksi.pk}/"
        assert seksi.depth == 2
        assert seksi.agency_id == new_root.pk
        assert upt.agency_id == world.agency.pk
        assert upt.path.startswith(world.agency.path)
        head = Position.objects.get(unit=new_root)
        assert (head.kind, head.level, head.kelas_jabatan, head.is_head) == (
            "JPT", "PRATAMA", 14, True)
        analyst = Position.objects.get(unit=seksi)
        assert (analyst.kind, analyst.level, analyst.is_head) == ("FUNGSIONAL", "AHLI_MUDA", False)
        assert Position.objects.filter(unit=world.unit, name="Pengelola Data").exists()
        assert AuditEntry.objects.filter(action="import", object_type="org.unit").count() == 4
        assert AuditEntry.objects.filter(action="import",
                                         object_type="org.position").count() == 3


def test_bad_rows_of_both_sheets_are_reported_and_nothing_is_written(world, run_import):
    units = [
        ["OK-1", "Bidang Baik", "bidang", "DISDIK"],       # 2
        ["X-1", "Bidang X", "bidang", "TIDAK-ADA"],        # 3 unknown parent
        ["L-1", "Loop 1", "bidang", "L-2"],                # 4 loop
        ["L-2", "Loop 2", "bidang", "L-1"],                # 5 loop
        ["OK-1", "Dobel", "bidang", "DISDIK"],             # 6 duplicate code
        ["K-1", "Jenis Salah", "kerajaan", "DISDIK"],      # 7 unknown kind
        ["DISDIK-SD", "Bidang SD", "bidang", "DINKES"],    # 8 moving an existing unit
        ["C-1", "Anak Rusak", "seksi", "X-1"],             # 9 parent has errors
    ]
    positions = [
        ["OK-1", "Kepala Bidang Baik", "ADMINISTRATOR", "", 11, "ya"],   # 2
        ["OK-1", "Kepala Kedua", "ADMINISTRATOR", "", 11, "ya"],         # 3 second head
        ["OK-1", "Analis", "FUNGSIONAL", "", 9, ""],                     # 4 no jenjang
        ["OK-1", "Pelaksana", "PELAKSANA", "", 18, ""],                  # 5 kelas 18
        ["NOPE", "Pelaksana", "PELAKSANA", "", 6, ""],                   # 6 unknown unit
        ["DISDIK", "Kepala Baru", "PENGAWAS", "", 9, "ya"],              # 7 unit has a head
        ["X-1", "Staf", "PELAKSANA", "", 6, ""],                         # 8 unit invalid
    ]
    job = run_import(workbook(units, positions), name="org.xlsx", kind="organisation")
    found = errors(job)
    assert found[("Unit", 3)] == ("Kode Induk", "Unknown parent unit code “TIDAK-ADA”.")
    assert "loop" in found[("Unit", 4)][1] or "loop" in found[("Unit", 5)][1]
    assert found[("Unit", 6)][0] == "Kode"
    assert "row 2" in found[("Unit", 6)][1]
    assert found[("Unit", 7)] == ("Jenis", "Unknown kind of unit “kerajaan”.")
    assert "reorganisation" in found[("Unit", 8)][1]
    assert "row 3 has errors" in found[("Unit", 9)][1]
    assert found[("Jabatan", 3)][0] == "Kepala Unit"
    assert "row 2" in found[("Jabatan", 3)][1]
    assert found[("Jabatan", 4)] == ("Jenjang", "A jabatan fungsional needs its jenjang "
                                                "(e.g. Ahli Muda).")
    assert found[("Jabatan", 5)][0] == "Kelas Jabatan"
    assert found[("Jabatan", 6)] == ("Kode Unit", "Unknown unit code “NOPE”.")
    assert "existing position" in found[("Jabatan", 7)][1]
    assert "errors in the units sheet" in found[("Jabatan", 8)][1]
    assert not job.can_commit
    with scopes_disabled():
        assert not Unit.objects.filter(code="OK-1").exists()


def test_reimport_updates_names_and_positions(world, run_import):
    units = [["DISDIK-SD", "Bidang Sekolah Dasar", "bidang", "DISDIK"]]
    positions = [["DISDIK-SD", "Kepala Bidang Pembinaan SD", "ADMINISTRATOR", "", 12, "ya"]]
    job = run_import(workbook(units, positions), name="org.xlsx", kind="organisation",
                     confirm=True)
    assert job.status == ImportJob.Status.DONE, job.report
    assert (job.new_count, job.updated_count) == (0, 2)
    with scopes_disabled():
        unit = Unit.objects.get(code="DISDIK-SD", instansi=world.gov)
        assert unit.name == "Bidang Sekolah Dasar"
        assert unit.version == 2
        assert unit.positions.get(is_head=True).kelas_jabatan == 12
    again = run_import(workbook(units, positions), name="org.xlsx", kind="organisation")
    assert (again.unchanged_count, again.new_count, again.updated_count) == (2, 0, 0)


def test_agency_admin_changes_only_their_own_agency(world, run_import):
    units = [["BARU", "Dinas Baru", "dinas", ""], ["SUB-SD", "Sub SD", "subbagian", "DISDIK-SD"],
             ["SUB-KES", "Sub Kes", "subbagian", "DINKES"]]
    job = run_import(workbook(units), name="org.xlsx", kind="organisation",
                     user=world.users.agency_admin)
    found = errors(job)
    assert set(found) == {("Unit", 2), ("Unit", 4)}
    assert found[("Unit", 2)][1] == "You may not change this part of the organisation."
    assert job.new_count == 1


def test_a_positions_csv_alone(world, run_import):
    data = files.csv_file([POSITION_HEADER, ["DISDIK-PAUD", "Pamong Belajar", "fungsional",
                                             "ahli pertama", "8", "0"]], delimiter=";")
    job = run_import(data, name="jabatan.csv", kind="organisation", confirm=True)
    assert job.status == ImportJob.Status.DONE, job.report
    with scopes_disabled():
        position = Position.objects.get(name="Pamong Belajar")
    assert position.unit == world.sibling_unit
    assert position.level == "AHLI_PERTAMA"
