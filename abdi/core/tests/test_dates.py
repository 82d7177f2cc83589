"""The one reading of typed dates that the services share."""

import datetime

import pytest

from abdi.core.dates import clean_date
from abdi.core.errors import DomainError


@pytest.mark.parametrize(("given", "expected"), [
    ("2026-12-06", datetime.date(2026, 12, 6)), (" 2026-01-31 ", datetime.date(2026, 1, 31)),
    (datetime.date(2030, 5, 1), datetime.date(2030, 5, 1)),
    (datetime.datetime(2030, 5, 1, 8, 30), datetime.date(2030, 5, 1))])
def test_a_date_or_its_iso_text_is_read(given, expected):
    assert clean_date(given, "day") == expected


@pytest.mark.parametrize("given", ["06-12-2026", "2026-02-30", "kemarin", "2026-12-061", "<script>"])
def test_anything_else_is_a_clear_error_on_the_field(given):
    with pytest.raises(DomainError) as caught:
        clean_date(given, "day")
    assert caught.value.field == "day"


def test_years_out_of_range_and_the_optional_empty_value():
    with pytest.raises(DomainError, match="out of range"):
        clean_date("1999-12-31", "day")
    assert clean_date("1960-01-01", "day", earliest=1950) == datetime.date(1960, 1, 1)
    with pytest.raises(DomainError):
        clean_date("", "day")
    assert clean_date("  ", "day", required=False) is None
