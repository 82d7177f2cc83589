"""Appending to an attempt's hash-chained log: one INSERT per action, the previous hash read
from the attempt row the caller holds locked (select_for_update)."""

from abdi.cat.models import LogEntry
from abdi.cat.rules import chain

CHAIN_FIELDS = ("log_seq", "log_head")


def entry_payload(attempt_id: int, seq: int, action: str, data: dict, at) -> dict:
    return {"attempt": attempt_id, "seq": seq, "action": action, "data": data,
            "at": at.isoformat(timespec="microseconds")}


def append(attempt, action: str, data: dict, at) -> LogEntry:
    """The caller saves CHAIN_FIELDS of the attempt in the same transaction."""
    seq = attempt.log_seq + 1
    digest = chain.link(attempt.log_head or chain.GENESIS,
                        entry_payload(attempt.pk, seq, action, data, at))
    entry = LogEntry.objects.create(instansi_id=attempt.instansi_id, attempt_id=attempt.pk, seq=seq,
                                    action=action, data=data, at=at, hash=digest)
    attempt.log_seq, attempt.log_head = seq, digest
    return entry


def verify_attempt(attempt) -> chain.ChainCheck:
    rows = LogEntry.objects.filter(attempt_id=attempt.pk).order_by("seq").values_list(
        "seq", "action", "data", "at", "hash")
    entries = [(entry_payload(attempt.pk, seq, action, data, at), digest)
               for seq, action, data, at, digest in rows]
    return chain.verify(entries, head_seq=attempt.log_seq, head_hash=attempt.log_head)
