"""A TppSchedule to plain JSON data and back, checked on the way in.

Rule sets are stored as data (allowance-and-discipline.md, key design principle); the stored form
is the dataclasses' fields by name, with Decimals as strings, enums by value and dates in ISO form.
"""

import dataclasses
import types
import typing
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import Enum

from .schedule_checks import ScheduleProblem, gettext_noop, validate_schedule
from .schedules import TppCriterion, TppSchedule

COMPONENT_CODES = frozenset(member.value for member in TppCriterion)
MAX_ITEMS = 200  # rows per table of a schedule: far above any Perkada's

MESSAGES = {
    "malformed": gettext_noop("The schedule cannot be read at %(path)s."),
}


class _Malformed(ValueError):
    def __init__(self, path: str):
        super().__init__(path)
        self.path = path


def schedule_to_data(schedule: TppSchedule) -> dict:
    return _encode(schedule)


def schedule_from_data(data) -> tuple[TppSchedule | None, list[ScheduleProblem]]:
    """The schedule and its problems; (None, [malformed]) when the data is not a schedule."""
    try:
        schedule = _decode(TppSchedule, data, "schedule")
    except _Malformed as error:
        params = {"path": error.path}
        return None, [ScheduleProblem("malformed", MESSAGES["malformed"] % params, params)]
    return schedule, list(validate_schedule(schedule))


def _encode(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    return value


def _decode(kind, data, path: str):
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _decode(inner, data, path)
    if origin is tuple:
        item_kind = typing.get_args(kind)[0]
        if not isinstance(data, list) or len(data) > MAX_ITEMS:
            raise _Malformed(path)
        return tuple(_decode(item_kind, item, f"{path}[{i}]") for i, item in enumerate(data))
    if dataclasses.is_dataclass(kind):
        return _decode_dataclass(kind, data, path)
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(data)
        except ValueError:
            raise _Malformed(path) from None
    if kind is Decimal:
        return _decimal(data, path)
    if kind is date:
        try:
            return date.fromisoformat(data)
        except (TypeError, ValueError):
            raise _Malformed(path) from None
    if kind in (int, bool, str) and type(data) is kind:
        return data
    raise _Malformed(path)


def _decimal(data, path: str) -> Decimal:
    if isinstance(data, bool) or not isinstance(data, str | int):
        raise _Malformed(path)
    try:
        number = Decimal(str(data))
    except InvalidOperation:
        raise _Malformed(path) from None
    if not number.is_finite() or abs(number) > Decimal(10) ** 12:
        raise _Malformed(path)
    return number


def _decode_dataclass(kind, data, path: str):
    if not isinstance(data, dict):
        raise _Malformed(path)
    hints = typing.get_type_hints(kind)
    fields = {f.name: f for f in dataclasses.fields(kind)}
    if set(data) - set(fields):
        raise _Malformed(f"{path}.{sorted(set(data) - set(fields))[0]}")
    values = {}
    for name, f in fields.items():
        if name in data:
            values[name] = _decode(hints[name], data[name], f"{path}.{name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise _Malformed(f"{path}.{name}")
    try:
        return kind(**values)
    except (TypeError, ValueError):
        raise _Malformed(path) from None
