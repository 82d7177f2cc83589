"""Daily activity and validation pages: reporting by page and by script, resending safely, the
entry window, evidence, the atasan's queue, approving and rejecting, who may do what (denied
calls change nothing), the government's setting, and query counts that do not grow."""

import datetime
import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.accounts.tests.factories import UserFactory
from abdi.performance import services
from abdi.performance.models import Activity, PerformanceSettings, SkpIndicator
from abdi.performance.rules import activity as activity_rules
from abdi.tenancy.scoping import within

from .conftest import actor_of

DIARY = reverse("performance:diary")
QUEUE = reverse("performance:queue")
BULK = reverse("performance:bulk")
SETTINGS = reverse("performance:settings")
JSON_CLIENT = {"HTTP_ACCEPT": "application/json", "HTTP_X_REQUESTED_WITH": "fetch"}
HTMX = {"HTTP_HX_REQUEST": "true"}

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 200
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"


def detail_url(activity, **query):
    url = reverse("performance:activity_detail", args=[activity.pk])
    return url + ("?file=1" if query.get("file") else "")


def validate_url(activity):
    return reverse("performance:validate", args=[activity.pk])


def form_values(plans, **overrides):
    values = {"indicator": plans.own.output.pk, "date": plans.today.isoformat(),
              "description": "Menyusun laporan pembinaan sekolah", "quantity": "2",
              "minutes": "90", "client_key": str(uuid.uuid4())}
    values.update(overrides)
    return values


def entries_of(employee):
    with scopes_disabled():
        return list(Activity.objects.filter(employee=employee).order_by("id"))


def realised(indicator):
    with scopes_disabled():
        return SkpIndicator.objects.get(pk=indicator.pk).realised


def reload(activity):
    with scopes_disabled():
        return Activity.objects.get(pk=activity.pk)


def report(world, plans, *, user=None, plan=None, description="Membina sekolah", quantity="1"):
    """An entry written through the service, as the employee (or another planner) would."""
    user = user or world.users.own
    plan = plan or plans.own
    with within(world.gov):
        activity, _created = services.record_activity(
            actor=actor_of(user), indicator=plan.output, client_key=uuid.uuid4(),
            values={"date": plans.today, "description": description, "quantity": quantity,
                    "minutes": "60"})
    return activity


@pytest.fixture
def peer_user(world):
    """A colleague in the same unit as the employee (the shared world gives them no account)."""
    with scopes_disabled():
        return UserFactory(username=world.peer.nip, instansi=world.gov, employee=world.peer,
                           display_name=world.peer.name)


# --- the diary --------------------------------------------------------------------------------


def test_diary_offers_the_form_on_the_approved_plan(world, plans, login):
    client = login(world.users.own)
    response = client.get(DIARY)
    content = response.content.decode()
    assert response.status_code == 200
    form = response.context["form"]
    assert [value for value, _label in form.fields["indicator"].choices] == [plans.own.output.pk]
    assert form["date"].value() == plans.today
    assert form["client_key"].value()
    assert 'accept="image/jpeg,image/png,application/pdf' in content
    assert 'name="latitude"' in content
    assert 'name="longitude"' in content
    assert "performance/diary.js" in content
    assert "<script>" not in content
    assert " style=" not in content


def test_each_render_of_the_form_names_a_new_entry(world, plans, login):
    client = login(world.users.own)
    first = client.get(DIARY).context["form"]["client_key"].value()
    second = client.get(DIARY).context["form"]["client_key"].value()
    assert first != second


def test_diary_without_an_approved_plan_explains_and_links_to_the_plans(world, plans, login):
    client = login(world.users.other_unit)
    response = client.get(DIARY)
    content = response.content.decode()
    assert response.status_code == 200
    assert "data-diary-form" not in content
    assert "No approved SKP for" in content
    assert reverse("performance:home") in content


def test_an_account_without_employee_gets_an_explanation(world, login):
    client = login(world.users.agency_admin)
    response = client.get(DIARY)
    assert response.status_code == 200
    assert "not linked to an employee" in response.content.decode()
    assert client.post(DIARY, {"description": "x"}).status_code == 403


