"""The pure rules against the worked examples of public-service.md §2.6 and §2.8."""

from collections import Counter
from datetime import date

import pytest

from abdi.complaints.rules import tracking
from abdi.complaints.rules.attachments import sniff
from abdi.complaints.rules.clock import Clock, Flag, Stage, add_working_days, clock_for
from abdi.complaints.rules.kinds import COMPLETION_DAYS, CaseClass, identity_protected_by_class
from abdi.complaints.rules.ombudsman import past_ombudsman_time_bar
from abdi.complaints.rules.workflow import MOVES, TERMINAL, Status, citizen_label, may_move

WEEK = frozenset({0, 1, 2, 3, 4})
HOLIDAY = frozenset({date(2025, 9, 5)})  # §2.6 fixture: Friday 5 September 2025


@pytest.mark.parametrize(("event", "days", "due"), [
    (date(2025, 9, 2), 3, date(2025, 9, 8)),     # verification from receipt
    (date(2025, 9, 8), 5, date(2025, 9, 15)),    # first reply from disposition
    (date(2025, 9, 8), 14, date(2025, 9, 26)),   # completion, tidak berkadar pengawasan
    (date(2025, 9, 8), 60, date(2025, 12, 1)),   # completion, berkadar pengawasan
    (date(2025, 9, 15), 10, date(2025, 9, 29)),  # reporter window from the answer
])
def test_t_cmp_1_deadlines(event, days, due):
    assert add_working_days(event, days, WEEK, HOLIDAY) == due


def test_counting_starts_the_day_after_even_on_a_friday():
    assert add_working_days(date(2025, 9, 12), 1, WEEK, frozenset()) == date(2025, 9, 15)
    with pytest.raises(ValueError, match="at least 1"):
        add_working_days(date(2025, 9, 12), 0, WEEK, frozenset())


def test_a_six_day_week_counts_saturdays():
    assert add_working_days(date(2025, 9, 2), 3, WEEK | {5}, HOLIDAY) == date(2025, 9, 6)


def test_classes_and_limits():
    assert COMPLETION_DAYS == {CaseClass.PENGADUAN: 14, CaseClass.PENGAWASAN: 60,
                               CaseClass.INFORMASI: 5, CaseClass.ASPIRASI: 14}
    # T-CMP-4: berkadar pengawasan protects identity by default
    assert identity_protected_by_class("pengawasan")
    assert not identity_protected_by_class("pengaduan")


def test_flags_amber_red_late():
    clock = clock_for(Stage.FIRST_REPLY, date(2025, 9, 8), 5, WEEK, HOLIDAY)
    assert clock.due == date(2025, 9, 15)
    assert clock.flag(date(2025, 9, 10), WEEK, HOLIDAY) == Flag.OK      # 2 of 5
    assert clock.flag(date(2025, 9, 11), WEEK, HOLIDAY) == Flag.OK      # 3 of 5 = 60%
    assert clock.flag(date(2025, 9, 12), WEEK, HOLIDAY) == Flag.AMBER   # 4 of 5 = 80%
    assert clock.flag(date(2025, 9, 15), WEEK, HOLIDAY) == Flag.RED     # 100%, still due today
    assert clock.flag(date(2025, 9, 16), WEEK, HOLIDAY) == Flag.LATE


def test_flag_thresholds_follow_settings():
    clock = Clock(Stage.COMPLETION, date(2025, 9, 8), date(2025, 9, 26), 14)
    assert clock.flag(date(2025, 9, 12), WEEK, HOLIDAY, amber=25, red=90) == Flag.AMBER


def test_state_machine_follows_the_table():
    assert may_move("diterima", "terdisposisi")
    assert may_move("terdisposisi", "bukan_wewenang")
    assert may_move("bukan_wewenang", "terdisposisi")  # T-CMP-5
    assert may_move("ditanggapi", "dibuka_kembali")  # T-CMP-6
    assert may_move("dibuka_kembali", "ditanggapi")
    assert may_move("ditanggapi", "selesai")  # T-CMP-7
    assert not may_move("diterima", "ditanggapi")
    assert not may_move("dibuka_kembali", "selesai")
    assert {Status.SELESAI, Status.DITOLAK_ARSIP} == TERMINAL
    assert set(MOVES) == set(Status)
    assert citizen_label("ditanggapi") == "Menunggu tanggapan pelapor"
    assert citizen_label("dibuka_kembali") == citizen_label("ditindaklanjuti") == "Dalam proses"


def test_tracking_numbers_and_secrets():
    assert tracking.format_tracking(tracking.kode_of("kota-a"), 2025, 7) == "KOTA-A-2025-00007"
    assert tracking.parse_tracking(" kota-a-2025-00007 ") == ("KOTA-A", 2025, 7)
    assert tracking.parse_tracking("KOTA-A-25-7") is None
    assert tracking.parse_tracking("<script>") is None
    secret = tracking.new_secret()
    stored = tracking.hash_secret(secret, "pepper")
    assert secret not in stored
    assert tracking.secret_matches(secret.lower(), stored, "pepper")
    assert not tracking.secret_matches("WRONGWRONG", stored, "pepper")
    assert not tracking.secret_matches(secret, stored, "other pepper")


def test_secrets_use_every_letter_of_the_alphabet_alike():
    assert len(tracking.SECRET_ALPHABET) == 32  # new_secret draws five bits per letter
    drawn = [tracking.new_secret() for _ in range(2000)]
    assert {len(s) for s in drawn} == {tracking.SECRET_LENGTH}
    letters = Counter("".join(drawn))
    assert set(letters) == set(tracking.SECRET_ALPHABET)  # never 0/O or 1/I
    # 20,000 letters: 625 of each expected; 450..800 is seven standard deviations either side.
    assert all(450 <= n <= 800 for n in letters.values())
    assert len(set(drawn)) == len(drawn)


def test_attachments_are_sniffed_not_named():
    assert sniff(b"\xff\xd8\xff\xe0....") == "jpeg"
    assert sniff(b"\x89PNG\r\n\x1a\n") == "png"
    assert sniff(b"%PDF-1.7") == "pdf"
    assert sniff(b"MZ\x90\x00") is None
    assert sniff(b"<html>") is None


def test_t_cmp_8_ombudsman_time_bar():
    today = date(2025, 9, 15)
    assert past_ombudsman_time_bar(date(2023, 9, 14), today)  # 2 years + 1 day
    assert not past_ombudsman_time_bar(date(2023, 9, 15), today)
    assert past_ombudsman_time_bar(date(2022, 2, 27), date(2024, 2, 29))
    assert not past_ombudsman_time_bar(date(2022, 2, 28), date(2024, 2, 29))
