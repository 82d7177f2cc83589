import pytest

from abdi.core.ids import positive_id


@pytest.mark.parametrize(("value", "expected"), [
    ("1", 1), (42, 42), (" 7", 7), ("9223372036854775807", 2**63 - 1),
    ("0", None), ("-3", None), ("", None), (None, None), ("abc", None), ("1.5", None),
    ("9223372036854775808", None), ("1" * 40, None),
])
def test_positive_id_takes_only_what_a_key_can_be(value, expected):
    assert positive_id(value) == expected
