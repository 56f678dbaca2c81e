# Madoguchi resident guidance — Tiếng Việt.
# Translation of ../ja/guidance.ftl (the reference), following ../en/guidance.ftl.
# Same keys and attributes. Japanese names of documents in parentheses
# where residents will see them on forms.
# Plain text only: no placeables (curly braces) in values.

## Categories

cat-moving = Chuyển nhà
cat-certificates = Giấy chứng nhận
cat-my-number = Thẻ My Number
cat-children = Mang thai, sinh con và nuôi dạy con
cat-marriage = Kết hôn, ly hôn và hộ tịch
cat-bereavement = Tang sự (khi người thân qua đời)
cat-insurance-pension = Bảo hiểm y tế và lương hưu
cat-elderly-care = Người cao tuổi, chăm sóc điều dưỡng và khuyết tật
cat-welfare = Sức khỏe, phúc lợi và hỗ trợ đời sống
cat-community = Cộng đồng, đường sá, công viên và các việc khác

## Sections

sec-somu-kikaku = Phòng Tổng vụ và Kế hoạch
sec-community-shien = Phòng Hỗ trợ Cộng đồng
sec-shimin = Phòng Dân vụ
sec-kokuho-nenkin = Phòng Bảo hiểm Y tế Quốc dân và Lương hưu
sec-machizukuri = Phòng Xây dựng và Bảo trì Đô thị
sec-hoken-fukushi = Phòng Y tế và Phúc lợi
sec-hogo-1 = Phòng Trợ cấp Sinh hoạt số 1
sec-hogo-2 = Phòng Trợ cấp Sinh hoạt số 2
sec-orio-branch = Văn phòng chi nhánh Orio
sec-kojaku-branch = Văn phòng chi nhánh Kojaku
sec-yahataminami-branch = Văn phòng chi nhánh Yahataminami

## Services — Citizens Affairs: residence registration

svc-moving-in = Thông báo chuyển đến (転入届)
    .description = Đăng ký địa chỉ mới khi quý vị chuyển đến Kitakyushu từ một thành phố, thị trấn hoặc làng khác.
    .who = Người đã chuyển đến, hoặc người cùng hộ gia đình. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy chứng nhận chuyển đi (転出証明書) do nơi ở cũ cấp (không cần nếu quý vị đã làm thủ tục chuyển đi bằng thẻ My Number)
        Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Thẻ My Number của tất cả những người có thẻ
        Thẻ lưu trú (在留カード) của tất cả thành viên người nước ngoài trong hộ
        Hộ chiếu (nếu quý vị chuyển đến từ nước ngoài)
    .fee = Miễn phí
    .time = Khoảng 20–30 phút
    .deadline = Trong vòng 14 ngày kể từ khi bắt đầu sống ở địa chỉ mới
    .notes = Sau đó, quý vị có thể cần làm thêm thủ tục Bảo hiểm Y tế Quốc dân, Lương hưu Quốc dân hoặc trợ cấp nhi đồng.

svc-moving-out = Thông báo chuyển đi (転出届)
    .description = Báo cho thành phố khi quý vị chuyển từ Kitakyushu đến một thành phố, thị trấn hoặc làng khác. Cũng cần khi chuyển ra nước ngoài.
    .who = Người sắp chuyển đi, hoặc người cùng hộ gia đình. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Thẻ My Number của tất cả những người có thẻ
        Giấy xác nhận tư cách Bảo hiểm Y tế Quốc dân (資格確認書) hoặc giấy tờ tương tự, nếu quý vị đang tham gia
    .fee = Miễn phí
    .time = Khoảng 15 phút
    .deadline = Trước khi chuyển đi (nhận từ khoảng 14 ngày trước). Nếu đã chuyển đi rồi thì trong vòng 14 ngày
    .notes = Nếu có thẻ My Number, quý vị cũng có thể làm thủ tục trực tuyến qua Mynaportal (マイナポータル). Khi đó sẽ không cấp giấy chứng nhận chuyển đi.

svc-moving-within = Thông báo thay đổi địa chỉ trong thành phố (転居届)
    .description = Đăng ký địa chỉ mới khi quý vị chuyển nhà trong Kitakyushu. Nếu chuyển từ quận khác của thành phố đến Yahatanishi, quý vị cũng đăng ký tại đây.
    .who = Người đã chuyển nhà, hoặc người cùng hộ gia đình. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Thẻ My Number của tất cả những người có thẻ
        Thẻ lưu trú (在留カード) của tất cả thành viên người nước ngoài trong hộ
        Giấy xác nhận tư cách Bảo hiểm Y tế Quốc dân (資格確認書) hoặc giấy tờ tương tự, nếu quý vị đang tham gia
    .fee = Miễn phí
    .time = Khoảng 20 phút
    .deadline = Trong vòng 14 ngày kể từ khi bắt đầu sống ở địa chỉ mới
    .notes = Việc chuyển từ quận khác được đăng ký là chuyển giữa các quận; quý vị không cần đến văn phòng quận cũ. Quý vị cũng có thể cần cập nhật địa chỉ cho giấy chứng nhận y tế trẻ em, trợ cấp nhi đồng, v.v.

svc-household-change = Thông báo thay đổi hộ gia đình (世帯変更届)
    .description = Báo cho thành phố khi chủ hộ thay đổi, hoặc khi những người cùng địa chỉ tách hộ hay nhập hộ.
    .who = Người liên quan, hoặc người cùng hộ gia đình. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Giấy xác nhận tư cách Bảo hiểm Y tế Quốc dân (資格確認書) hoặc giấy tờ tương tự, nếu quý vị đang tham gia
    .fee = Miễn phí
    .time = Khoảng 15 phút
    .deadline = Trong vòng 14 ngày kể từ ngày thay đổi
    .notes = Cũng cần làm khi chủ hộ qua đời hoặc chuyển đi mà trong hộ còn lại từ 2 người 15 tuổi trở lên. Những người cùng chung chi phí sinh hoạt có thể không tách hộ được.

