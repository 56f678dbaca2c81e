# The administration page (/admin/). Variables: $mae.
admin-title = Administrasi
admin-sign-in = Masuk
admin-username = Nama pengguna
admin-password = Kata sandi
admin-sign-in-failed = Nama pengguna atau kata sandi salah
admin-office = Kantor
admin-pages = Halaman perangkat
admin-kiosk = Mesin antrean
admin-display = Layar panggilan
admin-calendar = Kalender keramaian
admin-desk = Layar loket
admin-chart-title = Perkiraan dan aktual
admin-chart-desc = Kedatangan aktual 8 minggu terakhir (titik), perkiraan (garis, pita: rentang 10–90%) dan 4 minggu ke depan.
admin-queue = Antrean
admin-actual = Aktual
admin-forecast = Perkiraan
admin-interval = Rentang perkiraan (10–90%)
admin-error = Rata-rata selisih 8 minggu terakhir: { $mae } orang per hari
admin-week-title = 7 hari ke depan: perkiraan dan jumlah loket
admin-date = Tanggal
admin-arrivals = Perkiraan kedatangan
admin-counters = Loket
admin-level = Tingkat keramaian
admin-source-prior = Belum ada data: perkiraan dari kantor distrik pada umumnya.
admin-no-history = Belum ada angka aktual untuk antrean ini.
admin-sign-out = Keluar

# The audit trail of staff actions.
admin-audit-title = Jejak audit
admin-audit-desc = Semua perubahan hari itu dan siapa yang melakukannya, terbaru di atas.
admin-audit-date = Hari
admin-audit-time = Waktu
admin-audit-action = Kejadian
admin-audit-number = Nomor
admin-audit-counter = Loket
admin-audit-who = Oleh
admin-audit-empty = Tidak ada kejadian pada hari ini.
admin-ev-issued = Tiket diterbitkan
admin-ev-called = Dipanggil
admin-ev-recalled = Dipanggil lagi
admin-ev-started = Layanan dimulai
admin-ev-finished = Selesai
admin-ev-advanced = Ke langkah berikutnya
admin-ev-no-show = Tidak hadir
admin-ev-cancelled = Dibatalkan
admin-ev-transferred = Dialihkan
admin-ev-journey-changed = Langkah diubah
admin-ev-day-started = Hari baru
admin-ev-printer-attention = Printer perlu diperiksa

# Links to the platform's pages.
admin-portal = Daftar layanan distrik
admin-moderation = Moderasi
