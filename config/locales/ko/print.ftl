# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = 접수 번호
print-position = 앞에서 기다리는 분: { $n }명
print-wait = 예상 대기 시간: 약 { $minutes }분
print-bring = 지참하실 것
print-scan = 휴대폰으로 순서를 확인하세요
print-where = { $floor }, { $counters }