svc-school-enrolment = Thủ tục nhập học và chuyển trường (転入学通知書)
    .description = Khi chuyển nhà khiến con quý vị vào học hoặc chuyển sang trường tiểu học hay trung học cơ sở của thành phố, chúng tôi sẽ cấp giấy thông báo chuyển trường.
    .who = Cha mẹ hoặc người giám hộ của trẻ
    .bring = Giấy chứng nhận đang học và giấy chứng nhận cấp sách giáo khoa (在学証明書・教科書給与証明書) của trường cũ, nếu có
        Giấy tờ tùy thân có ảnh của cha mẹ hoặc người giám hộ (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
    .fee = Miễn phí
    .time = Khoảng 10–15 phút (có thể làm ngay sau thông báo chuyển đến hoặc thông báo thay đổi địa chỉ)
    .deadline = Cùng lúc với thông báo chuyển đến hoặc thông báo thay đổi địa chỉ. Hãy liên lạc sớm với trường mới
    .notes = Hãy mang giấy thông báo chuyển trường đến trường mới để hoàn tất thủ tục. Trẻ sắp vào tiểu học sẽ nhận giấy thông báo nhập học qua bưu điện trước cuối tháng 1 của năm nhập học.

svc-seal-registration = Đăng ký con dấu (印鑑登録)
    .description = Đăng ký con dấu cá nhân (hanko) làm con dấu chính thức (jitsuin). Quý vị sẽ nhận thẻ đăng ký con dấu (北九州市民カード).
    .who = Chính người đăng ký, từ 15 tuổi trở lên và có đăng ký cư trú tại Kitakyushu. Nếu nhờ người đại diện, việc đăng ký sẽ hoàn tất vào ngày khác.
    .bring = Con dấu cần đăng ký (không nhận con dấu cao su và các loại con dấu dễ biến dạng)
        Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
    .fee = Miễn phí
    .time = Khoảng 15 phút
    .deadline = Không có
    .notes = Nếu không có giấy tờ tùy thân có ảnh, chúng tôi sẽ gửi thư qua bưu điện và quý vị hoàn tất đăng ký vào ngày khác. Nếu đi cùng một người bảo lãnh đã đăng ký con dấu tại Kitakyushu, quý vị có thể đăng ký ngay trong ngày.

## Services — Citizens Affairs: certificates

svc-residence-certificate = Bản sao phiếu cư trú (住民票の写し)
    .description = Giấy chứng nhận địa chỉ và hộ gia đình của quý vị. Có thể cấp cho cả hộ hoặc chỉ một số thành viên.
    .who = Chính người đó, hoặc người cùng hộ gia đình. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Giấy ủy quyền (委任状), nếu quý vị đến thay người khác
    .fee = 300 yên mỗi bản
    .time = Khoảng 10 phút
    .deadline = Không có
    .notes = Nếu có thẻ My Number, quý vị cũng có thể lấy tại cửa hàng tiện lợi. Nếu cần bản sao có ghi số My Number, hãy ghi rõ điều này vào đơn.

svc-family-register-certificate = Giấy chứng nhận hộ tịch (戸籍証明: 謄本・抄本)
    .description = Giấy chứng nhận hộ tịch Nhật Bản (koseki): cho tất cả mọi người trong hộ tịch (謄本) hoặc cho một người (抄本).
    .who = Người có tên trong hộ tịch, vợ hoặc chồng, cha mẹ, ông bà, con hoặc cháu của người đó. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, v.v.)
        Giấy ghi nơi đăng ký hộ tịch gốc (本籍) và người đứng đầu hộ tịch (筆頭者)
        Giấy ủy quyền (委任状), nếu quý vị đến thay người khác
    .fee = 450 yên mỗi bản (750 yên cho hộ tịch đã đóng hoặc hộ tịch cũ: 除籍・改製原戸籍)
    .time = Khoảng 10 phút (hộ tịch của địa phương khác có thể mất từ một giờ trở lên)
    .deadline = Không có
    .notes = Từ tháng 3 năm 2024, quý vị cũng có thể yêu cầu hộ tịch do địa phương khác quản lý (広域交付). Trường hợp này phải tự mình đến; không thể nhờ người đại diện.

svc-family-register-attachment = Bản sao phụ phiếu hộ tịch (戸籍の附票の写し)
    .description = Giấy chứng nhận các địa chỉ trước đây và hiện tại của quý vị, được lưu cùng với hộ tịch.
    .who = Người có tên trong hộ tịch, vợ hoặc chồng, cha mẹ, ông bà, con hoặc cháu của người đó. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, v.v.)
        Giấy ghi nơi đăng ký hộ tịch gốc (本籍) và người đứng đầu hộ tịch (筆頭者)
        Giấy ủy quyền (委任状), nếu quý vị đến thay người khác
    .fee = 300 yên mỗi bản
    .time = Khoảng 10 phút
    .deadline = Không có
    .notes = Chỉ cấp cho hộ tịch do Kitakyushu quản lý. Nếu hộ tịch ở nơi khác, hãy yêu cầu tại địa phương quản lý hộ tịch đó.

svc-seal-certificate = Giấy chứng nhận đăng ký con dấu (印鑑登録証明書)
    .description = Giấy chứng nhận con dấu đã đăng ký (jitsuin), dùng cho các thủ tục như bất động sản hoặc xe ô tô.
    .who = Chính người đó, hoặc người đại diện mang theo thẻ đăng ký con dấu
    .bring = Thẻ đăng ký con dấu (北九州市民カード)
        Giấy tờ tùy thân có ảnh của người đến làm thủ tục (thẻ My Number, bằng lái xe, v.v.)
    .fee = 300 yên mỗi bản
    .time = Khoảng 5–10 phút
    .deadline = Không có
    .notes = Nhất định phải mang theo thẻ đăng ký con dấu; giấy ủy quyền không thay thế được. Nếu có thẻ My Number, quý vị cũng có thể lấy giấy chứng nhận này tại cửa hàng tiện lợi.

