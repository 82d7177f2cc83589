"""Help content of the accounts namespace (log in, own account, account management), issue 8."""

SCREENS = {
    "login": {
        "id": (
            "Masuk ke Abdi",
            "Masukkan NIP (18 digit) atau e-mail dan kata sandi, lalu tekan \"Masuk\". ASN masuk "
            "dengan NIP; pengguna lain, misalnya operator platform, dengan e-mail.\n\n"
            "- Lupa kata sandi: minta admin kepegawaian perangkat daerah Anda untuk mengatur "
            "ulang. Anda akan menerima kata sandi sementara yang wajib diganti saat masuk.\n"
            "- Setelah beberapa kali salah kata sandi, masuk dengan NIP atau e-mail itu dari "
            "perangkat Anda dikunci sementara. Tunggu beberapa menit lalu coba lagi.\n"
            "- Akun dengan peran admin atau operator diminta kode verifikasi kedua dari aplikasi "
            "autentikator setelah kata sandi.",
        ),
        "en": (
            "Log in to Abdi",
            "Enter your NIP (18 digits) or e-mail and your password, then press \"Log in\". "
            "Civil servants log in with their NIP; other users, such as platform operators, "
            "with their e-mail.\n\n"
            "- Forgot your password: ask the HR administrator of your agency to reset it. You "
            "get a temporary password that you must change when you log in.\n"
            "- After repeated wrong passwords, logging in with that NIP or e-mail from your "
            "device is locked for a while. Wait a few minutes and try again.\n"
            "- Accounts with an administrator or operator role are asked for a second code from "
            "an authenticator app after the password.",
        ),
    },
    "two_factor": {
        "id": (
            "Verifikasi dua langkah",
            "Akun dengan peran admin (BKPSDM, admin perangkat daerah) atau operator platform "
            "mengelola data pribadi, sehingga masuk memerlukan faktor kedua.\n\n"
            "- Pertama kali: pindai kode QR dengan aplikasi autentikator (misalnya Google "
            "Authenticator, Aegis, FreeOTP), atau ketik kunci yang tertera secara manual, lalu "
            "masukkan 6 digit yang tampil di aplikasi dan tekan \"Verifikasi\".\n"
            "- Berikutnya: buka aplikasi dan masukkan 6 digit untuk Abdi.\n"
            "- \"Batal dan keluar\" mengakhiri sesi.\n\n"
            "Jika kode ditolak, pastikan jam ponsel Anda tepat dan gunakan kode yang sedang "
            "tampil. Jika ponsel hilang atau diganti, minta admin BKPSDM untuk mengatur ulang "
            "autentikator Anda.",
        ),
        "en": (
            "Two-step verification",
            "Accounts with an administrator role (BKPSDM, agency administrator) or platform "
            "operators handle personal data, so logging in needs a second factor.\n\n"
            "- The first time: scan the QR code with an authenticator app (e.g. Google "
            "Authenticator, Aegis, FreeOTP), or type the key shown by hand, then enter the 6 "
            "digits the app shows and press \"Verify\".\n"
            "- Later: open the app and enter its 6 digits for Abdi.\n"
            "- \"Cancel and log out\" ends the session.\n\n"
            "If the code is refused, check that your phone's clock is right and use the code "
            "shown now. If your phone is lost or replaced, ask a BKPSDM administrator to reset "
            "your authenticator.",
        ),
    },
    "password_change": {
        "id": (
            "Ganti kata sandi",
            "Isi kata sandi lama dan kata sandi baru (dua kali), lalu tekan \"Ganti kata "
            "sandi\". Kata sandi baru harus cukup panjang dan tidak mudah ditebak.\n\n"
            "Jika Anda masuk dengan kata sandi sementara dari admin, halaman ini muncul otomatis "
            "dan Anda harus memilih kata sandi sendiri sebelum dapat melanjutkan; tombol "
            "\"Batal\" tidak tersedia.",
        ),
        "en": (
            "Change password",
            "Enter your old password and the new one (twice), then press \"Change password\". "
            "The new password must be long enough and hard to guess.\n\n"
            "If you logged in with a temporary password from an administrator, this page opens "
            "by itself and you must choose your own password before you can go on; there is no "
            "\"Cancel\" button then.",
        ),
    },
    "tokens": {
        "id": (
            "Token API",
            "Token memungkinkan sistem lain (misalnya sinkronisasi SIMPEG) memakai API Abdi atas "
            "nama Anda, dengan hak akses yang sama dengan akun Anda. Sistem mengirimkannya pada "
            "header \"Authorization: Bearer abdi_…\".\n\n"
            "- \"Buat token\": isi nama (untuk apa token dipakai) dan masa berlaku (30 hari, 90 "
            "hari, 1 tahun, atau tanpa batas). Token hanya ditampilkan sekali; salin saat itu "
            "juga karena tidak dapat dilihat lagi.\n"
            "- Tabel \"Token Anda\" menunjukkan awalan, tanggal dibuat, terakhir dipakai, masa "
            "berlaku, dan status.\n"
            "- \"Cabut\" mematikan token seketika.\n\n"
            "Nama token aktif tidak boleh sama. Jika token bocor atau tidak dipakai lagi, "
            "segera cabut.",
        ),
        "en": (
            "API tokens",
            "A token lets another system (e.g. a SIMPEG sync) use the Abdi API in your name, "
            "with the same rights as your account. The system sends it in the header "
            "\"Authorization: Bearer abdi_…\".\n\n"
            "- \"Create token\": enter a name (what will use it) and the expiry (30 days, 90 "
            "days, 1 year or never). The token is shown only once; copy it at once, it cannot "
            "be shown again.\n"
            "- The \"Your tokens\" table shows the prefix, creation date, last use, expiry and "
            "status.\n"
            "- \"Revoke\" disables a token at once.\n\n"
            "Two active tokens may not share a name. If a token leaks or is no longer used, "
            "revoke it.",
        ),
    },
    "account_list": {
        "id": (
            "Daftar akun",
            "Admin BKPSDM melihat semua akun pemerintah daerahnya; admin perangkat daerah hanya "
            "akun pegawai di perangkat daerahnya. Tabel menunjukkan nama, NIP atau e-mail "
            "untuk masuk, perangkat daerah, peran, dan status.\n\n"
            "- Ketik nama atau NIP di kotak pencarian untuk menyaring.\n"
            "- \"Akun baru\" membuat akun untuk pegawai.\n"
            "- Klik nama untuk membuka rincian akun.\n\n"
            "Halaman ini tidak ditemukan (404) bagi pengguna tanpa peran admin.",
        ),
        "en": (
            "Accounts",
            "A BKPSDM administrator sees every account of the government; an agency "
            "administrator only the accounts of employees of their agency. The table shows the "
            "name, the NIP or e-mail used to log in, the perangkat daerah, roles and status.\n\n"
            "- Type a name or NIP in the search box to filter.\n"
            "- \"New account\" creates an account for an employee.\n"
            "- Click a name to open the account.\n\n"
            "The page is not found (404) for users without an administrator role.",
        ),
    },
    "account_create": {
        "id": (
            "Akun baru untuk pegawai",
            "Isi NIP pegawai lalu tekan \"Buat akun\". Pegawai masuk dengan NIP-nya. Halaman "
            "berikutnya menampilkan kata sandi sementara satu kali saja; serahkan langsung "
            "kepada pegawai tersebut. Ia wajib menggantinya saat pertama kali masuk.\n\n"
            "Ditolak jika NIP tidak ditemukan di antara pegawai yang Anda kelola, atau jika "
            "pegawai itu sudah memiliki akun (buka akunnya dan gunakan \"Atur ulang kata "
            "sandi\").",
        ),
        "en": (
            "New account for an employee",
            "Enter the employee's NIP and press \"Create account\". The employee logs in with "
            "their NIP. The next page shows a temporary password only once; hand it to the "
            "employee in person. They must change it at their first login.\n\n"
            "Refused when the NIP is not among the employees you manage, or when the employee "
            "already has an account (open it and use \"Reset password\").",
        ),
    },
    "account_detail": {
        "id": (
            "Rincian akun",
            "Menampilkan NIP atau e-mail untuk masuk, status (aktif, nonaktif, kata sandi "
            "sementara), data pegawai, waktu terakhir masuk, dan peran akun.\n\n"
            "- \"Atur ulang kata sandi\" membuat kata sandi sementara baru yang tampil sekali.\n"
            "- \"Atur ulang autentikator\" menghapus aplikasi autentikator; pemilik akun "
            "memasangnya lagi saat masuk berikutnya.\n"
            "- \"Nonaktifkan\"/\"Aktifkan\" menutup atau membuka akses akun.\n"
            "- \"Berikan peran\" (hanya admin BKPSDM): Admin kepegawaian perangkat daerah "
            "(pilih perangkat daerahnya), Admin BKPSDM, atau Pimpinan. \"Cabut\" menghapus "
            "peran.\n\n"
            "Anda tidak dapat mengelola akun atau peran Anda sendiri. Admin perangkat daerah "
            "tidak dapat mengelola akun yang memiliki peran; hubungi admin BKPSDM. Akun harus "
            "aktif sebelum diberi peran.",
        ),
        "en": (
            "Account",
            "Shows the NIP or e-mail used to log in, the status (active, inactive, temporary "
            "password), the employee, the last login and the account's roles.\n\n"
            "- \"Reset password\" makes a new temporary password, shown once.\n"
            "- \"Reset authenticator\" removes the authenticator app; the owner sets it up again "
            "at the next login.\n"
            "- \"Deactivate\"/\"Activate\" closes or opens the account.\n"
            "- \"Grant\" a role (BKPSDM administrators only): agency HR administrator (choose "
            "the perangkat daerah), BKPSDM administrator or leader (Pimpinan). \"Revoke\" "
            "removes a role.\n\n"
            "You cannot manage your own account or roles. An agency administrator cannot manage "
            "an account that holds a role; ask a BKPSDM administrator. An account must be "
            "active before it gets a role.",
        ),
    },
}

NOT_SCREENS = {
    "logout": "action",
    "token_revoke": "action",
    "account_reset_password": "action",  # answers with the one-time password page
    "account_set_active": "action",
    "account_reset_second_factor": "action",
    "role_grant": "action",
    "role_revoke": "action",
}
