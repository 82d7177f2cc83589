"""Help content of the welfare namespace (kesejahteraan: check-ups, treatment, benefits), issue 8."""

SCREENS = {
    "index": {
        "id": (
            "Kesejahteraan",
            "Program kesejahteraan pegawai: pemeriksaan kesehatan berkala, pengobatan gratis, dan "
            "bantuan lain (misalnya bantuan duka atau pernikahan). Hasil pemeriksaan medis hanya "
            "dapat dibaca oleh Anda dan tenaga medis program itu.\n\n"
            "- Program terbuka: program yang sedang dibuka dan apakah Anda memenuhi syarat "
            "(jika tidak, alasannya tertulis).\n"
            "- Program dan hasil saya: sesi yang Anda ikuti, statusnya, dan tautan \"Baca hasil "
            "saya\".\n"
            "- Bantuan saya: bantuan yang tercatat atas nama Anda.\n"
            "- Program tempat saya menjadi tenaga medis: menuju daftar peserta.\n"
            "- Program yang saya kelola dan tombol \"Program baru\": untuk admin BKPSDM dan admin "
            "perangkat daerah.",
        ),
        "en": (
            "Welfare",
            "Welfare programmes for employees: the periodic health check-up, free treatment and "
            "other benefits (e.g. bereavement or wedding support). Medical results can be read "
            "only by you and the programme's medical staff.\n\n"
            "- Open programmes: the programmes open now and whether you are eligible (if not, "
            "the reasons are given).\n"
            "- My programmes and results: your sessions, their status and \"Read my result\".\n"
            "- My benefits: benefits recorded in your name.\n"
            "- Programmes where I am medical staff: leads to the participant list.\n"
            "- Programmes I manage and \"New programme\": for BKPSDM and agency administrators.",
        ),
    },
    "programme_create": {
        "id": (
            "Program baru",
            "Admin BKPSDM atau admin perangkat daerah membuat program: nama, tahun, jenis "
            "(pemeriksaan kesehatan, pengobatan gratis, atau bantuan lain), uraian, dan syarat "
            "peserta: usia minimal/maksimal, jenis pegawai, masa kerja minimal, rentang golongan "
            "(hanya untuk PNS/CPNS), dan perangkat daerah. Syarat yang dikosongkan tidak "
            "berlaku.\n\n"
            "Program disimpan sebagai draf (hanya pengelola yang melihatnya). Setelah itu "
            "tambahkan jadwal, lalu buka program. Admin perangkat daerah hanya dapat membuat "
            "program untuk perangkat daerahnya sendiri.",
        ),
        "en": (
            "New programme",
            "A BKPSDM or agency administrator creates a programme: name, year, kind (health "
            "check-up, free treatment or other benefit), description and who may take part: "
            "minimum/maximum age, employee kinds, minimum years of service, golongan range (PNS "
            "and CPNS only) and perangkat daerah. An empty condition does not apply.\n\n"
            "The programme is saved as a draft (only its managers see it). Then add sessions "
            "and open it. An agency administrator can create programmes for their own agency "
            "only.",
        ),
    },
    "programme": {
        "id": (
            "Program kesejahteraan",
            "Rincian program: status, jenis, uraian, dan syarat peserta.\n\n"
            "Untuk pegawai:\n"
            "- Pada tabel Jadwal, tekan \"Daftar\" pada sesi yang masih ada tempat. Sesi penuh "
            "ditandai \"Penuh\".\n"
            "- Bagian \"Keikutsertaan saya\" menunjukkan sesi Anda, tombol \"Baca hasil saya\", "
            "dan \"Batalkan pendaftaran\" atau \"Tolak undangan\".\n"
            "- Jika tidak memenuhi syarat, alasannya tertulis di layar.\n\n"
            "Untuk pengelola (BKPSDM, admin perangkat daerah): \"Ubah\", \"Ubah status\" (draf, "
            "dibuka, ditutup), \"Undang semua pegawai yang memenuhi syarat\", tambah dan ubah "
            "sesi, serta tenaga medis (hanya mereka yang membaca hasil program ini). Untuk "
            "program bantuan, \"Catatan bantuan\" mencatat bantuan per pegawai.\n\n"
            "Satu pegawai hanya satu kali per program; jika sesi sudah penuh, pilih sesi lain.",
        ),
        "en": (
            "Welfare programme",
            "The programme: status, kind, description and who may take part.\n\n"
            "For employees:\n"
            "- In Sessions, press \"Register\" on a session with places left. A full session "
            "shows \"Full\".\n"
            "- \"My participation\" shows your session, \"Read my result\", and \"Cancel my "
            "registration\" or \"Decline the invitation\".\n"
            "- If you are not eligible, the reasons are shown.\n\n"
            "For managers (BKPSDM, agency administrator): \"Edit\", \"Change status\" (draft, "
            "open, closed), \"Invite all eligible employees\", add and edit sessions, and the "
            "medical staff (only they read this programme's results). For a benefit programme, "
            "\"Benefit records\" records benefits per employee.\n\n"
            "An employee takes part once per programme; if a session is full, choose another.",
        ),
    },
    "programme_edit": {
        "id": (
            "Ubah program",
            "Pengelola program mengubah nama, tahun, jenis, uraian, dan syarat peserta. Tekan "
            "\"Simpan\". Jika orang lain mengubah program ini pada saat yang sama, muat ulang "
            "halaman lalu ulangi perubahan Anda.",
        ),
        "en": (
            "Edit programme",
            "A programme manager changes the name, year, kind, description and conditions. "
            "Press \"Save\". If someone else changed the programme at the same time, reload "
            "the page and make your change again.",
        ),
    },
    "session_edit": {
        "id": (
            "Ubah jadwal",
            "Pengelola program mengubah tanggal, jam, tempat, kapasitas, dan catatan satu sesi, "
            "lalu menekan \"Simpan\". Jika orang lain mengubah sesi ini pada saat yang sama, muat "
            "ulang lalu ulangi.",
        ),
        "en": (
            "Edit session",
            "A programme manager changes a session's date, time, place, capacity and note, then "
            "presses \"Save\". If someone else changed the session at the same time, reload and "
            "try again.",
        ),
    },
    "participants": {
        "id": (
            "Peserta program",
            "Daftar peserta: nama, NIP, perangkat daerah, sesi, dan status (diundang, terdaftar, "
            "hadir, tidak hadir, batal). Saring menurut status lalu tekan \"Saring\". Dapat "
            "dibuka oleh pengelola program dan tenaga medisnya.\n\n"
            "Tenaga medis:\n"
            "- \"Hadir\" atau \"Tidak hadir\" mencatat kehadiran.\n"
            "- \"Isi hasil\" atau \"Baca / perbaiki\" (setelah hadir) membuka hasil pemeriksaan.\n\n"
            "Admin BKPSDM dan admin perangkat daerah melihat daftar, tetapi tidak dapat mencatat "
            "kehadiran atau membaca hasil. Tenaga medis tidak dapat mengisi catatannya sendiri.",
        ),
        "en": (
            "Participants",
            "The participants: name, NIP, perangkat daerah, session and status (invited, "
            "registered, attended, did not attend, cancelled). Filter by status and press "
            "\"Filter\". Open to the programme's managers and medical staff.\n\n"
            "Medical staff:\n"
            "- \"Attended\" or \"Did not attend\" records attendance.\n"
            "- \"Enter the result\" or \"Read / correct\" (after attendance) opens the result.\n\n"
            "BKPSDM and agency administrators see the list but cannot record attendance or read "
            "results. Medical staff cannot enter their own record.",
        ),
    },
    "result": {
        "id": (
            "Hasil pemeriksaan medis",
            "Rahasia: hanya pegawai yang bersangkutan dan tenaga medis program ini yang dapat "
            "membuka halaman ini. Admin BKPSDM, admin perangkat daerah, atasan, dan pimpinan "
            "ditolak (403).\n\n"
            "- Pegawai membaca ringkasan, temuan, rekomendasi atau tindak lanjut, dan tanda "
            "\"Perlu tindak lanjut\".\n"
            "- Tenaga medis mengisi atau memperbaiki hasil lalu menekan \"Simpan hasil\". Hasil "
            "hanya dapat diisi setelah kehadiran dicatat.\n\n"
            "Jejak audit hanya mencatat bahwa hasil diisi atau diperbaiki, tidak isinya.",
        ),
        "en": (
            "Medical result",
            "Confidential: only the employee concerned and this programme's medical staff can "
            "open this page. BKPSDM and agency administrators, supervisors and leaders are "
            "refused (403).\n\n"
            "- The employee reads the summary, findings, recommendation or follow-up and the "
            "\"Follow-up needed\" mark.\n"
            "- Medical staff enter or correct the result and press \"Save the result\". A result "
            "can be entered only after attendance is recorded.\n\n"
            "The audit trail records only that a result was entered or corrected, never its "
            "content.",
        ),
    },
    "benefits": {
        "id": (
            "Catatan bantuan",
            "Untuk program bantuan lain, pengelola mencatat bantuan per pegawai: NIP, tanggal, "
            "uraian, dan jumlah (Rp), lalu tekan \"Catat\". Tabel di bawahnya memuat semua "
            "catatan; ubah statusnya (misalnya disetujui, diserahkan, dibatalkan) dengan "
            "memilih status lalu \"Ubah\".\n\n"
            "Admin perangkat daerah hanya dapat mencatat bantuan untuk pegawai di perangkat "
            "daerahnya. Pegawai melihat bantuannya sendiri di halaman Kesejahteraan.",
        ),
        "en": (
            "Benefit records",
            "For an other-benefit programme, managers record benefits per employee: NIP, date, "
            "description and amount (Rp), then press \"Record\". The table below lists every "
            "record; change a status (e.g. approved, delivered, cancelled) by choosing it and "
            "pressing \"Change\".\n\n"
            "An agency administrator can record benefits only for employees of their agency. "
            "Employees see their own benefits on the Welfare page.",
        ),
    },
}

NOT_SCREENS = {
    "programme_status": "action",
    "staff_add": "action",
    "staff_remove": "action",
    "session_add": "action",
    "invite": "action",
    "register": "action",
    "cancel": "action",
    "attendance": "action",
    "benefit_status": "action",
}
