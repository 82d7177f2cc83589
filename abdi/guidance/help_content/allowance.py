"""Help content of the allowance namespace (TPP, attendance, leave), issue 8 item 5."""

SCREENS = {
    "rules": {
        "id": (
            "Aturan TPP",
            "Semua angka TPP berasal dari Perkada pemerintah daerah Anda (PP 12/2019 Pasal 58), "
            "sehingga setiap versi aturan disimpan dengan masa berlakunya. Satu bulan dihitung "
            "dengan versi yang berlaku pada tanggal 1 bulan itu. Semua pegawai dapat membaca "
            "halaman ini.\n\n"
            "- Tabel menunjukkan nama versi, dasar hukum, masa berlaku, preset asal, dan status "
            "(berlaku, akan datang, berakhir). Klik nama untuk membaca isinya.\n"
            "- \"Hitung TPP\" membuka simulasi perhitungan.\n"
            "- \"Tambah versi\" (hanya admin BKPSDM): mulai dari preset, lalu sesuaikan angkanya "
            "dengan Perkada. Versi tanpa tanggal akhir yang berlaku sebelumnya otomatis berakhir "
            "sehari sebelum versi baru dimulai. Masa berlaku yang tumpang tindih atau berlubang "
            "ditolak.",
        ),
        "en": (
            "TPP rules",
            "Every TPP figure comes from your government's Perkada (PP 12/2019 article 58), so "
            "each version of the rules is kept with the period it is in force. A month is "
            "computed under the version in force on its first day. Every employee may read this "
            "page.\n\n"
            "- The table shows each version's name, legal basis, period, preset and status (in "
            "force, upcoming, ended). Click a name to read it.\n"
            "- \"Compute TPP\" opens the simulation.\n"
            "- \"Add a version\" (BKPSDM administrators only): start from a preset, then match "
            "its figures to your Perkada. An open-ended version in force before the new one ends "
            "the day before it starts. Overlapping periods or gaps are refused.",
        ),
    },
    "rule_set": {
        "id": (
            "Isi versi aturan TPP",
            "Seluruh angka satu versi aturan TPP dalam bentuk tabel: pembagian pagu (disiplin "
            "dan produktivitas), potongan kehadiran (kode, rentang menit, persentase), perlakuan "
            "cuti, potongan karena hukuman disiplin, batas potongan, faktor status pegawai, "
            "capaian per predikat, potongan gaji, pembulatan, kriteria TPP lain, dan besaran TPP "
            "per kelas jabatan (BK, TB, KK, KP, PK, PO).\n\n"
            "- \"Hitung TPP dengan versi ini\" membuka simulasi dengan versi ini.\n"
            "- \"Ubah angka\" (hanya admin BKPSDM) membuka formulir angka.\n\n"
            "Jika muncul pesan bahwa jadwal tersimpan tidak dapat dipakai, hubungi admin BKPSDM "
            "untuk memperbaiki angkanya.",
        ),
        "en": (
            "TPP rules version",
            "All figures of one version of the TPP rules as tables: the split of the pagu "
            "(disiplin and produktivitas), attendance deductions (code, minute range, "
            "percentage), leave, cuts for disciplinary penalties, deduction caps, status factors, "
            "capaian per predikat, payroll deductions, rounding, other TPP criteria and the "
            "amounts per kelas jabatan (BK, TB, KK, KP, PK, PO).\n\n"
            "- \"Compute TPP with this version\" opens the simulation with this version.\n"
            "- \"Change the figures\" (BKPSDM administrators only) opens the figures form.\n\n"
            "If the stored schedule is reported as unusable, ask a BKPSDM administrator to "
            "correct its figures.",
        ),
    },
    "rule_set_edit": {
        "id": (
            "Ubah angka aturan TPP",
            "Admin BKPSDM mengetik angka Perkada: nama dan dasar hukum, pembagian pagu (%), batas "
            "capaian produktivitas, setiap potongan (label, menit awal dan akhir, %), potongan "
            "hukuman disiplin (% dan jumlah bulan), batas potongan, capaian per predikat, "
            "pembulatan, dan besaran per kelas jabatan (Rp per bulan; kosongkan bila Perkada "
            "tidak memberi). Persentase boleh memakai koma atau titik. Tekan \"Simpan angka\".\n\n"
            "- Satu angka saja yang salah membuat seluruh formulir ditolak; isian Anda tetap ada "
            "untuk diperbaiki.\n"
            "- Versi yang sudah dipakai untuk bulan yang dikunci tidak dapat diubah lagi; "
            "tambahkan versi baru mulai tanggal berlakunya Perkada yang baru.\n"
            "- Bulan yang sudah dihitung tetapi belum dikunci akan dihitung ulang pada "
            "perhitungan berikutnya.",
        ),
        "en": (
            "Change the TPP figures",
            "A BKPSDM administrator types the Perkada's figures: name and legal basis, the split "
            "of the pagu (%), the cap on capaian produktivitas, each deduction (label, first and "
            "last minute, %), disciplinary cuts (% and months), deduction caps, capaian per "
            "predikat, rounding and the amounts per kelas jabatan (Rp a month; leave empty where "
            "the Perkada gives nothing). Percentages may use a comma or a point. Press \"Save the "
            "figures\".\n\n"
            "- One wrong figure refuses the whole form; what you typed stays for you to "
            "correct.\n"
            "- A version used for a locked month cannot be changed any more; add a new version "
            "from the day the new Perkada applies.\n"
            "- Months computed but not locked are computed again at the next run.",
        ),
    },
    "simulate": {
        "id": (
            "Hitung TPP",
            "Simulasi TPP satu bulan menurut versi aturan pemerintah daerah Anda. Pilih versi, "
            "isi pagu, capaian produktivitas, jenis pegawai, dan berapa kali setiap jenis "
            "potongan terjadi dalam bulan itu (0-31; kosong berarti tidak ada), lalu tekan "
            "\"Hitung\". Setiap langkah perhitungan ditampilkan, dengan TPP bulan itu dan jumlah "
            "yang dibayarkan setelah potongan gaji.\n\n"
            "Ini perhitungan aturan, bukan slip: cuti, hukuman disiplin, dan kriteria TPP lain "
            "tidak diperhitungkan. Semua pegawai dapat memakainya. Jika belum ada aturan TPP, "
            "admin BKPSDM harus menambahkannya terlebih dahulu.",
        ),
        "en": (
            "Compute TPP",
            "Simulates one month's TPP under a version of your government's rules. Choose the "
            "version, enter the pagu, the capaian produktivitas, the employee kind and how many "
            "times each deduction happened that month (0-31; empty counts as none), then press "
            "\"Compute\". Every step is shown, with the month's TPP and what is paid out after "
            "payroll deductions.\n\n"
            "This computes the rules, it is not a payslip: leave, disciplinary penalties and "
            "other TPP criteria are left out. Every employee may use it. If there are no TPP "
            "rules yet, a BKPSDM administrator must add them first.",
        ),
    },
    "runs": {
        "id": (
            "TPP bulanan",
            "Admin BKPSDM menghitung TPP seluruh pegawai untuk satu bulan, dengan aturan yang "
            "berlaku pada tanggal 1 bulan itu, dari data kehadiran dan predikat kinerja bulan "
            "itu.\n\n"
            "- Pilih bulan lalu tekan \"Hitung\". Perhitungan berjalan di latar belakang.\n"
            "- Menghitung ulang bulan yang belum dikunci mengganti slipnya. Bulan yang sudah "
            "dikunci dikoreksi dengan revisi baru; isi alasannya.\n"
            "- Tabel \"Perhitungan\" menunjukkan bulan, revisi, status, aturan, jumlah pegawai, "
            "dan jumlah yang masih menunggu data. Klik bulan untuk membukanya.",
        ),
        "en": (
            "Monthly TPP",
            "A BKPSDM administrator computes every employee's TPP for a month, under the rules "
            "in force on its first day, from that month's attendance and performance predikat.\n\n"
            "- Choose the month and press \"Compute\". The computation runs in the background.\n"
            "- Computing an unlocked month again replaces its slips. A locked month is "
            "corrected by a new revision; give the reason.\n"
            "- The \"Runs\" table shows the month, revision, status, rules, employees and how "
            "many still wait for data. Click a month to open it.",
        ),
    },
    "run": {
        "id": (
            "Perhitungan TPP satu bulan",
            "Hasil perhitungan TPP satu bulan. Selama berjalan, kemajuan tampil dan halaman "
            "memperbarui diri.\n\n"
            "- Total bulan ini dan jumlah pegawai yang menunggu data. Isi pagu APBD bulan itu "
            "lalu \"Bandingkan\" untuk melihat apakah total masih di bawah pagu.\n"
            "- Per perangkat daerah: jumlah pegawai, total bulan ini, anggaran setahun (pagu "
            "APBD dalam DPA; yang sudah terpakai, sisa, atau lebihnya), serta unduhan daftar "
            "pembayaran XLSX dan PDF (bertanda DRAF sampai dikunci). Simpan anggaran setahun "
            "per perangkat daerah dengan formulir di bawah tabel.\n"
            "- Slip: klik nama untuk membaca rinciannya; slip yang menunggu data menyebut "
            "alasannya (tanpa kelas jabatan, tanpa data kehadiran, predikat belum dinilai, dan "
            "sebagainya).\n"
            "- \"Kunci bulan\" menetapkan hasilnya. Bulan tidak dapat dikunci selama masih ada "
            "slip yang menunggu data.\n\n"
            "Keberatan pegawai yang belum dijawab tercantum di bagian bawah.",
        ),
        "en": (
            "One month's TPP run",
            "The TPP computation of one month. While it runs, the progress is shown and the "
            "page refreshes itself.\n\n"
            "- The month's total and how many employees wait for data. Enter the month's pagu "
            "APBD and press \"Compare\" to see whether the total stays within it.\n"
            "- Per perangkat daerah: employees, this month's total, the year's budget (pagu "
            "APBD in the DPA; used, left or over) and the payroll sheet as XLSX and PDF (marked "
            "DRAFT until locked). Save each perangkat daerah's yearly budget with the form "
            "below the table.\n"
            "- Slips: click a name to read the breakdown; a slip waiting for data names the "
            "reason (no kelas jabatan, no attendance, predikat not rated yet, and so on).\n"
            "- \"Lock the month\" makes the result final. A month cannot be locked while slips "
            "wait for data.\n\n"
            "Employees' objections still waiting for an answer are listed at the bottom.",
        ),
    },
    "mine": {
        "id": (
            "TPP saya",
            "Daftar TPP Anda per bulan dengan status perhitungannya. Klik bulan untuk melihat "
            "rincian \"mengapa TPP saya sebesar ini\". Jika tertulis menunggu data, alasannya "
            "disebutkan (misalnya predikat bulan itu belum dinilai atau data kehadiran belum "
            "ada).\n\n"
            "Tombol \"Hitung TPP\" membuka simulasi; \"Cuti dan dinas luar\" membuka pengajuan "
            "cuti.",
        ),
        "en": (
            "My TPP",
            "Your TPP month by month with the status of its computation. Click a month to see "
            "\"why is my TPP this amount\". If it is waiting for data, the reason is given (for "
            "example the month's predikat is not rated yet or there is no attendance data).\n\n"
            "\"Compute TPP\" opens the simulation; \"Leave and official duty\" opens leave "
            "requests.",
        ),
    },
    "slip": {
        "id": (
            "Mengapa TPP saya sebesar ini",
            "Rincian TPP satu bulan: besaran dasar menurut kelas jabatan, bagian disiplin dan "
            "produktivitas, setiap potongan dengan jumlah kejadian dan persentasenya, batas "
            "potongan, pembulatan, dan kejadian yang dihitung dari kehadiran Anda. Dapat dibuka "
            "oleh pegawai yang bersangkutan, admin BKPSDM, dan admin perangkat daerahnya.\n\n"
            "- Jika Anda tidak setuju, tulis alasannya di \"Saya keberatan atas jumlah ini "
            "karena\" lalu \"Kirim keberatan\". Hanya satu keberatan terbuka per slip.\n"
            "- Admin BKPSDM menjawab keberatan di halaman yang sama; jawabannya tampil di sini.",
        ),
        "en": (
            "Why is my TPP this amount",
            "One month's TPP in detail: the base amount for the kelas jabatan, the disiplin and "
            "produktivitas shares, each deduction with its count and rate, caps, rounding, and "
            "the events counted from your attendance. Open to the employee, BKPSDM "
            "administrators and the admin of the employee's agency.\n\n"
            "- If you disagree, write why under \"I object to this amount because\" and press "
            "\"Send the objection\". One open objection per slip.\n"
            "- A BKPSDM administrator answers on the same page; the answer shows here.",
        ),
    },
    "attendance": {
        "id": (
            "Mesin presensi",
            "Admin BKPSDM dan admin perangkat daerah mengunggah data dari mesin sidik jari atau "
            "wajah: berkas CSV atau Excel (.xlsx) dengan kolom NIP, Tanggal + Jam (atau Waktu "
            "dalam satu kolom), dan Perangkat (opsional). Ukuran dan jumlah baris terbatas "
            "seperti tertulis di layar. Jam dibaca menurut waktu setempat (WIB, WITA, atau WIT).\n\n"
            "- \"Unggah dan impor\" menyimpan baris yang benar dan mencatat baris yang ditolak "
            "beserta alasannya. Presensi yang terbaca dua kali disimpan sekali. Status hari "
            "kemudian diperbarui.\n"
            "- Tabel impor sebelumnya: klik waktu impor untuk membaca laporannya.\n\n"
            "Admin perangkat daerah hanya melihat impornya sendiri, dan baris pegawai di luar "
            "perangkat daerahnya ditolak.",
        ),
        "en": (
            "Attendance machines",
            "BKPSDM and agency administrators upload the punches of fingerprint or face "
            "machines: a CSV or Excel (.xlsx) file with the columns NIP, Tanggal + Jam (or Waktu "
            "in one column) and Perangkat (optional). Size and rows are limited as shown. Times "
            "are read as local time (WIB, WITA or WIT).\n\n"
            "- \"Upload and import\" stores the good rows and lists refused rows with the "
            "reason. A punch read twice is stored once. The day statuses are then updated.\n"
            "- Past imports: click the time of an import to read its report.\n\n"
            "An agency administrator sees only their own imports, and rows of employees outside "
            "their agency are refused.",
        ),
    },
    "attendance_import": {
        "id": (
            "Laporan impor presensi",
            "Hasil satu impor: waktu, pengunggah, berkas, rentang hari, jumlah baris, presensi "
            "tersimpan, duplikat, baris ditolak, dan peringatan. Tabel Laporan menyebut nomor "
            "baris, NIP, dan alasan setiap penolakan atau peringatan.\n\n"
            "Duplikat adalah presensi yang sudah tersimpan untuk pegawai yang sama pada menit "
            "yang sama; disimpan sekali saja. Perbaiki baris yang ditolak di berkas lalu unggah "
            "ulang; baris yang sudah tersimpan tidak akan terhitung dua kali.",
        ),
        "en": (
            "Attendance import report",
            "The result of one import: time, uploader, file, days covered, rows, punches "
            "stored, duplicates, rows refused and warnings. The Report table names the row, NIP "
            "and reason of each refusal or warning.\n\n"
            "A duplicate is a punch already stored for the same employee in the same minute; it "
            "is stored once. Correct the refused rows in the file and upload it again; rows "
            "already stored are not counted twice.",
        ),
    },
    "leave": {
        "id": (
            "Cuti dan dinas luar",
            "Hari cuti atau dinas luar yang disetujui dihitung sebagai berhalangan dengan "
            "keterangan, bukan tanpa keterangan, pada presensi.\n\n"
            "- Ajukan cuti atau dinas luar: pilih jenis (cuti tahunan, besar, sakit, melahirkan, "
            "alasan penting, CLTN, atau dinas luar, sesuai PP 11/2017), hari pertama dan "
            "terakhir, serta alasan, lalu \"Kirim pengajuan\". Atasan atau admin perangkat "
            "daerah memutuskan.\n"
            "- \"Cuti dan dinas luar saya\" menunjukkan status setiap pengajuan.\n"
            "- Atasan dan admin melihat \"Pengajuan yang menunggu keputusan\" dengan tombol "
            "\"Setujui\" dan \"Tolak\".\n"
            "- Admin mencatat cuti dari surat yang sudah ditandatangani (isi NIP); langsung "
            "disetujui.\n\n"
            "Ditolak jika pegawai sudah memiliki cuti atau dinas luar pada sebagian hari yang "
            "sama, atau jika hari terakhir sebelum hari pertama.",
        ),
        "en": (
            "Leave and official duty",
            "Approved leave (cuti) or official duty (dinas luar) days count as excused in the "
            "attendance, not as absent.\n\n"
            "- Ask for leave or official duty: choose the kind (annual, long, sick, maternity, "
            "important reasons, CLTN or dinas luar, following PP 11/2017), the first and last "
            "day and the reason, then \"Send the request\". Your atasan or the agency admin "
            "decides.\n"
            "- \"My leave and official duty\" shows the status of each request.\n"
            "- Supervisors and administrators see \"Requests waiting for a decision\" with "
            "\"Approve\" and \"Reject\".\n"
            "- Administrators record leave from a signed letter (enter the NIP); it is approved "
            "at once.\n\n"
            "Refused when the employee already has leave or official duty on some of the same "
            "days, or when the last day is before the first.",
        ),
    },
    "check_in": {
        "id": (
            "Absen lewat ponsel",
            "Tekan \"Absen di sini\" saat datang dan saat pulang, di dalam area kantor Anda. "
            "Presensi pertama dan terakhir hari itu yang dihitung, baik dari mesin maupun "
            "ponsel. Daftar \"Presensi hari ini\" menunjukkan jam dan sumbernya.\n\n"
            "- Browser harus diizinkan membaca lokasi; halaman ini memerlukan JavaScript dan "
            "lokasi ponsel.\n"
            "- Ditolak jika Anda berada di luar radius kantor unit Anda (atau unit di atasnya, "
            "atau kantor untuk seluruh pemerintah daerah), atau jika ketelitian lokasi lebih "
            "buruk dari 100 m: pindah ke tempat terbuka lalu coba lagi.\n"
            "- Jika belum ada kantor yang diatur untuk Anda, hubungi admin BKPSDM.\n\n"
            "Lupa absen atau jamnya salah? Gunakan \"Koreksi\".",
        ),
        "en": (
            "Check in",
            "Press \"Check in here\" when you arrive and when you leave, inside your office's "
            "area. The first and last punch of the day count, from the machine or the phone. "
            "\"Today's punches\" lists the times and their source.\n\n"
            "- The browser must be allowed to read your location; this page needs JavaScript "
            "and the phone's position.\n"
            "- Refused when you are outside the radius of an office of your unit (or a unit "
            "above it, or an office for the whole government), or when the position is vaguer "
            "than 100 m: step outside and try again.\n"
            "- If no office is set up for you, ask a BKPSDM administrator.\n\n"
            "Forgot to check in or wrong time? Use \"Corrections\".",
        ),
    },
    "corrections": {
        "id": (
            "Koreksi presensi",
            "Presensi yang terlupa atau salah dikoreksi dengan alasan; setelah disetujui, status "
            "hari itu dihitung ulang. Setiap langkah tercatat di jejak audit.\n\n"
            "- Ajukan koreksi: isi tanggal (paling lama 31 hari ke belakang), jam datang dan/atau "
            "jam pulang, serta alasan, lalu \"Kirim\". Atasan Anda yang memutuskan.\n"
            "- Atasan, admin perangkat daerah, dan BKPSDM melihat \"Koreksi yang menunggu "
            "keputusan Anda\" dengan tombol \"Setujui\" dan \"Tolak\"; menolak wajib disertai "
            "catatan.\n"
            "- Admin dapat mengisi NIP pegawai yang dikelolanya; koreksi itu langsung "
            "disetujui.\n"
            "- \"Koreksi saya\" menunjukkan status dan catatan keputusan.",
        ),
        "en": (
            "Attendance corrections",
            "A forgotten or wrong punch is corrected with a reason; once approved, the day's "
            "status is computed again. Every step is kept in the audit trail.\n\n"
            "- Ask for a correction: enter the date (at most 31 days back), the clock-in and/or "
            "clock-out and the reason, then \"Send\". Your atasan decides.\n"
            "- Supervisors, agency administrators and BKPSDM see \"Corrections waiting for your "
            "decision\" with \"Approve\" and \"Reject\"; a rejection needs a note.\n"
            "- An administrator may enter the NIP of an employee they administer; such a "
            "correction is approved at once.\n"
            "- \"My corrections\" shows the status and the decision note.",
        ),
    },
    "offices": {
        "id": (
            "Kantor untuk absen ponsel",
            "Admin BKPSDM mengatur kantor tempat pegawai dapat absen lewat ponsel. Pegawai "
            "dapat absen dalam radius kantor unitnya, kantor unit di atasnya, atau kantor untuk "
            "seluruh pemerintah daerah. Selama belum ada kantor, tidak ada yang dapat absen "
            "lewat ponsel.\n\n"
            "\"Tambah kantor\": isi nama, unit (atau seluruh pemerintah daerah), lintang dan "
            "bujur dalam desimal (misalnya -2.990934), serta radius 20-5.000 m, lalu "
            "\"Simpan\".\n\n\"Ubah\" membuka isian satu kantor; \"Nonaktifkan\" menghentikan "
            "absen di kantor itu (riwayat absen tetap tersimpan) dan \"Aktifkan lagi\" "
            "membukanya kembali.",
        ),
        "en": (
            "Offices for check-in",
            "A BKPSDM administrator sets up the offices where employees may check in on the "
            "phone. An employee may check in within the radius of an office of their unit, of a "
            "unit above it, or of an office for the whole government. Until an office exists, "
            "nobody can check in on the phone.\n\n"
            "\"Add an office\": enter the name, the unit (or the whole government), latitude and "
            "longitude as decimals (e.g. -2.990934) and a radius of 20-5,000 m, then "
            "\"Save\".\n\n\"Edit\" opens one office's fields; \"Deactivate\" stops check-ins "
            "there (past check-ins are kept) and \"Activate again\" reopens it.",
        ),
    },
    "calendar": {
        "id": (
            "Jam kerja",
            "Sesuai Perpres 21/2023: 37,5 jam kerja seminggu di luar istirahat (32,5 jam saat "
            "Ramadan), lima hari kerja, atau enam hari bagi unit yang melayani masyarakat "
            "langsung. Jam kerja ditetapkan Bupati/Wali Kota; setiap perubahan disimpan dengan "
            "tanggal berlakunya, sehingga hari yang lalu selalu dihitung dengan jam kerja pada "
            "waktu itu. Semua pegawai dapat membaca halaman ini.\n\n"
            "Admin BKPSDM dapat:\n"
            "- Mengubah jam mulai, selesai, dan istirahat setiap hari untuk pekan lima hari, "
            "enam hari, dan Ramadan; isi tanggal berlaku, skema biasa, dan dasar hukum, lalu "
            "\"Simpan jam kerja\". Hari yang jam mulainya kosong adalah hari libur.\n"
            "- Menambah atau menghapus periode Ramadan.\n"
            "- Menetapkan unit yang memakai skema lain.\n\n"
            "Hari libur nasional dan cuti bersama diatur di pengaturan pemerintah daerah "
            "(\"Hari libur dan cuti bersama\").",
        ),
        "en": (
            "Working hours",
            "Under Perpres 21/2023: 37.5 working hours a week without breaks (32.5 in Ramadan), "
            "five days, or six for units that serve the public directly. The Bupati/Wali Kota "
            "sets the hours; each change is kept with the day it takes effect, so a past day is "
            "always computed under the hours of its time. Every employee may read this page.\n\n"
            "A BKPSDM administrator can:\n"
            "- Change each day's start, end and break for the five-day, six-day and Ramadan "
            "weeks; enter the effective date, usual scheme and legal basis, then \"Save the "
            "hours\". A day without a start is a day off.\n"
            "- Add or remove Ramadan periods.\n"
            "- Put units on another scheme.\n\n"
            "Public holidays and cuti bersama are set in the government settings (\"Holidays "
            "and collective leave\").",
        ),
    },
}

NOT_SCREENS = {
    "run_export_xlsx": "download",
    "run_export_pdf": "download",
}
