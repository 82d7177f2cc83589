"""Help texts of the citizens' voice dashboard, issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Suara warga",
            (
                "Dasbor pimpinan tentang apa yang disampaikan warga: pengaduan, survei kepuasan "
                "masyarakat (IKM), dan komitmen forum konsultasi publik. Pimpinan dan BKPSDM "
                "melihat seluruh pemerintah daerah; admin perangkat daerah hanya melihat perangkat "
                "daerahnya. Angka diperbarui otomatis setiap menit.\n\n- Pilih rentang tanggal "
                "(\"Dari\", \"Sampai\", paling lama tiga tahun) dan perangkat daerah, lalu klik "
                "\"Tampilkan\".\n- Kotak angka: laporan diterima, masih terbuka, terlambat pada "
                "tahapnya, dibuka kembali oleh pelapor, median waktu hingga tanggapan pertama, dan "
                "komitmen forum yang selesai.\n- \"Pengaduan per perangkat daerah\": klik nama "
                "perangkat daerah untuk melihat rinciannya.\n- Grafik laporan per status dan IKM "
                "dari waktu ke waktu; buka \"Angka\" untuk melihat tabelnya.\n- \"Laporan yang "
                "terlambat\" dan \"Kepuasan (IKM) per unit\": klik nomor pelacakan atau unit untuk "
                "membuka kasus atau hasil survei.\n\nTombol di atas membuka halaman pengaduan, "
                "survei kepuasan, layanan dan loket, forum konsultasi publik, dan penilaian "
                "pelayanan; sebagian halaman itu hanya terbuka bagi peran tertentu."
            ),
        ),
        "en": (
            "Citizens' voice",
            (
                "The leaders' dashboard of what citizens say: complaints, the community "
                "satisfaction index (IKM) and the commitments of public consultation forums. "
                "Leaders and BKPSDM see the whole government; an agency admin sees only his "
                "agency. The figures refresh every minute.\n\n- Choose the dates (\"From\", "
                "\"Until\", at most three years) and the agency, then click \"Show\".\n- Figures: "
                "reports received, still open, overdue at their current stage, reopened by the "
                "reporter, median time to the first answer, and forum commitments done.\n- "
                "\"Complaints by agency\": click an agency to drill down.\n- Charts of reports by "
                "status and of the IKM over time; open \"Figures\" for the table.\n- \"Overdue "
                "cases\" and \"Satisfaction (IKM) by unit\": click a tracking number or unit to "
                "open the case or the survey results.\n\nThe buttons at the top open the "
                "complaints, satisfaction surveys, services and counters, public forums and "
                "service ratings pages; some of them open only for certain roles."
            ),
        ),
    },
}

NOT_SCREENS = {
}
