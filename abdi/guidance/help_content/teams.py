"""Help texts of the cross-agency team screens (tim kerja lintas sektor), issue 8 item 5."""

SCREENS = {
    "index": {
        "id": (
            "Tim kerja lintas sektor",
            "Daftar tim kerja lintas perangkat daerah. Pegawai melihat tim tempat ia menjadi "
            "anggota atau diundang; BKPSDM dan pimpinan melihat semua tim pemerintah daerah; "
            "admin perangkat daerah melihat tim yang dikoordinasikan perangkat daerahnya.\n\n"
            "- Cari tim menurut nama, saring menurut status atau perangkat daerah koordinator.\n"
            "- \"Undangan\": undangan yang menunggu jawaban Anda.\n"
            "- \"Keanggotaan yang perlu disetujui\": muncul bagi atasan bila pegawainya diundang "
            "ke sebuah tim.\n- \"Ringkasan\": untuk BKPSDM, pimpinan, dan admin perangkat daerah.\n"
            "- \"Tim baru\": untuk BKPSDM, admin perangkat daerah, dan pejabat yang memimpin unit.",
        ),
        "en": (
            "Cross-agency teams",
            "The list of teams working across perangkat daerah. An employee sees the teams he is "
            "a member of or invited to; HR (BKPSDM) and leaders see every team of the government; "
            "an agency admin sees the teams his perangkat daerah coordinates.\n\n"
            "- Search by name, filter by status or coordinating perangkat daerah.\n"
            "- \"Invitations\": invitations waiting for your answer.\n"
            "- \"Memberships to agree\": shown to an atasan whose staff were invited.\n"
            "- \"Overview\": for HR, leaders and agency admins.\n"
            "- \"New team\": for HR, agency admins and officials who head a unit.",
        ),
    },
    "create": {
        "id": (
            "Membentuk tim baru",
            "Isi nama tim, perangkat daerah koordinator, mandat (boleh dengan nomor dan tanggal "
            "SK), tanggal mulai dan selesai, serta ketua tim. Tim tidak dapat dibentuk tanpa "
            "ketua.\n\nKolom ketua berisi nomor Anda sendiri: Anda menjadi ketua. Ganti dengan "
            "nomor pegawai atau NIP 18 digit orang lain untuk menunjuk ketua lain. Ketua juga "
            "anggota: ia menerima undangan dan atasannya menyetujui seperti anggota lain.\n\n"
            "Bila ditolak, pesan di atas formulir menyebut kolom yang salah (misalnya tanggal "
            "selesai sebelum tanggal mulai); tidak ada yang tersimpan sampai semuanya benar.",
        ),
        "en": (
            "Making a new team",
            "Fill in the team's name, its coordinating perangkat daerah, the mandate (with the "
            "SK number and date if any), start and end dates, and the lead (ketua). A team can "
            "not be made without a lead.\n\nThe lead field holds your own number: you lead the "
            "team. Replace it with another employee's id or 18-digit NIP to appoint someone else. "
            "The lead is a member too: he accepts and his atasan agrees like every member.\n\n"
            "When refused, the message above the form names what is wrong (for example an end "
            "date before the start); nothing is saved until everything is right.",
        ),
    },
    "edit": {
        "id": (
            "Mengubah tim",
            "Ketua mengubah nama, mandat, SK, tanggal, dan status tim (aktif atau selesai). Bila "
            "orang lain mengubah tim pada saat yang sama, penyimpanan ditolak: muat ulang halaman "
            "lalu ulangi perubahan Anda.",
        ),
        "en": (
            "Editing the team",
            "The lead changes the name, mandate, SK, dates and status (active or closed). If "
            "someone else changed the team meanwhile, saving is refused: reload the page and make "
            "your change again.",
        ),
    },
    "detail": {
        "id": (
            "Halaman tim",
            "Mandat, ketua, periode, anggota dengan perangkat daerah, status, dan bobot "
            "kontribusinya, hasil kerja tim dengan target dan realisasinya, umpan balik ketua, "
            "serta tautan ke ruang kerja tim (tugas, diskusi, dokumen, notulen rapat) bagi "
            "anggota dan atasan mereka.\n\nAnggota aktif bila ia menerima undangan DAN atasannya "
            "menyetujui. Hasil kerja tim masuk ke SKP setiap anggota aktif sebagai hasil kerja "
            "tambahan kolaboratif, dengan target dan realisasi dikalikan bobotnya.\n\n"
            "Bagi ketua:\n- \"Undang anggota\": cari nama atau NIP, lalu undang pegawai perangkat "
            "daerah mana pun di pemerintah daerah ini.\n- \"Atur bobot\": bobot anggota aktif "
            "harus berjumlah tepat 100%.\n- \"Perbarui\" pada indikator: catat realisasi tim "
            "dengan buktinya.\n- \"Kirim umpan balik\": tersimpan pada hasil kolaboratif di SKP "
            "anggota, sehingga atasannya membacanya.\n- \"Akhiri keanggotaan…\" (atau \"Tarik "
            "undangan…\" bagi yang belum pernah aktif) dengan alasan: nilai SKP anggota itu "
            "tetap seperti terakhir, lalu seimbangkan bobot anggota lain.\n\n"
            "Bila anggota berhenti atau pindah perangkat daerah, halaman ini memberitahu ketua "
            "untuk menyeimbangkan bobot. Bila tim tanpa ketua, BKPSDM atau pembentuk tim "
            "menunjuk ketua baru dari anggota aktif.",
        ),
        "en": (
            "The team page",
            "The mandate, lead, period, the members with their perangkat daerah, status and "
            "contribution weight, the team's results with targets and realisation, the lead's "
            "feedback, and links to the team's work space (tasks, discussions, documents, "
            "meeting notes) for members and their atasan.\n\nA member is active when he accepted "
            "AND his atasan agreed. The team result enters each active member's SKP as an "
            "additional collaborative result, with target and realisation times his weight.\n\n"
            "For the lead:\n- \"Invite a member\": find a name or NIP and invite an employee of "
            "any perangkat daerah of this government.\n- \"Set the weights\": active members' "
            "weights add up to exactly 100%.\n- \"Update\" on an indicator: record the team's "
            "realisation with its evidence.\n- \"Send feedback\": stored on the member's "
            "collaborative result in his SKP, where his atasan reads it.\n- \"End membership…\" "
            "(or \"Withdraw the invitation…\" for someone never active) with a reason: that "
            "member's SKP values stay as they were; then rebalance the others' weights.\n\n"
            "When a member leaves "
            "or moves to another perangkat daerah, this page tells the lead to rebalance the "
            "weights. A team without a lead gets a new one from HR or its creator.",
        ),
    },
    "weights": {
        "id": (
            "Bobot kontribusi",
            "Ketua mengisi bobot setiap anggota aktif dalam persen, sekaligus dalam satu "
            "formulir. Jumlahnya harus tepat 100; bila tidak, tidak ada yang tersimpan dan pesan "
            "menyebut jumlah saat ini. Setelah disimpan, target dan realisasi di SKP setiap "
            "anggota langsung mengikuti (dibulatkan ke 0,01).",
        ),
        "en": (
            "Contribution weights",
            "The lead enters every active member's weight in percent, all in one form. They "
            "must add up to exactly 100; otherwise nothing is saved and the message gives the "
            "current total. Once saved, every member's SKP target and realisation follow "
            "(rounded to 0.01).",
        ),
    },
    "realisation": {
        "id": (
            "Realisasi tim",
            "Ketua mencatat realisasi terbaru satu indikator tim beserta buktinya. Riwayat "
            "menunjukkan siapa mengubah, kapan, dan dari berapa menjadi berapa. Setiap anggota "
            "aktif melihat bagiannya di SKP-nya, dan nilai itu ikut ke penilaian periodik, "
            "penilaian tahunan, dan Dokumen Evaluasi Kinerja.",
        ),
        "en": (
            "The team's realisation",
            "The lead records the latest realisation of one team indicator with its evidence. "
            "The history shows who changed it, when, and from what to what. Each active member "
            "sees his share in his SKP, and it reaches the periodic and annual appraisal and the "
            "Dokumen Evaluasi Kinerja.",
        ),
    },
    "invitation": {
        "id": (
            "Undangan ke tim",
            "Anda diundang menjadi anggota tim. Baca mandat dan periodenya, lalu pilih "
            "\"Terima\" atau \"Tolak\". Anda baru aktif setelah atasan Anda juga menyetujui; "
            "hasil kerja tim lalu muncul di SKP Anda sebagai hasil kolaboratif.",
        ),
        "en": (
            "Invitation to a team",
            "You are invited into a team. Read its mandate and period, then choose \"Accept\" "
            "or \"Decline\". You become active once your atasan agrees too; the team's result "
            "then appears in your SKP as a collaborative result.",
        ),
    },
    "approvals": {
        "id": (
            "Keanggotaan yang perlu disetujui",
            "Daftar pegawai Anda yang diundang ke tim lintas sektor, atau yang pindah ke unit "
            "Anda sementara menjadi anggota tim. Pilih \"Setuju\" atau \"Tolak\"; penolakan "
            "wajib disertai alasan, yang diteruskan kepada pegawai dan ketua tim.",
        ),
        "en": (
            "Memberships to agree",
            "Your staff invited into cross-agency teams, or who moved into your unit while "
            "members of a team. Choose \"Agree\" or \"Refuse\"; a refusal needs a reason, which "
            "the employee and the team's lead receive.",
        ),
    },
    "overview": {
        "id": (
            "Ringkasan tim",
            "Untuk BKPSDM, pimpinan, dan admin perangkat daerah: tim aktif dengan kemajuannya "
            "(rata-rata capaian indikator, tiap indikator paling tinggi 100%), beban anggota "
            "(pegawai di paling banyak tim aktif dengan jumlah bobotnya), dan jumlah tim per "
            "perangkat daerah koordinator.",
        ),
        "en": (
            "Teams overview",
            "For HR, leaders and agency admins: active teams with their progress (mean "
            "realisation of the indicators, each counted up to 100%), members' load (employees "
            "in the most active teams with their total weight), and teams per coordinating "
            "perangkat daerah.",
        ),
    },
}

NOT_SCREENS = {
    "invite": "action",
    "candidates": "fragment",
    "appoint": "action",
    "end_membership": "action",
    "decide": "action",
    "add_result": "action",
    "add_indicator": "action",
    "feedback": "action",
}
