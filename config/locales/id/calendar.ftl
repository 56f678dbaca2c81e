# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office }: kalender perkiraan keramaian
calendar-intro = Gunakan untuk memilih hari yang sepi untuk datang. Perkiraan dihitung dari jumlah pengunjung sebelumnya.
calendar-level-1 = Sepi
calendar-level-2 = Agak sepi
calendar-level-3 = Biasa
calendar-level-4 = Ramai
calendar-level-5 = Sangat ramai
calendar-closed = Tutup
calendar-best-hours = Jam terbaik
calendar-previous = Bulan sebelumnya
calendar-next = Bulan berikutnya
calendar-pdf = PDF untuk dicetak
calendar-csv = Unduh CSV
calendar-legend = Keterangan
calendar-weekdays = Sen,Sel,Rab,Kam,Jum,Sab,Min
calendar-note = Perkiraan hanya panduan; keadaan pada hari itu bisa berbeda.
calendar-language = Bahasa
