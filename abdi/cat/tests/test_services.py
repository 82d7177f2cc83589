"""The exam engine: login, answers (UPSERT, replay, forged ids, late), finish and scoring,
the hash chain, device reset, added time, resume after a restart."""

import datetime

import pytest
from django.utils import timezone

from abdi.cat.models import Answer, Attempt, LogEntry, Result
from abdi.cat.services import exam, sessions
from abdi.cat.services.chainlog import verify_attempt
from abdi.core.errors import Conflict, DomainError, Forbidden
from abdi.tenancy.scoping import within

from .conftest import TOKEN, actor_of, freeze_time


def _start(world, attempt=None, device="device-one"):
    attempt = attempt or world.first
    return exam.log_in(registration_number=attempt.candidate.registration_number, token=TOKEN,
                       device_key=device)


def _fresh(attempt_id):
    return Attempt.objects.get(pk=attempt_id)


def _option(attempt, qid, position=0):
    return attempt.option_orders[str(qid)][position]


def _answer_all_right(attempt, device="device-one"):
    """Option A (right, or weight 5) for every drawn question."""
    from abdi.cat.models import Option

    seq = attempt.answer_seq
    for qid in attempt.question_ids:
        seq += 1
        best = Option.objects.get(question_id=qid, label="A").pk
        exam.save_answer(attempt_id=attempt.pk, device_key=device, question_id=qid, option_id=best, seq=seq)


def test_login_draws_the_blueprint_and_starts_the_clock(exam_world):
    login = _start(exam_world)
    with within(exam_world.gov):
        attempt = _fresh(login.attempt_id)
        assert attempt.state == "active"
        assert attempt.started_at is not None
        assert len(attempt.question_ids) == 6
        assert attempt.duration_seconds == 30 * 60
        assert all(sorted(o) == sorted(set(o)) and len(o) == 5 for o in attempt.option_orders.values())
        assert [e.action for e in attempt.log.all()] == ["start"]
        assert verify_attempt(attempt).ok


def test_wrong_token_is_refused(exam_world):
    with pytest.raises(DomainError, match="wrong"):
        exam.log_in(registration_number="2024000001", token="AAAAAA", device_key="x")


def test_second_login_from_another_device_is_refused_and_logged(exam_world):
    _start(exam_world)
    with pytest.raises(Conflict, match="another computer"):
        _start(exam_world, device="device-two")
    with within(exam_world.gov):
        attempt = _fresh(exam_world.first.pk)
        assert [e.action for e in attempt.log.all()] == ["start", "second_login"]
        assert attempt.incidents == 1
    # The same device resumes.
    assert _start(exam_world).attempt_id == exam_world.first.pk


def test_answers_upsert_in_place_and_replays_are_refused(exam_world):
    _start(exam_world)
    with within(exam_world.gov):
        attempt = _fresh(exam_world.first.pk)
        qid = attempt.question_ids[0]
        first, second = _option(attempt, qid, 0), _option(attempt, qid, 1)
        for option, seq in ((first, 1), (second, 2)):
            exam.save_answer(attempt_id=attempt.pk, device_key="device-one", question_id=qid,
                             option_id=option, seq=seq)
        with pytest.raises(Conflict, match="newer answer"):
            exam.save_answer(attempt_id=attempt.pk, device_key="device-one", question_id=qid,
                             option_id=first, seq=1)  # the first request arriving late / replayed
        answer = Answer.objects.get(attempt=attempt, question_id=qid)
        assert (answer.option_id, answer.seq) == (second, 2)
        assert Answer.objects.filter(attempt=attempt).count() == 1
        actions = list(attempt.log.values_list("action", flat=True))
        assert actions == ["start", "answer", "answer", "stale_answer"]
        assert attempt.answers.filter(option__isnull=False).count() == 1


@pytest.mark.parametrize(("question", "option", "message"), [
    ("forged", None, "not part of your exam"),
    (999999, None, "not part of your exam"),
    ("first", 999999, "does not belong"),
    ("first", "other-question", "does not belong"),
    ("first", "1 OR 1=1", "does not belong"),
])
def test_forged_ids_are_refused_logged_and_change_nothing(exam_world, question, option, message):
    _start(exam_world)
    with within(exam_world.gov):
        attempt = _fresh(exam_world.first.pk)
        qid = attempt.question_ids[0]
        exam.save_answer(attempt_id=attempt.pk, device_key="device-one", question_id=qid,
                         option_id=_option(attempt, qid), seq=1)
        before = list(Answer.objects.values_list("question_id", "option_id", "seq"))
        question_id = {"first": qid, "forged": "12; DROP TABLE"}.get(question, question)
        option_id = _option(attempt, attempt.question_ids[1]) if option == "other-question" else option
        with pytest.raises(DomainError, match=message) as caught:
            exam.save_answer(attempt_id=attempt.pk, device_key="device-one", question_id=question_id,
                             option_id=option_id if option is not None else _option(attempt, qid), seq=5)
        assert caught.value.status == 400
        assert list(Answer.objects.values_list("question_id", "option_id", "seq")) == before
        assert attempt.log.last().action in ("forged_question", "forged_option")


