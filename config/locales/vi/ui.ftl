# Madoguchi page strings — Tiếng Việt.

language-name = Tiếng Việt

## Shared

mode-large = Chữ lớn hơn
mode-contrast = Độ tương phản cao
modes-label = Tùy chọn hiển thị

## Kiosk

kiosk-page-title = Lấy số thứ tự
kiosk-welcome = Xin chào. Vui lòng lấy số thứ tự
kiosk-choose-language = Chọn ngôn ngữ
kiosk-what-need = Hôm nay quý vị cần làm thủ tục gì?
kiosk-search-label = Tìm theo từ khóa
kiosk-search-placeholder = Ví dụ: phiếu cư trú, chuyển đến, trợ cấp nhi đồng
kiosk-search-button = Tìm
kiosk-search-results = Kết quả cho “{ $query }”
kiosk-search-none = Không tìm thấy. Hãy chọn theo chủ đề, hoặc hỏi nhân viên.
kiosk-services-unavailable = Không tải được danh sách thủ tục. Vui lòng hỏi nhân viên.
kiosk-back = Quay lại
kiosk-choose-service = Chọn thủ tục quý vị cần
kiosk-confirm-title = Đúng thủ tục này chứ?
kiosk-where = Nơi làm thủ tục
kiosk-waiting-now = Đang chờ
kiosk-take-ticket = Lấy số
kiosk-choose-again = Chọn lại
kiosk-issuing = Đang lấy số cho quý vị…
kiosk-your-number = Số của quý vị
kiosk-ahead = Số người chờ trước quý vị
kiosk-ahead-none = Quý vị là người tiếp theo
kiosk-estimated-wait = Thời gian chờ dự kiến
kiosk-bring = Vui lòng mang theo
kiosk-please-wait = Số của quý vị sẽ hiện trên màn hình và được gọi qua loa. Vui lòng chờ ở khu vực chờ.
kiosk-qr-caption = Quét bằng điện thoại để theo dõi lượt của quý vị
kiosk-qr-label = Mã QR của trang theo dõi lượt
kiosk-printing = Phiếu số đang được in. Vui lòng lấy phiếu.
kiosk-print-again = In lại
kiosk-done = Xong
kiosk-not-issued-title = Chưa lấy được số
kiosk-error-offline = Máy không kết nối được với hệ thống tiếp nhận.
kiosk-error-timeout = Hệ thống tiếp nhận không phản hồi, nên không biết số đã được cấp hay chưa.
kiosk-error-setup = Máy này chưa được cài đặt để cấp số.
kiosk-error-busy = Hệ thống tiếp nhận tạm thời không sử dụng được.
kiosk-error-other = Không cấp được số cho quý vị.
kiosk-ask-staff-now = Vui lòng nhờ nhân viên gần đó giúp đỡ.
kiosk-try-again = Thử lại
kiosk-start-over = Về màn hình đầu
kiosk-idle-countdown = Sẽ quay về màn hình đầu sau { $seconds } giây. Chạm vào màn hình để tiếp tục.
kiosk-idle-continue = Tiếp tục
kiosk-ask-staff = Nếu chưa rõ, xin cứ hỏi nhân viên — chúng tôi sẵn lòng giúp đỡ.
kiosk-offline = Hiện không kết nối được với hệ thống tiếp nhận nên không thể cấp số. Vui lòng hỏi nhân viên.
kiosk-not-set-up = Máy này chưa sẵn sàng. Vui lòng hỏi nhân viên.
kiosk-people-count = { $count } người
kiosk-queue-waiting = Đang chờ: { $count }
kiosk-wait-minutes = Khoảng { $minutes } phút
kiosk-wait-none = Hầu như không phải chờ
kiosk-wait-unknown = Đang kiểm tra…

kiosk-life-title = Làm nhiều thủ tục một lần
kiosk-life-hint = Chỉ một số thứ tự, chúng tôi sẽ lần lượt hướng dẫn quý vị đến từng quầy cần thiết.
kiosk-yes = Có
kiosk-no = Không
kiosk-life-steps = Các quầy của quý vị, theo thứ tự này
kiosk-journey-note = Hãy giữ phiếu số. Xong mỗi quầy, quý vị sẽ được gọi đến quầy tiếp theo với cùng số đó.
kiosk-fee = Lệ phí
kiosk-time-needed = Thời gian cần
wait-range = Khoảng { $minutes } phút (lâu nhất khoảng { $max })
kiosk-printer-failed = Máy in không hoạt động nên không in được phiếu. Vui lòng nhớ số của quý vị hoặc quét mã QR. Nhân viên đã được báo.

## Staff desk

