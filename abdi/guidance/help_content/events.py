"""Help of the forums and events screens (namespace ``events``)."""

SCREENS = {
    "index": {
        "id": ("Forum dan acara",
               "Halaman ini memuat acara antar-perangkat daerah: lokakarya, forum diskusi, sesi "
               "berbagi/bimtek dan kegiatan kebersamaan (outing, team building, olahraga bersama)."
               "\n\nBagian yang tampil:\n- Undangan saya: acara yang mengundang Anda secara nama "
               "atau melalui unit/perangkat daerah Anda.\n- Pendaftaran saya: acara yang Anda ikuti, "
               "termasuk posisi di daftar tunggu.\n- Acara mendatang yang terbuka untuk saya.\n"
               "- Acara yang saya selenggarakan (admin BKPSDM, admin perangkat daerah, kepala "
               "unit).\n- Acara yang sudah lewat.\n\nTombol \"Selenggarakan acara\" membuka "
               "formulir acara baru; \"Partisipasi per perangkat daerah\" untuk pimpinan dan admin."),
        "en": ("Forums and events",
               "This page lists events between agencies: workshops, discussion forums, sharing "
               "sessions and social activities (outings, team building, sport).\n\nSections:\n"
               "- My invitations: events that invite you by name or through your unit or agency.\n"
               "- My registrations: events you joined, including a place on the waiting list.\n"
               "- Upcoming events open to me.\n- Events I organise (BKPSDM, agency admins, heads "
               "of units).\n- Past events.\n\n\"Organise an event\" opens the form for a new "
               "event; \"Participation by agency\" is for leaders and admins."),
    },
    "create": {
        "id": ("Menyelenggarakan acara",
               "Isi jenis, judul, perangkat daerah penyelenggara, tempat atau tautan daring, "
               "waktu mulai dan selesai, masa pendaftaran, kapasitas dan sasaran peserta.\n\n"
               "- Seluruh pemerintah daerah: semua ASN boleh mendaftar.\n- Perangkat daerah/unit "
               "yang diundang: hanya pegawai unit yang diundang (dan yang diundang secara nama).\n"
               "- Undangan saja: hanya pegawai yang diundang secara nama.\n\nCentang \"Dihitung "
               "sebagai pembelajaran\" dan isi menit pembelajaran agar kehadiran menambah JP "
               "peserta (1 JP = 45 menit). Bila ditolak, baca pesan merah di atas formulir dan "
               "perbaiki isian yang ditandai."),
        "en": ("Organise an event",
               "Give the kind, title, organising agency, place or online link, start and end, "
               "registration window, capacity and audience.\n\n- The whole government: every "
               "employee may register.\n- Invited agencies and units: only employees of invited "
               "units (and those invited by name).\n- Invited employees only: only those invited "
               "by name.\n\nTick \"Counts as learning\" and give the learning minutes so that "
               "attendance adds JP (1 JP = 45 minutes). When refused, read the red message above "
               "the form and correct the marked field."),
    },
    "edit": {
        "id": ("Mengubah acara",
               "Penyelenggara mengubah isian acara. Kapasitas tidak boleh lebih kecil dari jumlah "
               "peserta terdaftar; bila kapasitas ditambah, peserta daftar tunggu otomatis naik "
               "dan diberi tahu. Bila muncul pesan bahwa orang lain telah mengubah acara, muat "
               "ulang halaman lalu ulangi perubahan."),
        "en": ("Edit the event",
               "The organisers change the event. The capacity cannot be lower than the number "
               "registered; a larger capacity moves the waiting list up and tells them. When told "
               "that someone else changed the event, reload and redo your change."),
    },
    "detail": {
        "id": ("Halaman acara",
               "Menampilkan waktu, tempat, kapasitas, masa pendaftaran dan status acara.\n\n"
               "- Daftar: mendaftar; bila penuh Anda masuk daftar tunggu dan diberi tahu saat "
               "kursi kosong.\n- Batalkan pendaftaran: kursi Anda diberikan kepada orang pertama "
               "di daftar tunggu.\n\nPenyelenggara melihat tombol Ubah, Undangan, Pendaftaran dan "
               "kehadiran, Layar presensi (QR), serta tombol status: buka/tutup pendaftaran, "
               "tandai selesai, atau batalkan acara."),
        "en": ("Event page",
               "Shows the time, place, capacity, registration window and status.\n\n- Register: "
               "take a seat; when full you join the waiting list and are told when a seat comes "
               "free.\n- Cancel my registration: your seat goes to the first person waiting.\n\n"
               "Organisers also see Edit, Invitations, Registrations and attendance, the QR "
               "check-in screen and the status buttons: open/close registration, mark as done, "
               "cancel the event."),
    },
    "invitations": {
        "id": ("Undangan",
               "Undang perangkat daerah atau unit (seluruh unit di bawahnya ikut) atau pegawai "
               "dengan NIP. Setiap pegawai yang diundang menerima notifikasi dan melihat acara di "
               "\"Undangan saya\". Undangan pada acara berstatus draf dikirim saat pendaftaran "
               "dibuka. NIP yang tidak dikenal atau undangan ganda ditolak dengan pesan.\n\n"
               "Tombol \"Tarik\" di samping undangan menarik undangan itu (tercatat di jejak "
               "audit). Pegawai yang sudah mendaftar tetap terdaftar; yang belum mendaftar tidak "
               "lagi melihat acara yang hanya untuk undangan."),
        "en": ("Invitations",
               "Invite an agency or unit (its whole subtree) or an employee by NIP. Each invited "
               "employee is notified and sees the event under \"My invitations\". Invitations of a "
               "draft go out when registration opens. An unknown NIP or a second invitation of the "
               "same target is refused with a message.\n\n\"Withdraw\" beside an invitation "
               "takes it back (kept in the audit trail). Those already registered stay "
               "registered; the others no longer see an event meant for the invited only."),
    },
    "withdraw_invitation": {
        "id": ("Menarik undangan",
               "Penyelenggara menarik satu undangan dari halaman Undangan. Pegawai yang hanya "
               "diundang melalui undangan itu dan sudah mendaftar tetap memegang kursinya (atau "
               "tempatnya di daftar tunggu); yang belum mendaftar tidak lagi melihat acara bila "
               "sasarannya hanya yang diundang.\n\nDitolak dengan pesan: acara yang sudah "
               "selesai atau dibatalkan, undangan yang sudah ditarik (muat ulang halaman), atau "
               "acara milik penyelenggara lain."),
        "en": ("Withdraw an invitation",
               "The organiser withdraws one invitation from the Invitations page. Employees "
               "invited only through it who already registered keep their seat (or waiting "
               "place); those not registered no longer see the event when it is meant for the "
               "invited only.\n\nRefused with a message: a finished or cancelled event, an "
               "invitation already withdrawn (reload the page), or another organiser's event."),
    },
    "registrations": {
        "id": ("Pendaftaran dan kehadiran",
               "Daftar peserta untuk penyelenggara: status (terdaftar, daftar tunggu, batal), "
               "peserta tanpa daftar (walk-in) dan jam presensi.\n\nCentang yang hadir lalu tekan "
               "\"Simpan kehadiran\" untuk mencatat kehadiran secara manual; menghapus centang "
               "membatalkan kehadiran beserta JP-nya. \"Unduh CSV\" mengunduh daftar peserta."),
        "en": ("Registrations and attendance",
               "The organiser's list: status (registered, waiting, cancelled), walk-ins and "
               "check-in time.\n\nTick who is present and press \"Save attendance\" to record it "
               "by hand; unticking withdraws the attendance and its JP. \"Download CSV\" exports "
               "the list."),
    },
    "checkin_screen": {
        "id": ("Layar presensi (QR)",
               "Tampilkan layar ini di ponsel atau proyektor. Peserta memindai kode QR dengan "
               "kamera ponsel dan membuka tautannya dalam keadaan masuk (login). Kode berganti "
               "setiap menit dan halaman memuat ulang sendiri, sehingga foto kode tidak bisa "
               "dipakai kemudian. Peserta tanpa pendaftaran diterima selama kursi masih ada."),
        "en": ("Check-in screen (QR)",
               "Show this screen on a phone or projector. Participants scan the QR code with their "
               "phone camera and open the link while logged in. The code changes every minute and "
               "the page refreshes itself, so a photo of the code cannot be used later. Walk-ins "
               "are admitted while seats last."),
    },
    "check_in": {
        "id": ("Presensi peserta",
               "Halaman yang terbuka setelah memindai kode QR: Anda tercatat hadir beserta jamnya. "
               "Pindaian kedua hanya menampilkan jam presensi pertama. Bila ditolak (kode "
               "kedaluwarsa, kode acara lain, bukan hari acara, pendaftaran dibatalkan, atau acara "
               "penuh), pindai ulang kode di layar penyelenggara atau hubungi penyelenggara."),
        "en": ("Participant check-in",
               "The page opened by scanning the QR code: you are checked in with the time. A "
               "second scan only shows the first check-in time. When refused (expired code, code "
               "of another event, not the event's day, cancelled registration, or the event is "
               "full), scan the organiser's screen again or ask the organiser."),
    },
    "photos": {
        "id": ("Foto acara",
               "Dokumentasi acara. Penyelenggara mengunggah foto JPEG atau PNG (paling besar 8 MB, "
               "paling banyak 30 foto per acara) dan dapat menghapusnya. Berkas lain ditolak."),
        "en": ("Event photos",
               "The event's pictures. Organisers upload JPEG or PNG photos (at most 8 MB each, 30 "
               "per event) and may remove them. Other files are refused."),
    },
    "minutes": {
        "id": ("Notulen",
               "Notulen acara dan daftar keputusan (satu keputusan per baris). Ditulis oleh "
               "penyelenggara setelah acara; peserta membacanya di sini."),
        "en": ("Minutes",
               "The minutes and the list of decisions (one per line), written by the organisers "
               "after the event; participants read them here."),
    },
    "participation": {
        "id": ("Partisipasi per perangkat daerah",
               "Untuk pimpinan dan admin: per perangkat daerah, jumlah acara yang diselenggarakan, "
               "undangan yang diterima, pendaftaran pegawainya, kehadiran dan persentase kehadiran "
               "dalam periode yang dipilih. Admin perangkat daerah hanya melihat perangkat "
               "daerahnya."),
        "en": ("Participation by agency",
               "For leaders and admins: per agency, events organised, invitations received, "
               "registrations of its employees, attendance and attendance rate in the chosen "
               "period. An agency admin sees his own agency only."),
    },
}

NOT_SCREENS = {
    "status": "action",
    "register": "action",
    "cancel": "action",
    "mark": "action",
    "export": "download",
    "photo": "download",
    "photo_delete": "action",
}
