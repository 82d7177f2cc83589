"""The pure CAT rules against the worked examples of workforce-and-recruitment.md §4.10-4.11."""

import datetime
from fractions import Fraction

import pytest

from abdi.cat.rules import chain, draw, passing, ranking, scoring, timer
from abdi.cat.rules.scoring import RIGHT_WRONG, SKD_2024, WEIGHTED


def test_skd_2024_parts_and_maxima():
    assert [(p.code, p.questions, p.maximum) for p in SKD_2024.parts] == [
        ("TWK", 30, 150), ("TIU", 35, 175), ("TKP", 45, 225)]
    assert SKD_2024.maximum == 550
    assert (SKD_2024.minutes, SKD_2024.minutes_disability) == (100, 130)


def test_item_points():
    assert scoring.item_points(RIGHT_WRONG, chosen=3, correct=3) == 5
    assert scoring.item_points(RIGHT_WRONG, chosen=2, correct=3) == 0
    assert scoring.item_points(RIGHT_WRONG, chosen=None, correct=3) == 0
    assert scoring.item_points(WEIGHTED, chosen=7, weights={7: 4, 8: 5}) == 4
    assert scoring.item_points(WEIGHTED, chosen=None, weights={7: 4}) == 0


def test_t_rec_1_one_skd_sheet():
    twk = [5] * 19 + [0] * 8 + [0] * 3
    tiu = [5] * 20 + [0] * 15
    tkp = [5] * 14 + [4] * 18 + [3] * 8 + [2] * 3 + [1] * 1 + [0]
    scores = scoring.score_sheet(SKD_2024, {"TWK": twk, "TIU": tiu, "TKP": tkp})
    assert scores == {"TWK": 95, "TIU": 100, "TKP": 173, "total": 368}
    verdict = passing.judge(scores)
    assert verdict.passed
    assert verdict.via == "umum"


@pytest.mark.parametrize(("category", "twk", "tiu", "tkp", "total", "passed", "via"), [
    ("cumlaude", 60, 90, 165, 315, True, "cumlaude"),
    ("cumlaude", 70, 80, 170, 320, True, "umum"),
    ("disabilitas", 55, 60, 171, 286, True, "disabilitas"),
    ("disabilitas", 55, 55, 180, 290, False, ""),
    ("", 60, 100, 200, 360, False, ""),
])
def test_t_rec_2_category_rules(category, twk, tiu, tkp, total, passed, via):
    verdict = passing.judge({"TWK": twk, "TIU": tiu, "TKP": tkp, "total": total}, category=category)
    assert (verdict.passed, verdict.via) == (passed, via)


def test_category_rule_only_for_its_own_formation_type():
    # R-REC-2: a general applicant with the cumlaude scores fails.
    assert not passing.judge({"TWK": 60, "TIU": 90, "TKP": 165, "total": 315}).passed


def test_t_rec_6_all_tkp_blank_fails_whatever_else():
    scores = scoring.score_sheet(SKD_2024, {"TWK": [5] * 30, "TIU": [5] * 35, "TKP": [0] * 45})
    assert scores["TKP"] == 0
    verdict = passing.judge(scores)
    assert not verdict.passed
    assert verdict.parts_passed == {"TWK": True, "TIU": True, "TKP": False}


T_REC_3 = [
    ("A", 100, 110, 180, 390, True), ("B", 95, 120, 175, 390, True),
    ("C", 90, 100, 180, 370, True), ("D", 85, 105, 180, 370, True),
    ("E", 110, 90, 170, 370, True), ("F", 80, 95, 185, 360, True),
    ("G", 70, 85, 205, 360, True), ("H", 60, 120, 190, 370, False),
    ("I", 85, 100, 170, 355, True),
]


def test_t_rec_3_shortlist_tkp_then_tiu_then_twk():
    ranked = ranking.rank(T_REC_3, formasi=2)
    assert [r.key for r in ranked] == ["A", "B", "D", "C", "E", "G", "F", "I"]
    assert [r.key for r in ranked if r.forward] == ["A", "B", "D", "C", "E", "G"]
    assert "H" not in {r.key for r in ranked}


def test_t_rec_3b_complete_tie_at_the_cutoff_all_go_forward():
    ranked = ranking.rank([*T_REC_3, ("J", 70, 85, 205, 360, True)], formasi=2)
    forward = [r.key for r in ranked if r.forward]
    assert len(forward) == 7
    assert set(forward[-2:]) == {"G", "J"}


