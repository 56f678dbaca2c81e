# The administration page (/admin/). Variables: $mae.
admin-title = 管理頁面
admin-sign-in = 登入
admin-username = 使用者名稱
admin-password = 密碼
admin-sign-in-failed = 使用者名稱或密碼錯誤
admin-office = 辦公處
admin-pages = 終端頁面
admin-kiosk = 取號機
admin-display = 叫號顯示屏
admin-calendar = 擁擠程度行事曆
admin-desk = 窗口終端
admin-chart-title = 預測與實際
admin-chart-desc = 過去8週的實際人數（點）、預測（線，帶為10%–90%範圍）及今後4週的預測。
admin-queue = 隊列
admin-actual = 實際
admin-forecast = 預測
admin-interval = 預測範圍（10%–90%）
admin-error = 過去8週的平均誤差：每天{ $mae }人
admin-week-title = 今後7天的預測與應開窗口數
admin-date = 日期
admin-arrivals = 預計來訪人數
admin-counters = 窗口數
admin-level = 擁擠程度
admin-source-prior = 尚無歷史資料：依一般區公所的資料預測。
admin-no-history = 此隊列尚無實際資料。
admin-sign-out = 登出

# The audit trail of staff actions.
admin-audit-title = 操作紀錄
admin-audit-desc = 當天的所有變更及操作人，最新的在前。
admin-audit-date = 日期
admin-audit-time = 時間
admin-audit-action = 事件
admin-audit-number = 號碼
admin-audit-counter = 窗口
admin-audit-who = 操作人
admin-audit-empty = 這一天沒有紀錄。
admin-ev-issued = 已取號
admin-ev-called = 已叫號
admin-ev-recalled = 再次叫號
admin-ev-started = 開始辦理
admin-ev-finished = 已辦結
admin-ev-advanced = 前往下一步
admin-ev-no-show = 未到
admin-ev-cancelled = 已取消
admin-ev-transferred = 已轉辦
admin-ev-journey-changed = 步驟已變更
admin-ev-day-started = 新的一天
admin-ev-printer-attention = 印表機需要處理

# Links to the platform's pages.
admin-portal = 區服務一覽
admin-moderation = 投稿審核