def test_report_by_plain_post_redirects_back_with_a_message(world, plans, login):
    client = login(world.users.own)
    response = client.post(DIARY, form_values(plans))
    assert response.status_code == 302
    assert response["Location"] == DIARY
    (activity,) = entries_of(world.own)
    assert activity.description == "Menyusun laporan pembinaan sekolah"
    assert activity.quantity == 2
    assert activity.minutes == 90
    assert activity.status == "submitted"
    page = client.get(DIARY)
    content = page.content.decode()
    assert "Activity saved." in content
    assert "Menyusun laporan pembinaan sekolah" in content
    assert "Waiting for validation" in content


def test_report_by_script_answers_json(world, plans, login):
    client = login(world.users.own)
    values = form_values(plans, latitude="-2.976074", longitude="104.775431")
    response = client.post(DIARY, values, **JSON_CLIENT)
    assert response.status_code == 201
    body = response.json()
    (activity,) = entries_of(world.own)
    assert body == {"status": "ok", "id": activity.pk, "created": True,
                    "message": "Activity saved.", "url": detail_url(activity)}
    assert str(activity.client_key) == values["client_key"]
    assert str(activity.latitude) == "-2.976074"


@pytest.mark.parametrize("headers", [{}, JSON_CLIENT], ids=["page", "script"])
def test_sending_the_same_entry_twice_keeps_one(world, plans, login, headers):
    client = login(world.users.own)
    values = form_values(plans)
    client.post(DIARY, values, **headers)
    again = client.post(DIARY, values, **headers)
    assert len(entries_of(world.own)) == 1
    if headers:
        assert again.status_code == 200
        assert again.json()["created"] is False
        assert again.json()["id"] == entries_of(world.own)[0].pk
    else:
        assert again.status_code == 302
        assert "This activity was already received." in client.get(DIARY).content.decode()


def test_a_resend_is_answered_even_after_the_day_left_the_window(world, plans, login, settings):
    """The phone's answer was lost; the entry is resent when its day is no longer allowed."""
    client = login(world.users.own)
    values = form_values(plans)
    client.post(DIARY, values, **JSON_CLIENT)
    with scopes_disabled():
        PerformanceSettings.objects.create(instansi=world.gov, backdate_days=0)
    late = {**values, "date": (plans.today - datetime.timedelta(days=3)).isoformat()}
    response = client.post(DIARY, late, **JSON_CLIENT)
    assert response.status_code == 200
    assert response.json()["created"] is False
    assert len(entries_of(world.own)) == 1


@pytest.mark.parametrize(("days", "message"), [
    (1, "Activities cannot be reported for a day that has not come yet."),
    (-(activity_rules.DEFAULT_BACKDATE_DAYS + 1),
     f"Activities may be written at most {activity_rules.DEFAULT_BACKDATE_DAYS} days back."),
], ids=["future", "too-old"])
@pytest.mark.parametrize("headers", [{}, JSON_CLIENT], ids=["page", "script"])
def test_a_day_outside_the_window_is_refused(world, plans, login, days, message, headers):
    client = login(world.users.own)
    day = plans.today + datetime.timedelta(days=days)
    response = client.post(DIARY, form_values(plans, date=day.isoformat()), **headers)
    assert response.status_code == 400
    if headers:
        assert response.json()["message"] == message
        assert response.json()["status"] == "error"
    else:
        content = response.content.decode()
        assert message in content
        assert "Menyusun laporan pembinaan sekolah" in content  # what was typed is kept
    assert entries_of(world.own) == []


@pytest.mark.parametrize(("content", "name", "message"), [
    (b"MZ\x90\x00 not a picture at all", "foto.jpg",
     "Evidence must be a photo (JPEG or PNG) or a PDF."),
    (b"\xff\xd8\xff" + b"\x00" * activity_rules.MAX_EVIDENCE_BYTES, "besar.jpg",
     "The evidence file is too large; the limit is 5 MB."),
], ids=["wrong-type", "too-large"])
def test_bad_evidence_is_refused_and_nothing_is_saved(world, plans, login, content, name, message):
    client = login(world.users.own)
    upload = SimpleUploadedFile(name, content, content_type="image/jpeg")
    response = client.post(DIARY, {**form_values(plans), "evidence": upload})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert entries_of(world.own) == []


