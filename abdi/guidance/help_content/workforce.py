"""Help texts of the workload analysis (ABK) and formation proposal screens, issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Analisis beban kerja (ABK)",
            (
                "Daftar ABK satu tahun: kebutuhan pegawai setiap jabatan dihitung dari uraian "
                "tugasnya dengan metode tugas per tugas (PermenPANRB 1/2020), lalu dibandingkan "
                "dengan pemangku jabatan saat ini (bezetting) dan pegawai yang pensiun dalam lima "
                "tahun.\n\n- Pilih \"Tahun\" dan \"Perangkat daerah\", lalu klik \"Tampilkan\". "
                "Kotak ringkasan menampilkan kebutuhan, bezetting, kekurangan, kelebihan, pensiun "
                "dalam 5 tahun, dan usulan penambahan.\n- Tabel \"Per perangkat daerah\" dan \"Per "
                "unit kerja\": klik nama unit untuk membuka ABK-nya. Unit yang belum memiliki ABK "
                "tahun itu disebutkan di bawah tabel.\n- \"Mulai ABK untuk\": pilih unit dan tahun "
                "lalu klik \"Mulai\" (BKPSDM dan admin perangkat daerah untuk unit perangkat "
                "daerahnya). Satu ABK untuk satu unit per tahun.\n- \"Usul kebutuhan ASN\" dan "
                "\"Waktu kerja efektif\": halaman usulan formasi dan pengaturan WKE (BKPSDM).\n\n"
                "Halaman ini untuk BKPSDM, pimpinan, admin perangkat daerah, dan kepala unit "
                "(membaca ABK unit yang dipimpinnya)."
            ),
        ),
        "en": (
            "Workload analysis (ABK)",
            (
                "The ABKs of one year: the staff each jabatan needs, computed from its tasks by "
                "the tugas-per-tugas method (PermenPANRB 1/2020), compared with the current "
                "holders (bezetting) and the retirements of the next five years.\n\n- Choose the "
                "\"Year\" and \"Perangkat daerah\" and click \"Show\". The summary boxes show "
                "needed, bezetting, shortage, excess, retiring in 5 years and proposed additions.\n"
                "- \"Per perangkat daerah\" and \"Per unit\" tables: click a unit to open its ABK. "
                "Units without an ABK for that year are listed below.\n- \"Start the ABK of\": "
                "choose the unit and year and click \"Start\" (BKPSDM, and agency admins for their "
                "agency's units). One ABK per unit and year.\n- \"Formation proposals\" and "
                "\"Effective working time\": the formation proposals and the WKE setting "
                "(BKPSDM).\n\nFor BKPSDM, leaders, agency admins and unit heads (who read the ABK "
                "of the units they lead)."
            ),
        ),
    },
    "abk": {
        "id": (
            "ABK satu unit kerja",
            (
                "ABK satu unit kerja untuk satu tahun: status (draf, diajukan, dikembalikan, "
                "disetujui), revisi, WKE yang dipakai, ringkasan kebutuhan, bezetting, kekurangan, "
                "kelebihan, efisiensi unit (EU/PU), pensiun, dan usulan penambahan, lalu satu "
                "baris per jabatan dengan FTE, kebutuhan, bezetting, selisih, EJ/PJ, pensiun, dan "
                "penambahan per tahun. Klik nama jabatan untuk mengisi tugasnya.\n\nKebutuhan "
                "dijumlahkan dulu lalu dibulatkan sekali (setengah ke atas); jabatan berbeban "
                "tetapi kebutuhannya bulat 0 tetap dihitung 1 dan ditandai \"beban kerja rendah\". "
                "EJ/PJ mengikuti Permendagri 12/2008.\n\n- \"Impor tugas (XLSX/CSV)\", \"Baca "
                "ulang bezetting\" (menghitung ulang setelah ada mutasi pegawai), dan \"Ajukan ke "
                "BKPSDM\": untuk penyusun selama draf atau dikembalikan.\n- \"Setujui\" atau "
                "\"Kembalikan untuk diperbaiki\" (catatan wajib): untuk BKPSDM setelah ABK "
                "diajukan.\n- \"Mulai revisi baru\": ABK yang disetujui dibekukan; revisi menyalin "
                "tugasnya ke draf baru.\n\nBila muncul pesan bahwa ABK telah diubah orang lain, "
                "muat ulang halaman lalu ulangi."
            ),
        ),
        "en": (
            "ABK of a unit",
            (
                "One unit's ABK for one year: status (draft, submitted, returned, approved), "
                "revision, the WKE used, a summary of needed, bezetting, shortage, excess, unit "
                "efficiency (EU/PU), retirements and proposed additions, then one row per jabatan "
                "with FTE, needed, bezetting, difference, EJ/PJ, retirements and additions per "
                "year. Click a jabatan to enter its tasks.\n\nNeeds are summed first and rounded "
                "once (half up); a jabatan with some load that rounds to 0 still needs 1 and is "
                "marked \"low load\". EJ/PJ follow Permendagri 12/2008.\n\n- \"Import tasks "
                "(XLSX/CSV)\", \"Read bezetting again\" (recompute after staff moved) and \"Submit "
                "to BKPSDM\": for the preparer while the ABK is a draft or returned.\n- "
                "\"Approve\" or \"Return for correction\" (a note is required): for BKPSDM once "
                "submitted.\n- \"Start a new revision\": an approved ABK is frozen; a revision "
                "copies its tasks into a new draft.\n\nIf you are told someone else changed the "
                "ABK in the meantime, reload the page and try again."
            ),
        ),
    },
    "line": {
        "id": (
            "Tugas satu jabatan",
            (
                "Uraian tugas satu jabatan dalam ABK: beban kerja (menit per tahun), FTE, "
                "kebutuhan, bezetting, EJ/PJ, daftar tugas, pemangku jabatan saat ini dengan "
                "tanggal pensiunnya, dan rencana lima tahun (pensiun dan penambahan per tahun).\n\n"
                "Selama ABK masih draf atau dikembalikan, penyusun dapat:\n- \"Tambah tugas\": isi "
                "tugas, satuan hasil, volume dan periodenya (tahun, bulan, minggu, hari), serta "
                "norma waktu (menit), lalu klik \"Tambah\".\n- \"Ubah\" pada satu tugas untuk "
                "mengubah atau menghapusnya.\n\nIsian ditolak bila volume negatif atau pecahan, "
                "norma waktu 0 atau lebih dari 75.000 menit, volume lebih dari 10.000.000 satuan "
                "setahun, atau jabatan melebihi 200 tugas. Bila ABK telah diubah orang lain, muat "
                "ulang halaman."
            ),
        ),
        "en": (
            "Tasks of a jabatan",
            (
                "The tasks of one jabatan in the ABK: workload (minutes a year), FTE, needed, "
                "bezetting, EJ/PJ, the task list, the current holders with their retirement dates, "
                "and the five-year plan (retirements and additions per year).\n\nWhile the ABK is "
                "a draft or returned, the preparer can:\n- \"Add a task\": enter the task, output "
                "unit, volume and its period (year, month, week, day) and the norma waktu "
                "(minutes), then click \"Add\".\n- \"Edit\" on a task to change or delete it.\n\n"
                "Entries are refused when the volume is negative or fractional, the norma waktu is "
                "0 or above 75,000 minutes, the volume exceeds 10,000,000 units a year, or the "
                "jabatan would have more than 200 tasks. If the ABK was changed by someone else, "
                "reload the page."
            ),
        ),
    },
    "task": {
        "id": (
            "Ubah tugas",
            (
                "Halaman jabatan dengan satu tugas terbuka untuk diubah. Ubah isian lalu klik "
                "\"Simpan\", klik \"Hapus\" untuk menghapus tugas, atau \"Batal\" untuk kembali "
                "tanpa perubahan.\n\nHanya dapat dilakukan selama ABK masih draf atau "
                "dikembalikan. Bila muncul pesan bahwa ABK telah diubah orang lain, muat ulang "
                "halaman lalu ulangi."
            ),
        ),
        "en": (
            "Edit a task",
            (
                "The jabatan page with one task open for editing. Change the fields and click "
                "\"Save\", \"Delete\" to remove the task, or \"Cancel\" to go back without "
                "changes.\n\nPossible only while the ABK is a draft or returned. If you are told "
                "someone else changed the ABK, reload the page and try again."
            ),
        ),
    },
    "equipment": {
        "id": (
            "Ubah peralatan kerja",
            (
                "Halaman jabatan dengan satu peralatan kerja terbuka untuk diubah: nama alat, "
                "jumlah alat, rasio pegawai per alat (RPK) dan jumlah shift. Kebutuhan dari "
                "peralatan = jumlah alat \u00d7 RPK \u00d7 shift, dijumlahkan dengan FTE tugas "
                "sebelum dibulatkan sekali (PermenPANRB 1/2020).\n\nUbah isian lalu klik "
                "\"Simpan\", atau \"Hapus\" untuk menghapus alat. Ditolak bila jumlah alat bukan "
                "bilangan bulat 1\u201310.000, RPK 0 atau lebih dari 10, atau shift di luar 1\u20134. "
                "Hanya selama ABK masih draf atau dikembalikan."
            ),
        ),
        "en": (
            "Edit work equipment",
            (
                "The jabatan page with one piece of equipment open for editing: its name, the "
                "number of machines, the staff per machine per shift (RPK) and the number of "
                "shifts. Staff needed for equipment = machines \u00d7 RPK \u00d7 shifts, added to "
                "the tasks' FTE before the one rounding (PermenPANRB 1/2020).\n\nChange the "
                "fields and click \"Save\", or \"Delete\" to remove it. Refused when the "
                "machines are not a whole number from 1 to 10,000, the RPK is 0 or above 10, or "
                "the shifts are outside 1\u20134. Only while the ABK is a draft or returned."
            ),
        ),
    },
    "import": {
        "id": (
            "Impor tugas",
            (
                "Mengimpor uraian tugas dari berkas .xlsx atau .csv (paling besar 2 MB, 2.000 "
                "baris). Kolom: Jabatan, Uraian tugas, Satuan hasil, Volume, Periode (tahun, "
                "bulan, minggu, atau hari; opsional) dan Norma waktu (menit). Unduh templat berisi "
                "jabatan unit ini lewat tautan di halaman.\n\n- \"Periksa saja\": memeriksa berkas "
                "tanpa menyimpan, dan mencantumkan setiap baris yang salah beserta alasannya.\n- "
                "\"Impor\": menyimpan hanya bila semua baris benar, dan mengganti daftar tugas "
                "setiap jabatan yang disebut dalam berkas.\n\nBerkas .xls, berkas rusak, dan jenis "
                "lain ditolak dengan pesan. Impor hanya dapat dilakukan selama ABK masih draf atau "
                "dikembalikan."
            ),
        ),
        "en": (
            "Import tasks",
            (
                "Import tasks from an .xlsx or .csv file (at most 2 MB, 2,000 rows). Columns: "
                "Jabatan, Uraian tugas, Satuan hasil, Volume, Periode (tahun, bulan, minggu or "
                "hari; optional) and Norma waktu (menit). Download a template with this unit's "
                "jabatan from the link on the page.\n\n- \"Check only\": checks the file without "
                "saving and lists every bad row with its reason.\n- \"Import\": saves only when "
                "every row is right, and replaces the task list of every jabatan the file names.\n"
                "\n.xls files, damaged files and other types are refused with a message. Importing "
                "is possible only while the ABK is a draft or returned."
            ),
        ),
    },
    "wke": {
        "id": (
            "Waktu kerja efektif (WKE)",
            (
                "BKPSDM mengatur waktu kerja efektif setahun. PermenPANRB 1/2020 menetapkan 1.250 "
                "jam = 75.000 menit setahun; ubah hanya bila pemerintah daerah telah menetapkan "
                "angka lain (50.000-100.000 menit). Klik \"Simpan\".\n\nNilai baru berlaku untuk "
                "ABK yang dimulai sesudahnya; setiap ABK tetap memakai WKE saat dimulai dan "
                "mencetaknya pada laporan."
            ),
        ),
        "en": (
            "Effective working time (WKE)",
            (
                "BKPSDM sets the effective working time of a year. PermenPANRB 1/2020 sets 1,250 "
                "hours = 75,000 minutes a year; change it only when your government has decided "
                "another figure (50,000-100,000 minutes). Click \"Save\".\n\nThe new value applies "
                "to ABKs started afterwards; each ABK keeps the WKE it started with and prints it "
                "on its reports."
            ),
        ),
    },
    "proposals": {
        "id": (
            "Usul kebutuhan ASN",
            (
                "Daftar usulan kebutuhan ASN lima tahun (usulan formasi) yang disusun dari ABK "
                "yang telah disetujui (Per BKN 9/2022), dengan tahun, cakupan, status, dan "
                "penyetujunya. Klik tahun untuk membuka usulan.\n\nBKPSDM menyusun usulan baru: "
                "pilih tahun dan cakupan (seluruh pemerintah daerah atau satu perangkat daerah), "
                "lalu klik \"Susun\". Pimpinan membaca semua usulan; admin perangkat daerah "
                "membaca usulan perangkat daerahnya."
            ),
        ),
        "en": (
            "Formation proposals",
            (
                "The five-year usul kebutuhan ASN (formation proposals) drawn from the approved "
                "ABKs (Per BKN 9/2022), with year, scope, status and approver. Click a year to "
                "open a proposal.\n\nBKPSDM draws up a new one: choose the year and the scope "
                "(whole government or one perangkat daerah) and click \"Draw up\". Leaders read "
                "every proposal; agency admins read their agency's."
            ),
        ),
    },
    "proposal": {
        "id": (
            "Usul kebutuhan ASN",
            (
                "Satu usulan kebutuhan ASN: WKE, penyusun dan penyetuju, ringkasan kebutuhan, "
                "bezetting, kekurangan, kelebihan, pensiun dalam 5 tahun, dan jumlah diusulkan, "
                "serta satu baris per jabatan dan unit kerja dengan penambahan per tahun.\n\n"
                "Selama draf, usulan menampilkan ABK tahun itu yang sudah disetujui; \"Setujui "
                "usulan\" (BKPSDM, dengan catatan bila perlu) membekukannya beserta nama dan NIP "
                "penyetuju. \"PDF\" dan \"XLSX\" mengunduh usulan (draf diberi tanda DRAFT). "
                "Usulan yang disetujui menjadi dasar formasi pada halaman rekrutmen."
            ),
        ),
        "en": (
            "Formation proposal",
            (
                "One usul kebutuhan ASN: WKE, who prepared and approved it, the totals of needed, "
                "bezetting, shortage, excess, retiring in 5 years and proposed, and one row per "
                "jabatan and unit with the additions per year.\n\nWhile it is a draft it shows the "
                "approved ABKs of that year; \"Approve the proposal\" (BKPSDM, with an optional "
                "note) freezes it with the approver's name and NIP. \"PDF\" and \"XLSX\" download "
                "it (a draft carries a DRAFT mark). An approved proposal feeds the openings of the "
                "recruitment pages."
            ),
        ),
    },
}

NOT_SCREENS = {
    "equipment_add": "action",
    "start": "action",
    "act": "action",
    "template_csv": "download",
    "proposal_create": "action",
    "proposal_approve": "action",
    "proposal_pdf": "download",
    "proposal_xlsx": "download",
}
