"""The reporter's summary for the Ombudsman RI (R-CMP-5, §2.7, T-CMP-8): same access as the
tracking page, only for closed or overdue cases, identity printed into the PDF and never saved."""

import io
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.urls import reverse
from django_scopes import scopes_disabled
from pypdf import PdfReader

from abdi.complaints.models import Complaint, ComplaintEvent
from abdi.complaints.rules.ombudsman import (
    TIME_BAR_WARNING,
    TIME_BAR_WARNING_EN,
    may_escalate,
    years_before,
)
from abdi.complaints.services import handling, intake
from abdi.complaints.services.ombudsman import Identity, prepare_ombudsman_report
from abdi.core.errors import Conflict
from abdi.tenancy.scoping import within

from .conftest import actor_of
from .factories import file_case

pytestmark = pytest.mark.django_db

URL = reverse("complaints:ombudsman")
IDENTITY = {"full_name": "Rahmawati Binti Sulaiman", "birth_place": "Kotabumi",
            "birth_date": "1988-04-12", "marital_status": "Kawin",
            "occupation": "Pedagang Sayur Keliling", "address": "Gang Mawar Merah 17 RT 004"}


def _open(client, case, secret):
    response = client.post(reverse("complaints:track"), {"tracking": case.tracking, "secret": secret})
    assert response.status_code == 302
    return response


def _form(**over):
    data = {**IDENTITY, "event_date": (date.today() - timedelta(days=30)).isoformat(),
            "description": "Jalan tetap rusak meski laporan sudah dinyatakan selesai oleh dinas."}
    data.update(over)
    return data


def _close(world, desk, case):
    with within(world.gov):
        case = handling.dispose_case(actor=actor_of(world.users.hr_admin), case=case,
                                     version=case.version, agency=world.agency,
                                     case_class="pengaduan")
        case = handling.answer_case(actor=actor_of(desk.users.liaison), case=case,
                                    version=case.version, text="Jalan sudah kami tambal hari ini.")
        handling.add_note(actor=actor_of(desk.users.liaison), case=case,
                          text="Catatan INTERNAL jangan bocor.")
        return intake.accept_answer(case=case)


@pytest.fixture
def closed(world, desk):
    with within(world.gov):
        case, secret = file_case(world.gov, world.agency, anonymous=True, confidential=True)
    return _close(world, desk, case), secret


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def _ombudsman_events(world, case):
    with within(world.gov):
        return list(ComplaintEvent.objects.filter(complaint=case, kind="status",
                                                  text__icontains="Ombudsman"))


def test_rule_offers_the_route_when_closed_or_overdue():
    today = date(2025, 10, 1)
    assert may_escalate("selesai", None, today)
    assert may_escalate("ditindaklanjuti", date(2025, 9, 30), today)
    assert not may_escalate("ditindaklanjuti", date(2025, 10, 1), today)
    assert not may_escalate("diterima", None, today)
    assert not may_escalate("ditolak_arsip", date(2025, 1, 1), today)


def test_anonymous_confidential_case_pdf_has_identity_and_database_has_none(client, world, closed):
    case, secret = closed
    _open(client, case, secret)
    track = client.get(reverse("complaints:track"))
    assert b'data-testid="ombudsman"' in track.content
    page = client.get(URL)
    assert page.status_code == 200
    assert b"Jalan di depan sekolah rusak parah" in page.content  # description prefilled
    assert b'data-testid="not-stored"' in page.content
    response = client.post(URL, _form())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    text = _pdf_text(response.content)
    for value in ("Ringkasan laporan untuk Ombudsman RI", "Rahmawati Binti Sulaiman", "Kotabumi",
                  "12 April 1988", "Pedagang Sayur Keliling", "Gang Mawar Merah 17",
                  case.tracking, world.agency.name, "Jalan sudah kami tambal", "ombudsman.go.id",
                  "137", "Perwakilan"):
        assert value in text, value
    assert "INTERNAL" not in text  # internal notes never leave the back office
    assert TIME_BAR_WARNING not in text
    # Nothing of the identity in any table (dumpdata walks every model).
    dump = io.StringIO()
    with scopes_disabled():
        call_command("dumpdata", stdout=dump)
    for value in ("Rahmawati", "Kotabumi", "1988-04-12", "Pedagang Sayur", "Gang Mawar"):
        assert value not in dump.getvalue(), value
    with within(world.gov):
        stored = Complaint.objects.get(pk=case.pk)
        assert (stored.reporter_name, stored.reporter_phone, stored.reporter_email) == ("", "", "")
    events = _ombudsman_events(world, case)
    assert len(events) == 1
    assert events[0].public
    assert events[0].by_label == "pelapor"
    assert "Rahmawati" not in events[0].text