def test_other_invalid_values_are_refused_with_400(world, plans, login):
    client = login(world.users.own)
    for bad in ({"quantity": "0"}, {"minutes": "2000"}, {"description": "   "},
                {"indicator": str(plans.own.outcome.pk)}, {"evidence_link": "javascript:alert(1)"},
                {"latitude": "95", "longitude": "10"}, {"client_key": "not-a-key"}):
        response = client.post(DIARY, form_values(plans, **bad), **JSON_CLIENT)
        assert response.status_code == 400, bad
        assert response.json()["status"] == "error"
    assert entries_of(world.own) == []


def test_evidence_is_kept_and_shown_only_to_those_who_may_see_it(world, plans, login):
    client = login(world.users.own)
    upload = SimpleUploadedFile("IMG_0001.JPG", JPEG, content_type="image/jpeg")
    client.post(DIARY, {**form_values(plans), "evidence": upload})
    (activity,) = entries_of(world.own)
    page = client.get(detail_url(activity))
    assert page.status_code == 200
    assert f'src="{detail_url(activity, file=True)}"' in page.content.decode()
    file = client.get(detail_url(activity, file=True))
    assert file.status_code == 200
    assert file["Content-Type"] == "image/jpeg"
    assert b"".join(file.streaming_content) == JPEG
    assert "/media/" not in page.content.decode()
    for user in (world.users.supervisor, world.users.hr_admin):
        assert login(user).get(detail_url(activity, file=True)).status_code == 200
    for user in (world.users.other_unit, world.users.other_gov):
        assert login(user).get(detail_url(activity, file=True)).status_code == 404
        assert login(user).get(detail_url(activity)).status_code == 404


def test_a_pdf_is_downloaded(world, plans, login):
    client = login(world.users.own)
    upload = SimpleUploadedFile("laporan.pdf", PDF, content_type="application/pdf")
    client.post(DIARY, {**form_values(plans), "evidence": upload})
    (activity,) = entries_of(world.own)
    file = client.get(detail_url(activity, file=True))
    assert file["Content-Type"] == "application/pdf"
    assert file["Content-Disposition"].startswith("attachment")
    assert "Download the PDF" in client.get(detail_url(activity)).content.decode()


def test_recent_entries_show_status_reason_and_repeat(world, plans, login):
    activity = report(world, plans, description="Rapat koordinasi")
    with within(world.gov):
        services.reject_activity(actor=actor_of(world.users.supervisor), activity=activity,
                                 reason="Bukti belum dilampirkan")
        Activity.objects.filter(pk=activity.pk).update(is_repeat=True)
    content = login(world.users.own).get(DIARY).content.decode()
    assert "Rejected" in content
    assert "Bukti belum dilampirkan" in content
    assert "repeats an earlier day" in content


def test_htmx_asks_for_the_recent_entries_only(world, plans, login):
    report(world, plans, description="Rapat koordinasi")
    response = login(world.users.own).get(DIARY, **HTMX)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Rapat koordinasi" in content
    assert "<html" not in content
    assert "data-diary-form" not in content


# --- the queue --------------------------------------------------------------------------------


def test_queue_shows_the_subordinates_entries_only(world, plans, login):
    own_entry = report(world, plans, description="Entri pegawai")
    supervisor_entry = report(world, plans, user=world.users.supervisor, plan=plans.supervisor,
                              description="Entri kepala bidang")
    response = login(world.users.supervisor).get(QUEUE)
    assert response.status_code == 200
    assert [a.pk for a in response.context["page_obj"]] == [own_entry.pk]
    content = response.content.decode()
    assert "Entri pegawai" in content
    assert "Entri kepala bidang" not in content
    assert world.own.name in content
    head = login(world.users.agency_head).get(QUEUE)
    assert [a.pk for a in head.context["page_obj"]] == [supervisor_entry.pk]


def test_queue_can_be_grouped_by_employee(world, plans, login):
    report(world, plans, description="Entri pegawai")
    response = login(world.users.supervisor).get(QUEUE, {"sort": "employee"})
    assert response.status_code == 200
    assert response.context["by_employee"] is True
    assert 'scope="rowgroup"' in response.content.decode()


