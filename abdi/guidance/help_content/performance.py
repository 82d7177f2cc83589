"""Help content of the performance namespace (SKP, activities, appraisal; PermenPANRB 6/2022)."""

_EDIT_FORM_ID = (
    "Jika halaman ini menolak perubahan, pesannya menyebut alasannya: SKP sudah diajukan atau "
    "disetujui (ubah melalui perubahan/amendemen), Anda bukan pemilik SKP, atau orang lain "
    "mengubahnya pada saat yang sama (muat ulang lalu ulangi)."
)
_EDIT_FORM_EN = (
    "If the change is refused, the message says why: the SKP is already submitted or approved "
    "(change it through an amendment), you are not the SKP's owner, or someone else changed it "
    "at the same time (reload and try again)."
)

SCREENS = {
    "home": {
        "id": (
            "SKP saya",
            "Titik awal manajemen kinerja sesuai PermenPANRB 6/2022: perencanaan (SKP), "
            "pelaksanaan dan pelaporan (aktivitas harian), umpan balik, penilaian, dan tindak "
            "lanjut.\n\n"
            "- Tabel \"SKP saya\" memuat SKP Anda per tahun dengan status dan revisinya; klik "
            "untuk membuka.\n"
            "- \"Buat SKP\" membuat SKP tahun berjalan (pilih pendekatan kuantitatif atau "
            "kualitatif). Satu pegawai satu SKP per tahun.\n"
            "- Tombol di atas menuju Aktivitas harian, Validasi aktivitas dan SKP bawahan (atasan), "
            "Penilaian, Distribusi predikat, Dasbor, Templat SKP, Notifikasi, serta Hitung "
            "periode dan Pengaturan (admin BKPSDM).\n\n"
            "Atasan melihat jumlah SKP bawahan yang menunggu persetujuan. Jika akun Anda belum "
            "tertaut ke data pegawai, Anda tidak memiliki SKP; hubungi admin kepegawaian.",
        ),
        "en": (
            "My SKP",
            "The starting point of performance management under PermenPANRB 6/2022: planning "
            "(SKP), work and reporting (daily activities), feedback, appraisal and follow-up.\n\n"
            "- \"My SKPs\" lists your plans per year with status and revision; click one to "
            "open it.\n"
            "- \"Make the SKP\" creates this year's plan (quantitative or qualitative approach). "
            "One plan per employee per year.\n"
            "- The buttons at the top lead to Daily activities, Validate activities and SKP of my "
            "subordinates (supervisors), Appraisal, Predikat distribution, Dashboard, SKP "
            "templates, Notifications, and Compute a period and Settings (BKPSDM "
            "administrators).\n\n"
            "Supervisors see how many subordinates' plans wait for approval. If your account is "
            "not linked to an employee record you have no SKP; ask the HR administrator.",
        ),
    },
    "skp_detail": {
        "id": (
            "Rincian SKP",
            "SKP satu pegawai untuk satu tahun: pejabat penilai, jenis (JPT atau non-JPT), "
            "rencana hasil kerja (RHK) utama dan tambahan dengan indikator, target, dan "
            "realisasinya, perilaku kerja BerAKHLAK dengan ekspektasi khusus pimpinan, lampiran, "
            "dan riwayat.\n\n"
            "Pegawai (selama draf atau dikembalikan):\n"
            "- \"Tambah rencana hasil kerja\": RHK utama non-JPT wajib mendukung tepat satu hasil "
            "kerja atasan (intervensi) sebelum dapat diajukan.\n"
            "- \"Tambah indikator\": aspek, indikator, target dan satuannya, serta jenisnya "
            "(output dihitung dari aktivitas yang divalidasi; outcome dilaporkan dengan bukti "
            "melalui \"Laporkan realisasi\" setelah SKP disetujui).\n"
            "- \"Ubah lampiran\", lalu \"Ajukan ke atasan\". Daftar kekurangan tampil bila SKP "
            "belum dapat diajukan.\n\n"
            "Atasan: \"Tetapkan ekspektasi\", \"Setujui\", \"Kembalikan dengan catatan\", dan "
            "\"Beri umpan balik\" pada hasil kerja atau perilaku. SKP yang disetujui terkunci; "
            "perubahannya melalui \"Ubah SKP yang disetujui\" dengan alasan, yang membuat revisi "
            "baru dan perlu disetujui lagi.\n\n"
            "Di bagian bawah: unduh SKP (PDF) setelah disetujui, Penilaian dan dialog kinerja, "
            "Peta cascading, dan Simpan sebagai templat jabatan. Tidak ada yang dapat menyetujui "
            "SKP-nya sendiri.",
        ),
        "en": (
            "SKP",
            "One employee's plan for one year: the pejabat penilai, the kind (JPT or non-JPT), "
            "the main and additional planned results (RHK) with their indicators, targets and "
            "realisation, the BerAKHLAK work behaviour with the leader's specific expectations, "
            "the lampiran and the history.\n\n"
            "The employee (while draft or returned):\n"
            "- \"Add a planned result\": a non-JPT main result must support exactly one result "
            "of the atasan's SKP (intervensi) before the plan can be submitted.\n"
            "- \"Add an indicator\": aspek, indicator, target and its unit, and its kind (output "
            "is counted from validated activities; outcome is reported with evidence through "
            "\"Report the realisation\" once the SKP is approved).\n"
            "- \"Edit the lampiran\", then \"Submit to the atasan\". A list of what is missing "
            "shows while the plan cannot be submitted.\n\n"
            "The atasan: \"Set the expectations\", \"Approve\", \"Return with a note\" and \"Give "
            "feedback\" on a result or a behaviour. An approved SKP is frozen; it is changed "
            "through \"Amend the approved SKP\" with a reason, which makes a new revision that "
            "needs approval again.\n\n"
            "At the bottom: download the SKP (PDF) once approved, Appraisal and dialog kinerja, "
            "Cascading map, and Save as a template for the jabatan. Nobody approves their own "
            "SKP.",
        ),
    },
    "result_edit": {
        "id": (
            "Ubah rencana hasil kerja",
            "Mengubah teks rencana hasil kerja (RHK), kategorinya (utama atau tambahan), hasil "
            "kerja atasan yang didukungnya (intervensi), dan untuk JPT perspektifnya. Tekan "
            "\"Simpan\" atau \"Batal\" untuk kembali ke SKP.\n\n" + _EDIT_FORM_ID,
        ),
        "en": (
            "Edit the planned result",
            "Changes the planned result's text, its category (main or additional), the atasan's "
            "result it supports (intervensi) and, for JPT, its perspektif. Press \"Save\", or "
            "\"Cancel\" to go back to the SKP.\n\n" + _EDIT_FORM_EN,
        ),
    },
    "indicator_edit": {
        "id": (
            "Ubah indikator",
            "Mengubah jenis indikator (output atau outcome), aspek, teks indikator, target, dan "
            "satuan target. Tekan \"Simpan\" atau \"Batal\" untuk kembali ke SKP.\n\n"
            + _EDIT_FORM_ID,
        ),
        "en": (
            "Edit the indicator",
            "Changes the indicator's kind (output or outcome), aspek, text, target and unit of "
            "the target. Press \"Save\", or \"Cancel\" to go back to the SKP.\n\n" + _EDIT_FORM_EN,
        ),
    },
    "cascade": {
        "id": (
            "Peta cascading",
            "Setiap hasil kerja SKP ini beserta hasil kerja SKP bawahan yang mendukungnya "
            "(intervensi), sampai tiga tingkat ke bawah. Gunakan untuk memeriksa apakah target "
            "atasan sudah diturunkan ke bawahan. Hanya SKP yang boleh Anda lihat yang "
            "ditampilkan.",
        ),
        "en": (
            "Cascading map",
            "Each result of this SKP with the results of subordinates' SKPs that support it "
            "(intervensi), down to three levels. Use it to check that the atasan's targets are "
            "passed down. Only plans you may see are shown.",
        ),
    },
    "subordinates": {
        "id": (
            "SKP bawahan",
            "Atasan (kepala unit, termasuk Plt/Plh) melihat bawahan langsungnya hari ini beserta "
            "status SKP mereka pada tahun yang dipilih: draf, diajukan, disetujui, dikembalikan, "
            "atau belum dibuat. Klik SKP untuk membukanya lalu menyetujui atau mengembalikannya. "
            "Tombol tahun di atas berpindah ke tahun sebelumnya atau berikutnya.\n\n"
            "Jika daftar kosong, Anda tidak memimpin unit hari ini, sehingga tidak ada SKP yang "
            "sampai kepada Anda.",
        ),
        "en": (
            "SKP of my subordinates",
            "A supervisor (the head of a unit, also as Plt/Plh) sees their direct subordinates "
            "of today and the status of their SKP in the chosen year: draft, submitted, "
            "approved, returned or not made yet. Click a plan to open it and approve or return "
            "it. The year buttons move to the year before or after.\n\n"
            "If the list is empty, you lead no unit today, so no plan comes to you.",
        ),
    },
    "templates": {
        "id": (
            "Templat SKP per jabatan",
            "Templat memuat rencana hasil kerja dan indikator suatu jabatan. Dapat dipakai oleh "
            "admin BKPSDM, admin perangkat daerah, dan kepala unit untuk pegawainya.\n\n"
            "- Buat templat dari SKP contoh: buka SKP itu lalu \"Simpan sebagai templat\".\n"
            "- \"Buat draf\": pilih tahun, lalu draf SKP dibuat untuk setiap pemangku jabatan itu "
            "yang menjadi tanggung jawab Anda. Draf kosong diisi; SKP yang sudah berisi dibiarkan.\n"
            "- \"Hapus\" menghapus templat.\n\n"
            "Setelah itu setiap pegawai menautkan hasil kerjanya ke hasil kerja atasan lalu "
            "mengajukannya.",
        ),
        "en": (
            "SKP templates per jabatan",
            "A template holds the planned results and indicators of a jabatan. For BKPSDM "
            "administrators, agency administrators and unit heads for their own staff.\n\n"
            "- Make a template from a model SKP: open it and \"Save as template\".\n"
            "- \"Make drafts\": choose the year, and a draft SKP is made for every holder of that "
            "jabatan you are in charge of. Empty drafts are filled; plans with results are left "
            "alone.\n"
            "- \"Delete\" removes a template.\n\n"
            "Each employee then links their results to the atasan's and submits.",
        ),
    },
    "diary": {
        "id": (
            "Aktivitas harian",
            "Laporkan pekerjaan harian pada indikator output SKP Anda yang sudah disetujui: "
            "pilih indikator, tanggal, uraian pekerjaan, jumlah output, lama (menit), dan bila "
            "ada bukti (JPEG, PNG, atau PDF paling besar 5 MB, atau tautan) serta lokasi. Tekan "
            "\"Kirim\".\n\n"
            "- Tanggal mengikuti waktu setempat; tanggal yang akan datang ditolak, begitu pula "
            "tanggal yang lebih lama dari batas hari yang ditetapkan pemerintah daerah Anda.\n"
            "- Tanpa sinyal, isian disimpan di ponsel dan dikirim otomatis saat tersambung; "
            "\"Kirim sekarang\" mengirimnya segera. Isian yang terkirim dua kali hanya tercatat "
            "sekali.\n"
            "- Isian yang mengulang kata-kata tiga hari sebelumnya pada indikator yang sama "
            "ditandai \"mengulang hari sebelumnya\" untuk atasan.\n"
            "- \"Isian terakhir saya\" menunjukkan status validasi dan alasan penolakan.\n\n"
            "Jika belum ada SKP yang disetujui, atau SKP tidak memiliki indikator output, "
            "aktivitas belum dapat dilaporkan.",
        ),
        "en": (
            "Daily activities",
            "Report daily work on the output indicators of your approved SKP: choose the "
            "indicator, the date, what was done, the output quantity, the minutes spent and, if "
            "any, evidence (JPEG, PNG or PDF up to 5 MB, or a link) and your location. Press "
            "\"Send\".\n\n"
            "- Dates follow local time; future dates are refused, and so are dates further back "
            "than your government allows.\n"
            "- Without a connection, entries are kept on the phone and sent when you are online; "
            "\"Send now\" sends them at once. An entry sent twice is recorded once.\n"
            "- An entry repeating the words of one of the previous three days on the same "
            "indicator is flagged \"repeats an earlier day\" for the atasan.\n"
            "- \"My recent entries\" shows the validation status and rejection reasons.\n\n"
            "Without an approved SKP, or if the SKP has no output indicator, activities cannot "
            "be reported yet.",
        ),
    },
    "activity_detail": {
        "id": (
            "Rincian aktivitas",
            "Satu aktivitas harian: status, indikator, uraian, jumlah output, lama, tautan dan "
            "berkas bukti, lokasi, serta waktu ditulis dan divalidasi. Aktivitas yang ditolak "
            "menampilkan alasannya.\n\n"
            "Atasan dapat \"Setujui\", atau \"Tolak\" dengan alasan, dan mengirim umpan balik. "
            "Menyetujui langsung menambah realisasi indikator. Aktivitas yang bukan milik Anda "
            "atau bawahan Anda tidak ditemukan (404).",
        ),
        "en": (
            "Activity",
            "One daily activity: status, indicator, description, output quantity, time spent, "
            "evidence link and file, location, and when it was written and validated. A "
            "rejected activity shows the reason.\n\n"
            "The atasan can \"Approve\", or \"Reject\" with a reason, and send feedback. "
            "Approving adds the quantity to the indicator's realisation at once. An activity "
            "that is neither yours nor a subordinate's is not found (404).",
        ),
    },
    "queue": {
        "id": (
            "Validasi aktivitas",
            "Atasan memvalidasi aktivitas harian bawahannya beserta buktinya. Urutkan menurut "
            "\"Terlama dulu\" atau \"Per pegawai\".\n\n"
            "- \"Setujui\" atau \"Tolak…\" (dengan alasan) pada setiap baris.\n"
            "- Centang beberapa baris lalu \"Setujui yang dipilih\": semua disetujui atau, bila "
            "satu gagal, tidak ada yang disetujui.\n"
            "- Tanda \"mengulang hari sebelumnya\" menunjukkan uraian yang sama dengan hari "
            "sebelumnya.\n\n"
            "Jika Anda tidak memimpin unit hari ini, tidak ada aktivitas yang menunggu validasi "
            "Anda. Tidak ada yang memvalidasi pekerjaannya sendiri.",
        ),
        "en": (
            "Validate activities",
            "The atasan validates subordinates' daily activities with their evidence. Sort by "
            "\"Oldest first\" or \"By employee\".\n\n"
            "- \"Approve\" or \"Reject…\" (with a reason) on each row.\n"
            "- Tick several rows and \"Approve the chosen entries\": all are approved or, if one "
            "fails, none.\n"
            "- The \"repeats an earlier day\" mark flags a description that repeats an earlier "
            "day.\n\n"
            "If you lead no unit today, nothing waits for your validation. Nobody validates "
            "their own work.",
        ),
    },
    "settings": {
        "id": (
            "Pengaturan kinerja",
            "Admin BKPSDM menetapkan pilihan pemerintah daerah (nilai awal mengikuti praktik "
            "nasional):\n"
            "- berapa hari ke belakang aktivitas harian boleh ditulis (awal 5, paling lama 60);\n"
            "- batas waktu SKP (bulan dan tanggal; pengingat 7 hari sebelumnya);\n"
            "- jumlah hari untuk mengajukan keberatan atas predikat final (awal 14);\n"
            "- cara menetapkan predikat tahunan dari periode-periodenya;\n"
            "- perlakuan unit yang keluar dari kurva distribusi (menghalangi penetapan final);\n"
            "- pembulatan kuota kurva.\n\n"
            "Tekan \"Simpan\". Setiap perubahan tercatat di jejak audit.",
        ),
        "en": (
            "Performance settings",
            "A BKPSDM administrator sets the government's choices (defaults follow national "
            "practice):\n"
            "- how many days back a daily activity may be written (default 5, at most 60);\n"
            "- the SKP deadline (month and day; reminders 7 days before);\n"
            "- the days to object to a final predikat (default 14);\n"
            "- how the annual predikat follows from the periods;\n"
            "- what happens to a unit outside its distribution curve (block finalising);\n"
            "- quota rounding of the curve.\n\n"
            "Press \"Save\". Every change is recorded in the audit trail.",
        ),
    },
    "periods": {
        "id": (
            "Hitung periode",
            "Admin BKPSDM menghitung satu periode untuk seluruh pemerintah daerah sekaligus: "
            "setiap SKP yang disetujui mendapat penilaian periode itu, realisasi setiap indikator "
            "dalam periode ditetapkan dari aktivitas yang divalidasi, predikat mengikuti penilaian "
            "yang sudah diberikan, dan kurva setiap unit diperiksa. Aman diulang.\n\n"
            "Pilih tahun, jenis periode, dan nomornya (bulan, triwulan, semester; 1 untuk "
            "tahunan), lalu \"Hitung\". Tabel \"Perhitungan\" menunjukkan status dan hasilnya, "
            "termasuk unit yang keluar dari kurvanya.",
        ),
        "en": (
            "Compute a period",
            "A BKPSDM administrator computes one period for the whole government at once: every "
            "approved SKP gets its appraisal for the period, each indicator's realisation in the "
            "period is fixed from validated activities, the predikat follows from the ratings "
            "given so far, and every unit's curve is checked. Safe to repeat.\n\n"
            "Choose the year, the kind of period and its number (month, quarter, semester; 1 for "
            "the year), then \"Compute\". The \"Runs\" table shows the status and result, "
            "including units outside their curve.",
        ),
    },
    "appraisals": {
        "id": (
            "Penilaian kinerja",
            "Ringkasan penilaian kinerja Anda dan yang harus Anda kerjakan.\n\n"
            "- Penilaian saya: periode, tanggal, status, dan predikat (tampil setelah predikat "
            "unit ditetapkan final).\n"
            "- Untuk dinilai (atasan): bawahan per periode; \"Buka penilaian\" membuka penilaian "
            "yang belum ada, asalkan SKP-nya sudah disetujui.\n"
            "- Rekan kerja: rekan yang meminta masukan Anda tentang perilakunya.\n"
            "- Keberatan yang menunggu keputusan Anda dan rencana pembinaan yang masih terbuka.\n"
            "- \"Distribusi predikat\" untuk kepala unit dan BKPSDM.",
        ),
        "en": (
            "Appraisals",
            "An overview of your appraisals and what you have to do.\n\n"
            "- My appraisals: period, dates, status and predikat (shown once the unit's predikat "
            "is final).\n"
            "- To rate (supervisors): subordinates per period; \"Open the appraisal\" opens one "
            "that does not exist yet, provided the SKP is approved.\n"
            "- Colleagues: colleagues asking for your input on their behaviour.\n"
            "- Objections waiting for your decision and open coaching plans.\n"
            "- \"Distribution of predikat\" for unit heads and BKPSDM.",
        ),
    },
    "skp_appraisals": {
        "id": (
            "Periode penilaian dan dialog kinerja",
            "Periode penilaian satu SKP sesuai kebijakan pemerintah daerah (bulanan, triwulanan, "
            "atau semesteran) ditambah penilaian tahunan. Pegawai atau atasannya menekan \"Buka "
            "penilaian\" pada periode yang belum dibuka; SKP harus sudah disetujui.\n\n"
            "Dialog kinerja: pegawai atau atasan mencatat tanggal, peserta, dan catatan "
            "pertemuan dengan \"Catat dialog kinerja\".",
        ),
        "en": (
            "Appraisal periods and dialog kinerja",
            "The appraisal periods of one SKP following the government's policy (monthly, "
            "quarterly or semester) plus the annual appraisal. The employee or their atasan "
            "presses \"Open the appraisal\" on a period not opened yet; the SKP must be "
            "approved.\n\n"
            "Dialog kinerja: the employee or the atasan records the date, participants and notes "
            "of a meeting with \"Record a dialog kinerja\".",
        ),
    },
    "appraisal": {
        "id": (
            "Evaluasi kinerja",
            "Penilaian satu periode: predikat kinerja organisasi dan pola distribusinya, hasil "
            "kerja dengan realisasi dalam periode (persentase hanya bantuan; penilaian adalah "
            "pertimbangan pejabat penilai), perilaku BerAKHLAK, penilaian diri, masukan rekan "
            "(hanya jumlah), umpan balik warga (tampil mulai 5 penilaian), dan penilaian pejabat "
            "penilai.\n\n"
            "- Pegawai: \"Tulis penilaian diri saya\", dan setelah predikat final \"Ajukan "
            "keberatan\" dalam batas hari yang ditetapkan.\n"
            "- Rekan kerja: isi penilaian perilaku (boleh anonim) lalu \"Kirim masukan saya\".\n"
            "- Atasan: pilih penilaian hasil kerja dan perilaku (Di Atas, Sesuai, atau Di Bawah "
            "Ekspektasi) dengan alasan tertulis; predikat mengikuti matriks lalu \"Simpan "
            "penilaian\".\n"
            "- \"Dokumen Evaluasi (PDF)\" mengunduh dokumen resmi.\n\n"
            "Penilaian baru terlihat oleh pegawai setelah kepala unit menetapkan predikat unit "
            "final. Predikat di bawah Baik membuka rencana pembinaan.",
        ),
        "en": (
            "Performance evaluation",
            "One period's appraisal: the organisation predikat and its distribution pattern, the "
            "results with their realisation in the period (the percentage is help only; the "
            "rating is the pejabat penilai's judgement), BerAKHLAK behaviour, the "
            "self-assessment, colleagues' input (counts only), citizens' feedback (shown from 5 "
            "ratings) and the pejabat penilai's rating.\n\n"
            "- The employee: \"Write my self-assessment\", and once the predikat is final "
            "\"Object to the predikat\" within the days allowed.\n"
            "- A colleague: rate the behaviour (anonymously if wished) and \"Send my input\".\n"
            "- The atasan: choose the rating of results and of behaviour (Di Atas, Sesuai or Di "
            "Bawah Ekspektasi) with written reasons; the predikat follows the matrix; then "
            "\"Save the ratings\".\n"
            "- \"Dokumen Evaluasi (PDF)\" downloads the official document.\n\n"
            "The employee sees the rating only after the unit head signs the unit's predikat "
            "final. A predikat below Baik opens a coaching plan.",
        ),
    },
    "objections": {
        "id": (
            "Keberatan",
            "\"Menunggu keputusan Anda\": keberatan atas predikat yang harus Anda putuskan "
            "sebagai atasan dari pejabat penilai. \"Keberatan saya\": keberatan yang Anda ajukan "
            "beserta statusnya (diajukan, diterima, ditolak). Klik untuk membuka.\n\n"
            "Keberatan diajukan dari halaman evaluasi kinerja setelah predikat final.",
        ),
        "en": (
            "Objections",
            "\"Waiting for your decision\": objections to a predikat that you decide as the "
            "atasan of the pejabat penilai. \"My objections\": the objections you filed with "
            "their status (filed, upheld, rejected). Click one to open it.\n\n"
            "An objection is filed from the evaluation page once the predikat is final.",
        ),
    },
    "decide": {
        "id": (
            "Keberatan atas predikat",
            "Rincian keberatan: periode, status, tanggal, alasan, penilaian yang dikeberatkan, "
            "dan keputusan.\n\n"
            "Atasan dari pejabat penilai memutuskan: terima keberatan (wajib memilih penilaian "
            "hasil kerja dan perilaku yang baru) atau tolak, selalu dengan keputusan tertulis, "
            "lalu \"Catat keputusan\". "
            "Pegawai yang mengajukan membaca keputusannya di sini.",
        ),
        "en": (
            "Objection to a predikat",
            "The objection: period, status, date, reason, the ratings objected to and the "
            "decision.\n\n"
            "The atasan of the pejabat penilai decides: uphold the objection (choosing new "
            "ratings of results and behaviour) or reject it, always with a written decision, then "
            "\"Record the decision\". The "
            "employee who filed it reads the decision here.",
        ),
    },
    "distribution_index": {
        "id": (
            "Distribusi predikat",
            "Unit-unit yang kurvanya Anda awasi pada periode yang dipilih: jumlah penilaian, "
            "yang sudah dinilai, predikat kinerja organisasi, dan status (terbuka atau final). "
            "Pilih periode lalu \"Tampilkan\"; klik unit untuk membukanya.\n\n"
            "Kurva diawasi oleh kepala unit, kepala satu tingkat di atasnya, dan BKPSDM.",
        ),
        "en": (
            "Distribution of predikat",
            "The units whose curve you watch in the chosen period: appraisals, how many are "
            "rated, the organisation predikat and the status (open or final). Choose the period "
            "and \"Show\"; click a unit to open it.\n\n"
            "The curve is watched by the unit's head, the head one level up and BKPSDM.",
        ),
    },
    "distribution": {
        "id": (
            "Distribusi predikat unit",
            "Predikat kinerja organisasi unit (Istimewa sampai Sangat Kurang) menentukan kurva "
            "distribusi predikat pegawai. Halaman ini menunjukkan jumlah pegawai per predikat, "
            "batas kuota kurva, dan apakah masih di dalam kurva.\n\n"
            "- Kepala satu tingkat di atas (atau BKPSDM) menetapkan predikat organisasi dengan "
            "\"Tetapkan predikat organisasi\" (SE MenPANRB 3/2023 langkah 1).\n"
            "- Kepala unit menekan \"Tetapkan predikat unit final\" setelah semua penilaian "
            "dinilai dan, bila diatur demikian, kurva terpenuhi. Alasan yang menghalangi "
            "tercantum di atas tombol.\n\n"
            "Setelah final, pegawai dapat melihat predikatnya.",
        ),
        "en": (
            "Distribution of a unit",
            "The unit's organisation predikat (Istimewa down to Sangat Kurang) selects the curve "
            "for the employees' predikat. This page shows the employees per predikat, the quota "
            "limits of the curve and whether each holds.\n\n"
            "- The head one level up (or BKPSDM) sets it with \"Set the organisation predikat\" "
            "(SE MenPANRB 3/2023 step 1).\n"
            "- The unit head presses \"Finalise the unit's predikat\" once every appraisal is "
            "rated and, if so configured, the curve holds. What blocks it is listed above the "
            "button.\n\n"
            "Once final, employees can see their predikat.",
        ),
    },
    "coaching": {
        "id": (
            "Rencana pembinaan",
            "Dibuka otomatis bila predikat pegawai di bawah Baik. Memuat status, penilaian asal, "
            "pembina, dan tujuan.\n\n"
            "Atasan pegawai:\n"
            "- \"Tetapkan tujuan\" pembinaan.\n"
            "- \"Tambah pertemuan atau catatan konseling\": tanggal, catatan, dan tanda apakah "
            "sudah dilaksanakan.\n"
            "- \"Tutup dengan hasil ini\": hasil dan predikat pada evaluasi berikutnya.\n\n"
            "Pegawai dapat membaca rencana pembinaannya sendiri.",
        ),
        "en": (
            "Coaching plan",
            "Opened automatically when an employee's predikat is below Baik. Shows the status, "
            "the appraisal it comes from, the coach and the goals.\n\n"
            "The employee's atasan:\n"
            "- \"Set the goals\" of the coaching.\n"
            "- \"Add a check-in or a counselling note\": date, notes and whether it was held.\n"
            "- \"Close with this result\": the result and the predikat at the next evaluation.\n\n"
            "The employee can read their own coaching plan.",
        ),
    },
    "verify": {
        "id": (
            "Pemeriksaan keaslian dokumen",
            "Halaman terbuka yang dibuka dari kode QR pada SKP atau Dokumen Evaluasi Kinerja "
            "(PDF). Hasilnya salah satu dari:\n"
            "- asli dan tidak berubah;\n"
            "- asli tetapi sudah ada revisi yang lebih baru;\n"
            "- asli tetapi datanya berubah sejak dokumen diterbitkan;\n"
            "- tidak dikenal: kode tidak pernah diterbitkan, dokumen tidak asli atau kode salah "
            "terbaca.\n\n"
            "Hanya data yang tercetak pada dokumen yang ditampilkan: jenis, judul, penerbit, nama "
            "dan NIP pegawai dan pejabat penilai, tanggal terbit, dan kode. Jika dokumen sudah "
            "tidak berlaku, mintalah dokumen terbaru kepada pegawai atau instansinya.",
        ),
        "en": (
            "Document check",
            "A public page opened from the QR code on an SKP or Dokumen Evaluasi Kinerja (PDF). "
            "The result is one of:\n"
            "- genuine and unchanged;\n"
            "- genuine, but a newer revision exists;\n"
            "- genuine, but the data changed since it was issued;\n"
            "- unknown: no document was issued under this code, the copy is not genuine or the "
            "code was read wrongly.\n\n"
            "Only what the paper shows is displayed: kind, title, issuer, names and NIPs of the "
            "employee and the appraiser, date of issue and code. If a document is out of date, "
            "ask the employee or their agency for the current one.",
        ),
    },
    "dashboard": {
        "id": (
            "Dasbor kinerja",
            "Untuk pimpinan dan BKPSDM (seluruh pemerintah daerah), admin perangkat daerah "
            "(perangkat daerahnya), dan kepala unit (unitnya ke bawah). Hanya baca; angka "
            "diperbarui setiap menit.\n\n"
            "- Per perangkat daerah: jumlah pegawai, tanpa SKP, SKP belum disetujui, belum "
            "melapor minggu ini, aktivitas menunggu validasi, umur tunggu terlama, dan jumlah per "
            "predikat. Klik nama untuk masuk ke unit.\n"
            "- Grafik predikat dan \"Tunggakan validasi per atasan\" menunjukkan atasan yang "
            "paling lama belum memvalidasi.\n"
            "- \"Notifikasi\" membuka kotak notifikasi Anda.",
        ),
        "en": (
            "Performance dashboard",
            "For leaders and BKPSDM (the whole government), agency administrators (their agency) "
            "and unit heads (their unit and below). Read-only; the figures refresh every "
            "minute.\n\n"
            "- Per perangkat daerah: employees, without SKP, SKP not approved, not reported this "
            "week, activities waiting validation, the oldest wait, and counts per predikat. "
            "Click a name to go into the unit.\n"
            "- The predikat chart and \"Validation backlog per atasan\" show which atasan has "
            "waited longest to validate.\n"
            "- \"Notifications\" opens your inbox.",
        ),
    },
    "dashboard_unit": {
        "id": (
            "Dasbor kinerja unit",
            "Angka yang sama dengan dasbor utama untuk satu unit: sub-unit, pegawai yang "
            "ditempatkan langsung di unit ini, grafik predikat, dan tunggakan validasi. Tabel "
            "pegawai menunjukkan status SKP, sudah atau belum melapor minggu ini, jumlah "
            "aktivitas yang menunggu validasi, dan predikat. Jejak di atas kembali ke unit "
            "induk.\n\n"
            "Unit di luar jangkauan Anda tidak ditemukan (404).",
        ),
        "en": (
            "Unit performance dashboard",
            "The dashboard's figures for one unit: sub-units, employees placed directly in the "
            "unit, the predikat chart and the validation backlog. The employee table shows the "
            "SKP status, whether they reported this week, activities waiting validation and the "
            "predikat. The breadcrumb leads back up.\n\n"
            "A unit outside your sight is not found (404).",
        ),
    },
    "notifications": {
        "id": (
            "Notifikasi",
            "Kotak masuk pemberitahuan Anda: SKP menunggu persetujuan, SKP disetujui atau "
            "dikembalikan, aktivitas menunggu validasi atau ditolak, umpan balik, predikat "
            "dirilis, tenggat yang mendekat, keberatan, serta pemberitahuan modul lain (tim "
            "lintas perangkat daerah, acara, dan sebagainya).\n\n"
            "\"Buka\" menandai sudah dibaca lalu membuka halaman terkait; \"Tandai sudah dibaca\" "
            "untuk pemberitahuan tanpa tautan.",
        ),
        "en": (
            "Notifications",
            "Your inbox: SKP waiting for approval, SKP approved or returned, activities waiting "
            "validation or rejected, feedback, rating released, deadlines approaching, "
            "objections, and notices of other modules (cross-agency teams, events and so on).\n\n"
            "\"Open\" marks it read and opens the page concerned; \"Mark as read\" for a notice "
            "without a link.",
        ),
    },
}

NOT_SCREENS = {
    "skp_create": "action",
    "result_add": "action",
    "result_delete": "action",
    "indicator_add": "action",
    "indicator_delete": "action",
    "outcome_report": "action",
    "expectations": "action",
    "lampiran": "action",
    "skp_move": "action",
    "feedback": "action",
    "template_save": "action",
    "template_fan_out": "action",
    "template_delete": "action",
    "validate": "action",
    "bulk": "action",
    "dialog": "action",
    "self_assess": "action",
    "peer": "action",
    "rate": "action",
    "object": "action",
    "org_predikat": "action",
    "finalise": "action",
    "skp_pdf": "download",
    "evaluation_pdf": "download",
    "notification_read": "action",
}
