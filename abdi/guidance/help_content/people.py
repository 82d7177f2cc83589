"""Help content of the people namespace (employee directory and profiles), issue 8 item 5."""

SCREENS = {
    "directory": {
        "id": (
            "Direktori pegawai",
            "Mencari pegawai berdasarkan nama atau NIP. Hasil langsung diperbarui saat Anda "
            "mengetik; tanpa JavaScript tekan \"Cari\". Klik nama untuk membuka profil.\n\n"
            "- \"Filter\" menyaring menurut perangkat daerah, unit, golongan, jenis jabatan, "
            "status, dan jenis pegawai (PNS/PPPK).\n"
            "- \"Ekspor XLSX\" (admin dan pimpinan) mengunduh hasil pencarian dan filter yang "
            "sedang tampil.\n"
            "- \"Tambah pegawai\" (admin BKPSDM dan admin perangkat daerah) membuka formulir "
            "pegawai baru.\n\n"
            "Daftar hanya memuat pegawai yang boleh Anda lihat: diri sendiri, bawahan di unit "
            "yang Anda pimpin (termasuk sebagai Plt/Plh), perangkat daerah yang Anda kelola "
            "sebagai admin, atau seluruh pemerintah daerah bagi BKPSDM dan pimpinan. Jika rekan "
            "tidak muncul, ia berada di luar jangkauan Anda.",
        ),
        "en": (
            "Employee directory",
            "Finds employees by name or NIP. The results update while you type; without "
            "JavaScript press \"Search\". Click a name to open the profile.\n\n"
            "- \"Filters\" narrow by perangkat daerah, unit, golongan, kind of position, status "
            "and employee kind (PNS/PPPK).\n"
            "- \"Export XLSX\" (administrators and leaders) downloads the current search and "
            "filters.\n"
            "- \"Add employee\" (BKPSDM and agency administrators) opens the new employee form.\n\n"
            "The list holds only employees you may see: yourself, subordinates in units you lead "
            "(also as Plt/Plh), the agencies you administer, or the whole government for BKPSDM "
            "and leaders. If a colleague is missing, they are outside your sight.",
        ),
    },
    "create": {
        "id": (
            "Tambah pegawai",
            "Admin BKPSDM (semua perangkat daerah) atau admin perangkat daerah (hanya "
            "perangkat daerahnya) menambah pegawai. Formulir dibagi menjadi Identitas, Pangkat "
            "dan jabatan, Pendidikan, serta Kontak. Setelah unit dipilih, daftar jabatan "
            "menyesuaikan unit itu.\n\n"
            "- NIP PNS 18 digit memuat tanggal lahir, TMT CPNS, jenis kelamin, dan nomor urut; "
            "Abdi memberi peringatan bila isian lain tidak cocok dengan NIP.\n"
            "- Foto berupa JPEG atau PNG dengan ukuran terbatas.\n"
            "- \"Simpan\" menyimpan; \"Batal\" kembali ke direktori.\n\n"
            "Ditolak jika NIP sudah dipakai pegawai lain, jika golongan tidak sesuai jenis "
            "pegawai (PNS/PPPK), jika jabatan bukan milik unit yang dipilih, atau jika jabatan "
            "kepala unit sudah dipegang orang lain. Perbaiki isian yang ditandai; tidak ada data "
            "yang tersimpan.",
        ),
        "en": (
            "Add employee",
            "A BKPSDM administrator (any agency) or an agency administrator (own agency only) "
            "adds an employee. The form has Identity, Rank and position, Education and Contact "
            "sections. Once a unit is chosen, the positions list follows that unit.\n\n"
            "- A PNS NIP of 18 digits holds the birth date, TMT CPNS, sex and a serial; Abdi "
            "warns when other fields disagree with the NIP.\n"
            "- The photo is a JPEG or PNG of limited size.\n"
            "- \"Save\" stores it; \"Cancel\" returns to the directory.\n\n"
            "Refused when the NIP is already used, the golongan does not fit the employee kind "
            "(PNS/PPPK), the position is not in the chosen unit, or the head position is "
            "already held. Correct the marked fields; nothing was saved.",
        ),
    },
    "detail": {
        "id": (
            "Profil pegawai",
            "Data kepegawaian satu orang: identitas, pangkat/golongan dan jabatan (dengan TMT), "
            "unit kerja, atasan langsung, status, perkiraan TMT pensiun, riwayat pangkat, dan "
            "riwayat jabatan dan unit. Di bawahnya dapat tampil bagian dari modul lain, misalnya "
            "penghargaan dan kesejahteraan.\n\n"
            "- NIK, tempat lahir, dan alamat hanya tampil bagi pegawai itu sendiri dan admin "
            "yang berwenang.\n"
            "- \"Ubah\" (admin BKPSDM atau admin perangkat daerah) mengubah seluruh data; pada "
            "profil Anda sendiri tombolnya \"Ubah kontak saya\".\n"
            "- \"Jejak audit\" (admin) menampilkan riwayat perubahan data pegawai ini.\n\n"
            "Jika data pangkat, jabatan, atau NIP Anda keliru, hubungi admin kepegawaian "
            "perangkat daerah Anda; Anda sendiri hanya dapat mengubah kontak dan foto. Profil di "
            "luar jangkauan Anda tidak ditemukan (404).",
        ),
        "en": (
            "Employee profile",
            "One person's personnel record: identity, rank (golongan) and position (with TMT), "
            "unit, direct supervisor, status, expected retirement date, rank history and "
            "position and unit history. Sections of other modules, such as awards and welfare, "
            "may follow below.\n\n"
            "- NIK, place of birth and address are shown only to the employee and the "
            "administrators in charge.\n"
            "- \"Edit\" (BKPSDM or agency administrator) changes every field; on your own "
            "profile the button is \"Edit my contact details\".\n"
            "- \"Audit trail\" (administrators) lists the changes of this employee's data.\n\n"
            "If your rank, position or NIP is wrong, ask the HR administrator of your agency; "
            "you can change only your contact details and photo. A profile outside your sight "
            "is not found (404).",
        ),
    },
    "edit": {
        "id": (
            "Ubah data pegawai",
            "Admin BKPSDM atau admin perangkat daerah mengubah data pegawai dengan formulir "
            "yang sama seperti saat menambah. Pegawai yang membuka profilnya sendiri hanya "
            "melihat \"Kontak saya\": e-mail, telepon, alamat, dan foto.\n\n"
            "- \"Simpan\" menyimpan dan mencatat perubahan di jejak audit; \"Batal\" kembali ke "
            "profil.\n"
            "- Admin tidak dapat mengubah data kepegawaiannya sendiri.\n"
            "- Memindahkan pegawai ke perangkat daerah lain hanya dapat dilakukan BKPSDM.\n"
            "- Jika orang lain mengubah data ini pada saat yang sama, muat ulang halaman lalu "
            "ulangi perubahan Anda.",
        ),
        "en": (
            "Edit employee",
            "A BKPSDM or agency administrator changes the employee's data with the same form as "
            "when adding. An employee opening their own profile sees only \"My contact details\": "
            "e-mail, phone, address and photo.\n\n"
            "- \"Save\" stores the change and records it in the audit trail; \"Cancel\" returns "
            "to the profile.\n"
            "- Administrators cannot change their own personnel data.\n"
            "- Only BKPSDM may move an employee to another perangkat daerah.\n"
            "- If someone else changed this record at the same time, reload the page and make "
            "your change again.",
        ),
    },
}

NOT_SCREENS = {
    "position_options": "fragment",
    "photo": "download",
}