@pytest.mark.parametrize("user", ["own", "hr_admin", "agency_admin", "other_unit"])
def test_who_leads_no_one_gets_a_friendly_empty_queue(world, plans, login, user):
    report(world, plans)
    response = login(getattr(world.users, user)).get(QUEUE)
    assert response.status_code == 200
    assert "You lead no unit today" in response.content.decode()
    assert "Membina sekolah" not in response.content.decode()


# --- approving and rejecting ------------------------------------------------------------------


def test_approve_by_plain_post_redirects_back_and_counts_the_output(world, plans, login):
    activity = report(world, plans, quantity="3")
    client = login(world.users.supervisor)
    response = client.post(validate_url(activity), {"action": "approve", "back": f"{QUEUE}?page=1"})
    assert response.status_code == 302
    assert response["Location"] == f"{QUEUE}?page=1"
    assert reload(activity).status == "approved"
    assert realised(plans.own.output) == 3
    assert "Activity approved." in client.get(QUEUE).content.decode()


def test_a_foreign_back_address_is_not_followed(world, plans, login):
    activity = report(world, plans)
    response = login(world.users.supervisor).post(
        validate_url(activity), {"action": "approve", "back": "https://evil.example/"})
    assert response["Location"] == QUEUE


def test_approve_by_htmx_returns_the_updated_row(world, plans, login):
    activity = report(world, plans)
    response = login(world.users.supervisor).post(validate_url(activity), {"action": "approve"},
                                                  **HTMX)
    content = response.content.decode()
    assert response.status_code == 200
    assert content.strip().startswith("<tr")
    assert f'id="activity-{activity.pk}"' in content
    assert "Approved" in content
    assert 'name="ids"' not in content


def test_reject_needs_a_reason(world, plans, login):
    activity = report(world, plans)
    client = login(world.users.supervisor)
    response = client.post(validate_url(activity), {"action": "reject", "reason": "  "})
    assert response.status_code == 400
    assert "Say why the activity is rejected." in response.content.decode()
    assert reload(activity).status == "submitted"
    response = client.post(validate_url(activity), {"action": "reject",
                                                    "reason": "Tidak sesuai indikator"})
    assert response.status_code == 302
    rejected = reload(activity)
    assert rejected.status == "rejected"
    assert rejected.reject_reason == "Tidak sesuai indikator"
    assert realised(plans.own.output) == 0


def test_handled_twice_is_a_conflict(world, plans, login):
    activity = report(world, plans, quantity="2")
    client = login(world.users.supervisor)
    client.post(validate_url(activity), {"action": "approve"})
    again = client.post(validate_url(activity), {"action": "approve"})
    assert again.status_code == 409
    assert "This activity was already handled (Approved)." in again.content.decode()
    htmx = client.post(validate_url(activity), {"action": "reject", "reason": "x"}, **HTMX)
    assert htmx.status_code == 409
    assert "already handled" in htmx.content.decode()
    assert htmx.content.decode().strip().startswith("<tr")
    assert realised(plans.own.output) == 2


def test_unknown_action_is_refused(world, plans, login):
    activity = report(world, plans)
    response = login(world.users.supervisor).post(validate_url(activity), {"action": "delete"})
    assert response.status_code == 400
    assert reload(activity).status == "submitted"


def test_validate_answers_only_posts(world, plans, login):
    activity = report(world, plans)
    client = login(world.users.supervisor)
    assert client.get(validate_url(activity)).status_code == 405
    assert client.get(BULK).status_code == 405


def test_bulk_approve_counts_every_entry(world, plans, login):
    first = report(world, plans, quantity="2", description="Satu")
    second = report(world, plans, quantity="3", description="Dua")
    client = login(world.users.supervisor)
    response = client.post(BULK, {"ids": [first.pk, second.pk], "back": QUEUE})
    assert response.status_code == 302
    assert {reload(first).status, reload(second).status} == {"approved"}
    assert realised(plans.own.output) == 5
    assert "2 activities approved." in client.get(QUEUE).content.decode()


@pytest.mark.parametrize("ids", [[], ["abc"], ["-1"], [str(2**70)], ["2000000001"]],
                         ids=["none", "text", "negative", "huge", "missing"])
