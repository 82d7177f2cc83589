"""CAT data for tests: a small SKD bank, a session with candidates, straight into the tables."""

import datetime

from django.utils import timezone

from abdi.cat.models import Attempt, Candidate, ExamSession, Option, Part, Proctor, Question
from abdi.cat.services.tokens import token_hash

SKD_PARTS = (("TWK", "Tes Wawasan Kebangsaan", "right_wrong"),
             ("TIU", "Tes Intelegensia Umum", "right_wrong"),
             ("TKP", "Tes Karakteristik Pribadi", "weighted"))


def make_bank(instansi, per_part: int = 4) -> dict[str, Part]:
    """Questions whose option A is right (TWK/TIU) or weighs 5, B 4 … (TKP)."""
    parts = {}
    for position, (code, name, kind) in enumerate(SKD_PARTS):
        part = Part.objects.create(instansi=instansi, code=code, name=name, kind=kind, position=position)
        parts[code] = part
        for n in range(per_part):
            question = Question.objects.create(instansi=instansi, part=part,
                                               text=f"{code} soal {n + 1}")
            question.family = question.pk
            question.save(update_fields=["family"])
            Option.objects.bulk_create([
                Option(instansi=instansi, question=question, label=label,
                       text=f"{code}{n + 1} pilihan {label}",
                       is_correct=(kind == "right_wrong" and label == "A"),
                       weight=(5 - i if kind == "weighted" else None))
                for i, label in enumerate("ABCDE")])
    return parts


def make_session(instansi, *, blueprint=(("TWK", "", 2), ("TIU", "", 2), ("TKP", "", 2)),
                 minutes: int = 30, proctors=(), passing_grades=None, code="papan-uji") -> ExamSession:
    session = ExamSession.objects.create(
        instansi=instansi, title="SKD CPNS Sesi 1", year=2024,
        starts_at=timezone.now() - datetime.timedelta(minutes=5), room="Ruang CAT BKPSDM",
        seats=10, duration_minutes=minutes, blueprint=[list(line) for line in blueprint],
        passing_grades=passing_grades or {"TWK": 5, "TIU": 5, "TKP": 10}, public_code=code)
    for user in proctors:
        Proctor.objects.create(instansi=instansi, session=session, user=user)
    return session


def make_candidate(session, regno: str, *, name="Peserta Uji", category="", opening_ref=7,
                   state=Attempt.State.WAITING, token: str = "") -> Attempt:
    candidate = Candidate.objects.create(instansi_id=session.instansi_id, registration_number=regno,
                                         name=name, category=category, opening_ref=opening_ref,
                                         opening_title="Analis SDM Aparatur")
    seat = session.attempts.count() + 1
    attempt = Attempt.objects.create(instansi_id=session.instansi_id, session=session,
                                     candidate=candidate, seat=seat, state=state,
                                     token_hash=token_hash(regno, token) if token else "")
    return attempt