svc-tax-certificate = Giấy chứng nhận thuế (所得・課税証明書)
    .description = Giấy chứng nhận thu nhập năm trước và thuế cư trú thành phố, tỉnh của quý vị (hoặc việc quý vị không phải nộp thuế).
    .who = Chính người đó, hoặc người thân cùng hộ gia đình. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Giấy ủy quyền (委任状), nếu quý vị đến thay người khác
    .fee = 300 yên mỗi bản
    .time = Khoảng 10 phút
    .deadline = Không có
    .notes = Cấp cho người sống ở Kitakyushu vào ngày 1 tháng 1 của năm đó. Giấy chứng nhận của năm tài chính mới có từ đầu tháng 6. Nếu quý vị chưa khai báo thuế thì không thể cấp.

## Services — Citizens Affairs: My Number Card

svc-my-number-card-pickup = Thẻ My Number: nhận thẻ mới
    .description = Nhận thẻ My Number mà quý vị đã đăng ký. Quý vị sẽ đặt mã PIN tại quầy.
    .who = Chính người đăng ký. Trẻ dưới 15 tuổi và một số người khác phải đi cùng người đại diện theo pháp luật.
    .bring = Giấy thông báo cấp thẻ (交付通知書, dạng bưu thiếp)
        Giấy tờ tùy thân có ảnh (bằng lái xe, hộ chiếu, thẻ lưu trú, v.v.)
        Thẻ thông báo (通知カード), nếu có
        Thẻ Sổ đăng ký cư dân cơ bản (住民基本台帳カード), nếu có
    .fee = Miễn phí
    .time = Khoảng 20–30 phút
    .deadline = Trước hạn ghi trên giấy thông báo cấp thẻ
    .notes = Có thể cần đặt lịch hẹn; hãy xem giấy thông báo cấp thẻ. Hãy nghĩ sẵn mã PIN trước khi đến: 4 chữ số, và 6–16 ký tự gồm chữ cái và số.

svc-my-number-card-renewal = Thẻ My Number: gia hạn hoặc cấp lại
    .description = Đăng ký thẻ mới khi thẻ sắp hết hạn, hoặc khi bị mất hay hỏng.
    .who = Chính chủ thẻ. Trẻ dưới 15 tuổi và một số người khác phải đi cùng người đại diện theo pháp luật.
    .bring = Thẻ My Number hiện tại (trừ khi bị mất)
        Giấy tờ tùy thân có ảnh (bằng lái xe, hộ chiếu, thẻ lưu trú, v.v.)
        Giấy thông báo hết hạn (有効期限通知書), nếu quý vị đã nhận được
        Ảnh (cao 4,5 cm × rộng 3,5 cm, chụp trong vòng 6 tháng)
    .fee = Gia hạn miễn phí. Cấp lại do mất thẻ, v.v. là 1.000 yên (800 yên nếu không có chứng thư điện tử)
    .time = Khoảng 20–30 phút để đăng ký (nhận thẻ mới khoảng một tháng sau)
    .deadline = Có thể đăng ký từ 3 tháng trước ngày hết hạn
    .notes = Nếu mất thẻ, trước tiên hãy gọi đường dây miễn phí My Number (0120-95-0178) để khóa thẻ, và báo cho cảnh sát. Quý vị cũng có thể đăng ký gia hạn trực tuyến hoặc qua bưu điện.

svc-my-number-certificate = Thẻ My Number: gia hạn chứng thư điện tử và đặt lại mã PIN
    .description = Gia hạn chứng thư điện tử trên thẻ My Number, hoặc đặt lại mã PIN bị quên hay bị khóa.
    .who = Chính chủ thẻ. Có thể nhờ người đại diện, nhưng phải gửi thư qua bưu điện và không làm được trong ngày.
    .bring = Thẻ My Number của quý vị
        Giấy thông báo hết hạn (有効期限通知書), khi gia hạn, nếu quý vị đã nhận được
    .fee = Miễn phí
    .time = Khoảng 15 phút
    .deadline = Chứng thư điện tử có thể gia hạn từ 3 tháng trước khi hết hạn
    .notes = Chứng thư điện tử hết hạn vào ngày sinh nhật lần thứ 5 sau khi được cấp. Sau đó quý vị không thể lấy giấy chứng nhận tại cửa hàng tiện lợi hoặc làm thủ tục trực tuyến.

## Services — Citizens Affairs: family register notifications

svc-birth-registration = Khai sinh (出生届)
    .description = Đăng ký việc sinh của em bé. Em bé sẽ được ghi vào hộ tịch và phiếu cư trú.
    .who = Cha hoặc mẹ (nếu không thể thì người sống cùng, bác sĩ hoặc hộ sinh, v.v.). Bất kỳ ai cũng có thể mang tờ khai đến quầy thay họ.
    .bring = Tờ khai sinh có phần giấy chứng sinh (出生証明書) do bác sĩ hoặc hộ sinh điền
        Sổ tay Sức khỏe Mẹ và Con (母子健康手帳)
        Giấy tờ tùy thân có ảnh của người đến làm thủ tục
    .fee = Miễn phí
    .time = Khoảng 20–30 phút
    .deadline = Trong vòng 14 ngày, tính cả ngày sinh (trong vòng 3 tháng nếu em bé sinh ở nước ngoài)
    .notes = Tiếp theo, hãy làm thủ tục trợ cấp nhi đồng, giấy chứng nhận y tế trẻ em và bảo hiểm y tế. Em bé mang quốc tịch nước ngoài còn cần xin tư cách lưu trú tại Cục Quản lý Xuất nhập cảnh và Lưu trú trong vòng 30 ngày sau khi sinh.

svc-marriage-registration = Đăng ký kết hôn (婚姻届)
    .description = Đăng ký kết hôn của quý vị. Hôn nhân có hiệu lực pháp lý khi tờ khai được tiếp nhận.
    .who = Hai người kết hôn (cả hai từ 18 tuổi trở lên). Bất kỳ ai cũng có thể mang tờ khai đến quầy thay họ.
    .bring = Tờ khai đăng ký kết hôn có chữ ký của hai người làm chứng từ 18 tuổi trở lên
        Giấy tờ tùy thân có ảnh của người đến làm thủ tục
        Người nước ngoài: hộ chiếu và giấy chứng nhận đủ điều kiện kết hôn (婚姻要件具備証明書) kèm bản dịch tiếng Nhật
    .fee = Miễn phí
    .time = Khoảng 20–30 phút
    .deadline = Không có (ngày nộp tờ khai là ngày kết hôn của quý vị)
    .notes = Từ tháng 3 năm 2024, thông thường không cần bản sao hộ tịch. Nếu họ tên hoặc địa chỉ thay đổi, quý vị có thể cần cập nhật thẻ My Number, đăng ký con dấu, v.v.

