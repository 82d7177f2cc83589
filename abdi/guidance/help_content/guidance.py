"""Help of the guidance screens (namespace ``guidance``, URL prefix /panduan/)."""

SCREENS = {
    "index": {
        "id": ("Bantuan dan panduan",
               "Halaman ini memuat bantuan untuk setiap layar Abdi, dikelompokkan per aplikasi. "
               "Ketik kata di kotak pencarian (misalnya \"SKP\" atau \"cuti\") untuk menemukan "
               "layar yang Anda cari.\n\n"
               "Tombol di bagian atas:\n"
               "- Artikel panduan: tulisan singkat dari BKPSDM tentang cara mengerjakan sesuatu.\n"
               "- Pengumuman: pengumuman yang ditujukan kepada Anda, yang sudah dan belum dibaca.\n"
               "- Masukan saya: masukan yang pernah Anda kirim beserta jawabannya.\n"
               "- Ulangi tur: menampilkan lagi tur perkenalan singkat di halaman beranda.\n\n"
               "Admin BKPSDM juga melihat tombol Kelola pengumuman dan Kotak masukan; admin "
               "kepegawaian perangkat daerah melihat Kelola pengumuman untuk perangkat daerahnya."),
        "en": ("Help and guidance",
               "This page lists the help of every Abdi screen, grouped by application. Type a "
               "word in the search box (for example \"SKP\" or \"leave\") to find a screen.\n\n"
               "Buttons at the top:\n"
               "- How-to articles: short texts of the HR office (BKPSDM) on how to do things.\n"
               "- Announcements: the announcements addressed to you, read and unread.\n"
               "- My feedback: the feedback you sent and the answers to it.\n"
               "- Replay the tour: shows the short introduction tour again on the home page.\n\n"
               "HR admins also see Manage announcements and Feedback inbox; an agency admin sees "
               "Manage announcements for his agency."),
    },
    "help": {
        "id": ("Bantuan sebuah layar",
               "Penjelasan layar tempat Anda menekan tombol Bantuan: untuk apa layar itu, siapa "
               "yang memakainya, dan apa fungsi tombol-tombolnya.\n\n"
               "Jika bantuan belum ditulis dalam bahasa Anda, ditampilkan bahasa lainnya dengan "
               "catatan. Di bawahnya tercantum artikel panduan BKPSDM yang terkait dengan layar "
               "itu.\n\n"
               "Masih bingung? Tekan tombol Masukan di pojok kanan bawah dan tulis pertanyaan "
               "Anda: BKPSDM akan menjawab."),
        "en": ("Help of a screen",
               "The explanation of the screen where you pressed Help: what it is for, who uses "
               "it and what its buttons do.\n\n"
               "If the help is not written in your language yet, the other language is shown "
               "with a note. Below it are the HR office's how-to articles linked to the "
               "screen.\n\n"
               "Still stuck? Press the Feedback button at the bottom right and write your "
               "question: the HR office answers."),
    },
    "articles": {
        "id": ("Artikel panduan",
               "Daftar artikel singkat \"cara mengerjakan\" yang ditulis BKPSDM, misalnya cara "
               "mengisi laporan kegiatan harian atau cara menyusun SKP. Cari dengan kotak "
               "pencarian lalu buka judulnya.\n\n"
               "Admin BKPSDM melihat juga draf (bertanda Draf) dan tombol Artikel baru."),
        "en": ("How-to articles",
               "Short how-to articles written by the HR office, for example how to fill in the "
               "daily activity report or how to draft an SKP. Search, then open a title.\n\n"
               "HR admins also see drafts (marked Draft) and the New article button."),
    },
    "article": {
        "id": ("Membaca artikel",
               "Isi lengkap satu artikel panduan. Di bawahnya tertulis siapa yang terakhir "
               "mengubahnya dan kapan.\n\n"
               "Admin BKPSDM dapat:\n"
               "- Ubah: memperbaiki teks (teks lama disimpan dalam riwayat).\n"
               "- Riwayat: melihat semua versi sebelumnya.\n"
               "- Terbitkan / Tarik: membuat artikel terlihat oleh semua pegawai atau "
               "menyembunyikannya lagi."),
        "en": ("Reading an article",
               "The full text of one how-to article, with who changed it last and when.\n\n"
               "HR admins can:\n"
               "- Edit: correct the text (the old text is kept in the history).\n"
               "- History: see every earlier version.\n"
               "- Publish / Withdraw: make the article visible to every employee, or hide it "
               "again."),
    },
    "article_create": {
        "id": ("Menulis artikel baru",
               "Untuk admin BKPSDM. Isi judul, ringkasan satu kalimat dan teks. Format teks:\n"
               "- baris kosong memulai paragraf baru;\n"
               "- baris yang diawali \"- \" menjadi butir daftar;\n"
               "- baris yang diawali \"## \" menjadi subjudul.\n\n"
               "Pilih bahasa, pembaca (pegawai, atasan, BKPSDM, pimpinan) dan layar tempat "
               "artikel ditampilkan di halaman bantuannya (misalnya performance:diary). "
               "Artikel disimpan sebagai draf; terbitkan dari halaman artikel.\n\n"
               "Jika ditolak, pesan di atas formulir menyebut kolom yang perlu diperbaiki."),
        "en": ("Writing a new article",
               "For HR admins. Enter a title, a one-sentence summary and the text. Text format:\n"
               "- a blank line starts a new paragraph;\n"
               "- a line starting with \"- \" is a bullet;\n"
               "- a line starting with \"## \" is a heading.\n\n"
               "Choose the language, the readers (employees, atasan, HR, leaders) and the "
               "screens whose help page lists the article (for example performance:diary). The "
               "article is saved as a draft; publish it from its page.\n\n"
               "If it is refused, the message above the form names the field to correct."),
    },
    "article_edit": {
        "id": ("Mengubah artikel",
               "Sama seperti menulis artikel baru. Setiap simpan menyimpan teks sebelumnya di "
               "riwayat.\n\n"
               "Jika muncul pesan bahwa orang lain sudah mengubahnya, muat ulang halaman: "
               "perubahan Anda tidak menimpa perubahan rekan Anda."),
        "en": ("Editing an article",
               "As for a new article. Every save keeps the previous text in the history.\n\n"
               "If you are told that someone else changed it meanwhile, reload the page: your "
               "change never overwrites a colleague's."),
    },
    "article_history": {
        "id": ("Riwayat artikel",
               "Semua versi sebelumnya dari artikel: nomor versi, siapa yang menulisnya dan "
               "kapan. Buka sebuah versi untuk membaca teksnya. Hanya untuk admin BKPSDM."),
        "en": ("Article history",
               "Every earlier version of the article: its number, who wrote it and when. Open a "
               "version to read its text. For HR admins only."),
    },
    "announcements": {
        "id": ("Pengumuman",
               "Pengumuman yang sedang berlaku dan ditujukan kepada Anda (seluruh pemerintah "
               "daerah, perangkat daerah Anda atau unit Anda). Yang belum dibaca bertanda "
               "Belum dibaca dan juga muncul sebagai pita di atas setiap halaman.\n\n"
               "Buka pengumuman lalu tekan \"Saya sudah membaca\" agar pita hilang dan BKPSDM "
               "tahu Anda sudah membacanya."),
        "en": ("Announcements",
               "The current announcements addressed to you (the whole government, your agency "
               "or your unit). Unread ones are marked Unread and also appear as a banner at the "
               "top of every page.\n\n"
               "Open one and press \"I have read it\": the banner goes, and the HR office knows "
               "you have read it."),
    },
    "announcement": {
        "id": ("Membaca pengumuman",
               "Isi lengkap pengumuman. Tekan \"Saya sudah membaca\" untuk mencatat tanda "
               "terima; menekannya dua kali tetap satu tanda terima.\n\n"
               "Penerbit pengumuman melihat juga tombol Tanda terima."),
        "en": ("Reading an announcement",
               "The full announcement. Press \"I have read it\" to record your receipt; pressing "
               "twice still records one.\n\n"
               "Whoever published it also sees the Read receipts button."),
    },
    "announcement_manage": {
        "id": ("Kelola pengumuman",
               "Untuk admin BKPSDM dan admin kepegawaian perangkat daerah: semua pengumuman yang "
               "Anda kelola, dengan sasaran, masa tayang dan statusnya (Tayang, Terjadwal, "
               "Berakhir).\n\n"
               "- Pengumuman baru: menulis dan menerbitkan pengumuman.\n"
               "- Judul: mengubah pengumuman atau menghentikan penayangannya.\n"
               "- Tanda terima: melihat siapa yang sudah dan belum membaca."),
        "en": ("Manage announcements",
               "For HR admins and agency admins: every announcement you manage, with its "
               "audience, dates and state (Shown, Scheduled, Ended).\n\n"
               "- New announcement: write and publish one.\n"
               "- Title: edit it or stop showing it.\n"
               "- Receipts: see who has read it and who has not."),
    },
    "announcement_create": {
        "id": ("Pengumuman baru",
               "Tulis judul dan isi, pilih tingkat kepentingan (Biasa, Penting, Mendesak) dan "
               "sasaran:\n"
               "- Seluruh pemerintah daerah (hanya admin BKPSDM);\n"
               "- Perangkat daerah terpilih;\n"
               "- Unit terpilih (termasuk unit di bawahnya).\n\n"
               "Admin perangkat daerah hanya dapat memilih perangkat daerahnya sendiri. Atur "
               "tanggal mulai dan (bila perlu) tanggal berakhir. Setelah diterbitkan, pegawai "
               "sasaran melihatnya sebagai pita di setiap halaman."),
        "en": ("New announcement",
               "Write a title and the text, choose the importance (Normal, Important, Urgent) "
               "and the audience:\n"
               "- The whole government (HR admins only);\n"
               "- Chosen agencies;\n"
               "- Chosen units (with the units below them).\n\n"
               "An agency admin may only choose his own agency. Set when it starts and, if "
               "needed, when it ends. Once published, the audience sees it as a banner on every "
               "page."),
    },
    "announcement_edit": {
        "id": ("Mengubah pengumuman",
               "Ubah teks, sasaran atau masa tayang; tanda terima yang sudah ada tetap "
               "tersimpan. \"Hentikan penayangan\" mengakhiri pengumuman sekarang juga.\n\n"
               "Jika muncul pesan bahwa orang lain sudah mengubahnya, muat ulang halaman."),
        "en": ("Editing an announcement",
               "Change the text, audience or dates; the receipts already recorded stay. \"Stop "
               "showing now\" ends the announcement at once.\n\n"
               "If you are told that someone else changed it, reload the page."),
    },
    "announcement_receipts": {
        "id": ("Tanda terima pengumuman",
               "Berapa pegawai sasaran yang sudah menyatakan membaca, per perangkat daerah "
               "(jumlah dan persentase), serta daftar pegawai yang belum membaca.\n\n"
               "- Klik nama perangkat daerah untuk menyaring daftar belum membaca.\n"
               "- \"Belum membaca (CSV)\" mengunduh daftar itu untuk ditindaklanjuti."),
        "en": ("Read receipts",
               "How many of the audience confirmed reading, per agency (count and percentage), "
               "and the list of who has not read yet.\n\n"
               "- Click an agency to filter the not-read list.\n"
               "- \"Not read yet (CSV)\" downloads that list for follow-up."),
    },
    "feedback_inbox": {
        "id": ("Kotak masukan",
               "Untuk admin BKPSDM: semua masukan pegawai (masalah, pertanyaan, ide) yang "
               "dikirim lewat tombol Masukan, dengan halaman dan layar asalnya.\n\n"
               "Saring menurut status (Baru, Diproses, Selesai), jenis atau layar. Buka sebuah "
               "masukan untuk membalas; pengirim menerima notifikasi."),
        "en": ("Feedback inbox",
               "For HR admins: all feedback employees sent with the Feedback button (problems, "
               "questions, ideas), with the page and screen it came from.\n\n"
               "Filter by status (New, In progress, Done), kind or screen. Open one to answer; "
               "the sender gets a notification."),
    },
    "feedback_mine": {
        "id": ("Masukan saya",
               "Masukan yang pernah Anda kirim, statusnya dan jawaban BKPSDM. Untuk mengirim "
               "masukan baru, tekan tombol Masukan di pojok kanan bawah halaman mana pun."),
        "en": ("My feedback",
               "The feedback you sent, its status and the HR office's answers. To send new "
               "feedback, press the Feedback button at the bottom right of any page."),
    },
    "feedback": {
        "id": ("Satu masukan",
               "Isi masukan, asal halamannya dan semua jawaban. Admin BKPSDM menulis balasan "
               "(pengirim menerima notifikasi) dan/atau mengubah status. Balasan pertama "
               "mengubah status Baru menjadi Diproses."),
        "en": ("One feedback",
               "The feedback, the page it came from and every answer. HR admins write a reply "
               "(the sender is notified) and/or change the status. The first reply moves New "
               "to In progress."),
    },
}

NOT_SCREENS = {
    "tour_done": "action",
    "tour_replay": "action",
    "article_publish": "action",
    "announcement_read": "action",
    "announcement_unread_csv": "download",
    "feedback_send": "action",
    "feedback_reply": "action",
}
