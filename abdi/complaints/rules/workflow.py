"""The complaint state machine of public-service.md §2.5, as data.

TERVERIFIKASI and TERDISPOSISI are one status here: verifying is disposing (LAPOR! v3 "Verifikasi").
"""

from enum import StrEnum


class Status(StrEnum):
    DITERIMA = "diterima"
    DITUNDA = "ditunda"
    TERDISPOSISI = "terdisposisi"
    BUKAN_WEWENANG = "bukan_wewenang"
    DITINDAKLANJUTI = "ditindaklanjuti"
    DITANGGAPI = "ditanggapi"
    DIBUKA_KEMBALI = "dibuka_kembali"
    SELESAI = "selesai"
    DITOLAK_ARSIP = "ditolak_arsip"


# §2.5 "Citizen-facing label" column (the exact LAPOR! UI labels are UNCONFIRMED).
CITIZEN_LABEL = {
    Status.DITERIMA: "Belum terverifikasi",
    Status.DITUNDA: "Menunggu kelengkapan",
    Status.TERDISPOSISI: "Terverifikasi, diteruskan ke instansi",
    Status.BUKAN_WEWENANG: "Diteruskan ulang",
    Status.DITINDAKLANJUTI: "Dalam proses",
    Status.DITANGGAPI: "Menunggu tanggapan pelapor",
    Status.DIBUKA_KEMBALI: "Dalam proses",
    Status.SELESAI: "Selesai",
    Status.DITOLAK_ARSIP: "Diarsipkan",
}

# §2.5 "Exit to" column. TERDISPOSISI -> DITANGGAPI lets an agency answer at once (its first
# reply is then also its substantive answer); a design choice, documented in docs/complaints.md.
MOVES = {
    Status.DITERIMA: {Status.TERDISPOSISI, Status.DITOLAK_ARSIP, Status.DITUNDA},
    Status.DITUNDA: {Status.TERDISPOSISI, Status.DITOLAK_ARSIP},
    Status.TERDISPOSISI: {Status.DITINDAKLANJUTI, Status.BUKAN_WEWENANG, Status.DITANGGAPI},
    Status.BUKAN_WEWENANG: {Status.TERDISPOSISI, Status.DITOLAK_ARSIP},
    Status.DITINDAKLANJUTI: {Status.DITANGGAPI},
    Status.DITANGGAPI: {Status.SELESAI, Status.DIBUKA_KEMBALI},
    Status.DIBUKA_KEMBALI: {Status.DITANGGAPI},
    Status.SELESAI: set(),
    Status.DITOLAK_ARSIP: set(),
}

TERMINAL = frozenset(s for s, targets in MOVES.items() if not targets)
# Waiting for the coordinator (verification clock runs), or for the citizen's data (paused).
COORDINATOR_STATUSES = frozenset({Status.DITERIMA, Status.DITUNDA, Status.BUKAN_WEWENANG})
AGENCY_STATUSES = frozenset({Status.TERDISPOSISI, Status.DITINDAKLANJUTI, Status.DIBUKA_KEMBALI})


def may_move(current: str, target: str) -> bool:
    return Status(target) in MOVES[Status(current)]


def citizen_label(status: str) -> str:
    return CITIZEN_LABEL[Status(status)]
