# Madoguchi page strings — 简体中文.

language-name = 简体中文

## Shared

mode-large = 放大文字
mode-contrast = 高对比度
modes-label = 显示设置

## Kiosk

kiosk-page-title = 取号
kiosk-welcome = 欢迎光临。请取号
kiosk-choose-language = 请选择语言
kiosk-what-need = 您今天要办理什么业务？
kiosk-search-label = 按关键词搜索
kiosk-search-placeholder = 例如：住民票、迁入、儿童补贴
kiosk-search-button = 搜索
kiosk-search-results = “{ $query }”的搜索结果
kiosk-search-none = 没有找到。请从分类中选择，或询问工作人员。
kiosk-services-unavailable = 无法加载业务列表。请询问工作人员。
kiosk-back = 返回
kiosk-choose-service = 请选择要办理的业务
kiosk-confirm-title = 确认是这项业务吗？
kiosk-where = 办理地点
kiosk-waiting-now = 当前等候
kiosk-take-ticket = 取号
kiosk-choose-again = 重新选择
kiosk-issuing = 正在取号…
kiosk-your-number = 您的号码
kiosk-ahead = 您前面等候的人数
kiosk-ahead-none = 下一位就是您
kiosk-estimated-wait = 预计等候时间
kiosk-bring = 请携带
kiosk-please-wait = 您的号码会显示在屏幕上并广播叫号。请在等候区等候。
kiosk-qr-caption = 用手机扫码，可随时查看叫号进度
kiosk-qr-label = 查看叫号进度页面的二维码
kiosk-printing = 正在打印号码单，请取走。
kiosk-print-again = 重新打印
kiosk-done = 完成
kiosk-not-issued-title = 未能取号
kiosk-error-offline = 无法连接到受理系统。
kiosk-error-timeout = 受理系统没有响应，无法确认是否已取号。
kiosk-error-setup = 本机尚未设置为可以取号。
kiosk-error-busy = 受理系统暂时无法使用。
kiosk-error-other = 未能取号。
kiosk-ask-staff-now = 请向附近的工作人员求助。
kiosk-try-again = 再试一次
kiosk-start-over = 返回首页
kiosk-idle-countdown = { $seconds } 秒后将返回首页。如需继续，请触摸屏幕。
kiosk-idle-continue = 继续
kiosk-ask-staff = 如有不明白的地方，请随时询问工作人员。
kiosk-offline = 目前无法连接到受理系统，暂时不能取号。请询问工作人员。
kiosk-not-set-up = 本机正在准备中。请询问工作人员。
kiosk-people-count = { $count } 人
kiosk-queue-waiting = 等候 { $count }人
kiosk-wait-minutes = 约{ $minutes }分钟
kiosk-wait-none = 几乎无需等候
kiosk-wait-unknown = 正在确认

kiosk-life-title = 一次办理多项手续
kiosk-life-hint = 一张号码单，依次引导您前往所需的各个窗口。
kiosk-yes = 是
kiosk-no = 否
kiosk-life-steps = 将依次前往的窗口
kiosk-journey-note = 请保管好号码单。每办完一个窗口，会用同一号码叫您到下一个窗口。
kiosk-fee = 费用
kiosk-time-needed = 所需时间
wait-range = 约{ $minutes }分钟（最长约{ $max }分钟）
kiosk-printer-failed = 打印机无法使用，未能打印号码单。请记住您的号码，或扫描二维码。已通知工作人员。

## Staff desk

desk-page-title = 窗口终端
desk-language = 显示语言
desk-sign-out = 退出登录
desk-connection-lost = 连接已断开，正在自动重连。列表可能不是最新的。
desk-sign-in-title = 工作人员登录
desk-sign-in-hint = 请输入工作人员的用户名和密码。
desk-username = 用户名
desk-password = 密码
desk-sign-in = 登录
desk-sign-in-missing = 请输入用户名和密码。
desk-sign-in-wrong = 用户名或密码不正确。
desk-sign-in-throttled = 失败次数过多，请稍后再试。
desk-session-expired = 登录已过期，请重新登录。
desk-choose-counter = 请选择本终端所在的窗口
desk-current-title = 本窗口正在办理
desk-current-empty = 目前没有正在办理的号码。请按“叫下一位”。
desk-service = 业务
desk-ticket-language = 语言
desk-waited = 等候时间
desk-called-at = 叫号时间
desk-called-ago = { $time }（{ $minutes }分钟前）
desk-journey = 办理流程
desk-step-pending = 待办
desk-step-current = 办理中
desk-step-done = 已完成
desk-step-skipped = 已跳过
desk-status-called = 已叫号
desk-status-serving = 办理中
desk-recalls = 已重叫 { $count } 次
desk-minutes = { $minutes }分钟
desk-actions = 操作按钮
desk-call-next = 叫下一位
desk-recall = 重新叫号
desk-start = 开始办理
desk-no-show = 未到
desk-transfer = 转送
desk-finish = 办结
desk-did-call = 已叫 { $number }
desk-did-recall = 已重新叫 { $number }
desk-did-start = 开始办理 { $number }
desk-did-no-show = { $number } 已记为未到
desk-did-finish = { $number } 已办结
desk-did-transfer = { $number } 已转送
desk-nobody-waiting = 没有人在等候本窗口
desk-error-offline = 无法连接服务器，操作可能未生效。
desk-error-forbidden = 您没有执行此操作的权限。
desk-error-conflict = 号码状态已改变，无法执行此操作。请查看列表。
desk-error-not-found = 找不到此号码。
desk-error-unavailable = 系统暂时无法使用，请稍后再试。
desk-error-other = 操作失败。
desk-waiting-title = 本窗口的等候
desk-waiting-empty = 没有人在等候
desk-col-number = 号码
desk-col-service = 业务
desk-col-language = 语言
desk-col-waiting = 等候时间
desk-longest = 等候最久
desk-queue-figures = { $count }人・约{ $minutes }分钟
desk-live = 已连接
desk-connecting = 正在连接
desk-offline = 已断开
desk-transfer-title = 转送 { $number }
desk-transfer-to = 转送到
desk-transfer-queue = 队列
desk-transfer-service = 业务
desk-transfer-confirm = 转送
desk-cancel = 取消
desk-printer-attention = 请检查打印机“{ $printer }”（纸张、电源、线缆）。
desk-dismiss = 关闭
desk-journey-skip = 跳过
desk-journey-skip-label = 跳过第{ $position }步：{ $section }，{ $service }
desk-journey-add = 添加手续
desk-skip-title = 要跳过 { $number } 的一个步骤吗？
desk-skip-text = { $number } 将不会被引导到{ $section }办理{ $service }。其他步骤保持不变。
desk-skip-confirm = 跳过此步骤
desk-add-title = 为 { $number } 添加手续
desk-add-hint = 在本窗口办完后，{ $number } 将以同一号码在所选手续的窗口再次等候。
desk-add-service = 要添加的手续
desk-add-confirm = 添加
desk-did-skip = { $number }：已跳过{ $section }
desk-did-add = { $number }：已在本窗口之后添加{ $service }
desk-error-step-changed = 此号码的手续步骤已变更。请确认后再试。
desk-error-unknown-service = 本办公处不办理该手续。

