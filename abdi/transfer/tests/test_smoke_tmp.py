from django_scopes import scopes_disabled

from abdi.people.models import Employee

from . import files


def test_smoke(world, analyst, run_import):
    rows = [files.person(1), files.person(2, Jabatan="Analis Kepegawaian"),
            files.person(3, NIP="123", **{"Kode Unit": "NOPE"})]
    job = run_import(files.xlsx(files.table(rows)))
    print(job.status, job.message, job.report)
    rows = rows[:2]
    job = run_import(files.xlsx(files.table(rows)), confirm=True)
    print(job.status, job.message, job.report, job.new_count)
    with scopes_disabled():
        print(Employee.objects.filter(name__startswith="Pegawai Impor").count())
    assert 0
