"""Help content of the discipline namespace (hukuman disiplin, PP 94/2021), issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Hukuman disiplin",
            "Daftar kasus disiplin menurut PP 94/2021: pegawai, pelanggaran, tanggal kejadian, "
            "status, hukuman, dan tanggal mulai berlaku. Klik nama pegawai untuk membuka "
            "kasus.\n\n"
            "Kasus hanya terlihat oleh pegawai yang bersangkutan, atasan di unitnya dan unit di "
            "atasnya (termasuk Plt/Plh), pimpinan, admin perangkat daerahnya, dan BKPSDM.\n\n"
            "- Saring menurut nama, NIP atau nomor SK, status, tingkat hukuman, dan perangkat "
            "daerah.\n"
            "- \"Catat kasus\" (admin BKPSDM dan admin perangkat daerah) membuka formulir kasus "
            "baru.\n"
            "- \"Tanda ketidakhadiran\" menampilkan pegawai yang ketidakhadirannya mencapai "
            "batas hukuman.",
        ),
        "en": (
            "Discipline",
            "The disciplinary cases under PP 94/2021: employee, violation, incident date, "
            "status, penalty and the date it takes effect. Click an employee to open the "
            "case.\n\n"
            "A case is visible only to the employee, the heads of their unit and of the units "
            "above it (Plt/Plh included), leaders (Pimpinan), the admin of their agency and "
            "BKPSDM.\n\n"
            "- Filter by name, NIP or decree number, status, penalty level and agency.\n"
            "- \"Record a case\" (BKPSDM and agency administrators) opens the new case form.\n"
            "- \"Absence flags\" lists employees whose absences reach a penalty threshold.",
        ),
    },
    "create": {
        "id": (
            "Catat kasus disiplin",
            "Admin BKPSDM atau admin perangkat daerah mencatat dugaan pelanggaran disiplin. Isi "
            "NIP pegawai, uraian pelanggaran, tanggal kejadian (dan tanggal akhir bila "
            "berlangsung beberapa hari), serta perkiraan tingkat hukuman (ringan, sedang, "
            "berat), lalu tekan \"Simpan\".\n\n"
            "Jika dibuka dari \"Tanda ketidakhadiran\", pegawai dan uraian pelanggaran (jumlah "
            "hari tanpa keterangan/TK, PP 94/2021 Pasal 4 huruf f) sudah terisi.\n\n"
            "Ditolak jika NIP bukan pegawai yang Anda kelola, atau jika kasus yang sama sudah "
            "tercatat (pegawai, tanggal, dan uraian sama, atau kasus kedua untuk tahun "
            "ketidakhadiran yang sama).",
        ),
        "en": (
            "Record a discipline case",
            "A BKPSDM or agency administrator records a suspected violation. Enter the "
            "employee's NIP, the violation, the incident date (and the last date if it lasted "
            "several days) and the expected level (ringan, sedang, berat), then press "
            "\"Save\".\n\n"
            "Opened from \"Absence flags\", the employee and the violation (the days absent "
            "without valid reason, TK, PP 94/2021 article 4 letter f) are already filled in.\n\n"
            "Refused when the NIP is not an employee you administer, or when the same case is "
            "already recorded (same employee, date and text, or a second case for the same "
            "absence year).",
        ),
    },
    "case": {
        "id": (
            "Kasus disiplin",
            "Rincian satu kasus: pelanggaran, tanggal kejadian, status, dan setelah diputus: "
            "hukuman, nomor dan tanggal SK, tanggal diterima pegawai, tanggal mulai berlaku, hari "
            "terakhir, pejabat yang menjatuhkan, serta dampaknya pada KGB dan kenaikan pangkat.\n\n"
            "- Hukuman berlaku pada hari kerja ke-15 setelah SK diterima (PerBKN 6/2022 Pasal "
            "50 ayat 1). Selama tanggal terima belum dicatat, tampil batas waktu penyerahan SK "
            "(PP 94/2021 Pasal 37 ayat 3).\n"
            "- Bagian \"Pemeriksaan (rahasia)\" berisi panggilan, Tim Pemeriksa, dan Berita "
            "Acara Pemeriksaan; tidak tampil bagi pegawai yang bersangkutan.\n\n"
            "Tombol untuk admin: \"Ubah dan periksa\" dan \"Catat putusan\" (selama kasus masih "
            "terbuka), \"Catat penerimaan SK\" (sekali, setelah putusan, bila tanggal terima "
            "belum dicatat), dan \"Batalkan kasus\". Putusan tidak dapat diubah: SK yang "
            "diperbaiki dicatat sebagai kasus baru setelah kasus ini dibatalkan. Kasus yang tidak "
            "boleh Anda lihat tidak ditemukan (404).",
        ),
        "en": (
            "Discipline case",
            "One case: the violation, incident dates, status and, once decided, the penalty, "
            "decree number and date, date received by the employee, effective date, last day, "
            "the imposing official and the effect on KGB and promotion.\n\n"
            "- The penalty takes effect on the 15th working day after the decree is received "
            "(PerBKN 6/2022 article 50(1)). Until receipt is recorded, the deadline for handing "
            "over the decree is shown (PP 94/2021 article 37(3)).\n"
            "- The \"Examination (confidential)\" part holds the summons, the Tim Pemeriksa and "
            "the examination minutes (BAP); the employee concerned does not see it.\n\n"
            "Buttons for administrators: \"Edit and examine\" and \"Record the decision\" (while "
            "the case is open), \"Record the receipt\" (once, after the decision, while the date "
            "of receipt is missing) and \"Cancel the case\". A decision is not changed: a "
            "corrected decree is recorded as a new case after this one is cancelled. A case you "
            "may not see is not found (404).",
        ),
    },
    "edit": {
        "id": (
            "Ubah dan periksa kasus",
            "Admin mengubah uraian kasus dan mencatat pemeriksaan (PP 94/2021 Pasal 26-27): "
            "tanggal panggilan pertama dan kedua, tanggal pemeriksaan, NIP anggota Tim "
            "Pemeriksa (wajib untuk hukuman sedang dan berat), dan Berita Acara Pemeriksaan "
            "(rahasia). Tekan \"Simpan\".\n\n"
            "Jika orang lain mengubah kasus ini pada saat yang sama, Anda akan ditolak; muat "
            "ulang halaman lalu ulangi.",
        ),
        "en": (
            "Edit and examine a case",
            "An administrator changes the case and records the examination (PP 94/2021 articles "
            "26-27): first and second summons, examination date, the NIPs of the Tim Pemeriksa "
            "(required for sedang and berat penalties) and the examination minutes (BAP, "
            "confidential). Press \"Save\".\n\n"
            "If someone else changed the case at the same time you are refused; reload the page "
            "and try again.",
        ),
    },
    "decide": {
        "id": (
            "Catat putusan",
            "Mencatat hukuman disiplin yang dijatuhkan. Kotak \"Yang berwenang menjatuhkan\" "
            "menyebut pejabat yang berwenang untuk tiap tingkat hukuman menurut PP 94/2021.\n\n"
            "- Isi jenis hukuman, pejabat yang menjatuhkan (atasan dalam garis jabatan atau PPK "
            "Bupati/Wali Kota), nomor dan tanggal SK, tanggal SK diterima pegawai, dan untuk "
            "pemberhentian (B3) kategorinya (PDHTAPS atau PTDH).\n"
            "- Tanggal mulai berlaku dan hari terakhir dihitung otomatis dari kalender kerja.\n\n"
            "Ditolak jika pejabat tidak berwenang untuk hukuman itu (pesan menyebut siapa yang "
            "berwenang), jika SK bertanggal sebelum kejadian atau diterima sebelum "
            "ditandatangani, jika hukuman sedang atau berat belum memiliki Tim Pemeriksa, atau "
            "jika kategori pemberhentian diisi untuk hukuman selain B3.",
        ),
        "en": (
            "Record the decision",
            "Records the penalty imposed. The \"Who may impose\" box names the competent "
            "officials for each penalty level under PP 94/2021.\n\n"
            "- Enter the penalty, the imposing official (a superior in the line of positions or "
            "the PPK, Bupati/Wali Kota), the decree number and date, the date the employee "
            "received it, and for a dismissal (B3) its category (PDHTAPS or PTDH).\n"
            "- The effective date and last day are computed from the working calendar.\n\n"
            "Refused when the official is not competent for that penalty (the message names who "
            "is), when the decree predates the incident or was received before it was signed, "
            "when a sedang or berat penalty has no Tim Pemeriksa, or when a dismissal category is "
            "given for a penalty other than B3.",
        ),
    },
    "cancel": {
        "id": (
            "Batalkan kasus",
            "Admin membatalkan kasus, misalnya karena dibatalkan atas keberatan atau banding. "
            "Isi alasan lalu tekan \"Batalkan kasus\". Kasus yang dibatalkan tetap tersimpan "
            "beserta alasannya dan tidak lagi memotong TPP.",
        ),
        "en": (
            "Cancel the case",
            "An administrator cancels a case, for example when it was annulled on objection or "
            "appeal. Enter the reason and press \"Cancel the case\". A cancelled case stays on "
            "record with its reason and no longer cuts the TPP.",
        ),
    },
    "absence_flags": {
        "id": (
            "Tanda ketidakhadiran",
            "Untuk admin BKPSDM dan admin perangkat daerah: pegawai yang jumlah hari kerja tanpa "
            "keterangan (TK) dalam satu tahun kalender mencapai batas hukuman PP 94/2021 Pasal "
            "9-11. Tabel menunjukkan jumlah hari TK, rangkaian TK terpanjang, dan hukuman yang "
            "patut dijatuhkan. TK 10 hari kerja berturut-turut berujung pemberhentian dan gaji "
            "dihentikan mulai bulan berikutnya.\n\n"
            "- Pilih tahun dan perangkat daerah lalu tekan \"Tampilkan\".\n"
            "- \"Buka kasus\" membuat kasus dengan uraian yang sudah terisi; pada baris yang sudah "
            "memiliki kasus, tautannya membuka kasus tersebut.\n\n"
            "Hari libur dan hari nonkerja tidak dihitung dan tidak memutus rangkaian. Hitungan "
            "tidak berlanjut ke tahun berikutnya.",
        ),
        "en": (
            "Absence flags",
            "For BKPSDM and agency administrators: employees whose working days absent without "
            "valid reason (TK) in a calendar year reach a penalty threshold of PP 94/2021 "
            "articles 9-11. The table shows the TK days, the longest run and the penalty due. 10 "
            "working days of TK in a row lead to dismissal and stop the salary from the next "
            "month.\n\n"
            "- Choose the year and agency and press \"Show\".\n"
            "- \"Open a case\" creates a case with the violation filled in; on a row that already "
            "has a case, \"Open case\" opens it.\n\n"
            "Holidays and non-working days neither count nor break a run. Counts do not carry "
            "over to the next year.",
        ),
    },
}

NOT_SCREENS = {
    "receipt": "action",
}
