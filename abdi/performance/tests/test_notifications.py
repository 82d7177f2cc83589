"""Notifications: each hooked event reaches the right person, once per key, by e-mail when
they have an address; only the recipient reads them; reminders come once per deadline."""

import datetime
import uuid
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django_scopes import scopes_disabled

from abdi.performance import services, tasks
from abdi.performance.models import Appraisal, Notification
from abdi.performance.services import appraisal as appraisal_services
from abdi.performance.services import notify
from abdi.tenancy.scoping import within

from .conftest import actor_of, make_plan

Topic = Notification.Topic


def notices(employee, topic=None):
    with scopes_disabled():
        found = Notification.objects.filter(recipient=employee)
        if topic:
            found = found.filter(topic=topic)
        return list(found.order_by("id"))


def record(world, plans, description="Memeriksa laporan sekolah"):
    with within(world.gov):
        activity, _created = services.record_activity(
            actor=actor_of(world.users.own), indicator=plans.own.output, client_key=uuid.uuid4(),
            values={"date": plans.today, "description": description, "quantity": "1",
                    "minutes": "60"})
    return activity


# --- the hooks ---------------------------------------------------------------------------------


def test_submitting_asks_the_atasan_and_the_decision_reaches_the_owner(world, plans):
    submitted = notices(world.supervisor, Topic.SKP_SUBMITTED)
    assert [n.link for n in submitted] == [reverse("performance:skp_detail", args=[plans.own.skp.pk])]
    assert "Pegawai Sendiri" in submitted[0].message
    approved = notices(world.own, Topic.SKP_DECIDED)
    assert len(approved) == 1
    assert "approved" in approved[0].message
    # The agency head was asked about the supervisor's plan, not about the employee's.
    assert [n.link for n in notices(world.agency_head, Topic.SKP_SUBMITTED)] == [
        reverse("performance:skp_detail", args=[plans.supervisor.skp.pk])]
    assert notices(world.peer) == []


def test_returning_tells_the_owner_why(world, plans):
    peer_user = _user_of(world, world.peer)
    with within(world.gov):
        peer_plan = make_plan(peer_user, world.peer, parent=plans.supervisor.result)
        services.move_skp(actor=actor_of(peer_user), skp=peer_plan.skp, action="submit")
        services.move_skp(actor=actor_of(world.users.supervisor), skp=peer_plan.skp,
                          action="return", note="Target belum terukur.")
    returned = notices(world.peer, Topic.SKP_DECIDED)
    assert len(returned) == 1
    assert "Target belum terukur." in returned[0].message
    assert len(notices(world.supervisor, Topic.SKP_SUBMITTED)) == 2  # own's and peer's


def _user_of(world, employee):
    from abdi.accounts.tests.factories import UserFactory

    with scopes_disabled():
        return UserFactory(username=employee.nip, instansi=world.gov, employee=employee,
                           display_name=employee.name)


def test_new_activities_make_one_unread_notice_per_atasan_and_day(world, plans):
    record(world, plans, "Laporan satu")
    record(world, plans, "Laporan dua")
    waiting = notices(world.supervisor, Topic.ACTIVITIES_WAITING)
    assert len(waiting) == 1
    assert waiting[0].link == reverse("performance:queue")
    assert waiting[0].key == f"activities_waiting:{plans.today.isoformat()}"
    with within(world.gov):
        notify.mark_read(actor=actor_of(world.users.supervisor), notification=waiting[0])
    record(world, plans, "Laporan tiga")  # once read, the next entry may remind again
    assert len(notices(world.supervisor, Topic.ACTIVITIES_WAITING)) == 2
    assert notices(world.own, Topic.ACTIVITIES_WAITING) == []


def test_rejection_and_feedback_reach_the_owner(world, plans):
    activity = record(world, plans)
    with within(world.gov):
        services.reject_activity(actor=actor_of(world.users.supervisor), activity=activity,
                                 reason="Bukti belum dilampirkan.")
        services.add_feedback(actor=actor_of(world.users.supervisor), skp=plans.own.skp,
                              target="activity", target_id=activity.pk, text="Lampirkan foto.")
    rejected = notices(world.own, Topic.ACTIVITY_REJECTED)
    assert len(rejected) == 1
    assert "Bukti belum dilampirkan." in rejected[0].message
    assert rejected[0].link == reverse("performance:activity_detail", args=[activity.pk])
    feedback = notices(world.own, Topic.FEEDBACK)
    assert len(feedback) == 1
    assert "Supervisor Satu" in feedback[0].message
    assert notices(world.supervisor, Topic.ACTIVITY_REJECTED) == []


