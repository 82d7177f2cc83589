"""Help texts of the competency screens (kompetensi, JPM, AKPK), issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Kompetensi",
            (
                "Halaman awal kompetensi: standar kompetensi dan hasil penilaian (PermenPANRB "
                "38/2017), kesenjangan, Job Person Match (JPM), dan rencana pengembangan. Hasil "
                "penilaian hanya dapat dilihat oleh pegawai yang bersangkutan, atasannya, dan "
                "bagian kepegawaian.\n\nKartu yang muncul bergantung pada peran Anda:\n- "
                "\"Kompetensi saya\": hasil penilaian dan rencana pengembangan Anda.\n- \"Bawahan "
                "saya\": bagi atasan, daftar bawahan langsung dengan JPM.\n- \"Peta kesenjangan\", "
                "\"Rencana pengembangan (AKPK)\", dan \"Input penilaian\": bagi BKPSDM dan admin "
                "perangkat daerah.\n- \"Impor hasil penilaian\" dan \"Kompetensi teknis\": bagi "
                "BKPSDM."
            ),
        ),
        "en": (
            "Competency",
            (
                "The competency home page: competency standards and assessment results "
                "(PermenPANRB 38/2017), gaps, Job Person Match (JPM) and development plans. "
                "Results are visible only to the employee, the atasan and HR.\n\nThe cards depend "
                "on your role:\n- \"My competencies\": your results and development plan.\n- \"My "
                "subordinates\": for an atasan, the direct staff with their JPM.\n- \"Gap maps\", "
                "\"Development plans (AKPK)\" and \"Enter an assessment\": for BKPSDM and agency "
                "admins.\n- \"Import assessment results\" and \"Technical competencies\": for "
                "BKPSDM."
            ),
        ),
    },
    "mine": {
        "id": (
            "Kompetensi saya",
            (
                "Membuka halaman kompetensi Anda sendiri: level setiap kompetensi menurut "
                "penilaian terakhir, level yang dipersyaratkan jabatan Anda, kesenjangan, JPM "
                "beserta kategorinya, penilaian sebelumnya, dan rencana pengembangan tahun ini.\n\n"
                "Dari halaman itu Anda dapat mengajukan kegiatan pengembangan untuk diri sendiri "
                "melalui \"Tambahkan ke rencana saya\". Halaman ini hanya untuk akun yang "
                "terhubung dengan data pegawai."
            ),
        ),
        "en": (
            "My competencies",
            (
                "Opens your own competency page: your level in each competency from the latest "
                "assessment, the level your jabatan requires, the gaps, the JPM and its "
                "categories, earlier assessments and this year's development plan.\n\nThere you "
                "can ask for a development activity for yourself with \"Add to my plan\". Only for "
                "accounts linked to an employee record."
            ),
        ),
    },
    "employee": {
        "id": (
            "Kompetensi pegawai",
            (
                "Hasil penilaian kompetensi seorang pegawai: JPM dan kategori pemetaannya "
                "(Optimal, Cukup Optimal, Kurang Optimal), kategori untuk pengisian jabatan, "
                "tanggal dan asesor penilaian terakhir, serta tabel kode, kompetensi, level, level "
                "yang dipersyaratkan, dan kesenjangan (negatif berarti di bawah standar). Dapat "
                "dibuka oleh pegawai itu, atasannya saat ini, dan BKPSDM/admin perangkat "
                "daerahnya.\n\n- \"Rencana pengembangan\": kegiatan tahun ini dengan JP dan "
                "perkiraan biaya; peringatan muncul bila kurang dari 20 JP (PP 11/2017 Pasal "
                "203).\n- \"Usulkan dari kesenjangan dan coaching\": atasan atau bagian "
                "kepegawaian menyusun usulan kegiatan dari kesenjangan terbesar dan pembinaan "
                "SKP.\n- \"Ajukan kegiatan pengembangan\": pegawai sendiri mengisi aktivitas, "
                "jenis (klasikal/nonklasikal), kompetensi, JP (1-200), dan biaya, lalu \"Tambahkan "
                "ke rencana saya\"; paling banyak 10 pengajuan setahun.\n- \"Input penilaian\" dan "
                "\"Standar jabatan ini\": bagi bagian kepegawaian."
            ),
        ),
        "en": (
            "Employee's competencies",
            (
                "One employee's competency results: the JPM and its mapping category (Optimal, "
                "Cukup Optimal, Kurang Optimal), the category for filling a post, the date and "
                "assessor of the latest assessment, and a table of code, competency, level, "
                "required level and gap (negative means below standard). Open to the employee, his "
                "current atasan and BKPSDM or the agency admin.\n\n- \"Development plan\": this "
                "year's activities with JP and estimated cost; a warning shows below 20 JP (PP "
                "11/2017 Pasal 203).\n- \"Propose from gaps and coaching\": the atasan or HR "
                "drafts activities from the largest gaps and the SKP coaching.\n- \"Ask for a "
                "development activity\": the employee enters an activity, kind "
                "(classroom/non-classroom), competency, JP (1-200) and cost, then \"Add to my "
                "plan\"; at most 10 requests a year.\n- \"Enter an assessment\" and \"Standard of "
                "this jabatan\": for HR."
            ),
        ),
    },
    "subordinates": {
        "id": (
            "Bawahan saya",
            (
                "Bagi atasan langsung (kepala unit atau Plt/Plh yang sedang menjabat): daftar "
                "bawahan langsung hari ini dengan unit kerja dan JPM penilaian terakhir. Klik nama "
                "untuk melihat hasil penilaian dan menyusun rencana pengembangannya.\n\nBila "
                "tertulis tidak ada bawahan, Anda tidak sedang memimpin unit dengan pegawai hari "
                "ini."
            ),
        ),
        "en": (
            "My subordinates",
            (
                "For the direct atasan (unit head or the Plt/Plh acting today): today's direct "
                "subordinates with their unit and latest JPM. Click a name to see the results and "
                "prepare the development plan.\n\nIf the list is empty, you do not lead a unit "
                "with staff today."
            ),
        ),
    },
    "gap_map": {
        "id": (
            "Peta kesenjangan",
            (
                "Persentase pegawai yang sudah dinilai dan berada di bawah level yang "
                "dipersyaratkan, per kompetensi, berdasarkan penilaian terakhir setiap pegawai. "
                "Tanpa pilihan, baris berisi perangkat daerah (seluruh pemerintah daerah, bagi "
                "BKPSDM); pilih perangkat daerah lalu \"Tampilkan\" untuk melihat per unit kerja, "
                "dan klik unit untuk melihat pegawainya.\n\nWarna merah berarti separuh atau lebih "
                "di bawah standar. Admin perangkat daerah hanya melihat perangkat daerahnya. "
                "Gunakan peta ini untuk menyusun rencana pengembangan."
            ),
        ),
        "en": (
            "Gap map",
            (
                "The share of assessed employees below the required level, per competency, from "
                "each employee's latest assessment. By default the rows are agencies (the whole "
                "government, for BKPSDM); choose an agency and \"Show\" to see its units, and "
                "click a unit to see its people.\n\nRed means half or more are below standard. An "
                "agency admin sees only his agency. Use the map to plan development."
            ),
        ),
    },
    "unit": {
        "id": (
            "Pegawai satu unit kerja",
            (
                "Daftar pegawai satu unit kerja yang sudah dinilai: tanggal penilaian, jumlah "
                "kompetensi di bawah standar, dan JPM. Klik nama untuk membuka hasil lengkapnya. "
                "Hanya untuk BKPSDM dan admin perangkat daerah unit tersebut."
            ),
        ),
        "en": (
            "People of a unit",
            (
                "The assessed employees of one unit: assessment date, number of competencies below "
                "standard and JPM. Click a name to open the full results. For BKPSDM and the "
                "agency's admin only."
            ),
        ),
    },
    "import": {
        "id": (
            "Impor hasil penilaian",
            (
                "BKPSDM mengimpor hasil penilaian dari assessment center: berkas .xlsx atau .csv "
                "paling besar 2 MB, satu baris per pegawai. Kolom: NIP, Tanggal, Asesor, Lembaga "
                "(opsional), Potensi (0-100, opsional), lalu satu kolom per kode kompetensi berisi "
                "level 1-5. Kode yang berlaku tercantum di halaman.\n\n- \"Periksa saja\": "
                "memeriksa tanpa menyimpan dan mencantumkan baris yang salah (NIP tidak dikenal "
                "atau ganda, level bukan 1-5, tanggal salah) beserta alasannya.\n- \"Impor\": "
                "menyimpan hanya bila semua baris benar.\n\nKolom kode yang tidak dikenal membuat "
                "seluruh berkas ditolak."
            ),
        ),
        "en": (
            "Import assessment results",
            (
                "BKPSDM imports results from the assessment centre: an .xlsx or .csv file of at "
                "most 2 MB, one row per employee. Columns: NIP, Tanggal, Asesor, Lembaga "
                "(optional), Potensi (0-100, optional), then one column per competency code with "
                "the level 1-5. The valid codes are listed on the page.\n\n- \"Check only\": "
                "checks without saving and lists each bad row (unknown or duplicate NIP, level not "
                "1-5, bad date) with its reason.\n- \"Import\": saves only when every row is "
                "right.\n\nAn unknown code column rejects the whole file."
            ),
        ),
    },
    "record": {
        "id": (
            "Input penilaian",
            (
                "BKPSDM atau admin perangkat daerah mencatat satu hasil penilaian: NIP pegawai, "
                "tanggal penilaian (tidak boleh di masa depan), asesor, assessment center, nilai "
                "potensi (0-100, opsional), dan level 1-5 untuk setiap kompetensi yang dinilai. "
                "Klik \"Simpan\".\n\nDitolak bila NIP bukan pegawai yang Anda kelola, tidak ada "
                "satu pun level yang diisi, atau asesor tidak disebutkan. Hasil penilaian berasal "
                "dari assessment center; pegawai tidak mengisi hasilnya sendiri."
            ),
        ),
        "en": (
            "Enter an assessment",
            (
                "BKPSDM or an agency admin records one assessment: the employee's NIP, assessment "
                "date (not in the future), assessor, assessment centre, potential score (0-100, "
                "optional) and the level 1-5 of each competency assessed. Click \"Save\".\n\n"
                "Refused when the NIP is not an employee you administer, no level is given, or the "
                "assessor is missing. Results come from the assessment centre; employees do not "
                "enter their own."
            ),
        ),
    },
    "technical": {
        "id": (
            "Kamus kompetensi",
            (
                "Kamus kompetensi manajerial dan sosial kultural (PermenPANRB 38/2017) dengan "
                "uraian setiap level, serta daftar kompetensi teknis pemerintah daerah ini. Uraian "
                "bertanda \"teks deskriptif\" adalah ringkasan, bukan rumusan Lampiran peraturan.\n"
                "\nBKPSDM menambah kompetensi teknis: isi kode (paling banyak 12 huruf kapital "
                "atau angka, tidak sama dengan kode manajerial), nama, dan deskripsi, lalu klik "
                "\"Tambah\". Kode yang sudah ada ditolak."
            ),
        ),
        "en": (
            "Competency dictionary",
            (
                "The managerial and socio-cultural competencies (PermenPANRB 38/2017) with each "
                "level's description, and this government's technical competencies. Texts marked "
                "\"descriptive\" are a summary, not the wording of the regulation's Lampiran.\n\n"
                "BKPSDM adds a technical competency: a code (up to 12 capital letters or digits, "
                "not a managerial code), name and description, then \"Add\". An existing code is "
                "refused."
            ),
        ),
    },
    "standard": {
        "id": (
            "Standar kompetensi jabatan",
            (
                "BKPSDM menetapkan level yang dipersyaratkan setiap kompetensi untuk satu jabatan. "
                "Kolom \"Bawaan\" menunjukkan level bawaan nasional menurut jenis jabatan; "
                "kosongkan isian untuk memakai nilai bawaan itu. Kompetensi teknis hanya dihitung "
                "dalam JPM bila jabatan memiliki standar untuknya. Klik \"Simpan\".\n\nStandar "
                "baru berlaku untuk penilaian yang dicatat sesudahnya; setiap hasil lama tetap "
                "memakai standar pada harinya."
            ),
        ),
        "en": (
            "Competency standard of a jabatan",
            (
                "BKPSDM sets the required level of each competency for one jabatan. \"Default\" "
                "shows the national default for the jabatan kind; leave a field empty to use it. "
                "Technical competencies count in the JPM only when the jabatan has a standard for "
                "them. Click \"Save\".\n\nA new standard applies to assessments recorded "
                "afterwards; older results keep the standard of their day."
            ),
        ),
    },
    "plans": {
        "id": (
            "Rencana pengembangan (AKPK)",
            (
                "Rencana pengembangan kompetensi per perangkat daerah untuk satu tahun, dengan "
                "status, jumlah pegawai, total JP, dan perkiraan biaya. Klik nama perangkat daerah "
                "untuk membuka rencananya.\n\n\"Konsolidasikan\": pilih perangkat daerah lalu klik "
                "tombol ini untuk menghimpun semua butir pengembangan pegawainya tahun itu menjadi "
                "satu rencana. Rencana yang sudah disetujui tidak dapat dikonsolidasikan ulang. "
                "Halaman ini untuk BKPSDM dan admin perangkat daerah (perangkat daerahnya saja)."
            ),
        ),
        "en": (
            "Development plans (AKPK)",
            (
                "The competency development plans per agency for one year, with status, employees, "
                "total JP and estimated cost. Click an agency to open its plan.\n\n"
                "\"Consolidate\": choose an agency and click it to gather all its employees' "
                "development items of the year into one plan. An approved plan cannot be "
                "consolidated again. For BKPSDM and agency admins (their agency only)."
            ),
        ),
    },
    "plan": {
        "id": (
            "Rencana pengembangan perangkat daerah",
            (
                "Satu rencana pengembangan perangkat daerah: status, jumlah pegawai, total JP, "
                "perkiraan biaya, dan kegiatan per sumber dan kompetensi beserta jumlah orangnya.\n"
                "\nBKPSDM memutuskan rencana draf: \"Setujui\", atau \"Kembalikan\" dengan catatan "
                "alasan (wajib). Bila muncul pesan bahwa rencana telah diubah orang lain, muat "
                "ulang halaman."
            ),
        ),
        "en": (
            "Agency development plan",
            (
                "One agency's development plan: status, employees, total JP, estimated cost and "
                "the activities per source and competency with the number of people.\n\nBKPSDM "
                "decides a draft plan: \"Approve\", or \"Return\" with a note giving the reason "
                "(required). If you are told someone changed the plan, reload the page."
            ),
        ),
    },
}

NOT_SCREENS = {
    "request": "action",
    "propose": "action",
    "consolidate": "action",
}
