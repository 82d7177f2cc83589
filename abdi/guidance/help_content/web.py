"""Help content of the web namespace (the home page), issue 8 item 5."""

SCREENS = {
    "home": {
        "id": (
            "Beranda",
            "Beranda adalah halaman pertama setelah Anda masuk. Isinya menyesuaikan peran Anda.\n\n"
            "- Profil saya: nama, NIP, jabatan dan unit kerja Anda. Tombol \"Buka profil saya\" "
            "membuka data kepegawaian Anda.\n"
            "- Pegawai dalam jangkauan Anda: hanya tampil untuk admin, pimpinan dan atasan. "
            "Angkanya adalah jumlah pegawai yang boleh Anda lihat, dirinci per status; klik "
            "angka untuk membuka daftar pegawai dengan status tersebut.\n"
            "- Cari rekan kerja: ketik nama atau NIP lalu tekan \"Cari\" untuk membuka direktori "
            "pegawai.\n"
            "- Platform: hanya untuk operator platform, menuju halaman pengelolaan pemerintah "
            "daerah.\n\n"
            "Jika kartu profil tidak muncul, akun Anda belum ditautkan ke data pegawai. Hubungi "
            "admin kepegawaian (BKPSDM) di perangkat daerah Anda.",
        ),
        "en": (
            "Home",
            "The home page is the first page after you sign in. What it shows depends on your "
            "role.\n\n"
            "- My profile: your name, NIP, position and unit. \"Open my profile\" opens your "
            "personnel record.\n"
            "- Employees in your sight: only for administrators, leaders and supervisors. The "
            "number counts the employees you may see, split by status; click a number to open "
            "the directory filtered by that status.\n"
            "- Find a colleague: type a name or NIP and press \"Search\" to open the employee "
            "directory.\n"
            "- Platform: only for platform operators, leads to the pages that manage the "
            "governments.\n\n"
            "If the profile card is missing, your account is not yet linked to an employee "
            "record. Ask the HR administrator (BKPSDM) of your agency.",
        ),
    },
}

NOT_SCREENS = {}
