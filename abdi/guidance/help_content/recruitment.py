"""Help texts of the recruitment screens (rekrutmen CPNS/PPPK), issue 8 item 5."""

SCREENS = {
    "openings": {
        "id": (
            "Lowongan formasi",
            (
                "Halaman publik berisi seleksi CPNS/PPPK yang diumumkan pemerintah daerah ini, "
                "dengan masa pendaftarannya (dibuka, belum dibuka, atau ditutup) dan setiap "
                "formasi jabatan: unit kerja, kuota, batas usia pada tanggal acuan, pendidikan dan "
                "jurusan yang diterima, serta sertifikat yang disyaratkan.\n\n- \"Daftar\": "
                "membuat akun pelamar (tanpa akun pemerintah).\n- \"Masuk\": masuk ke akun "
                "pelamar.\n- \"Lamaran saya\": muncul bila Anda sudah masuk.\n- \"Lamar formasi "
                "ini\": muncul bagi pelamar yang sudah masuk selama pendaftaran dibuka.\n\nSatu "
                "pelamar hanya dapat melamar satu formasi dalam satu seleksi. Sebelum melamar, "
                "lengkapi profil dan unggah dokumen wajib di halaman \"Lamaran saya\"; bila belum, "
                "lamaran ditolak dengan keterangan apa yang kurang."
            ),
        ),
        "en": (
            "Job openings",
            (
                "The public page of the CPNS/PPPK selections this government announced, with their "
                "registration period (open, not yet open or closed) and each opening: unit, quota, "
                "age limits on the reference date, accepted education and majors, and required "
                "certificates.\n\n- \"Register\": create an applicant account (no government "
                "account needed).\n- \"Log in\": log in to your applicant account.\n- \"My "
                "application\": shown once you are logged in.\n- \"Apply to this opening\": shown "
                "to a logged-in applicant while registration is open.\n\nAn applicant applies to "
                "one opening per selection. Complete your profile and upload the required "
                "documents on \"My application\" first; otherwise the application is refused with "
                "what is missing."
            ),
        ),
    },
    "register": {
        "id": (
            "Daftar sebagai pelamar",
            (
                "Calon pelamar membuat akun: nama lengkap sesuai KTP, NIK (16 digit), tanggal "
                "lahir, e-mail, dan kata sandi (paling sedikit 8 karakter). Klik \"Daftar\", lalu "
                "buka tautan konfirmasi yang dikirim ke e-mail Anda dalam 3 hari.\n\nSatu NIK dan "
                "satu e-mail hanya untuk satu akun di setiap pemerintah daerah. Pendaftaran "
                "ditolak bila NIK tidak sah, tanggal lahir tidak sesuai dengan NIK, atau "
                "NIK/e-mail sudah terdaftar; bila sudah punya akun, gunakan \"Saya sudah punya "
                "akun\"."
            ),
        ),
        "en": (
            "Register as an applicant",
            (
                "A prospective applicant creates an account: full name as on the KTP, NIK (16 "
                "digits), birth date, e-mail and password (at least 8 characters). Click "
                "\"Register\", then open the confirmation link sent to your e-mail within 3 days.\n"
                "\nOne NIK and one e-mail make one account per government. Registration is refused "
                "when the NIK is not valid, the birth date does not match the NIK, or the NIK or "
                "e-mail is registered already; if you have an account, use \"I already have an "
                "account\"."
            ),
        ),
    },
    "confirm": {
        "id": (
            "Konfirmasi e-mail",
            (
                "Halaman yang terbuka dari tautan konfirmasi di e-mail Anda. Bila berhasil, klik "
                "\"Masuk\" untuk masuk ke akun pelamar.\n\nBila tautan tidak sah atau kedaluwarsa "
                "(lebih dari 3 hari), masuklah dengan e-mail dan kata sandi Anda: tautan "
                "konfirmasi baru akan dikirim lagi."
            ),
        ),
        "en": (
            "E-mail confirmation",
            (
                "The page the confirmation link in your e-mail opens. When it succeeds, click "
                "\"Log in\" to open your applicant account.\n\nIf the link is invalid or expired "
                "(older than 3 days), log in with your e-mail and password: a new confirmation "
                "link is sent."
            ),
        ),
    },
    "login": {
        "id": (
            "Masuk pelamar",
            (
                "Pelamar masuk dengan e-mail dan kata sandi yang didaftarkan, lalu klik \"Masuk\". "
                "Akun pelamar terpisah dari akun pegawai pemerintah.\n\n- \"Lupa kata sandi?\": "
                "meminta tautan untuk membuat kata sandi baru.\n- \"Daftar\": membuat akun baru.\n"
                "\nBila e-mail belum dikonfirmasi, tautan konfirmasi dikirim ulang; buka tautan "
                "itu lalu masuk lagi. Terlalu banyak percobaan dalam waktu singkat ditolak "
                "sementara; tunggu beberapa menit."
            ),
        ),
        "en": (
            "Applicant login",
            (
                "An applicant logs in with the registered e-mail and password and clicks \"Log "
                "in\". Applicant accounts are separate from government staff accounts.\n\n- "
                "\"Forgot the password?\": ask for a link to set a new password.\n- \"Register\": "
                "create a new account.\n\nIf the e-mail is not confirmed yet, the confirmation "
                "link is sent again; open it, then log in. Too many attempts in a short time are "
                "refused for a while; wait a few minutes."
            ),
        ),
    },
    "forgot": {
        "id": (
            "Lupa kata sandi",
            (
                "Masukkan e-mail akun pelamar Anda lalu klik \"Kirim tautan\". Jika ada akun "
                "dengan e-mail itu, tautan untuk membuat kata sandi baru dikirim dan berlaku satu "
                "jam, sekali pakai.\n\nJawaban halaman ini selalu sama, baik e-mail terdaftar "
                "maupun tidak, agar data pelamar tidak dapat ditebak. Bila e-mail tidak datang, "
                "periksa folder spam atau pastikan e-mail yang Anda daftarkan."
            ),
        ),
        "en": (
            "Forgotten password",
            (
                "Enter your applicant account's e-mail and click \"Send the link\". If an account "
                "has this e-mail, a link to set a new password is sent; it works for one hour, "
                "once.\n\nThe page always answers the same way, registered e-mail or not, so "
                "nobody can find out who applied. If no e-mail arrives, check the spam folder or "
                "the address you registered."
            ),
        ),
    },
    "reset": {
        "id": (
            "Kata sandi baru",
            (
                "Halaman yang terbuka dari tautan di e-mail \"lupa kata sandi\". Isi kata sandi "
                "baru (paling sedikit 8 karakter) lalu klik \"Simpan\", kemudian masuk dengan kata "
                "sandi itu.\n\nTautan berlaku satu jam dan hanya sekali. Bila ditolak karena tidak "
                "sah atau kedaluwarsa, minta tautan baru lewat \"Lupa kata sandi?\"."
            ),
        ),
        "en": (
            "New password",
            (
                "The page the link in the forgotten-password e-mail opens. Enter a new password "
                "(at least 8 characters), click \"Save\", then log in with it.\n\nThe link works "
                "for one hour and only once. If it is refused as invalid or expired, ask for a new "
                "one with \"Forgot the password?\"."
            ),
        ),
    },
    "card_check": {
        "id": (
            "Cek kartu peserta ujian",
            (
                "Halaman yang terbuka dari kode QR pada kartu peserta ujian. Panitia atau siapa "
                "pun dapat memastikan kartu itu asli: halaman menampilkan instansi penerbit, nomor "
                "pendaftaran, nama, seleksi, formasi jabatan, serta sesi, ruang, dan kursi ujian. "
                "NIK tidak pernah ditampilkan.\n\nBila tertulis \"Tidak asli\", tidak ada kartu "
                "ujian sah dengan kode itu; laporkan kepada panitia seleksi."
            ),
        ),
        "en": (
            "Exam card check",
            (
                "The page the QR code on an exam card opens. Exam staff or anyone can make sure a "
                "card is genuine: it shows the issuing government, registration number, name, "
                "selection, opening, and exam session, room and seat. The NIK is never shown.\n\n"
                "\"Not genuine\" means no valid exam card has this code; report it to the "
                "selection committee."
            ),
        ),
    },
    "account": {
        "id": (
            "Lamaran saya",
            (
                "Halaman pribadi pelamar: lamaran dengan status dan alasannya, profil, dan "
                "dokumen.\n\n- \"Profil\": isi jenjang pendidikan, jurusan sesuai ijazah, alamat, "
                "dan telepon, lalu \"Simpan profil\".\n- \"Dokumen\": pilih jenis dokumen (KTP, "
                "ijazah, transkrip, pas foto, dan sertifikat bila disyaratkan), pilih berkas PDF, "
                "JPEG, atau PNG paling besar 2 MB, lalu \"Unggah\". Mengunggah lagi akan mengganti "
                "berkas lama.\n- Setelah melamar, profil dan dokumen tidak dapat diubah lagi.\n- "
                "Status \"Sedang diverifikasi\" berlaku sampai BKPSDM mengumumkan hasil seleksi "
                "administrasi (MS/TMS). Bila TMS, alasannya ditampilkan.\n- \"Ajukan sanggah\": "
                "bagi pelamar TMS, selama masa sanggah (tanggal terakhirnya ditampilkan), sekali "
                "saja; tulis keberatan Anda dan lampirkan dokumen pendukung bila ada.\n- \"Unduh "
                "kartu peserta ujian (PDF)\": bagi pelamar MS setelah hasil diumumkan.\n- "
                "\"Keluar\": mengakhiri sesi pelamar."
            ),
        ),
        "en": (
            "My application",
            (
                "The applicant's own page: applications with their status and reasons, profile and "
                "documents.\n\n- \"Profile\": enter education level, major as on the ijazah, "
                "address and phone, then \"Save the profile\".\n- \"Documents\": choose the kind "
                "(KTP, ijazah, transcript, photo, and certificates when the opening asks for "
                "them), choose a PDF, JPEG or PNG file of at most 2 MB, then \"Upload\". Uploading "
                "again replaces the file.\n- Once you have applied, the profile and documents can "
                "no longer change.\n- \"Being verified\" lasts until BKPSDM publishes the "
                "administrative result (MS/TMS). For TMS the reason is shown.\n- \"File a "
                "sanggah\": for a TMS applicant, within the sanggah period (its last day is "
                "shown), once; write your objection and attach a supporting document if you have "
                "one.\n- \"Download the exam card (PDF)\": for an MS applicant once the result is "
                "published.\n- \"Log out\": ends the applicant session."
            ),
        ),
    },
    "index": {
        "id": (
            "Rekrutmen",
            (
                "Daftar seleksi CPNS/PPPK pemerintah daerah ini dengan jenis dan tahun, masa "
                "pendaftaran, jumlah formasi dan lamaran, serta statusnya (draf, dipublikasikan, "
                "hasil diumumkan). Klik nama seleksi untuk membukanya.\n\nHalaman ini untuk "
                "BKPSDM, yang mengelola seleksi (\"Seleksi baru\"), dan pimpinan, yang hanya dapat "
                "membaca dengan NIK disamarkan. Pegawai lain tidak dapat membuka halaman rekrutmen."
            ),
        ),
        "en": (
            "Recruitment",
            (
                "The CPNS/PPPK selections of this government with kind and year, registration "
                "period, openings, applications and status (draft, published, result published). "
                "Click a selection's name to open it.\n\nFor BKPSDM, who manages selections (\"New "
                "selection\"), and leaders, who read only, with the NIK masked. Other staff cannot "
                "open the recruitment pages."
            ),
        ),
    },
    "selection_create": {
        "id": (
            "Seleksi baru",
            (
                "BKPSDM membuat seleksi: jenis (CPNS atau PPPK), tahun formasi, nama, tanggal "
                "pendaftaran dibuka dan ditutup, tanggal acuan usia, masa sanggah (1-30 hari, "
                "bawaan 3), dan pengumuman. Klik \"Simpan\", lalu tambahkan formasinya dan "
                "umumkan.\n\nBatas usia dihitung pada tanggal acuan: CPNS 18-35 tahun (PP 11/2017 "
                "Pasal 23 ayat 1 huruf a), PPPK paling rendah 20 tahun dan paling tinggi 1 tahun "
                "sebelum batas usia pensiun (PP 49/2018 Pasal 16). Ditolak bila pendaftaran "
                "ditutup sebelum dibuka atau nama seleksi sudah ada."
            ),
        ),
        "en": (
            "New selection",
            (
                "BKPSDM creates a selection: kind (CPNS or PPPK), formation year, name, "
                "registration opening and closing dates, reference date for age, sanggah period "
                "(1-30 days, 3 by default) and announcement. Click \"Save\", then add its openings "
                "and publish it.\n\nAges are counted on the reference date: CPNS 18-35 (PP 11/2017 "
                "Pasal 23(1)(a)), PPPK at least 20 and at most 1 year before the retirement age "
                "(PP 49/2018 Pasal 16). Refused when registration closes before it opens or the "
                "name exists already."
            ),
        ),
    },
    "selection": {
        "id": (
            "Rincian seleksi",
            (
                "Satu seleksi: jenis dan tahun, masa pendaftaran, tanggal acuan usia, masa "
                "sanggah, status di halaman publik, status hasil seleksi administrasi, dan jumlah "
                "lamaran MS, TMS, dan yang menunggu.\n\n- \"Antrean verifikasi\" dan \"Sanggah\": "
                "daftar lamaran dan sanggah seleksi ini.\n- \"CSV\" / \"XLSX\": ekspor lamaran "
                "(NIK disamarkan), khusus BKPSDM.\n- \"Umumkan seleksi\": menampilkan seleksi di "
                "halaman publik; perlu paling sedikit satu formasi.\n- \"Umumkan hasil seleksi "
                "administrasi\": setelah pendaftaran ditutup dan semua lamaran diverifikasi; masa "
                "sanggah dimulai hari itu.\n- \"Daftarkan pelamar MS\": setelah hasil diumumkan, "
                "memasukkan pelamar MS ke sesi ujian CAT yang dipilih; kartu ujian mereka lalu "
                "memuat sesi, ruang, dan kursi.\n- Formasi: klik judul untuk mengubahnya, \"Tambah "
                "formasi\" untuk menambah satu formasi, atau tombol untuk menambahkan formasi dari "
                "usulan kebutuhan (ABK) yang disetujui tahun itu.\n\nPimpinan hanya dapat membaca "
                "halaman ini."
            ),
        ),
        "en": (
            "Selection",
            (
                "One selection: kind and year, registration period, reference date for age, "
                "sanggah period, public page status, administrative result status, and the counts "
                "of MS, TMS and waiting applications.\n\n- \"Verification queue\" and \"Sanggah\": "
                "this selection's applications and objections.\n- \"CSV\" / \"XLSX\": export the "
                "applications (NIK masked), BKPSDM only.\n- \"Publish the selection\": shows it on "
                "the public page; needs at least one opening.\n- \"Publish the administrative "
                "result\": once registration has closed and every application is verified; the "
                "sanggah period starts that day.\n- \"Enrol the MS applicants\": after the result, "
                "puts the MS applicants into the chosen CAT exam session; their exam cards then "
                "show session, room and seat.\n- Openings: click a title to edit it, \"Add an "
                "opening\" to add one, or the button that adds the openings of the approved "
                "formation (ABK) of that year.\n\nLeaders can only read this page."
            ),
        ),
    },
    "selection_edit": {
        "id": (
            "Ubah seleksi",
            (
                "BKPSDM mengubah data seleksi: nama, tanggal pendaftaran, tanggal acuan usia, masa "
                "sanggah, dan pengumuman. Jenis seleksi tidak dapat diubah setelah ada lamaran. "
                "Klik \"Simpan\".\n\nBila muncul pesan bahwa data telah diubah orang lain sejak "
                "Anda membukanya, muat ulang halaman dan ulangi perubahan."
            ),
        ),
        "en": (
            "Edit selection",
            (
                "BKPSDM changes a selection: name, registration dates, reference date for age, "
                "sanggah period and announcement. The kind cannot change once applications exist. "
                "Click \"Save\".\n\nIf you are told someone changed the record since you opened "
                "it, reload the page and make your change again."
            ),
        ),
    },
    "opening_edit": {
        "id": (
            "Ubah formasi",
            (
                "BKPSDM mengubah satu formasi jabatan: jabatan, judul (kosong berarti nama "
                "jabatan), kuota, jenjang pendidikan dan jurusan yang diterima (kosong berarti "
                "semua), batas usia (kosong berarti aturan jenis seleksi), sertifikat yang "
                "disyaratkan, dan deskripsi. Klik \"Simpan\".\n\nJabatan tidak dapat diubah "
                "setelah ada lamaran. Bila data telah diubah orang lain, muat ulang halaman lalu "
                "ulangi."
            ),
        ),
        "en": (
            "Edit opening",
            (
                "BKPSDM changes one opening: position, title (empty: the position's name), quota, "
                "accepted education levels and majors (empty: any), age limits (empty: the rule of "
                "the kind), required certificates and description. Click \"Save\".\n\nThe position "
                "cannot change once applications exist. If someone else changed the record, reload "
                "the page and try again."
            ),
        ),
    },
    "queue": {
        "id": (
            "Antrean verifikasi",
            (
                "Daftar lamaran satu seleksi, 100 per halaman, dengan nomor pendaftaran, nama, NIK "
                "yang disamarkan, formasi, status, dan alasan. Saring menurut status dan formasi, "
                "lalu klik \"Saring\".\n\nBKPSDM mengklik nomor pendaftaran untuk memverifikasi "
                "lamaran. Pimpinan hanya dapat membaca daftar ini."
            ),
        ),
        "en": (
            "Verification queue",
            (
                "The applications of one selection, 100 per page, with registration number, name, "
                "masked NIK, opening, status and reason. Filter by status and opening and click "
                "\"Filter\".\n\nBKPSDM clicks a registration number to verify the application. "
                "Leaders can only read the list."
            ),
        ),
    },
    "application": {
        "id": (
            "Verifikasi lamaran",
            (
                "Halaman verifikasi administrasi satu lamaran, khusus BKPSDM; satu-satunya halaman "
                "staf yang menampilkan NIK lengkap. Berisi data pelamar, usia pada tanggal acuan, "
                "formasi, persyaratan, dokumen yang diunggah, dan hasil pemeriksaan profil oleh "
                "sistem (misalnya usia atau jurusan tidak sesuai) yang harus dicocokkan dengan "
                "dokumen.\n\nTandai setiap persyaratan \"Memenuhi\" atau \"Tidak memenuhi\", isi "
                "alasan, lalu klik \"Simpan hasil verifikasi\". MS hanya bila semua persyaratan "
                "terpenuhi; TMS wajib disertai alasan karena pelamar membacanya.\n\nSetelah hasil "
                "diumumkan, verifikasi tidak dapat diubah lagi kecuali melalui sanggah yang "
                "diterima."
            ),
        ),
        "en": (
            "Verify an application",
            (
                "The administrative verification of one application, BKPSDM only; the only staff "
                "page showing the full NIK. It shows the applicant, the age on the reference date, "
                "the opening, its requirements, the uploaded documents, and the system's check of "
                "the profile (e.g. age or major not accepted) to compare with the documents.\n\n"
                "Mark each requirement \"Met\" or \"Not met\", give the reason and click \"Save "
                "the verification\". MS needs every requirement met; TMS needs a reason, because "
                "the applicant reads it.\n\nOnce the result is published, the verification cannot "
                "change except through an accepted sanggah."
            ),
        ),
    },
    "objections": {
        "id": (
            "Daftar sanggah",
            (
                "Daftar sanggah satu seleksi dengan nomor pendaftaran, nama, waktu pengajuan, dan "
                "status. BKPSDM mengklik nomor pendaftaran untuk menjawab; pimpinan hanya dapat "
                "membaca.\n\nSanggah hanya dapat diajukan pelamar TMS, sekali, selama masa sanggah "
                "yang dimulai pada hari hasil seleksi administrasi diumumkan."
            ),
        ),
        "en": (
            "Sanggah",
            (
                "The objections of one selection with registration number, name, time filed and "
                "status. BKPSDM clicks a registration number to answer; leaders can only read.\n\n"
                "Only a TMS applicant may object, once, within the sanggah period that starts the "
                "day the administrative result is published."
            ),
        ),
    },
    "objection": {
        "id": (
            "Jawab sanggah",
            (
                "BKPSDM menjawab satu sanggah: halaman menampilkan NIK yang disamarkan, formasi, "
                "alasan TMS, isi keberatan, dan dokumen pendukung bila ada.\n\nPilih keputusan "
                "(terima atau tolak), tulis alasan yang akan dibaca pelamar, lalu klik tombol "
                "jawab. Sanggah yang diterima mengubah lamaran dari TMS menjadi MS. Jawaban harus "
                "diberikan sebelum batas waktu menjawab berakhir; sanggah yang sudah dijawab tidak "
                "dapat dijawab lagi."
            ),
        ),
        "en": (
            "Answer a sanggah",
            (
                "BKPSDM answers one objection: the page shows the masked NIK, the opening, the TMS "
                "reason, the objection and its supporting document, if any.\n\nChoose the decision "
                "(accept or reject), write the reason the applicant will read, and click "
                "\"Answer\". An accepted sanggah moves the application from TMS to MS. The answer "
                "must be given before the answering period ends; an answered sanggah cannot be "
                "answered again."
            ),
        ),
    },
}

NOT_SCREENS = {
    "logout": "action",
    "profile": "action",
    "upload": "action",
    "apply": "action",
    "object": "action",
    "exam_card": "download",
    "document": "download",
    "selection_publish": "action",
    "opening_add": "action",
    "enrol_in_exam": "action",
    "openings_from_formation": "action",
    "result_publish": "action",
    "objection_file": "download",
    "export_csv": "download",
    "export_xlsx": "download",
}
