"""Help content of the transfer namespace (import and export), issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Impor dan ekspor",
            "Halaman ini untuk memasukkan data pegawai atau struktur organisasi sekaligus dari "
            "berkas, dan untuk mengunduh data ke Excel.\n\n"
            "Impor (hanya admin BKPSDM dan admin perangkat daerah):\n"
            "- Unduh dulu \"Templat pegawai (.xlsx)\" atau \"Templat unit dan jabatan (.xlsx)\", "
            "isi, lalu pilih jenis isi berkas dan berkasnya.\n"
            "- \"Unggah dan periksa\" memeriksa berkas (Excel .xlsx atau CSV, ukuran dan jumlah "
            "baris terbatas seperti tertulis di layar). Belum ada data yang disimpan sampai Anda "
            "mengonfirmasi.\n"
            "- \"Impor terakhir\" menampilkan 20 impor terbaru; klik nama berkas untuk melihat "
            "hasil pemeriksaan.\n\n"
            "Ekspor (admin BKPSDM, admin perangkat daerah, dan pimpinan): \"Semua pegawai yang "
            "dapat saya lihat (.xlsx)\" dan \"Unit dan jabatan (.xlsx)\". Ekspor hanya memuat "
            "data dalam jangkauan Anda. Untuk mengekspor hasil pencarian tertentu, gunakan tombol "
            "Ekspor di direktori pegawai.\n\n"
            "Jika Anda ditolak, akun Anda tidak memiliki peran admin atau pimpinan.",
        ),
        "en": (
            "Import and export",
            "This page loads employees or the organisation structure from a file in one go, and "
            "downloads data to Excel.\n\n"
            "Import (BKPSDM and agency administrators only):\n"
            "- First download \"Template for employees (.xlsx)\" or \"Template for units and "
            "positions (.xlsx)\", fill it in, then choose what the file holds and the file.\n"
            "- \"Upload and check\" checks the file (Excel .xlsx or CSV, size and number of rows "
            "limited as shown on the screen). Nothing is saved until you confirm.\n"
            "- \"Recent imports\" lists the last 20 imports; click a file name to see its check "
            "report.\n\n"
            "Export (BKPSDM administrators, agency administrators and leaders): \"All employees I "
            "can see (.xlsx)\" and \"Units and positions (.xlsx)\". An export holds only the data "
            "within your sight. To export a particular search, use the Export button of the "
            "employee directory.\n\n"
            "If you are refused, your account has no administrator or leader role.",
        ),
    },
    "job": {
        "id": (
            "Hasil pemeriksaan impor",
            "Menampilkan status satu impor: jumlah baris, baris baru, diperbarui, tidak berubah, "
            "tidak valid, dan baris dengan peringatan. Selama berkas diperiksa atau diimpor, "
            "kemajuan tampil dalam persen dan halaman memperbarui diri (tanpa JavaScript, muat "
            "ulang halaman).\n\n"
            "- Jika ada baris yang salah, tabel \"Laporan\" menyebut lembar, baris, kolom, dan "
            "masalahnya. Perbaiki berkas lalu unggah ulang dari halaman Impor dan ekspor; tidak "
            "ada yang disimpan.\n"
            "- Jika semua baris benar, tombol \"Konfirmasi: impor … baru dan perbarui …\" "
            "menyimpan data. Setiap perubahan tercatat di jejak audit.\n"
            "- Jika berkas tidak mengubah apa pun, tidak ada tombol konfirmasi.\n\n"
            "Jika kemajuan berhenti selama dua menit, proses latar belakang mungkin tidak "
            "berjalan; minta administrator sistem memeriksanya.",
        ),
        "en": (
            "Import check report",
            "Shows the status of one import: rows, new, updated, unchanged, invalid rows and "
            "rows with warnings. While the file is checked or imported, the progress shows in "
            "per cent and the page refreshes itself (without JavaScript, reload the page).\n\n"
            "- If rows are wrong, the \"Report\" table names the sheet, row, column and problem. "
            "Correct the file and upload it again from Import and export; nothing was saved.\n"
            "- If every row is valid, the button \"Confirm: import … new and update …\" saves "
            "the data. Every change is recorded in the audit trail.\n"
            "- If the file changes nothing, there is no confirm button.\n\n"
            "If the progress stops for two minutes, the background worker may not be running; "
            "ask the system administrator to check it.",
        ),
    },
}

NOT_SCREENS = {
    "upload": "action",
    "job_progress": "fragment",
    "job_confirm": "action",
    "template_employees": "download",
    "template_organisation": "download",
    "export_employees": "download",
    "export_units": "download",
}
