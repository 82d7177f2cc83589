"""Help content of the tenancy namespace (platform and government settings), issue 8 item 5."""

_CALENDAR_ID = (
    "Tombol tahun di bagian atas menampilkan hari libur tahun tersebut. Pada bagian \"Tambah hari "
    "libur\" isi tanggal dan nama (misalnya Hari Raya Idul Fitri, cuti bersama, atau libur daerah) "
    "lalu tekan \"Tambah\". Tombol \"Hapus\" pada setiap baris menghapus hari libur itu.\n\n"
    "Hari libur dan hari kerja dalam seminggu dipakai untuk menghitung hari kerja, misalnya pada "
    "presensi dan tunjangan. Satu tanggal hanya dapat dicatat sekali; jika muncul pesan \"sudah "
    "ada di kalender\", tanggal itu sudah terdaftar."
)
_CALENDAR_EN = (
    "The year buttons at the top show the holidays of that year. Under \"Add a holiday\" enter the "
    "date and a name (e.g. Hari Raya Idul Fitri, cuti bersama or a local holiday) and press \"Add\". "
    "\"Remove\" on a row deletes that holiday.\n\n"
    "Holidays and the working weekdays are used to count working days, for example for "
    "attendance and allowances. A date can be recorded only once; \"is already in the calendar\" "
    "means the date is there already."
)

SCREENS = {
    "index": {
        "id": (
            "Daftar pemerintah daerah",
            "Halaman operator platform: daftar semua pemerintah daerah yang memakai instalasi "
            "Abdi ini, dengan kode, ibu kota, zona waktu, periode penilaian kinerja, dan status "
            "aktif. Operator hanya mengelola pemerintah daerah dan kalendernya; data pegawai "
            "tidak tampil di sini.\n\n"
            "- \"Pemerintah daerah baru\" menambah pemerintah daerah.\n"
            "- \"Ubah\" membuka pengaturan satu pemerintah daerah.\n"
            "- \"Kalender\" membuka daftar hari libur pemerintah daerah itu.\n\n"
            "Halaman ini tidak ditemukan (404) bagi siapa pun selain operator platform.",
        ),
        "en": (
            "Governments",
            "The platform operator's page: every government hosted on this Abdi installation, "
            "with its code, seat, time zone, appraisal period and active status. Operators "
            "manage only governments and their calendars; no personal data is shown here.\n\n"
            "- \"New government\" adds a government.\n"
            "- \"Edit\" opens the settings of one government.\n"
            "- \"Calendar\" opens that government's holidays.\n\n"
            "The page is not found (404) for anyone but a platform operator.",
        ),
    },
    "instansi_create": {
        "id": (
            "Pemerintah daerah baru",
            "Operator platform mendaftarkan pemerintah daerah (provinsi, kabupaten, atau kota) "
            "baru. Isi kode (huruf kecil, angka, dan tanda hubung, misalnya kota-palembang), "
            "nama, jenis, ibu kota, provinsi, logo, zona waktu, periode penilaian, hari kerja "
            "dalam seminggu, dan status aktif, lalu tekan \"Simpan\". \"Batal\" kembali ke daftar.\n\n"
            "- Kode harus unik; jika sudah dipakai, pilih kode lain.\n"
            "- Logo berupa PNG atau JPEG dengan ukuran terbatas.\n"
            "- Pilih paling sedikit satu hari kerja.",
        ),
        "en": (
            "New government",
            "A platform operator registers a new government (province, regency or city). Fill in "
            "the code (lower-case letters, digits and dashes, e.g. kota-palembang), name, kind, "
            "seat, province, logo, time zone, appraisal period, working weekdays and active "
            "status, then press \"Save\". \"Cancel\" goes back to the list.\n\n"
            "- The code must be unique; if it is taken, choose another.\n"
            "- The logo is a PNG or JPEG of limited size.\n"
            "- Choose at least one working weekday.",
        ),
    },
    "instansi_edit": {
        "id": (
            "Ubah pemerintah daerah",
            "Operator platform mengubah data satu pemerintah daerah: kode, nama, jenis, ibu kota, "
            "provinsi, logo (atau centang \"hapus logo\"), zona waktu, periode penilaian, hari "
            "kerja, dan status aktif. Tekan \"Simpan\" untuk menyimpan, \"Batal\" untuk kembali.\n\n"
            "Jika muncul pesan bahwa orang lain telah mengubah pengaturan ini, muat ulang halaman "
            "dan ulangi perubahan Anda; Abdi tidak menimpa perubahan orang lain.",
        ),
        "en": (
            "Edit a government",
            "A platform operator changes one government: code, name, kind, seat, province, logo "
            "(or tick \"remove the logo\"), time zone, appraisal period, working weekdays and "
            "active status. \"Save\" stores the changes, \"Cancel\" goes back.\n\n"
            "If you are told someone else changed these settings meanwhile, reload the page and "
            "make your change again; Abdi never overwrites another person's change.",
        ),
    },
    "holidays": {
        "id": ("Kalender kerja (operator)",
               "Operator platform mengelola hari libur satu pemerintah daerah.\n\n" + _CALENDAR_ID),
        "en": ("Working calendar (operator)",
               "A platform operator manages the holidays of one government.\n\n" + _CALENDAR_EN),
    },
    "settings": {
        "id": (
            "Pengaturan pemerintah daerah",
            "Admin BKPSDM mengubah pengaturan pemerintah daerahnya sendiri: nama, ibu kota, "
            "provinsi, logo, zona waktu, periode penilaian kinerja, dan hari kerja dalam "
            "seminggu. Kode, jenis, dan status aktif hanya dapat diubah oleh operator platform.\n\n"
            "- \"Kalender kerja (hari libur)\" membuka daftar hari libur.\n"
            "- \"Simpan\" menyimpan pengaturan; \"Batal\" kembali ke beranda.\n\n"
            "Zona waktu menentukan jam yang tampil di seluruh aplikasi. Jika orang lain mengubah "
            "pengaturan pada saat yang sama, muat ulang halaman lalu ulangi perubahan Anda. "
            "Halaman ini tidak ditemukan (404) bagi pengguna selain admin BKPSDM.",
        ),
        "en": (
            "Government settings",
            "A BKPSDM administrator edits the settings of their own government: name, seat, "
            "province, logo, time zone, appraisal period and working weekdays. The code, kind "
            "and active status can be changed only by a platform operator.\n\n"
            "- \"Working calendar (holidays)\" opens the list of holidays.\n"
            "- \"Save\" stores the settings; \"Cancel\" returns to the home page.\n\n"
            "The time zone decides the times shown throughout the application. If someone else "
            "changed the settings at the same time, reload the page and make your change again. "
            "The page is not found (404) for anyone but a BKPSDM administrator.",
        ),
    },
    "settings_holidays": {
        "id": ("Kalender kerja",
               "Admin BKPSDM mengelola hari libur pemerintah daerahnya sendiri.\n\n" + _CALENDAR_ID),
        "en": ("Working calendar",
               "A BKPSDM administrator manages the holidays of their own government.\n\n"
               + _CALENDAR_EN),
    },
}

NOT_SCREENS = {
    "holiday_delete": "action",
    "settings_holiday_delete": "action",
}
