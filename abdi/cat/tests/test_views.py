"""The pages over HTTP: the candidate's exam (JSON saves, the no-JS fallback, bad input), the
proctor console, the public scoreboard, uploads, the ranking exports and the announcement."""

import datetime
import io
import json

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from abdi.cat.models import Announcement, Answer, Attempt, Option, Question, Result
from abdi.tenancy.scoping import within

from .conftest import TOKEN, freeze_time


def _enter(client, regno="2024000001", token=TOKEN):
    return client.post(reverse("cat:exam_login"), {"registration_number": regno, "token": token})


def _attempt(world, pk=None):
    with within(world.gov):
        return Attempt.objects.get(pk=pk or world.first.pk)


def _post(client, body):
    return client.post(reverse("cat:exam_answer"), data=json.dumps(body) if isinstance(body, dict) else body,
                       content_type="application/json")


def test_candidate_sits_the_exam_and_never_receives_the_key(exam_world, client):
    response = _enter(client)
    assert response.status_code == 302
    assert response["Location"] == reverse("cat:exam")
    page = client.get(reverse("cat:exam"))
    assert page.status_code == 200
    body = page.content.decode()
    assert "is_correct" not in body
    assert "weight" not in body
    attempt = _attempt(exam_world)
    qid = attempt.question_ids[0]
    shown = [int(v) for v in attempt.option_orders[str(qid)]]
    # The drawn order (the radio buttons' values: a question's id or the sequence number may
    # equal an option's id, so plain value="..." matched them by chance).
    assert body.index(f'name="option" value="{shown[0]}"') < \
        body.index(f'name="option" value="{shown[1]}"')
    saved = _post(client, {"question": qid, "option": shown[2], "seq": 1})
    assert saved.status_code == 200
    assert saved.json()["saved"] is True
    assert set(saved.json()) == {"saved", "remaining"}
    replay = _post(client, {"question": qid, "option": shown[1], "seq": 1})
    assert replay.status_code == 409
    assert "newer answer" in replay.json()["error"]
    forged = _post(client, {"question": qid, "option": 123456789, "seq": 2})
    assert forged.status_code == 400
    assert _post(client, b"not json").status_code == 400
    assert _post(client, b"[1, 2]").status_code == 400
    with within(exam_world.gov):
        assert Answer.objects.get(attempt_id=attempt.pk).option_id == shown[2]
    finished = client.post(reverse("cat:exam_finish"))
    assert finished["Location"] == reverse("cat:exam_result")
    result = client.get(reverse("cat:exam_result"))
    assert result.status_code == 200
    assert b'data-testid="total"' in result.content
    late = _post(client, {"question": qid, "option": shown[0], "seq": 9})
    assert late.status_code == 409
    assert late.json()["finished"] is True


def test_the_form_fallback_without_javascript(exam_world, client):
    _enter(client)
    attempt = _attempt(exam_world)
    qid = attempt.question_ids[0]
    option = attempt.option_orders[str(qid)][1]
    response = client.post(reverse("cat:exam"), {"question": qid, "option": option, "seq": 1, "go": "2"})
    assert response.status_code == 302
    assert response["Location"].endswith("?n=2")
    again = client.post(reverse("cat:exam"), {"question": qid, "option": option, "seq": 1, "go": "2"})
    assert again.status_code == 409  # the same form sent twice
    with within(exam_world.gov):
        assert Answer.objects.get(attempt=attempt).seq == 1
    page = client.get(reverse("cat:exam") + "?n=1")
    assert b'name="seq" value="2"' in page.content


def test_second_login_is_refused_with_a_clear_message(exam_world, client):
    _enter(client)
    other = Client()
    response = _enter(other)
    assert response.status_code == 409
    assert "another computer" in response.content.decode()
    assert other.get(reverse("cat:exam")).status_code == 302  # no exam bound to this browser


def test_resume_after_restart_with_a_new_client_and_the_same_cookie(exam_world, client):
    start = timezone.now()
    with freeze_time(start):
        _enter(client)
        attempt = _attempt(exam_world)
        qid = attempt.question_ids[1]
        option = attempt.option_orders[str(qid)][4]
        _post(client, {"question": qid, "option": option, "seq": 1})
    fresh = Client()  # a new process and a new connection; the browser keeps its cookie
    fresh.cookies = client.cookies
    with freeze_time(start + datetime.timedelta(minutes=7)):
        page = fresh.get(reverse("cat:exam") + "?n=2")
        clock = fresh.get(reverse("cat:exam_clock")).json()
    assert page.status_code == 200
    assert f'value="{option}" checked'.encode() in page.content
    assert clock["remaining"] == 23 * 60
    assert clock["answered"] == 1


