"""Eligibility as a pure function, table-tested."""

from datetime import date

import pytest

from abdi.welfare.rules import Conditions, Facts, Refusal, completed_years, has_room, refusals

ON = date(2026, 12, 2)
PNS = Facts(birth_date=date(1980, 6, 1), kind="PNS", tmt_cpns=date(2005, 3, 1), grade_ordinal=9,
            agency_id=7)


@pytest.mark.parametrize(("start", "on", "years"), [
    (date(1980, 12, 2), ON, 46), (date(1980, 12, 3), ON, 45), (date(2026, 12, 3), ON, 0),
    (date(2000, 2, 29), date(2026, 2, 28), 25), (date(2000, 2, 29), date(2026, 3, 1), 26),
])
def test_completed_years(start, on, years):
    assert completed_years(start, on) == years


@pytest.mark.parametrize(("conditions", "facts", "expected"), [
    (Conditions(), PNS, []),
    (Conditions(min_age=40), PNS, []),
    (Conditions(min_age=47), PNS, [Refusal.TOO_YOUNG]),
    (Conditions(max_age=45), PNS, [Refusal.TOO_OLD]),
    (Conditions(kinds=frozenset({"PPPK"})), PNS, [Refusal.KIND]),
    (Conditions(kinds=frozenset({"PNS", "PPPK"})), PNS, []),
    (Conditions(min_service_years=21), PNS, []),
    (Conditions(min_service_years=22), PNS, [Refusal.SERVICE_TOO_SHORT]),
    (Conditions(min_service_years=1), Facts(date(1990, 1, 1), "PNS"), [Refusal.NO_SERVICE_DATE]),
    (Conditions(min_grade=9, max_grade=12), PNS, []),
    (Conditions(min_grade=10), PNS, [Refusal.GRADE_TOO_LOW]),
    (Conditions(max_grade=8), PNS, [Refusal.GRADE_TOO_HIGH]),
    (Conditions(min_grade=5), Facts(date(1990, 1, 1), "PNS"), [Refusal.NO_GRADE]),
    # The golongan range is the PNS scale: a PPPK employee is not compared against it.
    (Conditions(min_grade=13), Facts(date(1990, 1, 1), "PPPK", grade_ordinal=5), []),
    (Conditions(agency_ids=frozenset({7, 8})), PNS, []),
    (Conditions(agency_ids=frozenset({8})), PNS, [Refusal.AGENCY]),
    (Conditions(), Facts(date(1960, 1, 1), "PNS", status="pensiun"), [Refusal.NOT_SERVING]),
    (Conditions(min_age=50, kinds=frozenset({"PPPK"}), agency_ids=frozenset({1})), PNS,
     [Refusal.TOO_YOUNG, Refusal.KIND, Refusal.AGENCY]),
])
def test_refusals(conditions, facts, expected):
    assert refusals(conditions, facts, on=ON) == expected


def test_the_birthday_counts_on_the_day():
    born = Facts(birth_date=date(1986, 12, 2), kind="PNS")
    assert refusals(Conditions(min_age=40), born, on=ON) == []
    assert refusals(Conditions(min_age=40), born, on=date(2026, 12, 1)) == [Refusal.TOO_YOUNG]


@pytest.mark.parametrize(("capacity", "taken", "room"), [(1, 0, True), (1, 1, False), (5, 4, True),
                                                          (5, 6, False)])
def test_has_room(capacity, taken, room):
    assert has_room(capacity, taken) is room
