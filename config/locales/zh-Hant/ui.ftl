# Madoguchi page strings — 繁體中文.

language-name = 繁體中文

## Shared

mode-large = 放大文字
mode-contrast = 高對比度
modes-label = 顯示設定

## Kiosk

kiosk-page-title = 抽號碼牌
kiosk-welcome = 歡迎光臨。請抽號碼牌
kiosk-choose-language = 請選擇語言
kiosk-what-need = 您今天要辦理什麼業務？
kiosk-search-label = 以關鍵字搜尋
kiosk-search-placeholder = 例如：住民票、遷入、兒童津貼
kiosk-search-button = 搜尋
kiosk-search-results = 「{ $query }」的搜尋結果
kiosk-search-none = 找不到結果。請從分類中選擇，或詢問工作人員。
kiosk-services-unavailable = 無法載入業務清單。請詢問工作人員。
kiosk-back = 返回
kiosk-choose-service = 請選擇要辦理的業務
kiosk-confirm-title = 確定是這項業務嗎？
kiosk-where = 辦理地點
kiosk-waiting-now = 目前等候
kiosk-take-ticket = 抽號碼牌
kiosk-choose-again = 重新選擇
kiosk-issuing = 正在發號…
kiosk-your-number = 您的號碼
kiosk-ahead = 您前面等候的人數
kiosk-ahead-none = 下一位就是您
kiosk-estimated-wait = 預計等候時間
kiosk-bring = 請攜帶
kiosk-please-wait = 您的號碼會顯示在螢幕上並廣播叫號。請在等候區等候。
kiosk-qr-caption = 用手機掃描，即可隨時查看叫號進度
kiosk-qr-label = 查看叫號進度頁面的 QR 碼
kiosk-printing = 正在列印號碼牌，請取走。
kiosk-print-again = 重新列印
kiosk-done = 完成
kiosk-not-issued-title = 未能發號
kiosk-error-offline = 無法連線到受理系統。
kiosk-error-timeout = 受理系統沒有回應，無法確認是否已發號。
kiosk-error-setup = 本機尚未設定為可以發號。
kiosk-error-busy = 受理系統暫時無法使用。
kiosk-error-other = 未能發號。
kiosk-ask-staff-now = 請向附近的工作人員求助。
kiosk-try-again = 再試一次
kiosk-start-over = 回到首頁
kiosk-idle-countdown = { $seconds } 秒後將回到首頁。如需繼續，請觸碰螢幕。
kiosk-idle-continue = 繼續
kiosk-ask-staff = 如有不明白的地方，請隨時詢問工作人員。
kiosk-offline = 目前無法連線到受理系統，暫時不能發號。請詢問工作人員。
kiosk-not-set-up = 本機正在準備中。請詢問工作人員。
kiosk-people-count = { $count } 人
kiosk-queue-waiting = 等候 { $count }人
kiosk-wait-minutes = 約{ $minutes }分鐘
kiosk-wait-none = 幾乎不用等候
kiosk-wait-unknown = 正在確認

kiosk-life-title = 一次辦理多項手續
kiosk-life-hint = 一張號碼牌，依序引導您前往所需的各個窗口。
kiosk-yes = 是
kiosk-no = 否
kiosk-life-steps = 將依序前往的窗口
kiosk-journey-note = 請保管好號碼牌。每辦完一個窗口，會以同一號碼叫您到下一個窗口。
kiosk-fee = 費用
kiosk-time-needed = 所需時間
wait-range = 約{ $minutes }分鐘（最長約{ $max }分鐘）
kiosk-printer-failed = 印表機無法使用，未能列印號碼牌。請記住您的號碼，或掃描 QR 碼。已通知工作人員。

## Staff desk

desk-page-title = 窗口終端
desk-language = 顯示語言
desk-sign-out = 登出
desk-connection-lost = 連線已中斷，正在自動重新連線。清單可能不是最新的。
desk-sign-in-title = 工作人員登入
desk-sign-in-hint = 請輸入工作人員的使用者名稱和密碼。
desk-username = 使用者名稱
desk-password = 密碼
desk-sign-in = 登入
desk-sign-in-missing = 請輸入使用者名稱和密碼。
desk-sign-in-wrong = 使用者名稱或密碼不正確。
desk-sign-in-throttled = 失敗次數過多，請稍後再試。
desk-session-expired = 登入已逾時，請重新登入。
desk-choose-counter = 請選擇本終端所在的窗口
desk-current-title = 本窗口正在辦理
desk-current-empty = 目前沒有正在辦理的號碼。請按「叫下一位」。
desk-service = 業務
desk-ticket-language = 語言
desk-waited = 等候時間
desk-called-at = 叫號時間
desk-called-ago = { $time }（{ $minutes }分鐘前）
desk-journey = 辦理流程
desk-step-pending = 待辦
desk-step-current = 辦理中
desk-step-done = 已完成
desk-step-skipped = 已略過
desk-status-called = 已叫號
desk-status-serving = 辦理中
desk-recalls = 已重新叫號 { $count } 次
desk-minutes = { $minutes }分鐘
desk-actions = 操作按鈕
desk-call-next = 叫下一位
desk-recall = 重新叫號
desk-start = 開始辦理
desk-no-show = 未到
desk-transfer = 轉送
desk-finish = 辦結
desk-did-call = 已叫 { $number }
desk-did-recall = 已重新叫 { $number }
desk-did-start = 開始辦理 { $number }
desk-did-no-show = { $number } 已記為未到
desk-did-finish = { $number } 已辦結
desk-did-transfer = { $number } 已轉送
desk-nobody-waiting = 沒有人在等候本窗口
desk-error-offline = 無法連線到伺服器，操作可能未生效。
desk-error-forbidden = 您沒有執行此操作的權限。
desk-error-conflict = 號碼狀態已改變，無法執行此操作。請查看清單。
desk-error-not-found = 找不到此號碼。
desk-error-unavailable = 系統暫時無法使用，請稍後再試。
desk-error-other = 操作失敗。
desk-waiting-title = 本窗口的等候
desk-waiting-empty = 沒有人在等候
desk-col-number = 號碼
desk-col-service = 業務
desk-col-language = 語言
desk-col-waiting = 等候時間
desk-longest = 等候最久
desk-queue-figures = { $count }人・約{ $minutes }分鐘
desk-live = 已連線
desk-connecting = 連線中
desk-offline = 已中斷
desk-transfer-title = 轉送 { $number }
desk-transfer-to = 轉送至
desk-transfer-queue = 隊列
desk-transfer-service = 業務
desk-transfer-confirm = 轉送
desk-cancel = 取消
desk-printer-attention = 請檢查印表機「{ $printer }」（紙張、電源、線材）。
desk-dismiss = 關閉
desk-journey-skip = 略過
desk-journey-skip-label = 略過第{ $position }步：{ $section }，{ $service }
desk-journey-add = 新增手續
desk-skip-title = 要略過 { $number } 的一個步驟嗎？
desk-skip-text = { $number } 將不會被引導到{ $section }辦理{ $service }。其他步驟維持不變。
desk-skip-confirm = 略過此步驟
desk-add-title = 為 { $number } 新增手續
desk-add-hint = 在本窗口辦完後，{ $number } 將以同一號碼在所選手續的窗口再次等候。
desk-add-service = 要新增的手續
desk-add-confirm = 新增
desk-did-skip = { $number }：已略過{ $section }
desk-did-add = { $number }：已在本窗口之後新增{ $service }
desk-error-step-changed = 此號碼的手續步驟已變更。請確認後再試一次。
desk-error-unknown-service = 本辦公處不辦理該手續。

