import pytest

from abdi.allowance.rules.geofence import Fix, Office, check, distance_m, valid_coordinates

# Kantor Wali Kota Palembang (approx.) and a point about 150 m east of it.
CITY_HALL = Office(1, "Kantor Wali Kota", -2.9909, 104.7566, 100)
ANNEX = Office(2, "Gedung B", -2.9700, 104.7400, 50)


def test_distance_of_one_degree_of_latitude_is_about_111_km():
    assert distance_m(0, 0, 1, 0) == pytest.approx(111_195, rel=1e-3)


def test_distance_of_a_point_to_itself_is_zero():
    assert distance_m(-2.99, 104.75, -2.99, 104.75) == 0


def test_a_fix_inside_the_radius_is_accepted_at_the_nearest_office():
    decision = check(Fix(-2.9909, 104.7570, 15), [ANNEX, CITY_HALL])
    assert decision.inside
    assert decision.office is CITY_HALL
    assert decision.distance_m == pytest.approx(44.5, abs=1)


def test_a_fix_outside_every_radius_is_refused_with_the_nearest_office_and_distance():
    decision = check(Fix(-2.9909, 104.7580, 10), [CITY_HALL, ANNEX])
    assert not decision.inside
    assert decision.office is CITY_HALL
    assert decision.distance_m == pytest.approx(155.7, abs=1)


def test_a_fix_just_beyond_the_radius_is_outside_and_just_within_is_inside():
    fix = Fix(0.001, 0.0, 5)  # 111.2 m north of the office
    assert not check(fix, [Office(3, "Titik", 0.0, 0.0, 111)]).inside
    assert check(fix, [Office(3, "Titik", 0.0, 0.0, 112)]).inside


def test_a_vague_fix_is_refused_even_when_its_centre_is_inside():
    decision = check(Fix(-2.9909, 104.7566, 101), [CITY_HALL])
    assert not decision.inside
    assert decision.too_vague


def test_without_offices_nothing_is_inside():
    decision = check(Fix(0, 0, 5), [])
    assert decision.office is None
    assert not decision.inside


@pytest.mark.parametrize(("lat", "lon", "ok"), [(0, 0, True), (-91, 0, False), (0, 181, False),
                                         (float("nan"), 0, False), (90, -180, True)])
def test_coordinates_out_of_range_are_invalid(lat, lon, ok):
    assert valid_coordinates(lat, lon) is ok
