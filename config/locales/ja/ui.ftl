# Madoguchi page strings — Japanese, the reference catalog.
# Every key here must exist in every other language with a real translation.
# Simple messages only: `key = text`, variables written { $name }.

language-name = 日本語

## Shared

mode-large = 文字を大きく
mode-contrast = ハイコントラスト
modes-label = 画面の見え方

## Kiosk

kiosk-page-title = 番号札の発行
kiosk-welcome = ようこそ。番号札をお取りください
kiosk-choose-language = 言語を選んでください
kiosk-what-need = 本日はどのようなご用件ですか？
kiosk-search-label = キーワードでさがす
kiosk-search-placeholder = 例：住民票、転入、児童手当
kiosk-search-button = さがす
kiosk-search-results = 「{ $query }」の検索結果
kiosk-search-none = 見つかりませんでした。分類から選ぶか、職員におたずねください。
kiosk-services-unavailable = 手続きの一覧を読み込めません。職員におたずねください。
kiosk-back = 戻る
kiosk-choose-service = 手続きを選んでください
kiosk-confirm-title = こちらでよろしいですか？
kiosk-where = 場所
kiosk-waiting-now = ただいまの待ち
kiosk-take-ticket = 番号札を発行する
kiosk-choose-again = 選び直す
kiosk-issuing = 番号札を発行しています…
kiosk-your-number = あなたの番号
kiosk-ahead = あなたの前に待っている人
kiosk-ahead-none = 次にお呼びします
kiosk-estimated-wait = 待ち時間の目安
kiosk-bring = お持ちいただくもの
kiosk-please-wait = 番号が画面に表示され、音声でお呼びします。待合スペースでお待ちください。
kiosk-qr-caption = スマートフォンで読み取ると、順番をいつでも確認できます
kiosk-qr-label = 順番を確認するページのQRコード
kiosk-printing = 番号札を印刷しています。お取りください。
kiosk-print-again = もう一度印刷する
kiosk-done = 完了
kiosk-not-issued-title = 番号札は発行されていません
kiosk-error-offline = 受付システムに接続できません。
kiosk-error-timeout = 受付システムから応答がなく、番号札が発行されたか確認できませんでした。
kiosk-error-setup = この端末は番号札を発行する設定になっていません。
kiosk-error-busy = 受付システムが一時的に利用できません。
kiosk-error-other = 番号札を発行できませんでした。
kiosk-ask-staff-now = お手数ですが、近くの職員にお声かけください。
kiosk-try-again = もう一度ためす
kiosk-start-over = 最初に戻る
kiosk-idle-countdown = { $seconds }秒後に最初の画面に戻ります。続けるときは画面に触れてください。
kiosk-idle-continue = 続ける
kiosk-ask-staff = わからないときは、お気軽に職員にお声かけください。
kiosk-offline = ただいま受付システムに接続できないため、番号札を発行できません。職員にお声かけください。
kiosk-not-set-up = この端末は準備中です。職員にお声かけください。
kiosk-people-count = { $count }人
kiosk-queue-waiting = 待ち { $count }人
kiosk-wait-minutes = 約{ $minutes }分
kiosk-wait-none = ほとんど待ちません
kiosk-wait-unknown = 確認中

kiosk-life-title = まとめて手続き
kiosk-life-hint = 1枚の番号札で、必要な窓口へ順番にご案内します。
kiosk-yes = はい
kiosk-no = いいえ
kiosk-life-steps = ご案内する窓口（この順番です）
kiosk-journey-note = 番号札は最後までお持ちください。窓口が一つ終わるたびに、同じ番号で次の窓口へお呼びします。
kiosk-fee = 手数料
kiosk-time-needed = 所要時間
wait-range = 約{ $minutes }分（長くても{ $max }分ほど）
kiosk-printer-failed = プリンターが使えないため、番号札を印刷できませんでした。番号を覚えるか、QRコードを読み取ってください。職員にもお知らせしました。

## Staff desk