def test_t_cmp_8_warning_for_an_event_two_years_and_a_day_old(client, world, closed):
    case, secret = closed
    _open(client, case, secret)
    with within(world.gov):
        from abdi.complaints import queries
        today = queries.today_of(world.gov)
    old = (years_before(today, 2) - timedelta(days=1)).isoformat()
    page = client.post(URL, _form(event_date=old), HTTP_ACCEPT_LANGUAGE="id")
    assert page.status_code == 200
    assert page["Content-Type"].startswith("text/html")
    assert TIME_BAR_WARNING.encode() in page.content
    assert b'data-testid="time-bar-warning"' in page.content
    assert not _ombudsman_events(world, case)  # not yet prepared
    english = client.post(URL, _form(event_date=old), HTTP_ACCEPT_LANGUAGE="en")
    assert TIME_BAR_WARNING_EN.encode() in english.content
    assert TIME_BAR_WARNING.encode() not in english.content
    # Still allowed: once the warning was shown, the download goes through.
    pdf = client.post(URL, _form(event_date=old, time_bar_seen="True"))
    assert pdf["Content-Type"] == "application/pdf"
    assert TIME_BAR_WARNING in _pdf_text(pdf.content)
    # Exactly two years is not past the bar.
    exact = client.post(URL, _form(event_date=years_before(today, 2).isoformat()))
    assert exact["Content-Type"] == "application/pdf"
    assert len(_ombudsman_events(world, case)) == 2


def test_wrong_secret_is_the_neutral_404(client, closed):
    case, _secret = closed
    assert client.get(URL).status_code == 404  # nothing opened
    miss = client.post(reverse("complaints:track"), {"tracking": case.tracking, "secret": "AAAAAAAAAA"})
    assert miss.status_code == 404
    for response in (client.get(URL), client.post(URL, _form())):
        assert response.status_code == 404
        assert b"No report matches this tracking number and secret code" in response.content
        assert b"Rahmawati" not in response.content


def test_not_yet_eligible_is_409(client, world, filed):
    _open(client, filed.case, filed.secret)
    assert b'data-testid="ombudsman"' not in client.get(reverse("complaints:track")).content
    assert client.get(URL).status_code == 409
    response = client.post(URL, _form())
    assert response.status_code == 409
    assert b'data-testid="error"' in response.content
    assert not _ombudsman_events(world, filed.case)
    with within(world.gov), pytest.raises(Conflict):
        prepare_ombudsman_report(case=filed.case, identity=Identity(
            "A", "B", date(1990, 1, 1), "Kawin", "C", "D"), event_date=date(2025, 1, 1),
            description="Uraian yang cukup panjang untuk laporan.")


def test_overdue_open_case_is_eligible(client, world, disposed):
    with within(world.gov):
        Complaint.objects.filter(pk=disposed.case.pk).update(
            completion_due=date.today() - timedelta(days=3))
    _open(client, disposed.case, disposed.secret)
    assert client.get(URL).status_code == 200
    assert client.post(URL, _form())["Content-Type"] == "application/pdf"
    assert len(_ombudsman_events(world, disposed.case)) == 1


@pytest.mark.parametrize("over", [
    {"full_name": ""},
    {"full_name": "   "},
    {"birth_place": ""},
    {"occupation": ""},
    {"address": ""},
    {"marital_status": ""},
    {"marital_status": "Poligami"},
    {"birth_date": "kemarin"},
    {"birth_date": (date.today() + timedelta(days=1)).isoformat()},
    {"event_date": ""},
    {"event_date": "2025-02-30"},
    {"event_date": (date.today() + timedelta(days=2)).isoformat()},
    {"event_date": "1980-01-01"},  # before the reporter was born
    {"description": "pendek"},
    {"description": "x" * 4001},
    {"full_name": "x" * 121},
    {"address": "x" * 301},
    {"situs_web": "http://spam"},
])
def test_bad_input_is_400_and_nothing_saved(client, world, closed, over):
    case, secret = closed
    _open(client, case, secret)
    response = client.post(URL, _form(**over))
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")
    assert b'data-testid="error"' in response.content
    assert not _ombudsman_events(world, case)


def test_download_is_rate_limited(client, world, closed):
    case, secret = closed
    _open(client, case, secret)
    for _ in range(5):
        assert client.post(URL, _form()).status_code == 200
    assert client.post(URL, _form()).status_code == 429
    assert len(_ombudsman_events(world, case)) == 5


def test_coordinator_sees_the_event_in_the_back_office(client, world, desk, closed):
    case, secret = closed
    _open(client, case, secret)
    client.post(URL, _form())
    client.force_login(desk.users.coordinator)
    page = client.get(reverse("complaints:case", args=[case.pk]))
    assert page.status_code == 200
    assert b"Reporter prepared a report to the Ombudsman RI" in page.content
    assert b"Rahmawati" not in page.content