svc-divorce-registration = Đăng ký ly hôn (離婚届)
    .description = Đăng ký ly hôn, theo thỏa thuận giữa hai vợ chồng (協議離婚) hoặc thông qua tòa án gia đình.
    .who = Ly hôn thỏa thuận: cả hai vợ chồng. Ly hôn qua tòa án (hòa giải, quyết định hoặc bản án): người đã nộp đơn lên tòa án.
    .bring = Tờ khai ly hôn (ly hôn thỏa thuận cần chữ ký của hai người làm chứng từ 18 tuổi trở lên)
        Giấy tờ tùy thân có ảnh của người đến làm thủ tục
        Ly hôn qua tòa án: bản sao có chứng thực biên bản hòa giải, hoặc bản sao quyết định hay bản án kèm giấy chứng nhận đã có hiệu lực
    .fee = Miễn phí
    .time = Khoảng 20–30 phút
    .deadline = Ly hôn thỏa thuận: không có. Ly hôn qua tòa án: trong vòng 10 ngày sau khi thành lập hoặc có hiệu lực
    .notes = Nếu có con dưới 18 tuổi, hãy ghi rõ ai sẽ có quyền nuôi con (quyền cha mẹ); từ tháng 4 năm 2026 có thể chọn cả hai cha mẹ cùng có quyền. Để tiếp tục dùng họ khi kết hôn, cần nộp một thông báo riêng trong vòng 3 tháng sau khi ly hôn.

svc-other-family-register = Các thông báo hộ tịch khác (養子縁組・転籍・分籍, v.v.)
    .description = Các thông báo hộ tịch như nhận con nuôi, chấm dứt quan hệ con nuôi, chuyển nơi đăng ký hộ tịch gốc (転籍), hoặc tách khỏi hộ tịch của cha mẹ (分籍).
    .who = Tùy loại thông báo (ví dụ 転籍: người đứng đầu hộ tịch và vợ hoặc chồng; 分籍: chính người đó, từ 18 tuổi trở lên).
    .bring = Tờ khai (một số loại cần chữ ký của hai người làm chứng)
        Giấy tờ tùy thân có ảnh của người đến làm thủ tục
        Giấy phép của tòa án gia đình hoặc giấy tờ tương tự, nếu cần
    .fee = Miễn phí
    .time = Khoảng 20–30 phút
    .deadline = Tùy loại thông báo (các thông báo dựa trên quyết định của tòa án phần lớn là trong vòng 10 ngày)
    .notes = Nhận trẻ vị thành niên làm con nuôi thường cần giấy phép của tòa án gia đình. Giấy tờ cần thiết khác nhau tùy từng loại thông báo, vì vậy hãy hỏi chúng tôi trước khi đến.

svc-death-registration = Khai tử (死亡届)
    .description = Đăng ký việc một người qua đời. Giấy phép hỏa táng được cấp cùng lúc.
    .who = Người thân, người sống cùng người đã mất, chủ nhà, v.v. Công ty tang lễ hoặc người khác có thể mang tờ khai đến.
    .bring = Tờ khai tử có phần giấy chứng tử (死亡診断書 hoặc 死体検案書) do bác sĩ điền
        Giấy tờ tùy thân có ảnh của người đến làm thủ tục
        Phí nhà hỏa táng (nếu xin giấy phép hỏa táng cùng lúc)
    .fee = Khai tử miễn phí. Phí nhà hỏa táng là 15.000 yên cho người lớn đã sống trong thành phố
    .time = Khoảng 30 phút
    .deadline = Trong vòng 7 ngày kể từ khi biết tin người đó qua đời (trong vòng 3 tháng nếu qua đời ở nước ngoài)
    .notes = Tờ khai sẽ không được trả lại, nên nếu cần hãy sao chụp trước khi nộp. Về lương hưu, bảo hiểm, thuế và các thủ tục khác sau đó, hãy sử dụng dịch vụ hướng dẫn thủ tục sau khi có người mất.

svc-bereavement-guidance = Hướng dẫn thủ tục sau khi có người mất (おくやみコーナー)
    .description = Chúng tôi giải thích gộp một lần tất cả các thủ tục cần làm tại văn phòng quận sau khi người thân qua đời.
    .who = Người thân hoặc người khác đứng ra làm thủ tục
    .bring = Giấy tờ tùy thân có ảnh của người đến làm thủ tục
        Giấy xác nhận tư cách bảo hiểm (資格確認書) của người đã mất: bảo hiểm y tế, y tế cho người từ 75 tuổi, bảo hiểm chăm sóc điều dưỡng
        Thẻ My Number của người đã mất, nếu có
        Thông tin tài khoản ngân hàng để nhận tiền (của người thừa kế hoặc người nhận khác)
    .fee = Miễn phí
    .time = Khoảng 60 phút
    .deadline = Không có (mỗi thủ tục có thời hạn riêng; hãy làm sớm các thông báo về lương hưu và bảo hiểm)
    .notes = Có thể cần đặt lịch hẹn. Dịch vụ này dùng được sau khi đã nộp tờ khai tử.

## Services — National Health Insurance and Pension

svc-nhi-enrolment = Bảo hiểm Y tế Quốc dân: tham gia hoặc rút khỏi (国民健康保険)
    .description = Tham gia Bảo hiểm Y tế Quốc dân (sau khi nghỉ việc, chuyển đến, v.v.) hoặc rút khỏi (sau khi đi làm, v.v.).
    .who = Chủ hộ, hoặc người cùng hộ gia đình. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Khi tham gia: giấy tờ cho biết ngày bảo hiểm y tế cũ kết thúc (資格喪失証明書, v.v.)
        Khi rút khỏi: giấy xác nhận tư cách (資格確認書) của bảo hiểm mới hoặc thông báo thông tin tư cách (資格情報のお知らせ)
        Giấy xác nhận tư cách Bảo hiểm Y tế Quốc dân, nếu có
    .fee = Miễn phí
    .time = Khoảng 15–20 phút
    .deadline = Trong vòng 14 ngày kể từ khi phát sinh lý do tham gia hoặc rút khỏi
    .notes = Dù khai báo muộn, phí bảo hiểm vẫn bị tính lùi về tháng quý vị đủ tư cách. Nếu không báo việc rút khỏi, quý vị có thể phải trả phí hai lần.

