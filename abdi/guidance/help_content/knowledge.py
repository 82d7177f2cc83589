"""Help texts of the shared-solutions library and the inter-agency forums, issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Berbagi solusi",
            "Perpustakaan solusi dan praktik baik perangkat daerah di pemerintah daerah ini: "
            "masalahnya apa, apa yang dikerjakan, hasilnya (dengan angka) dan cara menerapkannya "
            "di tempat lain. Semua pegawai dapat membaca dan mencari; yang tampil hanya solusi "
            "yang sudah diterbitkan.\n\n"
            "Ketik kata kunci di kotak \"Cari\" (judul, masalah, solusi, hasil atau tag), lalu "
            "saring menurut tag, perangkat daerah atau tahun. Hasil diurutkan dari yang paling "
            "sesuai; semua kata harus ditemukan, jadi bila tidak ada hasil, kurangi atau ganti "
            "katanya.\n\n"
            "- \"Paling banyak diterapkan\": solusi yang paling sering ditiru perangkat daerah "
            "lain.\n- \"Terbaru\": solusi yang baru diterbitkan.\n- \"Bagikan solusi\": tulis "
            "solusi baru (tersimpan sebagai draf).\n- \"Forum diskusi\": tanya jawab lintas "
            "perangkat daerah.\n- \"Draf saya\": solusi Anda yang belum terbit atau ditarik BKPSDM.",
        ),
        "en": (
            "Shared solutions",
            "The library of solutions and good practices of the perangkat daerah of this "
            "government: what the problem was, what was done, its results (with figures) and how "
            "to apply it elsewhere. Every employee reads and searches it; only published "
            "solutions are listed.\n\n"
            "Type words in \"Search\" (title, problem, solution, results or tags), then filter by "
            "tag, perangkat daerah or year. The most relevant come first; every word must be "
            "found, so when nothing comes up, use fewer or other words.\n\n"
            "- \"Most applied elsewhere\": the solutions other agencies reused most.\n- \"Newest\": "
            "the latest published.\n- \"Share a solution\": write a new one (saved as a draft).\n"
            "- \"Discussion forums\": questions and answers across agencies.\n- \"My drafts\": "
            "your solutions not yet published or withdrawn by BKPSDM.",
        ),
    },
    "create": {
        "id": (
            "Bagikan solusi",
            "Tulis solusi atau praktik baik perangkat daerah Anda. Anda otomatis menjadi penulis; "
            "tambahkan NIP rekan yang ikut menyusunnya (dipisah koma) dan nama tim bila ada.\n\n"
            "- \"Masalah\": apa yang terjadi, siapa yang terdampak, seberapa besar.\n- \"Solusi\": "
            "langkah yang dikerjakan dan dengan siapa.\n- \"Hasil\": angka sebelum dan sesudah "
            "(waktu tunggu, biaya, jumlah pengaduan, IKM).\n- \"Cara menerapkan\": apa yang "
            "dibutuhkan perangkat daerah lain.\n- \"Tag\": kata kunci dipisah koma; tag yang sudah "
            "dipakai ditampilkan sebagai saran.\n\n"
            "\"Simpan\" menyimpan sebagai draf yang hanya terlihat oleh penulis dan BKPSDM. Bila "
            "ditolak, pesan di atas formulir menyebutkan isian yang perlu diperbaiki (misalnya "
            "masalah terlalu pendek atau NIP rekan tidak ditemukan); isian Anda tidak hilang.",
        ),
        "en": (
            "Share a solution",
            "Write a solution or good practice of your perangkat daerah. You are an author; add "
            "the NIPs of colleagues who wrote it with you (comma-separated) and a team name if "
            "there is one.\n\n"
            "- \"The problem\": what happened, to whom, how big.\n- \"The solution\": the steps "
            "taken and with whom.\n- \"Results\": figures before and after (waiting time, cost, "
            "complaints, IKM).\n- \"How to apply it elsewhere\": what another agency needs.\n"
            "- \"Tags\": comma-separated keywords; tags in use are suggested.\n\n"
            "\"Save\" keeps it as a draft only the authors and BKPSDM see. When refused, the "
            "message above the form names the field to fix (a problem too short, a co-author's "
            "NIP not found); what you typed is kept.",
        ),
    },
    "edit": {
        "id": (
            "Ubah solusi",
            "Para penulis dapat mengubah solusi kapan saja, juga setelah terbit. Setiap perubahan "
            "tercatat di \"Riwayat perubahan\".\n\n"
            "Bila muncul pesan bahwa orang lain sudah mengubah solusi ini, rekan penulis Anda "
            "menyimpan perubahan lebih dulu: buka kembali solusinya, lalu ulangi perubahan Anda.",
        ),
        "en": (
            "Edit the solution",
            "The authors edit the solution at any time, also after publishing. Every change is "
            "kept in the \"Edit history\".\n\n"
            "When you are told someone else changed it in the meantime, a co-author saved first: "
            "reopen the solution and redo your change.",
        ),
    },
    "solution": {
        "id": (
            "Solusi",
            "Isi lengkap satu solusi: perangkat daerah dan penulisnya, tag, masalah, solusi, hasil, "
            "cara menerapkan, lampiran, dan perangkat daerah lain yang sudah menerapkannya.\n\n"
            "- \"Kami menerapkan ini\": pegawai perangkat daerah lain mencatat bahwa instansinya "
            "meniru solusi ini, dengan catatan singkat hasilnya. Satu catatan per perangkat "
            "daerah; bila sudah ada, tombol ini mengubah catatannya. Para penulis mendapat "
            "notifikasi.\n- \"Terbitkan\" (penulis): solusi terlihat oleh semua pegawai.\n"
            "- \"Ubah\" dan \"Lampirkan\" (penulis): PDF, JPEG, PNG, DOCX atau PPTX, paling besar "
            "10 MB; isi berkas diperiksa, bukan namanya.\n- \"Tarik\" (BKPSDM): menarik solusi "
            "yang sudah terbit dengan alasan yang terlihat oleh penulis; penulis dapat "
            "memperbaikinya lalu menerbitkan lagi.\n\n"
            "Perangkat daerah asal solusi tidak dapat mencatat \"kami menerapkan ini\" untuk "
            "solusinya sendiri.",
        ),
        "en": (
            "Solution",
            "One solution in full: its perangkat daerah and authors, tags, the problem, the "
            "solution, results, how to apply it, attachments, and the other agencies that applied "
            "it.\n\n"
            "- \"We applied this\": an employee of another perangkat daerah records that his agency "
            "reused it, with a short note on what happened. One record per agency; when there is "
            "one, the button edits its note. The authors are notified.\n- \"Publish\" (authors): "
            "every employee sees it.\n- \"Edit\" and \"Attach\" (authors): PDF, JPEG, PNG, DOCX or "
            "PPTX, at most 10 MB; the content is checked, not the name.\n- \"Withdraw\" (BKPSDM): "
            "takes a published solution down with a reason the authors see; they may fix it and "
            "publish again.\n\n"
            "The agency a solution comes from cannot record applying its own solution.",
        ),
    },
    "boards": {
        "id": (
            "Forum diskusi",
            "Forum tanya jawab antarperangkat daerah di pemerintah daerah ini, dibagi per papan "
            "(misalnya Pelayanan publik, Kepegawaian, Teknologi). \"Aktivitas terbaru\" "
            "menampilkan topik yang baru dibalas.\n\n"
            "BKPSDM membuka papan baru dengan formulir \"Buka papan\". Pegawai lain memilih papan, "
            "lalu membuka topik di sana.",
        ),
        "en": (
            "Discussion forums",
            "Questions and answers across the perangkat daerah of this government, by board (e.g. "
            "Public service, Civil service, Technology). \"Latest activity\" shows the topics "
            "replied to lately.\n\n"
            "BKPSDM opens new boards with \"Open a board\". Employees choose a board and open "
            "topics there.",
        ),
    },
    "board": {
        "id": (
            "Papan forum",
            "Daftar topik papan ini, yang terakhir dibalas paling atas, dengan jumlah balasan. "
            "Tanda \"Terjawab\" berarti penanya sudah menandai jawabannya.\n\n"
            "Untuk bertanya, isi judul dan pertanyaan di \"Buka topik\" lalu tekan \"Kirim "
            "topik\". Teks polos; tautan otomatis dapat diklik. Anda otomatis mengikuti topik Anda "
            "dan mendapat notifikasi setiap ada balasan.\n\n"
            "Bila muncul pesan terlalu banyak kiriman, tunggu satu menit. Topik yang sama yang "
            "terkirim dua kali dalam semenit hanya disimpan sekali.",
        ),
        "en": (
            "Forum board",
            "The topics of this board, the latest replied to first, with their reply count. "
            "\"Answered\" means the asker marked an answer.\n\n"
            "To ask, fill in the title and question under \"Open a topic\" and press \"Post the "
            "topic\". Plain text; links become clickable. You follow your own topic and are "
            "notified of every reply.\n\n"
            "When told you posted too often, wait a minute. The same topic sent twice within a "
            "minute is kept once.",
        ),
    },
    "topic": {
        "id": (
            "Topik diskusi",
            "Pertanyaan dan semua balasannya.\n\n"
            "- \"Kirim balasan\": jawab atau tanggapi.\n- \"Tandai sebagai jawaban\" (penanya): "
            "menandai balasan yang menjawab; tekan lagi untuk membatalkan.\n- \"Ikuti\": terima "
            "notifikasi bila ada balasan; \"Berhenti mengikuti\" untuk berhenti.\n- \"Sembunyikan\" "
            "(BKPSDM): menyembunyikan topik atau balasan yang melanggar, dengan alasan yang "
            "tercatat di jejak audit.\n\n"
            "Balasan yang disembunyikan menampilkan alasannya, bukan isinya. Topik yang "
            "disembunyikan tidak dapat dibalas.",
        ),
        "en": (
            "Discussion topic",
            "A question and all its replies.\n\n"
            "- \"Post the reply\": answer or comment.\n- \"Mark as the answer\" (the asker): marks "
            "the reply that answers; press again to unmark.\n- \"Follow\": be notified of replies; "
            "\"Stop following\" to stop.\n- \"Hide\" (BKPSDM): hides a topic or reply that breaks "
            "the rules, with a reason kept in the audit trail.\n\n"
            "A hidden reply shows its reason instead of its text. A hidden topic takes no replies.",
        ),
    },
}

NOT_SCREENS = {
    "publish": "action",
    "unpublish": "action",
    "reuse": "action",
    "attach": "action",
    "download": "download",
    "detach": "action",
    "start_topic": "action",
    "reply": "action",
    "subscribe": "action",
    "hide_topic": "action",
    "mark_answer": "action",
    "hide_post": "action",
}
