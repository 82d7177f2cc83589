"""The hash-chained log of an attempt: each entry's hash is sha256(previous hash + canonical
JSON of the entry), so altering or removing an entry breaks every link after it."""

import hashlib
import json
from dataclasses import dataclass

GENESIS = "0" * 64


def canonical(entry: dict) -> str:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def link(previous_hash: str, entry: dict) -> str:
    return hashlib.sha256((previous_hash + canonical(entry)).encode()).hexdigest()


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    broken_at: int | None = None  # the seq of the first bad entry
    reason: str = ""


def verify(entries: list[tuple[dict, str]], *, head_seq: int | None = None,
           head_hash: str | None = None) -> ChainCheck:
    """entries: (entry with its "seq", stored hash) in seq order. head_seq/head_hash: what the
    attempt recorded last, so removing the newest entry is caught too."""
    previous, expected_seq = GENESIS, 1
    for entry, stored in entries:
        seq = entry.get("seq")
        if seq != expected_seq:
            return ChainCheck(False, expected_seq, "missing")
        if link(previous, entry) != stored:
            return ChainCheck(False, seq, "altered")
        previous, expected_seq = stored, expected_seq + 1
    if head_seq is not None and head_seq != expected_seq - 1:
        return ChainCheck(False, expected_seq, "missing")
    if head_hash is not None and head_seq and head_hash != previous:
        return ChainCheck(False, expected_seq - 1, "altered")
    return ChainCheck(True)