svc-nhi-premium = Phí Bảo hiểm Y tế Quốc dân: tư vấn đóng phí và giảm phí
    .description = Tư vấn cách đóng phí Bảo hiểm Y tế Quốc dân, và về giảm phí hoặc trả góp nếu khó đóng.
    .who = Chủ hộ, hoặc người cùng hộ gia đình
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Giấy thông báo phí bảo hiểm hoặc phiếu đóng tiền
        Giấy tờ chứng minh thu nhập (khi xin giảm phí)
        Thẻ tư cách nhận bảo hiểm thất nghiệp (雇用保険受給資格者証), nếu quý vị mất việc vì lý do của công ty
    .fee = Miễn phí
    .time = Khoảng 20 phút
    .deadline = Việc xin giảm phí có thời hạn; hãy hỏi sớm
    .notes = Nếu quý vị mất việc do công ty phá sản, bị sa thải, v.v., phí bảo hiểm có thể được giảm. Quý vị cũng có thể đăng ký trừ tiền tự động từ tài khoản ngân hàng.

svc-nhi-benefits = Các khoản chi trả của Bảo hiểm Y tế Quốc dân (chi phí y tế cao, trợ cấp một lần khi sinh con, chi phí tang lễ)
    .description = Xin hoàn lại chi phí y tế cao, trợ cấp một lần khi sinh con và nuôi con, hoặc trợ cấp chi phí tang lễ.
    .who = Chủ hộ tham gia Bảo hiểm Y tế Quốc dân (chi phí tang lễ: người đã tổ chức tang lễ)
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Thông tin tài khoản ngân hàng để nhận tiền
        Hóa đơn của bệnh viện (chi phí y tế cao, sinh con)
        Hóa đơn tang lễ hoặc giấy tờ khác cho biết ai đã tổ chức tang lễ (chi phí tang lễ)
    .fee = Miễn phí
    .time = Khoảng 15 phút
    .deadline = Thông thường trong vòng 2 năm (chi phí y tế cao: từ ngày 1 của tháng sau tháng khám chữa bệnh; sinh con và tang lễ: từ ngày hôm sau)
    .notes = Trợ cấp sinh con thông thường là 500.000 yên và thường được trả thẳng cho bệnh viện. Hãy hỏi tại quầy về số tiền trợ cấp chi phí tang lễ.

svc-national-pension = Thủ tục Lương hưu Quốc dân (国民年金: tham gia, miễn giảm, hoãn đóng cho sinh viên)
    .description = Tham gia Lương hưu Quốc dân, xin miễn hoặc hoãn đóng phí, hoặc xin chế độ hoãn đóng dành cho sinh viên.
    .who = Người từ 20 đến 59 tuổi (trừ nhân viên công ty, công chức và vợ hoặc chồng phụ thuộc của họ). Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ có số lương hưu cơ bản (基礎年金番号通知書 hoặc 年金手帳)
        Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Giấy tờ cho biết ngày làm việc cuối cùng, như 離職票 (nếu quý vị đã nghỉ việc)
        Thẻ sinh viên hoặc giấy chứng nhận đang học (khi xin hoãn đóng cho sinh viên)
    .fee = Miễn phí
    .time = Khoảng 15–20 phút
    .deadline = Tham gia trong vòng 14 ngày. Có thể xin miễn giảm tính lùi về tháng của 2 năm 1 tháng trước
    .notes = Quý vị cũng có thể nộp trực tuyến qua Mynaportal (マイナポータル). Chế độ hoãn đóng cho sinh viên phải nộp đơn mỗi năm học (từ tháng 4 đến tháng 3 năm sau).

svc-late-elderly-medical = Chế độ y tế cho người từ 75 tuổi trở lên (後期高齢者医療)
    .description = Các thủ tục về bảo hiểm y tế cho người từ 75 tuổi trở lên (và người từ 65 tuổi trở lên có một số khuyết tật nhất định).
    .who = Chính người đó, hoặc người cùng hộ gia đình. Người khác cần có giấy ủy quyền (委任状).
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Giấy xác nhận tư cách y tế cho người từ 75 tuổi (資格確認書), nếu có
        Thông tin tài khoản ngân hàng (để nhận tiền hoàn lại)
    .fee = Miễn phí
    .time = Khoảng 15 phút
    .deadline = Trong vòng 14 ngày đối với chuyển đến, chuyển đi và các thay đổi tương tự
    .notes = Quý vị tự động tham gia khi đủ 75 tuổi, và giấy xác nhận tư cách sẽ được gửi qua bưu điện. Chế độ này do Liên hiệp Y tế Người cao tuổi tỉnh Fukuoka (福岡県後期高齢者医療広域連合) quản lý.

## Services — Health and Welfare: children and families

svc-maternal-handbook = Thông báo mang thai và Sổ tay Sức khỏe Mẹ và Con (母子健康手帳)
    .description = Báo việc mang thai. Quý vị sẽ nhận Sổ tay Sức khỏe Mẹ và Con và phiếu khám thai.
    .who = Người mang thai (người đại diện cần có giấy ủy quyền, 委任状)
    .bring = Giấy tờ tùy thân có ảnh (thẻ My Number, bằng lái xe, thẻ lưu trú, v.v.)
        Giấy tờ cho biết số My Number của quý vị
        Thông tin phòng khám đã cho biết, như ngày dự sinh
    .fee = Miễn phí
    .time = Khoảng 30–60 phút (bao gồm trao đổi với y tá y tế công cộng)
    .deadline = Sớm sau khi phòng khám xác nhận có thai (tốt nhất là trước khoảng tuần thứ 11)
    .notes = Chi phí khám thai được hỗ trợ. Quý vị cũng có thể xin khoản trợ cấp hỗ trợ thai phụ (50.000 yên).

