"""Help texts of the public consultation forum screens, issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Forum konsultasi publik",
            (
                "Halaman kelola forum konsultasi publik (FKP), tempat perangkat daerah membahas "
                "layanan publiknya bersama warga. Penyelenggara pelayanan wajib mengikutsertakan "
                "masyarakat dalam menyusun standar pelayanan (UU 25/2009 Pasal 20 ayat 2; "
                "PermenPANRB 16/2017).\n\n- BKPSDM melihat dan mengelola semua forum; admin "
                "perangkat daerah mengelola forum perangkat daerahnya; pimpinan hanya membaca. "
                "Pegawai lain tidak dapat membuka halaman ini.\n- Bagian \"Komitmen seluruh "
                "pemerintah daerah\" merangkum janji hasil forum: direncanakan, dalam proses, "
                "selesai, dibatalkan, dan terlambat.\n- Tabel forum menampilkan penyelenggara, "
                "waktu, status, jumlah terdaftar/kuota, jumlah hadir, dan komitmen yang terlambat. "
                "Klik judul untuk membuka forum.\n- \"Forum baru\": membuat forum (BKPSDM dan "
                "admin perangkat daerah).\n- \"Halaman publik forum\": halaman yang dilihat warga."
            ),
        ),
        "en": (
            "Public consultation forums",
            (
                "The back office of the public consultation forums (FKP), where agencies discuss "
                "their public services with citizens. Service providers must involve the public in "
                "drawing up service standards (UU 25/2009 Pasal 20(2); PermenPANRB 16/2017).\n\n- "
                "BKPSDM sees and manages every forum; an agency admin manages his agency's forums; "
                "leaders only read. Other employees cannot open this page.\n- \"Commitments of the "
                "whole government\" sums up the promises made at forums: planned, in progress, "
                "done, dropped and overdue.\n- The forum table shows organiser, time, status, "
                "registered/capacity, attended and overdue commitments. Click a title to open the "
                "forum.\n- \"New forum\": create a forum (BKPSDM and agency admins).\n- \"Public "
                "page of the forums\": the page citizens see."
            ),
        ),
    },
    "forum_create": {
        "id": (
            "Forum baru",
            (
                "Membuat forum konsultasi publik sebagai draf: perangkat daerah atau unit layanan "
                "penyelenggara, judul, layanan atau topik yang dibahas, deskripsi, waktu mulai, "
                "tempat, tautan daring (opsional), kuota, dan batas waktu pendaftaran. Waktu diisi "
                "menurut zona waktu pemerintah daerah (WIB/WITA/WIT). Klik \"Simpan\".\n\nAdmin "
                "perangkat daerah hanya dapat memilih unit perangkat daerahnya sendiri. "
                "Pendaftaran harus ditutup paling lambat saat forum dimulai. Forum belum terlihat "
                "oleh warga sampai diumumkan dari halaman forum."
            ),
        ),
        "en": (
            "New forum",
            (
                "Create a public consultation forum as a draft: organising agency or service unit, "
                "title, service or topic discussed, description, start time, place, online link "
                "(optional), capacity and registration deadline. Times are in the government's "
                "time zone (WIB/WITA/WIT). Click \"Save\".\n\nAn agency admin can choose only his "
                "own agency's units. Registration must close no later than the start. Citizens do "
                "not see the forum until it is announced from the forum page."
            ),
        ),
    },
    "forum": {
        "id": (
            "Kelola forum",
            (
                "Halaman satu forum: status, rincian, jumlah terdaftar dan hadir, notulen, serta "
                "komitmen.\n\n- \"Ubah\": mengubah forum selama masih draf atau diumumkan.\n- "
                "\"Umumkan\": menampilkan forum draf di halaman publik dan membuka pendaftaran.\n- "
                "\"Batalkan forum\": dengan alasan yang ditampilkan kepada warga; tidak dapat "
                "dilakukan setelah forum dimulai.\n- \"Pendaftar\": nama dan kontak pendaftar "
                "serta kehadiran (BKPSDM dan admin perangkat daerah penyelenggara; pimpinan hanya "
                "melihat jumlahnya).\n- \"Terbitkan notulen\": setelah forum dimulai, isi notulen "
                "dan lampirkan PDF (opsional, paling besar 10 MB); forum menjadi selesai. "
                "\"Perbaiki notulen\" untuk mengoreksinya.\n- \"Publikasikan komitmen\": setelah "
                "notulen terbit, catat janji, unit penanggung jawab, dan tenggatnya.\n- \"Catat "
                "perkembangan\": perbarui status komitmen (dalam proses, selesai, atau dibatalkan "
                "dengan alasan) beserta tanggal, catatan, dan tautan bukti. Komitmen yang selesai "
                "atau dibatalkan bersifat final; yang melewati tenggat ditandai terlambat."
            ),
        ),
        "en": (
            "Manage a forum",
            (
                "One forum: status, details, registered and attended counts, minutes and "
                "commitments.\n\n- \"Edit\": change the forum while it is a draft or announced.\n- "
                "\"Announce\": publish a draft on the public page and open registration.\n- "
                "\"Cancel the forum\": with a reason shown to citizens; not possible once the "
                "forum has started.\n- \"Registrants\": names, contacts and attendance (BKPSDM and "
                "the organising agency's admins; leaders see counts only).\n- \"Publish the "
                "minutes\": once the forum has started, write the minutes and attach a PDF "
                "(optional, at most 10 MB); the forum is then concluded. \"Correct the minutes\" "
                "to fix them.\n- \"Publish the commitment\": after the minutes, record a promise, "
                "the responsible unit and its due date.\n- \"Record progress\": update a "
                "commitment (in progress, done, or dropped with a reason) with a date, note and "
                "evidence link. Done and dropped are final; a commitment past its due date is "
                "marked overdue."
            ),
        ),
    },
    "forum_edit": {
        "id": (
            "Ubah forum",
            (
                "Mengubah forum yang masih draf atau sudah diumumkan; kolomnya sama dengan forum "
                "baru. Klik \"Simpan\".\n\nForum yang sudah selesai atau dibatalkan tidak dapat "
                "diubah. Bila muncul pesan bahwa forum telah diubah orang lain, muat ulang halaman "
                "lalu ulangi perubahan Anda."
            ),
        ),
        "en": (
            "Edit forum",
            (
                "Change a forum that is a draft or announced; the fields are those of a new forum. "
                "Click \"Save\".\n\nA concluded or cancelled forum cannot be edited. If you are "
                "told someone else changed the forum in the meantime, reload the page and make "
                "your change again."
            ),
        ),
    },
    "registrants": {
        "id": (
            "Pendaftar forum",
            (
                "Daftar pendaftar satu forum dengan nama, telepon atau e-mail, dan organisasi, 100 "
                "per halaman. Hanya BKPSDM dan admin perangkat daerah penyelenggara yang dapat "
                "membukanya; data pribadi pendaftar tidak pernah dipublikasikan.\n\n- Setelah "
                "forum dimulai, \"Tandai hadir\" mencatat kehadiran dan \"Urungkan\" "
                "membatalkannya.\n- \"Ekspor CSV\": mengunduh daftar pendaftar untuk keperluan "
                "penyelenggaraan."
            ),
        ),
        "en": (
            "Forum registrants",
            (
                "The registrants of one forum with name, phone or e-mail and organisation, 100 per "
                "page. Only BKPSDM and the organising agency's admins can open it; registrants' "
                "personal data is never published.\n\n- Once the forum has started, \"Mark "
                "attended\" records attendance and \"Undo\" removes it.\n- \"Export CSV\": "
                "download the registrants for organising the forum."
            ),
        ),
    },
    "public_list": {
        "id": (
            "Forum konsultasi publik",
            (
                "Halaman publik berisi forum tempat pemerintah daerah membahas layanan publiknya "
                "bersama warga. \"Forum mendatang\" menampilkan forum yang diumumkan (dan yang "
                "dibatalkan); \"Forum sebelumnya\" menampilkan forum yang telah berlangsung dan "
                "apakah notulennya sudah terbit.\n\nKlik judul forum untuk melihat rinciannya, "
                "mendaftar, membaca notulen, dan mengikuti setiap komitmen sampai ditepati. Tidak "
                "perlu akun."
            ),
        ),
        "en": (
            "Public consultation forums",
            (
                "The public page of the forums where the government discusses its public services "
                "with citizens. \"Upcoming forums\" lists announced (and cancelled) forums; \"Past "
                "forums\" lists those held and whether their minutes are published.\n\nClick a "
                "forum's title to see it, register, read the minutes and follow each commitment "
                "until it is kept. No account is needed."
            ),
        ),
    },
    "public_forum": {
        "id": (
            "Forum konsultasi publik",
            (
                "Rincian satu forum: penyelenggara, layanan atau topik, waktu, tempat atau tautan "
                "daring, kuota terisi, dan batas pendaftaran.\n\nUntuk mendaftar, isi nama, nomor "
                "ponsel atau e-mail, dan organisasi (opsional), lalu klik \"Daftar\". Nama dan "
                "kontak Anda hanya dilihat penyelenggara dan tidak pernah dipublikasikan. Satu "
                "nomor ponsel atau e-mail hanya dapat mendaftar sekali untuk setiap forum.\n\n"
                "Pendaftaran ditolak bila forum belum diumumkan, dibatalkan, pendaftaran sudah "
                "ditutup, atau kuota penuh; terlalu banyak pendaftaran dari perangkat yang sama "
                "juga ditolak sementara. Setelah forum, halaman ini menampilkan notulen (\"Unduh "
                "notulen (PDF)\" bila ada) dan komitmen beserta perkembangannya."
            ),
        ),
        "en": (
            "Public consultation forum",
            (
                "One forum: organiser, service or topic, time, place or online link, places taken "
                "and registration deadline.\n\nTo register, enter your name, mobile phone or "
                "e-mail and organisation (optional), then click \"Register\". Your name and "
                "contact are seen only by the organisers and never published. A phone number or "
                "e-mail registers once per forum.\n\nRegistration is refused when the forum is not "
                "announced, is cancelled, registration has closed or the forum is full; too many "
                "registrations from one device are refused for a while. After the forum, the page "
                "shows the minutes (\"Download the minutes (PDF)\" if any) and the commitments "
                "with their progress."
            ),
        ),
    },
}

NOT_SCREENS = {
    "forum_publish": "action",
    "forum_cancel": "action",
    "minutes": "action",
    "commitment_add": "action",
    "registrants_csv": "download",
    "attendance": "action",
    "progress_add": "action",
    "public_minutes": "download",
}
