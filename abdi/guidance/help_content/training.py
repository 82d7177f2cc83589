"""Help texts of the training screens (pelatihan, 20 JP), issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Pelatihan dan pengembangan kompetensi",
            (
                "Halaman awal pelatihan bagi setiap pegawai: katalog pelatihan yang sedang membuka "
                "pendaftaran, pelatihan yang direkomendasikan untuk Anda, riwayat pendaftaran "
                "Anda, dan capaian JP Anda tahun ini.\n\nBagian \"Rekomendasi untuk Anda\" berisi "
                "pelatihan terbuka yang mengembangkan kompetensi yang menurut hasil penilaian "
                "kompetensi Anda masih memiliki kesenjangan. Klik judul pelatihan untuk melihat "
                "rinciannya dan mendaftar.\n\n- \"Capaian JP\": capaian JP Anda, pegawai Anda, dan "
                "(bagi BKPSDM, pimpinan, dan admin perangkat daerah) per perangkat daerah.\n- "
                "\"Laporkan pelatihan yang diikuti di tempat lain\": catat pelatihan yang tidak "
                "ada di katalog, dengan sertifikatnya.\n- \"Pendaftaran yang perlu disetujui\": "
                "muncul bagi atasan bila ada pendaftaran pegawai yang menunggu keputusannya.\n- "
                "\"Kelola katalog\": hanya untuk BKPSDM.\n\nSetiap PNS berhak atas pengembangan "
                "kompetensi paling sedikit 20 JP setahun (PP 11/2017 Pasal 203 ayat 4); 1 JP = 45 "
                "menit."
            ),
        ),
        "en": (
            "Training and competency development",
            (
                "The training home page for every employee: the trainings open for registration, "
                "those recommended for you, your own registrations and your JP this year.\n\n"
                "\"Recommended for you\" lists open trainings that develop the competencies where "
                "your competency assessment shows a gap. Click a title to see the training and "
                "register.\n\n- \"JP standing\": your JP, your staff's JP and (for BKPSDM, leaders "
                "and agency admins) the standing per perangkat daerah.\n- \"Report a training done "
                "elsewhere\": record a training that is not in the catalogue, with its "
                "certificate.\n- \"Registrations to approve\": shown to an atasan when "
                "registrations of his staff wait for a decision.\n- \"Manage the catalogue\": "
                "BKPSDM only.\n\nEvery civil servant has the right to at least 20 JP of competency "
                "development a year (PP 11/2017 Pasal 203(4)); 1 JP = 45 minutes."
            ),
        ),
    },
    "manage": {
        "id": (
            "Katalog pelatihan (BKPSDM)",
            (
                "Halaman kerja BKPSDM untuk mengelola katalog pelatihan. Pegawai lain tidak dapat "
                "membuka halaman ini.\n\n- \"Pelatihan baru\": menambah pelatihan ke katalog "
                "(bentuk, penyelenggara, jadwal, kuota, biaya, kode kompetensi, status).\n- "
                "\"Lembaga\": daftar lembaga penyelenggara (BPSDM, LAN, perguruan tinggi mitra, "
                "internal).\n- \"Ekspor riwayat pelatihan (XLSX)\": mengunduh riwayat diklat "
                "seluruh pegawai.\n\nTabel \"Laporan pelatihan yang perlu diverifikasi\" berisi "
                "pelatihan yang dilaporkan pegawai dari luar katalog. Klik judulnya untuk "
                "memeriksa sertifikat lalu memverifikasi atau menolaknya dengan alasan. Tabel "
                "\"Pelatihan\" menampilkan semua pelatihan dengan jumlah kursi terisi dibanding "
                "kuota dan statusnya."
            ),
        ),
        "en": (
            "Training catalogue (BKPSDM)",
            (
                "BKPSDM's working page for the training catalogue. Other employees cannot open "
                "it.\n\n- \"New training\": add a training to the catalogue (form, organiser, "
                "schedule, quota, cost, competency codes, status).\n- \"Institutions\": the "
                "organising institutions (BPSDM, LAN, partner universities, internal).\n- \"Export "
                "training history (XLSX)\": download the training history of all employees.\n\n"
                "\"Reported trainings to verify\" lists trainings that employees reported from "
                "outside the catalogue. Click a title to check the certificate, then verify it or "
                "refuse it with a reason. \"Trainings\" lists every training with seats taken "
                "against the quota and its status."
            ),
        ),
    },
    "institutions": {
        "id": (
            "Lembaga pelatihan",
            (
                "BKPSDM mencatat lembaga penyelenggara pelatihan di sini: isi nama, jenis, dan "
                "kota, lalu klik \"Tambah\". Lembaga yang sudah tercatat dapat dipilih sebagai "
                "penyelenggara saat membuat pelatihan.\n\nJika muncul pesan bahwa lembaga sudah "
                "ada, lembaga dengan nama tersebut sudah tercatat; pilih lembaga itu pada formulir "
                "pelatihan. Halaman ini hanya untuk BKPSDM."
            ),
        ),
        "en": (
            "Training institutions",
            (
                "BKPSDM records the institutions that organise trainings here: enter the name, "
                "kind and city, then click \"Add\". A recorded institution can be chosen as "
                "organiser when creating a training.\n\nIf you are told the institution exists "
                "already, it is recorded under that name; choose it in the training form. This "
                "page is for BKPSDM only."
            ),
        ),
    },
    "event_create": {
        "id": (
            "Pelatihan baru",
            (
                "BKPSDM menambahkan pelatihan ke katalog. Isi judul, bentuk pelatihan, "
                "penyelenggara (tambahkan dulu lewat \"Tambah lembaga\" bila belum ada), tanggal "
                "mulai dan selesai, menit pembelajaran atau JP yang tercantum di sertifikat, "
                "kuota, biaya per peserta, tempat, kode kompetensi, dan status. Klik \"Simpan\".\n"
                "\n- 1 JP = 45 menit; sisa menit yang tidak genap 1 JP tidak dihitung. Pelatihan "
                "klasikal yang sertifikatnya mencantumkan JP dihitung sesuai JP yang tercantum.\n- "
                "Kode kompetensi dipakai untuk merekomendasikan pelatihan kepada pegawai yang "
                "memiliki kesenjangan pada kompetensi tersebut.\n- Hanya pelatihan berstatus "
                "dibuka yang dapat didaftari pegawai.\n\nFormulir ditolak bila tanggal selesai "
                "sebelum tanggal mulai, menit pembelajaran melebihi 12 jam sehari, atau JP yang "
                "dinyatakan membutuhkan waktu lebih banyak dari menit yang dicatat. Perbaiki kolom "
                "yang ditandai lalu simpan lagi."
            ),
        ),
        "en": (
            "New training",
            (
                "BKPSDM adds a training to the catalogue. Enter the title, form, organiser (add it "
                "first with \"Add an institution\" if missing), start and end dates, learning "
                "minutes or the JP stated on the certificate, quota, cost per participant, place, "
                "competency codes and status. Click \"Save\".\n\n- 1 JP = 45 minutes; partial JP "
                "are not counted. A classroom training whose certificate states JP counts the "
                "stated JP.\n- The competency codes are used to recommend the training to "
                "employees with a gap in those competencies.\n- Only a training whose status is "
                "open can be registered for.\n\nThe form is refused when the end date is before "
                "the start date, the minutes exceed 12 hours a day, or the stated JP need more "
                "time than the minutes recorded. Correct the marked field and save again."
            ),
        ),
    },
    "event": {
        "id": (
            "Rincian pelatihan",
            (
                "Rincian satu pelatihan: bentuk, penyelenggara, tanggal dan tempat, waktu "
                "pembelajaran, kuota terisi, biaya per peserta, status, dan kompetensi yang "
                "dikembangkan.\n\nPegawai mendaftar dengan tombol \"Daftar\"; sesudah itu atasan "
                "langsung Anda yang memutuskan. Bila Anda sudah terdaftar, tautan \"Pendaftaran "
                "Anda\" membuka catatan pendaftaran Anda beserta statusnya.\n\nPendaftaran ditolak "
                "bila pendaftaran sudah ditutup, kuota penuh, Anda sudah terdaftar, atau bagi PPPK "
                "bila pelatihan ini membuat pengembangan kompetensinya melebihi 24 JP setahun (PP "
                "49/2018 Pasal 40 ayat 1).\n\nBagi BKPSDM, halaman ini juga menampilkan tombol "
                "\"Ubah\", daftar peserta dengan tombol \"Hadir\"/\"Tidak hadir\" dan \"Catat "
                "hasil\", serta rangkuman evaluasi peserta."
            ),
        ),
        "en": (
            "Training details",
            (
                "One training: form, organiser, dates and place, learning time, seats taken "
                "against the quota, cost per participant, status and the competencies it "
                "develops.\n\nAn employee registers with \"Register\"; then his direct atasan "
                "decides. When you are registered, the link \"Your registration\" opens your "
                "registration and its status.\n\nRegistration is refused when it is closed, the "
                "quota is full, you are registered already, or, for a PPPK, when the training "
                "would take his development beyond 24 JP a year (PP 49/2018 Pasal 40(1)).\n\nFor "
                "BKPSDM the page also shows \"Edit\", the participants with "
                "\"Attended\"/\"Absent\" and \"Record the result\", and the summary of the "
                "participants' evaluation."
            ),
        ),
    },
    "event_edit": {
        "id": (
            "Ubah pelatihan",
            (
                "BKPSDM mengubah data pelatihan di katalog, termasuk statusnya (misalnya menutup "
                "pendaftaran). Kolomnya sama dengan formulir pelatihan baru; klik \"Simpan\".\n\n"
                "Bila muncul pesan bahwa orang lain telah mengubah pelatihan ini, muat ulang "
                "halaman, periksa perubahan terbaru, lalu ulangi perubahan Anda."
            ),
        ),
        "en": (
            "Edit training",
            (
                "BKPSDM changes a training in the catalogue, including its status (for example to "
                "close registration). The fields are those of a new training; click \"Save\".\n\n"
                "If you are told someone else changed the training in the meantime, reload the "
                "page, check the latest values and make your change again."
            ),
        ),
    },
    "record": {
        "id": (
            "Catatan pelatihan",
            (
                "Satu catatan pelatihan seorang pegawai: pendaftaran pada pelatihan di katalog, "
                "atau pelatihan di luar katalog yang dilaporkan pegawai. Catatan dapat dilihat "
                "oleh pegawai itu, atasannya, admin perangkat daerahnya, BKPSDM, dan pimpinan.\n\n"
                "Tombol yang muncul bergantung pada peran Anda dan status catatan:\n- Atasan: "
                "\"Setujui\" atau \"Tolak\" (isi alasan bila menolak) untuk pendaftaran bawahan. "
                "Tidak ada yang menyetujui pendaftarannya sendiri.\n- BKPSDM: \"Hadir\"/\"Tidak "
                "hadir\", lalu \"Catat hasil\" dengan nomor dan berkas sertifikat (PDF, JPEG atau "
                "PNG, paling besar 5 MB); untuk laporan dari luar katalog: \"Verifikasi\" atau "
                "\"Tolak\" dengan alasan. BKPSDM tidak dapat memproses catatannya sendiri.\n- "
                "Pegawai: \"Batalkan pendaftaran saya\" selama belum hadir, dan \"Kirim evaluasi\" "
                "(nilai 1-5 untuk empat pertanyaan) setelah mengikuti pelatihan.\n\nJP dihitung "
                "ketika catatan selesai. Bila muncul pesan bahwa orang lain telah mengubah catatan "
                "ini, muat ulang halaman lalu ulangi."
            ),
        ),
        "en": (
            "Training record",
            (
                "One employee's training record: a registration for a catalogue training, or a "
                "training from elsewhere reported by the employee. It is seen by the employee, his "
                "atasan, the admin of his perangkat daerah, BKPSDM and the leaders.\n\nThe buttons "
                "depend on your role and the record's status:\n- Atasan: \"Approve\" or \"Refuse\" "
                "(give a reason when refusing) a staff member's registration. Nobody approves his "
                "own registration.\n- BKPSDM: \"Attended\"/\"Absent\", then \"Record the result\" "
                "with the certificate number and file (PDF, JPEG or PNG, at most 5 MB); for a "
                "reported training: \"Verify\" or \"Refuse\" with a reason. BKPSDM never acts on "
                "its own record.\n- Employee: \"Withdraw my registration\" while not yet attended, "
                "and \"Send the evaluation\" (a score 1-5 for four questions) after attending.\n\n"
                "JP are counted once the record is completed. If you are told someone else changed "
                "the record in the meantime, reload the page and try again."
            ),
        ),
    },
    "approvals": {
        "id": (
            "Pendaftaran yang perlu disetujui",
            (
                "Daftar pendaftaran pelatihan bawahan Anda yang menunggu keputusan Anda sebagai "
                "atasan langsung (kepala unit, atau Plt/Plh yang sedang menjabat).\n\nKlik judul "
                "pelatihan untuk membuka catatan pendaftaran, lalu pilih \"Setujui\" atau "
                "\"Tolak\" dengan alasan. Bila daftar kosong, tidak ada yang menunggu tindakan "
                "Anda."
            ),
        ),
        "en": (
            "Registrations to approve",
            (
                "The training registrations of your staff that wait for your decision as direct "
                "atasan (head of the unit, or the Plt/Plh acting today).\n\nClick a training title "
                "to open the registration, then choose \"Approve\" or \"Refuse\" with a reason. An "
                "empty list means nothing is waiting for you."
            ),
        ),
    },
    "report": {
        "id": (
            "Laporkan pelatihan yang diikuti di tempat lain",
            (
                "Pegawai mencatat pelatihan yang diikuti di luar katalog (misalnya seminar, kursus "
                "daring, atau pelatihan instansi lain) agar JP-nya dihitung.\n\nIsi judul, bentuk, "
                "penyelenggara, tanggal mulai dan selesai, menit pembelajaran dan/atau JP yang "
                "tercantum di sertifikat, nomor sertifikat, lalu unggah sertifikat (PDF, JPEG atau "
                "PNG, paling besar 5 MB) dan klik \"Laporan\". BKPSDM kemudian memverifikasi "
                "laporan Anda; JP dihitung setelah diverifikasi.\n\nLaporan ditolak bila "
                "sertifikat tidak dilampirkan, berkasnya bukan PDF/JPEG/PNG atau lebih dari 5 MB, "
                "tanggalnya tidak masuk akal, JP tidak sesuai dengan menitnya, atau pelatihan yang "
                "sama sudah pernah dilaporkan."
            ),
        ),
        "en": (
            "Report a training done elsewhere",
            (
                "An employee records a training attended outside the catalogue (a seminar, an "
                "online course, another agency's training) so that its JP count.\n\nEnter the "
                "title, form, organiser, start and end dates, learning minutes and/or the JP "
                "stated on the certificate, the certificate number, upload the certificate (PDF, "
                "JPEG or PNG, at most 5 MB) and click \"Report\". BKPSDM then verifies your "
                "report; the JP count once it is verified.\n\nThe report is refused when the "
                "certificate is missing, is not a PDF/JPEG/PNG or exceeds 5 MB, the dates do not "
                "make sense, the JP do not add up with the minutes, or the same training was "
                "reported already."
            ),
        ),
    },
    "jp": {
        "id": (
            "Capaian JP",
            (
                "Capaian JP pengembangan kompetensi dalam satu tahun dibandingkan batas minimal "
                "(bawaan 20 JP, PP 11/2017 Pasal 203 ayat 4; 1 JP = 45 menit).\n\n- \"JP saya\": "
                "JP Anda tahun ini dan kekurangannya.\n- \"Pegawai saya\": bagi atasan, JP setiap "
                "bawahan.\n- \"Per perangkat daerah\": bagi BKPSDM, pimpinan, dan admin perangkat "
                "daerah; jumlah pegawai yang memenuhi dan belum memenuhi. Klik angka \"Belum "
                "memenuhi\" untuk melihat siapa saja.\n- \"Ekspor riwayat pelatihan (XLSX)\": "
                "mengunduh riwayat diklat perangkat daerah yang boleh Anda lihat.\n\nBKPSDM "
                "mengatur \"JP minimum per tahun\" dan tanggal mulai pengingat di bagian "
                "\"Pengaturan pemerintah daerah ini\". Mulai tanggal itu, pegawai yang belum "
                "memenuhi batas minimal menerima pengingat melalui e-mail sekali setahun."
            ),
        ),
        "en": (
            "JP standing",
            (
                "Competency development JP of a year against the minimum (20 JP by default, PP "
                "11/2017 Pasal 203(4); 1 JP = 45 minutes).\n\n- \"My JP\": your JP this year and "
                "how many are missing.\n- \"My staff\": for an atasan, the JP of each staff "
                "member.\n- \"Per perangkat daerah\": for BKPSDM, leaders and agency admins; how "
                "many employees met the minimum and how many are behind. Click the \"Behind\" "
                "number to see who.\n- \"Export training history (XLSX)\": download the training "
                "history of the agencies you may see.\n\nBKPSDM sets the \"Minimum JP a year\" and "
                "the day reminders start under \"Settings of this government\". From that day, "
                "employees below the minimum get one e-mail reminder a year."
            ),
        ),
    },
    "behind": {
        "id": (
            "Pegawai di bawah JP minimal",
            (
                "Daftar pegawai satu perangkat daerah yang JP-nya pada tahun terpilih belum "
                "mencapai batas minimal, dengan NIP, unit kerja, JP, dan kekurangannya. Dapat "
                "dibuka oleh BKPSDM, pimpinan, dan admin perangkat daerah tersebut.\n\nGunakan "
                "daftar ini untuk mengarahkan pegawai ke pelatihan yang dibuka. Bila tampil "
                "\"Semua pegawai telah memenuhi batas minimal\", tidak ada yang tertinggal."
            ),
        ),
        "en": (
            "Employees behind the minimum JP",
            (
                "The employees of one perangkat daerah whose JP in the chosen year are below the "
                "minimum, with NIP, unit, JP and how many are missing. Open to BKPSDM, leaders and "
                "the admin of that agency.\n\nUse it to point these employees to open trainings. "
                "\"Everyone has met the minimum.\" means nobody is behind."
            ),
        ),
    },
}

NOT_SCREENS = {
    "register": "action",
    "decide": "action",
    "cancel": "action",
    "attendance": "action",
    "complete": "action",
    "verify": "action",
    "evaluate": "action",
    "certificate": "download",
    "configure": "action",
    "export": "download",
}
