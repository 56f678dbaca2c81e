# The administration page (/admin/). Variables: $mae.
admin-title = Quản trị
admin-sign-in = Đăng nhập
admin-username = Tên người dùng
admin-password = Mật khẩu
admin-sign-in-failed = Sai tên người dùng hoặc mật khẩu
admin-office = Cơ quan
admin-pages = Các màn hình thiết bị
admin-kiosk = Máy lấy số
admin-display = Màn hình gọi số
admin-calendar = Lịch mức đông
admin-desk = Màn hình quầy
admin-chart-title = Dự báo và thực tế
admin-chart-desc = Số người thực tế 8 tuần qua (chấm), dự báo (đường, dải: khoảng 10–90%) và 4 tuần tới.
admin-queue = Hàng chờ
admin-actual = Thực tế
admin-forecast = Dự báo
admin-interval = Khoảng dự báo (10–90%)
admin-error = Sai số trung bình 8 tuần qua: { $mae } người mỗi ngày
admin-week-title = 7 ngày tới: dự báo và số quầy cần mở
admin-date = Ngày
admin-arrivals = Số người dự kiến
admin-counters = Số quầy
admin-level = Mức đông
admin-source-prior = Chưa có dữ liệu: dự báo theo một văn phòng quận điển hình.
admin-no-history = Hàng chờ này chưa có số liệu thực tế.
admin-sign-out = Đăng xuất

# The audit trail of staff actions.
admin-audit-title = Nhật ký thao tác
admin-audit-desc = Mọi thay đổi trong ngày và người thực hiện, mới nhất ở trên.
admin-audit-date = Ngày
admin-audit-time = Giờ
admin-audit-action = Sự việc
admin-audit-number = Số
admin-audit-counter = Quầy
admin-audit-who = Người thực hiện
admin-audit-empty = Không có gì trong ngày này.
admin-ev-issued = Đã phát số
admin-ev-called = Đã gọi
admin-ev-recalled = Gọi lại
admin-ev-started = Bắt đầu xử lý
admin-ev-finished = Hoàn tất
admin-ev-advanced = Sang bước tiếp theo
admin-ev-no-show = Vắng mặt
admin-ev-cancelled = Đã hủy
admin-ev-transferred = Đã chuyển
admin-ev-journey-changed = Đã đổi các bước
admin-ev-day-started = Ngày mới
admin-ev-printer-attention = Máy in cần kiểm tra

# Links to the platform's pages.
admin-portal = Danh sách dịch vụ của quận
admin-moderation = Kiểm duyệt