def test_bulk_with_bad_ids_is_refused_with_400(world, plans, login, ids):
    activity = report(world, plans)
    response = login(world.users.supervisor).post(BULK, {"ids": ids})
    assert response.status_code == 400
    assert reload(activity).status == "submitted"


def test_bulk_is_all_or_nothing(world, plans, login):
    """One entry the atasan may not validate (their own) stops the whole batch."""
    subordinate = report(world, plans)
    own = report(world, plans, user=world.users.supervisor, plan=plans.supervisor)
    response = login(world.users.supervisor).post(BULK, {"ids": [subordinate.pk, own.pk]})
    assert response.status_code == 403
    assert reload(subordinate).status == "submitted"
    assert realised(plans.own.output) == 0


@pytest.mark.parametrize("who", ["peer", "other_unit", "hr_admin", "own", "agency_admin"])
def test_only_the_atasan_validates(world, plans, login, peer_user, who):
    activity = report(world, plans)
    user = peer_user if who == "peer" else getattr(world.users, who)
    client = login(user)
    assert client.post(validate_url(activity), {"action": "approve"}).status_code == 403
    assert client.post(validate_url(activity), {"action": "reject",
                                                "reason": "x"}).status_code == 403
    assert client.post(validate_url(activity), {"action": "approve"}, **HTMX).status_code == 403
    assert client.post(BULK, {"ids": [activity.pk]}).status_code == 403
    after = reload(activity)
    assert after.status == "submitted"
    assert after.validated_by_id is None
    assert realised(plans.own.output) == 0


def test_a_refused_htmx_act_never_shows_the_entry_to_someone_who_may_not_see_it(
        world, plans, login, peer_user):
    activity = report(world, plans, description="Rahasia pegawai")
    response = login(peer_user).post(validate_url(activity), {"action": "approve"}, **HTMX)
    assert response.status_code == 403
    assert "Rahasia pegawai" not in response.content.decode()


def test_who_may_see_an_entry(world, plans, login, peer_user):
    activity = report(world, plans)
    for user, status, can_validate in ((world.users.own, 200, False),
                                       (world.users.supervisor, 200, True),
                                       (world.users.hr_admin, 200, False),
                                       (peer_user, 404, None),
                                       (world.users.other_unit, 404, None),
                                       (world.users.other_gov, 404, None)):
        response = login(user).get(detail_url(activity))
        assert response.status_code == status, user
        if status == 200:
            assert response.context["can_validate"] is can_validate


def test_another_government_gets_404(world, plans, login):
    activity = report(world, plans, description="Entri Kota A")
    client = login(world.users.other_gov)
    assert client.get(detail_url(activity)).status_code == 404
    assert client.get(detail_url(activity, file=True)).status_code == 404
    assert client.post(validate_url(activity), {"action": "approve"}).status_code == 404
    assert client.post(BULK, {"ids": [activity.pk]}).status_code == 400  # not found in its scope
    for url in (DIARY, QUEUE):
        assert "Entri Kota A" not in client.get(url).content.decode()
    assert reload(activity).status == "submitted"


def test_anonymous_is_sent_to_log_in(world, plans, client):
    activity = report(world, plans)
    login_url = reverse("accounts:login")
    for url in (DIARY, QUEUE, BULK, SETTINGS, detail_url(activity), validate_url(activity)):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, url
            assert response["Location"].startswith(login_url)
    assert reload(activity).status == "submitted"


# --- the government's setting -----------------------------------------------------------------


def test_hr_admin_sets_the_window(world, plans, login):
    client = login(world.users.hr_admin)
    page = client.get(SETTINGS)
    assert page.status_code == 200
    assert page.context["form"]["backdate_days"].value() == activity_rules.DEFAULT_BACKDATE_DAYS
    response = client.post(SETTINGS, {"backdate_days": "10"})
    assert response.status_code == 302
    with within(world.gov):
        assert PerformanceSettings.objects.get().backdate_days == 10
    assert client.post(SETTINGS, {"backdate_days": "99"}).status_code == 400
    with within(world.gov):
        assert PerformanceSettings.objects.get().backdate_days == 10
    # The new window is the one the diary applies.
    own = login(world.users.own)
    day = plans.today - datetime.timedelta(days=8)
    if day.year == plans.today.year:
        assert own.post(DIARY, form_values(plans, date=day.isoformat())).status_code == 302