def test_time_up_finishes_on_the_next_visit(exam_world, client):
    start = timezone.now()
    with freeze_time(start):
        _enter(client)
    with freeze_time(start + datetime.timedelta(minutes=31)):
        response = client.get(reverse("cat:exam"))
        assert response["Location"] == reverse("cat:exam_result")
    with within(exam_world.gov):
        assert Result.objects.filter(attempt_id=exam_world.first.pk).exists()


def test_wrong_token_and_honeypot(exam_world, client):
    response = _enter(client, token="ZZZZZZ")
    assert response.status_code == 400
    assert b"wrong" in response.content
    spam = client.post(reverse("cat:exam_login"), {"registration_number": "2024000001", "token": TOKEN,
                                                   "situs_web": "http://spam"})
    assert spam.status_code == 400
    assert _attempt(exam_world).state == "released"


def test_json_endpoints_without_an_exam(client, db):
    assert _post(client, {"question": 1, "option": 1, "seq": 1}).status_code == 403
    assert client.get(reverse("cat:exam_clock")).status_code == 403


def test_public_scoreboard_is_one_query_and_updates(exam_world, client, django_assert_max_num_queries):
    _enter(client)
    client.post(reverse("cat:exam_finish"))
    anonymous = Client()
    url = reverse("cat:board", args=[exam_world.session.public_code])
    with django_assert_max_num_queries(2):
        page = anonymous.get(url, HTTP_HX_REQUEST="true")
    assert b"2024000001" in page.content
    assert b"Ani Peserta" not in page.content
    assert anonymous.get(reverse("cat:board", args=["tidak-ada"])).status_code == 404


def test_console_lists_progress_and_verifies_the_logs(exam_world, client, login,
                                                      django_assert_max_num_queries):
    _enter(client)
    c = login(exam_world.users.supervisor)
    url = reverse("cat:console", args=[exam_world.session.pk])
    page = c.get(url + "?periksa=1")
    assert page.status_code == 200
    assert b'data-testid="log-ok"' in page.content
    assert b"2024000002" in page.content
    with django_assert_max_num_queries(14):
        c.get(url, HTTP_HX_REQUEST="true")
    response = c.post(reverse("cat:add_time", args=[exam_world.session.pk, exam_world.first.pk]),
                      {"minutes": "5", "reason": ""})
    assert response.status_code == 302
    assert _attempt(exam_world).added_seconds == 0
    c.post(reverse("cat:add_time", args=[exam_world.session.pk, exam_world.first.pk]),
           {"minutes": "5", "reason": "Gangguan listrik"})
    assert _attempt(exam_world).added_seconds == 300


def test_xlsx_import_reports_broken_rows(exam_world, client, login):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["part", "category", "question", "A", "B", "C", "D", "E", "key"])
    sheet.append(["TWK", "pancasila", "Sila pertama?", "Ketuhanan", "Kemanusiaan", "Persatuan", "", "", "A"])
    sheet.append(["TKP", "", "Rekan terlambat", "Tegur", "Bantu", "Lapor", "Diam", "Ikut", "53142"])
    sheet.append(["XYZ", "", "Bagian tidak dikenal", "a", "b", "", "", "", "A"])
    sheet.append(["TIU", "", "Kunci salah", "1", "2", "3", "", "", "F"])
    sheet.append(["TKP", "", "Bobot salah", "a", "b", "", "", "", "59"])
    out = io.BytesIO()
    book.save(out)
    c = login(exam_world.users.hr_admin)
    upload = io.BytesIO(out.getvalue())
    upload.name = "soal.xlsx"
    response = c.post(reverse("cat:bank"), {"file": upload})
    assert response.status_code == 200
    assert b'data-testid="import-report"' in response.content
    errors = response.content.decode()
    assert "Row 4" in errors
    assert "Row 5" in errors
    assert "Row 6" in errors
    with within(exam_world.gov):
        assert Question.objects.filter(text__in=["Sila pertama?", "Rekan terlambat"]).count() == 2
    fake = io.BytesIO(b"not a workbook")
    fake.name = "soal.xlsx"
    assert c.post(reverse("cat:bank"), {"file": fake}).status_code == 400


def test_csv_enrolment(exam_world, client, login):
    c = login(exam_world.users.hr_admin)
    data = io.BytesIO(b"registration_number;name;opening_ref;opening_title;category\n"
                      b"2024000010;Fajar;7;Analis SDM Aparatur;disabilitas\n;Tanpa Nomor;;;\n")
    data.name = "peserta.csv"
    response = c.post(reverse("cat:session", args=[exam_world.session.pk]), {"file": data})
    assert response.status_code == 200
    assert b"Row 2" in response.content
    with within(exam_world.gov):
        assert exam_world.session.attempts.count() == 3


