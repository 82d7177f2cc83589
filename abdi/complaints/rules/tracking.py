"""Tracking numbers `<KODE>-<YYYY>-<NNNNN>` and the reporter's secret (public-service.md §2.5)."""

import hashlib
import hmac
import re
import secrets

# No 0/O or 1/I: read off a phone screen. Not a password, only the alphabet of one.
SECRET_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # noqa: S105
SECRET_LENGTH = 10  # 50 bits: with the per-address limit on the lookup, not guessable
_TRACKING = re.compile(r"^(?P<kode>[A-Z0-9][A-Z0-9-]{0,39})-(?P<year>\d{4})-(?P<number>\d{5,})$")


def kode_of(slug: str) -> str:
    """A government's KODE: its unique slug upper-cased (KOTA-A), so the number names it."""
    return slug.upper()


NUMBER_DIGITS = 5  # reset yearly, five digits at least (S-CMP-18 pattern)


def tracking_prefix(kode: str, year: int) -> str:
    return f"{kode}-{year:04d}-"


def format_tracking(kode: str, year: int, number: int) -> str:
    return f"{tracking_prefix(kode, year)}{number:0{NUMBER_DIGITS}d}"


def parse_tracking(text: str) -> tuple[str, int, int] | None:
    """(KODE, year, number) of a typed tracking number, or None when it cannot be one."""
    cleaned = "".join(str(text or "").split()).upper()
    match = _TRACKING.match(cleaned)
    if not match:
        return None
    return match["kode"], int(match["year"]), int(match["number"])


def new_secret() -> str:
    # 32 letters (a test holds it): the low five bits of a random byte pick one uniformly
    # (256 = 8 x 32), so one read of the system's randomness serves the whole secret.
    return "".join(SECRET_ALPHABET[byte & 31] for byte in secrets.token_bytes(SECRET_LENGTH))


def normalise_secret(text: str) -> str:
    return "".join(str(text or "").split()).upper().replace("-", "")


def hash_secret(secret: str, pepper: str) -> str:
    """Only this keyed hash is stored; the secret itself is shown once."""
    return hmac.new(pepper.encode(), normalise_secret(secret).encode(), hashlib.sha256).hexdigest()


def secret_matches(secret: str, stored_hash: str, pepper: str) -> bool:
    return hmac.compare_digest(hash_secret(secret, pepper), stored_hash or "")


# How the reporter is named on the lines of a timeline that they wrote or caused.
CITIZEN_LABEL = "pelapor"
