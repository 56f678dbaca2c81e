# Words printed on the paper ticket (crates/print). Variables: $n, $minutes, $floor, $counters.
print-number = Số của bạn
print-position = Số người trước bạn: { $n }
print-wait = Thời gian chờ dự kiến: khoảng { $minutes } phút
print-bring = Vui lòng mang theo
print-scan = Quét mã để theo dõi lượt của bạn trên điện thoại
print-where = { $floor }, { $counters }