def test_session_create_checks_the_blueprint(exam_world, client, login):
    c = login(exam_world.users.hr_admin)
    form = {"title": "SKD Sesi 2", "year": 2024, "starts_at": "2026-12-10T08:00", "room": "Ruang 2",
            "seats": 20, "duration_minutes": 100}
    bad = c.post(reverse("cat:session_create"), {**form, "blueprint": "TWK - 99"})
    assert bad.status_code == 400
    assert b"too few" in bad.content
    good = c.post(reverse("cat:session_create"), {**form, "blueprint": "TWK - 2\nTIU - 2\nTKP - 2"})
    assert good.status_code == 302


def _finish_with(world, attempt, right: int):
    """Answer `right` questions with option A, then finish."""
    with within(world.gov):
        attempt = Attempt.objects.get(pk=attempt.pk)
        for seq, qid in enumerate(attempt.question_ids[:right], start=1):
            from abdi.cat.services import exam

            exam.save_answer(attempt_id=attempt.pk, device_key="d", question_id=qid,
                             option_id=Option.objects.get(question_id=qid, label="A").pk, seq=seq)
        from abdi.cat.services import exam

        exam.finish(attempt_id=attempt.pk, device_key="d")


def test_ranking_exports_and_the_signed_announcement(exam_world, client, login):
    from abdi.cat.services import exam

    for attempt, right in ((exam_world.first, 6), (exam_world.second, 4)):
        exam.log_in(registration_number=attempt.candidate.registration_number, token=TOKEN, device_key="d")
        _finish_with(exam_world, attempt, right)
    c = login(exam_world.users.hr_admin)
    page = c.get(reverse("cat:ranking") + "?lowongan=7&formasi=1")
    assert page.status_code == 200
    assert b'data-testid="rank-2024000001"' in page.content
    csv_text = c.get(reverse("cat:ranking") + "?lowongan=7&formasi=1&format=csv").content.decode()
    assert csv_text.splitlines()[1].startswith("1,2024000001")
    xlsx = c.get(reverse("cat:ranking") + "?lowongan=7&format=xlsx")
    assert xlsx.content.startswith(b"PK")
    pdf = c.post(reverse("cat:announce") + "?lowongan=7&formasi=1")
    assert pdf.status_code == 200
    assert pdf.content.startswith(b"%PDF")
    with within(exam_world.gov):
        announcement = Announcement.objects.get()
    import hashlib

    assert hashlib.sha256(pdf.content).hexdigest() == announcement.content_hash
    check = Client().get(reverse("cat:verify", args=[announcement.code]),
                         {"sha256": announcement.content_hash})
    assert check.status_code == 200
    assert b"as issued" in check.content


def test_question_form_creates_and_versions(exam_world, client, login):
    c = login(exam_world.users.hr_admin)
    png = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20)
    png.name = "peta.png"
    form = {"part": "TWK", "category": "pilar", "text": "Pilar kebangsaan ada …", "option_a": "Empat",
            "option_b": "Tiga", "option_c": "Lima", "key": "A", "image": png}
    assert c.post(reverse("cat:question_create"), form).status_code == 302
    with within(exam_world.gov):
        question = Question.objects.get(text="Pilar kebangsaan ada …")
        assert question.image_type == "png"
        assert question.category.code == "pilar"
        Question.objects.filter(pk=question.pk).update(locked=True)
    bad = c.post(reverse("cat:question_edit", args=[question.pk]),
                 {**form, "image": "", "key": "Z"})
    assert bad.status_code == 400
    page = c.get(reverse("cat:question_edit", args=[question.pk]))
    assert b"new version" in page.content
    edited = c.post(reverse("cat:question_edit", args=[question.pk]),
                    {**form, "image": "", "text": "Pilar kebangsaan berjumlah …"})
    assert edited.status_code == 302
    with within(exam_world.gov):
        new = Question.objects.get(text="Pilar kebangsaan berjumlah …")
        assert (new.version, new.family, new.image_type) == (2, question.family, "png")
    assert c.get(reverse("cat:question_edit", args=[question.pk])).status_code == 404  # old version
    tkp = {"part": "TKP", "text": "Sikap Anda …", "option_a": "a", "option_b": "b", "key": "54"}
    assert c.post(reverse("cat:question_create"), tkp).status_code == 302
    assert c.post(reverse("cat:question_create"), {**tkp, "key": "59"}).status_code == 400
