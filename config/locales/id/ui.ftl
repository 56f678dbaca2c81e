# Madoguchi page strings — Bahasa Indonesia.

language-name = Bahasa Indonesia

## Shared

mode-large = Huruf lebih besar
mode-contrast = Kontras tinggi
modes-label = Pilihan tampilan

## Kiosk

kiosk-page-title = Ambil nomor antrean
kiosk-welcome = Selamat datang. Silakan ambil nomor antrean
kiosk-choose-language = Pilih bahasa
kiosk-what-need = Apa keperluan Anda hari ini?
kiosk-search-label = Cari dengan kata kunci
kiosk-search-placeholder = mis. surat keterangan domisili, pindah masuk, tunjangan anak
kiosk-search-button = Cari
kiosk-search-results = Hasil untuk “{ $query }”
kiosk-search-none = Tidak ditemukan. Pilih dari topik, atau tanyakan kepada petugas.
kiosk-services-unavailable = Daftar layanan tidak dapat dimuat. Silakan tanyakan kepada petugas.
kiosk-back = Kembali
kiosk-choose-service = Pilih yang Anda perlukan
kiosk-confirm-title = Apakah ini benar?
kiosk-where = Tempat tujuan
kiosk-waiting-now = Sedang menunggu
kiosk-take-ticket = Ambil nomor
kiosk-choose-again = Pilih lagi
kiosk-issuing = Sedang mengambil nomor Anda…
kiosk-your-number = Nomor Anda
kiosk-ahead = Orang di depan Anda
kiosk-ahead-none = Anda berikutnya
kiosk-estimated-wait = Perkiraan waktu tunggu
kiosk-bring = Harap bawa
kiosk-please-wait = Nomor Anda akan tampil di layar dan dipanggil. Silakan menunggu di ruang tunggu.
kiosk-qr-caption = Pindai dengan ponsel untuk memantau giliran Anda
kiosk-qr-label = Kode QR halaman giliran Anda
kiosk-printing = Tiket Anda sedang dicetak. Silakan diambil.
kiosk-print-again = Cetak lagi
kiosk-done = Selesai
kiosk-not-issued-title = Nomor tidak diterbitkan
kiosk-error-offline = Mesin ini tidak dapat terhubung ke sistem kantor.
kiosk-error-timeout = Sistem kantor tidak menjawab, jadi tidak diketahui apakah nomor sudah diterbitkan.
kiosk-error-setup = Mesin ini belum diatur untuk menerbitkan nomor.
kiosk-error-busy = Sistem kantor sedang tidak dapat digunakan sebentar.
kiosk-error-other = Nomor Anda tidak dapat diterbitkan.
kiosk-ask-staff-now = Silakan minta bantuan petugas di dekat Anda.
kiosk-try-again = Coba lagi
kiosk-start-over = Kembali ke awal
kiosk-idle-countdown = Kembali ke awal dalam { $seconds } detik. Sentuh layar untuk melanjutkan.
kiosk-idle-continue = Lanjutkan
kiosk-ask-staff = Kurang jelas? Silakan tanyakan kepada petugas — kami senang membantu.
kiosk-offline = Saat ini mesin tidak dapat terhubung ke sistem kantor, jadi nomor tidak dapat diterbitkan. Silakan tanyakan kepada petugas.
kiosk-not-set-up = Mesin ini belum siap. Silakan tanyakan kepada petugas.
kiosk-people-count = { $count } orang
kiosk-queue-waiting = Menunggu: { $count }
kiosk-wait-minutes = Sekitar { $minutes } menit
kiosk-wait-none = Hampir tidak perlu menunggu
kiosk-wait-unknown = Sedang diperiksa…

kiosk-life-title = Beberapa urusan sekaligus
kiosk-life-hint = Satu nomor mengantar Anda ke setiap loket yang diperlukan, secara bergiliran.
kiosk-yes = Ya
kiosk-no = Tidak
kiosk-life-steps = Loket Anda, dengan urutan ini
kiosk-journey-note = Simpan tiket Anda. Setiap kali satu loket selesai, Anda akan dipanggil ke loket berikutnya dengan nomor yang sama.
kiosk-fee = Biaya
kiosk-time-needed = Waktu yang diperlukan
wait-range = Sekitar { $minutes } menit (paling lama sekitar { $max })
kiosk-printer-failed = Printer tidak berfungsi, jadi tiket tidak tercetak. Harap ingat nomor Anda atau pindai kode QR. Petugas sudah diberi tahu.

## Staff desk