def test_release_objection_and_decision_each_reach_their_person(world, plans):
    with within(world.gov):
        appraisal, _ = appraisal_services.open_appraisal(
            actor=actor_of(world.users.own), skp=plans.own.skp, period_kind="annual", period_number=1)
        appraisal_services.rate(actor=actor_of(world.users.supervisor), appraisal=appraisal,
                                result_rating="BAWAH", result_reason="Target tidak tercapai.",
                                behaviour_rating="SESUAI", behaviour_reason="Sesuai.")
        appraisal_services.set_unit_predikat(
            actor=actor_of(world.users.agency_head), unit=world.unit, year=appraisal.year,
            period_kind="annual", period_number=1, org_predikat="BP")
        appraisal_services.finalise_unit(actor=actor_of(world.users.supervisor), unit=world.unit,
                                         year=appraisal.year, period_kind="annual", period_number=1)
        released = notices(world.own, Topic.RATING_RELEASED)
        assert [n.link for n in released] == [reverse("performance:appraisal", args=[appraisal.pk])]
        objection = appraisal_services.file_objection(
            actor=actor_of(world.users.own), appraisal=Appraisal.objects.get(pk=appraisal.pk),
            reason="Ada bukti yang belum dinilai.")
        filed = notices(world.agency_head, Topic.OBJECTION)
        assert [n.link for n in filed] == [reverse("performance:decide", args=[objection.pk])]
        appraisal_services.decide_objection(actor=actor_of(world.users.agency_head),
                                            objection=objection, upheld=False,
                                            decision="Bukti sudah dinilai.")
    decided = notices(world.own, Topic.OBJECTION)
    assert len(decided) == 1
    assert "rejected" in decided[0].message
    assert notices(world.supervisor, Topic.RATING_RELEASED) == []


def test_a_refused_act_notifies_nobody(world, plans):
    from abdi.core.errors import Forbidden

    before = notices(world.own)
    activity = record(world, plans)
    with within(world.gov), pytest.raises(Forbidden):
        services.reject_activity(actor=actor_of(world.users.other_unit), activity=activity,
                                 reason="Tidak.")
    assert notices(world.own) == before


# --- notify() itself and the e-mail ------------------------------------------------------------


def test_a_key_keeps_one_unread_notice(world):
    with within(world.gov):
        first = notify.notify(recipient_id=world.own.pk, instansi_id=world.gov.pk,
                              topic=Topic.DEADLINE, message="Satu", key="k1")
        again = notify.notify(recipient_id=world.own.pk, instansi_id=world.gov.pk,
                              topic=Topic.DEADLINE, message="Dua", key="k1")
        other = notify.notify(recipient_id=world.peer.pk, instansi_id=world.gov.pk,
                              topic=Topic.DEADLINE, message="Tiga", key="k1")
        no_key = [notify.notify(recipient_id=world.own.pk, instansi_id=world.gov.pk,
                                topic=Topic.FEEDBACK, message="x") for _ in range(2)]
    assert first is not None
    assert again is None
    assert other is not None
    assert all(no_key)
    assert len(notices(world.own)) == 3


def test_mail_goes_out_after_commit_once(world, django_capture_on_commit_callbacks):
    with scopes_disabled():
        world.own.email = "pegawai@kota-a.go.id"
        world.own.save(update_fields=["email"])
    with within(world.gov), django_capture_on_commit_callbacks(execute=True) as callbacks:
        made = notify.notify(recipient_id=world.own.pk, instansi_id=world.gov.pk,
                             topic=Topic.FEEDBACK, message="Umpan balik baru.", link="/kinerja/")
        assert mail.outbox == []  # nothing before the commit
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["pegawai@kota-a.go.id"]
    assert "Umpan balik baru." in mail.outbox[0].body
    with scopes_disabled():
        made.refresh_from_db()
    assert made.emailed_at is not None
    tasks.email_notification.call(made.pk)  # a second run (a retried task) sends nothing more
    assert len(mail.outbox) == 1


def test_no_address_no_mail(world, django_capture_on_commit_callbacks):
    with within(world.gov), django_capture_on_commit_callbacks(execute=True) as callbacks:
        notify.notify(recipient_id=world.peer.pk, instansi_id=world.gov.pk,
                      topic=Topic.FEEDBACK, message="x")
    assert callbacks == []
    assert mail.outbox == []


# --- the pages ---------------------------------------------------------------------------------


def _notice(world, employee, link=""):
    with within(world.gov):
        return notify.notify(recipient_id=employee.pk, instansi_id=world.gov.pk,
                             topic=Topic.FEEDBACK, message=f"Untuk {employee.name}", link=link)


