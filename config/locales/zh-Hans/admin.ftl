# The administration page (/admin/). Variables: $mae.
admin-title = 管理页面
admin-sign-in = 登录
admin-username = 用户名
admin-password = 密码
admin-sign-in-failed = 用户名或密码错误
admin-office = 办公处
admin-pages = 终端页面
admin-kiosk = 取号机
admin-display = 叫号显示屏
admin-calendar = 拥挤程度日历
admin-desk = 窗口终端
admin-chart-title = 预测与实际
admin-chart-desc = 过去8周的实际人数（点）、预测（线，带为10%–90%范围）及今后4周的预测。
admin-queue = 队列
admin-actual = 实际
admin-forecast = 预测
admin-interval = 预测范围（10%–90%）
admin-error = 过去8周的平均误差：每天{ $mae }人
admin-week-title = 今后7天的预测与应开窗口数
admin-date = 日期
admin-arrivals = 预计来访人数
admin-counters = 窗口数
admin-level = 拥挤程度
admin-source-prior = 尚无历史数据：按一般区役所的数据预测。
admin-no-history = 该队列尚无实际数据。
admin-sign-out = 退出登录

# The audit trail of staff actions.
admin-audit-title = 操作记录
admin-audit-desc = 当天的所有变更及操作人，最新的在前。
admin-audit-date = 日期
admin-audit-time = 时间
admin-audit-action = 事件
admin-audit-number = 号码
admin-audit-counter = 窗口
admin-audit-who = 操作人
admin-audit-empty = 这一天没有记录。
admin-ev-issued = 已取号
admin-ev-called = 已叫号
admin-ev-recalled = 再次叫号
admin-ev-started = 开始办理
admin-ev-finished = 已办结
admin-ev-advanced = 前往下一步
admin-ev-no-show = 未到
admin-ev-cancelled = 已取消
admin-ev-transferred = 已转办
admin-ev-journey-changed = 步骤已更改
admin-ev-day-started = 新的一天
admin-ev-printer-attention = 打印机需要处理

# Links to the platform's pages.
admin-portal = 区服务一览
admin-moderation = 投稿审核
