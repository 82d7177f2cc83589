"""Phone check-in inside the office's geofence (issue "Attendance": a check-in on the phone inside
the office's geofence counts as a punch).

No regulation fixes the radius; each government sets it per office. The phone reports its
position with an accuracy (the radius of its own uncertainty), and a reading less certain than
MAX_ACCURACY_M proves nothing about where the employee stands.
"""

import math
from dataclasses import dataclass

EARTH_RADIUS_M = 6_371_008.8  # mean Earth radius (IUGG), enough for distances of a few km
MAX_ACCURACY_M = 100  # a fix vaguer than this is refused: ask the employee to step outside
MIN_RADIUS_M, MAX_RADIUS_M = 20, 5000  # an office's fence: at least a building, at most a campus


@dataclass(frozen=True)
class Office:
    key: int
    name: str
    latitude: float
    longitude: float
    radius_m: int


@dataclass(frozen=True)
class Fix:
    """Where the phone says it is."""

    latitude: float
    longitude: float
    accuracy_m: float


@dataclass(frozen=True)
class GeofenceDecision:
    office: Office | None  # the office the employee stands in, or the nearest one
    distance_m: float | None
    inside: bool
    too_vague: bool = False


def valid_coordinates(latitude: float, longitude: float) -> bool:
    return (math.isfinite(latitude) and math.isfinite(longitude)
            and -90 <= latitude <= 90 and -180 <= longitude <= 180)


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi, d_lambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def check(fix: Fix, offices: list[Office]) -> GeofenceDecision:
    """Inside when the fix lies within an office's radius; the fix's own uncertainty is not added
    to the radius (that would let a vague fix from the street pass)."""
    if not offices:
        return GeofenceDecision(None, None, False)
    measured = sorted(((distance_m(fix.latitude, fix.longitude, o.latitude, o.longitude), o)
                       for o in offices), key=lambda pair: pair[0])
    if fix.accuracy_m > MAX_ACCURACY_M:
        distance, office = measured[0]
        return GeofenceDecision(office, distance, False, too_vague=True)
    for distance, office in measured:
        if distance <= office.radius_m:
            return GeofenceDecision(office, distance, True)
    distance, office = measured[0]
    return GeofenceDecision(office, distance, False)
