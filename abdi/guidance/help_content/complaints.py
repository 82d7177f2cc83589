"""Help texts of the complaint screens (pengaduan, SP4N-LAPOR! style), issue 8 item 5."""

SCREENS = {
    "submit": {
        "id": (
            "Sampaikan laporan",
            (
                "Warga menyampaikan pengaduan, aspirasi, atau permintaan informasi tentang "
                "pelayanan publik kepada perangkat daerah pemerintah daerah ini, tanpa akun dan "
                "tanpa biaya (UU 25/2009; Perpres 76/2013; PermenPANRB 62/2018).\n\nPilih jenis "
                "laporan dan perangkat daerah yang dilaporkan, isi kategori, lokasi, dan apa yang "
                "terjadi, lampirkan paling banyak 3 berkas JPEG, PNG, atau PDF (masing-masing "
                "paling besar 5 MB), lalu klik \"Kirim laporan\".\n- Data diri (nama, telepon, "
                "e-mail) boleh dikosongkan.\n- \"Anonim\": tidak seorang pun, termasuk perangkat "
                "daerah, mengetahui siapa Anda; identitas tidak disimpan.\n- \"Rahasia\": laporan "
                "Anda tidak pernah ditampilkan kepada publik.\n\nLaporan ditolak bila lampiran "
                "terlalu besar atau bukan JPEG/PNG/PDF, isian wajib kosong, atau terlalu banyak "
                "laporan dikirim dari perangkat yang sama dalam waktu singkat."
            ),
        ),
        "en": (
            "Submit a report",
            (
                "Citizens send a complaint, aspiration or information request about public "
                "services to an agency of this government, without an account and free of charge "
                "(UU 25/2009; Perpres 76/2013; PermenPANRB 62/2018).\n\nChoose the kind of report "
                "and the agency it is about, enter the category, location and what happened, "
                "attach up to 3 JPEG, PNG or PDF files (5 MB each at most) and click \"Send the "
                "report\".\n- Your name, phone and e-mail may be left empty.\n- \"Anonymous\": "
                "nobody, not even the agency, learns who you are; the identity is not stored.\n- "
                "\"Confidential\": your report is never shown to the public.\n\nThe report is "
                "refused when an attachment is too large or not JPEG/PNG/PDF, a required field is "
                "empty, or too many reports come from the same device in a short time."
            ),
        ),
    },
    "receipt": {
        "id": (
            "Laporan diterima",
            (
                "Halaman ini menampilkan nomor pelacakan dan kode rahasia laporan Anda. Catat "
                "keduanya sekarang: kode rahasia hanya ditampilkan sekali, dan tanpa kode itu "
                "tidak seorang pun dapat membuka laporan Anda.\n\nLaporan diverifikasi dan "
                "diteruskan ke perangkat daerah yang berwenang dalam 3 hari kerja. Klik \"Lacak "
                "laporan\" untuk mengikuti perkembangannya. Bila halaman dimuat ulang, kode tidak "
                "ditampilkan lagi demi keamanan."
            ),
        ),
        "en": (
            "Report received",
            (
                "This page shows your report's tracking number and secret code. Write both down "
                "now: the secret code is shown only once, and without it nobody can open your "
                "report.\n\nThe report is verified and forwarded to the responsible agency within "
                "3 working days. Click \"Track a report\" to follow it. After a reload the codes "
                "are not shown again, for security."
            ),
        ),
    },
    "feed": {
        "id": (
            "Laporan publik",
            (
                "Daftar laporan warga kepada pemerintah daerah ini yang boleh dibaca publik: nomor "
                "pelacakan, perangkat daerah, status, kategori, tanggal, dan isi laporan. Laporan "
                "rahasia tidak pernah ditampilkan, dan identitas pelapor tidak pernah disebutkan.\n"
                "\n\"Sampaikan laporan\" membuka formulir laporan baru."
            ),
        ),
        "en": (
            "Public reports",
            (
                "The citizens' reports to this government that the public may read: tracking "
                "number, agency, status, category, date and text. Confidential reports are never "
                "shown, and the reporter is never named.\n\n\"Submit a report\" opens the form for "
                "a new report."
            ),
        ),
    },
    "track": {
        "id": (
            "Lacak laporan",
            (
                "Pelapor membuka laporannya dengan nomor pelacakan dan kode rahasia, lalu klik "
                "\"Buka laporan saya\". Halaman menampilkan status, batas waktu saat ini dengan "
                "tanda tenggat, dan riwayat penanganan beserta jawaban perangkat daerah.\n\n- "
                "\"Kirim informasi tambahan\": menambahkan keterangan selama laporan belum "
                "selesai.\n- Setelah dijawab: \"Saya menerima jawaban ini\", atau tulis alasan "
                "lalu \"Jawaban belum memadai: buka kembali\". Bila tidak ditanggapi dalam 10 hari "
                "kerja, laporan selesai otomatis.\n- Setelah selesai: \"Kirim penilaian\" (nilai "
                "dan komentar) atas penanganan, dan \"Beri penilaian kepada petugas yang menjawab "
                "Anda\".\n- \"Tutup laporan ini di perangkat ini\": keluar dari laporan, misalnya "
                "di komputer umum.\n\nBila nomor dan kode tidak cocok, periksa keduanya. Bila "
                "masih belum puas setelah laporan selesai, atau laporan melewati batas waktu "
                "penyelesaian, klik \"Siapkan laporan ke Ombudsman RI\"."
            ),
        ),
        "en": (
            "Track a report",
            (
                "The reporter opens the report with its tracking number and secret code and clicks "
                "\"Open my report\". The page shows the status, the current deadline with its "
                "badge, and the timeline with the agency's answers.\n\n- \"Send more "
                "information\": add details while the report is not finished.\n- Once answered: "
                "\"I accept the answer\", or write why and choose \"The answer is not enough: "
                "reopen\". Without a response within 10 working days the report closes "
                "automatically.\n- Once finished: \"Send the rating\" (score and comment) of the "
                "handling, and \"Rate the officer who answered you\".\n- \"Close this report on "
                "this device\": leave the report, e.g. on a shared computer.\n\nIf the number and "
                "code do not match, check both. If you are still not satisfied once the report is "
                "finished, or it is past its completion deadline, click \"Prepare a report to the "
                "Ombudsman RI\"."
            ),
        ),
    },
    "ombudsman": {
        "id": (
            "Laporan ke Ombudsman RI",
            (
                "Bila Anda masih belum puas setelah laporan selesai, atau perangkat daerah tidak "
                "menyelesaikannya sampai batas waktu penyelesaian, Anda dapat melapor ke Ombudsman "
                "RI tanpa biaya (UU 37/2008). Halaman ini menyusun \"Ringkasan laporan untuk "
                "Ombudsman RI\" dalam PDF.\n\nIsi tanggal kejadian dan identitas yang diwajibkan "
                "Ombudsman (UU 37/2008 Pasal 24 ayat 1): nama lengkap, tempat dan tanggal lahir, "
                "status perkawinan, pekerjaan, dan alamat, lalu periksa uraian, lalu klik \"Unduh "
                "ringkasan (PDF)\".\n- Pelapor anonim pun harus mengisi identitas di sini.\n- "
                "Identitas tidak disimpan oleh Abdi: hanya dicetak ke PDF yang Anda unduh.\n- "
                "Riwayat laporan mencatat bahwa ringkasan disusun, tanpa identitas.\n\nBila "
                "kejadian lebih dari 2 tahun yang lalu, halaman memperingatkan \"melewati batas 2 "
                "tahun (UU 37/2008 Pasal 24)\"; ringkasan tetap dapat diunduh. Serahkan ke "
                "Ombudsman RI Perwakilan provinsi Anda, atau melalui ombudsman.go.id dan call "
                "centre 137."
            ),
        ),
        "en": (
            "Report to the Ombudsman RI",
            (
                "If you are still not satisfied once the report is finished, or the agency did not "
                "finish it by its completion deadline, you may report to the Ombudsman RI free of "
                "charge (UU 37/2008). This page prints a \"Summary for the Ombudsman RI\" as a "
                "PDF.\n\nEnter the date of the event and the identity the Ombudsman requires (UU "
                "37/2008 Pasal 24(1)): full name, place and date of birth, marital status, "
                "occupation and address, check the description, then click \"Download the summary "
                "(PDF)\".\n- Anonymous reporters must fill in the identity here too.\n- Abdi does "
                "not store the identity: it is only printed into the PDF you download.\n- The "
                "report's timeline records that the summary was prepared, without the identity."
                "\n\nIf the event is more than 2 years old, the page warns \"past the 2-year "
                "limit (UU 37/2008 Pasal 24)\"; the summary can still be downloaded. Hand it to "
                "the Ombudsman RI office of your province, or use ombudsman.go.id and call centre "
                "137."
            ),
        ),
    },
    "queue": {
        "id": (
            "Pengaduan",
            (
                "Halaman kerja pengaduan bagi petugas. Tanda batas waktu: kuning mulai 75 persen "
                "batas waktu, merah mulai 90 persen, dan terlambat setelah lewat; hari dihitung "
                "dalam hari kerja.\n\n- \"Antrean koordinator: verifikasi dan disposisi\": bagi "
                "koordinator (BKPSDM dan petugas yang ditunjuk), laporan baru yang harus "
                "diverifikasi dan didisposisikan dalam 3 hari kerja.\n- \"Antrean perangkat "
                "daerah: tindak lanjuti dan jawab\": bagi admin dan penghubung perangkat daerah, "
                "kepala unit, pegawai yang ditugasi, serta petugas Inspektorat untuk laporan "
                "berkadar pengawasan.\n- \"Semua kasus yang dapat saya lihat\": saring menurut "
                "status. Pimpinan dapat membaca semua kasus tanpa mengubahnya.\n- \"Ekspor (CSV)\" "
                "dan \"Ekspor (XLSX)\": mengunduh kasus yang boleh Anda lihat, dengan identitas "
                "pelapor disamarkan.\n- \"Pengaturan\" dan \"Petugas\": bagi BKPSDM."
            ),
        ),
        "en": (
            "Complaints",
            (
                "The complaint officers' working page. Deadline badges: amber from 75 percent of a "
                "limit, red from 90 percent, late once past; days are working days.\n\n- "
                "\"Coordinator queue: verify and dispose\": for coordinators (BKPSDM and "
                "designated officers), new reports to verify and forward within 3 working days.\n- "
                "\"Agency queue: follow up and answer\": for the agency's admins and liaisons, "
                "unit heads, the assigned employee, and Inspektorat officers for cases berkadar "
                "pengawasan.\n- \"All cases I may see\": filter by status. Leaders read every case "
                "but change nothing.\n- \"Export (CSV)\" and \"Export (XLSX)\": download the cases "
                "you may see, with the reporter's identity masked.\n- \"Settings\" and "
                "\"Officers\": for BKPSDM."
            ),
        ),
    },
    "case": {
        "id": (
            "Kasus pengaduan",
            (
                "Satu laporan: status, tanda tenggat, jenis, klasifikasi, perangkat daerah, "
                "pegawai yang menangani, batas waktu, kategori, lokasi, pelapor, isi, lampiran, "
                "dan riwayat (catatan internal tampil samar dan tidak pernah dilihat pelapor). "
                "Identitas pelapor anonim tidak diketahui siapa pun; laporan rahasia atau berkadar "
                "pengawasan hanya dapat dilihat identitasnya oleh koordinator.\n\nKoordinator:\n- "
                "\"Disposisikan\": pilih perangkat daerah penanggung jawab, klasifikasi "
                "(menentukan batas waktu penyelesaian: 14 hari kerja untuk pengaduan dan aspirasi, "
                "60 untuk pengaduan berkadar pengawasan, 5 untuk permintaan informasi), NIP "
                "pegawai yang menangani bila perlu, dan catatan kepada pelapor. Laporan dapat "
                "dijadikan anonim atau rahasia.\n- \"Tunda: minta kelengkapan data\", \"Arsipkan\" "
                "(spam, duplikat, di luar cakupan), dan \"Gabungkan sebagai duplikat\" (isi nomor "
                "pelacakan laporan yang dipertahankan).\n\nPenanganan di perangkat daerah: \"Kirim "
                "tindak lanjut\" (tanggapan pertama dalam 5 hari kerja), \"Kirim jawaban\", atau "
                "\"Bukan wewenang kami\" dengan alasan (kembali ke koordinator). \"Tambahkan "
                "catatan\" untuk catatan internal. Bila muncul pesan bahwa kasus telah diubah "
                "orang lain, muat ulang halaman."
            ),
        ),
        "en": (
            "Complaint case",
            (
                "One report: status, deadline badge, kind, class, agency, handling employee, "
                "deadlines, category, location, reporter, text, attachments and timeline (internal "
                "notes are greyed and never seen by the reporter). Nobody knows an anonymous "
                "reporter; for confidential or pengawasan cases only the coordinators see the "
                "identity.\n\nCoordinators:\n- \"Dispose\": choose the responsible agency, the "
                "class (it sets the completion deadline: 14 working days for complaints and "
                "aspirations, 60 for pengawasan cases, 5 for information requests), the handling "
                "employee's NIP if needed, and a note to the reporter. The report may be made "
                "anonymous or confidential.\n- \"Hold: ask for data\", \"Archive\" (spam, "
                "duplicate, out of scope) and \"Merge as duplicate\" (enter the tracking number of "
                "the case to keep).\n\nHandling in the agency: \"Post the follow-up\" (first reply "
                "within 5 working days), \"Post the answer\", or \"Not our authority\" with a "
                "reason (back to the coordinators). \"Add the note\" for an internal note. If you "
                "are told someone changed the case in the meantime, reload the page."
            ),
        ),
    },
    "settings": {
        "id": (
            "Pengaturan pengaduan",
            (
                "BKPSDM mengatur batas waktu penanganan pengaduan dalam hari kerja, ambang tanda "
                "kuning dan merah, batas waktu tanggapan pelapor, dan apakah portal pengaduan "
                "warga dibuka. Klik \"Simpan\".\n\nNilai bawaan nasional: verifikasi 3, tanggapan "
                "pertama 5, tanggapan pelapor 10 hari kerja; penyelesaian 14 / 60 / 5 / 14 hari "
                "kerja (pengaduan, berkadar pengawasan, permintaan informasi, aspirasi); kuning "
                "pada 75 persen dan merah pada 90 persen. Bila pengaturan telah diubah orang lain, "
                "muat ulang halaman lalu ulangi."
            ),
        ),
        "en": (
            "Complaint settings",
            (
                "BKPSDM sets the handling deadlines in working days, the amber and red thresholds, "
                "the reporter's response window, and whether the citizens' portal is open. Click "
                "\"Save\".\n\nNational defaults: verification 3, first reply 5, reporter window 10 "
                "working days; completion 14 / 60 / 5 / 14 working days (complaint, pengawasan, "
                "information request, aspiration); amber at 75 percent and red at 90 percent. If "
                "someone else changed the settings, reload the page and try again."
            ),
        ),
    },
    "officers": {
        "id": (
            "Petugas pengaduan",
            (
                "BKPSDM menunjuk petugas pengaduan: isi NIP pegawai, pilih tugasnya (koordinator, "
                "penghubung perangkat daerah, atau petugas Inspektorat), dan untuk penghubung "
                "pilih perangkat daerahnya, lalu klik \"Tetapkan\". Tombol \"Hapus\" mencabut "
                "penunjukan.\n\nKoordinator memverifikasi dan mendisposisikan semua laporan; "
                "penghubung menangani laporan perangkat daerahnya; petugas Inspektorat menangani "
                "laporan berkadar pengawasan."
            ),
        ),
        "en": (
            "Complaint officers",
            (
                "BKPSDM designates complaint officers: enter the employee's NIP, choose the duty "
                "(coordinator, agency liaison or Inspektorat officer) and, for a liaison, the "
                "agency, then click \"Designate\". \"Remove\" ends a designation.\n\nCoordinators "
                "verify and forward every report; liaisons handle their agency's reports; "
                "Inspektorat officers handle the cases berkadar pengawasan."
            ),
        ),
    },
}

NOT_SCREENS = {
    "track_action": "action",
    "act": "action",
    "attachment": "download",
    "export": "download",
    "export_xlsx": "download",
    "officer_remove": "action",
}
