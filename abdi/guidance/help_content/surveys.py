"""Help texts of the community satisfaction survey (SKM/IKM) screens, issue 8 item 5."""

SCREENS = {
    "overview": {
        "id": (
            "Indeks kepuasan masyarakat (IKM)",
            (
                "Hasil survei kepuasan masyarakat (SKM) untuk satu periode. Setiap unit pelayanan "
                "wajib menyurvei penggunanya paling sedikit sekali setahun dan mengumumkan IKM-nya "
                "(PermenPANRB 14/2017).\n\n- Pilih \"Periode\" lalu klik \"Tampilkan\".\n- Kotak "
                "atas: IKM gabungan (jawaban seluruh unit yang Anda lihat digabung), mutu "
                "pelayanan, dan jumlah responden.\n- Tabel: setiap unit pelayanan dengan perangkat "
                "daerah, IKM, mutu (A Sangat Baik mulai 88,31; B Baik mulai 76,61; C Kurang Baik "
                "mulai 65,00; D Tidak Baik), dan jumlah responden. Klik nama unit untuk melihat "
                "rinciannya.\n- \"Pengaturan\": bagi BKPSDM.\n\nBKPSDM dan pimpinan melihat semua "
                "unit; admin perangkat daerah melihat unit perangkat daerahnya; kepala unit "
                "melihat unitnya dan unit di bawahnya."
            ),
        ),
        "en": (
            "Community satisfaction index (IKM)",
            (
                "The results of the community satisfaction survey (SKM) for one period. Every "
                "service unit must survey its users at least once a year and publish its IKM "
                "(PermenPANRB 14/2017).\n\n- Choose the \"Period\" and click \"Show\".\n- Top box: "
                "the pooled IKM (the answers of all units you see together), service quality "
                "(mutu) and respondents.\n- Table: each service unit with agency, IKM, quality (A "
                "Sangat Baik from 88.31; B Baik from 76.61; C Kurang Baik from 65.00; D Tidak "
                "Baik) and respondents. Click a unit to see its details.\n- \"Settings\": for "
                "BKPSDM.\n\nBKPSDM and leaders see every unit; an agency admin his agency's units; "
                "a unit head his unit and those below it."
            ),
        ),
    },
    "unit": {
        "id": (
            "SKM satu unit pelayanan",
            (
                "Hasil SKM satu unit untuk periode terpilih: IKM dan mutu, jumlah responden "
                "dibanding sampel minimal, unsur terlemah, NRR dan IKM per unsur, jenis layanan, "
                "profil responden, tren 8 periode, saran responden, dan metode penghitungan.\n\n- "
                "Peringatan muncul bila responden masih di bawah sampel minimal (rumus "
                "Krejcie-Morgan) atau populasi N belum diisi; indeks belum representatif.\n- "
                "\"Populasi N\" dan \"Rencana tindak lanjut\": diisi BKPSDM, admin perangkat "
                "daerah, atau kepala unit; mulailah dari unsur terlemah. Klik \"Simpan\". Pimpinan "
                "hanya membaca.\n- \"Laporan (PDF)\": laporan resmi periode ini untuk diumumkan.\n"
                "- Tautan survei tanpa loket dapat dipasang di situs web unit atau surat.\n\nBila "
                "muncul pesan bahwa data periode telah diubah orang lain, muat ulang halaman lalu "
                "ulangi."
            ),
        ),
        "en": (
            "SKM of a service unit",
            (
                "One unit's SKM results for the chosen period: IKM and quality, respondents "
                "against the minimum sample, the weakest unsur, NRR and IKM per unsur, kinds of "
                "service, respondents' profile, an 8-period trend, respondents' suggestions and "
                "the method.\n\n- A warning shows while respondents are below the minimum sample "
                "(Krejcie-Morgan) or the population N is not entered; the index is not yet "
                "representative.\n- \"Population N\" and \"Follow-up plan\": entered by BKPSDM, "
                "the agency admin or the unit head; start with the weakest unsur. Click \"Save\". "
                "Leaders only read.\n- \"Report (PDF)\": the official report of this period, for "
                "publication.\n- The survey link without a counter can go on the unit's website or "
                "letters.\n\nIf you are told someone else changed this period, reload the page and "
                "try again."
            ),
        ),
    },
    "settings": {
        "id": (
            "Pengaturan survei",
            (
                "BKPSDM mengatur SKM pemerintah daerah ini, lalu klik \"Simpan\":\n- Periode "
                "survei: tahunan (minimal menurut peraturan), semester, atau triwulan.\n- Cara "
                "menghitung besar sampel: rumus Krejcie-Morgan atau baris tabel berikutnya yang "
                "lebih besar.\n- Usia minimal responden (10-25 tahun).\n- Urutan sembilan unsur "
                "(kunci dipisahkan koma; setiap unsur tepat sekali). Jawaban disimpan per unsur, "
                "sehingga mengubah urutan tidak mengubah data.\n- Apakah hasil diumumkan di "
                "halaman publik.\n- Bobot lama 0,111: hanya untuk mencocokkan lembar kerja lama; "
                "hasilnya dapat berbeda sekitar satu poin dari bobot 1/9 menurut peraturan."
            ),
        ),
        "en": (
            "Survey settings",
            (
                "BKPSDM sets up this government's SKM, then clicks \"Save\":\n- Survey period: "
                "yearly (the regulation's minimum), semester or quarter.\n- How the sample size is "
                "computed: the Krejcie-Morgan formula or the next larger table row.\n- Minimum age "
                "of respondents (10-25 years).\n- The order of the nine unsur (keys separated by "
                "commas; each exactly once). Answers are stored per unsur, so reordering changes "
                "no data.\n- Whether results are published on the public page.\n- Legacy weight "
                "0.111: only to match an old worksheet; results can differ by about one point from "
                "the regulation's 1/9."
            ),
        ),
    },
    "fill": {
        "id": (
            "Survei kepuasan masyarakat",
            (
                "Kuesioner bagi pengguna layanan, dibuka dari kode QR di loket. Tidak perlu akun "
                "atau nama.\n\nPilih layanan yang Anda terima, jawab kesembilan pertanyaan (satu "
                "jawaban per pertanyaan, empat pilihan), isi usia, jenis kelamin, pendidikan "
                "terakhir, dan pekerjaan, tulis saran bila ada, lalu klik \"Kirim\".\n\nIsian "
                "ditolak bila ada pertanyaan yang belum dijawab atau usia di bawah batas minimal "
                "responden. Satu ponsel hanya dapat mengisi survei satu kali sehari untuk loket "
                "yang sama."
            ),
        ),
        "en": (
            "Community satisfaction survey",
            (
                "The questionnaire for service users, opened from the QR code at a counter. No "
                "account or name needed.\n\nChoose the service you received, answer all nine "
                "questions (one of four options each), give your age, sex, last education and "
                "occupation, add a suggestion if you like, and click \"Send\".\n\nThe form is "
                "refused when a question is unanswered or the age is below the minimum. A phone "
                "can fill in the survey once a day per counter."
            ),
        ),
    },
    "thanks": {
        "id": (
            "Terima kasih",
            (
                "Jawaban Anda sudah diterima dan membantu unit pelayanan memperbaiki layanannya.\n"
                "\n\"Beri penilaian kepada petugas yang melayani Anda\" membuka penilaian layanan "
                "untuk petugas di loket tersebut."
            ),
        ),
        "en": (
            "Thank you",
            (
                "Your answers are received and help the service unit improve.\n\n\"Rate the "
                "officer who served you\" opens the service rating of the staff at that counter."
            ),
        ),
    },
    "fill_unit": {
        "id": (
            "Survei kepuasan masyarakat",
            (
                "Kuesioner yang sama untuk unit pelayanan tanpa loket, misalnya dari tautan di "
                "situs web unit atau surat. Tidak perlu akun atau nama.\n\nPilih layanan, jawab "
                "kesembilan pertanyaan, isi usia, jenis kelamin, pendidikan terakhir, dan "
                "pekerjaan, lalu klik \"Kirim\". Isian ditolak bila ada pertanyaan yang belum "
                "dijawab atau usia di bawah batas minimal."
            ),
        ),
        "en": (
            "Community satisfaction survey",
            (
                "The same questionnaire for a service unit without a counter, e.g. from a link on "
                "the unit's website or in a letter. No account or name needed.\n\nChoose the "
                "service, answer all nine questions, give your age, sex, last education and "
                "occupation, and click \"Send\". The form is refused when a question is unanswered "
                "or the age is below the minimum."
            ),
        ),
    },
    "thanks_unit": {
        "id": (
            "Terima kasih",
            (
                "Jawaban survei Anda sudah diterima dan membantu unit pelayanan memperbaiki "
                "layanannya.\n\nSurvei ini tidak meminta nama Anda, dan hasilnya hanya diumumkan "
                "sebagai indeks kepuasan masyarakat (IKM) unit tersebut."
            ),
        ),
        "en": (
            "Thank you",
            (
                "Your survey answers are received and help the service unit improve.\n\nThe survey "
                "asks no name, and the results are published only as the unit's satisfaction index "
                "(IKM)."
            ),
        ),
    },
    "public_results": {
        "id": (
            "Indeks kepuasan masyarakat",
            (
                "Halaman publik hasil survei kepuasan masyarakat pemerintah daerah ini, sesuai "
                "kewajiban mengumumkan IKM (PermenPANRB 14/2017). Pilih \"Periode\" lalu klik "
                "\"Tampilkan\".\n\nTabel menampilkan IKM, mutu pelayanan (A Sangat Baik, B Baik, C "
                "Kurang Baik, D Tidak Baik), dan jumlah responden setiap unit. Di bawahnya ada "
                "tren indeks pemerintah daerah dan penjelasan metode penghitungan."
            ),
        ),
        "en": (
            "Community satisfaction index",
            (
                "The public page of this government's community satisfaction results, as the duty "
                "to publish the IKM requires (PermenPANRB 14/2017). Choose the \"Period\" and "
                "click \"Show\".\n\nThe table shows each unit's IKM, quality (A Sangat Baik, B "
                "Baik, C Kurang Baik, D Tidak Baik) and respondents. Below are the trend of the "
                "government's index and the method."
            ),
        ),
    },
}

NOT_SCREENS = {
    "unit_record": "action",
    "unit_report": "download",
}