desk-page-title = 窓口端末
desk-language = 表示言語
desk-sign-out = サインアウト
desk-connection-lost = 接続が切れました。自動で再接続しています。一覧が古い可能性があります。
desk-sign-in-title = 職員サインイン
desk-sign-in-hint = 職員のユーザー名とパスワードを入力してください。
desk-username = ユーザー名
desk-password = パスワード
desk-sign-in = サインイン
desk-sign-in-missing = ユーザー名とパスワードを入力してください。
desk-sign-in-wrong = ユーザー名またはパスワードが違います。
desk-sign-in-throttled = 失敗が続いたため、しばらく待ってからお試しください。
desk-session-expired = サインインの有効期限が切れました。もう一度サインインしてください。
desk-choose-counter = この端末の窓口を選んでください
desk-current-title = この窓口で対応中
desk-current-empty = 対応中の番号はありません。「次を呼ぶ」を押してください。
desk-service = 手続き
desk-ticket-language = 言語
desk-waited = 待ち時間
desk-called-at = 呼出
desk-called-ago = { $time }（{ $minutes }分前）
desk-journey = 手続きの流れ
desk-step-pending = これから
desk-step-current = 対応中
desk-step-done = 済み
desk-step-skipped = 省略
desk-status-called = 呼出中
desk-status-serving = 対応中
desk-recalls = 再呼出 { $count }回
desk-minutes = { $minutes }分
desk-actions = 操作
desk-call-next = 次を呼ぶ
desk-recall = 再呼出
desk-start = 対応開始
desk-no-show = 不在
desk-transfer = 回送
desk-finish = 完了
desk-did-call = { $number } を呼び出しました
desk-did-recall = { $number } をもう一度呼び出しました
desk-did-start = { $number } の対応を始めました
desk-did-no-show = { $number } を不在にしました
desk-did-finish = { $number } を完了しました
desk-did-transfer = { $number } を回送しました
desk-nobody-waiting = この窓口を待っている人はいません
desk-error-offline = サーバーに接続できません。操作が反映されていない可能性があります。
desk-error-forbidden = この操作を行う権限がありません。
desk-error-conflict = 番号の状態が変わったため、この操作はできません。一覧を確認してください。
desk-error-not-found = この番号は見つかりません。
desk-error-unavailable = システムが一時的に利用できません。少し待ってからお試しください。
desk-error-other = 操作に失敗しました。
desk-waiting-title = この窓口の待ち
desk-waiting-empty = 待っている人はいません
desk-col-number = 番号
desk-col-service = 手続き
desk-col-language = 言語
desk-col-waiting = 待ち時間
desk-longest = 最長
desk-queue-figures = { $count }人・約{ $minutes }分
desk-live = 接続中
desk-connecting = 接続しています
desk-offline = 切断中
desk-transfer-title = { $number } を回送
desk-transfer-to = 回送先
desk-transfer-queue = 待ち列
desk-transfer-service = 手続き
desk-transfer-confirm = 回送する
desk-cancel = やめる
desk-printer-attention = プリンター「{ $printer }」を確認してください（用紙・電源・ケーブル）。
desk-dismiss = 閉じる
desk-journey-skip = 省略
desk-journey-skip-label = 手順{ $position }を省略：{ $section }・{ $service }
desk-journey-add = 手続きを追加
desk-skip-title = { $number } の手続きを一つ省略しますか？
desk-skip-text = { $number } は{ $section }（{ $service }）に回されません。ほかの手続きはそのままです。
desk-skip-confirm = 省略する
desk-add-title = { $number } に手続きを追加
desk-add-hint = この窓口のあと、{ $number } は同じ番号のまま、選んだ手続きの窓口で待ちます。
desk-add-service = 追加する手続き
desk-add-confirm = 追加する
desk-did-skip = { $number }：{ $section }を省略しました
desk-did-add = { $number }：この窓口のあとに{ $service }を追加しました
desk-error-step-changed = この番号の手続きの流れが変わりました。確認してから、もう一度操作してください。
desk-error-unknown-service = この庁舎では、その手続きを扱っていません。

## Waiting-room display

