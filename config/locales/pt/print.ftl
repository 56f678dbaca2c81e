# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = Sua senha
print-position = Pessoas à sua frente: { $n }
print-wait = Espera estimada: cerca de { $minutes } min
print-bring = Por favor, traga
print-scan = Escaneie para acompanhar sua vez no celular
print-where = { $floor }, { $counters }