## Waiting-room display

board-page-title = 叫號顯示
board-reconnecting = 連線已中斷，正在重新連線…
board-not-set-up = 本螢幕尚未設定
board-now-calling = 正在叫號
board-no-calls = 請等候叫號
board-recent = 已叫號碼
board-col-number = 號碼
board-col-counter = 窗口
board-col-time = 時間
board-waiting = 等候人數和預計等候時間
board-waiting-count = { $count }人等候
board-wait-minutes = 約{ $minutes }分鐘
board-wait-none = 不用等候
board-badge-new = 新
board-badge-recalled = 重新叫號
board-live-called = 請 { $number } 號到 { $counter }
board-live-recalled = 再次叫號：請 { $number } 號到 { $counter }
board-sound-on = 有聲音
board-sound-off = 無聲音
board-sound-blocked = 開啟聲音
board-notice-wait = 叫到您的號碼之前，請在等候區等候。
board-notice-watch = 螢幕上顯示您的號碼時，請前往所示窗口。
board-notice-phone = 掃描號碼牌上的 QR 碼，即可用手機查看叫號進度。
board-notice-help = 如有困難，請向附近的工作人員求助。

## Phone ticket page

phone-page-title = 您的號碼
phone-language = 語言
phone-offline = 連線已中斷，正在重新連線。顯示的資訊可能不是最新的。
phone-called-title = 輪到您了
phone-called-text = 請前往{ $counter }。
phone-near = 快輪到您了。請回到等候區。
phone-your-number = 您的號碼
phone-ahead = 您前面的人數
phone-ahead-none = 下一位就是您
phone-people-count = { $count } 人
phone-estimated-wait = 預計等候時間
phone-wait-minutes = 約{ $minutes }分鐘
phone-wait-none = 馬上
phone-wait-unknown = 正在確認
phone-where = 辦理地點
phone-journey = 辦理流程
phone-step-pending = 待辦
phone-step-current = 目前
phone-step-done = 已完成
phone-step-skipped = 已略過
phone-status-waiting = 請等候叫號
phone-status-called = 請前往{ $counter }
phone-status-serving = 正在{ $counter }辦理
phone-status-done = 業務已辦結。感謝您的光臨。
phone-status-no-show = 已叫到您的號碼，但您不在。請詢問工作人員。
phone-status-cancelled = 此號碼已取消。
phone-status-expired = 此號碼為 { $day } 的號碼，現已失效。
phone-not-found = 找不到號碼
phone-not-found-help = 請重新掃描 QR 碼，或詢問工作人員。
phone-updated-live = { $time } 更新（自動更新）
phone-updated-at = 最後更新 { $time }
phone-help = 如有疑問，請詢問工作人員
phone-notify-button = 快輪到我時通知我
phone-notify-on = 快輪到您時，這支手機會收到通知。
phone-notify-blocked = 此頁面的通知已關閉。請保持頁面開啟：頁面會顯示提示並發出聲音。
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = { $n }樓
floor-ground = 1樓（地面層）
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = 八幡西區公所
office-orio = 折尾辦事處
office-kojaku = 上津役辦事處
office-yahataminami = 八幡南辦事處
counter-number = { $n }號窗口

# What the board shows between calls, and over everything in an emergency.
board-notices = 區役所通知
board-alert = 緊急資訊
board-alert-exercise = 演習

# The portal of the ward's services (/m/).
portal-title = 八幡西區役所的服務
portal-intro = 介紹區役所窗口和社區活動。
portal-counters = 窗口的擁擠情況
portal-calendar = 擁擠預測日曆
portal-modules = 社區活動
portal-no-modules = 正在準備中。
portal-partners = 商店、設施和團體
portal-join = 用邀請碼註冊成員
portal-moderation = 投稿審核（工作人員）