def test_fewer_passers_than_places_all_go_forward():
    assert all(r.forward for r in ranking.rank(T_REC_3[:2], formasi=2))
    assert ranking.rank([], formasi=1) == []


def test_t_rec_4_final_integration_pemda_and_pusat():
    weights = {"cat": 60, "praktik": 40}
    assert scoring.check_skb_weights(scoring.PEMDA, weights) == []
    value = scoring.final_score(368, {"cat": Fraction(380 * 100, 500), "praktik": 85}, weights)
    assert value == Fraction(20494, 275)
    assert scoring.display3(value) == "74.524"
    pusat = {"cat": 50, "wawancara": 30, "sertifikat": 20}
    assert scoring.check_skb_weights(scoring.PUSAT, pusat) == []
    value = scoring.final_score(368, {"cat": 76, "wawancara": 80, "sertifikat": 90}, pusat)
    assert scoring.display3(value) == "74.764"


def test_t_rec_5_pppk_2024_total():
    comp = scoring.PPPK_2024
    scores = scoring.score_sheet(comp, {
        "TEKNIS": [5] * 70, "MANAJERIAL": [4] * 13 + [3] * 12,
        "SOSIOKULTURAL": [4] * 10 + [3] * 10, "WAWANCARA": [4] * 3 + [3] * 7})
    assert (scores["total"], comp.maximum) == (541, 670)


def test_t_rec_7_pemda_weights_rejected():
    assert scoring.check_skb_weights(scoring.PEMDA, {"cat": 50, "praktik": 50})
    assert scoring.check_skb_weights(scoring.PEMDA, {"cat": 60, "wawancara": 40})


def test_draw_is_deterministic_per_seed_and_follows_the_blueprint():
    pool = {("TWK", ""): list(range(1, 11)), ("TIU", ""): list(range(11, 21))}
    options = {q: [q * 10 + i for i in range(5)] for q in range(1, 21)}
    blueprint = [("TWK", "", 3), ("TIU", "", 2)]
    first = draw.draw("attempt-1", blueprint, pool, options)
    assert first == draw.draw("attempt-1", blueprint, pool, options)
    questions, orders = first
    assert len(questions) == 5
    assert set(questions[:3]) <= set(range(1, 11))
    assert set(questions[3:]) <= set(range(11, 21))
    assert all(sorted(orders[q]) == options[q] for q in questions)
    others = {tuple(draw.draw(f"attempt-{n}", blueprint, pool, options)[0]) for n in range(20)}
    assert len(others) > 10  # everyone gets their own draw
    overlapping = draw.draw("x", [("TWK", "", 5), ("TWK", "", 5)], pool, options)[0]
    assert sorted(overlapping) == list(range(1, 11))  # two lines over one pool: no question twice
    with pytest.raises(ValueError, match="TIU"):
        draw.draw("x", [("TIU", "", 11)], pool, options)


def test_timer_arithmetic():
    start = datetime.datetime(2026, 1, 1, 8, 0, tzinfo=datetime.UTC)
    at = start + datetime.timedelta(minutes=30)
    assert timer.remaining_seconds(start, 6000, 0, at) == 4200
    assert timer.remaining_seconds(start, 6000, 120, at) == 4320
    assert timer.remaining_seconds(start, 60, 0, at) == 0  # never negative
    assert timer.remaining_seconds(None, 6000, 60, at) == 6060
    assert timer.is_over(start, 60, 0, at)
    assert not timer.is_over(start, 6000, 0, at)


def _chain(n):
    entries, previous = [], chain.GENESIS
    for seq in range(1, n + 1):
        entry = {"seq": seq, "action": "answer", "question": seq, "option": seq * 10}
        previous = chain.link(previous, entry)
        entries.append((entry, previous))
    return entries


def test_chain_verifies_and_reports_the_first_broken_link():
    entries = _chain(5)
    assert chain.verify(entries, head_seq=5, head_hash=entries[-1][1]).ok
    altered = [(dict(e), h) for e, h in entries]
    altered[2][0]["option"] = 999
    assert chain.verify(altered) == chain.ChainCheck(False, 3, "altered")
    removed = entries[:1] + entries[2:]
    assert chain.verify(removed) == chain.ChainCheck(False, 2, "missing")
    assert chain.verify(entries[:4], head_seq=5).broken_at == 5  # the newest one removed


def test_canonical_json_is_key_order_independent():
    assert chain.canonical({"b": 1, "a": "é"}) == chain.canonical({"a": "é", "b": 1}) == '{"a":"é","b":1}'