def test_list_shows_only_own_newest_first(client, login, world):
    _notice(world, world.peer)
    earlier = _notice(world, world.own)
    later = _notice(world, world.own, link="/kinerja/")
    login(world.users.own)
    response = client.get(reverse("performance:notifications"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Untuk Rekan Sebidang" not in page
    assert page.count("Untuk Pegawai Sendiri") == 2
    assert page.index(f'notification-{later.pk}"') < page.index(f'notification-{earlier.pk}"')
    assert 'data-testid="unread-badge"' in page


def test_list_needs_login_and_a_government(client, login, world):
    url = reverse("performance:notifications")
    assert client.get(url).status_code == 302
    login(world.users.operator)
    assert client.get(url).status_code == 404
    login(world.users.leader)  # no employee record: an empty list, not an error
    assert client.get(url).status_code == 200


def test_reading_marks_only_own_and_follows_a_local_link(client, login, world):
    own = _notice(world, world.own, link="/kinerja/skp/1/")
    theirs = _notice(world, world.peer, link="/kinerja/")
    login(world.users.own)
    assert client.get(reverse("performance:notification_read", args=[own.pk])).status_code == 405
    response = client.post(reverse("performance:notification_read", args=[own.pk]))
    assert response.status_code == 302
    assert response["Location"] == "/kinerja/skp/1/"
    response = client.post(reverse("performance:notification_read", args=[theirs.pk]))
    assert response.status_code == 404
    with scopes_disabled():
        assert Notification.objects.get(pk=own.pk).read_at is not None
        assert Notification.objects.get(pk=theirs.pk).read_at is None
    assert client.post(reverse("performance:notification_read", args=[2**63])).status_code == 404


def test_reading_of_another_government_is_404(client, login, world):
    own = _notice(world, world.own)
    login(world.users.other_gov)
    assert client.post(reverse("performance:notification_read", args=[own.pk])).status_code == 404
    with scopes_disabled():
        assert Notification.objects.get(pk=own.pk).read_at is None


@pytest.mark.parametrize("link", ["https://evil.example/", "//evil.example/x", "/\\evil.example",
                                  "javascript:alert(1)", "http:/evil.example"])
def test_never_an_open_redirect(client, login, world, link):
    notice = _notice(world, world.own, link=link)
    login(world.users.own)
    response = client.post(reverse("performance:notification_read", args=[notice.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("performance:notifications")


# --- deadline reminders ------------------------------------------------------------------------


def test_reminders_go_to_those_without_a_submitted_skp_once(world, plans):
    year = plans.today.year
    near = datetime.date(year, 1, 27)  # four days before the 31 January deadline
    key = f"skp_deadline:{year}"

    def reminded():
        with scopes_disabled():
            return sorted(Notification.objects.filter(topic=Topic.DEADLINE, key=key)
                          .values_list("instansi_id", "recipient_id"))

    out = StringIO()
    call_command("performance_reminders", "--date", near.isoformat(), stdout=out)
    first = reminded()
    people = {recipient for _gov, recipient in first}
    # Approved plans (own, supervisor) are done; the agency head's draft and everyone without
    # a plan are reminded, in each government by its own scope.
    assert world.own.pk not in people
    assert world.supervisor.pk not in people
    assert {world.agency_head.pk, world.peer.pk, world.sibling.pk, world.other_unit.pk} <= people
    assert (world.other_gov.pk, world.other_gov_employee.pk) in first
    assert "reminders" in out.getvalue()
    call_command("performance_reminders", "--date", near.isoformat(), stdout=StringIO())
    assert reminded() == first
    with scopes_disabled():  # even once read, the same deadline is not reminded again
        Notification.objects.filter(key=key).update(read_at=datetime.datetime.now(datetime.UTC))
    call_command("performance_reminders", "--date", near.isoformat(), stdout=StringIO())
    assert reminded() == first


def test_reminders_as_a_task_for_one_government(world):
    tasks.send_deadline_reminders.call([world.other_gov.pk])
    with scopes_disabled():
        assert not Notification.objects.filter(instansi=world.gov).exists()


def test_no_reminder_far_from_the_deadline(world):
    with within(world.gov):
        assert notify.send_deadline_reminders(instansi_id=world.gov.pk,
                                              today=datetime.date(2031, 3, 1)) == 0
        assert notify.reminder_years(datetime.date(2031, 1, 24)) == [2031]
        assert notify.reminder_years(datetime.date(2031, 1, 23)) == []
        assert notify.reminder_years(datetime.date(2031, 2, 1)) == []