desk-page-title = Màn hình quầy
desk-language = Ngôn ngữ
desk-sign-out = Đăng xuất
desk-connection-lost = Mất kết nối. Đang tự động kết nối lại — danh sách có thể chưa cập nhật.
desk-sign-in-title = Nhân viên đăng nhập
desk-sign-in-hint = Nhập tên người dùng và mật khẩu nhân viên.
desk-username = Tên người dùng
desk-password = Mật khẩu
desk-sign-in = Đăng nhập
desk-sign-in-missing = Hãy nhập tên người dùng và mật khẩu.
desk-sign-in-wrong = Tên người dùng hoặc mật khẩu không đúng.
desk-sign-in-throttled = Sai quá nhiều lần. Vui lòng đợi một lát rồi thử lại.
desk-session-expired = Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.
desk-choose-counter = Màn hình này là của quầy nào?
desk-current-title = Đang phục vụ tại quầy này
desk-current-empty = Không có ai tại quầy. Nhấn “Gọi người tiếp theo”.
desk-service = Thủ tục
desk-ticket-language = Ngôn ngữ
desk-waited = Đã chờ
desk-called-at = Đã gọi
desk-called-ago = { $time } ({ $minutes } phút trước)
desk-journey = Các bước
desk-step-pending = sắp tới
desk-step-current = đang làm
desk-step-done = xong
desk-step-skipped = bỏ qua
desk-status-called = Đã gọi
desk-status-serving = Đang phục vụ
desk-recalls = Gọi lại ×{ $count }
desk-minutes = { $minutes } phút
desk-actions = Thao tác
desk-call-next = Gọi người tiếp theo
desk-recall = Gọi lại
desk-start = Bắt đầu
desk-no-show = Vắng mặt
desk-transfer = Chuyển
desk-finish = Hoàn tất
desk-did-call = Đã gọi { $number }
desk-did-recall = Đã gọi lại { $number }
desk-did-start = Đang phục vụ { $number }
desk-did-no-show = { $number } được ghi là vắng mặt
desk-did-finish = { $number } đã hoàn tất
desk-did-transfer = { $number } đã được chuyển
desk-nobody-waiting = Không có ai chờ quầy này
desk-error-offline = Không kết nối được máy chủ. Thao tác có thể chưa được thực hiện.
desk-error-forbidden = Bạn không có quyền làm thao tác này.
desk-error-conflict = Trạng thái số đã thay đổi nên không thể làm thao tác này. Hãy xem lại danh sách.
desk-error-not-found = Không tìm thấy số này.
desk-error-unavailable = Hệ thống tạm thời không sử dụng được. Vui lòng thử lại sau.
desk-error-other = Thao tác thất bại.
desk-waiting-title = Đang chờ quầy này
desk-waiting-empty = Không có ai đang chờ
desk-col-number = Số
desk-col-service = Thủ tục
desk-col-language = Ngôn ngữ
desk-col-waiting = Đã chờ
desk-longest = Chờ lâu nhất
desk-queue-figures = { $count } người chờ · khoảng { $minutes } phút
desk-live = Đã kết nối
desk-connecting = Đang kết nối
desk-offline = Mất kết nối
desk-transfer-title = Chuyển { $number }
desk-transfer-to = Chuyển đến
desk-transfer-queue = Hàng chờ
desk-transfer-service = Thủ tục
desk-transfer-confirm = Chuyển
desk-cancel = Hủy
desk-printer-attention = Máy in “{ $printer }” cần kiểm tra (giấy, nguồn điện hoặc cáp).
desk-dismiss = Đóng
desk-journey-skip = Bỏ qua
desk-journey-skip-label = Bỏ qua bước { $position }: { $section }, { $service }
desk-journey-add = Thêm bước
desk-skip-title = Bỏ qua một bước của { $number }?
desk-skip-text = { $number } sẽ không được chuyển đến { $section } cho { $service }. Các bước khác giữ nguyên.
desk-skip-confirm = Bỏ qua bước này
desk-add-title = Thêm bước cho { $number }
desk-add-hint = Sau quầy này, { $number } sẽ chờ lại với cùng số tại quầy của thủ tục bạn chọn.
desk-add-service = Thủ tục cần thêm
desk-add-confirm = Thêm bước
desk-did-skip = { $number }: đã bỏ qua { $section }
desk-did-add = { $number }: đã thêm { $service } sau quầy này
desk-error-step-changed = Các bước của số này đã thay đổi. Hãy kiểm tra rồi thử lại.
desk-error-unknown-service = Văn phòng này không xử lý thủ tục đó.

## Waiting-room display

