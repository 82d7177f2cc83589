import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scopes_disabled
from openpyxl import load_workbook

from abdi.people.models import Employee
from abdi.transfer.models import ImportJob

from . import files

INDEX = reverse("transfer:index")
UPLOAD = reverse("transfer:upload")


def upload(client, data, name="pegawai.xlsx", kind="employees"):
    return client.post(UPLOAD, {"kind": kind, "file": SimpleUploadedFile(name, data)})


def only_job():
    with scopes_disabled():
        return ImportJob.objects.get()


def test_anonymous_is_sent_to_log_in(client, world):
    assert client.get(INDEX).status_code == 302
    assert client.post(UPLOAD).status_code == 302


@pytest.mark.parametrize("persona", ["own", "supervisor", "agency_head"])
def test_people_without_an_admin_role_get_403(client, world, login, persona):
    login(getattr(world.users, persona))
    for url in (INDEX, reverse("transfer:template_employees"),
                reverse("transfer:export_employees"), reverse("transfer:export_units")):
        assert client.get(url).status_code == 403, url
    response = upload(client, files.xlsx(files.table([files.person(1)])))
    assert response.status_code == 403
    with scopes_disabled():
        assert not ImportJob.objects.exists()


def test_leader_may_export_but_not_import(client, world, login):
    login(world.users.leader)
    page = client.get(INDEX)
    assert page.status_code == 200
    assert reverse("transfer:export_employees") in page.content.decode()
    assert UPLOAD not in page.content.decode()
    assert upload(client, files.xlsx(files.table([files.person(1)]))).status_code == 403


def test_upload_check_confirm_journey(client, world, login):
    login(world.users.hr_admin)
    page = client.get(INDEX)
    assert page.status_code == 200
    assert reverse("transfer:template_employees") in page.content.decode()

    response = upload(client, files.xlsx(files.table([files.person(1), files.person(2)])))
    job = only_job()
    assert response.status_code == 302
    assert response.url == reverse("transfer:job", args=[job.pk])
    assert job.status == "validated"
    assert job.new_count == 2

    detail = client.get(response.url).content.decode()
    assert 'data-testid="confirm-import"' in detail
    assert "every 1s" not in detail  # finished: nothing to poll

    confirmed = client.post(reverse("transfer:job_confirm", args=[job.pk]))
    assert confirmed.status_code == 302
    assert only_job().status == "done"
    with scopes_disabled():
        assert Employee.objects.filter(name__startswith="Pegawai Impor").count() == 2
    again = client.post(reverse("transfer:job_confirm", args=[job.pk]))
    assert again.status_code == 409


def test_report_page_lists_bad_rows(client, world, login):
    login(world.users.hr_admin)
    upload(client, files.xlsx(files.table([files.person(1, **{"Kode Unit": "ENTAH"})])))
    body = client.get(reverse("transfer:job", args=[only_job().pk])).content.decode()
    assert "Unknown unit code" in body
    assert "ENTAH" in body
    assert 'data-testid="confirm-import"' not in body
    refused = client.post(reverse("transfer:job_confirm", args=[only_job().pk]))
    assert refused.status_code == 409


@pytest.mark.parametrize(
    ("data", "name", "status", "message"),
    [
        (b"PK\x03\x04" + b"rusak" * 200, "rusak.xlsx", 400, "damaged"),
        (b"\x00\x01\x02\x03" * 300, "data.csv", 400, "neither an Excel"),
        (b"%PDF-1.7 ...", "laporan.pdf", 400, "Only .xlsx and .csv"),
        (b"\xef\xbb\xbf\r\n \r\n", "kosong.csv", 400, "empty"),
        (b"a,b\n1,2\n", "tanpa-header.csv", 400, "No header row"),
        (b"NIP,Nama\n1," + b"x" * (10 * 1024 * 1024) + b"\n", "sel.csv", 400, "cannot be read"),
        (b"NIP;Nama\n" + b"1;A\n" * 1_000_000, "sejuta.csv", 400, "Split it into files"),
    ],
)
def test_bad_uploads_get_a_4xx_and_a_message(client, world, login, data, name, status, message):
    login(world.users.hr_admin)
    response = upload(client, data, name=name)
    assert response.status_code == status
    assert message in response.content.decode()
    with scopes_disabled():
        assert not ImportJob.objects.exists()


def test_a_zero_byte_file_is_refused(client, world, login):
    login(world.users.hr_admin)
    response = upload(client, b"", name="nol.xlsx")
    assert response.status_code == 400
    assert "empty" in response.content.decode()


