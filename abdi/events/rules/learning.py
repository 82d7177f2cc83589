"""Which training form an event's attendance is credited as (PP 11/2017 Pasal 210-211)."""

FORM_OF_KIND = {
    "workshop": "workshop",          # Pasal 210: lokakarya
    "forum": "seminar",              # Pasal 210: seminar / sarasehan
    "sharing": "bimtek",             # Pasal 210: bimbingan teknis
    "social": "komunitas_belajar",   # Pasal 211: komunitas belajar
}


def form_of(kind: str) -> str:
    return FORM_OF_KIND.get(kind, "komunitas_belajar")


def source_key(event_id: int) -> str:
    """The key that makes crediting one event's attendance idempotent."""
    return f"ACARA-{int(event_id)}"