@pytest.mark.parametrize("user", ["own", "supervisor", "agency_admin", "leader"])
def test_only_the_hr_admin_opens_the_settings(world, login, user):
    client = login(getattr(world.users, user))
    assert client.get(SETTINGS).status_code == 403
    assert client.post(SETTINGS, {"backdate_days": "30"}).status_code == 403
    with scopes_disabled():
        assert not PerformanceSettings.objects.filter(instansi=world.gov).exists()


# --- queries that do not grow with the list ---------------------------------------------------


def _count(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("url", [DIARY, QUEUE, f"{QUEUE}?sort=employee"])
def test_list_pages_cost_the_same_for_one_or_three_entries(world, plans, login, url):
    report(world, plans, description="Satu")
    user = world.users.own if url == DIARY else world.users.supervisor
    client = login(user)
    client.get(url)  # warm the per-user caches
    one = _count(client, url)
    report(world, plans, description="Dua")
    report(world, plans, description="Tiga")
    three = _count(client, url)
    assert one == three
    page = client.get(url)
    rows = page.context["recent"] if url == DIARY else list(page.context["page_obj"])
    assert len(rows) == 3


def test_json_errors_carry_the_field(world, plans, login):
    client = login(world.users.own)
    response = client.post(DIARY, form_values(plans, description=""), **JSON_CLIENT)
    assert response.status_code == 400
    body = json.loads(response.content)
    assert "description" in body["errors"]


# --- the phone, offline and back --------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_phone_keeps_an_entry_while_offline_and_sends_it_once_online(
        world, plans, client, live_server, browser_page):
    from django.conf import settings as django_settings

    from abdi.conftest import log_in
    from abdi.web.tests.browser import shoot

    log_in(client, world.users.own)
    page = browser_page
    page.context.add_cookies([
        {"name": django_settings.SESSION_COOKIE_NAME, "value": client.cookies["sessionid"].value,
         "url": live_server.url},
        {"name": django_settings.LANGUAGE_COOKIE_NAME, "value": "en", "url": live_server.url}])
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(DIARY)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shoot(page, "diary-01-phone")

    # Online, through the script: the answer is JSON and the list below refreshes.
    page.get_by_label("What was done").fill("Rapat daring dengan sekolah")
    page.get_by_label("Output quantity").fill("1")
    page.get_by_label("Time spent (minutes)").fill("45")
    page.get_by_test_id("diary-submit").click()
    page.locator("[data-diary-status]", has_text="Activity saved.").wait_for()
    page.get_by_test_id("recent").get_by_text("Rapat daring dengan sekolah").wait_for()
    assert len(entries_of(world.own)) == 1

    # Offline: kept on the phone, nothing reaches the server.
    page.context.set_offline(True)
    page.get_by_label("What was done").fill("Kunjungan ke SD Negeri 5")
    page.get_by_label("Output quantity").fill("2")
    page.get_by_label("Time spent (minutes)").fill("120")
    photo = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # a photo taken at the school, offline
    page.get_by_label("Evidence file").set_input_files(
        files=[{"name": "kunjungan.png", "mimeType": "image/png", "buffer": photo}])
    page.get_by_test_id("diary-submit").click()
    page.locator("[data-diary-status]", has_text="evidence file is kept on this phone").wait_for()
    assert page.get_by_test_id("pending-count").inner_text() == "1"
    shoot(page, "diary-02-offline")
    assert len(entries_of(world.own)) == 1

    # Back online: sent once, the waiting count disappears.
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    page.locator("[data-pending]").wait_for(state="hidden")
    page.get_by_test_id("recent").get_by_text("Kunjungan ke SD Negeri 5").wait_for()
    sent = entries_of(world.own)
    assert [a.description for a in sent] == ["Rapat daring dengan sekolah",
                                             "Kunjungan ke SD Negeri 5"]
    assert len({a.client_key for a in sent}) == 2
    assert not sent[0].evidence
    with sent[1].evidence.open("rb") as kept:  # the file went with the entry, byte for byte
        assert kept.read() == photo
    assert page.evaluate("""new Promise(done => {
        const open = indexedDB.open("abdi-diary-files");
        open.onsuccess = () => { const count = open.result.transaction("files").objectStore("files").count();
                                 count.onsuccess = () => done(count.result); };
    })""") == 0
    assert page.evaluate("Object.keys(localStorage).filter(k => localStorage.getItem(k)).length") == 0
    shoot(page, "diary-03-sent")


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_atasan_approves_and_rejects_on_a_phone(world, plans, client, live_server,
                                                    browser_page):
    from django.conf import settings as django_settings

    from abdi.conftest import log_in
    from abdi.web.tests.browser import shoot

    first = report(world, plans, description="Entri untuk disetujui", quantity="2")
    second = report(world, plans, description="Entri untuk ditolak")
    log_in(client, world.users.supervisor)
    page = browser_page
    page.context.add_cookies([
        {"name": django_settings.SESSION_COOKIE_NAME, "value": client.cookies["sessionid"].value,
         "url": live_server.url},
        {"name": django_settings.LANGUAGE_COOKIE_NAME, "value": "en", "url": live_server.url}])
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(QUEUE)
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shoot(page, "queue-01-phone")
    row = page.locator(f"#activity-{first.pk}")
    row.get_by_test_id("approve").click()
    page.locator(f"#activity-{first.pk} [data-testid=activity-status]").wait_for()
    assert reload(first).status == "approved"
    assert realised(plans.own.output) == 2
    other = page.locator(f"#activity-{second.pk}")
    other.get_by_text("Reject…").click()
    other.get_by_label("Reason").fill("Bukti tidak ada")
    other.get_by_test_id("reject").click()
    page.locator(f"#activity-{second.pk} [data-testid=activity-status]").wait_for()
    assert reload(second).reject_reason == "Bukti tidak ada"
    shoot(page, "queue-02-handled")


