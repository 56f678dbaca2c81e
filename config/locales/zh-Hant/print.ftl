# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = 您的號碼
print-position = 前面等候人數：{ $n }
print-wait = 預計等候：約{ $minutes }分鐘
print-bring = 請攜帶
print-scan = 掃碼用手機查看排隊進度
print-where = { $floor }，{ $counters }
