"""Help content of the rewards namespace (penghargaan, SLKS), issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Penghargaan: daftar usulan",
            "Daftar usulan penghargaan: nama pegawai, jenis penghargaan, tahun, pengusul, dan "
            "status (diusulkan, disetujui, ditolak). Admin BKPSDM dan pimpinan melihat semua "
            "usulan; atasan melihat usulan untuk pegawai di unitnya dan usulannya sendiri. "
            "Pegawai tanpa peran atasan langsung diarahkan ke \"Penghargaan saya\".\n\n"
            "- Saring menurut status lalu tekan \"Tampilkan\"; klik nama untuk membuka usulan.\n"
            "- \"Kandidat\" dan \"Usulkan\" (atasan dan BKPSDM) untuk mencari dan mengusulkan "
            "pegawai.\n"
            "- \"Riwayat penghargaan\", \"Kelayakan SLKS\", dan \"Pengaturan\" hanya untuk admin "
            "BKPSDM.",
        ),
        "en": (
            "Rewards: nominations",
            "The award nominations: employee, kind of award, year, nominator and status "
            "(proposed, approved, rejected). BKPSDM administrators and leaders see all of them; "
            "a supervisor sees those for employees of their units and their own. An employee "
            "who supervises no one is sent to \"My awards\".\n\n"
            "- Filter by status and press \"Show\"; click a name to open the nomination.\n"
            "- \"Candidates\" and \"Nominate\" (supervisors and BKPSDM) find and nominate "
            "employees.\n"
            "- \"Award history\", \"SLKS eligibility\" and \"Settings\" are for BKPSDM "
            "administrators only.",
        ),
    },
    "candidates": {
        "id": (
            "Kandidat penerima penghargaan",
            "Atasan dan admin BKPSDM melihat pegawai yang memenuhi syarat satu jenis penghargaan "
            "pada tahun tertentu. Penyaringan memakai riwayat predikat kinerja tahunan (predikat "
            "minimal selama sejumlah tahun, sesuai pengaturan jenis penghargaan) dan register "
            "disiplin (tidak ada hukuman disiplin sedang atau berat dalam periode itu); untuk "
            "SLKS dipakai masa kerja sampai 31 Desember.\n\n"
            "- Pilih penghargaan, tahun, dan (BKPSDM) perangkat daerah, lalu \"Tampilkan\".\n"
            "- Centang \"Tampilkan juga yang tidak memenuhi syarat\" untuk melihat semua "
            "pegawai.\n"
            "- \"Usulkan\" membuka formulir usulan yang sudah terisi; tanda \"diusulkan\" berarti "
            "sudah ada usulan.\n\n"
            "Atasan hanya melihat pegawai di unit yang dipimpinnya (termasuk sebagai Plt/Plh).",
        ),
        "en": (
            "Award candidates",
            "Supervisors and BKPSDM administrators see the employees who qualify for a kind of "
            "award in a year. The filter uses the annual performance predikat history (a minimum "
            "predikat over a number of years, as set for the kind) and the discipline register "
            "(no sedang or berat penalty in that period); for SLKS the years of service reached "
            "by 31 December.\n\n"
            "- Choose the award, the year and (BKPSDM) the agency, then \"Show\".\n"
            "- Tick \"Show those who do not qualify too\" to see everyone.\n"
            "- \"Nominate\" opens a filled-in nomination form; \"nominated\" means a nomination "
            "exists already.\n\n"
            "A supervisor sees only employees of the units they lead (also as Plt/Plh).",
        ),
    },
    "nominate": {
        "id": (
            "Usulkan penghargaan",
            "Atasan pegawai atau admin BKPSDM mengusulkan pegawai untuk penghargaan. Isi NIP "
            "(atau buka dari halaman Kandidat), jenis penghargaan, tahun, alasan dan prestasi "
            "(paling sedikit 20 karakter), serta ringkasan bukti, lalu tekan \"Kirim usulan\".\n\n"
            "Ditolak jika Anda bukan atasan pegawai itu (Anda tidak dapat mengusulkan diri "
            "sendiri), jika pegawai tidak memenuhi syarat (riwayat predikat, register disiplin, "
            "atau masa kerja), atau jika sudah ada usulan aktif untuk pegawai, jenis, dan tahun "
            "yang sama.",
        ),
        "en": (
            "Nominate for an award",
            "An employee's supervisor or a BKPSDM administrator nominates the employee for an "
            "award. Enter the NIP (or come from Candidates), the award, the year, the reason and "
            "achievements (at least 20 characters) and a summary of the evidence, then press "
            "\"Send the nomination\".\n\n"
            "Refused when you are not the employee's supervisor (you cannot nominate yourself), "
            "when the employee does not qualify (predikat history, discipline register or years "
            "of service), or when an open nomination for the same employee, award and year "
            "exists.",
        ),
    },
    "nomination": {
        "id": (
            "Usulan penghargaan",
            "Rincian satu usulan: penghargaan dan tahun, jabatan pegawai, alasan, bukti, "
            "pengusul, status, dan bila sudah diputus: siapa yang memutus dan alasannya.\n\n"
            "Admin BKPSDM atau pimpinan memutus usulan yang masih diusulkan:\n"
            "- \"Setujui\": isi nomor dan tanggal SK; penghargaan langsung masuk riwayat "
            "penghargaan pegawai.\n"
            "- \"Tolak\": alasan wajib diisi.\n\n"
            "Tidak ada yang boleh memutus usulan untuk dirinya sendiri. Jika orang lain sudah "
            "memutus lebih dulu, muat ulang halaman.",
        ),
        "en": (
            "Nomination",
            "One nomination: the award and year, the employee's position, the reason, evidence, "
            "nominator, status and, once decided, who decided and why.\n\n"
            "A BKPSDM administrator or a leader decides a proposed nomination:\n"
            "- \"Approve\": enter the decree number and date; the award goes into the "
            "employee's award history at once.\n"
            "- \"Reject\": a reason is required.\n\n"
            "Nobody decides a nomination of themselves. If someone else decided first, reload "
            "the page.",
        ),
    },
    "history": {
        "id": (
            "Riwayat penghargaan",
            "Admin BKPSDM memasukkan penghargaan lama dari SK-nya: NIP, jenis penghargaan, "
            "tahun, nomor dan tanggal SK, lalu \"Tambahkan ke riwayat\". Riwayat ini dipakai "
            "misalnya untuk menentukan kelas SLKS yang sudah diterima.\n\n"
            "- \"Entri terbaru\" menampilkan isian terakhir.\n"
            "- \"Hapus\" menghapus isian yang keliru; penghargaan yang berasal dari usulan yang "
            "disetujui tidak dapat dihapus.\n\n"
            "Ditolak jika NIP tidak ditemukan, tanggal SK di masa depan, atau kelas SLKS itu "
            "sudah tercatat untuk pegawai tersebut.",
        ),
        "en": (
            "Award history",
            "A BKPSDM administrator enters past awards from their decree: NIP, award, year, "
            "decree number and date, then \"Add to the history\". The history is used, for "
            "example, to know which SLKS class was already received.\n\n"
            "- \"Latest entries\" lists the last entries.\n"
            "- \"Remove\" deletes a wrong entry; an award that came from an approved nomination "
            "cannot be removed.\n\n"
            "Refused when the NIP is unknown, the decree date is in the future, or that SLKS "
            "class is already recorded for the employee.",
        ),
    },
    "slks": {
        "id": (
            "Kelayakan Satyalancana Karya Satya",
            "Admin BKPSDM melihat masa kerja penuh setiap PNS dari TMT CPNS sampai tanggal "
            "acuan: 10 tahun SLKS X, 20 tahun SLKS XX, 30 tahun SLKS XXX. Hukuman disiplin "
            "sedang atau berat, atau CLTN, selama masa kerja menghalangi (PP 35/2010 Pasal 22).\n\n"
            "- Isi tanggal acuan dan perangkat daerah, centang \"Hanya yang layak\" bila perlu, "
            "lalu \"Tampilkan\".\n"
            "- Kolom Hasil menunjukkan \"layak\" atau alasan tidak layak (masa kerja kurang, "
            "sudah menerima, kelas sebelumnya belum ada, hukuman disiplin, CLTN).\n"
            "- \"Unduh XLSX\" mengunduh daftar lengkap; layar menampilkan paling banyak 1000 "
            "baris.",
        ),
        "en": (
            "Satyalancana Karya Satya eligibility",
            "A BKPSDM administrator sees each PNS's full years of service from TMT CPNS to the "
            "reference date: 10 years SLKS X, 20 years SLKS XX, 30 years SLKS XXX. A sedang or "
            "berat disciplinary penalty, or CLTN, during service blocks it (PP 35/2010 article "
            "22).\n\n"
            "- Enter the reference date and agency, tick \"Eligible only\" if wanted, then "
            "\"Show\".\n"
            "- The Result column shows \"eligible\" or why not (too little service, already "
            "received, class below missing, disciplinary penalty, CLTN).\n"
            "- \"Download XLSX\" downloads the full list; the screen shows at most 1000 rows.",
        ),
    },
    "settings": {
        "id": (
            "Pengaturan penghargaan",
            "Admin BKPSDM mengatur:\n"
            "- Halaman pengakuan publik aktif atau tidak (hanya menampilkan pegawai yang "
            "setuju).\n"
            "- Perlakuan CLTN dalam masa kerja SLKS: menggugurkan, atau hari CLTN tidak dihitung.\n"
            "- Apakah SLKS XX dan XXX mensyaratkan kelas sebelumnya.\n\n"
            "Tekan \"Simpan\" untuk menyimpan.\n\n"
            "Tabel \"Jenis penghargaan\" memuat penghargaan nasional dan milik daerah; klik nama "
            "untuk mengubahnya. Di bawahnya, tambahkan penghargaan daerah sendiri (misalnya ASN "
            "Teladan) dengan kode, nama, predikat minimal, jumlah tahun predikat, dan apakah "
            "tampil di halaman publik.",
        ),
        "en": (
            "Reward settings",
            "A BKPSDM administrator sets:\n"
            "- Whether the public recognition page is on (it shows only employees who agreed).\n"
            "- How CLTN counts in SLKS service: it disqualifies, or CLTN days are not counted.\n"
            "- Whether SLKS XX and XXX need the class below.\n\n"
            "Press \"Save\" to store them.\n\n"
            "The \"Kinds of award\" table holds the national awards and the government's own; "
            "click a name to change it. Below it, add the government's own award (e.g. ASN "
            "Teladan) with a code, name, minimum predikat, number of years of predikat and "
            "whether it shows on the public page.",
        ),
    },
    "kind": {
        "id": (
            "Jenis penghargaan",
            "Admin BKPSDM mengubah satu jenis penghargaan: nama, predikat kinerja minimal, "
            "jumlah tahun predikat yang harus dipenuhi, apakah tampil di halaman pengakuan "
            "publik, dan status aktif. Jenis yang tidak aktif tidak dapat diusulkan lagi. Tekan "
            "\"Simpan\".",
        ),
        "en": (
            "Kind of award",
            "A BKPSDM administrator changes one kind of award: name, minimum performance "
            "predikat, number of years of predikat required, whether it shows on the public "
            "recognition page, and whether it is active. An inactive kind can no longer be "
            "nominated. Press \"Save\".",
        ),
    },
    "mine": {
        "id": (
            "Penghargaan saya",
            "Daftar penghargaan yang pernah Anda terima.\n\n"
            "Di bagian \"Halaman pengakuan publik\" Anda memutuskan sendiri apakah nama, jabatan, "
            "dan penghargaan Anda boleh tampil di halaman publik pegawai terbaik pemerintah "
            "daerah. Tidak ada data lain yang ditampilkan. \"Tampilkan nama saya\" atau \"Jangan "
            "tampilkan nama saya\" dapat diubah kapan saja. Semula nama Anda tidak ditampilkan.\n\n"
            "Jika penghargaan Anda tidak tercantum, hubungi admin BKPSDM dengan membawa SK-nya.",
        ),
        "en": (
            "My awards",
            "The awards you have received.\n\n"
            "Under \"Public recognition page\" you alone decide whether your name, position and "
            "award may appear on the government's public page of best performers. Nothing else "
            "is shown. \"Show my name\" or \"Do not show my name\" can be changed at any time. "
            "By default your name is not shown.\n\n"
            "If an award is missing, bring its decree to a BKPSDM administrator.",
        ),
    },
    "public": {
        "id": (
            "Pegawai terbaik (halaman publik)",
            "Halaman terbuka tanpa masuk: pegawai terbaik pemerintah daerah per tahun, dengan "
            "nama, jabatan, dan penghargaan. Hanya pegawai yang menyetujuinya yang tampil; NIP "
            "dan data pribadi lain tidak pernah ditampilkan. Pilih tahun lalu tekan "
            "\"Tampilkan\".\n\n"
            "Halaman ini tidak ditemukan (404) jika pemerintah daerah belum mengaktifkannya.",
        ),
        "en": (
            "Best performers (public page)",
            "A page open without logging in: the government's best performers per year, with "
            "name, position and award. Only employees who agreed are listed; the NIP and other "
            "personal data are never shown. Choose a year and press \"Show\".\n\n"
            "The page is not found (404) unless the government has switched it on.",
        ),
    },
}

NOT_SCREENS = {
    "award_delete": "action",
    "slks_export": "download",
}