## Waiting-room display

board-page-title = 叫号显示
board-reconnecting = 连接已断开，正在重新连接…
board-not-set-up = 本屏幕尚未设置
board-now-calling = 正在叫号
board-no-calls = 请等候叫号
board-recent = 已叫号码
board-col-number = 号码
board-col-counter = 窗口
board-col-time = 时间
board-waiting = 等候人数和预计等候时间
board-waiting-count = { $count }人等候
board-wait-minutes = 约{ $minutes }分钟
board-wait-none = 无需等候
board-badge-new = 新
board-badge-recalled = 重新叫号
board-live-called = 请 { $number } 号到 { $counter }
board-live-recalled = 再次叫号：请 { $number } 号到 { $counter }
board-sound-on = 有声音
board-sound-off = 无声音
board-sound-blocked = 打开声音
board-notice-wait = 在叫到您的号码之前，请在等候区等候。
board-notice-watch = 屏幕上显示您的号码时，请前往所示窗口。
board-notice-phone = 扫描号码单上的二维码，可用手机查看叫号进度。
board-notice-help = 如有困难，请向附近的工作人员求助。

## Phone ticket page

phone-page-title = 您的号码
phone-language = 语言
phone-offline = 连接已断开，正在重新连接。显示的信息可能不是最新的。
phone-called-title = 轮到您了
phone-called-text = 请前往{ $counter }。
phone-near = 马上就轮到您了。请回到等候区。
phone-your-number = 您的号码
phone-ahead = 您前面的人数
phone-ahead-none = 下一位就是您
phone-people-count = { $count } 人
phone-estimated-wait = 预计等候时间
phone-wait-minutes = 约{ $minutes }分钟
phone-wait-none = 马上
phone-wait-unknown = 正在确认
phone-where = 办理地点
phone-journey = 办理流程
phone-step-pending = 待办
phone-step-current = 当前
phone-step-done = 已完成
phone-step-skipped = 已跳过
phone-status-waiting = 请等候叫号
phone-status-called = 请前往{ $counter }
phone-status-serving = 正在{ $counter }办理
phone-status-done = 业务已办结。感谢您的光临。
phone-status-no-show = 已叫到您的号码，但您不在。请询问工作人员。
phone-status-cancelled = 此号码已取消。
phone-status-expired = 此号码为 { $day } 的号码，现已失效。
phone-not-found = 找不到号码
phone-not-found-help = 请重新扫描二维码，或询问工作人员。
phone-updated-live = { $time } 更新（自动更新）
phone-updated-at = 最后更新 { $time }
phone-help = 如有疑问，请询问工作人员
phone-notify-button = 快轮到我时通知我
phone-notify-on = 快轮到您时，这部手机会收到通知。
phone-notify-blocked = 此页面的通知已关闭。请保持页面打开：页面会显示提示并发出声音。
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = { $n }楼
floor-ground = 1楼（地面层）
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = 八幡西区政府
office-orio = 折尾办事处
office-kojaku = 上津役办事处
office-yahataminami = 八幡南办事处
counter-number = { $n }号窗口

# What the board shows between calls, and over everything in an emergency.
board-notices = 区役所通知
board-alert = 紧急信息
board-alert-exercise = 演习

# The portal of the ward's services (/m/).
portal-title = 八幡西区役所的服务
portal-intro = 介绍区役所窗口和社区活动。
portal-counters = 窗口的拥挤情况
portal-calendar = 拥挤预测日历
portal-modules = 社区活动
portal-no-modules = 正在准备中。
portal-partners = 商店、设施和团体
portal-join = 用邀请码注册成员
portal-moderation = 投稿审核（工作人员）