svc-child-allowance = Trợ cấp nhi đồng (児童手当)
    .description = Xin trợ cấp cho người đang nuôi con đến độ tuổi trung học phổ thông (đến ngày 31 tháng 3 đầu tiên sau khi con đủ 18 tuổi).
    .who = Cha hoặc mẹ là người chủ yếu nuôi sống gia đình (công chức làm thủ tục tại nơi làm việc)
    .bring = Giấy tờ tùy thân có ảnh của người nộp đơn (thẻ My Number, bằng lái xe, v.v.)
        Thông tin tài khoản ngân hàng đứng tên người nộp đơn
        Giấy tờ cho biết số My Number của người nộp đơn và vợ hoặc chồng
    .fee = Miễn phí
    .time = Khoảng 20 phút
    .deadline = Trong vòng 15 ngày kể từ ngày hôm sau ngày sinh hoặc ngày chuyển đến (nếu trễ, quý vị sẽ mất khoản trợ cấp của những tháng đó)
    .notes = Từ tháng 10 năm 2024 không còn giới hạn thu nhập. Trợ cấp được trả hai tháng một lần (vào các tháng chẵn).

svc-child-rearing-allowance = Trợ cấp nuôi con (児童扶養手当, gia đình đơn thân)
    .description = Xin trợ cấp cho cha mẹ đơn thân và những người khác đang một mình nuôi con. Có giới hạn thu nhập.
    .who = Cha hoặc mẹ một mình nuôi con sau khi ly hôn, người phối ngẫu qua đời, v.v., hoặc người nuôi con thay cho cha mẹ
    .bring = Bản sao hộ tịch (戸籍謄本) của người nộp đơn và con, được cấp trong vòng 1 tháng
        Giấy tờ tùy thân có ảnh của người nộp đơn
        Thông tin tài khoản ngân hàng đứng tên người nộp đơn
        Giấy tờ cho biết số My Number của người nộp đơn, con và người thân có nghĩa vụ cấp dưỡng
    .fee = Miễn phí
    .time = Khoảng 60 phút (bao gồm phỏng vấn)
    .deadline = Không có (trợ cấp được trả từ tháng sau tháng nộp đơn)
    .notes = Giấy tờ cần thiết tùy hoàn cảnh gia đình, vì vậy hãy hỏi chúng tôi trước. Trẻ được hưởng đến ngày 31 tháng 3 đầu tiên sau khi đủ 18 tuổi (dưới 20 tuổi đối với trẻ khuyết tật).

svc-child-medical = Hỗ trợ chi phí y tế trẻ em (子ども医療証)
    .description = Xin giấy chứng nhận y tế trẻ em, giúp giảm số tiền quý vị phải trả tại bệnh viện và phòng khám (đến hết năm học mà trẻ đủ 18 tuổi).
    .who = Cha mẹ hoặc người giám hộ sống tại Kitakyushu có con đang tham gia bảo hiểm y tế
    .bring = Giấy xác nhận tư cách bảo hiểm y tế (資格確認書) của trẻ hoặc giấy tờ bảo hiểm khác
        Giấy tờ tùy thân có ảnh của cha mẹ hoặc người giám hộ
        Giấy chứng nhận thu nhập (所得額証明書), đôi khi cần nếu quý vị chuyển đến từ ngoài thành phố
    .fee = Miễn phí
    .time = Khoảng 15 phút
    .deadline = Trong vòng 1 tháng sau khi sinh, hoặc 15 ngày sau khi chuyển đến (nếu trễ, chỉ được áp dụng từ tháng nộp đơn)
    .notes = Số tiền phải trả tùy theo tuổi của trẻ. Hộ gia đình đang nhận trợ cấp sinh hoạt không thuộc đối tượng.

svc-single-parent-medical = Hỗ trợ chi phí y tế cho gia đình đơn thân (ひとり親家庭等医療)
    .description = Xin giấy chứng nhận y tế giúp giảm số tiền cha mẹ đơn thân và con của họ phải trả tại bệnh viện và phòng khám.
    .who = Cha hoặc mẹ đơn thân và con đến hết năm học mà con đủ 18 tuổi (có giới hạn thu nhập)
    .bring = Bản sao hộ tịch (戸籍謄本) của người nộp đơn và con
        Giấy xác nhận tư cách bảo hiểm y tế (資格確認書) hoặc giấy tờ bảo hiểm khác
        Giấy tờ tùy thân có ảnh
        Giấy chứng nhận thu nhập (所得額証明書), nếu quý vị chuyển đến từ ngoài thành phố
    .fee = Miễn phí
    .time = Khoảng 20 phút
    .deadline = Không có (áp dụng từ tháng nộp đơn)
    .notes = Người đang nuôi trẻ không có cha mẹ cũng có thể thuộc đối tượng. Thường có thể nộp cùng lúc với trợ cấp nuôi con.

svc-nursery-application = Đăng ký vào nhà trẻ (保育所等の入所申込み)
    .description = Đăng ký chỗ ở nhà trẻ (hoikusho) hoặc trường mầm non được công nhận (認定こども園) khi quý vị không thể tự chăm con ở nhà vào ban ngày.
    .who = Cha mẹ sống tại Kitakyushu có con chưa vào tiểu học, cần gửi trẻ vì đi làm, mang thai, bệnh tật, chăm sóc người thân, v.v.
    .bring = Đơn đăng ký
        Giấy tờ chứng minh cần gửi trẻ, như giấy chứng nhận việc làm (就労証明書)
        Giấy tờ tùy thân có ảnh của cha mẹ và giấy tờ cho biết số My Number
    .fee = Đăng ký miễn phí (học phí tùy thu nhập; trẻ 3–5 tuổi thường được miễn phí)
    .time = Khoảng 30 phút
    .deadline = Mỗi tháng có hạn chót riêng (nhập học tháng 4 thì nhận đơn vào mùa thu năm trước)
    .notes = Có thể quý vị không được nhận vào trường mong muốn. Nên đến tham quan trường trước khi đăng ký.

