"""What the tenant-isolation walker (abdi/tenancy/tests/test_isolation.py) needs of this app."""

import datetime

from abdi.cat.models import Announcement, Attempt, Candidate, ExamSession, LogEntry, Question, Result

from .factories import make_bank, make_candidate, make_session

PARAMS: dict[str, str] = {"session_id": "cat_session", "attempt_id": "cat_attempt",
                          "question_id": "cat_question", "board_code": "cat_board",
                          "announcement_code": "cat_announcement"}
PK_OF: dict[str, str] = {}
# The candidate's pages (a one-time token, no account) and the public scoreboard and check.
PUBLIC: set[str] = {"cat:exam_login", "cat:exam", "cat:exam_answer", "cat:exam_clock",
                    "cat:exam_finish", "cat:exam_result", "cat:exam_image", "cat:board", "cat:verify"}
OPERATOR_PAGES: set[str] = set(PUBLIC)
SNAPSHOT_MODELS: tuple = (ExamSession, Candidate, Attempt, LogEntry, Question, Result)


class _ByCode:
    def __init__(self, code):
        self.pk = code


def victims(world, marked) -> tuple[dict, set]:
    """One object of each kind of this app in the first government, and strings never to leak."""
    make_bank(world.gov, per_part=2)
    session = make_session(world.gov, code="papan-rahasia")
    session.title = "Sesi CAT Rahasia Kota A"
    session.save(update_fields=["title"])
    attempt = make_candidate(session, "RAHASIA-0001", name="Peserta Rahasia Kota A")
    question = Question.objects.filter(instansi=world.gov).first()
    announcement = Announcement.objects.create(
        instansi=world.gov, opening_title="Lowongan Rahasia Kota A", code="umum-rahasia",
        content_hash="0" * 64, pdf=b"%PDF-", issued_by="x",
        issued_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    return ({"cat_session": session, "cat_attempt": attempt, "cat_question": question,
             "cat_board": _ByCode(session.public_code),
             "cat_announcement": _ByCode(announcement.code)},
            {"Sesi CAT Rahasia Kota A", "RAHASIA-0001", "Peserta Rahasia Kota A"})