board-page-title = Bảng gọi số
board-reconnecting = Mất kết nối. Đang kết nối lại…
board-not-set-up = Màn hình này chưa được cài đặt
board-now-calling = Đang gọi
board-no-calls = Vui lòng chờ đến khi số của quý vị được gọi
board-recent = Các số đã gọi
board-col-number = Số
board-col-counter = Quầy
board-col-time = Giờ
board-waiting = Số người chờ và thời gian chờ dự kiến
board-waiting-count = { $count } người chờ
board-wait-minutes = Khoảng { $minutes } phút
board-wait-none = Không phải chờ
board-badge-new = Mới
board-badge-recalled = Gọi lại
board-live-called = Số { $number }, xin mời đến { $counter }
board-live-recalled = Gọi lại số { $number }, xin mời đến { $counter }
board-sound-on = Bật âm thanh
board-sound-off = Tắt âm thanh
board-sound-blocked = Bật âm thanh
board-notice-wait = Vui lòng chờ ở khu vực chờ cho đến khi số của quý vị được gọi.
board-notice-watch = Khi số của quý vị hiện trên màn hình, vui lòng đến quầy được ghi.
board-notice-phone = Quét mã QR trên phiếu số để theo dõi lượt của quý vị bằng điện thoại.
board-notice-help = Nếu cần giúp đỡ, vui lòng hỏi nhân viên gần đó.

## Phone ticket page

phone-page-title = Số của quý vị
phone-language = Ngôn ngữ
phone-offline = Mất kết nối. Đang kết nối lại — thông tin có thể chưa cập nhật.
phone-called-title = Đến lượt quý vị
phone-called-text = Xin mời đến { $counter }.
phone-near = Sắp đến lượt quý vị. Vui lòng quay lại khu vực chờ.
phone-your-number = Số của quý vị
phone-ahead = Số người chờ trước quý vị
phone-ahead-none = Quý vị là người tiếp theo
phone-people-count = { $count } người
phone-estimated-wait = Thời gian chờ dự kiến
phone-wait-minutes = Khoảng { $minutes } phút
phone-wait-none = Sắp tới
phone-wait-unknown = Đang kiểm tra…
phone-where = Nơi làm thủ tục
phone-journey = Các bước của quý vị
phone-step-pending = sắp tới
phone-step-current = hiện tại
phone-step-done = xong
phone-step-skipped = bỏ qua
phone-status-waiting = Vui lòng chờ đến lượt
phone-status-called = Xin mời đến { $counter }
phone-status-serving = Đang được phục vụ tại { $counter }
phone-status-done = Đã xong thủ tục. Cảm ơn quý vị.
phone-status-no-show = Chúng tôi đã gọi số nhưng không thấy quý vị. Vui lòng hỏi nhân viên.
phone-status-cancelled = Phiếu số này đã bị hủy.
phone-status-expired = Phiếu số này dành cho ngày { $day } và không còn hiệu lực.
phone-not-found = Không tìm thấy phiếu số
phone-not-found-help = Hãy quét lại mã QR, hoặc hỏi nhân viên.
phone-updated-live = Cập nhật lúc { $time } (tự động cập nhật)
phone-updated-at = Cập nhật lần cuối { $time }
phone-help = Nếu chưa rõ, vui lòng hỏi nhân viên
phone-notify-button = Báo cho tôi khi sắp đến lượt
phone-notify-on = Điện thoại này sẽ nhận thông báo khi sắp đến lượt quý vị.
phone-notify-blocked = Thông báo của trang này đang tắt. Hãy để trang mở: trang sẽ hiện thông báo và phát âm thanh.
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = Tầng { $n }
floor-ground = Tầng 1 (tầng trệt)
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = Văn phòng quận Yahatanishi
office-orio = Văn phòng chi nhánh Orio
office-kojaku = Văn phòng chi nhánh Kojaku
office-yahataminami = Văn phòng chi nhánh Yahataminami
counter-number = Quầy số { $n }

# What the board shows between calls, and over everything in an emergency.
board-notices = Thông báo của văn phòng quận
board-alert = Thông tin khẩn cấp
board-alert-exercise = Diễn tập

# The portal of the ward's services (/m/).
portal-title = Dịch vụ của Văn phòng quận Yahatanishi
portal-intro = Giới thiệu các quầy của văn phòng quận và hoạt động cộng đồng.
portal-counters = Mức độ đông ở quầy
portal-calendar = Lịch dự báo mức độ đông
portal-modules = Hoạt động cộng đồng
portal-no-modules = Đang chuẩn bị.
portal-partners = Dành cho cửa hàng, cơ sở và nhóm
portal-join = Đăng ký thành viên bằng mã mời
portal-moderation = Kiểm duyệt (nhân viên)
