# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = Nomor Anda
print-position = Orang di depan Anda: { $n }
print-wait = Perkiraan waktu tunggu: sekitar { $minutes } menit
print-bring = Harap bawa
print-scan = Pindai untuk memantau giliran Anda di ponsel
print-where = { $floor }, { $counters }