def test_oversized_upload_gets_413(client, world, login, settings):
    settings.ABDI_IMPORT_MAX_BYTES = 2000
    login(world.users.hr_admin)
    data = files.csv_file(files.table([files.person(n) for n in range(1, 60)]))
    assert len(data) > 2000
    response = upload(client, data, name="besar.csv")
    assert response.status_code == 413
    assert "larger than" in response.content.decode()
    # A body far beyond the limit is refused from its Content-Length alone.
    huge = upload(client, data * 40, name="besar.csv")
    assert huge.status_code == 413


def test_too_many_rows_is_refused(client, world, login, settings):
    settings.ABDI_IMPORT_MAX_ROWS = 3
    login(world.users.hr_admin)
    response = upload(client, files.csv_file(files.table([files.person(n) for n in range(1, 5)])),
                      name="banyak.csv")
    assert response.status_code == 400
    assert "more than 3 rows" in response.content.decode()


def test_big_files_run_in_the_background_with_progress(client, world, login, settings,
                                                       django_capture_on_commit_callbacks):
    settings.ABDI_IMPORT_SYNC_ROWS = 2
    login(world.users.hr_admin)
    data = files.xlsx(files.table([files.person(n) for n in range(1, 4)]))
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        upload(client, data)
    job = only_job()
    assert job.status == "pending"
    assert len(callbacks) == 1
    progress_url = reverse("transfer:job_progress", args=[job.pk])
    polling = client.get(progress_url, headers={"HX-Request": "true"}).content.decode()
    assert 'hx-trigger="every 1s"' in polling
    assert "<progress" in polling
    assert "<html" not in polling  # only the partial

    callbacks[0]()  # the worker picks the task up (ImmediateBackend runs it now)
    job.refresh_from_db()
    assert (job.status, job.progress, job.new_count) == ("validated", 100, 3)
    finished = client.get(progress_url, headers={"HX-Request": "true"}).content.decode()
    assert "every 1s" not in finished
    assert "<progress" not in finished
    assert 'data-testid="confirm-import"' in finished

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("transfer:job_confirm", args=[job.pk]))
    job.refresh_from_db()
    assert (job.status, job.progress) == ("done", 100)
    with scopes_disabled():
        assert Employee.objects.filter(name__startswith="Pegawai Impor").count() == 3


def test_jobs_of_others_are_not_found(client, world, login):
    login(world.users.hr_admin)
    upload(client, files.xlsx(files.table([files.person(1)])))
    job = only_job()
    for user in (world.users.other_gov, world.users.agency_admin):
        client.logout()
        login(user)
        assert client.get(reverse("transfer:job", args=[job.pk])).status_code in (403, 404)
        assert client.post(reverse("transfer:job_confirm", args=[job.pk])).status_code in (403,
                                                                                        404)
    client.logout()
    login(world.users.agency_admin)
    assert client.get(reverse("transfer:job", args=[job.pk])).status_code == 404
    assert reverse("transfer:job", args=[job.pk]) not in client.get(INDEX).content.decode()


def test_templates_download_as_workbooks(client, world, login):
    login(world.users.agency_admin)
    response = client.get(reverse("transfer:template_employees"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header = [c.value for c in next(book["Pegawai"].iter_rows(max_row=1))]
    assert header == [*files.HEADER[:12], "Jabatan", "TMT Jabatan", *files.HEADER[13:],
                      "Akhir Perjanjian Kerja"]
    codes = {row[0].value for row in book.worksheets[-1].iter_rows(min_row=2)}
    assert codes == {"DISDIK", "DISDIK-SD", "DISDIK-PAUD"}  # only the admin's agency
    organisation = client.get(reverse("transfer:template_organisation"))
    book = load_workbook(io.BytesIO(b"".join(organisation.streaming_content)))
    assert book.sheetnames[:2] == ["Unit", "Jabatan"]


def test_the_template_imports_without_complaint(client, world, login):
    login(world.users.hr_admin)
    template = client.get(reverse("transfer:template_employees"))
    book = load_workbook(io.BytesIO(b"".join(template.streaming_content)))
    sheet = book["Pegawai"]
    header = [c.value for c in sheet[1]]
    row = files.person(1)
    sheet.append([row.get(name, "") for name in header])
    stream = io.BytesIO()
    book.save(stream)
    response = upload(client, stream.getvalue())
    assert response.status_code == 302
    job = only_job()
    assert (job.new_count, job.invalid_count) == (1, 0), job.report


@pytest.mark.parametrize("jobs", [1, 5])
def test_job_list_makes_the_same_queries_for_few_or_many_jobs(client, world, login, jobs,
                                                               django_assert_num_queries):
    login(world.users.hr_admin)
    for n in range(jobs):
        upload(client, files.xlsx(files.table([files.person(n + 1)])))
    client.get(INDEX)
    with django_assert_num_queries(JOB_LIST_QUERIES):
        assert client.get(INDEX).status_code == 200


# The session and the jobs with their uploaders (user, device and roles come from the cache).
JOB_LIST_QUERIES = 2
