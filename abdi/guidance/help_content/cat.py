"""Help texts of the computer-assisted test (CAT) screens, issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Sesi ujian",
            (
                "Daftar sesi ujian berbasis komputer (CAT). BKPSDM melihat semua sesi; pengawas "
                "ujian hanya melihat sesi yang ditugaskan kepadanya. Pegawai lain tidak dapat "
                "membuka halaman ini.\n\nSetiap baris menampilkan waktu mulai, ruang, jumlah "
                "peserta terdaftar dan yang sudah selesai, serta tautan \"Konsol pengawas ujian\" "
                "dan \"Nilai langsung\" (papan nilai publik).\n\nKhusus BKPSDM:\n- \"Sesi baru\": "
                "membuat sesi ujian.\n- \"Bank soal\": mengelola dan mengimpor soal.\n- "
                "\"Peringkat\": pemeringkatan hasil ujian per formasi jabatan ke SKB dan "
                "penerbitan pengumuman.\n- Klik judul sesi untuk membuka rincian sesi dan "
                "mendaftarkan peserta."
            ),
        ),
        "en": (
            "Exam sessions",
            (
                "The computer-assisted test (CAT) sessions. BKPSDM sees every session; a proctor "
                "(pengawas) sees only the sessions assigned to him. Other staff cannot open this "
                "page.\n\nEach row shows the start time, room, enrolled and finished candidates, "
                "and the links \"Proctor console\" and \"Live scores\" (the public scoreboard).\n\n"
                "BKPSDM only:\n- \"New session\": create an exam session.\n- \"Question bank\": "
                "manage and import questions.\n- \"Ranking\": rank the results per opening into "
                "SKB and issue the announcement.\n- Click a session title to open it and enrol "
                "candidates."
            ),
        ),
    },
    "session_create": {
        "id": (
            "Sesi ujian baru",
            (
                "BKPSDM membuat sesi ujian: judul, tahun formasi, waktu mulai, ruang, jumlah "
                "kursi, durasi (menit), dan kisi-kisi. Klik \"Simpan\".\n\nKisi-kisi ditulis satu "
                "baris per bagian: BAGIAN KATEGORI JUMLAH, misalnya \"TWK - 30\" (tanda - berarti "
                "kategori apa saja). Untuk SKD 2024 susunannya TWK 30, TIU 35, TKP 45 soal dengan "
                "durasi 100 menit (130 menit bagi peserta disabilitas), sesuai KepmenPANRB "
                "321/2024. Nilai ambang batas SKD diambil dari tahun formasi.\n\nSesi ditolak bila "
                "kisi-kisi tidak memuat bagian dengan jumlah positif, menyebut bagian yang tidak "
                "dikenal, atau bank soal tidak memiliki cukup soal untuk suatu bagian/kategori. "
                "Tambahkan soal di \"Bank soal\" lalu coba lagi."
            ),
        ),
        "en": (
            "New exam session",
            (
                "BKPSDM creates an exam session: title, formation year, start time, room, seats, "
                "duration (minutes) and blueprint. Click \"Save\".\n\nThe blueprint has one line "
                "per part: PART CATEGORY COUNT, e.g. \"TWK - 30\" (\"-\" means any category). The "
                "SKD 2024 is TWK 30, TIU 35, TKP 45 questions in 100 minutes (130 for candidates "
                "with a disability), per KepmenPANRB 321/2024. The SKD passing grades come from "
                "the formation year.\n\nThe session is refused when the blueprint has no part with "
                "a positive count, names an unknown part, or the question bank has too few "
                "questions for a part or category. Add questions in the \"Question bank\" and try "
                "again."
            ),
        ),
    },
    "session": {
        "id": (
            "Rincian sesi ujian",
            (
                "BKPSDM melihat satu sesi: ruang, waktu, durasi, jumlah kursi, dan daftar peserta "
                "dengan nomor kursi, nomor pendaftaran, nama, formasi jabatan, dan statusnya.\n\n"
                "\"Daftarkan peserta (CSV)\": unggah berkas CSV (UTF-8, paling besar 2 MB) dengan "
                "kolom registration_number, name, opening_ref, opening_title, category (umum, "
                "cumlaude, diaspora, disabilitas, papua, tertinggal), application_ref, lalu klik "
                "\"Unggah\". Peserta yang sudah terdaftar diperbarui; peserta baru mendapat kursi "
                "berikutnya. Baris yang salah dicantumkan dengan nomor baris dan alasannya, "
                "sedangkan baris yang benar tetap disimpan.\n\nTombol \"Konsol pengawas ujian\" "
                "dan \"Nilai langsung\" membuka konsol dan papan nilai sesi ini."
            ),
        ),
        "en": (
            "Exam session",
            (
                "BKPSDM sees one session: room, time, duration, seats and the candidates with "
                "seat, registration number, name, opening and status.\n\n\"Enrol candidates "
                "(CSV)\": upload a CSV file (UTF-8, at most 2 MB) with the columns "
                "registration_number, name, opening_ref, opening_title, category (umum, cumlaude, "
                "diaspora, disabilitas, papua, tertinggal), application_ref, and click \"Upload\". "
                "Candidates already enrolled are updated; new ones get the next seat. Broken rows "
                "are listed with their row number and reason; the good rows are saved.\n\n"
                "\"Proctor console\" and \"Live scores\" open the console and the scoreboard of "
                "this session."
            ),
        ),
    },
    "bank": {
        "id": (
            "Bank soal",
            (
                "BKPSDM mengelola soal ujian. Tabel atas menampilkan setiap bagian (misalnya TWK, "
                "TIU, TKP), cara penilaiannya, dan jumlah soalnya; tabel bawah menampilkan soal "
                "dengan versinya. Soal bertanda \"terkunci\" sudah dipakai dalam ujian.\n\n- "
                "\"Soal baru\": menulis satu soal.\n- \"Impor soal (XLSX)\": unggah buku kerja "
                "XLSX (paling besar 2 MB) dengan kolom bagian, kategori, soal, A, B, C, D, E, "
                "kunci. Kunci berupa huruf jawaban yang benar (TWK, TIU) atau bobot pilihan secara "
                "berurutan, misalnya 53142 (TKP). Baris yang rusak dicantumkan dengan nomor baris "
                "dan alasannya; baris yang benar tetap disimpan.\n- Klik teks soal untuk "
                "mengubahnya."
            ),
        ),
        "en": (
            "Question bank",
            (
                "BKPSDM manages the exam questions. The upper table shows each part (e.g. TWK, "
                "TIU, TKP), its scoring and its number of questions; the lower table lists the "
                "questions with their version. A \"locked\" question has been used in an exam.\n\n"
                "- \"New question\": write one question.\n- \"Import questions (XLSX)\": upload an "
                "XLSX workbook (at most 2 MB) with the columns part, category, question, A, B, C, "
                "D, E, key. The key is the right letter (TWK, TIU) or the weights of the options "
                "in order, e.g. 53142 (TKP). Broken rows are listed with their row number and "
                "reason; the good rows are saved.\n- Click a question's text to change it."
            ),
        ),
    },
    "question_create": {
        "id": (
            "Soal baru",
            (
                "BKPSDM menulis satu soal: bagian, kategori, teks soal, gambar bila perlu (PNG "
                "atau JPEG, paling besar 1 MB), pilihan jawaban A sampai E, dan kunci jawaban. "
                "Klik \"Simpan\".\n\nIsi pilihan berurutan mulai dari A. Kunci berupa huruf "
                "jawaban yang benar (TWK, TIU) atau bobot setiap pilihan secara berurutan (TKP, "
                "bobot 1-5). Bila kunci tidak cocok dengan pilihan yang diisi, soal tidak "
                "disimpan; perbaiki lalu simpan lagi."
            ),
        ),
        "en": (
            "New question",
            (
                "BKPSDM writes one question: part, category, text, a picture if needed (PNG or "
                "JPEG, at most 1 MB), options A to E and the key. Click \"Save\".\n\nFill the "
                "options in order from A. The key is the right letter (TWK, TIU) or the weight of "
                "each option in order (TKP, weights 1-5). When the key does not match the options, "
                "nothing is saved; correct it and save again."
            ),
        ),
    },
    "question_edit": {
        "id": (
            "Ubah soal",
            (
                "BKPSDM mengubah teks, gambar, pilihan, atau kunci suatu soal; bagian dan kategori "
                "tidak dapat diubah. Klik \"Simpan\".\n\nBila soal sudah dipakai dalam ujian, "
                "menyimpan akan membuat versi baru; versi lama tetap seperti semula untuk ujian "
                "yang sudah berjalan dan keluar dari kumpulan soal."
            ),
        ),
        "en": (
            "Change a question",
            (
                "BKPSDM changes a question's text, picture, options or key; its part and category "
                "cannot change. Click \"Save\".\n\nIf the question has been used in an exam, "
                "saving creates a new version; the old one stays as it was for the exams that used "
                "it and leaves the pool."
            ),
        ),
    },
    "ranking": {
        "id": (
            "Pemeringkatan ke SKB",
            (
                "BKPSDM memeringkat hasil SKD per formasi jabatan. Pilih formasi jabatan, isi "
                "jumlah formasi, lalu klik \"Tampilkan\".\n\nHanya peserta yang memenuhi nilai "
                "ambang batas yang diperingkat. Jika total nilai sama, peserta dengan TKP lebih "
                "tinggi didahulukan, lalu TIU, lalu TWK. Paling banyak 3 kali jumlah formasi yang "
                "lanjut ke SKB, ditambah semua peserta yang nilainya sama persis pada batas "
                "terakhir (KepmenPANRB 321/2024).\n\n- \"CSV\" dan \"XLSX\": mengunduh peringkat.\n"
                "- \"Terbitkan pengumuman yang ditandatangani (PDF)\": menerbitkan dan mengunduh "
                "pengumuman dengan kode verifikasi dan sidik SHA-256, yang dapat diperiksa publik."
            ),
        ),
        "en": (
            "Ranking into SKB",
            (
                "BKPSDM ranks the SKD results per opening. Choose the opening, enter the number of "
                "formasi, and click \"Show\".\n\nOnly candidates who met the passing grade are "
                "ranked. Equal totals: higher TKP first, then TIU, then TWK. Up to 3 times the "
                "formasi go forward to the SKB, plus everyone completely tied at the cut-off "
                "(KepmenPANRB 321/2024).\n\n- \"CSV\" and \"XLSX\": download the ranking.\n- "
                "\"Issue the signed announcement (PDF)\": issue and download the announcement with "
                "its verification code and SHA-256 fingerprint, which anyone can check."
            ),
        ),
    },
    "console": {
        "id": (
            "Konsol pengawas ujian",
            (
                "Pengawas ujian (dan BKPSDM) memantau satu sesi: siapa yang daring atau luring, "
                "kapan terakhir terlihat, jumlah soal terjawab, sisa waktu, dan jumlah kejadian. "
                "Halaman diperbarui setiap 10 detik.\n\n- \"Identitas sudah diperiksa: berikan "
                "token\": setelah mencocokkan identitas peserta, tekan tombol ini; token sekali "
                "pakai tampil sekali saja untuk diberikan kepada peserta.\n- \"Kejadian\": bagi "
                "peserta yang sedang mengerjakan, \"Tambah waktu\" (1-60 menit) atau \"Reset "
                "perangkat\" bila peserta harus pindah komputer; keduanya wajib disertai "
                "keterangan, dan reset perangkat menghasilkan token baru.\n- \"Verifikasi log\": "
                "memeriksa rantai log setiap peserta dan menunjukkan entri pertama yang rusak bila "
                "ada.\n\nPengawas hanya dapat membuka sesi yang ditugaskan kepadanya. Peserta yang "
                "sudah selesai tidak dapat diberi waktu tambahan atau token baru."
            ),
        ),
        "en": (
            "Proctor console",
            (
                "The proctor (and BKPSDM) watches one session: who is online or offline, when last "
                "seen, questions answered, time left and incidents. The page refreshes every 10 "
                "seconds.\n\n- \"Identity checked: release token\": after checking the candidate's "
                "identity, press it; the one-time token is shown once, to give to the candidate.\n"
                "- \"Incident\": for a candidate who is working, \"Add time\" (1-60 minutes) or "
                "\"Reset device\" when he must move to another computer; both need a reason, and a "
                "reset releases a new token.\n- \"Verify the logs\": checks every candidate's "
                "hash-chained log and shows the first broken entry, if any.\n\nA proctor can open "
                "only the sessions assigned to him. A candidate who has finished gets no extra "
                "time and no new token."
            ),
        ),
    },
    "exam_login": {
        "id": (
            "Masuk ujian berbasis komputer",
            (
                "Halaman masuk bagi peserta ujian (tanpa akun). Masukkan nomor pendaftaran dan "
                "token dari pengawas ujian, lalu tekan \"Mulai\". Waktu ujian mulai berjalan saat "
                "itu.\n\nToken diberikan pengawas setelah identitas Anda diperiksa. Bila ditolak:\n"
                "- \"Nomor pendaftaran atau token salah\": periksa kembali atau minta token kepada "
                "pengawas.\n- Ujian sedang terbuka di komputer lain: minta pengawas melakukan "
                "reset perangkat.\n- Ujian sudah selesai: Anda tidak dapat masuk lagi."
            ),
        ),
        "en": (
            "Computer-based test login",
            (
                "The login of an exam candidate (no account). Enter your registration number and "
                "the token from the proctor and press \"Start\". The exam time starts then.\n\nThe "
                "proctor gives you the token after checking your identity. When refused:\n- "
                "\"Registration number or token is wrong\": check them or ask the proctor for a "
                "token.\n- The exam is open on another computer: ask the proctor to reset the "
                "device.\n- The exam has finished: you cannot log in again."
            ),
        ),
    },
    "exam": {
        "id": (
            "Soal ujian",
            (
                "Peserta mengerjakan ujian satu soal demi satu soal. Bagian atas menampilkan nomor "
                "pendaftaran, jumlah soal terjawab, dan sisa waktu menurut jam server.\n\n- Pilih "
                "jawaban: jawaban langsung tersimpan. Tanpa JavaScript, tekan \"Simpan dan "
                "lanjutkan\".\n- \"Sebelumnya\" dan kotak nomor soal di bawah: berpindah soal; "
                "nomor yang sudah dijawab ditandai.\n- \"Selesaikan ujian\": mengakhiri ujian; "
                "jawaban tidak dapat diubah lagi dan nilai langsung dihitung.\n\nBila koneksi "
                "terputus, jawaban disimpan di peramban dan dikirim setelah koneksi kembali. "
                "Setelah waktu habis, jawaban tidak diterima lagi dan ujian diselesaikan otomatis."
            ),
        ),
        "en": (
            "Exam question",
            (
                "The candidate works through the exam one question at a time. The top shows the "
                "registration number, the questions answered and the time left by the server's "
                "clock.\n\n- Choose an answer: it is saved at once. Without JavaScript, press "
                "\"Save and continue\".\n- \"Previous\" and the grid of question numbers below: "
                "move between questions; answered numbers are marked.\n- \"Finish the exam\": ends "
                "the exam; answers cannot be changed afterwards and the score is computed at "
                "once.\n\nWhen the connection drops, your choices are kept in the browser and sent "
                "when it is back. When time is up, answers are no longer accepted and the exam is "
                "finished automatically."
            ),
        ),
    },
    "exam_result": {
        "id": (
            "Hasil Anda",
            (
                "Hasil ujian peserta segera setelah selesai: nilai tiap bagian, nilai maksimum, "
                "nilai ambang batas, status memenuhi atau tidak, total, dan keputusan lulus atau "
                "tidak lulus.\n\nPeserta kategori khusus (cumlaude, diaspora, disabilitas, Papua, "
                "daerah tertinggal) dapat lulus dengan ambang batas kategori itu sesuai "
                "KepmenPANRB 321/2024; bila demikian, kategorinya disebutkan. Tautan \"Papan nilai "
                "langsung sesi ini\" membuka papan nilai publik."
            ),
        ),
        "en": (
            "Your result",
            (
                "The candidate's result right after finishing: the score of each part, its "
                "maximum, the passing grade, met or not, the total, and passed or did not pass.\n\n"
                "Candidates of a special category (cumlaude, diaspora, disability, Papua, "
                "underdeveloped region) may pass with that category's threshold per KepmenPANRB "
                "321/2024; the category is then named. \"Live scoreboard of this session\" opens "
                "the public scoreboard."
            ),
        ),
    },
    "board": {
        "id": (
            "Nilai langsung",
            (
                "Papan nilai publik satu sesi ujian: nomor pendaftaran, nilai tiap bagian, total, "
                "dan lulus atau tidak lulus, tanpa nama peserta. Daftar diperbarui setiap 5 detik; "
                "tanpa JavaScript, klik \"Muat ulang\".\n\nSiapa pun dapat membuka halaman ini "
                "untuk transparansi seleksi. Bila tertulis \"Belum ada peserta yang selesai\", "
                "belum ada hasil yang masuk."
            ),
        ),
        "en": (
            "Live scores",
            (
                "The public scoreboard of one exam session: registration number, score of each "
                "part, total, and passed or not, without names. It refreshes every 5 seconds; "
                "without JavaScript, click \"Refresh\".\n\nAnyone may open it, for a transparent "
                "selection. \"Nobody has finished yet.\" means no result has come in."
            ),
        ),
    },
    "verify": {
        "id": (
            "Periksa keaslian pengumuman",
            (
                "Halaman publik untuk memeriksa pengumuman hasil seleksi yang diterbitkan BKPSDM: "
                "formasi jabatan, waktu dan penerbit, serta sidik SHA-256 pengumuman asli.\n\n"
                "Untuk memeriksa salinan yang Anda terima, hitung SHA-256 berkas PDF tersebut, "
                "tempelkan pada kolom \"SHA-256 salinan Anda\", lalu klik tombol periksa. Halaman "
                "menyatakan apakah salinan Anda sama dengan pengumuman yang diterbitkan atau "
                "berbeda."
            ),
        ),
        "en": (
            "Check an announcement",
            (
                "A public page to check a selection announcement issued by BKPSDM: the opening, "
                "when and by whom it was issued, and the SHA-256 fingerprint of the original.\n\n"
                "To check the copy you received, compute the SHA-256 of the PDF, paste it in "
                "\"SHA-256 of your copy\" and click \"Check\". The page says whether your copy is "
                "the announcement as issued or differs from it."
            ),
        ),
    },
}

NOT_SCREENS = {
    "announce": "action",
    "release": "action",
    "reset": "action",
    "add_time": "action",
    "exam_answer": "api",
    "exam_clock": "api",
    "exam_finish": "action",
    "exam_image": "download",
}