svc-child-family-consultation = Tư vấn trẻ em và gia đình (nuôi dạy con, gia đình đơn thân, bạo lực gia đình)
    .description = Hãy trao đổi với chúng tôi về những lo lắng khi nuôi dạy con, cuộc sống của gia đình đơn thân, hoặc bạo lực từ vợ chồng, người yêu hay người trong gia đình (DV).
    .who = Bất kỳ ai: cha mẹ, gia đình đơn thân, người bị bạo lực gia đình
    .bring = Không cần mang gì đặc biệt
    .fee = Miễn phí
    .time = Khoảng 30–60 phút (tùy nội dung)
    .deadline = Không có
    .notes = Những gì quý vị chia sẻ sẽ được giữ bí mật. Nếu đang gặp nguy hiểm, hãy gọi 110 (cảnh sát). Nếu phát hiện trẻ em bị ngược đãi, hãy gọi 189 (toàn quốc).

## Services — Health and Welfare: older people and disability

svc-long-term-care = Bảo hiểm chăm sóc điều dưỡng (介護保険: chứng nhận mức cần chăm sóc, thẻ bảo hiểm)
    .description = Xin chứng nhận mức cần chăm sóc (要介護・要支援認定) và các thủ tục khác về thẻ bảo hiểm chăm sóc điều dưỡng.
    .who = Người từ 65 tuổi trở lên, hoặc người 40–64 tuổi mắc một số bệnh nhất định. Người thân hoặc chuyên viên quản lý chăm sóc (care manager) có thể nộp đơn thay.
    .bring = Thẻ bảo hiểm chăm sóc điều dưỡng (介護保険被保険者証)
        Giấy xác nhận tư cách bảo hiểm y tế (資格確認書) hoặc giấy tờ tương tự (người 40–64 tuổi)
        Giấy tờ tùy thân có ảnh của người nộp đơn
        Tên bác sĩ gia đình và bệnh viện hoặc phòng khám của bác sĩ đó
    .fee = Miễn phí
    .time = Khoảng 20–30 phút
    .deadline = Không có (kết quả thường được gửi đến trong vòng 30 ngày kể từ khi nộp đơn)
    .notes = Sau khi nộp đơn, nhân viên đánh giá sẽ đến nhà hoặc nơi khác để hỏi về tình trạng của người đó. Thẻ bảo hiểm sẽ được gửi qua bưu điện khi quý vị đủ 65 tuổi.

svc-elderly-welfare = Dịch vụ phúc lợi và tư vấn cho người cao tuổi
    .description = Hãy trao đổi với chúng tôi về sinh hoạt hằng ngày, chăm sóc, sa sút trí tuệ, thăm hỏi người cao tuổi hoặc ngược đãi; chúng tôi sẽ giới thiệu các dịch vụ phúc lợi.
    .who = Bất kỳ ai: người cao tuổi, gia đình, hàng xóm
    .bring = Không cần mang gì đặc biệt (nếu người đó có thẻ bảo hiểm chăm sóc điều dưỡng, hãy mang theo)
    .fee = Tư vấn miễn phí (một số dịch vụ có tính phí)
    .time = Khoảng 30 phút
    .deadline = Không có
    .notes = Chúng tôi phối hợp với Trung tâm Hỗ trợ Toàn diện Khu vực (地域包括支援センター). Chúng tôi có thể giới thiệu quý vị đến văn phòng phụ trách khu vực của quý vị.

svc-disability-services = Sổ khuyết tật và dịch vụ phúc lợi cho người khuyết tật
    .description = Xin sổ khuyết tật (thể chất, trí tuệ 療育手帳, tâm thần) và được tư vấn về dịch vụ phúc lợi cho người khuyết tật.
    .who = Người khuyết tật hoặc gia đình họ (cha mẹ hoặc người giám hộ đối với người dưới 18 tuổi)
    .bring = Giấy chẩn đoán của bác sĩ theo mẫu quy định (sổ khuyết tật thể chất và sổ sức khỏe tâm thần)
        Ảnh (cao 4 cm × rộng 3 cm)
        Giấy tờ tùy thân có ảnh và giấy tờ cho biết số My Number
        Sổ khuyết tật hiện tại (khi gia hạn hoặc thay đổi)
    .fee = Miễn phí (quý vị trả tiền giấy chẩn đoán cho bác sĩ)
    .time = Khoảng 30 phút
    .deadline = Không có (sổ sức khỏe tâm thần được gia hạn 2 năm một lần)
    .notes = Với sổ khuyết tật trí tuệ (療育手帳), cần đặt lịch đánh giá. Sổ được gửi đến sau khoảng 1–2 tháng.

## Services — Health and Welfare: health consultation

svc-health-consultation = Tư vấn sức khỏe (khám sức khỏe và tiêm chủng)
    .description = Trao đổi với y tá y tế công cộng hoặc nhân viên khác về sức khỏe, khám sức khỏe (tầm soát ung thư, khám sức khỏe đặc định), tiêm chủng, chế độ ăn uống, v.v.
    .who = Bất kỳ ai, như cư dân trong quận
    .bring = Sổ tay Sức khỏe Mẹ và Con (khi hỏi về tiêm chủng của trẻ)
        Kết quả khám sức khỏe, nếu có
    .fee = Tư vấn miễn phí (khám sức khỏe và tiêm chủng có thể mất phí)
    .time = Khoảng 15–30 phút
    .deadline = Không có
    .notes = Một số buổi tư vấn cần đặt lịch hẹn. Phần lớn việc khám sức khỏe và tiêm chủng được thực hiện tại các phòng khám và bệnh viện trong thành phố.

