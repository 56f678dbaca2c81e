# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = Ang iyong numero
print-position = Mga nauuna sa iyo: { $n }
print-wait = Tinatayang paghihintay: mga { $minutes } minuto
print-bring = Pakidala
print-scan = I-scan para masubaybayan ang iyong turno sa telepono
print-where = { $floor }, { $counters }
