"""Help content of the audit namespace (audit trail pages), issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Jejak audit",
            "Jejak audit mencatat setiap perubahan data: kapan, oleh siapa (beserta alamat IP), "
            "tindakannya (dibuat, diubah, dihapus, atau diimpor), objeknya, serta nilai "
            "sebelum → sesudah setiap isian yang berubah. Catatan terbaru tampil paling atas, "
            "50 baris per halaman, dengan waktu menurut zona waktu pemerintah daerah Anda.\n\n"
            "Halaman ini untuk admin BKPSDM (melihat seluruh pemerintah daerah) dan admin "
            "perangkat daerah (hanya melihat perangkat daerah yang dikelolanya).\n\n"
            "- Klik objek yang terkait dengan seorang pegawai untuk membuka jejak audit pegawai "
            "itu saja.\n\n"
            "Jejak audit hanya dapat dibaca, tidak dapat diubah atau dihapus. Jika Anda ditolak "
            "(403), akun Anda tidak memiliki peran admin; mintalah kepada admin BKPSDM bila "
            "tugas Anda memerlukannya.",
        ),
        "en": (
            "Audit trail",
            "The audit trail records every change of data: when, by whom (with the IP address), "
            "the action (created, changed, deleted or imported), the object, and the before → after "
            "value of each changed field. The newest entries come first, 50 rows a page, in the "
            "time zone of your government.\n\n"
            "This page is for BKPSDM administrators (the whole government) and agency "
            "administrators (only the agencies they manage).\n\n"
            "- Click an object tied to an employee to open the audit trail of that employee "
            "only.\n\n"
            "The audit trail can only be read, never changed or deleted. If you are refused "
            "(403), your account has no administrator role; ask a BKPSDM administrator if your "
            "work needs it.",
        ),
    },
    "employee": {
        "id": (
            "Jejak audit pegawai",
            "Menampilkan semua perubahan yang menyangkut satu pegawai: data profil, jabatan, "
            "dan catatan lain yang terkait dengan pegawai tersebut, lengkap dengan waktu, "
            "pelaku, dan nilai sebelum → sesudah.\n\n"
            "Dapat dibuka oleh admin BKPSDM, atau admin perangkat daerah untuk pegawai di "
            "perangkat daerahnya. Tautan \"Kembali ke profil\" membawa Anda ke profil pegawai.\n\n"
            "Pegawai pemerintah daerah lain tidak akan ditemukan (404); pegawai di luar "
            "perangkat daerah Anda ditolak (403).",
        ),
        "en": (
            "Audit trail of an employee",
            "Shows every change that concerns one employee: profile data, position and other "
            "records tied to the employee, with the time, the person who acted and the before → "
            "after values.\n\n"
            "Open to BKPSDM administrators, and to agency administrators for employees of their "
            "agency. \"Back to the profile\" returns to the employee's profile.\n\n"
            "Employees of another government are not found (404); employees outside your "
            "agency are refused (403).",
        ),
    },
    "unit": {
        "id": (
            "Jejak audit unit kerja",
            "Menampilkan perubahan yang tercatat pada satu unit kerja beserta seluruh sub-unit "
            "di bawahnya, misalnya perubahan nama unit, jabatan, dan penugasan Plt.\n\n"
            "Dapat dibuka oleh admin BKPSDM, atau admin perangkat daerah untuk unit di "
            "perangkat daerahnya. Unit di luar kewenangan Anda ditolak (403); unit pemerintah "
            "daerah lain tidak ditemukan (404).",
        ),
        "en": (
            "Audit trail of a unit",
            "Shows the changes recorded on one organisation unit and all its sub-units, such "
            "as renamed units, positions and acting (Plt) assignments.\n\n"
            "Open to BKPSDM administrators, and to agency administrators for units of their "
            "agency. A unit outside your authority is refused (403); a unit of another "
            "government is not found (404).",
        ),
    },
}

NOT_SCREENS = {}
