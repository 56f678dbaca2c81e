# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = 您的号码
print-position = 前面等候人数：{ $n }
print-wait = 预计等候：约{ $minutes }分钟
print-bring = 请携带
print-scan = 扫码用手机查看排队进度
print-where = { $floor }，{ $counters }
