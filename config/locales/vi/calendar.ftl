# The public congestion calendar (/calendar/{office}). Variables: $office.
calendar-title = { $office }: lịch dự báo mức đông
calendar-intro = Hãy tham khảo để chọn ngày đến làm thủ tục. Dự báo được tính từ số người đến trước đây.
calendar-level-1 = Vắng
calendar-level-2 = Khá vắng
calendar-level-3 = Bình thường
calendar-level-4 = Đông
calendar-level-5 = Rất đông
calendar-closed = Nghỉ
calendar-best-hours = Giờ nên đến
calendar-previous = Tháng trước
calendar-next = Tháng sau
calendar-pdf = PDF để in
calendar-csv = Tải CSV
calendar-legend = Chú thích
calendar-weekdays = T2,T3,T4,T5,T6,T7,CN
calendar-note = Dự báo chỉ để tham khảo; thực tế có thể khác.
calendar-language = Ngôn ngữ
