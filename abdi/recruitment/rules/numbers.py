"""Registration numbers and exam-card codes."""

import re
import secrets

KIND_CODES = {"cpns": "C", "pppk": "P"}
_NUMBER = re.compile(r"^[CP]\d{4}-\d{4}-\d{5}$")
CARD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud at the door


def registration_number(kind: str, year: int, opening_id: int, sequence: int) -> str:
    """C2026-0042-00017: kind and year, the opening, the 17th application of the selection."""
    return f"{KIND_CODES[kind]}{year:04d}-{opening_id % 10000:04d}-{sequence:05d}"


def is_registration_number(text: str) -> bool:
    return bool(_NUMBER.match(text or ""))


def new_card_code() -> str:
    """12 characters from a 32-letter alphabet: 60 bits, not guessable."""
    return "".join(secrets.choice(CARD_ALPHABET) for _ in range(12))


def is_card_code(text: str) -> bool:
    return len(text or "") == 12 and all(c in CARD_ALPHABET for c in text)
