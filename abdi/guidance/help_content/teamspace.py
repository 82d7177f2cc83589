"""Help of the team work-space screens (namespace ``teamspace``, URL prefix /tim/<team>/)."""

_READ_ONLY_ID = ("Jika formulir tidak tampil, Anda hanya dapat membaca: atasan anggota, anggota "
                 "yang sudah keluar dari tim, dan semua orang setelah tim ditutup atau melewati "
                 "tanggal selesainya hanya membaca. Pesan \"Only active members ...\" berarti "
                 "hal yang sama; hubungi ketua tim bila Anda seharusnya masih anggota aktif.")
_READ_ONLY_EN = ("When no form is shown you can only read: the atasan of members, members who "
                 "left, and everybody once the team is closed or past its end date. The message "
                 "\"Only active members ...\" means the same; ask the team lead if you should "
                 "still be an active member.")

SCREENS = {
    "tasks": {
        "id": ("Tugas tim",
               "Daftar pekerjaan tim lintas perangkat daerah: siapa mengerjakan apa dan kapan "
               "batas waktunya. Dipakai oleh anggota tim setiap hari; atasan anggota dapat "
               "melihatnya.\n\n"
               "Saringan di atas daftar:\n"
               "- Semua: semua tugas tim.\n"
               "- Milik saya: tugas yang penanggung jawabnya Anda.\n"
               "- Terbuka: tugas yang belum selesai.\n"
               "- Terlambat: tugas belum selesai yang batas waktunya sudah lewat.\n\n"
               "Tanda \"terlambat\" muncul pada tugas yang melewati batas waktu. Tanda "
               "\"pemilik keluar\" muncul bila penanggung jawab sudah keluar dari tim: buka "
               "tugasnya dan pilih anggota lain. Tugas yang sudah selesai tetap atas namanya.\n\n"
               "Formulir Tugas baru: isi judul, pilih penanggung jawab (hanya anggota aktif), "
               "batas waktu (dalam masa kerja tim) dan uraian, lalu tekan Tambahkan tugas. "
               "Penanggung jawab mendapat notifikasi, dan sehari sebelum batas waktu ia "
               "diingatkan.\n\n" + _READ_ONLY_ID),
        "en": ("Team tasks",
               "The cross-agency team's work: who does what, and by when. Used by the team's "
               "members every day; the members' atasan may read it.\n\n"
               "Filters above the list:\n"
               "- All: every task of the team.\n"
               "- Mine: the tasks you own.\n"
               "- Open: tasks not done yet.\n"
               "- Overdue: unfinished tasks past their due date.\n\n"
               "\"Overdue\" marks a task past its due date. \"Owner left\" marks a task whose "
               "owner has left the team: open it and choose another member. Done tasks stay in "
               "his name.\n\n"
               "The New task form: write the title, choose the owner (active members only), the "
               "due date (within the team's period) and a description, then press Add the task. "
               "The owner is notified, and reminded the day before the due date.\n\n"
               + _READ_ONLY_EN),
    },
    "task": {
        "id": ("Satu tugas tim",
               "Rincian satu tugas: penanggung jawab, batas waktu, status, rapat asalnya (bila "
               "tugas ini tindak lanjut rapat) dan riwayat siapa mengubah apa.\n\n"
               "Formulir Ubah tugas: ganti status (terbuka, sedang dikerjakan, selesai), "
               "penanggung jawab atau batas waktu, lalu tekan Simpan. Penanggung jawab baru "
               "mendapat notifikasi.\n\n"
               "Bila muncul pesan bahwa orang lain sudah mengubah tugas ini, muat ulang halaman, "
               "periksa perubahannya, lalu ulangi perubahan Anda.\n\n" + _READ_ONLY_ID),
        "en": ("One team task",
               "One task in detail: owner, due date, status, the meeting it came from (for a "
               "follow-up) and the history of who changed what.\n\n"
               "The Change the task form: set the status (open, in progress, done), the owner or "
               "the due date, then press Save. A new owner is notified.\n\n"
               "When told someone else changed the task in the meantime, reload the page, look "
               "at their change and redo yours.\n\n" + _READ_ONLY_EN),
    },
    "threads": {
        "id": ("Diskusi tim",
               "Topik diskusi tim, yang paling baru ramai di atas. Setiap topik menunjukkan "
               "pembuatnya, jumlah balasan dan waktu aktivitas terakhir.\n\n"
               "Formulir Topik baru: tulis judul dan pesan, lalu tekan Buka topik. Semua "
               "anggota aktif mendapat notifikasi topik baru. Tautan (https://...) dalam pesan "
               "otomatis dapat diklik.\n\n" + _READ_ONLY_ID),
        "en": ("Team discussion",
               "The team's discussion topics, newest activity first, each with its author, the "
               "number of replies and the time of the last activity.\n\n"
               "The New topic form: write a topic and a message, then press Open the topic. "
               "Every active member is notified of a new topic. Links (https://...) in a "
               "message become clickable.\n\n" + _READ_ONLY_EN),
    },
    "thread": {
        "id": ("Satu topik diskusi",
               "Pesan pembuka topik dan semua balasannya, urut waktu.\n\n"
               "Formulir Balas: tulis pesan lalu tekan Kirim balasan. Yang diberi tahu adalah "
               "pembuat topik dan anggota yang pernah membalas; notifikasi berikutnya menunggu "
               "sampai notifikasi sebelumnya dibaca.\n\n" + _READ_ONLY_ID),
        "en": ("One discussion topic",
               "The opening message and every reply, in order.\n\n"
               "The Reply form: write your message and press Send the reply. The topic's author "
               "and those who replied are notified; the next notice waits until they read the "
               "previous one.\n\n" + _READ_ONLY_EN),
    },
    "documents": {
        "id": ("Dokumen tim",
               "Dokumen kerja tim (rencana aksi, notulen, laporan) dengan nomor versi "
               "terbarunya dan siapa yang terakhir mengunggah.\n\n"
               "Formulir Unggah dokumen baru: isi judul, pilih berkas (PDF, DOCX, XLSX, PPTX, "
               "ODT, JPEG atau PNG, paling besar 20 MB) dan catatan, lalu tekan Unggah. Berkas "
               "diperiksa dari isinya, bukan dari namanya: berkas jenis lain, kosong atau lebih "
               "dari 20 MB ditolak dengan pesan yang jelas.\n\n"
               "Dokumen hanya dapat diunduh oleh anggota tim dan atasannya, melalui Abdi.\n\n"
               + _READ_ONLY_ID),
        "en": ("Team documents",
               "The team's working documents (action plans, minutes, reports) with their newest "
               "version number and who uploaded last.\n\n"
               "The Upload a new document form: write a title, choose the file (PDF, DOCX, "
               "XLSX, PPTX, ODT, JPEG or PNG, at most 20 MB) and a note, then press Upload. The "
               "file is checked by its content, not its name: other kinds, empty files or files "
               "over 20 MB are refused with a clear message.\n\n"
               "Only team members and their atasan download documents, through Abdi.\n\n"
               + _READ_ONLY_EN),
    },
    "document": {
        "id": ("Versi dokumen",
               "Semua versi satu dokumen: nomor versi, pengunggah, waktu, catatan perubahan dan "
               "tautan unduh. Versi lama tidak pernah ditimpa.\n\n"
               "Formulir Unggah versi baru: pilih berkas dan tulis apa yang berubah, lalu tekan "
               "Unggah sebagai versi berikutnya. Semua anggota aktif diberi tahu.\n\n"
               "Bila dua anggota mengunggah pada saat bersamaan, unggahan kedua ditolak dengan "
               "pesan bahwa sudah ada versi yang lebih baru: periksa versi itu dahulu, lalu "
               "unggah lagi bila masih perlu.\n\n" + _READ_ONLY_ID),
        "en": ("Document versions",
               "Every version of one document: number, uploader, time, note and the download "
               "link. Old versions are never overwritten.\n\n"
               "The Upload a new version form: choose the file and say what changed, then press "
               "Upload as the next version. Every active member is notified.\n\n"
               "When two members upload at the same moment, the second upload is refused with a "
               "message that a newer version exists: look at it first, then upload again if "
               "still needed.\n\n" + _READ_ONLY_EN),
    },
    "meetings": {
        "id": ("Notulen rapat tim",
               "Daftar rapat tim dengan tanggal, tempat (atau daring), jumlah peserta dan "
               "jumlah tindak lanjut.\n\n"
               "Tombol Tulis notulen rapat membuka formulir notulen (hanya untuk anggota "
               "aktif).\n\n" + _READ_ONLY_ID),
        "en": ("Team meeting notes",
               "The team's meetings with their date, place (or online), number of attendees and "
               "of follow-ups.\n\n"
               "Write meeting notes opens the notes form (active members only).\n\n"
               + _READ_ONLY_EN),
    },
    "meeting": {
        "id": ("Satu notulen rapat",
               "Tanggal, tempat atau tautan daring, peserta, catatan, keputusan dan tindak "
               "lanjut rapat. Setiap tindak lanjut adalah tugas di daftar Tugas; klik untuk "
               "melihat atau memperbarui statusnya."),
        "en": ("One meeting's notes",
               "Date, place or online link, attendees, notes, decisions and follow-ups of the "
               "meeting. Each follow-up is a task of the Tasks list; click it to see or update "
               "its status."),
    },
    "meeting_new": {
        "id": ("Tulis notulen rapat",
               "Formulir notulen rapat tim.\n\n"
               "- Judul dan tanggal rapat wajib diisi.\n"
               "- Isi tempat, atau tautan rapat daring (https://...), atau keduanya.\n"
               "- Centang peserta (anggota aktif tim).\n"
               "- Keputusan: satu keputusan per baris.\n"
               "- Tindak lanjut: setiap baris yang diisi menjadi tugas dengan penanggung jawab "
               "dan batas waktu; baris kosong diabaikan.\n\n"
               "Tekan Terbitkan notulen: semua anggota aktif diberi tahu. Bila satu isian "
               "salah (misalnya penanggung jawab yang sudah keluar dari tim, atau batas waktu "
               "sebelum tim mulai), tidak ada yang disimpan: perbaiki isian yang ditandai lalu "
               "kirim lagi."),
        "en": ("Write meeting notes",
               "The form of a team meeting's notes.\n\n"
               "- The title and the date are required.\n"
               "- Write the place, or the online meeting link (https://...), or both.\n"
               "- Tick the attendees (active members of the team).\n"
               "- Decisions: one decision a line.\n"
               "- Follow-ups: each filled row becomes a task with an owner and a due date; "
               "empty rows are skipped.\n\n"
               "Press Publish the notes: every active member is notified. When one entry is "
               "wrong (an owner who left the team, a due date before the team starts), nothing "
               "is saved: correct the marked entry and send again."),
    },
}

NOT_SCREENS = {
    "task_create": "action",
    "task_update": "action",
    "thread_create": "action",
    "reply": "action",
    "document_create": "action",
    "version_create": "action",
    "download": "download",
}