def test_an_answer_from_another_device_is_refused(exam_world):
    _start(exam_world)
    with within(exam_world.gov):
        attempt = _fresh(exam_world.first.pk)
        qid = attempt.question_ids[0]
        with pytest.raises(Forbidden):
            exam.save_answer(attempt_id=attempt.pk, device_key="thief", question_id=qid,
                             option_id=_option(attempt, qid), seq=1)
        assert not Answer.objects.exists()


def test_answer_after_the_time_is_refused_and_the_exam_ends(exam_world):
    start = timezone.now()
    with freeze_time(start):
        _start(exam_world)
    with within(exam_world.gov):
        attempt = _fresh(exam_world.first.pk)
        qid = attempt.question_ids[0]
        with freeze_time(start + datetime.timedelta(minutes=10)):
            exam.save_answer(attempt_id=attempt.pk, device_key="device-one", question_id=qid,
                             option_id=_option(attempt, qid), seq=1)
        with freeze_time(start + datetime.timedelta(minutes=30, seconds=1)), \
                pytest.raises(Conflict, match="Time is up") as caught:
            exam.save_answer(attempt_id=attempt.pk, device_key="device-one", question_id=qid,
                             option_id=_option(attempt, qid, 1), seq=2)
        assert caught.value.status == 409
        attempt = _fresh(attempt.pk)
        assert attempt.state == "finished"
        assert Answer.objects.get(attempt=attempt).option_id == _option(attempt, qid)
        assert list(attempt.log.values_list("action", flat=True))[-2:] == ["time_up", "late_answer"]
        assert Result.objects.filter(attempt=attempt).exists()
        with pytest.raises(Conflict, match="finished"):
            exam.save_answer(attempt_id=attempt.pk, device_key="device-one", question_id=qid,
                             option_id=_option(attempt, qid, 1), seq=3)
        assert verify_attempt(_fresh(attempt.pk)).ok


def test_finish_scores_per_part_and_judges_the_passing_grades(exam_world):
    _start(exam_world)
    with within(exam_world.gov):
        attempt = _fresh(exam_world.first.pk)
        _answer_all_right(attempt)
        exam.finish(attempt_id=attempt.pk, device_key="device-one")
        result = Result.objects.get(attempt=attempt)
        assert result.scores == {"TWK": 10, "TIU": 10, "TKP": 10, "total": 30}
        assert result.maxima == {"TWK": 10, "TIU": 10, "TKP": 10, "total": 30}
        assert (result.twk, result.tiu, result.tkp, result.total) == (10, 10, 10, 30)
        assert result.passed
        assert result.parts_passed == {"TWK": True, "TIU": True, "TKP": True}
        assert verify_attempt(_fresh(attempt.pk)).ok


def test_blank_sheet_scores_zero_and_fails(exam_world):
    _start(exam_world)
    with within(exam_world.gov):
        exam.finish(attempt_id=exam_world.first.pk, device_key="device-one")
        result = Result.objects.get(attempt_id=exam_world.first.pk)
        assert result.total == 0
        assert not result.passed


def test_resume_after_a_restart_is_the_same_state(exam_world):
    """A killed server keeps nothing in memory: a new client with the same cookie data sees the
    same draw, answers and time the database holds."""
    start = timezone.now()
    with freeze_time(start):
        login = _start(exam_world)
    with within(exam_world.gov):
        attempt = _fresh(login.attempt_id)
        qid = attempt.question_ids[2]
        with freeze_time(start + datetime.timedelta(minutes=4)):
            exam.save_answer(attempt_id=attempt.pk, device_key=login.device_key, question_id=qid,
                             option_id=_option(attempt, qid, 3), seq=1)
        # "Restart": forget every Python object, read again from the database.
        del attempt
        with freeze_time(start + datetime.timedelta(minutes=6)):
            again = exam.touch(attempt_id=login.attempt_id, device_key=login.device_key)
            assert exam.remaining(again) == 24 * 60
        assert Answer.objects.get(attempt=again, question_id=qid).option_id == _option(again, qid, 3)
        assert again.question_ids == _fresh(login.attempt_id).question_ids