svc-dog-registration = Đăng ký chó và thẻ tiêm phòng bệnh dại
    .description = Đăng ký chó của quý vị (một lần trong đời) và nhận thẻ chứng nhận tiêm phòng bệnh dại hằng năm.
    .who = Chủ nuôi chó từ 91 ngày tuổi trở lên
    .bring = Giấy chứng nhận đã tiêm phòng dại do bác sĩ thú y cấp (狂犬病予防注射済証明書)
        Thẻ đăng ký của chó (鑑札), nếu đã đăng ký
    .fee = Đăng ký 3.000 yên; thẻ tiêm phòng 550 yên
    .time = Khoảng 10 phút
    .deadline = Trong vòng 30 ngày kể từ khi bắt đầu nuôi (chó con dưới 90 ngày tuổi: trong vòng 30 ngày sau khi đủ 90 ngày)
    .notes = Chó đã đăng ký vi mạch với Bộ Môi trường từ ngày 1 tháng 3 năm 2023 trở đi thì không cần đăng ký tại quầy. Chó của quý vị cần tiêm phòng dại mỗi năm một lần.

## Services — Public Assistance Sections

svc-public-assistance = Tư vấn trợ cấp sinh hoạt (生活保護)
    .description = Tư vấn cho người không thể tự trang trải cuộc sống vì bệnh tật, mất việc, tuổi già hoặc lý do khác, và tiếp nhận đơn xin trợ cấp sinh hoạt.
    .who = Bất kỳ ai gặp khó khăn trong cuộc sống, hoặc gia đình của họ. Ai cũng có thể đến xin tư vấn.
    .bring = Không cần mang gì đặc biệt (nếu có: giấy tờ tùy thân có ảnh, sổ tiết kiệm ngân hàng, giấy tờ cho biết thu nhập và tiền thuê nhà)
    .fee = Miễn phí
    .time = Khoảng 60 phút
    .deadline = Không có
    .notes = Xin trợ cấp sinh hoạt là quyền của mọi cư dân cần đến. Những gì quý vị chia sẻ sẽ được giữ bí mật. Phòng Trợ cấp Sinh hoạt số 1 hoặc số 2 sẽ phụ trách tùy theo nơi quý vị sống.

## Services — Urban Development and Maintenance

svc-roads-parks = Đường sá, công viên và cơ sở hạ tầng địa phương
    .description = Báo cáo hoặc hỏi về đường sá và công viên gần nhà: ổ gà và hư hỏng, đèn đường, rãnh thoát nước, thiết bị vui chơi bị hỏng.
    .who = Bất kỳ ai
    .bring = Bản đồ hoặc ảnh cho thấy địa điểm, nếu có
    .fee = Miễn phí
    .time = Khoảng 15 phút
    .deadline = Không có
    .notes = Với các quốc lộ do nhà nước quản lý, chúng tôi sẽ cho quý vị biết nơi cần liên hệ. Hãy báo sớm những chỗ nguy hiểm.

## Services — Community Support

svc-community-associations = Hội khu phố và trung tâm công dân
    .description = Thông tin về việc tham gia hội khu phố (自治会・町内会), sử dụng trung tâm công dân (市民センター) và các nhóm địa phương.
    .who = Bất kỳ ai
    .bring = Không cần mang gì đặc biệt
    .fee = Miễn phí (thuê phòng tại trung tâm công dân có thể mất phí)
    .time = Khoảng 15 phút
    .deadline = Không có
    .notes = Chúng tôi có thể cho quý vị thông tin liên hệ của hội khu phố nơi quý vị sống.

svc-community-activities = Hoạt động cộng đồng, tình nguyện và học tập suốt đời
    .description = Thông tin và tư vấn về hoạt động cộng đồng tại địa phương, hoạt động tình nguyện, các khóa học và hình thức học tập suốt đời khác.
    .who = Bất kỳ ai
    .bring = Không cần mang gì đặc biệt
    .fee = Miễn phí (một số khóa học có tính phí)
    .time = Khoảng 15 phút
    .deadline = Không có
    .notes = Thông tin về khóa học và sự kiện cũng có trong bản tin thành phố (市政だより) và trên trang web của thành phố.

## Services — General Affairs and Planning

svc-ward-general = Hỏi đáp về công việc của quận, thông tin công cộng và phòng chống thiên tai
    .description = Các câu hỏi về công việc của quận, thông tin công cộng và phòng chống thiên tai (nơi sơ tán, bản đồ nguy cơ thiên tai, v.v.).
    .who = Bất kỳ ai
    .bring = Không cần mang gì đặc biệt
    .fee = Miễn phí
    .time = Khoảng 10 phút
    .deadline = Không có
    .notes = Nếu quý vị không biết nên đến quầy nào, chúng tôi sẽ chỉ quầy phù hợp.

svc-elections = Hỏi đáp về bầu cử
    .description = Các câu hỏi về bầu cử, như danh sách cử tri, bỏ phiếu sớm và bỏ phiếu vắng mặt.
    .who = Bất kỳ ai
    .bring = Không cần mang gì đặc biệt (cần giấy tờ tùy thân có ảnh khi yêu cầu bỏ phiếu vắng mặt, v.v.)
    .fee = Miễn phí
    .time = Khoảng 10 phút
    .deadline = Không có (mỗi cuộc bầu cử có lịch riêng)
    .notes = Công dân Nhật Bản từ 18 tuổi trở lên có quyền bầu cử. Trong 3 tháng sau khi chuyển nhà, có thể phải bỏ phiếu tại địa chỉ cũ.

svc-citizen-consultation = Tư vấn cho người dân (đặt lịch tư vấn pháp luật và các buổi tư vấn khác)
    .description = Đặt lịch tư vấn pháp luật miễn phí với luật sư và các buổi tư vấn khác, hoặc trao đổi với chúng tôi về những khó khăn trong cuộc sống hằng ngày.
    .who = Cư dân Kitakyushu (một số buổi tư vấn có điều kiện)
    .bring = Không cần mang gì đặc biệt (nếu có giấy tờ liên quan đến vấn đề, hãy mang theo)
    .fee = Miễn phí
    .time = Khoảng 10 phút để đặt lịch (mỗi buổi tư vấn pháp luật khoảng 30 phút)
    .deadline = Không có (đặt lịch theo thứ tự đến trước)
    .notes = Tư vấn pháp luật chỉ nhận theo lịch hẹn, vào các ngày cố định và có giới hạn số chỗ. Số lần tư vấn về cùng một vấn đề có thể bị giới hạn.
