# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = Your number
print-position = People ahead of you: { $n }
print-wait = Estimated wait: about { $minutes } min
print-bring = Please bring
print-scan = Scan to follow your turn on your phone
print-where = { $floor }, { $counters }
