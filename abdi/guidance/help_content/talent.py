"""Help texts of the talent management and career screens, issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Nine-box (peta talenta)",
            (
                "Peta talenta sembilan kotak untuk satu tahun: potensi (vertikal: rendah, "
                "menengah, tinggi) terhadap kinerja (horizontal: di bawah, sesuai, di atas "
                "ekspektasi). Setiap kotak menampilkan jumlah pegawai; klik angkanya untuk melihat "
                "siapa saja. Kotak 7 sampai 9 adalah kelompok suksesi.\n\nHalaman ini untuk BKPSDM "
                "dan pimpinan (seluruh pemerintah daerah) serta admin perangkat daerah (perangkat "
                "daerahnya saja). Pegawai lain diarahkan ke \"Kotak saya\". Atasan langsung tidak "
                "melihat kotak bawahannya, karena data ini rahasia dan atasan menilai kinerja yang "
                "menjadi salah satu sumbu kotak (PermenPANRB 3/2020).\n\n- Saring menurut "
                "\"Tahun\" dan \"Perangkat daerah\", lalu klik \"Saring\".\n- \"Batas\" (BKPSDM): "
                "mengatur batas nilai potensi dan mode kinerja.\n- \"Talent pool\" dan \"Rencana "
                "suksesi\": untuk BKPSDM dan pimpinan.\n- \"Hitung ulang nine-box\" (BKPSDM): "
                "menghitung ulang penempatan satu tahun dari predikat kinerja tahunan final dan "
                "nilai potensi hasil penilaian kompetensi. Pesan hasilnya menyebut berapa pegawai "
                "yang belum memiliki predikat final atau nilai potensi."
            ),
        ),
        "en": (
            "Nine-box (talent map)",
            (
                "The nine-box talent map of one year: potential (vertical: low, middle, high) "
                "against performance (horizontal: below, meets, above expectation). Each box shows "
                "how many employees are in it; click the number to see who. Boxes 7 to 9 form the "
                "succession group.\n\nFor BKPSDM and leaders (the whole government) and agency "
                "admins (their agency only). Other employees are sent to \"My box\". The atasan "
                "does not see his staff's boxes: the data is confidential and he rates the "
                "performance that is one axis of the box (PermenPANRB 3/2020).\n\n- Filter by "
                "\"Year\" and \"Agency\" and click \"Filter\".\n- \"Cut-offs\" (BKPSDM): the "
                "potential cut-offs and the performance mode.\n- \"Talent pools\" and \"Succession "
                "plans\": for BKPSDM and leaders.\n- \"Recompute the nine-box\" (BKPSDM): "
                "recomputes a year's placements from the final annual predikat and the potential "
                "scores of the competency assessment. The message says how many employees lack a "
                "final predikat or a potential score."
            ),
        ),
    },
    "box": {
        "id": (
            "Isi satu kotak",
            (
                "Daftar pegawai dalam satu kotak talenta pada tahun terpilih: nama dan NIP, "
                "jabatan, perangkat daerah, nilai potensi, dan predikat kinerja. Di atasnya "
                "tercantum tingkat potensi dan kinerja kotak itu, kelompok suksesinya (kotak 7-9: "
                "instansi; kotak 9: juga nasional), dan tindakan pengembangan yang disarankan "
                "untuk kotak tersebut.\n\nHanya untuk BKPSDM, pimpinan, dan admin perangkat daerah "
                "(pegawai perangkat daerahnya). \"Kembali ke kotak\" kembali ke peta nine-box."
            ),
        ),
        "en": (
            "One box",
            (
                "The employees in one talent box for the chosen year: name and NIP, position, "
                "agency, potential score and performance predikat. Above the list: the box's "
                "potential and performance levels, its succession group (boxes 7-9: instansi; box "
                "9: also national) and the development actions recommended for the box.\n\nFor "
                "BKPSDM, leaders and agency admins (their agency's employees) only. \"Back to the "
                "grid\" returns to the nine-box."
            ),
        ),
    },
    "mine": {
        "id": (
            "Kotak talenta saya",
            (
                "Setiap pegawai melihat kotak talentanya sendiri: nomor kotak dan tahunnya, "
                "tingkat dan nilai potensi, tingkat kinerja dan predikatnya, apakah termasuk "
                "kelompok suksesi instansi, serta tindakan pengembangan yang disarankan.\n\nBila "
                "tertulis kotak Anda belum pernah dihitung, BKPSDM belum menghitung nine-box tahun "
                "itu atau Anda belum memiliki predikat kinerja tahunan final atau nilai potensi. "
                "Tanyakan kepada BKPSDM."
            ),
        ),
        "en": (
            "My talent box",
            (
                "Every employee sees his own talent box: box number and year, potential level and "
                "score, performance level and predikat, whether he is in the instansi's succession "
                "group, and the recommended development actions.\n\nIf no box has been computed "
                "for you, BKPSDM has not computed that year's nine-box yet, or you lack a final "
                "annual predikat or a potential score. Ask BKPSDM."
            ),
        ),
    },
    "settings": {
        "id": (
            "Batas nine-box",
            (
                "BKPSDM mengatur batas nilai potensi (bawaan: rendah di bawah 60, menengah mulai "
                "60, tinggi mulai 80), mode kinerja, dan masa berlaku hasil penilaian kompetensi "
                "(tahun). Klik \"Simpan\".\n\n- Mode \"Predikat\": Sangat Baik = di atas "
                "ekspektasi, Baik = sesuai, selebihnya di bawah.\n- Mode \"Skor\": predikat diubah "
                "menjadi 100/80/60/40/20 dan diukur dengan batas yang sama.\n\nPerubahan berlaku "
                "pada penghitungan ulang berikutnya; penempatan lama tetap memakai batas yang "
                "dipakai saat itu. Ditolak bila batas menengah tidak di bawah batas tinggi, atau "
                "pengaturan telah diubah orang lain (muat ulang lalu ulangi)."
            ),
        ),
        "en": (
            "Nine-box cut-offs",
            (
                "BKPSDM sets the potential cut-offs (default: low below 60, middle from 60, high "
                "from 80), the performance mode and how many years a competency assessment stays "
                "valid. Click \"Save\".\n\n- \"Predikat\" mode: Sangat Baik = above expectation, "
                "Baik = meets, the rest below.\n- \"Score\" mode: the predikat as 100/80/60/40/20, "
                "measured against the same cut-offs.\n\nA change applies at the next "
                "recomputation; past placements keep the cut-offs they used. Refused when the "
                "middle cut-off is not below the high one, or someone else changed the settings "
                "(reload and try again)."
            ),
        ),
    },
    "pools": {
        "id": (
            "Talent pool",
            (
                "Kelompok rencana suksesi per jenjang jabatan berikutnya (JPT, Administrator, "
                "Pengawas) untuk satu tahun, untuk BKPSDM dan pimpinan. Pilih \"Jenjang\" dan "
                "\"Kelompok\" (instansi: kotak 7 sampai 9; nasional: kotak 9), lalu klik "
                "\"Tampilkan\".\n\nDaftar menampilkan nama dan NIP, perangkat daerah, kotak, nilai "
                "potensi, dan predikat setiap pegawai dalam kelompok itu."
            ),
        ),
        "en": (
            "Talent pools",
            (
                "The succession pools per level of the next post (JPT, Administrator, Pengawas) "
                "for one year, for BKPSDM and leaders. Choose the \"Level\" and the \"Group\" "
                "(instansi: boxes 7 to 9; national: box 9) and click \"Show\".\n\nThe list shows "
                "each member's name and NIP, agency, box, potential score and predikat."
            ),
        ),
    },
    "plans": {
        "id": (
            "Rencana suksesi",
            (
                "Daftar jabatan kunci yang memiliki rencana suksesi, dengan unit kerja, tahun "
                "talenta, dan jumlah calon. Klik nama jabatan untuk membuka rencananya. Halaman "
                "ini untuk BKPSDM dan pimpinan.\n\nBKPSDM menyusun rencana baru: pilih jabatan di "
                "\"Tandai jabatan kunci\", isi \"Tahun talenta\", lalu klik \"Susun rencana "
                "suksesi\". Hanya jabatan JPT, Administrator, dan Pengawas yang dapat memiliki "
                "rencana suksesi."
            ),
        ),
        "en": (
            "Succession plans",
            (
                "The key posts with a succession plan, their unit, talent year and number of "
                "candidates. Click a post to open its plan. For BKPSDM and leaders.\n\nBKPSDM "
                "prepares a new plan: choose the post under \"Mark a key post\", enter the "
                "\"Talent year\" and click \"Prepare the succession plan\". Only JPT, "
                "Administrator and Pengawas posts can have a succession plan."
            ),
        ),
    },
    "plan": {
        "id": (
            "Rencana suksesi satu jabatan",
            (
                "Calon pengganti untuk satu jabatan kunci. Calon diambil dari kotak 7 sampai 9 "
                "yang hasil penilaian kompetensinya masih berlaku dan tidak sedang menjalani "
                "hukuman disiplin, lalu diurutkan menurut potensi, kemudian kinerja, kemudian "
                "pelatihan kepemimpinan yang disyaratkan jabatan. Calon di kotak 9 ditandai \"siap "
                "dipromosikan\"; kolom bukti dukung menjelaskan dasar urutannya.\n\n- \"PDF untuk "
                "komite\": mencetak rencana untuk tim penilai kinerja/Baperjakat.\n- \"Pindahkan\" "
                "(BKPSDM): isi urutan baru dan alasannya; alasan wajib diisi dan tercatat.\n\nBila "
                "muncul pesan bahwa rencana telah diubah orang lain, muat ulang halaman lalu "
                "ulangi."
            ),
        ),
        "en": (
            "Succession plan of a post",
            (
                "The candidates to succeed one key post. They come from boxes 7 to 9 with a valid "
                "competency assessment and no active disciplinary penalty, ordered by potential, "
                "then performance, then the leadership training the post requires. Candidates in "
                "box 9 are marked \"ready for promotion\"; the evidence column explains the "
                "order.\n\n- \"PDF for the committee\": print the plan for the promotion committee "
                "(Baperjakat).\n- \"Move\" (BKPSDM): enter the new rank and the reason; the reason "
                "is required and recorded.\n\nIf you are told someone changed the plan in the "
                "meantime, reload the page and try again."
            ),
        ),
    },
    "studies": {
        "id": (
            "Usulan studi",
            (
                "Halaman tugas belajar dan izin belajar.\n\n- \"Usulan saya\": permohonan Anda "
                "dengan statusnya (menunggu atasan, menunggu BKPSDM, disetujui, ditolak).\n- "
                "\"Ajukan permohonan studi\": pilih jenis (tugas belajar atau izin belajar), isi "
                "lembaga, program, jenjang, tanggal mulai dan selesai, serta pembiayaan, lalu klik "
                "\"Ajukan permohonan\".\n- \"Menunggu keputusan Anda\": bagi atasan langsung "
                "(termasuk Plt/Plh) dan BKPSDM, permohonan yang menunggu keputusan; klik nama "
                "pegawai untuk memutuskannya.\n\nPermohonan ditolak bila tanggal selesai tidak "
                "sesudah tanggal mulai, masa studi lebih dari tujuh tahun, atau ada kolom wajib "
                "yang kosong."
            ),
        ),
        "en": (
            "Study requests",
            (
                "The page of study assignments (tugas belajar) and study permits (izin belajar).\n"
                "\n- \"My requests\": your requests and their status (awaiting the supervisor, "
                "awaiting HR, approved, rejected).\n- \"File a study request\": choose the kind, "
                "enter the institution, programme, level, start and end dates and funding, then "
                "click \"File the request\".\n- \"Waiting for your decision\": for the direct "
                "atasan (incl. Plt/Plh) and BKPSDM, the requests waiting for them; click an "
                "employee's name to decide.\n\nA request is refused when the end is not after the "
                "start, the study lasts more than seven years, or a required field is empty."
            ),
        ),
    },
    "study": {
        "id": (
            "Permohonan studi",
            (
                "Rincian satu permohonan tugas belajar atau izin belajar: pegawai, lembaga, "
                "program, periode, pembiayaan, status, serta catatan atasan dan BKPSDM.\n\n"
                "Keputusan dilakukan dalam dua tahap:\n- Atasan langsung pegawai saat ini "
                "(termasuk Plt/Plh) memilih \"Rekomendasikan\" atau \"Tolak\", dengan catatan bila "
                "perlu.\n- Setelah direkomendasikan atasan, BKPSDM memilih \"Setujui\" atau "
                "\"Tolak\". BKPSDM tidak memutuskan permohonannya sendiri.\n\nBila muncul pesan "
                "bahwa permohonan telah diputuskan orang lain, muat ulang halaman."
            ),
        ),
        "en": (
            "Study request",
            (
                "One study assignment or permit request: employee, institution, programme, period, "
                "funding, status, and the notes of the atasan and BKPSDM.\n\nThe decision has two "
                "steps:\n- The employee's current direct atasan (incl. Plt/Plh) chooses "
                "\"Endorse\" or \"Reject\", with a note if needed.\n- Once endorsed, BKPSDM "
                "chooses \"Approve\" or \"Reject\". BKPSDM never decides its own request.\n\nIf "
                "you are told someone decided the request in the meantime, reload the page."
            ),
        ),
    },
    "trainings": {
        "id": (
            "Pelatihan kepemimpinan",
            (
                "Catatan pelatihan kepemimpinan yang menjadi syarat jabatan: PKP untuk Pengawas, "
                "PKA untuk Administrator, dan PKN untuk JPT. Pegawai melihat catatannya sendiri; "
                "BKPSDM melihat semua.\n\n- \"Catat pelatihan\": pilih pelatihan, isi tahun dan "
                "nomor sertifikat, lalu \"Simpan\". BKPSDM dapat mengisi NIP untuk mencatat "
                "pelatihan pegawai lain.\n- Catatan yang diisi pegawai baru dihitung setelah "
                "BKPSDM menekan \"Verifikasi\"; catatan yang diisi BKPSDM langsung terverifikasi.\n"
                "\nBila NIP tidak ditemukan, periksa kembali 18 digit NIP pegawai tersebut."
            ),
        ),
        "en": (
            "Leadership trainings",
            (
                "The leadership trainings that posts require: PKP for Pengawas, PKA for "
                "Administrator and PKN for JPT. An employee sees his own entries; BKPSDM sees "
                "all.\n\n- \"Record a training\": choose the training, enter the year and "
                "certificate number, then \"Save\". BKPSDM may enter a NIP to record another "
                "employee's training.\n- An employee's own entry counts once BKPSDM presses "
                "\"Verify\"; entries by BKPSDM are verified at once.\n\nIf the NIP is not found, "
                "check the employee's 18-digit NIP."
            ),
        ),
    },
    "career": {
        "id": (
            "Jalur karier",
            (
                "Pegawai melihat jabatan satu jenjang di atas jabatannya di perangkat daerahnya, "
                "dan untuk setiap jabatan apa yang masih belum dipenuhi (misalnya pelatihan "
                "kepemimpinan yang disyaratkan atau kotak talenta). \"Tidak ada: memenuhi syarat\" "
                "berarti Anda sudah memenuhi syarat yang diperiksa sistem.\n\nBagian atas "
                "menampilkan jabatan Anda, kotak talenta Anda, dan pelatihan kepemimpinan yang "
                "sudah Anda miliki. Untuk melengkapi pelatihan kepemimpinan, catat di halaman "
                "\"Pelatihan kepemimpinan\"."
            ),
        ),
        "en": (
            "Career path",
            (
                "The employee sees the posts one level above his own in his agency and, for each, "
                "what he still lacks (e.g. the required leadership training or the talent box). "
                "\"Nothing: eligible\" means you meet what the system checks.\n\nThe top shows "
                "your position, your talent box and the leadership trainings you hold. To add a "
                "leadership training, record it on \"Leadership trainings\"."
            ),
        ),
    },
}

NOT_SCREENS = {
    "compute": "action",
    "create_plan": "action",
    "move": "action",
    "plan_pdf": "download",
    "decide_study": "action",
}