def test_the_atasan_comments_on_an_entry_from_its_page(world, plans, login):
    import uuid

    from abdi.performance.models import Feedback
    from abdi.performance.services import activities as activity_services
    from abdi.tenancy.scoping import within

    from .conftest import actor_of

    with within(world.gov):
        entry, _created = activity_services.record_activity(
            actor=actor_of(world.users.own), indicator=plans.own.output, client_key=uuid.uuid4(),
            values={"date": plans.today, "description": "Kunjungan", "quantity": "1", "minutes": "30"})
    supervisor = login(world.users.supervisor)
    page = supervisor.get(f"/kinerja/aktivitas/{entry.pk}/")
    assert 'data-testid="send-activity-feedback"' in page.content.decode()
    sent = supervisor.post(f"/kinerja/skp/{plans.own.skp.pk}/umpan-balik/",
                           {"target": "activity", "target_id": entry.pk, "text": "Lampirkan foto."})
    assert sent.status_code == 302
    assert sent["Location"] == f"/kinerja/aktivitas/{entry.pk}/"
    with within(world.gov):
        assert Feedback.objects.get(target="activity", target_id=entry.pk).text == "Lampirkan foto."
    own = login(world.users.own)
    shown = own.get(f"/kinerja/aktivitas/{entry.pk}/").content.decode()
    assert "Lampirkan foto." in shown
    assert 'data-testid="send-activity-feedback"' not in shown


def test_in_early_january_last_years_plan_takes_last_years_days(world, plans, login, monkeypatch):
    """On 2 January the window (5 days) still reaches December: the diary offers last year's
    plan, an entry of 31 December is saved on it, one of 2 January is not."""
    january = datetime.date(plans.today.year + 1, 1, 2)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: january)
    client = login(world.users.own)
    page = client.get(DIARY, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'value="{plans.own.output.pk}"' in page
    december = datetime.date(plans.today.year, 12, 31)
    saved = client.post(DIARY, form_values(plans, date=december.isoformat()), **JSON_CLIENT)
    assert saved.status_code == 201, saved.content
    refused = client.post(DIARY, form_values(plans, date=january.isoformat()), **JSON_CLIENT)
    assert refused.status_code == 400
    assert refused.json()["message"] == "The date must fall in the year of the SKP."
    assert [entry.date for entry in entries_of(world.own)] == [december]
