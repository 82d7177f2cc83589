"""Help texts of the front desk (loket) screens, issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Loket layanan: layanan dan loket",
            (
                "BKPSDM (untuk semua unit) dan admin perangkat daerah (untuk unit perangkat "
                "daerahnya) mengelola jenis layanan dan loket setiap unit pelayanan. Loket dipakai "
                "untuk kode QR survei kepuasan masyarakat (SKM) dan penilaian petugas oleh warga.\n"
                "\n- Pilih \"Unit layanan\" lalu klik \"Tampilkan\" untuk menyaring.\n- \"Jenis "
                "layanan baru\" dan \"Loket baru\": menambah layanan atau loket.\n- Tabel loket: "
                "layanan dan petugasnya, dengan tautan \"Ubah\", \"Kode QR\", dan \"IKM\" (hasil "
                "survei unit).\n- Tabel layanan: nama, kode, dan unit, dengan tautan \"Ubah\"."
            ),
        ),
        "en": (
            "Front desk: services and counters",
            (
                "BKPSDM (for every unit) and agency admins (for their agency's units) manage the "
                "services and counters (loket) of each service unit. Counters carry the QR code of "
                "the satisfaction survey (SKM) and the citizens' rating of staff.\n\n- Choose a "
                "\"Service unit\" and click \"Show\" to filter.\n- \"New service\" and \"New "
                "counter\": add a service or a counter.\n- Counters table: its services and staff, "
                "with \"Edit\", \"QR code\" and \"IKM\" (the unit's survey results).\n- Services "
                "table: name, code and unit, with \"Edit\"."
            ),
        ),
    },
    "service_create": {
        "id": (
            "Jenis layanan baru",
            (
                "Menambah jenis layanan suatu unit pelayanan: pilih unit layanan, isi nama layanan "
                "dan kode (huruf, angka, titik, tanda hubung, atau garis bawah), centang "
                "\"aktif\", lalu klik \"Simpan\". Responden SKM memilih layanan yang diterimanya "
                "dari daftar ini.\n\nDitolak bila kode sudah dipakai layanan lain atau Anda tidak "
                "mengelola unit tersebut."
            ),
        ),
        "en": (
            "New service",
            (
                "Add a service of a service unit: choose the unit, enter the service name and code "
                "(letters, digits, dots, dashes or underscores), tick \"active\" and click "
                "\"Save\". SKM respondents pick the service they received from this list.\n\n"
                "Refused when another service already has the code or you do not manage the unit."
            ),
        ),
    },
    "service_edit": {
        "id": (
            "Ubah layanan",
            (
                "Mengubah nama, kode, unit, atau status aktif suatu layanan, lalu klik \"Simpan\". "
                "Layanan nonaktif tidak lagi muncul di kuesioner SKM.\n\nBila muncul pesan bahwa "
                "data telah diubah orang lain, muat ulang halaman lalu ulangi perubahan Anda."
            ),
        ),
        "en": (
            "Edit service",
            (
                "Change a service's name, code, unit or active status and click \"Save\". An "
                "inactive service no longer appears in the SKM questionnaire.\n\nIf you are told "
                "someone else changed it in the meantime, reload the page and make your change "
                "again."
            ),
        ),
    },
    "counter_create": {
        "id": (
            "Loket baru",
            (
                "Pilih dahulu unit layanan lalu klik \"Berikutnya\". Kemudian isi nama loket, "
                "centang layanan yang diberikan di loket itu dan petugas yang melayani di sana "
                "(pegawai unit tersebut), centang \"aktif\", lalu klik \"Simpan\". Setelah "
                "disimpan, halaman kode QR loket terbuka.\n\nDitolak bila layanan atau petugas "
                "yang dipilih bukan dari unit tersebut."
            ),
        ),
        "en": (
            "New counter",
            (
                "First choose the service unit and click \"Next\". Then enter the counter's name, "
                "tick the services given there and the staff serving there (employees of that "
                "unit), tick \"active\" and click \"Save\". The counter's QR page opens next.\n\n"
                "Refused when a chosen service or staff member is not of that unit."
            ),
        ),
    },
    "counter_edit": {
        "id": (
            "Ubah loket",
            (
                "Mengubah nama loket, layanan yang diberikan, petugas yang melayani, dan status "
                "aktifnya, lalu klik \"Simpan\". Hanya petugas yang terdaftar di loket yang dapat "
                "dipilih warga saat memberi penilaian dan dapat menerbitkan kode penilaian.\n\n"
                "Bila muncul pesan bahwa data telah diubah orang lain, muat ulang halaman lalu "
                "ulangi."
            ),
        ),
        "en": (
            "Edit counter",
            (
                "Change the counter's name, services, staff and active status and click \"Save\". "
                "Only staff listed at the counter can be chosen by citizens when rating and can "
                "issue rating codes.\n\nIf you are told someone else changed it in the meantime, "
                "reload the page and try again."
            ),
        ),
    },
    "counter_qr": {
        "id": (
            "Kode QR survei kepuasan",
            (
                "Kode QR loket yang membuka kuesioner survei kepuasan masyarakat, beserta alamat "
                "tautannya, layanan, dan petugas loket. Setelah mengisi survei, warga dapat "
                "menilai petugas yang melayaninya.\n\n- \"Poster (PDF)\": mencetak poster A4 "
                "berisi kode QR untuk dipasang di loket.\n- \"Ubah loket\": mengubah data loket."
            ),
        ),
        "en": (
            "QR code of the satisfaction survey",
            (
                "The counter's QR code that opens the satisfaction survey, with its link, the "
                "services and the staff. After the survey, citizens can rate the officer who "
                "served them.\n\n- \"Poster (PDF)\": print an A4 poster with the QR code to put up "
                "at the counter.\n- \"Edit counter\": change the counter."
            ),
        ),
    },
}

NOT_SCREENS = {
    "counter_poster": "download",
}
