"""Help texts of the citizens' service rating screens (penilaian layanan), issue 8 item 5."""

SCREENS = {
    "counter": {
        "id": (
            "Beri penilaian layanan (loket)",
            (
                "Halaman yang terbuka dari kode QR di loket. Warga memilih petugas yang "
                "melayaninya dari daftar petugas loket (nama dan jabatan), lalu memilih nilai 1 "
                "sampai 5, menulis komentar bila ada (paling banyak 1.000 karakter), dan klik "
                "\"Kirim penilaian\". Tidak perlu akun.\n\nPenilaian Anda anonim: petugas hanya "
                "melihat jumlah, rata-rata, dan komentar, tidak pernah siapa yang menulisnya. Satu "
                "ponsel hanya dapat menilai sekali sehari di loket yang sama; terlalu banyak "
                "penilaian dari satu perangkat atau jaringan juga ditolak sementara."
            ),
        ),
        "en": (
            "Rate the service (counter)",
            (
                "The page the counter's QR code opens. The citizen picks the officer who served "
                "him from the counter's staff (name and position), chooses a score from 1 to 5, "
                "adds a comment if he likes (at most 1,000 characters) and clicks \"Send rating\". "
                "No account needed.\n\nYour rating is anonymous: the officer sees only counts, the "
                "average and comments, never who wrote them. One phone rates once a day per "
                "counter; too many ratings from one device or network are refused for a while."
            ),
        ),
    },
    "enter_code": {
        "id": (
            "Masukkan kode penilaian",
            (
                "Warga mengetikkan kode yang ditunjukkan petugas (misalnya ABCD-2345; huruf "
                "besar/kecil dan tanda hubung diabaikan), lalu klik \"Lanjutkan\" untuk membuka "
                "formulir penilaian petugas tersebut.\n\nBila kode tidak dikenal, periksa kembali "
                "penulisannya atau minta kode baru kepada petugas. Kode hanya berlaku sekali dan "
                "selama 12 jam."
            ),
        ),
        "en": (
            "Enter a rating code",
            (
                "The citizen types the code the officer showed (e.g. ABCD-2345; case and dashes "
                "are ignored) and clicks \"Continue\" to open the rating form for that officer.\n\n"
                "If the code is unknown, check it or ask the officer for a new one. A code works "
                "once and for 12 hours."
            ),
        ),
    },
    "rate": {
        "id": (
            "Beri penilaian layanan",
            (
                "Formulir penilaian dari tautan sekali pakai: kode kunjungan dari petugas, atau "
                "tautan setelah pengaduan Anda selesai ditangani. Halaman menampilkan petugas yang "
                "melayani Anda; pilih nilai 1 sampai 5, tulis komentar bila ada, lalu klik \"Kirim "
                "penilaian\".\n\nTautan yang sudah dipakai tidak dapat dipakai lagi, dan tautan "
                "yang kedaluwarsa (kode kunjungan 12 jam, tautan pengaduan 30 hari) ditolak."
            ),
        ),
        "en": (
            "Rate the service",
            (
                "The rating form behind a one-time link: a visit code from the officer, or the "
                "link you got when your complaint was closed. The page names the officer who "
                "served you; choose a score from 1 to 5, add a comment if you like, and click "
                "\"Send rating\".\n\nA used link cannot be used again, and an expired one (visit "
                "code 12 hours, complaint link 30 days) is refused."
            ),
        ),
    },
    "done": {
        "id": (
            "Terima kasih",
            (
                "Penilaian Anda sudah tercatat dan membantu kantor memberikan pelayanan yang lebih "
                "baik.\n\nPenilaian bersifat anonim dan hanya dapat diberikan sekali untuk setiap "
                "layanan. Untuk menyampaikan keluhan yang perlu ditindaklanjuti, gunakan layanan "
                "pengaduan pemerintah daerah."
            ),
        ),
        "en": (
            "Thank you",
            (
                "Your rating is recorded and helps the office serve better.\n\nRatings are "
                "anonymous and given once per service. For a complaint that needs follow-up, use "
                "the government's complaint service."
            ),
        ),
    },
    "mine": {
        "id": (
            "Penilaian warga atas pelayanan saya",
            (
                "Pegawai melihat penilaian warga atas pelayanannya: jumlah, rata-rata, sebaran "
                "nilai (tabel dan grafik), dan komentar untuk periode terpilih (tahun, triwulan, "
                "atau bulan).\n\nHasil baru ditampilkan bila jumlah penilaian mencapai batas "
                "minimal yang ditetapkan BKPSDM (bawaan 5); sebelum itu tertulis penilaian belum "
                "cukup. Komentar ditampilkan tanpa keterangan penulisnya. Penilaian ini menjadi "
                "masukan bagi nilai BerAKHLAK \"Berorientasi Pelayanan\" dalam penilaian kinerja.\n"
                "\n- \"Berikan kode penilaian kepada warga\": muncul bila Anda terdaftar sebagai "
                "petugas loket.\n- \"Tim saya\": bagi atasan dan BKPSDM."
            ),
        ),
        "en": (
            "Citizens' ratings of my service",
            (
                "The employee sees the citizens' ratings of his service: count, average, "
                "distribution of scores (table and chart) and comments for the chosen period "
                "(year, quarter or month).\n\nResults show only once the count reaches the minimum "
                "BKPSDM set (5 by default); until then the page says there are not enough ratings "
                "yet. Comments carry nothing about who wrote them. The ratings feed the BerAKHLAK "
                "value \"Berorientasi Pelayanan\" in the performance appraisal.\n\n- \"Give a "
                "citizen a rating code\": shown when you are listed as staff of a counter.\n- \"My "
                "team\": for an atasan and BKPSDM."
            ),
        ),
    },
    "team": {
        "id": (
            "Penilaian warga atas tim saya",
            (
                "Bagi atasan (bawahan langsung hari ini) dan BKPSDM (semua pegawai yang dinilai "
                "dalam periode itu): daftar pegawai dengan jabatan, jumlah penilaian, dan "
                "rata-ratanya. Pilih periode lalu tampilkan; klik nama untuk melihat rinciannya.\n"
                "\nPegawai dengan penilaian di bawah batas minimal ditandai \"Penilaian belum "
                "cukup\" tanpa angka."
            ),
        ),
        "en": (
            "Citizens' ratings of my team",
            (
                "For an atasan (today's direct staff) and BKPSDM (every employee rated in the "
                "period): the employees with position, number of ratings and average. Choose the "
                "period and show it; click a name for the details.\n\nEmployees below the minimum "
                "are marked \"Not enough ratings yet\", without figures."
            ),
        ),
    },
    "employee": {
        "id": (
            "Penilaian warga atas seorang pegawai",
            (
                "Rincian penilaian warga atas satu pegawai untuk periode terpilih: jumlah, "
                "rata-rata, sebaran nilai, dan komentar. Dapat dibuka oleh pegawai itu, atasannya "
                "hari ini (termasuk Plt/Plh), dan BKPSDM; pimpinan dan admin perangkat daerah "
                "tidak dapat membukanya.\n\nBKPSDM dapat menyembunyikan komentar yang kasar: buka "
                "\"Sembunyikan komentar ini\", tulis alasan (5-300 karakter), lalu klik "
                "\"Sembunyikan\". Nilainya tetap dihitung; teksnya hanya dilihat BKPSDM. BKPSDM "
                "tidak dapat memoderasi penilaian atas dirinya sendiri. Bila komentar telah diubah "
                "orang lain, muat ulang halaman."
            ),
        ),
        "en": (
            "Citizens' ratings of an employee",
            (
                "One employee's ratings for the chosen period: count, average, distribution and "
                "comments. Open to the employee, his atasan of today (incl. Plt/Plh) and BKPSDM; "
                "leaders and agency admins cannot open it.\n\nBKPSDM may hide an abusive comment: "
                "open \"Hide this comment\", give a reason (5-300 characters) and click \"Hide\". "
                "Its score still counts; its text is seen only by BKPSDM. BKPSDM never moderates "
                "ratings of itself. If the comment was changed by someone else, reload the page."
            ),
        ),
    },
    "issue_code": {
        "id": (
            "Kode penilaian untuk warga",
            (
                "Petugas loket menerbitkan kode sekali pakai untuk warga yang baru dilayaninya: "
                "pilih loket lalu klik \"Terbitkan kode\". Warga memindai kode QR atau mengetikkan "
                "kode di alamat yang tertera; kode berlaku sekali sampai jam yang ditampilkan (12 "
                "jam).\n\n\"Warga berikutnya: kode baru\" menerbitkan kode untuk warga berikutnya. "
                "Hanya pegawai yang terdaftar sebagai petugas suatu loket yang dapat menerbitkan "
                "kode di loket itu."
            ),
        ),
        "en": (
            "Rating code for a citizen",
            (
                "A counter officer issues a one-time code for the citizen he has just served: "
                "choose the counter and click \"Issue a code\". The citizen scans the QR code or "
                "types the code at the address shown; it works once until the time shown (12 "
                "hours).\n\n\"Next citizen: new code\" issues a code for the next citizen. Only an "
                "employee listed as staff of a counter can issue codes there."
            ),
        ),
    },
    "settings": {
        "id": (
            "Pengaturan penilaian warga",
            (
                "BKPSDM menetapkan jumlah penilaian minimal sebelum hasil ditampilkan (1-100, "
                "bawaan 5), lalu klik \"Simpan\". Di bawah batas itu tidak ada jumlah, rata-rata, "
                "sebaran, atau komentar yang ditampilkan, agar warga yang menilai tidak dapat "
                "dikenali.\n\nPerubahan langsung diterapkan pada masukan penilaian kinerja tahun "
                "berjalan. Bila pengaturan telah diubah orang lain, muat ulang halaman lalu ulangi."
            ),
        ),
        "en": (
            "Settings of citizens' ratings",
            (
                "BKPSDM sets the minimum number of ratings before results are shown (1-100, 5 by "
                "default) and clicks \"Save\". Below it no count, average, distribution or comment "
                "is shown, so that the citizens who rated cannot be recognised.\n\nThe change is "
                "applied at once to this year's appraisal input. If someone else changed the "
                "setting, reload the page and try again."
            ),
        ),
    },
}

NOT_SCREENS = {
    "hide": "action",
}
