"""One-time tokens the proctor hands over after the identity check: short, random, hashed."""

import hashlib
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L to misread


def new_token(length: int = 6) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def token_hash(registration_number: str, token: str) -> str:
    raw = f"{registration_number.strip().upper()}:{token.strip().upper()}"
    return hashlib.sha256(raw.encode()).hexdigest()


def device_hash(device_key: str) -> str:
    return hashlib.sha256(f"device:{device_key}".encode()).hexdigest()