desk-page-title = Meja loket
desk-language = Bahasa
desk-sign-out = Keluar
desk-connection-lost = Koneksi terputus. Sedang menyambung ulang otomatis — daftar mungkin belum terbaru.
desk-sign-in-title = Masuk petugas
desk-sign-in-hint = Masukkan nama pengguna dan kata sandi petugas.
desk-username = Nama pengguna
desk-password = Kata sandi
desk-sign-in = Masuk
desk-sign-in-missing = Masukkan nama pengguna dan kata sandi.
desk-sign-in-wrong = Nama pengguna atau kata sandi salah.
desk-sign-in-throttled = Terlalu banyak percobaan gagal. Tunggu sebentar lalu coba lagi.
desk-session-expired = Sesi Anda telah berakhir. Silakan masuk lagi.
desk-choose-counter = Meja ini untuk loket yang mana?
desk-current-title = Sedang dilayani di loket ini
desk-current-empty = Tidak ada yang dilayani. Tekan “Panggil berikutnya”.
desk-service = Layanan
desk-ticket-language = Bahasa
desk-waited = Lama menunggu
desk-called-at = Dipanggil
desk-called-ago = { $time } ({ $minutes } menit lalu)
desk-journey = Langkah
desk-step-pending = belum
desk-step-current = sekarang
desk-step-done = selesai
desk-step-skipped = dilewati
desk-status-called = Dipanggil
desk-status-serving = Sedang dilayani
desk-recalls = Dipanggil ulang ×{ $count }
desk-minutes = { $minutes } menit
desk-actions = Tindakan
desk-call-next = Panggil berikutnya
desk-recall = Panggil ulang
desk-start = Mulai
desk-no-show = Tidak hadir
desk-transfer = Alihkan
desk-finish = Selesai
desk-did-call = { $number } dipanggil
desk-did-recall = { $number } dipanggil ulang
desk-did-start = Melayani { $number }
desk-did-no-show = { $number } dicatat tidak hadir
desk-did-finish = { $number } selesai
desk-did-transfer = { $number } dialihkan
desk-nobody-waiting = Tidak ada yang menunggu loket ini
desk-error-offline = Server tidak dapat dihubungi. Tindakan mungkin belum terlaksana.
desk-error-forbidden = Anda tidak diizinkan melakukan ini.
desk-error-conflict = Status tiket telah berubah, jadi ini tidak bisa lagi. Periksa daftar.
desk-error-not-found = Tiket ini tidak ditemukan.
desk-error-unavailable = Sistem sedang tidak dapat digunakan. Coba lagi sebentar lagi.
desk-error-other = Tindakan gagal.
desk-waiting-title = Menunggu loket ini
desk-waiting-empty = Tidak ada yang menunggu
desk-col-number = Nomor
desk-col-service = Layanan
desk-col-language = Bahasa
desk-col-waiting = Menunggu
desk-longest = Terlama menunggu
desk-queue-figures = { $count } menunggu · sekitar { $minutes } menit
desk-live = Terhubung
desk-connecting = Menghubungkan
desk-offline = Terputus
desk-transfer-title = Alihkan { $number }
desk-transfer-to = Alihkan ke
desk-transfer-queue = Antrean
desk-transfer-service = Layanan
desk-transfer-confirm = Alihkan
desk-cancel = Batal
desk-printer-attention = Printer “{ $printer }” perlu diperiksa (kertas, daya, atau kabel).
desk-dismiss = Tutup
desk-journey-skip = Lewati
desk-journey-skip-label = Lewati langkah { $position }: { $section }, { $service }
desk-journey-add = Tambah langkah
desk-skip-title = Lewati satu langkah { $number }?
desk-skip-text = { $number } tidak akan diarahkan ke { $section } untuk { $service }. Langkah lainnya tetap.
desk-skip-confirm = Lewati langkah ini
desk-add-title = Tambah langkah untuk { $number }
desk-add-hint = Setelah loket ini, { $number } menunggu lagi dengan nomor yang sama di loket layanan yang Anda pilih.
desk-add-service = Layanan yang ditambahkan
desk-add-confirm = Tambahkan langkah
desk-did-skip = { $number }: { $section } dilewati
desk-did-add = { $number }: { $service } ditambahkan setelah loket ini
desk-error-step-changed = Langkah-langkah nomor ini telah berubah. Periksa lalu coba lagi.
desk-error-unknown-service = Kantor ini tidak menangani layanan tersebut.

## Waiting-room display

