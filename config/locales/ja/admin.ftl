# The administration page (/admin/). Variables: $mae.
admin-title = 管理
admin-sign-in = サインイン
admin-username = ユーザー名
admin-password = パスワード
admin-sign-in-failed = ユーザー名またはパスワードが違います
admin-office = 庁舎
admin-pages = 端末の画面
admin-kiosk = 発券機
admin-display = 呼出表示
admin-calendar = 混雑予想カレンダー
admin-desk = 窓口端末
admin-chart-title = 予想と実績
admin-chart-desc = 過去8週間の実績（点）と予想（線、帯は10%〜90%の範囲）、今後4週間の予想。
admin-queue = 窓口の列
admin-actual = 実績
admin-forecast = 予想
admin-interval = 予想の範囲（10%〜90%）
admin-error = 過去8週間の平均誤差：1日あたり{ $mae }人
admin-week-title = 今後7日間の予想と開ける窓口の数
admin-date = 日付
admin-arrivals = 予想来庁者数
admin-counters = 窓口数
admin-level = 混雑度
admin-source-prior = まだ実績がないため、標準的な区役所のデータから予想しています。
admin-no-history = この列の実績はまだありません。
admin-sign-out = サインアウト

# The audit trail of staff actions.
admin-audit-title = 操作の記録
admin-audit-desc = その日のすべての変更と、操作した人です（新しい順）。
admin-audit-date = 日付
admin-audit-time = 時刻
admin-audit-action = 内容
admin-audit-number = 番号
admin-audit-counter = 窓口
admin-audit-who = 操作した人
admin-audit-empty = この日の記録はありません。
admin-ev-issued = 発券
admin-ev-called = 呼出
admin-ev-recalled = 再呼出
admin-ev-started = 対応開始
admin-ev-finished = 完了
admin-ev-advanced = 次の窓口へ
admin-ev-no-show = 不在
admin-ev-cancelled = 取消
admin-ev-transferred = 他の窓口へ案内
admin-ev-journey-changed = 手続きの変更
admin-ev-day-started = 新しい日
admin-ev-printer-attention = プリンター要確認

# Links to the platform's pages.
admin-portal = 区のサービス一覧
admin-moderation = 投稿の確認（モデレーション）