def test_device_reset_moves_the_candidate_to_another_computer(exam_world):
    _start(exam_world)
    actor = actor_of(exam_world.users.supervisor)
    with within(exam_world.gov):
        with pytest.raises(DomainError, match="reason"):
            sessions.reset_device(actor=actor, session=exam_world.session,
                                  attempt_id=exam_world.first.pk, reason=" ")
        token = sessions.reset_device(actor=actor, session=exam_world.session,
                                      attempt_id=exam_world.first.pk, reason="Komputer mati")
    login = exam.log_in(registration_number="2024000001", token=token, device_key="device-two")
    with within(exam_world.gov):
        attempt = _fresh(login.attempt_id)
        assert list(attempt.log.values_list("action", flat=True)) == ["start", "device_reset", "resume"]
        with pytest.raises(Forbidden):
            exam.touch(attempt_id=attempt.pk, device_key="device-one")


def test_added_time_moves_the_deadline_and_is_logged(exam_world):
    start = timezone.now()
    with freeze_time(start):
        _start(exam_world)
    actor = actor_of(exam_world.users.hr_admin)
    with within(exam_world.gov):
        with pytest.raises(DomainError):
            sessions.add_time(actor=actor, session=exam_world.session, attempt_id=exam_world.first.pk,
                              seconds=300, reason="")
        with freeze_time(start):
            attempt = sessions.add_time(actor=actor, session=exam_world.session,
                                        attempt_id=exam_world.first.pk, seconds=300, reason="Listrik padam")
            assert exam.remaining(attempt) == 35 * 60
        entry = attempt.log.last()
        assert entry.action == "time_added"
        assert entry.data["reason"] == "Listrik padam"


def test_the_chain_detects_an_altered_and_a_removed_entry(exam_world):
    _start(exam_world)
    with within(exam_world.gov):
        attempt = _fresh(exam_world.first.pk)
        _answer_all_right(attempt)
        attempt = _fresh(attempt.pk)
        assert verify_attempt(attempt).ok
        LogEntry.objects.filter(attempt=attempt, seq=3).update(data={"question": 1, "option": 2, "seq": 2})
        check = verify_attempt(attempt)
        assert (check.ok, check.broken_at, check.reason) == (False, 3, "altered")
    second = exam.log_in(registration_number="2024000002", token=TOKEN, device_key="b")
    with within(exam_world.gov):
        attempt = _fresh(second.attempt_id)
        _answer_all_right(attempt, device="b")
        attempt = _fresh(attempt.pk)
        LogEntry.objects.filter(attempt=attempt, seq=4).delete()
        assert verify_attempt(attempt).broken_at == 4
        LogEntry.objects.filter(attempt=attempt, seq=attempt.log_seq).delete()  # the newest
        assert not verify_attempt(attempt).ok


def test_one_active_exam_per_candidate(exam_world):
    from .factories import make_session

    _start(exam_world)
    with within(exam_world.gov):
        other = make_session(exam_world.gov, code="papan-dua")
        Attempt.objects.create(instansi=exam_world.gov, session=other, candidate=exam_world.first.candidate,
                               seat=1, state="released", token_hash=exam_world.first.token_hash + "")
    with pytest.raises(Conflict):
        # Both attempts carry the same token hash here; whichever is found, a second live exam is refused.
        _start(exam_world, device="device-two")


def test_enrol_candidates_reports_broken_rows(exam_world):
    actor = actor_of(exam_world.users.hr_admin)
    with within(exam_world.gov):
        report = sessions.enrol_candidates(actor=actor, session=exam_world.session, rows=[
            {"registration_number": "2024000003", "name": "Citra", "opening_ref": "7",
             "opening_title": "Analis SDM Aparatur", "category": "cumlaude"},
            {"registration_number": "", "name": "Tanpa Nomor"},
            {"registration_number": "2024000004", "name": "Dedi", "category": "raja"},
            {"registration_number": "2024000005", "name": "Eka", "opening_ref": "tujuh"},
            {"registration_number": "2024000001", "name": "Ani Peserta"},
        ])
        assert report["enrolled"] == 1
        assert report["updated"] == 1
        assert [row for row, _m in report["errors"]] == [2, 3, 4]
        assert exam_world.session.attempts.count() == 3
        with pytest.raises(Forbidden):
            sessions.enrol_candidates(actor=actor_of(exam_world.users.supervisor),
                                      session=exam_world.session, rows=[])


def test_the_cron_command_closes_expired_attempts(exam_world):
    from django.core.management import call_command

    start = timezone.now()
    with freeze_time(start):
        _start(exam_world)
    with freeze_time(start + datetime.timedelta(minutes=31)):
        call_command("cat_close_expired")
        call_command("cat_close_expired")  # twice: nothing more to do
    with within(exam_world.gov):
        assert _fresh(exam_world.first.pk).state == "finished"
        assert Result.objects.filter(attempt_id=exam_world.first.pk).count() == 1
        assert _fresh(exam_world.second.pk).state == "released"