board-page-title = Panggilan
board-reconnecting = Koneksi terputus. Menyambung ulang…
board-not-set-up = Layar ini belum diatur
board-now-calling = Sedang dipanggil
board-no-calls = Silakan tunggu sampai nomor Anda dipanggil
board-recent = Panggilan sebelumnya
board-col-number = Nomor
board-col-counter = Loket
board-col-time = Waktu
board-waiting = Jumlah yang menunggu dan perkiraan waktu tunggu
board-waiting-count = { $count } menunggu
board-wait-minutes = Sekitar { $minutes } menit
board-wait-none = Tanpa antre
board-badge-new = Baru
board-badge-recalled = Dipanggil ulang
board-live-called = Nomor { $number }, silakan ke { $counter }
board-live-recalled = Nomor { $number }, dipanggil ulang. Silakan ke { $counter }
board-sound-on = Suara nyala
board-sound-off = Suara mati
board-sound-blocked = Nyalakan suara
board-notice-wait = Silakan menunggu di ruang tunggu sampai nomor Anda dipanggil.
board-notice-watch = Jika nomor Anda muncul di layar, silakan menuju loket yang ditampilkan.
board-notice-phone = Pindai kode QR pada tiket untuk memantau giliran Anda di ponsel.
board-notice-help = Jika perlu bantuan, silakan tanyakan kepada petugas terdekat.

## Phone ticket page

phone-page-title = Nomor Anda
phone-language = Bahasa
phone-offline = Koneksi terputus. Menyambung ulang — informasi mungkin belum terbaru.
phone-called-title = Giliran Anda
phone-called-text = Silakan menuju { $counter }.
phone-near = Giliran Anda sebentar lagi. Silakan kembali ke ruang tunggu.
phone-your-number = Nomor Anda
phone-ahead = Orang di depan Anda
phone-ahead-none = Anda berikutnya
phone-people-count = { $count } orang
phone-estimated-wait = Perkiraan waktu tunggu
phone-wait-minutes = Sekitar { $minutes } menit
phone-wait-none = Sebentar lagi
phone-wait-unknown = Sedang diperiksa…
phone-where = Tempat tujuan
phone-journey = Langkah Anda
phone-step-pending = berikutnya
phone-step-current = sekarang
phone-step-done = selesai
phone-step-skipped = dilewati
phone-status-waiting = Silakan tunggu giliran Anda
phone-status-called = Silakan menuju { $counter }
phone-status-serving = Sedang dilayani di { $counter }
phone-status-done = Semua selesai. Terima kasih atas kunjungan Anda.
phone-status-no-show = Nomor Anda sudah dipanggil tetapi Anda tidak ada. Silakan tanyakan kepada petugas.
phone-status-cancelled = Tiket ini dibatalkan.
phone-status-expired = Tiket ini untuk tanggal { $day } dan sudah tidak berlaku.
phone-not-found = Tiket tidak ditemukan
phone-not-found-help = Pindai ulang kode QR, atau tanyakan kepada petugas.
phone-updated-live = Diperbarui { $time } (diperbarui otomatis)
phone-updated-at = Terakhir diperbarui { $time }
phone-help = Kurang jelas? Silakan tanyakan kepada petugas
phone-notify-button = Beri tahu saya saat giliran saya dekat
phone-notify-on = Ponsel ini akan menerima notifikasi saat giliran Anda sudah dekat.
phone-notify-blocked = Notifikasi untuk halaman ini mati. Biarkan halaman tetap terbuka: halaman akan menampilkan pesan dan membunyikan suara.
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = Lantai { $n }
floor-ground = Lantai dasar
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = Kantor Distrik Yahatanishi
office-orio = Kantor Cabang Orio
office-kojaku = Kantor Cabang Kojaku
office-yahataminami = Kantor Cabang Yahataminami
counter-number = Loket { $n }

# What the board shows between calls, and over everything in an emergency.
board-notices = Pengumuman kantor distrik
board-alert = Informasi darurat
board-alert-exercise = Latihan

# The portal of the ward's services (/m/).
portal-title = Layanan Kantor Distrik Yahatanishi
portal-intro = Loket kantor distrik dan kegiatan masyarakat.
portal-counters = Seberapa ramai loket
portal-calendar = Kalender perkiraan keramaian
portal-modules = Kegiatan masyarakat
portal-no-modules = Sedang disiapkan.
portal-partners = Untuk toko, fasilitas, dan kelompok
portal-join = Daftar sebagai anggota dengan kode undangan
portal-moderation = Moderasi (petugas)
