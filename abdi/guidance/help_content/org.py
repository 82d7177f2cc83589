"""Help content of the org namespace (organisation chart and master data), issue 8 item 5."""

SCREENS = {
    "chart": {
        "id": (
            "Struktur organisasi",
            "Bagan organisasi pemerintah daerah Anda: setiap perangkat daerah dengan kepala unitnya "
            "(atau Plt/Plh, atau tanda \"lowong\"), jumlah pegawai aktif di unit itu dan di "
            "bawahnya, serta jumlah sub-unit. Semua pegawai yang masuk dapat melihatnya.\n\n"
            "- Klik tanda segitiga untuk membuka sub-unit di tempat, atau klik nama unit untuk "
            "membuka halaman unit.\n"
            "- \"Perangkat daerah baru\" (hanya admin BKPSDM) menambah perangkat daerah.",
        ),
        "en": (
            "Organisation chart",
            "The organisation chart of your government: each perangkat daerah with the head of "
            "the unit (or the Plt/Plh, or \"vacant\"), the number of serving employees in the "
            "unit and below it, and the number of sub-units. Every signed-in employee may see "
            "it.\n\n"
            "- Click the triangle to open the sub-units in place, or click a unit's name to open "
            "its page.\n"
            "- \"New perangkat daerah\" (BKPSDM administrators only) adds a perangkat daerah.",
        ),
    },
    "unit": {
        "id": (
            "Halaman unit kerja",
            "Rincian satu unit: jenis, kode, perangkat daerah induknya, kepala unit, alamat, "
            "daftar jabatan (jenis, kelas jabatan, pemangku, atau \"lowong\"), Plt/Plh yang "
            "sedang atau akan bertugas, sub-unit, dan daftar pegawai (25 per halaman). Daftar "
            "pegawai hanya memuat pegawai yang boleh Anda lihat.\n\n"
            "Tombol untuk admin BKPSDM dan admin perangkat daerah (di perangkat daerahnya "
            "sendiri):\n"
            "- \"Ubah\" mengubah data unit.\n"
            "- \"Sub-unit baru\" dan \"Jabatan baru\" menambah unit atau jabatan di bawah unit "
            "ini.\n"
            "- \"Ubah\" pada baris jabatan mengubah jabatan itu.\n"
            "- \"Tunjuk Plt/Plh\" (hanya pada jabatan kepala unit) menunjuk pelaksana tugas atau "
            "pelaksana harian.\n"
            "- \"Akhiri atau perpanjang\" mengubah hari terakhir penugasan Plt/Plh.\n\n"
            "Unit pemerintah daerah lain tidak ditemukan (404).",
        ),
        "en": (
            "Unit page",
            "The details of one unit: kind, code, its perangkat daerah, head, address, the "
            "positions (kind, kelas jabatan, holders, or \"vacant\"), current and upcoming "
            "Plt/Plh, sub-units, and the staff (25 a page). The staff list shows only employees "
            "you may see.\n\n"
            "Buttons for BKPSDM administrators and agency administrators (in their own "
            "agency):\n"
            "- \"Edit\" changes the unit.\n"
            "- \"New sub-unit\" and \"New position\" add a unit or position under this unit.\n"
            "- \"Edit\" on a position row changes that position.\n"
            "- \"Appoint Plt/Plh\" (head positions only) appoints an acting or daily acting "
            "official.\n"
            "- \"End or extend\" changes the last day of a Plt/Plh assignment.\n\n"
            "A unit of another government is not found (404).",
        ),
    },
    "unit_create": {
        "id": (
            "Unit baru",
            "Menambah unit kerja. Pilih unit induk (kosongkan untuk membuat perangkat daerah), "
            "jenis, nama, nama singkat, kode, urutan tampil, alamat, dan status aktif, lalu "
            "tekan \"Simpan\". \"Batal\" kembali tanpa menyimpan.\n\n"
            "- Hanya admin BKPSDM yang boleh membuat perangkat daerah; admin perangkat daerah "
            "hanya dapat menambah sub-unit di perangkat daerahnya.\n"
            "- Kode harus unik dalam pemerintah daerah (misalnya kode SIASN atau SIMPEG); jika "
            "sudah dipakai, gunakan kode lain.",
        ),
        "en": (
            "New unit",
            "Adds an organisation unit. Choose the parent unit (leave empty to create a "
            "perangkat daerah), kind, name, short name, code, display order, address and active "
            "status, then press \"Save\". \"Cancel\" goes back without saving.\n\n"
            "- Only a BKPSDM administrator may create a perangkat daerah; an agency "
            "administrator can add sub-units inside their own agency only.\n"
            "- The code must be unique in the government (e.g. the SIASN or SIMPEG code); if it "
            "is taken, use another.",
        ),
    },
    "unit_edit": {
        "id": (
            "Ubah unit",
            "Mengubah jenis, nama, nama singkat, kode, urutan, alamat, atau status aktif unit. "
            "Tekan \"Simpan\" untuk menyimpan.\n\n"
            "- Memindahkan unit ke induk lain tidak dilakukan di sini, tetapi melalui "
            "reorganisasi.\n"
            "- Jika orang lain mengubah unit ini pada saat yang sama, muat ulang halaman lalu "
            "ulangi perubahan Anda.\n"
            "- Data perangkat daerah hanya dapat diubah oleh admin BKPSDM.",
        ),
        "en": (
            "Edit a unit",
            "Changes the unit's kind, name, short name, code, order, address or active status. "
            "Press \"Save\" to store it.\n\n"
            "- Moving a unit to another parent is not done here but by a reorganisation.\n"
            "- If someone else changed the unit at the same time, reload the page and make your "
            "change again.\n"
            "- A perangkat daerah itself can be changed only by a BKPSDM administrator.",
        ),
    },
    "position_create": {
        "id": (
            "Jabatan baru",
            "Menambah jabatan pada unit: nama jabatan, jenis (JPT, administrator, pengawas, "
            "fungsional, pelaksana), jenjang, kelas jabatan (1-17), apakah jabatan "
            "kepala unit, kelompok pelaksana, eselon (riwayat), batas usia pensiun khusus, dan "
            "status aktif.\n\n"
            "- Satu unit hanya boleh memiliki satu jabatan kepala dan tidak boleh ada dua "
            "jabatan dengan nama sama.\n"
            "- Kelompok pelaksana (klerek, operator, teknisi) hanya untuk jabatan pelaksana "
            "(PermenPANRB 45/2022).\n"
            "- Batas usia pensiun khusus hanya untuk jabatan fungsional yang usianya diatur "
            "undang-undang tersendiri, misalnya guru atau dosen (PP 11/2017 Pasal 240).",
        ),
        "en": (
            "New position",
            "Adds a position to the unit: name, kind (JPT, administrator, pengawas, functional, "
            "pelaksana), level, kelas jabatan (1-17), whether it heads the unit, "
            "pelaksana group, eselon (historical), a retirement age set by law, and active "
            "status.\n\n"
            "- A unit has at most one head position and no two positions with the same name.\n"
            "- The pelaksana group (klerek, operator, teknisi) is only for pelaksana positions "
            "(PermenPANRB 45/2022).\n"
            "- A retirement age set by law is only for a functional position whose own law sets "
            "it, such as teachers or lecturers (PP 11/2017 article 240).",
        ),
    },
    "position_edit": {
        "id": (
            "Ubah jabatan",
            "Mengubah data jabatan dengan isian yang sama seperti saat membuatnya. Tekan "
            "\"Simpan\" untuk menyimpan.\n\n"
            "Ditolak jika unit sudah memiliki jabatan kepala lain, jika nama jabatan sudah "
            "dipakai di unit ini, atau jika orang lain mengubah jabatan ini pada saat yang sama "
            "(muat ulang lalu ulangi).",
        ),
        "en": (
            "Edit a position",
            "Changes the position with the same fields as when it was created. Press \"Save\" to "
            "store it.\n\n"
            "Refused when the unit already has another head position, when the name is already "
            "used in this unit, or when someone else changed the position at the same time "
            "(reload and try again).",
        ),
    },
    "acting_create": {
        "id": (
            "Tunjuk Plt/Plh",
            "Admin BKPSDM atau admin perangkat daerah menunjuk pelaksana tugas (Plt) atau "
            "pelaksana harian (Plh) untuk jabatan kepala unit. Isi jenis, NIP pegawai (18 "
            "digit), tanggal mulai dan selesai, serta nomor surat perintah bila ada, lalu tekan "
            "\"Simpan\".\n\n"
            "- Plt/Plh hanya untuk jabatan kepala unit.\n"
            "- Pemangku jabatan itu sendiri tidak dapat menjadi Plt/Plh jabatannya.\n"
            "- Tanggal tidak boleh bertumpang tindih dengan Plt/Plh lain pada jabatan yang sama.\n"
            "- Pegawai harus berasal dari pemerintah daerah yang sama.",
        ),
        "en": (
            "Appoint a Plt/Plh",
            "A BKPSDM or agency administrator appoints an acting official (Plt) or a daily "
            "acting official (Plh) for the head position of a unit. Enter the kind, the "
            "employee's NIP (18 digits), the first and last day, and the decree number if any, "
            "then press \"Save\".\n\n"
            "- A Plt/Plh can act only in a unit's head position.\n"
            "- The holder of the position cannot act in it.\n"
            "- The dates may not overlap another Plt/Plh of the same position.\n"
            "- The employee must belong to the same government.",
        ),
    },
    "acting_end": {
        "id": (
            "Akhiri atau perpanjang Plt/Plh",
            "Mengubah hari terakhir penugasan Plt/Plh: tanggal lebih awal untuk mengakhirinya, "
            "tanggal lebih lambat untuk memperpanjangnya. Isi \"hari terakhir\" lalu tekan "
            "\"Simpan\".\n\n"
            "Ditolak jika hari terakhir sebelum tanggal mulai, atau jika perpanjangan "
            "bertumpang tindih dengan Plt/Plh lain pada jabatan yang sama.",
        ),
        "en": (
            "End or extend a Plt/Plh",
            "Changes the last day of a Plt/Plh assignment: an earlier date ends it, a later date "
            "extends it. Enter the \"last day\" and press \"Save\".\n\n"
            "Refused when the last day is before the start, or when the extension overlaps "
            "another Plt/Plh of the same position.",
        ),
    },
}

NOT_SCREENS = {
    "chart_children": "fragment",
}