board-page-title = 呼出表示
board-reconnecting = 接続が切れています。再接続しています…
board-not-set-up = この画面は準備中です
board-now-calling = ただいまのお呼び出し
board-no-calls = 番号が呼ばれるまでお待ちください
board-recent = これまでのお呼び出し
board-col-number = 番号
board-col-counter = 窓口
board-col-time = 時刻
board-waiting = 待ち人数と待ち時間の目安
board-waiting-count = { $count }人待ち
board-wait-minutes = 約{ $minutes }分
board-wait-none = 待ちなし
board-badge-new = 新着
board-badge-recalled = 再呼出
board-live-called = { $number } 番の方、{ $counter }へお越しください
board-live-recalled = { $number } 番の方、もう一度お呼びします。{ $counter }へお越しください
board-sound-on = 音声あり
board-sound-off = 音声なし
board-sound-blocked = 音声を有効にする
board-notice-wait = 番号が呼ばれるまで、待合スペースでお待ちください。
board-notice-watch = 画面に番号が表示されたら、表示された窓口へお越しください。
board-notice-phone = 番号札のQRコードを読み取ると、スマートフォンで順番を確認できます。
board-notice-help = お困りのことがあれば、お近くの職員にお声かけください。

## Phone ticket page

phone-page-title = 受付番号
phone-language = 言語
phone-offline = 接続が切れています。再接続しています。表示が古い可能性があります。
phone-called-title = あなたの番です
phone-called-text = { $counter }へお越しください。
phone-near = まもなく順番です。待合スペースにお戻りください。
phone-your-number = あなたの番号
phone-ahead = 前に待っている人
phone-ahead-none = 次はあなたの番です
phone-people-count = { $count }人
phone-estimated-wait = 待ち時間の目安
phone-wait-minutes = 約{ $minutes }分
phone-wait-none = まもなく
phone-wait-unknown = 確認中
phone-where = 場所
phone-journey = 手続きの流れ
phone-step-pending = これから
phone-step-current = いまここ
phone-step-done = 済み
phone-step-skipped = 省略
phone-status-waiting = 順番をお待ちください
phone-status-called = { $counter }へお越しください
phone-status-serving = { $counter }で対応中です
phone-status-done = 手続きは終わりました。ありがとうございました。
phone-status-no-show = お呼びしましたがいらっしゃいませんでした。職員にお声かけください。
phone-status-cancelled = この番号札は取り消されました。
phone-status-expired = この番号札は { $day } のものです。現在は使えません。
phone-not-found = 番号札が見つかりません
phone-not-found-help = QRコードを読み直すか、職員におたずねください。
phone-updated-live = { $time } 更新（自動で更新されます）
phone-updated-at = 最終更新 { $time }
phone-help = わからないときは職員にお声かけください
phone-notify-button = 順番が近づいたら通知する
phone-notify-on = 順番が近づくと、この電話に通知が届きます。
phone-notify-blocked = このページの通知はオフです。ページを開いたままにしておくと、表示と音でお知らせします。
# Floors of the office building, counted as the resident counts them (see localize::floor).
floor-number = { $n }階
floor-ground = 1階（地上の階）
# Office names and numbered counters (see localize::office and localize::counter).
office-yahatanishi = 八幡西区役所
office-orio = 折尾出張所
office-kojaku = 上津役出張所
office-yahataminami = 八幡南出張所
counter-number = { $n }番窓口

# What the board shows between calls, and over everything in an emergency.
board-notices = 区役所からのお知らせ
board-alert = 緊急情報
board-alert-exercise = 訓練

# The portal of the ward's services (/m/).
portal-title = 八幡西区役所のサービス
portal-intro = 区役所の窓口のほか、地域の取り組みをご案内します。
portal-counters = 窓口の混み具合
portal-calendar = 混雑予想カレンダー
portal-modules = 地域の取り組み
portal-no-modules = 準備中です。
portal-partners = お店・施設・団体の方へ
portal-join = 招待コードでメンバー登録
portal-moderation = 投稿の確認（職員・担当者）
